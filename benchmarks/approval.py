"""Approval tool figures: drafting/export speed, validation, record append and verification.

    .venv/bin/python benchmarks/approval.py [--rows 5000]

Runs in a temporary TOSEI_DESK_HOME; prints one line per measurement.
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000, help="record rows to append and verify")
    parser.add_argument("--exports", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TOSEI_DESK_HOME"] = tmp
        os.environ["TOSEI_DESK_POLICY"] = str(Path(tmp) / "none.toml")
        from desktop.services.approval import (ApprovalRecord, Autosaver, Drafter, RouteRun, draft_from_template,
                                               export_draft, validate, verify_path, verify_record)

        draft = draft_from_template("事業計画", drafter=Drafter("山田太郎", "総務局総務部総務課"))
        for step in draft.route.steps:
            step.name = step.name or "鈴木一郎"
        draft.body = draft.body + "\n".join(f"{i}　事業内容の説明文です。" * 3 for i in range(200))

        t = time.perf_counter()
        for _ in range(200):
            validate(draft)
        print(f"validate: {(time.perf_counter() - t) / 200 * 1000:.2f} ms per draft")

        saver = Autosaver()
        t = time.perf_counter()
        for i in range(50):
            draft.subject = f"事業計画の策定について（第{i}稿）"
            saver.save(draft)
        print(f"autosave (atomic write + fsync): {(time.perf_counter() - t) / 50 * 1000:.2f} ms per save")

        t = time.perf_counter()
        for i in range(args.exports):
            export_draft(draft, Path(tmp) / f"many{i}.docx", record=ApprovalRecord(Path(tmp) / "exports.sqlite"))
        print(f"export .docx+JSON (200-line body): {(time.perf_counter() - t) / args.exports * 1000:.1f} ms each")

        record = ApprovalRecord(Path(tmp) / "record.sqlite")
        export_draft(draft, Path(tmp) / "out0.docx", record=record)   # .docx + .json: two chain heads
        run = RouteRun(draft.draft_id, record)
        run.submit(draft)
        t = time.perf_counter()
        for i in range(args.rows):
            record.append(draft.draft_id, "approve", f"actor{i}", draft.state_hash(), step=0)
        dt_append = time.perf_counter() - t
        print(f"record append: {dt_append / args.rows * 1000:.2f} ms per row ({args.rows} rows, "
              "2 chain heads kept current)")
        t = time.perf_counter()
        result = verify_record(record.path)
        print(f"verify_record: {result.checked} rows in {(time.perf_counter() - t) * 1000:.0f} ms -> {result.ok}")
        t = time.perf_counter()
        result = verify_path(Path(tmp) / "out0.docx")
        print(f"verify_path(export): {(time.perf_counter() - t) * 1000:.0f} ms -> {result.ok}")


if __name__ == "__main__":
    main()
