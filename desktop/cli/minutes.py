"""``python -m desktop minutes AUDIO --out FILE.{docx,pdf,txt,srt,vtt,json}``: headless transcription.

Runs the same service as the app (in a child process), with defaults from the settings/policy. A .pdf is
the 議事録 .docx converted by LibreOffice (checked before transcribing, so a long recording is not transcribed
for nothing).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.progress import TerminalProgress
from desktop.services.common.pdf_convert import require_soffice
from desktop.services.minutes.errors import ExportError
from desktop.services.minutes.exporters import FORMATS, export
from desktop.services.minutes.glossary import collect_glossary
from desktop.services.minutes.models import list_models
from desktop.services.minutes.transcribe import TranscribeOptions, transcribe_in_child


def register(subparsers) -> None:
    p = subparsers.add_parser("minutes", help="Transcribe a recording into minutes (議事録)",
                              description="Transcribe AUDIO offline with Whisper and write the minutes.")
    p.add_argument("audio", nargs="?", metavar="AUDIO", help="audio or video file (wav, mp3, m4a, flac, mp4...)")
    p.add_argument("--out", help="output file: .docx, .pdf, .txt, .srt, .vtt or .json")
    p.add_argument("--model", help="model name (base, tiny.en, large-v3...) or a model folder")
    p.add_argument("--language", choices=("ja", "en", "auto"), help="language of the recording")
    p.add_argument("--glossary", help="file with one term per line (names, bureau terms)")
    p.add_argument("--title", help="meeting name (会議名) for the minutes")
    p.add_argument("--no-times", action="store_true", help="leave times out of txt/docx")
    p.add_argument("--list-models", action="store_true", help="list the models available offline and exit")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.services.settings import Settings

    settings = Settings()
    if args.list_models:
        for m in list_models(settings.get("model_dir") or None):
            lang = "multilingual" if m.multilingual else "English only"
            print(f"{m.name:20s} {lang:13s} {m.size_bytes / 1e6:8.0f} MB  {m.source:9s} {m.path}")
        return 0
    if not args.audio or not args.out:
        print("Error: AUDIO and --out are required.", file=sys.stderr)
        return 2
    out = Path(args.out)
    if out.suffix.lstrip(".").lower() not in FORMATS:
        raise ExportError(f"Unknown output type '{out.suffix}'; use one of .{', .'.join(FORMATS)}.")
    pdf_converter = settings.get("pdf_converter") or None
    if out.suffix.lower() == ".pdf":
        require_soffice(pdf_converter)  # fail now, not after a long transcription
    glossary = collect_glossary(settings.policy.values.get("glossary", []), settings.get("glossary"),
                                args.glossary)
    opts = TranscribeOptions(
        model=args.model or settings.get("whisper_model"),
        model_dir=settings.get("model_dir"),
        allow_download=settings.get("allow_model_download"),
        device=settings.get("whisper_device"),
        language=args.language or settings.get("transcribe_language"),
        glossary=glossary,
        phantom_phrases=list(settings.get("phantom_phrases")),
    )
    progress = TerminalProgress()
    transcript = transcribe_in_child(args.audio, opts, progress=progress)
    if args.title:
        transcript.meta.title = args.title
    export(transcript, out, with_times=not args.no_times, pdf_converter=pdf_converter)
    print(f"{len(transcript.segments)} segments, {transcript.duration:.0f} s of audio -> {out}")
    return 0
