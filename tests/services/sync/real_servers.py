"""Real WebDAV servers other than wsgidav, each on 127.0.0.1 with a private config in a temp folder:

* :class:`ApacheDav` — Apache 2.4 ``mod_dav_fs`` (Debian ``apache2``); weak ETags for just-changed files,
  NFC and NFD names kept as two files.
* :class:`NginxDav` — nginx 1.22 with ``libnginx-mod-http-dav-ext``; its PROPFIND has **no** ``getetag``.

Both serve ``root`` (a plain folder the tests read and write directly) with basic auth, and have the same
surface as :class:`~tests.services.sync.dav_server.DavServer`: ``root``, ``endpoint``, ``start()``,
``kill()``, ``restart()`` and ``own()`` (make files the test wrote writable by the server's worker user when
the tests run as root; a no-op otherwise). A missing binary raises :class:`ServerMissing`; the fixtures turn
that into a failure when ``CI`` or ``TOSEI_REQUIRE_SERVERS`` is set and a skip otherwise.
"""
from __future__ import annotations

import base64
import hashlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from tests.helpers.net import free_port


class ServerMissing(RuntimeError):
    """The server binary (or a module it needs) is not installed."""


def servers_required() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("TOSEI_REQUIRE_SERVERS"))


def _htpasswd(path: Path, user: str, password: str) -> None:
    digest = base64.b64encode(hashlib.sha1(password.encode()).digest()).decode()
    path.write_text(f"{user}:{{SHA}}{digest}\n")


