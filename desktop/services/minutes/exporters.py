"""Plain exports of a transcript: txt, srt, vtt, json (with words and speakers), .docx via
:mod:`.docx_minutes`, and PDF (that .docx converted by LibreOffice, :mod:`desktop.services.common.pdf_convert`).
Every export is written atomically: a failure leaves no half file behind."""
from __future__ import annotations

import json
from pathlib import Path

from desktop.services.common.atomic import atomic_write_text
from desktop.services.common.jobs import NEVER, CancelToken
from desktop.services.minutes.errors import ExportError
from desktop.services.minutes.transcript import Transcript

FORMATS = ("docx", "pdf", "txt", "srt", "vtt", "json")


def _stamp(seconds: float, sep: str) -> str:
    ms = int(round(max(0.0, seconds) * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def to_txt(t: Transcript, with_times: bool = True) -> str:
    lines = []
    for s in t.segments:
        prefix = f"[{_stamp(s.start, '.')[:8]}] " if with_times else ""
        lines.append(f"{prefix}{s.speaker}: {s.text}" if s.speaker else f"{prefix}{s.text}")
    return "\n".join(lines) + "\n"


def to_srt(t: Transcript) -> str:
    blocks = []
    for i, s in enumerate(t.segments, 1):
        text = f"{s.speaker}: {s.text}" if s.speaker else s.text
        blocks.append(f"{i}\n{_stamp(s.start, ',')} --> {_stamp(s.end, ',')}\n{text}\n")
    return "\n".join(blocks)


def to_vtt(t: Transcript) -> str:
    blocks = ["WEBVTT\n"]
    for s in t.segments:
        text = f"<v {s.speaker}>{s.text}" if s.speaker else s.text
        blocks.append(f"{_stamp(s.start, '.')} --> {_stamp(s.end, '.')}\n{text}\n")
    return "\n".join(blocks)


def to_json(t: Transcript) -> str:
    return json.dumps(t.to_dict(), ensure_ascii=False, indent=1)


def export(t: Transcript, out: str | Path, fmt: str | None = None, *, template: str | Path | None = None,
           with_times: bool = True, pdf_converter: str | None = None, cancel: CancelToken = NEVER) -> Path:
    """Write ``t`` to ``out`` in ``fmt`` (default: from the suffix). Returns the path.

    ``pdf``: the 議事録 .docx is made in a temp folder and converted with LibreOffice (``pdf_converter``:
    soffice path, None/"" = find it); raises the typed errors of ``pdf_convert``; ``cancel`` stops it."""
    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format '{fmt}'; use one of {', '.join(FORMATS)}.", format=fmt)
    try:
        if fmt == "docx":
            from desktop.services.minutes.docx_minutes import write_docx

            write_docx(t, out, template=template, with_times=with_times)
        elif fmt == "pdf":
            _write_pdf(t, out, template, with_times, pdf_converter, cancel)
        else:
            text = {"txt": lambda: to_txt(t, with_times), "srt": lambda: to_srt(t), "vtt": lambda: to_vtt(t),
                    "json": lambda: to_json(t)}[fmt]()
            atomic_write_text(out, text)
        _document_mode(out)
    except OSError as exc:
        raise ExportError(f"Could not write {out}: {exc.strerror or exc}.", path=str(out)) from None
    return out


def _document_mode(path: Path) -> None:
    """Exports are documents to share: readable as the umask allows, like any file a program saves (the
    atomic write's temp file is created 0600)."""
    import os

    if os.name != "posix":
        return
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def _write_pdf(t: Transcript, out: Path, template, with_times: bool, pdf_converter: str | None,
               cancel: CancelToken) -> None:
    import tempfile

    from desktop.services.common.pdf_convert import docx_to_pdf
    from desktop.services.minutes.docx_minutes import IPAEX_FONTS, write_docx

    with tempfile.TemporaryDirectory(prefix="tosei-minutes-pdf-", ignore_cleanup_errors=True) as tmp:
        docx = write_docx(t, Path(tmp) / "minutes.docx", template=template, with_times=with_times,
                          fonts=IPAEX_FONTS)  # the fonts LibreOffice has here
        docx_to_pdf(docx, out, soffice=pdf_converter, cancel=cancel)
