"""A hostile WebDAV server on 127.0.0.1 (a thread in the test process): its listing and bodies lie on purpose.

``files`` maps a relative path to ``(listed_size_text, body_bytes_or_int, etag)``; an ``int`` body streams that
many bytes without a Content-Length (chunked) so a client cannot know the size in advance. Only PROPFIND and
GET are answered; every write gets 403 (the tests check nothing is written locally).
"""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote


class HostileDav:
    def __init__(self, files: dict[str, tuple[str, bytes | int, str | None]]) -> None:
        self.files = files
        self.bytes_served = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_PROPFIND(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                if self.path.rstrip("/") not in ("", "/root"):
                    self._send(404, b"")
                    return
                parts = ['<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:">',
                         '<D:response><D:href>/root/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/>'
                         '</D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>']
                for rel, (size, _body, etag) in outer.files.items():
                    tag = f"<D:getetag>{etag}</D:getetag>" if etag else ""
                    parts.append(f'<D:response><D:href>/root/{quote(rel)}</D:href><D:propstat><D:prop>'
                                 f'<D:resourcetype/><D:getcontentlength>{size}</D:getcontentlength>{tag}'
                                 '<D:getlastmodified>Fri, 04 Dec 2026 01:00:00 GMT</D:getlastmodified>'
                                 '</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>')
                parts.append("</D:multistatus>")
                self._send(207, "".join(parts).encode(), "application/xml")

            def do_GET(self) -> None:
                from urllib.parse import unquote

                rel = unquote(self.path)[len("/root/"):]
                if rel not in outer.files:
                    self._send(404, b"")
                    return
                _size, body, etag = outer.files[rel]
                if isinstance(body, bytes):
                    self._send(200, body, etag=etag)
                    return
                self.send_response(200)
                self.send_header("Transfer-Encoding", "chunked")
                if etag:
                    self.send_header("ETag", f'"{etag}"')
                self.end_headers()
                block = b"x" * 65536
                try:
                    for _ in range(body // len(block)):
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
                        outer.bytes_served += len(block)
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _deny(self) -> None:
                self._send(403, b"")

            do_PUT = do_MKCOL = do_MOVE = do_DELETE = _deny

            def _send(self, status: int, body: bytes, ctype: str = "application/octet-stream",
                      etag: str | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", f'"{etag}"')
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def __enter__(self) -> "HostileDav":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
