"""A real Postfix 3.7 on 127.0.0.1 for the send tests: a private instance (its own config, queue and Maildir
folders in a temp dir; loopback only, IPv4), STARTTLS with a certificate made here, SASL AUTH through a private
dovecot auth service (``auth_mechanisms = plain login``, a passwd-file), delivery by ``virtual`` into Maildir,
and chosen 450/550 replies per address (``check_recipient_access``).

Postfix's master must start as root (it drops privileges to ``postfix``; ``postfix start`` refuses any other
user). So: a missing ``postfix``/``dovecot-core`` package raises :class:`MtaUnavailable` (the fixture fails in
CI — ``CI``/``TOSEI_REQUIRE_SERVERS`` — and skips elsewhere); tests not running as root raise
:class:`MtaNeedsRoot` and are skipped with that reason even in CI, because the same checks (delivery once per
Message-ID, 450 retried, 550 failed, AUTH refused, STARTTLS) run against aiosmtpd in ``test_send_smtp`` and
``test_send_faults`` on every machine.
"""
from __future__ import annotations

import email
import email.policy
import grp
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.helpers.net import free_port

from .loopback_smtp import make_cert

_SERVICES = """\
{port} inet n - n - - smtpd
pickup unix n - n 60 1 pickup
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
tlsmgr unix - - n 1000? 1 tlsmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
proxywrite unix - - n - 1 proxymap
smtp unix - - n - - smtp
relay unix - - n - - smtp
showq unix n - n - - showq
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
local unix - n n - - local
virtual unix - n n - - virtual
lmtp unix - - n - - lmtp
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
"""


class MtaUnavailable(RuntimeError):
    """Postfix cannot run here: a package is missing."""


class MtaNeedsRoot(MtaUnavailable):
    """Postfix cannot run here: the tests do not run as root."""


