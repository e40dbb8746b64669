"""The SSO token used by mail and cloud: SMTP SASL XOAUTH2 and WebDAV ``Authorization: Bearer`` against servers
that check it against the provider's JWKS; one silent refresh after a refusal, never a loop."""
from __future__ import annotations


import pytest

from resource_servers import BearerDav, XOAuth2Smtp

from desktop.services.identity.bearer import BearerAuth, XOAuth2Login
from desktop.services.identity.session import SignInSession
from desktop.services.identity.staff_claims import decode_jwt_payload
from desktop.services.send.errors import TransportFailure
from desktop.services.send.smtp_transport import SmtpConfig, SmtpTransport
from desktop.services.sync.errors import AuthenticationFailed
from desktop.services.sync.planner import Op
from desktop.services.sync.webdav import WebDavClient

MAIL = "hanako_yamada@metro.example.jp"
MESSAGE = b"Subject: test\r\nFrom: hanako_yamada@metro.example.jp\r\nTo: kacho@metro.example.jp\r\n\r\nhello\r\n"


class StaticToken:
    """A token source that always presents the same (forged or expired) token and cannot refresh."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.calls = 0

    def access_token(self, force_refresh: bool = False) -> str:
        self.calls += 1
        return self.token


class Counting:
    def __init__(self, session: SignInSession) -> None:
        self.session, self.forced = session, 0

    def access_token(self, force_refresh: bool = False) -> str:
        self.forced += force_refresh
        return self.session.access_token(force_refresh=force_refresh)


@pytest.fixture
def smtp(tmp_path, idp):
    with XOAuth2Smtp(tmp_path, idp) as server:
        yield server


def _transport(smtp, source) -> SmtpTransport:
    config = SmtpConfig(host="127.0.0.1", port=smtp.port, security="starttls", user=MAIL, timeout=10,
                        cafile=str(smtp.cert))
    return SmtpTransport(config, authenticate=XOAuth2Login(source))


def test_smtp_xoauth2_real_token_is_accepted(smtp, signed_in):
    with _transport(smtp, signed_in) as transport:
        reply = transport.send(MAIL, "kacho@metro.example.jp", MESSAGE, lambda: None)
    assert reply.startswith("250")
    assert [r[0] for r in smtp.handler.received] == [MAIL]
    assert smtp.checker.seen[-1][0] is True


def _forged(token: str) -> str:
    """The same claims signed with a key the provider never had."""
    import jwt
    from cryptography.hazmat.primitives.asymmetric import rsa

    claims = decode_jwt_payload(token)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    header = jwt.get_unverified_header(token)
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": header["kid"]})


def test_smtp_forged_token_is_refused_with_the_reason(smtp, signed_in):
    source = StaticToken(_forged(signed_in.access_token()))
    with pytest.raises(TransportFailure) as info, _transport(smtp, source) as transport:
        transport.open()
    assert "rejected the sign-in token (535)" in str(info.value)
    assert "invalid token" in info.value.params["response"]
    assert source.calls == 2 and smtp.handler.received == []      # one refresh attempt, then it stops


def test_smtp_expired_token_is_refused(smtp, signed_in):
    smtp.checker.clock_offset = 2 * 3600          # the server's clock is past the token's expiry
    source = StaticToken(signed_in.access_token())
    with pytest.raises(TransportFailure) as info, _transport(smtp, source) as transport:
        transport.open()
    assert "token expired" in info.value.params["response"]
    assert [verdict for verdict, _r, _j in smtp.checker.seen] == [False, False]


def test_smtp_refused_token_is_refreshed_once_silently(smtp, signed_in):
    smtp.checker.refuse_jti.add(decode_jwt_payload(signed_in.access_token())["jti"])
    source = Counting(signed_in)
    with _transport(smtp, source) as transport:
        assert transport.send(MAIL, "kacho@metro.example.jp", MESSAGE, lambda: None).startswith("250")
    assert source.forced == 1
    assert [verdict for verdict, _r, _j in smtp.checker.seen] == [False, True]


def test_smtp_token_for_someone_else_is_refused(smtp, signed_in):
    config = SmtpConfig(host="127.0.0.1", port=smtp.port, security="starttls", user="ichiro_suzuki@metro.example.jp",
                        timeout=10, cafile=str(smtp.cert))
    with pytest.raises(TransportFailure), SmtpTransport(config, authenticate=XOAuth2Login(signed_in)) as transport:
        transport.open()


@pytest.fixture
def dav(tmp_path, idp):
    with BearerDav(tmp_path / "davroot", idp) as server:
        yield server


def test_webdav_with_bearer_token_lists_and_uploads(dav, signed_in, tmp_path):
    with WebDavClient(dav.endpoint, "", "", "", auth=BearerAuth(signed_in)) as client:
        client.makedirs("報告")
        entries = client.list_tree()
    assert (dav.root / "報告").is_dir()
    assert dav.requests and all(status == 200 for _m, status in dav.requests)
    assert "報告" in entries


def test_webdav_without_valid_token_is_refused(dav, signed_in):
    source = StaticToken(_forged(signed_in.access_token()))
    auth = BearerAuth(source)
    with pytest.raises(AuthenticationFailed), WebDavClient(dav.endpoint, "", "", "", auth=auth) as client:
        client.makedirs("x")
    assert [s for _m, s in dav.requests] == [401, 401]        # one refresh, never a loop
    assert source.calls == 2


def test_webdav_401_refreshes_once_silently(dav, signed_in):
    dav.checker.refuse_jti.add(decode_jwt_payload(signed_in.access_token())["jti"])
    source = Counting(signed_in)
    auth = BearerAuth(source)
    with WebDavClient(dav.endpoint, "", "", "", auth=auth) as client:
        client.makedirs("議事録")
        client.makedirs("議事録/第2回")
    assert source.forced == 1 and auth.refreshes == 1
    assert [s for _m, s in dav.requests][:2] == [401, 200]
    assert 401 not in [s for _m, s in dav.requests][1:]
    assert (dav.root / "議事録" / "第2回").is_dir()


def test_webdav_refused_even_after_refresh_stops_after_two_tries(dav, signed_in):
    dav.checker.refuse_all = True
    source = Counting(signed_in)
    with pytest.raises(AuthenticationFailed), WebDavClient(dav.endpoint, "", "", "", auth=BearerAuth(source)) as c:
        c.makedirs("x")
    assert source.forced == 1 and [s for _m, s in dav.requests] == [401, 401]


def test_webdav_streamed_upload_after_401_is_sent_again_with_the_refreshed_token(dav, signed_in, tmp_path):
    """Issue #14 leftover: the body of an upload streams from the file; after the one 401 and the silent refresh
    it is read from the file again and resent (not a failed upload), and the hash is of the bytes resent."""
    import hashlib
    import os

    data = os.urandom(3 * 1024 * 1024 + 12345)          # more than one 1 MiB block
    local = tmp_path / "議事録.bin"
    local.write_bytes(data)
    dav.checker.refuse_jti.add(decode_jwt_payload(signed_in.access_token())["jti"])   # "expired" at the server
    source = Counting(signed_in)
    auth = BearerAuth(source)
    counted: list[int] = []
    with WebDavClient(dav.endpoint, "", "", "", auth=auth) as client:
        client.ensure_root()
        dav.requests.clear()
        entry, sent, _st = client.upload(local, "議事録.bin", client.temp_path_for("議事録.bin"), expect=None,
                                         sha256=hashlib.sha256(data).hexdigest(), on_bytes=counted.append)
    assert (dav.root / "議事録.bin").read_bytes() == data
    assert sent == hashlib.sha256(data).hexdigest() and entry.size == len(data)
    assert [r for r in dav.requests if r[0] == "PUT"] == [("PUT", 401), ("PUT", 200)]   # once refused, once resent
    assert 401 not in [s for _m, s in dav.requests][1:]
    assert source.forced == 1 and auth.refreshes == 1
    assert sum(counted) == len(data)                     # progress counts each byte once
    assert sorted(p.name for p in dav.root.iterdir()) == ["議事録.bin"]   # no temp file left


def test_webdav_streamed_upload_refused_after_refresh_stops_after_two_sends(dav, signed_in, tmp_path):
    local = tmp_path / "a.bin"
    local.write_bytes(b"x" * (1024 * 1024 + 1))
    with WebDavClient(dav.endpoint, "", "", "", auth=BearerAuth(Counting(signed_in))) as client:
        client.ensure_root()
        dav.requests.clear()
        dav.checker.refuse_all = True
        with pytest.raises(AuthenticationFailed):
            client.upload(local, "a.bin", client.temp_path_for("a.bin"), expect=None, sha256=None)
    assert [r for r in dav.requests if r[0] == "PUT"] == [("PUT", 401), ("PUT", 401)]   # never a loop
    assert not (dav.root / "a.bin").exists()


def test_sync_run_uploads_through_a_token_that_expires_mid_run(dav, signed_in, tmp_path):
    """The same through a sync run: the token the run started with is refused from the first upload on (it
    expired after the listing); that upload is resent after the one refresh and every file arrives."""
    import os

    from desktop.services.sync.engine import SyncConfig, run_sync

    local = tmp_path / "work"
    local.mkdir()
    files = {f"{i}.bin": os.urandom(1024 * 1024 + i) for i in range(3)}   # top level: no MKCOL before the PUT
    for rel, data in files.items():
        (local / rel).write_bytes(data)
    first_token = signed_in.access_token()

    def progress(_fraction, message=""):
        if message.startswith("upload:"):   # listing done: the token "expires" now
            dav.checker.refuse_jti.add(decode_jwt_payload(first_token)["jti"])

    source = Counting(signed_in)
    result = run_sync(SyncConfig(local_root=local, endpoint=dav.endpoint, remote_root="sso", username="",
                                 password="", journal_path=tmp_path / "j.sqlite", trash_dir=tmp_path / "trash",
                                 case_insensitive=False, timeout=30, parallel=1, auth=BearerAuth(source)),
                      progress=progress)
    assert result.complete and not result.failed and result.count(Op.UPLOAD) == 3
    for rel, data in files.items():
        assert (dav.root / "sso" / rel).read_bytes() == data
    assert [s for m, s in dav.requests if m == "PUT"] == [401, 200, 200, 200]
    assert source.forced == 1
