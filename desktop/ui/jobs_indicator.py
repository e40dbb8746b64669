"""Status-bar indicator of running jobs: count, the current job's progress, and Cancel.

Appears ~0.5 s after a job starts (short jobs do not flash it) and refreshes on a timer, so a flood of
progress signals costs nothing. GUI thread only.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.ui.jobs import JobHandle, JobRunner, show_fraction
from desktop.ui.progress_text import translate_progress
from desktop.ui.widgets.retranslate import Retranslating

SHOW_AFTER_S = 0.5


class JobsIndicator(Retranslating, QWidget):
    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setObjectName("jobsIndicator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("jobsLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName("jobsProgress")
        self.bar.setMaximumWidth(220)
        self.bar.setRange(0, 1000)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("jobsCancel")
        self.cancel_button.clicked.connect(self.cancel_current)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.refresh)
        runner.jobs_changed.connect(self._jobs_changed)
        self.retranslate()
        self.refresh()

    def current(self) -> JobHandle | None:
        active = self.runner.active
        return active[0] if active else None

    def cancel_current(self) -> None:
        job = self.current()
        if job:
            job.cancel()
            self.label.setText(self.tr("キャンセル中: {title}").format(title=job.title))

    def _jobs_changed(self) -> None:
        if self.runner.active:
            self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        job = self.current()
        count = len(self.runner.active)
        if job is None:
            self.timer.stop()
            self.label.setText(self.tr("実行中のジョブはありません"))
            self.bar.hide()
            self.cancel_button.hide()
            return
        visible = time.monotonic() - job.started_at >= SHOW_AFTER_S
        self.bar.setVisible(visible)
        self.cancel_button.setVisible(visible)
        if job.token.cancelled:
            text = self.tr("キャンセル中: {title}").format(title=job.title)
        else:
            text = job.title if count == 1 else self.tr("{title} ほか{n}件").format(title=job.title, n=count - 1)
            message = translate_progress(job.message)
            if message:
                text += f" — {message}"
        self.label.setText(text)
        show_fraction(self.bar, job.fraction)
        self.bar.setAccessibleName(self.tr("進捗"))

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("キャンセル"))
        self.cancel_button.setAccessibleName(self.tr("実行中のジョブをキャンセル"))
        self.refresh() if hasattr(self, "timer") else None

