"""Word (.docx) → PDF through LibreOffice, headless (offices send and file 起案書 and 議事録 as PDF).

``find_soffice`` locates LibreOffice's ``soffice`` (an explicit path from the ``pdf_converter`` setting, else
PATH, else the usual Windows/macOS/Linux install folders). ``docx_to_pdf`` runs
``soffice --headless --convert-to pdf`` with

* a private user profile (``-env:UserInstallation``) in a fresh temp dir, so two conversions at once (or a
  LibreOffice the user has open) never share one — a shared profile makes the second conversion fail;
* the Word import filter forced (``--infilter``), so a damaged .docx fails instead of being imported as
  plain text;
* output into that temp dir, then moved into place atomically: an existing PDF is replaced only on success;
* the whole process tree killed (``oosplash`` → ``soffice.bin``) on cancel or timeout.

Failures raise typed errors: :class:`ConverterNotFound`, :class:`ConversionFailed` (with LibreOffice's
output tail), :class:`ConversionTimedOut`; cancel raises :class:`~desktop.services.errors.Cancelled`.
Blocking; call from a worker thread or the CLI, never the GUI thread.
"""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.services.common.atomic import atomic_output_path
from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress
from desktop.services.errors import Cancelled, ToseiError

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 120.0
INSTALL_HINT = ("Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; Windows/macOS: "
                "the installer from the LibreOffice project) or set the path of soffice in Settings "
                "(PDF converter).")
WORD_FILTER = "MS Word 2007 XML"
_NOISE = ("javaldx", "java may not function")


class PdfConvertError(ToseiError):
    """Base of PDF conversion failures."""

    code = "pdf.error"


class ConverterNotFound(PdfConvertError):
    """LibreOffice (soffice) is not installed, or the configured path does not exist."""

    code = "pdf.not_installed"


class ConversionFailed(PdfConvertError):
    """LibreOffice ran but produced no PDF (damaged document, unreadable file, crash)."""

    code = "pdf.failed"


class ConversionTimedOut(PdfConvertError):
    """LibreOffice did not finish within the time limit (it was stopped)."""

    code = "pdf.timeout"


