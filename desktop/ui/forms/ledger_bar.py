"""The review page's ledger bar: where confirmed records go, and writing them there.

Shows the current template's ledger file (the user's choice, remembered per template in ``ledgers.json``, or
``<work folder>/forms/<template>_台帳.xlsx``), a button to choose another one, and "台帳に書き出す" with the count of
confirmed records not yet written. :meth:`LedgerBar.export` appends them in a background job (one writer per
process; other programs are detected by the ledger itself, and a retry never duplicates rows). GUI thread only.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from desktop.services import paths
from desktop.services.common.atomic import atomic_write_text
from desktop.services.forms.ledger import default_ledger_path
from desktop.services.forms.review_store import ReviewStore, export_confirmed
from desktop.services.forms.template import Template
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.export_notice import notify_exported
from desktop.ui.widgets.retranslate import Retranslating

_export_lock = threading.Lock()


def _export(store_path: Path, tpl: Template, ledger: Path, date_format: str = "seireki") -> int:
    with _export_lock:  # one writer per process; other programs are detected by the ledger itself
        return export_confirmed(ReviewStore(store_path), tpl, ledger, date_format=date_format)


class LedgerBar(Retranslating, QWidget):
    def __init__(self, ctx, store: ReviewStore, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = store
        self.template: Template | None = None
        self._ledgers_file = paths.tool_data_dir("forms") / "ledgers.json"
        self.label = ElidedLabel(max_chars=60)  # a long ledger path must not widen the window
        self.choose_btn = QPushButton()
        self.choose_btn.clicked.connect(self._pick_ledger)
        self.export_btn = QPushButton()
        self.export_btn.clicked.connect(self.export)
        self.send_btn = QPushButton()
        self.send_btn.clicked.connect(self.send_ledger)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.choose_btn)
        lay.addWidget(self.export_btn)
        lay.addWidget(self.send_btn)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose_btn.setText(self.tr("台帳の場所…"))
        self.choose_btn.setAccessibleName(self.tr("台帳ファイルを選ぶ"))
        self.send_btn.setText(self.tr("台帳を送信…"))
        self.send_btn.setAccessibleName(self.tr("台帳を FAXレス送信 で送る"))
        self.refresh()


    def set_template(self, tpl: Template | None) -> None:
        self.template = tpl
        self.refresh()

    def refresh(self) -> None:
        """Show the ledger path and how many confirmed records still wait to be written."""
        path = self.ledger_path()
        self.label.setText(self.tr("台帳: {path}").format(path=path) if path else "")
        n = self.pending_count()
        self.export_btn.setText(self.tr("台帳に書き出す（未書き出し {n} 件）").format(n=n))
        self.export_btn.setAccessibleName(self.export_btn.text())
        self.export_btn.setEnabled(n > 0)
        self.send_btn.setEnabled(bool(path) and path.exists())

    def pending_count(self) -> int:
        return len(self.store.ledger_rows(str(self.template.path))) if self.template else 0

    # ---------------------------------------------------------------- where
    def _ledgers(self) -> dict:
        try:
            return json.loads(self._ledgers_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def ledger_path(self) -> Path | None:
        tpl = self.template
        if tpl is None:
            return None
        chosen = self._ledgers().get(str(tpl.path))
        return Path(chosen) if chosen else default_ledger_path(Path(self.ctx.work_folder()) / "forms", tpl)

    def set_ledger_path(self, path: Path) -> None:
        if self.template is None:
            return
        data = self._ledgers() | {str(self.template.path): str(path)}
        atomic_write_text(self._ledgers_file, json.dumps(data, ensure_ascii=False, indent=1))
        self.refresh()

    def _pick_ledger(self) -> None:
        current = self.ledger_path()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("台帳ファイル"), str(current or ""),
                                              self.tr("Excel ブック (*.xlsx);;CSV (*.csv)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.set_ledger_path(Path(path))

    # ---------------------------------------------------------------- writing
    def export(self):
        """Append the template's confirmed, not yet written records to its ledger (a job); None if none."""
        tpl, ledger = self.template, self.ledger_path()
        if tpl is None or ledger is None or not self.pending_count():
            return None
        store_path = self.store.path
        date_format = str(self.ctx.settings.get("forms_ledger_dates"))  # read here: settings are GUI-thread only
        return self.ctx.jobs.start(self.tr("台帳への書き出し"),
                                   lambda progress, cancel: _export(store_path, tpl, ledger, date_format),
                                   lane="parallel", on_success=lambda n: self._exported(n, ledger),
                                   on_failure=lambda _e: self.refresh())

    def send_ledger(self) -> None:
        """Hand the ledger file to FAX-less send as an attachment (the user still confirms everything)."""
        from desktop.ui import handoff

        ledger = self.ledger_path()
        if ledger is not None and ledger.exists() and self.ctx.window is not None:
            handoff.request(self.ctx, handoff.ComposeSend((ledger,), ledger.stem))

    def _exported(self, count: int, ledger: Path) -> None:
        self.refresh()
        if count:
            self.ctx.status(self.tr("台帳に {n} 件追加しました: {path}").format(n=count, path=ledger))
            notify_exported(self.ctx, ledger, self.tr("台帳に {n} 件追加しました: {name}").format(n=count, name=ledger.name))