def _worker_user() -> str | None:
    """The unprivileged user the server's workers run as when we are root (both refuse or drop root)."""
    if os.geteuid() != 0:
        return None
    for name in ("www-data", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    return None


class _ExternalDav:
    binary = ""
    name = ""

    def __init__(self, root: Path, user: str, password: str, port: int | None = None) -> None:
        self.user, self.password = user, password
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None
        self.worker = _worker_user()
        self._private: Path | None = None
        if self.worker:   # pytest's tmp folders are 0700: the worker user could not enter them
            self._private = Path(tempfile.mkdtemp(prefix=f"tosei-{self.name}-"))
            self._private.chmod(0o755)
            root = self._private / Path(root).name
        self.root = Path(root)
        self.conf_dir = self.root.parent / f"{self.root.name}-{self.name}-conf"

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def own(self, path: Path | None = None) -> None:
        """Hand every file and folder below ``path`` (default: the root) to the worker user (root runs only)."""
        if self.worker is None:
            return
        pw = pwd.getpwnam(self.worker)
        top = Path(path or self.root)
        if not top.exists():
            return
        os.chown(top, pw.pw_uid, pw.pw_gid)
        for dirpath, dirs, files in os.walk(top):
            for n in dirs + files:
                try:
                    os.chown(os.path.join(dirpath, n), pw.pw_uid, pw.pw_gid, follow_symlinks=False)
                except FileNotFoundError:
                    pass

    def _write_config(self) -> list[str]:
        raise NotImplementedError

    def start(self) -> "_ExternalDav":
        if shutil.which(self.binary) is None and not Path(self.binary).exists():
            raise ServerMissing(f"{self.binary} is not installed (scripts/install-system-deps.sh --test)")
        self.root.mkdir(parents=True, exist_ok=True)
        self.conf_dir.mkdir(parents=True, exist_ok=True)
        args = self._write_config()
        self.own()
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=open(self.conf_dir / "stderr", "ab"),
                                     env=self._env(), start_new_session=True)
        deadline = time.monotonic() + 15.0
        while not _port_busy(self.port):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.kill()
                log = (self.conf_dir / "stderr").read_text(errors="replace")[-800:]
                raise RuntimeError(f"{self.name} did not start: {log}")
            time.sleep(0.05)
        return self

    def _env(self) -> dict:
        return dict(os.environ)

    def kill(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            try:   # the whole process group: the master and its workers
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(10)
        self.proc = None
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and _port_busy(self.port):
            time.sleep(0.05)

    def restart(self) -> None:
        self.kill()
        self.start()

    def cleanup(self) -> None:
        self.kill()
        if self._private is not None:
            shutil.rmtree(self._private, ignore_errors=True)


def _port_busy(port: int) -> bool:
    import socket

    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


class ApacheDav(_ExternalDav):
    binary = "/usr/sbin/apache2"
    name = "apache"
    modules = "/usr/lib/apache2/modules"

    def _write_config(self) -> list[str]:
        c = self.conf_dir
        _htpasswd(c / "htpasswd", self.user, self.password)
        (c / "run").mkdir(exist_ok=True)
        (c / "lock").mkdir(exist_ok=True)
        if self.worker:
            pw = pwd.getpwnam(self.worker)
            os.chown(c / "lock", pw.pw_uid, pw.pw_gid)
        mods = ["mpm_event", "authn_core", "authz_core", "authn_file", "authz_user", "auth_basic", "dav",
                "dav_fs", "unixd" if (Path(self.modules) / "mod_unixd.so").exists() else None]
        loads = "\n".join(f"LoadModule {m}_module {self.modules}/mod_{m}.so" for m in mods if m)
        user = f"User {self.worker}\nGroup {self.worker}\n" if self.worker else ""
        (c / "httpd.conf").write_text(f"""ServerRoot "{c}"
{loads}
{user}Listen 127.0.0.1:{self.port}
ServerName 127.0.0.1
PidFile "{c}/run/httpd.pid"
Mutex file:{c}/run default
ErrorLog "{c}/error.log"
LogLevel warn
DefaultRuntimeDir "{c}/run"
StartServers 1
ServerLimit 2
ThreadsPerChild 16
MaxRequestWorkers 32
KeepAlive On
MaxKeepAliveRequests 0
DavLockDB "{c}/lock/davlock"
LimitRequestBody 0
DocumentRoot "{self.root}"
<Directory "{self.root}">
    DAV On
    Options None
    AllowOverride None
    AuthType Basic
    AuthName "tosei-test"
    AuthUserFile "{c}/htpasswd"
    Require valid-user
</Directory>
""")
        return [self.binary, "-f", str(c / "httpd.conf"), "-DFOREGROUND"]

    def _env(self) -> dict:
        c = self.conf_dir
        return dict(os.environ, APACHE_RUN_DIR=str(c / "run"), APACHE_LOCK_DIR=str(c / "lock"),
                    APACHE_PID_FILE=str(c / "run/httpd.pid"), APACHE_LOG_DIR=str(c),
                    APACHE_RUN_USER=self.worker or "", APACHE_RUN_GROUP=self.worker or "")


class NginxDav(_ExternalDav):
    binary = "/usr/sbin/nginx"
    name = "nginx"
    module = "/usr/lib/nginx/modules/ngx_http_dav_ext_module.so"

    def start(self) -> "NginxDav":
        if not Path(self.module).exists():
            raise ServerMissing(f"{self.module} is missing (Debian libnginx-mod-http-dav-ext)")
        return super().start()

    def _write_config(self) -> list[str]:
        c = self.conf_dir
        _htpasswd(c / "htpasswd", self.user, self.password)
        for d in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (c / d).mkdir(exist_ok=True)
        if self.worker:
            pw = pwd.getpwnam(self.worker)
            os.chown(c / "body", pw.pw_uid, pw.pw_gid)
        user = f"user {self.worker};" if self.worker else ""
        (c / "nginx.conf").write_text(f"""load_module {self.module};
{user}
daemon off;
master_process on;
worker_processes 1;
pid {c}/nginx.pid;
error_log {c}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {c}/body;
    proxy_temp_path {c}/proxy;
    fastcgi_temp_path {c}/fastcgi;
    uwsgi_temp_path {c}/uwsgi;
    scgi_temp_path {c}/scgi;
    client_max_body_size 0;
    keepalive_requests 100000;
    sendfile on;
    server {{
        listen 127.0.0.1:{self.port};
        root {self.root};
        location / {{
            auth_basic "tosei-test";
            auth_basic_user_file {c}/htpasswd;
            dav_methods PUT DELETE MKCOL COPY MOVE;
            dav_ext_methods PROPFIND OPTIONS;
            create_full_put_path on;
            dav_access user:rw group:rw all:r;
            autoindex off;
        }}
    }}
}}
""")
        return [self.binary, "-c", str(c / "nginx.conf"), "-p", str(c), "-e", str(c / "error.log")]
