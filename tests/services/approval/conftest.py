"""Shared fixtures of the approval service tests: complete drafts from each template and a private record."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop.services.approval import ApprovalRecord, Drafter, draft_from_template

TODAY = dt.date(2024, 6, 3)   # 令和6年度
TEMPLATE_NAMES = ("一般起案", "契約伺い", "支出負担行為", "事業計画")
APPROVERS = ("鈴木一郎", "高橋花子", "田中次郎", "伊藤三郎", "渡辺四郎")


def complete(draft):
    """Fill what a drafter types: subject (if the template leaves it empty) and approver names."""
    draft.subject = draft.subject or "庁内会議室の予約方法の変更について"
    for i, step in enumerate(draft.route.steps):
        if step.kind == "回議":
            step.name = APPROVERS[i % len(APPROVERS)]
    return draft


@pytest.fixture
def make_draft():
    def make(template: str = "一般起案"):
        return complete(draft_from_template(template, drafter=Drafter("山田太郎", "総務局総務部総務課", "2345"),
                                            today=TODAY))
    return make


@pytest.fixture
def record(tmp_path):
    return ApprovalRecord(tmp_path / "record.sqlite")
