"""The loopback redirect receiver of RFC 8252 (OAuth for native apps): ``http://127.0.0.1:PORT/callback``.

The answer comes as a form POST (``response_mode=form_post``, so the code is not left in the browser history
or a proxy log as a URL query) or as a GET query from providers that do not offer form_post.

The port is chosen by the OS; the provider accepts any port for a registered loopback redirect URI. The receiver
answers one request that carries ``code``/``error``, shows a short page that the sign-in is done, and closes.
Thread-safety: construct and :meth:`wait` on one worker thread; :meth:`close` from any thread.
"""
from __future__ import annotations

import http.server
import threading
import time
from urllib.parse import parse_qsl, urlsplit

from desktop.services.common.jobs import NEVER, CancelToken
from desktop.services.identity.errors import SignInError

DONE_PAGE = ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>Tosei Desk</title></head><body>"
             "<p>サインインの処理が終わりました。このタブを閉じて Tosei Desk に戻ってください。</p>"
             "<p>Sign-in finished. Close this tab and return to Tosei Desk.</p></body></html>")


class LoopbackReceiver:
    def __init__(self, path: str = "/callback", page: str = DONE_PAGE) -> None:
        self.path = path
        self.result: dict[str, str] | None = None
        self._got = threading.Event()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server API
                split = urlsplit(self.path)
                self._answer(split.path, dict(parse_qsl(split.query)))

            def do_POST(self) -> None:  # noqa: N802 - response_mode=form_post (RFC 9700 4.3.1)
                length = min(int(self.headers.get("Content-Length") or 0), 64 * 1024)
                body = self.rfile.read(length).decode("ascii", "replace")
                self._answer(urlsplit(self.path).path, dict(parse_qsl(body)))

            def _answer(self, path: str, params: dict[str, str]) -> None:
                split_path = path
                if split_path != receiver.path or not ({"code", "error"} & params.keys()):
                    self.send_error(404)
                    return
                body = page.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)
                if receiver.result is None:
                    receiver.result = params
                    receiver._got.set()

            def log_message(self, format: str, *args) -> None:  # the query holds the code: never log it
                return

        self._server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self._server.timeout = 0.2
        self.port = self._server.server_address[1]

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    def wait(self, timeout: float = 300.0, cancel: CancelToken = NEVER) -> dict[str, str]:
        """Serve until the redirect arrives; raise ``Cancelled`` on cancel, SignInError on timeout."""
        deadline = time.monotonic() + timeout
        try:
            while not self._got.is_set():
                cancel.raise_if_cancelled()
                if time.monotonic() > deadline:
                    raise SignInError("The browser did not come back with a sign-in result in time.",
                                      code="signin.timeout")
                self._server.handle_request()
        finally:
            self.close()
        return dict(self.result or {})

    def close(self) -> None:
        self._server.server_close()
