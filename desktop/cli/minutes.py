"""``python -m desktop minutes AUDIO --out FILE [--out FILE ...]``: headless transcription into the minutes.

Runs the same service as the app (in a child process), with defaults from the settings/policy. Every 議事録
header field can be given (``--datetime --place --attendees --absentees --materials --author``, lists
separated by 「、」 or commas), and several ``--out`` files (.docx, .pdf, .txt, .srt, .vtt, .json) are written
from one transcription. A .pdf is the 議事録 .docx converted by LibreOffice (checked before transcribing, so a
long recording is not transcribed for nothing). Warnings (empty result, damaged audio, speech without text)
go to stderr. ``--check-glossary FILE`` measures a glossary on a development set instead (exit 1 when it
raises the CER).

``--server-token set`` keeps the bureau transcription server's static token (from bureau IT) in the credential
store of the staff profile (``--profile``), read from a prompt that does not echo it, or one line of standard
input when that is not a terminal; ``--server-token clear`` removes it, ``status`` says whether one is stored
and how the server signs in. The token is never printed or logged.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import asdict
from pathlib import Path

from desktop.cli.progress import TerminalProgress
from desktop.services.common.pdf_convert import require_soffice
from desktop.services.minutes.errors import ExportError
from desktop.services.minutes.exporters import FORMATS, export
from desktop.services.minutes.glossary import collect_full_glossary, read_glossary
from desktop.services.minutes.models import list_models
from desktop.services.minutes.transcribe import TranscribeOptions, transcribe_in_child

WARNINGS = {
    "minutes.empty_result": "no speech was recognised in the recording",
    "minutes.audio_damaged": "the audio is damaged or truncated; the transcript may be incomplete",
    "minutes.speech_without_text": "speech at {start}-{end} produced no text",
    "minutes.window_budget": "the window at {start}-{end} took too long and was decoded again conservatively",
    "minutes.server_fallback": "the transcription server could not be reached; transcribed on this PC",
    "minutes.window_loop": "the window at {start}-{end} looped and was decoded again conservatively",
}


def register(subparsers) -> None:
    p = subparsers.add_parser("minutes", help="Transcribe a recording into minutes (議事録)",
                              description="Transcribe AUDIO offline with Whisper and write the minutes.")
    p.add_argument("audio", nargs="?", metavar="AUDIO", help="audio or video file (wav, mp3, m4a, flac, mp4...)")
    p.add_argument("--out", action="append", default=[],
                   help="output file: .docx, .pdf, .txt, .srt, .vtt or .json (repeat for several)")
    p.add_argument("--model", help="model name (base, tiny.en, large-v3...) or a model folder")
    p.add_argument("--language", choices=("ja", "en", "auto"),
                   help="language of the recording (auto: detected for each stretch of speech)")
    p.add_argument("--glossary", help="glossary file: one term a line, or a rule 誤認識 → 正しい表記")
    p.add_argument("--speakers", type=int, default=0,
                   help="number of speakers (0: estimate, the default; 1: do not separate speakers)")
    p.add_argument("--title", help="meeting name (会議名)")
    p.add_argument("--datetime", help="日時 (e.g. 令和8年12月3日 10:00)")
    p.add_argument("--place", help="場所")
    p.add_argument("--attendees", help="出席者, separated by 、 or commas")
    p.add_argument("--absentees", help="欠席者, separated by 、 or commas")
    p.add_argument("--materials", help="配布資料, separated by 、 or commas")
    p.add_argument("--author", help="作成者")
    p.add_argument("--next-meeting", help="次回予定")
    p.add_argument("--no-times", action="store_true", help="leave times out of txt/docx")
    p.add_argument("--list-models", action="store_true", help="list the models available offline and exit")
    p.add_argument("--check-glossary", metavar="FILE",
                   help="measure a glossary on the development set (CER with vs without) and exit")
    p.add_argument("--devset", help="development set for --check-glossary: a folder of clips and transcripts.tsv "
                                    "(default: minutes/devset in the policy folder)")
    p.add_argument("--server-token", choices=("set", "clear", "status"),
                   help="the bureau transcription server's token (from bureau IT) in the credential store: set "
                        "(asked without echo, or one line of stdin), clear, or status; then exit")
    p.add_argument("--profile", default="default",
                   help="staff ID profile whose credential store entry and sign-in are used (default: %(default)s)")
    p.set_defaults(func=run)


def split_list(value: str | None) -> list[str]:
    return [x.strip() for x in re.split(r"[、,，]", value or "") if x.strip()]


def run(args: argparse.Namespace) -> int:
    from desktop.services.settings import Settings

    settings = Settings()
    if args.server_token:
        return server_token(args, settings)
    if args.list_models:
        for m in list_models(settings.get("model_dir") or None):
            lang = "multilingual" if m.multilingual else "English only"
            print(f"{m.name:20s} {lang:13s} {m.size_bytes / 1e6:8.0f} MB  {m.source:9s} {m.path}")
        return 0
    opts = TranscribeOptions(
        model=args.model or settings.get("whisper_model"),
        model_dir=settings.get("model_dir"),
        allow_download=settings.get("allow_model_download"),
        device=settings.get("whisper_device"),
        language=args.language or settings.get("transcribe_language"),
        phantom_phrases=list(settings.get("phantom_phrases")),
        speakers=-1 if args.speakers == 1 else max(0, args.speakers),
    )
    if args.check_glossary:
        return check(args, opts)
    if not args.audio or not args.out:
        print("Error: AUDIO and --out are required.", file=sys.stderr)
        return 2
    outs = [Path(o) for o in args.out]
    for out in outs:
        if out.suffix.lstrip(".").lower() not in FORMATS:
            raise ExportError(f"Unknown output type '{out.suffix}'; use one of .{', .'.join(FORMATS)}.")
    if len(set(outs)) != len(outs):
        raise ExportError("The same --out file is given twice.")
    pdf_converter = settings.get("pdf_converter") or None
    if any(out.suffix.lower() == ".pdf" for out in outs):
        require_soffice(pdf_converter)  # fail now, not after a long transcription
    glossary = collect_full_glossary(settings.policy.values.get("glossary", []), settings.get("glossary"),
                                     args.glossary)
    opts.glossary, opts.replacements = glossary.terms, glossary.replacements
    progress = TerminalProgress()
    from desktop.services.minutes.server_backend import config_from_policy, transcribe_with_server

    server = config_from_policy(settings.policy.values, profile=args.profile, settings=settings)
    if server is not None and server.allow_upload:  # the bureau server (the PC when it is down)
        transcript = transcribe_with_server(args.audio, opts, server, progress=progress)
    else:
        transcript = transcribe_in_child(args.audio, opts, progress=progress)
    meta = transcript.meta
    for name in ("title", "datetime", "place", "author", "next_meeting"):
        if getattr(args, name):
            setattr(meta, name, getattr(args, name).strip())
    for name in ("attendees", "absentees", "materials"):
        if getattr(args, name):
            setattr(meta, name, split_list(getattr(args, name)))
    if not meta.title:
        meta.title = Path(args.audio).stem
    for w in transcript.info.get("warnings", []):
        text = WARNINGS.get(w["code"], w["code"]).format(start=_clock(w["start"]), end=_clock(w["end"]))
        print(f"Warning: {text}.", file=sys.stderr)
    for out in outs:
        export(transcript, out, with_times=not args.no_times, pdf_converter=pdf_converter)
        print(f"{len(transcript.segments)} segments, {transcript.duration:.0f} s of audio -> {out}")
    return 0


def server_token(args: argparse.Namespace, settings) -> int:
    """``--server-token set|clear|status`` for the profile; the token is never echoed or printed."""
    from desktop.services.minutes import server_backend as sb
    from desktop.services.sync.identity import validate_profile_name

    profile = validate_profile_name(args.profile)
    values = settings.policy.values
    url = str(values.get("transcription_server_url") or "").strip()
    oauth = sb.auth_mode(values) == sb.AUTH_OAUTH
    if args.server_token == "status":
        print(f"Transcription server: {url or 'none in the policy (this PC transcribes)'}")
        if oauth:
            print("Sign-in: the staff's single sign-on token (policy transcription_server_auth = \"oauth\"); "
                  "no stored token is used.")
        stored = sb.stored_token(profile) is not None
        print(f"Token stored for profile {profile}: {'yes' if stored else 'no'}")
        return 0
    if args.server_token == "clear":
        removed = sb.clear_token(profile)
        print(f"Transcription server token {'removed' if removed else 'was not stored'} for profile {profile}.")
        return 0
    if oauth:
        print("Note: the policy signs the transcription server in with single sign-on; a stored token is kept "
              "but not used while that is so.", file=sys.stderr)
    if sys.stdin.isatty():
        import getpass

        token = getpass.getpass("Transcription server token (not shown): ")
    else:
        token = sys.stdin.readline().rstrip("\r\n")
    sb.store_token(token, profile)
    print(f"Transcription server token stored in the credential store for profile {profile}.")
    return 0


def check(args: argparse.Namespace, opts: TranscribeOptions) -> int:
    from desktop.services import paths
    from desktop.services.common.jobs import run_in_child

    devset = args.devset or str(paths.policy_folder() / "minutes" / "devset")  # the bureau's own recordings
    glossary = read_glossary(args.check_glossary)
    result = run_in_child("desktop.services.minutes.glossary_check:run_check",
                          {"glossary": asdict(glossary), "devset": devset, "options": asdict(opts)},
                          progress=TerminalProgress())
    for clip in result["clips"]:
        print(f"{clip['clip']:40s} CER {clip['cer_without']:.3f} -> {clip['cer_with']:.3f}")
    print(f"pooled CER without the glossary {result['cer_without']:.3f}, with it {result['cer_with']:.3f}")
    if result["cer_with"] > result["cer_without"] + result["margin"]:
        print("The glossary makes recognition worse on the development set: do not use it as it is.",
              file=sys.stderr)
        return 1
    print("The glossary does not make recognition worse on the development set.")
    return 0


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:d}:{s % 3600 // 60:02d}:{s % 60:02d}"
