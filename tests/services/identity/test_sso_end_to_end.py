"""Single sign-on as bureau IT deploys it (policy file): sign in once, then mail (XOAUTH2) and cloud sync (Bearer)
use the token, the staff claims fill the sender, and no token is found in any file the app wrote or its log."""
from __future__ import annotations

import base64
import logging

import pytest

from oidc_test_provider import ScriptedBrowser
from resource_servers import BearerDav, XOAuth2Smtp

from desktop.services.identity import service_auth
from desktop.services.identity.bearer import xoauth2_string
from desktop.services.identity.session import SignInState
from desktop.services.identity.staff import current_staff
from desktop.services.send.outbox import Outbox, Recipient
from desktop.services.send.service import SendConfig, run_outbox
from desktop.services.send.runner import RetryPolicy
from desktop.services.settings import Settings
from desktop.services.sync.engine import run_sync
from desktop.services.sync.profile_config import build_config

from .conftest import sso_policy


@pytest.fixture
def fresh_log(monkeypatch):
    """The app's own rotating log, at DEBUG (MSAL and httpx log the most there), inside this test's home."""
    from desktop.services.logging_setup import configure_logging

    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [h for h in root.handlers if not getattr(h, "_tosei", False)])
    monkeypatch.setattr(root, "level", logging.DEBUG)
    configure_logging(level=logging.DEBUG)
    yield
    for h in root.handlers:
        if getattr(h, "_tosei", False):
            h.close()


def _all_tokens(session) -> set[str]:
    from msal import TokenCache

    found = set()
    for kind in (TokenCache.CredentialType.ACCESS_TOKEN, TokenCache.CredentialType.REFRESH_TOKEN,
                 TokenCache.CredentialType.ID_TOKEN):
        found |= {e["secret"] for e in session._cache.search(kind) if e.get("secret")}
    return found


def _needles(tokens: set[str], user: str) -> set[bytes]:
    """Each token whole, as the base64 XOAUTH2 string, and for JWTs the signature alone."""
    out = set()
    for token in tokens:
        out.add(token.encode())
        out.add(base64.b64encode(xoauth2_string(user, token).encode()))
        if token.count(".") == 2:
            out.add(token.rsplit(".", 1)[1].encode())
    return {n for n in out if len(n) >= 16}


def test_one_sign_in_for_mail_and_cloud_and_no_token_on_disk(fresh_log, idp, tmp_path, isolated_home, monkeypatch):
    with XOAuth2Smtp(tmp_path, idp) as smtp, BearerDav(tmp_path / "davroot", idp) as dav:
        # the SMTP server's self-signed certificate stands for a bureau CA (policy tls_ca_file)
        policy = sso_policy(tmp_path, idp, smtp_host="127.0.0.1", smtp_port=smtp.port, tls_ca_file=smtp.cert.as_posix(),
                            cloud_endpoint=dav.endpoint, cloud_root="共有/総務", send_hold_seconds=0)
        monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))

        settings = Settings()
        assert not settings.warnings
        session = service_auth.session_for(settings)
        status = session.sign_in_browser(ScriptedBrowser(idp, "yamada"), timeout=30)
        assert status.state is SignInState.SIGNED_IN

        staff = current_staff(settings)           # the one function the tools ask
        assert (staff.display_name, staff.mail, staff.bureau, staff.section) == (
            "山田 花子", "hanako_yamada@metro.example.jp", "総務局", "総務部 文書課")

        from desktop.services.approval.staff import signed_in_staff

        drafter = signed_in_staff().as_drafter()        # 起案者 of a new approval draft
        assert (drafter.name, drafter.staff_id, drafter.mail) == ("山田 花子", "T012345",
                                                                  "hanako_yamada@metro.example.jp")
        assert "文書課" in drafter.section
        from desktop.services.identity.staff import author_label

        assert author_label(settings) == "総務局 総務部 文書課 山田 花子"          # 作成者 of minutes
        from desktop.services.approval.desk import desk_from_app

        desk = desk_from_app(settings=settings)        # approval circulation: the same token on the shared folder
        assert desk.staff.staff_id == "T012345"

        # mail: the sender and the cover sheet come from the claims; SMTP signs in with XOAUTH2
        config = SendConfig.from_settings(settings)
        assert (config.sender, config.sender_name, config.sender_org) == (
            "hanako_yamada@metro.example.jp", "山田 花子", "総務局 総務部 文書課")
        assert config.smtp_oauth and config.smtp.user == "hanako_yamada@metro.example.jp"
        box = Outbox(tmp_path / "outbox")
        try:
            box.queue([Recipient("kacho@metro.example.jp", "課長")], sender=config.sender, subject="会議資料",
                      body="資料を送ります。", state="held")
            summary = run_outbox(config, outbox=box, retry=RetryPolicy(base_seconds=0.05, max_seconds=0.2,
                                                                        max_attempts=2))
        finally:
            box.close()
        assert len(summary.sent) == 1 and not summary.failed, summary
        assert [r[0] for r in smtp.handler.received] == ["hanako_yamada@metro.example.jp"]

        # cloud: the same sign-in, as a bearer token
        work = tmp_path / "work"
        (work / "議事録").mkdir(parents=True)
        (work / "議事録" / "第2回.txt").write_text("議事録本文", encoding="utf-8")
        sync_config = build_config("default", endpoint=dav.endpoint, remote_root="共有/総務", local_root=work)
        assert sync_config.password == "" and sync_config.auth is not None
        from desktop.services.sync.connection_check import check_connection

        assert check_connection("default", dav.endpoint) > 0        # the sync page's server check, with the token
        result = run_sync(sync_config)
        assert not result.failed
        assert (dav.root / "共有" / "総務" / "議事録" / "第2回.txt").read_text(encoding="utf-8") == "議事録本文"
        with desk.connect() as client:
            client.ensure_root()
        assert (dav.root / "電子決裁").is_dir()

        # restart: a new session object finds the sign-in and refreshes silently
        service_auth.forget_sessions()
        restarted = service_auth.session_for(Settings())
        assert restarted.restore().state is SignInState.SIGNED_IN
        restarted.access_token()

        tokens = _all_tokens(restarted) | smtp.checker.tokens | dav.checker.tokens
        assert len(tokens) >= 4
        logging.getLogger("test").info("done")       # the log exists and was written

    log_files = list((isolated_home).rglob("*.log*"))
    assert log_files and any(p.stat().st_size > 0 for p in log_files)
    log_text = "".join(p.read_text(encoding="utf-8") for p in log_files)
    assert "desktop.services.sync.engine" in log_text and '"code":' not in log_text and "code_verifier" not in log_text
    needles = _needles(tokens, "hanako_yamada@metro.example.jp")
    written = [p for p in isolated_home.rglob("*") if p.is_file()]
    written += [p for p in (tmp_path / "outbox").rglob("*") if p.is_file()]
    written += [p for p in work.rglob("*") if p.is_file()]
    assert len(written) > 5
    for path in written:
        data = path.read_bytes()
        leaked = [n[:12] for n in needles if n in data]
        assert not leaked, f"token material in {path.relative_to(tmp_path)}"