class PostfixServer:
    def __init__(self, user: str, password: str, mailboxes: list[str],
                 replies: dict[str, str] | None = None) -> None:
        self.user, self.password = user, password
        self.mailboxes = mailboxes
        self.replies = replies or {}
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="tosei-postfix-"))
        self.dir.chmod(0o755)
        self.conf, self.queue, self.mail = self.dir / "conf", self.dir / "queue", self.dir / "mail"
        self.cert: Path | None = None
        self._dovecot: subprocess.Popen | None = None
        self._started = False

    # -- life cycle ---------------------------------------------------------------------------------
    def start(self) -> "PostfixServer":
        if os.geteuid() != 0:
            raise MtaNeedsRoot("Postfix's master must be started as root; these tests do not run as root "
                               "(the same checks ran against aiosmtpd)")
        for tool in ("/usr/sbin/postfix", "/usr/sbin/dovecot"):
            if not Path(tool).exists():
                raise MtaUnavailable(f"{tool} is missing (Debian postfix, dovecot-core)")
        for d in (self.conf, self.queue, self.mail, self.dir / "data", self.dir / "dovecot"):
            d.mkdir(parents=True, exist_ok=True)
        self.cert, key = make_cert(self.conf)
        key.chmod(0o600)
        nobody = pwd.getpwnam("nobody")
        os.chown(self.mail, nobody.pw_uid, nobody.pw_gid)
        postfix_user = pwd.getpwnam("postfix")
        os.chown(self.dir / "data", postfix_user.pw_uid, postfix_user.pw_gid)
        self._write_dovecot()
        self._write_postfix(nobody)
        self._run("postfix", "-c", str(self.conf), "start")    # creates the queue folders, private/ too
        self._started = True
        self._dovecot = subprocess.Popen(["/usr/sbin/dovecot", "-F", "-c", str(self.dir / "dovecot.conf")],
                                         stdout=subprocess.DEVNULL, stderr=open(self.dir / "dovecot.err", "ab"),
                                         start_new_session=True)
        deadline = time.monotonic() + 20
        while not self._listening():
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"Postfix did not start: {self.log_tail()}")
            time.sleep(0.05)
        while not (self.queue / "private" / "auth").exists():
            if time.monotonic() > deadline or self._dovecot.poll() is not None:
                self.stop()
                raise RuntimeError(f"dovecot auth did not start: {(self.dir / 'dovecot.err').read_text()[-800:]}")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self._started:
            subprocess.run(["/usr/sbin/postfix", "-c", str(self.conf), "stop"], capture_output=True, timeout=60)
            self._started = False
        if self._dovecot is not None and self._dovecot.poll() is None:
            self._dovecot.terminate()
            try:
                self._dovecot.wait(10)
            except subprocess.TimeoutExpired:
                self._dovecot.kill()
                self._dovecot.wait(10)
        self._dovecot = None
        if not os.environ.get("TOSEI_KEEP_POSTFIX"):
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> "PostfixServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- what arrived -------------------------------------------------------------------------------
    def delivered(self) -> list[email.message.EmailMessage]:
        out = []
        for path in sorted(self.mail.glob("*/*/new/*")) + sorted(self.mail.glob("*/*/cur/*")):
            out.append(email.message_from_bytes(path.read_bytes(), policy=email.policy.default))
        return out

    def copies_per_message_id(self) -> Counter:
        return Counter(m["Message-ID"] for m in self.delivered())

    def wait_for(self, count: int, timeout: float = 30.0) -> list[email.message.EmailMessage]:
        """Wait until ``count`` messages are in the Maildirs (delivery is asynchronous); return them all."""
        deadline = time.monotonic() + timeout
        while True:
            got = self.delivered()
            if len(got) >= count or time.monotonic() > deadline:
                return got
            time.sleep(0.05)

    def queue_is_empty(self) -> bool:
        out = subprocess.run(["/usr/sbin/postqueue", "-c", str(self.conf), "-p"], capture_output=True, text=True)
        return "Mail queue is empty" in out.stdout

    def log_tail(self) -> str:
        log = self.dir / "postfix.log"
        return log.read_text(errors="replace")[-1500:] if log.exists() else "(no log)"

    # -- config -------------------------------------------------------------------------------------
    def _listening(self) -> bool:
        import socket

        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.3):
                return True
        except OSError:
            return False

    def _run(self, *args: str) -> None:
        done = subprocess.run(["/usr/sbin/" + args[0], *args[1:]], capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {done.stdout[-800:]} {done.stderr[-800:]} {self.log_tail()}")

    def _write_dovecot(self) -> None:
        d = self.dir
        (d / "dovecot-users").write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        (d / "dovecot-users").chmod(0o644)
        (d / "dovecot.conf").write_text(f"""protocols =
base_dir = {d}/dovecot
state_dir = {d}/dovecot
log_path = {d}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/dovecot-users
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={d}/dovecot
}}
service auth {{
  unix_listener {self.queue}/private/auth {{
    mode = 0660
    user = postfix
    group = postfix
  }}
}}
service anvil {{
  chroot =
}}
""")

    def _write_postfix(self, nobody) -> None:
        c = self.conf
        maps = "".join(f"{a} {a.split('@')[1]}/{a.split('@')[0]}/\n" for a in self.mailboxes)
        (c / "vmailbox").write_text(maps)
        (c / "recipient_access").write_text("".join(f"{a} {r}\n" for a, r in self.replies.items()) or "\n")
        domains = sorted({a.split("@")[1] for a in self.mailboxes + list(self.replies)})
        (c / "main.cf").write_text(f"""compatibility_level = 3.6
queue_directory = {self.queue}
data_directory = {self.dir}/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
meta_directory = /etc/postfix
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = mta.localhost
mydomain = localhost
myorigin = localhost
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
maillog_file = {self.dir}/postfix.log
maillog_file_prefixes = {self.dir}
alias_maps =
alias_database =
relayhost =
virtual_mailbox_domains = {' '.join(domains)}
virtual_mailbox_base = {self.mail}
virtual_mailbox_maps = texthash:{c}/vmailbox
virtual_uid_maps = static:{nobody.pw_uid}
virtual_gid_maps = static:{grp.getgrgid(nobody.pw_gid).gr_gid}
virtual_minimum_uid = 1
smtpd_tls_cert_file = {self.cert}
smtpd_tls_key_file = {c}/key.pem
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions = check_recipient_access texthash:{c}/recipient_access, permit_sasl_authenticated, reject
smtpd_client_restrictions = permit_sasl_authenticated, reject
message_size_limit = 52428800
virtual_mailbox_limit = 0
smtputf8_enable = no
smtpd_error_sleep_time = 0
biff = no
""")
        (c / "master.cf").write_text(_SERVICES.format(port=f"127.0.0.1:{self.port}"))
