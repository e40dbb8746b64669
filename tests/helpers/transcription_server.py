"""A recorded-answer OpenAI-compatible transcription server on 127.0.0.1 (stdlib http.server, in a thread).

``POST /v1/audio/transcriptions`` reads the whole multipart body, notes what arrived (the ``Authorization``
header, the uploaded file's bytes, the form fields), asks ``check(header) -> (ok, reason)`` and answers either
the recorded verbose_json (200) or 401 with ``WWW-Authenticate: Bearer``. faster-whisper-server cannot be told to
demand a token, this one can; it also serves the word path with a real recorded answer.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Received:
    authorization: str | None
    status: int
    file_bytes: bytes = b""
    fields: dict = field(default_factory=dict)


def _parse_multipart(content_type: str, body: bytes) -> tuple[bytes, dict]:
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    file_bytes, fields = b"", {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if part.get_filename():
            file_bytes = part.get_payload(decode=True) or b""
        else:
            fields.setdefault(name, []).append(part.get_content().strip())
    return file_bytes, fields


class RecordedTranscriptionServer:
    def __init__(self, answer: dict, check: Callable[[str | None], tuple[bool, str]] | None = None) -> None:
        self.answer = answer
        self.check = check or (lambda header: (True, "ok"))
        self.received: list[Received] = []
        self._lock = threading.Lock()

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server naming
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                header = self.headers.get("Authorization")
                ok, reason = server.check(header)
                file_bytes, fields = _parse_multipart(self.headers.get("Content-Type", ""), body)
                with server._lock:
                    server.received.append(Received(header, 200 if ok else 401, file_bytes, fields))
                if self.path != "/v1/audio/transcriptions":
                    self._send(404, b"not found", "text/plain")
                elif not ok:
                    self._send(401, reason.encode(), "text/plain",
                               {"WWW-Authenticate": f'Bearer error="invalid_token", error_description="{reason}"'})
                else:
                    self._send(200, json.dumps(server.answer, ensure_ascii=False).encode(), "application/json")

            def _send(self, status: int, body: bytes, kind: str, extra: dict | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (extra or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def __enter__(self) -> "RecordedTranscriptionServer":
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(10)


def static_token_check(expected: str) -> Callable[[str | None], tuple[bool, str]]:
    """The check of a server run with one API key (speaches / vLLM ``--api-key``)."""
    return lambda header: (True, "ok") if header == f"Bearer {expected}" else (False, "invalid api key")


def jwt_check(checker) -> Callable[[str | None], tuple[bool, str]]:
    """The check of a server behind the bureau's single sign-on: the JWT against the provider's JWKS
    (``tests/oidc/resource_servers.JwtChecker``)."""
    def check(header: str | None) -> tuple[bool, str]:
        if not header or not header.startswith("Bearer "):
            return False, "no bearer token"
        ok, reason, _claims = checker.check(header[7:])
        return ok, reason
    return check
