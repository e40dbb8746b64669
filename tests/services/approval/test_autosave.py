"""Autosave survives a hard kill: a child process edits a draft through the service, is killed with SIGKILL,
and the next start finds the draft (with the last saved edit) for recovery."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

from desktop.services.approval import Autosaver, Draft

CHILD = textwrap.dedent("""
    import sys, time
    from desktop.services.approval import Autosaver, Drafter, draft_from_template
    saver = Autosaver()
    draft = draft_from_template("契約伺い", drafter=Drafter("山田太郎", "総務局総務部総務課"))
    print(draft.draft_id, flush=True)
    for i in range(1, 100000):
        draft.subject = f"庁舎清掃業務委託契約の締結について（第{i}稿）"
        saver.save(draft)
        if i == 25:
            print("saved", i, flush=True)
        time.sleep(0.01)
""")


def test_killed_process_leaves_a_recoverable_draft():
    proc = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        draft_id = proc.stdout.readline().strip()
        assert proc.stdout.readline().startswith("saved 25")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    found = Autosaver().recoverable()
    assert [r.draft.draft_id for r in found] == [draft_id]
    rec = found[0]
    assert rec.pid == proc.pid
    serial = int(rec.draft.subject.split("第")[1].split("稿")[0])
    assert serial >= 25, "at least the edit acknowledged before the kill survives"
    assert rec.draft.template == "契約伺い" and rec.draft.route.steps
    # no half-written temp file is mistaken for a draft
    assert all(p.suffix == ".json" for p in Autosaver().folder.glob("*.json"))


def test_discard_and_unchanged_drafts(make_draft, tmp_path):
    saver = Autosaver(tmp_path / "auto")
    draft = make_draft()
    assert saver.save(draft) is True
    assert saver.save(draft) is False, "nothing changed, nothing written"
    draft.body += "追記"
    assert saver.save(draft) is True
    assert saver.recoverable()[0].draft == draft
    saver.discard(draft.draft_id)
    assert saver.recoverable() == []


def test_corrupt_autosave_is_skipped_not_fatal(make_draft, tmp_path):
    saver = Autosaver(tmp_path / "auto")
    saver.save(make_draft())
    (saver.folder / "broken.json").write_text("{", encoding="utf-8")
    (saver.folder / "other.json").write_text(json.dumps({"autosave": 5}), encoding="utf-8")
    found = saver.recoverable()
    assert len(found) == 1 and isinstance(found[0].draft, Draft)
