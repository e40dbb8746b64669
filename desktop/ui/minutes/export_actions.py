"""Export and hand-offs of the 議事録 page: write .docx/PDF/txt/srt/vtt/json as a job, then hand the minutes
to 電子決裁 (決定事項 → 起案) or FAX-less send. A mixin of :class:`desktop.ui.minutes.page.MinutesPage`; its
strings use the page's translation context explicitly ("MinutesPage"), as ``self.tr`` would at run time.
GUI thread only.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop.services.minutes.exporters import export
from desktop.ui import pdf_errors
from desktop.ui.minutes.texts import meeting_day, safe_file_name
from desktop.ui.widgets.export_notice import notify_exported


class ExportActions:
    """Needs from the page: ``ctx``, ``audio_path``, ``times_check``, ``meta_form``, ``last_export``,
    ``current_transcript()``, ``_update_actions()``."""

    def choose_export(self, fmt: str) -> None:
        t = self.current_transcript()
        base = t.meta.title or (self.audio_path.stem if self.audio_path else "minutes")
        default = self.ctx.work_folder() / f"{safe_file_name(base)}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MinutesPage", "書き出し"), str(default), f"*.{fmt}")
        if path:
            self.export_to(path, fmt)

    def export_to(self, path: str | Path, fmt: str | None = None):
        t, with_times, path = self.current_transcript(), self.times_check.isChecked(), Path(path)
        converter = self.ctx.settings.get("pdf_converter") or None
        if (fmt or path.suffix.lstrip(".")).lower() == "pdf":
            progress_text = pdf_errors.stage_texts()["converting to PDF"]
        else:
            progress_text = ""

        def work(progress, cancel):
            if progress_text:
                progress(None, progress_text)
            return export(t, path, fmt, with_times=with_times, pdf_converter=converter, cancel=cancel)
        return self.ctx.jobs.start(QCoreApplication.translate("MinutesPage", "書き出し: {name}").format(name=path.name), work,
                                   lane="parallel", on_success=self._exported)

    def _exported(self, path: Path) -> None:
        self.last_export = path
        self._update_actions()
        self.ctx.status(QCoreApplication.translate("MinutesPage", "{path} に書き出しました。").format(path=path))
        notify_exported(self.ctx, path)

    # -- hand-offs to other tools ------------------------------------------------------------------
    def start_approval(self) -> None:
        """Start an approval draft (電子決裁) from the 決定事項 of this meeting."""
        from desktop.ui import handoff

        meta = self.meta_form.meta()
        handoff.request(self.ctx, handoff.StartApproval(meta.title, tuple(meta.decisions), meeting_day(meta.datetime)))

    def send_last_export(self) -> None:
        from desktop.ui import handoff

        if self.last_export is not None:
            handoff.request(self.ctx, handoff.ComposeSend((self.last_export,), self.meta_form.meta().title))
