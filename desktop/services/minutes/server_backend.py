"""A bureau transcription server: the recording is sent to an OpenAI-compatible endpoint
(``POST {url}/v1/audio/transcriptions``, ``response_format=verbose_json``, segment and word timestamps) run by
bureau IT on a GPU box with a larger model, instead of being transcribed on this PC.

Chosen by the policy (``transcription_server_url``, ``transcription_server_model``,
``transcription_server_upload``, ``transcription_server_auth``; only the policy's values count, not a user's
setting). How the request signs in, like mail and cloud (:mod:`desktop.services.identity.service_auth`):

* ``transcription_server_auth = "oauth"``: the signed-in staff's single sign-on access token as
  ``Authorization: Bearer`` (:class:`~desktop.services.identity.bearer.BearerAuth`: a 401 refreshes the token
  once, silently, and the recording is sent again from the file; a second 401 is :class:`ServerRefused`).
  Nobody signed in: the sign-in's own typed error (``NotSignedIn``, ``SessionExpired``, ...), no fallback.
* ``"token"`` (default): a static token of the staff profile in the credential store
  (``SecretKey.TRANSCRIPTION_TOKEN``, set with :func:`store_token` from 設定 or
  ``python -m desktop minutes --server-token set``), never from a file; none stored: no header.

Audio is sent only when the policy says ``allow_upload: true`` (else :class:`ServerRefused`). The reply goes through the same
post-processing as the local path (phantom phrases, sentence ends, replacement rules, speakers, warnings).
When the server cannot be reached, :func:`transcribe_with_server` falls back to the PC and says so
(warning ``minutes.server_fallback``).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress
from desktop.services.minutes.errors import MinutesError
from desktop.services.minutes.transcript import Segment, Transcript, Word

log = logging.getLogger(__name__)


class ServerRefused(MinutesError):
    code = "minutes.server_refused"


class ServerUnavailable(MinutesError):
    code = "minutes.server_unavailable"


class ServerTokenInvalid(MinutesError):
    """The token typed for the transcription server cannot be one (empty, spaces)."""

    code = "minutes.server_token_invalid"


AUTH_TOKEN, AUTH_OAUTH = "token", "oauth"


@dataclass(frozen=True)
class ServerConfig:
    url: str
    model: str = "whisper-1"
    allow_upload: bool = False
    token: str = field(default="", repr=False)        # static token (password/token mode); never shown
    timeout_s: float = 3600.0
    auth: Any = field(default=None, repr=False, compare=False)   # httpx.Auth (single sign-on), instead of token
    auth_mode: str = AUTH_TOKEN


def auth_mode(values: dict) -> str:
    """``oauth`` when the policy signs the server in with the single sign-on token, else ``token``."""
    return AUTH_OAUTH if str(values.get("transcription_server_auth") or "") == AUTH_OAUTH else AUTH_TOKEN


def config_from_policy(values: dict, token: str | None = None, *, profile: str = "default",
                       settings: Any = None, token_source: Any = None) -> ServerConfig | None:
    """The server the policy (``values``: the policy's values) chose, or None when it chose none.

    ``token``: a static token to use instead of the stored one (tests). In ``oauth`` mode the request carries
    the access token of ``token_source`` (default: the shared sign-in session of ``settings`` and ``profile``);
    nothing is fetched here (the token is asked for on the worker thread, when the request is sent).
    """
    url = str(values.get("transcription_server_url") or "").strip()
    if not url:
        return None
    model = str(values.get("transcription_server_model") or "whisper-1")
    upload = bool(values.get("transcription_server_upload", False))
    if auth_mode(values) == AUTH_OAUTH:
        from desktop.services.identity.bearer import BearerAuth

        if token_source is None:
            from desktop.services.identity.service_auth import session_for

            token_source = session_for(settings, profile)
        return ServerConfig(url.rstrip("/"), model, upload, auth=BearerAuth(token_source), auth_mode=AUTH_OAUTH)
    if token is None:
        from desktop.services.errors import CredentialStoreError

        try:
            token = stored_token(profile) or ""
        except CredentialStoreError as exc:  # no usable credential store: send without a token (the server says)
            log.warning("transcription server token not read: %s", exc)
            token = ""
    return ServerConfig(url.rstrip("/"), model, upload, token)


def stored_token(profile: str = "default") -> str | None:
    """The static token of ``profile`` in the credential store (registered with the log redactor), or None."""
    from desktop.services.secrets import SecretKey, get_secret

    return get_secret(SecretKey.TRANSCRIPTION_TOKEN, profile) or None


def store_token(token: str, profile: str = "default") -> None:
    """Keep ``token`` (stripped) for ``profile`` in the credential store; never in a file or the log."""
    from desktop.services.secrets import SecretKey, set_secret

    token = token.strip()
    if not token:
        raise ServerTokenInvalid("The transcription server token is empty.")
    if any(ch.isspace() or ord(ch) < 32 for ch in token):
        raise ServerTokenInvalid("The transcription server token may not contain spaces or control characters.")
    set_secret(SecretKey.TRANSCRIPTION_TOKEN, token, profile)


def clear_token(profile: str = "default") -> bool:
    """Remove the stored token of ``profile``; False when none was stored."""
    from desktop.services.secrets import SecretKey, delete_secret

    return delete_secret(SecretKey.TRANSCRIPTION_TOKEN, profile)


def request_server(path: str | Path, config: ServerConfig, language: str | None, *,
                   cancel: CancelToken = NEVER) -> dict:
    """POST the file; returns the verbose JSON. Raises :class:`ServerRefused` / :class:`ServerUnavailable`."""
    import httpx

    if not config.allow_upload:
        raise ServerRefused("The policy does not allow sending recordings to the transcription server.")
    cancel.raise_if_cancelled()
    data: dict = {"model": config.model, "model_name": config.model, "response_format": "verbose_json",
                  "timestamp_granularities[]": ["segment", "word"]}
    if language:
        data["language"] = language
    headers = {"Authorization": f"Bearer {config.token}"} if config.token and config.auth is None else {}
    if headers:
        from desktop.services.logging_setup import register_secret

        register_secret(config.token)
    try:
        with open(path, "rb") as fh:   # a seekable file: after one 401 BearerAuth sends it again, refreshed
            response = httpx.post(f"{config.url}/v1/audio/transcriptions", data=data,
                                  files={"file": (Path(path).name, fh, "application/octet-stream")},
                                  headers=headers, auth=config.auth,
                                  timeout=httpx.Timeout(config.timeout_s, connect=5.0))
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout, httpx.RemoteProtocolError) as exc:
        raise ServerUnavailable(f"The transcription server {config.url} could not be reached "
                                f"({type(exc).__name__}).", url=config.url) from None
    if response.status_code in (401, 403):
        what = ("the single sign-on token, even after one refresh" if config.auth is not None
                else "check the token")
        raise ServerRefused(f"The transcription server refused the request (HTTP {response.status_code}); "
                            f"{what}.", url=config.url, auth=config.auth_mode)
    if response.status_code >= 400:
        raise ServerUnavailable(f"The transcription server answered HTTP {response.status_code}.", url=config.url)
    try:
        return response.json()
    except ValueError:
        raise ServerUnavailable("The transcription server's answer is not JSON.", url=config.url) from None


def transcript_from_verbose_json(data: dict, source: str, model: str) -> Transcript:
    """Segments (and words, when the server sends them) of an OpenAI verbose_json answer."""
    words = [Word(float(w["start"]), float(w["end"]), str(w.get("word", "")), float(w.get("probability", 1.0)))
             for w in data.get("words") or []]
    segments = []
    for s in data.get("segments") or []:
        start, end = float(s["start"]), float(s["end"])
        inside = [w for w in words if start - 0.01 <= w.start < end + 0.01]
        segments.append(Segment(round(start, 3), round(end, 3), str(s.get("text", "")).strip(), words=inside))
    if not segments and str(data.get("text") or "").strip():
        segments.append(Segment(0.0, float(data.get("duration") or 0.0), str(data["text"]).strip(), words=words))
    return Transcript(segments, str(data.get("language") or ""), float(data.get("duration") or 0.0), str(source),
                      f"server:{model}")


_LANGUAGES = {"japanese": "ja", "english": "en"}


def transcribe_on_server(path: str | Path, opts, config: ServerConfig, *, progress: Progress = NO_PROGRESS,
                         cancel: CancelToken = NEVER) -> Transcript:
    """Send ``path``, then the local post-processing. ``opts`` is a ``TranscribeOptions``."""
    from desktop.services.minutes import audio as audio_mod
    from desktop.services.minutes import diarize
    from desktop.services.minutes.cleanup import collapse_repeats, end_sentences, is_phantom, phantom_list
    from desktop.services.minutes.glossary import apply_replacements

    progress(None, "sending to server")
    language = None if opts.language == "auto" else opts.language
    data = request_server(path, config, language, cancel=cancel)
    t = transcript_from_verbose_json(data, str(path), config.model)
    t.language = _LANGUAGES.get(t.language.lower(), t.language.lower()) or (language or "")
    phrases = phantom_list(opts.phantom_phrases)
    t.segments = [s for s in t.segments if not is_phantom(s.text, phrases)]
    for s in t.segments:
        s.text = collapse_repeats(s.text)
    end_sentences(t.segments, t.language)
    apply_replacements(t.segments, opts.replacements)
    warnings = [] if t.segments else [{"code": "minutes.empty_result", "start": 0.0, "end": t.duration}]
    if opts.speakers >= 0 and t.segments:
        progress(0.999, "speakers")
        samples = audio_mod.to_float(audio_mod.decode(path))
        t.duration = t.duration or samples.size / audio_mod.SAMPLE_RATE
        sides = diarize.stereo_sides(str(path), t.segments) if opts.speakers in (0, 2) else None
        if sides is not None:
            for seg, side in zip(t.segments, sides):
                seg.speaker = f"話者{side + 1}"
        else:
            idx, emb = diarize.segment_embeddings(samples, t.segments)
            diarize.assign(t.segments, idx, emb, opts.speakers)
    t.info = {"backend": "server", "server_url": config.url, "server_model": config.model, "warnings": warnings,
              "decode_options": {"language": t.language}}
    progress(1.0, "done")
    return t


def transcribe_with_server(path: str | Path, opts, config: ServerConfig, *, progress: Progress = NO_PROGRESS,
                           cancel: CancelToken = NEVER) -> Transcript:
    """The server when it answers; the PC (child process) with a ``minutes.server_fallback`` warning when it
    is down. A refusal (policy, token) is raised, not hidden by a fallback."""
    from desktop.services.minutes.transcribe import transcribe_in_child

    try:
        return transcribe_on_server(path, opts, config, progress=progress, cancel=cancel)
    except ServerUnavailable as exc:
        log.warning("transcription server down, transcribing on this PC: %s", exc)
        t = transcribe_in_child(path, opts, progress=progress, cancel=cancel)
        t.info.setdefault("warnings", []).insert(0, {"code": "minutes.server_fallback", "start": 0.0,
                                                     "end": t.duration, "detail": str(exc)})
        return t
