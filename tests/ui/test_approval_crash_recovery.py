"""Kill the app process after typing (SIGKILL, no shutdown); the next start offers the draft for recovery.

The child is a real page on the offscreen platform with its real 3-second autosave timer; the parent only waits
for the autosave file to appear, then kills the child.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtCore import Qt

from desktop.services.approval.autosave import autosave_dir

CHILD = textwrap.dedent("""
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from desktop.services.settings import Settings
    from desktop.ui.context import AppContext
    from desktop.ui.jobs import JobRunner
    from desktop.ui.approval import create_page
    page = create_page(AppContext(Settings(), JobRunner()))
    page.show()
    page.form.subject.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("停電時の庁舎非常用電源の点検について")
    QApplication.sendEvent(page.form.subject, event)
    print("typed", page.draft.draft_id, flush=True)
    app.exec()
""")


@pytest.mark.slow
def test_kill_after_typing_then_recovery_is_offered(qtbot, app_context):
    proc = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True,
                            env=os.environ.copy())
    try:
        line = proc.stdout.readline().split()
        assert line and line[0] == "typed", "child did not start"
        draft_id = line[1]
        target = autosave_dir() / f"{draft_id}.json"
        deadline = time.monotonic() + 30
        while not target.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        assert target.exists(), "the autosave timer never wrote the draft"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["autosave"]["draft"]["subject"] == "停電時の庁舎非常用電源の点検について"

    from desktop.ui.approval import create_page

    page = create_page(app_context)
    qtbot.addWidget(page)
    assert page.recovery.isVisibleTo(page)
    assert "停電時の庁舎非常用電源の点検について" in page.recovery_label.text()
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    assert page.form.subject.text() == "停電時の庁舎非常用電源の点検について"
    assert page.draft.draft_id == draft_id
    page.shutdown()
