"""Tools feed each other: decisions → approval draft; an exported 起案書 → FAX-less send."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop.ui.handoff import ComposeSend, StartApproval, request


def test_decisions_start_an_approval_draft_and_the_export_goes_to_send(window, qtbot, tmp_path):
    page = request(window.ctx, StartApproval("第3回 総務課定例会議",
                                             ("会議室予約をシステム化する", "試行は7月から"), dt.date(2026, 11, 20)))
    assert window.stack.currentWidget() is page
    draft = page.current_draft()
    assert draft.subject == "第3回 総務課定例会議における決定事項の実施について"
    assert "会議室予約をシステム化する" in draft.body and "試行は7月から" in draft.body
    assert not page.send_button.isEnabled()

    handle = page.export_to(tmp_path / "kian.docx")
    qtbot.waitUntil(lambda: handle.done, timeout=20000)  # no race with a fast job
    assert (tmp_path / "kian.docx").exists()
    assert page.send_button.isEnabled()
    page.send_button.click()
    send_page = window.stack.currentWidget()
    assert send_page is window.pages["send"]
    assert [p.name for p in send_page.compose.attachment_list()] == ["kian.docx"]
    assert send_page.compose.subject.text() == draft.subject


def test_send_files_skips_missing_and_duplicate_files(window, tmp_path):
    ledger = tmp_path / "台帳.xlsx"
    ledger.write_bytes(b"PK\x03\x04 test")
    page = request(window.ctx, ComposeSend((ledger, tmp_path / "gone.pdf")))
    page = request(window.ctx, ComposeSend((ledger,), "台帳"))
    assert [p.name for p in page.compose.attachment_list()] == ["台帳.xlsx"]
    assert page.compose.subject.text() == "台帳"


def test_no_decisions_is_refused():
    with pytest.raises(ValueError):
        StartApproval("会議", ("", "  "))


def test_minutes_decisions_button_opens_an_approval_draft(window, qtbot):
    from desktop.services.minutes.transcript import MinutesMeta

    minutes = window.open_page("minutes")
    assert not minutes.approval_button.isEnabled()
    minutes.meta_form.set_meta(MinutesMeta(title="第2回 DX推進会議", datetime="令和8年11月20日 10:00",
                                           decisions=["電子決裁を全課で使う"]))
    assert minutes.approval_button.isEnabled()
    minutes.approval_button.click()
    approval = window.stack.currentWidget()
    assert approval is window.pages["approval"]
    draft = approval.current_draft()
    assert "第2回 DX推進会議" in draft.subject
    assert "令和8年11月20日開催" in draft.body and "電子決裁を全課で使う" in draft.body


def test_meeting_day_reads_wareki_and_seireki():
    from desktop.ui.minutes.texts import meeting_day

    assert meeting_day("令和8年11月20日 10:00") == dt.date(2026, 11, 20)
    assert meeting_day("2026/11/20") == dt.date(2026, 11, 20)
    assert meeting_day("来週のどこか") is None and meeting_day("") is None


def test_forms_ledger_can_be_sent(window, tmp_path):
    forms = window.open_page("forms")
    from desktop.ui.forms.ledger_bar import LedgerBar

    bar = forms.findChildren(LedgerBar)[0]
    ledger = tmp_path / "証明書交付申請書_台帳.xlsx"
    bar.set_ledger_path(ledger)
    assert not bar.send_btn.isEnabled()       # nothing written yet: nothing to send
    ledger.write_bytes(b"PK\x03\x04 ledger")
    bar.refresh()
    assert bar.send_btn.isEnabled()
    bar.send_btn.click()
    send_page = window.stack.currentWidget()
    assert send_page is window.pages["send"]
    assert [p.name for p in send_page.compose.attachment_list()] == [ledger.name]
