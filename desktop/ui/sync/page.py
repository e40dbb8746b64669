"""The sync page. GUI thread only; the sync itself runs through ``ctx.jobs`` (lane "parallel").

Sections: the signed-in staff ID (sign in / sign out), the folders, last run, preview (dry run) and run with
progress/cancel, conflicts, the delete-guard question, and a log. A QTimer runs a sync every
``sync_interval_minutes`` while the app is open (0: off).
"""
from __future__ import annotations

import logging
import time
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QProgressBar, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from desktop.services.sync.errors import DeleteGuardTriggered
from desktop.services.sync.profile_config import load_last_run, sync_dir
from desktop.ui.sync.account_box import AccountBox
from desktop.services.sync.names import natural_key
from desktop.ui.jobs import show_fraction
from desktop.ui.progress_text import translate_progress
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.sync.conflict_panel import ConflictPanel
from desktop.ui.sync.job import run_sync_job
from desktop.ui.sync.log_text import log_line_text
from desktop.ui.sync.texts import MOVED_FROM, OP_TEXT, REASON_TEXT, server_state_for  # noqa: F401 (re-exported)
from desktop.ui.widgets.retranslate import Retranslating

log = logging.getLogger(__name__)

GUARD_SAMPLE = 5

_PENDING = object()
_GUARD = object()


