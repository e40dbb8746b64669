"""A bureau transcription server: the recording is sent to an OpenAI-compatible endpoint
(``POST {url}/v1/audio/transcriptions``, ``response_format=verbose_json``, segment and word timestamps) run by
bureau IT on a GPU box with a larger model, instead of being transcribed on this PC.

Chosen by the policy (``transcription_server_url``, ``transcription_server_model``,
``transcription_server_upload``; only the policy's values count, not a user's setting); the token
comes from the credential store (``SecretKey.TRANSCRIPTION_TOKEN``), never from a file. Audio is sent only when
the policy says ``allow_upload: true`` (else :class:`ServerRefused`). The reply goes through the same
post-processing as the local path (phantom phrases, sentence ends, replacement rules, speakers, warnings).
When the server cannot be reached, :func:`transcribe_with_server` falls back to the PC and says so
(warning ``minutes.server_fallback``).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress
from desktop.services.minutes.errors import MinutesError
from desktop.services.minutes.transcript import Segment, Transcript, Word

log = logging.getLogger(__name__)


class ServerRefused(MinutesError):
    code = "minutes.server_refused"


class ServerUnavailable(MinutesError):
    code = "minutes.server_unavailable"


@dataclass(frozen=True)
class ServerConfig:
    url: str
    model: str = "whisper-1"
    allow_upload: bool = False
    token: str = ""
    timeout_s: float = 3600.0


def config_from_policy(values: dict, token: str | None = None) -> ServerConfig | None:
    """The server the policy (``values``: the policy's values) chose, or None when it chose none."""
    url = str(values.get("transcription_server_url") or "").strip()
    if not url:
        return None
    if token is None:
        try:
            from desktop.services.secrets import SecretKey, get_secret

            token = get_secret(SecretKey.TRANSCRIPTION_TOKEN) or ""
        except Exception:  # no usable credential store: send without a token
            token = ""
    return ServerConfig(url.rstrip("/"), str(values.get("transcription_server_model") or "whisper-1"),
                        bool(values.get("transcription_server_upload", False)), token)


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
    headers = {"Authorization": f"Bearer {config.token}"} if config.token else {}
    try:
        with open(path, "rb") as fh:
            response = httpx.post(f"{config.url}/v1/audio/transcriptions", data=data,
                                  files={"file": (Path(path).name, fh, "application/octet-stream")},
                                  headers=headers, timeout=httpx.Timeout(config.timeout_s, connect=5.0))
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout, httpx.RemoteProtocolError) as exc:
        raise ServerUnavailable(f"The transcription server {config.url} could not be reached "
                                f"({type(exc).__name__}).", url=config.url) from None
    if response.status_code in (401, 403):
        raise ServerRefused(f"The transcription server refused the request (HTTP {response.status_code}); "
                            "check the token.", url=config.url)
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
