"""A real WebDAV server (wsgidav + cheroot) on 127.0.0.1 for sync tests and the benchmark.

Run as a subprocess (``python dav_server.py ROOT PORT USER``; the password comes in env ``DAV_PASSWORD``) so
tests can kill it mid-transfer. Fault injection: when ``FAULT_DIR/<METHOD>`` exists, requests with that
method (or ``FAULT_DIR/<METHOD>-<Depth>``, e.g. ``PROPFIND-infinity``) get the file's content as behaviour:
a status code (``500``) or ``sleep N`` (answer late). A second word limits the rule to request paths containing
it (``500 bad.txt``: only that file fails).
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def _fault_middleware(app, fault_dir: Path | None):
    def wrapper(environ, start_response):
        if fault_dir is not None:
            rule = fault_dir / f'{environ["REQUEST_METHOD"]}-{environ.get("HTTP_DEPTH", "")}'
            if not rule.exists():
                rule = fault_dir / environ["REQUEST_METHOD"]
            text = rule.read_text().strip() if rule.exists() else ""
            words = text.split(maxsplit=2) if text else []
            only = words[-1] if len(words) == (3 if text.startswith("sleep") else 2) else None
            if only is not None:
                path = environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8", "replace")
                if only not in path:
                    text = ""
            if text:
                if text.startswith("sleep"):
                    time.sleep(float(text.split()[1]))
                else:
                    body = environ.get("wsgi.input")
                    length = int(environ.get("CONTENT_LENGTH") or 0)
                    if body is not None and length:
                        body.read(length)
                    start_response(f"{int(words[0])} Injected", [("Content-Type", "text/plain"), ("Content-Length", "8")])
                    return [b"injected"]
        return app(environ, start_response)
    return wrapper


def serve(root: str, port: int, user: str, password: str, fault_dir: str | None) -> None:
    from cheroot import wsgi
    from wsgidav.wsgidav_app import WsgiDAVApp

    config = {
        "host": "127.0.0.1", "port": port,
        "provider_mapping": {"/": root},
        "simple_dc": {"user_mapping": {"*": {user: {"password": password}}}},
        "http_authenticator": {"domain_controller": None, "accept_basic": True, "accept_digest": False,
                               "default_to_digest": False},
        "verbose": 0,
        "logging": {"enable": False},
        "dir_browser": {"enable": False},
        "lock_storage": True,
        "property_manager": True,
    }
    app = _fault_middleware(WsgiDAVApp(config), Path(fault_dir) if fault_dir else None)
    server = wsgi.Server(("127.0.0.1", port), app, numthreads=8)
    server.start()


class DavServer:
    """A killable, restartable wsgidav subprocess serving ``root``."""

    def __init__(self, root: Path, user: str, password: str, port: int | None = None,
                 fault_dir: Path | None = None) -> None:
        self.root, self.user, self.password = Path(root), user, password
        from tests.helpers.net import free_port  # not at the top: this file also runs as a script

        self.port = port or free_port()
        self.fault_dir = fault_dir
        self.proc: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> "DavServer":
        self.root.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, DAV_PASSWORD=self.password)
        args = [sys.executable, __file__, str(self.root), str(self.port), self.user]
        if self.fault_dir:
            args.append(str(self.fault_dir))
        self.proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        from tests.helpers.net import wait_port

        wait_port(self.port)
        return self

    def own(self, path: Path | None = None) -> None:
        """Nothing to do: wsgidav runs as the test's own user (see real_servers for Apache/nginx)."""

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self.proc = None

    def restart(self) -> None:
        self.kill()
        self.start()


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]), sys.argv[3], os.environ["DAV_PASSWORD"],
          sys.argv[4] if len(sys.argv) > 4 else None)
