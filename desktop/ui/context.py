"""What every page gets: settings (resolved against the policy), the job runner, and the main window."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.services.settings import Settings
from desktop.ui.jobs import JobRunner


@dataclass
class AppContext:
    settings: Settings
    jobs: JobRunner
    window: Any = None  # the MainWindow (set once it exists)
    signin: Any = None  # the SignInController (desktop.ui.signin.controller.signin_controller creates it)

    def work_folder(self) -> Path:
        return self.settings.work_folder()

    def status(self, text: str, msecs: int = 5000) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(text, msecs)
