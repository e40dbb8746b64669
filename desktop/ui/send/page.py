"""FAXレス送信 page: tabs 作成 / 宛先帳 / 送信待ち / 送信記録. Owns one Outbox and one Directory (both
thread-safe SQLite wrappers) and starts the outbox runner on ctx.jobs' "parallel" lane whenever something was
confirmed, when the page opens (to resume after a crash) and on request. GUI thread only."""
from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.send.service import SendConfig, open_directory, open_outbox, run_outbox
from desktop.ui.context import AppContext
from desktop.ui.handoff import ComposeSend
from desktop.ui.send.compose_tab import ComposeTab
from desktop.ui.send.directory_tab import DirectoryTab
from desktop.ui.send.log_tab import LogTab
from desktop.ui.send.outbox_tab import OutboxTab
from desktop.ui.widgets.file_drop import enable_file_drop
from desktop.ui.widgets.retranslate import Retranslating

RUNNER_SLACK_SECONDS = 5
RESUME_CHECK_MS = 2000


class SendPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, start_runner: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("sendPage")
        self.ctx = ctx
        self.headless = os.environ.get("QT_QPA_PLATFORM") == "offscreen"
        self.outbox = open_outbox()
        self.directory = open_directory()
        self.runner = None
        self.closed = False
        self._auto_paused = False
        self._auto_run = False
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.tabs = QTabWidget()
        self.compose = ComposeTab(self)
        self.directory_tab = DirectoryTab(self)
        self.outbox_tab = OutboxTab(self)
        self.log_tab = LogTab(self)
        for tab in (self.compose, self.directory_tab, self.outbox_tab, self.log_tab):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.compose.queued.connect(self._queued)
        enable_file_drop(self, self._files_dropped, hint=lambda: self.tr("ドロップしたファイルを添付する"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()
        self.resume_timer = QTimer(self)
        self.resume_timer.setInterval(RESUME_CHECK_MS)
        self.resume_timer.timeout.connect(self._maybe_resume)
        if start_runner:
            self.resume_timer.start()
            if self.outbox.jobs(states=("held", "sending")):
                self.start_runner()        # resume what a crash or a closed window left behind

    def _files_dropped(self, paths) -> None:
        self.tabs.setCurrentWidget(self.compose)
        for path in paths:
            self.compose.add_attachment(path)
        self.compose.update_state()

    def shutdown(self) -> None:
        """Stop the refresh timer and close the databases (the runner job must be finished)."""
        self.closed = True
        self.outbox_tab.timer.stop()
        self.resume_timer.stop()
        self.outbox.close()

    def config(self) -> SendConfig:
        return SendConfig.from_settings(self.ctx.settings)

    def show_compose(self) -> None:
        self.tabs.setCurrentWidget(self.compose)

    def accept_handoff(self, request: ComposeSend) -> None:
        """The hand-off from another tool (see :mod:`desktop.ui.handoff`): files to attach in 作成."""
        self.show_compose()
        self.compose.receive(request.attachments, request.subject)

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.log_tab:
            self.log_tab.refresh()
        elif widget is self.outbox_tab:
            self.outbox_tab.refresh()
        elif widget is self.directory_tab:
            self.directory_tab.refresh()      # the CLI or another window may have changed the book

    def _queued(self, group: str) -> None:
        self.tabs.setCurrentWidget(self.outbox_tab)
        self.outbox_tab.refresh()
        self.start_runner()

    def runner_busy(self) -> bool:
        return self.runner is not None and not self.runner.done

    def start_runner(self, auto: bool = False) -> None:
        """Process the outbox in the background, waiting through the hold of what is queued.

        ``auto`` runs (the resume timer) show no error dialogs; a failed or cancelled run pauses them until
        the user sends something or presses "process now".
        """
        if self.runner_busy():
            return
        if not auto:
            self._auto_paused = False
        config = self.config()
        outbox = self.outbox
        wait = config.hold_seconds + RUNNER_SLACK_SECONDS
        self._auto_run = auto
        self.runner = self.ctx.jobs.start(
            self.tr("送信待ちを処理"),
            lambda progress, cancel: run_outbox(config, wait_seconds=wait, outbox=outbox, progress=progress,
                                                cancel=cancel),
            lane="parallel", on_success=self._runner_done, on_failure=self._runner_stopped,
            on_cancel=self._runner_stopped, show_errors=not auto)
        self.runner.finished.connect(self.outbox_tab.refresh)

    def _runner_stopped(self, *_) -> None:
        self._auto_paused = True

    def _maybe_resume(self) -> None:
        """Start the runner when held jobs come due (a second send confirmed during a run, retries)."""
        if self._auto_paused or self.runner_busy():
            return
        due = self.outbox.next_due()
        if due is not None and due <= time.time() + RUNNER_SLACK_SECONDS:
            self.start_runner(auto=True)

    def _runner_done(self, summary) -> None:
        self.outbox_tab.refresh()
        self.log_tab.refresh()
        if summary.sent or summary.failed or summary.uncertain:
            self.ctx.status(self.tr("送信 {sent} 件、失敗 {failed} 件、要確認 {uncertain} 件").format(
                sent=len(summary.sent), failed=len(summary.failed), uncertain=len(summary.uncertain)))
        if summary.stopped_by:
            from desktop.services.send.errors import TransportFailure
            from desktop.ui.errors import describe, show_error

            self._auto_paused = True
            error = summary.stopped_error or TransportFailure(summary.stopped_by)
            if self._auto_run:
                self.ctx.status(describe(error).split("\n")[0])
                return
            show_error(self, self.tr("送信"), error)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("FAXレス送信"))
        for tab, text in ((self.compose, self.tr("作成")), (self.directory_tab, self.tr("宛先帳")),
                          (self.outbox_tab, self.tr("送信待ち")), (self.log_tab, self.tr("送信記録"))):
            self.tabs.setTabText(self.tabs.indexOf(tab), text)
        self.tabs.setAccessibleName(self.tr("FAXレス送信の画面"))

