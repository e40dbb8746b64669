"""Shared fixtures of the approval service tests: complete drafts from each template and a private record.

``complete`` fills in what a drafter does before 提出: the subject, the numbered 記 items of the body and, for
every route step, the person (staff ID) who decides it. :func:`staff_for` gives the :class:`Staff` a step names.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop.services.approval import ApprovalRecord, draft_from_template
from desktop.services.approval.staff import Staff

TODAY = dt.date(2024, 6, 3)   # 令和6年度
TEMPLATE_NAMES = ("一般起案", "契約伺い", "支出負担行為", "事業計画")
APPROVERS = ("鈴木一郎", "高橋花子", "田中次郎", "伊藤三郎", "渡辺四郎")
DRAFTER = Staff("s1000001", "山田太郎", "yamada@example.metro.tokyo.jp", "総務局総務部総務課")


def person(name: str) -> Staff:
    """A staff member with a stable staff ID derived from the name (tests only)."""
    return Staff("s" + str(2000000 + sum(ord(c) for c in name)), name, "")


def fill_items(body: str) -> str:
    """Write something after every numbered 記 item that is still empty."""
    return re.sub(r"^(\s*\d+ \S+)$", r"\1　記載のとおり", body, flags=re.M)


def complete(draft):
    draft.subject = (draft.subject.replace("令和〇年度", "令和6年度").replace("〇〇", "庁舎清掃")
                     or "庁内会議室の予約方法の変更について")
    draft.body = fill_items(draft.body)
    for i, step in enumerate(draft.route.steps):
        if step.kind == "回議":
            step.name = APPROVERS[i % len(APPROVERS)]
            step.staff_id = person(step.name).staff_id
        else:
            step.member_ids = [person(m).staff_id for m in step.members]
    return draft


def staff_for(draft_or_state, index: int, member: str | None = None) -> Staff:
    """The staff member route step ``index`` names (for a 合議, the member ``member``)."""
    step = draft_or_state.route.steps[index] if hasattr(draft_or_state, "route") else draft_or_state.steps[index]
    if member is not None:
        return person(member)
    return Staff(step.staff_id, step.name)


@pytest.fixture
def make_draft():
    def make(template: str = "一般起案"):
        return complete(draft_from_template(template, drafter=DRAFTER.as_drafter("2345"), today=TODAY))
    return make


@pytest.fixture
def record(tmp_path):
    return ApprovalRecord(tmp_path / "record.sqlite")