class SyncPage(Retranslating, QWidget):
    run_finished = Signal(object)   # after each run: SyncResult, the exception, or None (cancelled/stopped)

    def __init__(self, ctx, profile: str = "default", parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.profile = ctx, profile
        self.setObjectName("syncPage")
        self.handle = None
        self.guard_box: QMessageBox | None = None
        self.last_result = None
        self._outcome = _PENDING

        self.account = AccountBox(profile, self, ctx)
        self.account.changed.connect(self._account_changed)
        self.check_handle = None
        self._check_running = self._check_again = False
        self._checked_once = False

        self.folder_group = QGroupBox()
        form = QFormLayout(self.folder_group)
        self.local_label = ElidedLabel(max_chars=60)  # a long folder path must not widen the window
        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setObjectName("syncEndpoint")
        self.root_edit = QLineEdit()
        self.root_edit.setObjectName("syncRoot")
        self.interval_label = QLabel()
        self.local_caption, self.endpoint_caption, self.root_caption = QLabel(), QLabel(), QLabel()
        local_row = QHBoxLayout()                 # 自動同期 beside the local folder: a line less
        local_row.addWidget(self.local_label, 1)
        local_row.addWidget(self.interval_label)
        form.addRow(self.local_caption, local_row)
        form.addRow(self.endpoint_caption, self.endpoint_edit)
        form.addRow(self.root_caption, self.root_edit)
        self.endpoint_edit.editingFinished.connect(self._endpoint_entered)
        self.endpoint_edit.textChanged.connect(self._update_buttons)   # enable as soon as an address is typed
        self.root_edit.editingFinished.connect(lambda: self._save_setting("cloud_root", self.root_edit))

        self.last_run_label = QLabel()
        self.last_run_label.setWordWrap(True)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("syncPreview")
        self.run_button = QPushButton()
        self.run_button.setObjectName("syncRun")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.setEnabled(False)
        self.preview_button.clicked.connect(lambda: self.start(dry_run=True))
        self.run_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.run_button, self.cancel_button):
            buttons.addWidget(b)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        buttons.addWidget(self.progress, 1)     # the bar beside the buttons and the last run after it: two lines
        buttons.addWidget(self.last_run_label, 1)  # less, so that the page fits 1366×768 in 会議室モード
        self.status_label = ElidedLabel(max_chars=60, hide_when_empty=True)  # 「アップロード中: <long path>」

        self.tabs = QTabWidget()
        self.plan_table = QTableWidget(0, 3)
        self.plan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_table.verticalHeader().setVisible(False)
        self.plan_table.setWordWrap(False)
        plan_header = self.plan_table.horizontalHeader()
        plan_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        plan_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        plan_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_page = ConflictPanel(self.ctx.work_folder, lambda: sync_dir() / "trash" / self.profile)
        self.conflict_list = self.conflict_page.list
        self.conflict_hint = self.conflict_page.hint
        self.open_folder_button = self.conflict_page.open_folder_button
        self.conflict_page.changed.connect(self._update_conflict_tab)
        self.conflict_page.settled.connect(self._conflict_settled)
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.tabs.addTab(self.plan_table, "")
        self.tabs.addTab(self.conflict_page, "")
        self.tabs.addTab(self.log_view, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.account)
        layout.addWidget(self.folder_group)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self._periodic)
        self.retranslate()
        self.refresh()

    # -- texts --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.folder_group.setTitle(self.tr("フォルダー"))
        self.local_caption.setText(self.tr("この端末の作業フォルダー"))
        self.endpoint_caption.setText(self.tr("クラウドのアドレス（WebDAV）"))
        self.root_caption.setText(self.tr("クラウドのフォルダー"))
        self.endpoint_edit.setAccessibleName(self.tr("クラウドのアドレス（WebDAV）"))
        self.root_edit.setAccessibleName(self.tr("クラウドのフォルダー"))
        self.local_label.setAccessibleName(self.tr("この端末の作業フォルダー"))
        self.preview_button.setText(self.tr("変更内容を確認（プレビュー）"))
        self.run_button.setText(self.tr("今すぐ同期"))
        self.cancel_button.setText(self.tr("キャンセル"))
        for b in (self.preview_button, self.run_button, self.cancel_button):
            b.setAccessibleName(b.text())
        self.progress.setAccessibleName(self.tr("同期の進み具合"))
        self.plan_table.setHorizontalHeaderLabels([self.tr("操作"), self.tr("ファイル"), self.tr("理由")])
        self.plan_table.setAccessibleName(self.tr("同期の予定"))
        self.log_view.setAccessibleName(self.tr("同期のログ"))
        self.tabs.setTabText(0, self.tr("予定・結果"))
        self._update_conflict_tab()
        self.tabs.setTabText(2, self.tr("ログ"))
        self.tabs.setAccessibleName(self.tr("同期の詳細"))
        self.last_run_label.setAccessibleName(self.tr("前回の同期"))
        self._update_last_run()
        self._update_interval()


    def op_text(self, op: str) -> str:
        return self.tr(OP_TEXT.get(op, op))

    def reason_text(self, reason: str) -> str:
        if reason.startswith(MOVED_FROM):
            return self.tr("{old} から名前変更・移動").format(old=reason[len(MOVED_FROM):])
        return self.tr(REASON_TEXT[reason]) if reason in REASON_TEXT else reason

    def _update_conflict_tab(self) -> None:
        n = self.conflict_page.count()
        self.tabs.setTabText(1, self.tr("競合 ({n})").format(n=n) if n else self.tr("競合"))

    def _conflict_settled(self, text: str) -> None:
        self.status_label.setText(text)
        self.add_log(text)

    def open_work_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.work_folder())))

    # -- state --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        s = self.ctx.settings
        self.local_label.setText(str(self.ctx.work_folder()))
        for key, edit in (("cloud_endpoint", self.endpoint_edit), ("cloud_root", self.root_edit)):
            edit.setText(str(s.get(key)))
            edit.setReadOnly(s.is_locked(key))
        self.account.refresh()
        self._update_last_run()
        self._update_interval()
        self._update_buttons()

    def _save_setting(self, key: str, edit: QLineEdit) -> None:
        if not self.ctx.settings.is_locked(key) and edit.text().strip() != self.ctx.settings.get(key):
            self.ctx.settings.set(key, edit.text().strip())

    def _update_last_run(self) -> None:
        last = load_last_run(self.profile)
        if not last:
            self.last_run_label.setText(self.tr("前回の同期: まだありません"))
            return
        when = datetime.fromtimestamp(last["finished"]).strftime("%Y-%m-%d %H:%M")
        done = ", ".join(f"{self.op_text(k)} {v}" for k, v in last["done"].items() if k in OP_TEXT)
        text = self.tr("前回の同期: {when}　{done}").format(when=when, done=done or self.tr("変更なし"))
        if last.get("failed"):
            text += self.tr("（{n}件は次回に持ち越し）").format(n=len(last["failed"]))
        self.last_run_label.setText(text)

    def _update_interval(self) -> None:
        minutes = int(self.ctx.settings.get("sync_interval_minutes") or 0)
        if minutes > 0:
            self.interval_label.setText(self.tr("自動同期: {n}分ごと（アプリを開いている間）").format(n=minutes))
            if self.timer.interval() != minutes * 60_000 or not self.timer.isActive():
                self.timer.start(minutes * 60_000)
        else:
            self.interval_label.setText(self.tr("自動同期: オフ（設定で変更できます）"))
            self.timer.stop()

    def _update_buttons(self) -> None:
        running = self.handle is not None
        ready = self.account.signed_in and bool(self.endpoint_edit.text().strip())
        self.preview_button.setEnabled(ready and not running)
        self.run_button.setEnabled(ready and not running)
        self.cancel_button.setEnabled(running)
        self.account.setEnabled(not running)
        self.conflict_page.set_busy(running)

    # -- is the sign-in real? -------------------------------------------------------------------------
    def _account_changed(self) -> None:
        for key, edit in (("cloud_endpoint", self.endpoint_edit), ("cloud_root", self.root_edit)):
            self._save_setting(key, edit)          # what was typed before signing in is kept
        self.refresh()
        self.check_server()

    def _endpoint_entered(self) -> None:
        before = self.ctx.settings.get("cloud_endpoint")
        self._save_setting("cloud_endpoint", self.endpoint_edit)
        if self.ctx.settings.get("cloud_endpoint") != before or self.account.server_state in ("unknown", "no_address"):
            self.check_server()

    def check_server(self) -> None:
        """Contact the server with the stored sign-in (off the GUI thread); the account box says what it said.
        Asked again while a check runs (a new address), it checks once more when that one ends."""
        if not self.account.signed_in:
            return
        if self._check_running:
            self._check_again = True
            return
        endpoint = self.endpoint_edit.text().strip()
        if not endpoint:
            self.account.set_server_state("no_address")
            return
        from desktop.services.sync.connection_check import check_connection

        self._check_running, self._check_again = True, False
        self.account.set_server_state("checking")
        self.check_handle = self.ctx.jobs.start(
            self.tr("サーバーに接続を確認"), lambda progress, cancel: check_connection(self.profile, endpoint),
            lane="parallel", on_success=lambda when: self._check_done("ok", when),
            on_failure=self._check_failed, on_cancel=lambda: self._check_done("unknown", None), show_errors=False)

    def _check_failed(self, exc: BaseException) -> None:
        from desktop.ui.errors import describe

        self.add_log(describe(exc))
        self._check_done(server_state_for(exc), time.time())

    def _check_done(self, state: str, when: float | None) -> None:
        self._check_running = False
        if self._check_again:                   # the address changed meanwhile: this answer is stale
            self.check_server()
            return
        self.account.set_server_state(state, when)

    def showEvent(self, event) -> None:
        if self.handle is None:
            self.conflict_page.reload()     # conflicts settled or made elsewhere (Explorer, another window)
        if not self._checked_once:          # the first time the page is shown: is the saved sign-in still good?
            self._checked_once = True
            self.check_server()
        super().showEvent(event)

    def add_log(self, line: str) -> None:
        self.log_view.appendPlainText(f"{time.strftime('%H:%M:%S')} {line}")

    # -- running ------------------------------------------------------------------------------------
    def _periodic(self) -> None:
        if self.handle is None and self.guard_box is None and self.account.signed_in:
            self.add_log(self.tr("自動同期を開始します"))
            self.start(dry_run=False)

    def start(self, dry_run: bool, delete_policy: str = "ask") -> None:
        if self.handle is not None:
            return
        self._save_setting("cloud_endpoint", self.endpoint_edit)
        self._save_setting("cloud_root", self.root_edit)
        s = self.ctx.settings
        kwargs = dict(profile=self.profile, endpoint=s.get("cloud_endpoint"), remote_root=s.get("cloud_root"),
                      local_root=self.ctx.work_folder(), delete_threshold=float(s.get("sync_delete_threshold")),
                      dry_run=dry_run, delete_policy=delete_policy)
        title = self.tr("同期のプレビュー") if dry_run else self.tr("クラウド同期")
        self.progress.setValue(0)
        self.status_label.setText(title)
        self.add_log(title)
        self.handle = self.ctx.jobs.start(
            title, lambda progress, cancel: run_sync_job(**kwargs, progress=progress, cancel=cancel),
            lane="parallel", on_success=self._succeeded, on_failure=self._failed, on_cancel=self._cancelled,
            show_errors=False)
        self.handle.progressed.connect(self._progressed)
        self.handle.finished.connect(self._finished)
        self._update_buttons()

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _progressed(self, fraction, message: str) -> None:
        show_fraction(self.progress, fraction)
        text = translate_progress(message)
        if text:
            self.status_label.setText(text)

    def _finished(self) -> None:
        self.handle = None
        self.progress.setRange(0, 1000)
        self._update_buttons()
        outcome, self._outcome = self._outcome, _PENDING
        if outcome is _GUARD:
            self.ask_delete_guard(self._guard)
        elif outcome is not _PENDING:   # nothing to report while the delete-guard question is open
            self.run_finished.emit(outcome)

    def _succeeded(self, result) -> None:
        self.last_result = result
        changes = sorted((a for a in result.actions if a.op.value not in ("record", "forget")),
                         key=lambda a: natural_key(a.path))
        self.plan_table.setRowCount(len(changes))
        for row, a in enumerate(changes):
            for col, text in enumerate((self.op_text(a.op.value), a.path, self.reason_text(a.reason))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.plan_table.setItem(row, col, item)
        for line in result.log:
            self.add_log(log_line_text(line))
        self.account.set_server_state("ok", time.time())      # the server answered the whole run
        self.conflict_page.reload()                            # this run's conflicts and any left from before
        if result.conflicts:
            self.tabs.setCurrentIndex(1)
        if result.dry_run:
            self.status_label.setText(self.tr("プレビュー: {n}件の変更があります").format(n=len(changes)))
            if result.delete_guard is not None:
                self.status_label.setText(self.status_label.text() + "\n" + self.tr(
                    "注意: {n}件が削除される予定です。同期を実行すると確認を求めます。").format(
                    n=result.delete_guard.count))
        else:
            self.progress.setValue(1000)
            self.status_label.setText(self.tr("同期が完了しました") if result.complete else
                                      self.tr("同期が完了しました（{n}件は次回に持ち越し）").format(n=len(result.failed)))
            self.ctx.status(self.status_label.text())
        self._update_last_run()
        self._outcome = result

    def _cancelled(self) -> None:
        self.status_label.setText(self.tr("キャンセルしました。完了したファイルは記録済みです。"))
        self.add_log(self.status_label.text())
        self._outcome = None

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DeleteGuardTriggered):
            self._outcome = _GUARD
            self._guard = exc     # asked once the job has fully finished (see _finished)
            return
        from desktop.ui.errors import describe, show_error

        state = server_state_for(exc)
        if state in ("rejected", "unreachable"):
            self.account.set_server_state(state, time.time())
        self.status_label.setText(self.tr("同期できませんでした"))
        self.add_log(describe(exc))
        show_error(self, self.tr("クラウド同期"), exc)
        self._outcome = exc

    def ask_delete_guard(self, guard: DeleteGuardTriggered) -> None:
        p = guard.params
        reason = {"remote_empty": self.tr("クラウドのフォルダーが空になっています。"),
                  "local_empty": self.tr("この端末の作業フォルダーが空になっています。")}.get(
            p["reason"], self.tr("多くのファイルが削除されています。"))
        box = QMessageBox(self)
        box.setObjectName("syncDeleteGuard")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("削除の確認"))
        box.setText(reason + "\n" + self.tr("同期すると{n}件（同期済み{total}件中）が削除されます。まだ何も変更していません。")
                    .format(n=guard.count, total=p["tracked"]))
        details = [self.tr("サーバーから削除: ") + x for x in p["remote_deletes"]]
        details += [self.tr("この端末でごみ箱へ: ") + x for x in p["local_deletes"]]
        sample = "\n".join("・" + line for line in details[:GUARD_SAMPLE])
        if len(details) > GUARD_SAMPLE:
            sample += "\n" + self.tr("ほか {n} 件（詳細ボタンで全件を表示）").format(n=len(details) - GUARD_SAMPLE)
        box.setInformativeText(sample + "\n\n" + self.tr(
            "心当たりがなければ「すべて残す」を選んでください。消えたファイルは反対側から戻します。"))
        box.setDetailedText("\n".join(details[:500]))
        self.guard_delete = box.addButton(self.tr("削除する"), QMessageBox.ButtonRole.DestructiveRole)
        self.guard_keep = box.addButton(self.tr("すべて残す（削除されたファイルを戻す）"),
                                        QMessageBox.ButtonRole.AcceptRole)
        self.guard_later = box.addButton(self.tr("今回は同期しない"), QMessageBox.ButtonRole.RejectRole)
        for b in (self.guard_delete, self.guard_keep, self.guard_later):
            b.setAccessibleName(b.text())
        box.setDefaultButton(self.guard_keep)
        box.setEscapeButton(self.guard_later)
        box.buttonClicked.connect(self._guard_answered)
        self.guard_box = box
        self.add_log(str(guard))
        self.status_label.setText(self.tr("削除の確認を待っています"))
        box.open()

    def _guard_answered(self, button) -> None:
        box, self.guard_box = self.guard_box, None
        if box is not None:
            box.deleteLater()
        if button is self.guard_delete:
            self.add_log(self.tr("削除を承認しました"))
            self.start(dry_run=False, delete_policy="delete")
        elif button is self.guard_keep:
            self.add_log(self.tr("すべて残します"))
            self.start(dry_run=False, delete_policy="keep")
        else:
            self.status_label.setText(self.tr("同期を中止しました。何も変更していません。"))
            self.run_finished.emit(None)
