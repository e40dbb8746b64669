"""File actions of the 電子決裁 起案 page: export (.docx/JSON, PDF), hand-off to FAX-less send, record
verification and the file dialogs. A mixin of :class:`desktop.ui.approval.page.ApprovalPage`; its strings use
the page's translation context explicitly ("ApprovalPage"), as ``self.tr`` would at run time.

GUI thread only; export, conversion and verification run through ``ctx.jobs``.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop.services.approval import ApprovalRecord, Draft, export_draft, export_draft_pdf, verify_path
from desktop.services.approval.autosave import remember_drafter
from desktop.ui import pdf_errors
from desktop.ui.widgets.export_notice import notify_exported


class FileActions:
    """Needs from the page: ``ctx``, ``record``, ``draft``, ``current_draft()``, ``saver``, ``message``,
    ``send_button``, ``saved_path``, ``_dirty``, ``open_json()``, ``save_json()``."""

    # -- export / verify ---------------------------------------------------------------------------
    def export_to(self, path: Path):
        draft = Draft.from_dict(self.current_draft().to_dict())  # a copy the worker thread owns
        record_path = self.record.path
        return self.ctx.jobs.start(
            QCoreApplication.translate("ApprovalPage", "起案書の出力"),
            lambda progress, cancel: export_draft(draft, Path(path), record=ApprovalRecord(record_path)),
            lane="parallel", on_success=self._exported)

    def export_pdf_to(self, path: Path):
        """Word + JSON as :meth:`export_to`, then the PDF through LibreOffice, as one cancellable job."""
        draft = Draft.from_dict(self.current_draft().to_dict())
        record_path = self.record.path
        converter = self.ctx.settings.get("pdf_converter") or None
        stages = pdf_errors.stage_texts()
        return self.ctx.jobs.start(
            QCoreApplication.translate("ApprovalPage", "起案書のPDF出力"),
            lambda progress, cancel: export_draft_pdf(
                draft, Path(path), record=ApprovalRecord(record_path), soffice=converter,
                progress=pdf_errors.translated_progress(progress, stages), cancel=cancel),
            lane="parallel", on_success=self._exported)

    def _exported(self, result) -> None:
        self.last_export = result
        self.send_button.setEnabled(True)
        remember_drafter(self.draft.drafter)
        self.saved_path = result.json
        if not self._dirty:
            self.saver.discard(self.draft.draft_id)
        if result.pdf is not None:
            self.message.setText(QCoreApplication.translate("ApprovalPage", "PDFを出力しました: {pdf}（Word: {docx}、JSON: {json}）").format(
                pdf=result.pdf, docx=result.docx, json=result.json))
        else:
            self.message.setText(QCoreApplication.translate("ApprovalPage", "出力しました: {docx}（JSON: {json}）").format(docx=result.docx,
                                                                                  json=result.json))
        self.ctx.status(QCoreApplication.translate("ApprovalPage", "起案書を出力しました。"))
        notify_exported(self.ctx, [p for p in (result.pdf, result.docx, result.json) if p is not None])

    def _send_export(self) -> None:
        """Hand the exported PDF (when one was made, as 電子メール施行 sends PDF) or else the .docx to FAX-less
        send."""
        from desktop.ui import handoff

        if self.last_export is not None:
            path = Path(self.last_export.pdf or self.last_export.docx)
            handoff.request(self.ctx, handoff.ComposeSend((path,), self.draft.subject))

    def verify_file(self, path: Path):
        settings = self.ctx.settings
        return self.ctx.jobs.start(QCoreApplication.translate("ApprovalPage", "記録の検証"),
                                   lambda progress, cancel: _verify_any(Path(path), settings),
                                   lane="parallel", on_success=self._verified)

    def _verified(self, result) -> None:
        if hasattr(result, "signatures"):      # a signed PDF / circulated record
            if result.ok:
                self.message.setText(QCoreApplication.translate(
                    "ApprovalPage", "署名と決裁の記録は正しく検証されました（決裁 {d} 件、PDF の署名 {s} 件）。").format(
                    d=result.decisions, s=result.signatures))
            else:
                self.message.setText(QCoreApplication.translate(
                    "ApprovalPage", "署名または決裁の記録に問題があります: {problems}").format(
                    problems="; ".join(result.problems)))
            return
        if result.ok:
            self.message.setText(QCoreApplication.translate("ApprovalPage", "記録は改ざんされていません（{n} 行を確認）。").format(n=result.checked))
        else:
            where = "" if result.broken_at is None else QCoreApplication.translate("ApprovalPage", "行 {n}: ").format(n=result.broken_at)
            self.message.setText(QCoreApplication.translate("ApprovalPage", "記録に問題があります。最初の不整合 — {where}{reason}").format(
                where=where, reason=result.reason))

    # -- dialogs -----------------------------------------------------------------------------------
    def _suggested_name(self, suffix: str) -> str:
        stem = (self.draft.subject or QCoreApplication.translate("ApprovalPage", "起案"))[:40].replace("/", "_").replace("\\", "_")
        return str(self.ctx.work_folder() / f"{stem}{suffix}")

    def _ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("ApprovalPage", "起案ファイルを開く"), str(self.ctx.work_folder()),
                                              QCoreApplication.translate("ApprovalPage", "起案 JSON (*.json)"))
        if name:
            self.open_json(Path(name))

    def _ask_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ApprovalPage", "JSON保存"), str(self.saved_path or
                                              self._suggested_name(".json")), QCoreApplication.translate("ApprovalPage", "起案 JSON (*.json)"))
        if name:
            self.save_json(Path(name))

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ApprovalPage", "Word出力"), self._suggested_name(".docx"),
                                              QCoreApplication.translate("ApprovalPage", "Word 文書 (*.docx)"))
        if name:
            self.export_to(Path(name if name.lower().endswith(".docx") else name + ".docx"))

    def _ask_export_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ApprovalPage", "PDF出力"), self._suggested_name(".pdf"),
                                              QCoreApplication.translate("ApprovalPage", "PDF 文書 (*.pdf)"))
        if name:
            self.export_pdf_to(Path(name if name.lower().endswith(".pdf") else name + ".pdf"))

    def _ask_verify(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("ApprovalPage", "検証するファイル"), str(self.ctx.work_folder()),
                                              QCoreApplication.translate("ApprovalPage", "起案書・記録 (*.pdf *.docx *.json *.sqlite);;すべて (*)"))
        if name:
            self.verify_file(Path(name))


def _verify_any(path: Path, settings):
    """A signed 起案書 PDF of a circulation (no chain head beside it): PAdES + signed decisions against the
    bureau CA; anything else: the local record (:func:`verify_path`). Runs on a worker thread."""
    if path.is_file() and path.suffix.lower() == ".pdf" and not Path(str(path) + ".chain.json").is_file():
        from desktop.services.approval.signing import ca_path, load_ca
        from desktop.services.approval.verify_signed import verify_circulated

        ca = ca_path(settings)
        if ca is not None:
            events = path.parents[2] / "events" if path.parent.name == "pdf" else None
            return verify_circulated(path, events if events is not None and events.is_dir() else None, load_ca(ca))
    return verify_path(path)
