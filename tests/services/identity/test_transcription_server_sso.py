"""The bureau transcription server behind single sign-on (policy ``transcription_server_auth = "oauth"``): the
recording goes out with the signed-in staff's access token from the real OIDC provider, checked by the server
against the provider's JWKS; a 401 refreshes once and the file is sent again; a second 401 stops; nobody signed
in is the sign-in's own error, never a silent fallback to the PC."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from oidc_test_provider import ScriptedBrowser
from resource_servers import JwtChecker

from desktop.services.identity import service_auth
from desktop.services.identity.errors import NotSignedIn
from desktop.services.identity.session import SignInSession
from desktop.services.identity.staff_claims import decode_jwt_payload
from desktop.services.minutes.server_backend import ServerRefused, config_from_policy, transcribe_with_server
from desktop.services.minutes.transcribe import TranscribeOptions
from tests.helpers.transcription_server import RecordedTranscriptionServer, jwt_check

from .conftest import sso_policy

ROOT = Path(__file__).resolve().parents[3]
CLIP = ROOT / "tests" / "data" / "speech-ja" / "common_voice_ja_38833628_16k.wav"
RECORDED = json.loads((ROOT / "tests" / "services" / "minutes" / "data" / "verbose_json_words.json")
                      .read_text("utf-8"))
OPTS = dict(language="ja", speakers=-1)
OAUTH = {"transcription_server_model": "large-v3", "transcription_server_upload": True,
         "transcription_server_auth": "oauth"}


class Counting:
    def __init__(self, session: SignInSession) -> None:
        self.session, self.forced = session, 0

    def access_token(self, force_refresh: bool = False) -> str:
        self.forced += force_refresh
        return self.session.access_token(force_refresh=force_refresh)


@pytest.fixture
def stt(idp):
    checker = JwtChecker(idp, "dav")        # the bureau API's audience and a scope staff tokens carry
    with RecordedTranscriptionServer(RECORDED, jwt_check(checker)) as server:
        server.checker = checker
        yield server


def test_policy_oauth_sends_the_signed_in_staff_token(stt, idp, tmp_path, monkeypatch):
    """The wiring the app uses: policy file -> Settings -> the shared session -> Bearer on the upload."""
    from desktop.services.settings import Settings

    policy = sso_policy(tmp_path, idp, transcription_server_url=stt.url, transcription_server_model="large-v3",
                        transcription_server_auth="oauth")
    policy.write_text(policy.read_text("utf-8") + "transcription_server_upload = true\n", "utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))
    settings = Settings()
    session = service_auth.session_for(settings)
    session.sign_in_browser(ScriptedBrowser(idp, "yamada"), timeout=90)
    config = config_from_policy(settings.policy.values, settings=settings)
    t = transcribe_with_server(CLIP, TranscribeOptions(**OPTS), config)
    assert [r.status for r in stt.received] == [200]
    header = stt.received[0].authorization
    assert header == f"Bearer {session.access_token()}"
    assert decode_jwt_payload(header[7:])["sub"] == "yamada"
    assert stt.received[0].file_bytes == CLIP.read_bytes()
    assert t.info["backend"] == "server" and t.segments
    assert header[7:] not in repr(config)


def test_401_refreshes_once_and_sends_the_recording_again(stt, signed_in):
    stt.checker.refuse_jti.add(decode_jwt_payload(signed_in.access_token())["jti"])   # revoked at the server
    source = Counting(signed_in)
    config = config_from_policy({"transcription_server_url": stt.url, **OAUTH}, token_source=source)
    t = transcribe_with_server(CLIP, TranscribeOptions(**OPTS), config)
    assert [r.status for r in stt.received] == [401, 200]
    assert stt.received[0].authorization != stt.received[1].authorization
    assert stt.received[1].file_bytes == CLIP.read_bytes()           # the whole file, rewound and resent
    assert source.forced == 1 and config.auth.refreshes == 1
    assert t.segments and "warnings" in t.info and not any(w["code"] == "minutes.server_fallback"
                                                           for w in t.info["warnings"])


def test_refused_after_the_refresh_stops_after_two_sends_with_the_sso_sentence(stt, signed_in):
    from desktop.messages.errors import describe

    stt.checker.refuse_all = True
    source = Counting(signed_in)
    config = config_from_policy({"transcription_server_url": stt.url, **OAUTH}, token_source=source)
    with pytest.raises(ServerRefused) as info:
        transcribe_with_server(CLIP, TranscribeOptions(**OPTS), config)   # an error, not the PC
    assert [r.status for r in stt.received] == [401, 401] and source.forced == 1
    assert info.value.params["auth"] == "oauth"
    assert "シングルサインオン" in describe(info.value)


def test_nobody_signed_in_is_the_sign_in_error_and_nothing_is_sent(stt, oidc_config):
    session = SignInSession(oidc_config)                   # configured, never signed in
    config = config_from_policy({"transcription_server_url": stt.url, **OAUTH}, token_source=session)
    with pytest.raises(NotSignedIn):
        transcribe_with_server(CLIP, TranscribeOptions(**OPTS), config)
    assert stt.received == []
    session.close()