def _candidates() -> list[Path]:
    names = ["soffice.exe", "soffice.com"] if sys.platform == "win32" else ["soffice", "libreoffice"]
    found = [Path(p) for p in (shutil.which(n) for n in names) if p]
    if sys.platform == "win32":
        roots = {os.environ.get(v) for v in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")}
        roots |= {r"C:\Program Files", r"C:\Program Files (x86)"}
        found += [Path(r) / "LibreOffice" / "program" / "soffice.exe" for r in sorted(x for x in roots if x)]
    elif sys.platform == "darwin":
        found += [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
                  Path.home() / "Applications/LibreOffice.app/Contents/MacOS/soffice"]
    else:
        found += [Path("/usr/lib/libreoffice/program/soffice"), Path("/usr/local/bin/soffice"),
                  Path("/snap/bin/libreoffice"), *sorted(Path("/opt").glob("libreoffice*/program/soffice"))]
    return found


def _program_in(path: Path) -> Path | None:
    """``path`` itself if it is a program file, or soffice inside a LibreOffice install folder."""
    if path.is_file():
        return path
    if path.is_dir():
        exe = "soffice.exe" if sys.platform == "win32" else "soffice"
        for sub in (exe, f"program/{exe}", f"Contents/MacOS/{exe}"):
            if (path / sub).is_file():
                return path / sub
    return None


def find_soffice(explicit: str | os.PathLike | None = None) -> Path | None:
    """The LibreOffice program to run, or None.

    ``explicit`` (the ``pdf_converter`` setting: a soffice file or a LibreOffice folder) is authoritative:
    when given and not found, None is returned rather than silently using another install.
    """
    if explicit and str(explicit).strip():
        return _program_in(Path(str(explicit).strip()).expanduser())
    for path in _candidates():
        if path.is_file():
            return path
    return None


def require_soffice(explicit: str | os.PathLike | None = None) -> Path:
    """Like :func:`find_soffice` but raises :class:`ConverterNotFound` with what to do."""
    exe = find_soffice(explicit)
    if exe is not None:
        return exe
    if explicit and str(explicit).strip():
        raise ConverterNotFound(f"The PDF converter set in Settings was not found: {explicit}. "
                                f"Correct the path or leave it empty to find LibreOffice automatically.",
                                path=str(explicit))
    raise ConverterNotFound(f"LibreOffice is not installed, so no PDF can be made. {INSTALL_HINT}", path="")


def docx_to_pdf(docx: Path, out_pdf: Path, *, soffice: str | os.PathLike | None = None,
                timeout: float = DEFAULT_TIMEOUT, progress: Progress = NO_PROGRESS,
                cancel: CancelToken = NEVER) -> Path:
    """Convert ``docx`` to ``out_pdf`` with LibreOffice; return ``out_pdf``.

    ``soffice``: the program or install folder (None/"" = find it). ``out_pdf`` is replaced only when the
    conversion succeeds; nothing is left behind on failure, timeout or cancel.
    """
    docx, out_pdf = Path(docx), Path(out_pdf)
    exe = require_soffice(soffice)
    if not docx.is_file():
        raise ConversionFailed(f"The document to convert does not exist: {docx}.", path=str(docx), detail="")
    cancel.raise_if_cancelled()
    progress(None, "converting to PDF")
    with tempfile.TemporaryDirectory(prefix="tosei-pdf-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        source = work / "in" / "document.docx"  # a plain copy: no odd names, the user's file never locked
        source.parent.mkdir()
        shutil.copyfile(docx, source)
        outdir = work / "out"
        cmd = [str(exe), f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--invisible",
               "--norestore", "--nologo", "--nodefault", "--nolockcheck", f"--infilter={WORD_FILTER}",
               "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), str(source)]
        output = work / "soffice.log"
        started = time.monotonic()
        with open(output, "wb") as log_fh:
            proc = _start(cmd, log_fh)
            log.info("PDF conversion of %s started (pid %s)", docx.name, proc.pid)
            try:
                while True:
                    try:
                        proc.wait(0.1)
                        break
                    except subprocess.TimeoutExpired:
                        pass
                    if cancel.cancelled:
                        _kill_tree(proc)
                        raise Cancelled()
                    if time.monotonic() - started > timeout:
                        _kill_tree(proc)
                        raise ConversionTimedOut(
                            f"LibreOffice did not finish converting {docx.name} to PDF within {timeout:g} s "
                            "and was stopped.", path=str(docx), seconds=timeout)
            finally:
                if proc.poll() is None:
                    _kill_tree(proc)
        tail = _tail(output)
        produced = outdir / "document.pdf"
        if proc.returncode != 0 or not _looks_like_pdf(produced):
            raise ConversionFailed(
                f"LibreOffice could not convert {docx.name} to PDF (exit code {proc.returncode}); the document "
                f"may be damaged or not a Word file. LibreOffice said: {tail or '(nothing)'}",
                path=str(docx), detail=tail, exitcode=proc.returncode)
        with atomic_output_path(out_pdf) as tmp_pdf:
            shutil.copyfile(produced, tmp_pdf)
    log.info("PDF written: %s (%.1f s)", out_pdf, time.monotonic() - started)
    progress(1.0, "done")
    return out_pdf


def _start(cmd: list[str], log_fh) -> subprocess.Popen:
    kwargs: dict = {"stdin": subprocess.DEVNULL, "stdout": log_fh, "stderr": subprocess.STDOUT}
    if sys.platform == "win32":
        kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
    else:
        kwargs["start_new_session"] = True  # its own process group: killpg reaches soffice.bin too
    try:
        return subprocess.Popen(cmd, **kwargs)
    except OSError as exc:
        raise ConverterNotFound(f"The PDF converter {cmd[0]} could not be started: {exc.strerror or exc}. "
                                f"{INSTALL_HINT}", path=cmd[0]) from None


def _kill_tree(proc: subprocess.Popen) -> None:
    """Kill the launcher and everything it started (``oosplash`` → ``soffice.bin``)."""
    import psutil

    procs = []
    with contextlib.suppress(psutil.Error):
        root = psutil.Process(proc.pid)
        procs = [root, *root.children(recursive=True)]
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            os.killpg(proc.pid, signal.SIGKILL)
    for p in procs:
        with contextlib.suppress(psutil.Error):
            p.kill()
    psutil.wait_procs(procs, timeout=5)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(5)
    log.info("PDF converter pid %s stopped", proc.pid)


def _looks_like_pdf(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False


def _tail(path: Path, limit: int = 600) -> str:
    try:
        text = path.read_bytes().decode("utf-8", "replace")
    except OSError:
        return ""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not any(n in ln for n in _NOISE)]
    return " | ".join(lines)[-limit:]
