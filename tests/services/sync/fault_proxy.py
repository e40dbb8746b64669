"""A TCP fault proxy on 127.0.0.1 in front of a real server: it throttles and cuts connections on command.

Runs an asyncio loop in a thread. ``rate`` (bytes/s per direction, 0 = unlimited) throttles; ``cut_after``
closes a connection once that many bytes went from the server to the client (``cut_upload_after``: from the
client to the server), for the next ``cuts`` connections that reach it. Counts what passed so tests can tell a
resumed download (``Range``) from a restart. ``down = True`` cuts every connection and refuses new ones.
"""
from __future__ import annotations

import asyncio
import threading


class FaultProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.rate = 0
        self.cut_after: int | None = None         # server -> client bytes before a cut
        self.cut_upload_after: int | None = None  # client -> server bytes before a cut
        self.cuts = 0                             # how many more connections to cut
        self.cuts_done = 0
        self.down = False                         # the server "went away": cut everything, refuse new ones
        self.down_bytes = 0
        self.up_bytes = 0
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    def start(self) -> "FaultProxy":
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        async def close() -> None:
            self._server.close()
            for task in [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]:
                task.cancel()
        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def __enter__(self) -> "FaultProxy":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _take_cut(self) -> bool:
        with self._lock:
            if self.cuts > 0:
                self.cuts -= 1
                return True
            return False

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        if self.down:
            client_w.transport.abort()
            return
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            client_w.close()
            return
        state = {"armed": None}

        async def pump(reader, writer, downstream: bool) -> None:
            passed = 0
            try:
                while True:
                    data = await reader.read(65536)
                    if not data or self.down:
                        break
                    limit = self.cut_after if downstream else self.cut_upload_after
                    if limit is not None and passed + len(data) > limit:
                        if state["armed"] is None:
                            state["armed"] = self._take_cut()
                        if state["armed"]:
                            keep = max(0, limit - passed)
                            writer.write(data[:keep])
                            await writer.drain()
                            self.cuts_done += 1
                            raise ConnectionResetError("cut by the fault proxy")
                    passed += len(data)
                    if downstream:
                        self.down_bytes += len(data)
                    else:
                        self.up_bytes += len(data)
                    writer.write(data)
                    await writer.drain()
                    if self.rate:
                        await asyncio.sleep(len(data) / self.rate)
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                for w in (client_w, server_w):
                    try:
                        w.transport.abort()
                    except Exception:
                        pass

        await asyncio.gather(pump(client_r, server_w, False), pump(server_r, client_w, True))
