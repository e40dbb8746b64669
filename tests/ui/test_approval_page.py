"""pytest-qt: new draft from a template → fill → validation messages (click focuses the field) → route editing
→ export → route simulation with the record; autosave recovery offered by a new page."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.services.approval import Autosaver, load_draft, read_back, verify_path


@pytest.fixture
def page(qtbot, app_context):
    from desktop.ui.approval import create_page

    widget = create_page(app_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def ime_type(widget, text):
    """Type Japanese as an input method commits it (QTest.keyClicks only handles ASCII)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def wait_job(qtbot, handle):
    """Wait for a JobRunner job (it may already be done: quick jobs finish before a signal could be awaited)."""
    qtbot.waitUntil(lambda: handle.done, timeout=20000)
    assert handle.error is None, handle.error


def problem_fields(page):
    page.revalidate()
    return [p.field for p in page.problems]


def click_problem(qtbot, page, field):
    for row in range(page.problem_list.count()):
        item = page.problem_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == field:
            rect = page.problem_list.visualItemRect(item)
            qtbot.mouseClick(page.problem_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return item.text()
    raise AssertionError(f"no problem listed for {field}")


def test_draft_fill_validate_route_export_and_simulate(qtbot, page, tmp_path):
    # new draft from a template
    page.template_box.setCurrentIndex(page.template_box.findText("契約伺い"))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.form.classification.currentText() == "契約"
    assert page.form.retention.currentText() == "5年"
    assert page.form.decision_type.currentText() == "部長専決"
    assert page.route_editor.table.rowCount() == 4

    # validation messages point at fields; clicking one focuses the field
    qtbot.waitUntil(lambda: "drafter.name" in [p.field for p in page.problems])
    assert page.problem_list.count() == len(page.problems) >= 2
    text = click_problem(qtbot, page, "drafter.name")
    assert "起案者" in text
    qtbot.waitUntil(lambda: page.form.drafter_name.hasFocus())

    # fill the form with the keyboard
    ime_type(page.form.drafter_name, "山田太郎")
    ime_type(page.form.drafter_section, "総務局総務部総務課")
    page.form.subject.clear()
    ime_type(page.form.subject, "庁舎清掃業務委託契約の締結について")
    page.form.retention.setCurrentText("30年")          # not allowed for 契約
    qtbot.waitUntil(lambda: "retention" in [p.field for p in page.problems])
    click_problem(qtbot, page, "retention")
    qtbot.waitUntil(lambda: page.form.retention.hasFocus())
    page.form.retention.setCurrentText("5年")

    # route editing: add a step, move it, make it decider (level mismatch shown), undo, remove
    editor = page.route_editor
    editor.select_step(1)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.table.rowCount() == 5 and editor.selected_row() == 2
    editor.table.item(2, 1).setText("課長代理")
    editor.table.item(2, 2).setText("佐藤五郎")
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [s.position for s in editor.steps()][:3] == ["担当係長", "課長代理", "課長"]
    qtbot.mouseClick(editor.decider_button, Qt.MouseButton.LeftButton)   # decider now step 2 (課長 level)
    fields = problem_fields(page)
    assert "decision_type" in fields and "route[1]" in fields        # level mismatch, decider not last
    click_problem(qtbot, page, "route[1]")
    assert page.tabs.currentIndex() == 1 and editor.selected_row() == 1
    editor.select_step(4)
    qtbot.mouseClick(editor.decider_button, Qt.MouseButton.LeftButton)
    editor.select_step(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.table.rowCount() == 4
    for row, name in ((0, "鈴木一郎"), (1, "高橋花子"), (3, "伊藤三郎")):
        editor.table.item(row, 2).setText(name)
    editor.table.item(3, 7).setText("副部長 中村")                      # 代決者 on the final step
    assert problem_fields(page) == []
    assert "問題は見つかりません" in page.problem_summary.text()

    # export .docx + JSON through the job runner
    out = tmp_path / "keiyaku.docx"
    wait_job(qtbot, page.export_to(out))
    back = read_back(out)
    assert back["fields"]["件名"] == "庁舎清掃業務委託契約の締結について"
    assert back["fields"]["起案者"] == "総務局総務部総務課 山田太郎"
    assert [c[1] for c in back["route"]] == ["担当係長", "課長", "合議（経理課長・契約課長）", "部長"]
    assert back["route"][3][0] == "決定権者" and "代決者 副部長 中村" in back["route"][3][3]
    assert load_draft(out.with_suffix(".json")) == page.current_draft()
    assert "出力しました" in page.message.text()

    # route simulation with the record
    page.tabs.setCurrentIndex(2)
    panel = page.route_panel
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert panel.member.isEnabled() and panel.member.count() == 2
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)      # 経理課長
    assert panel.member.count() == 1
    panel.send_back_target.setCurrentIndex(panel.send_back_target.findData(0))
    ime_type(panel.reason, "仕様書を添付してください")
    qtbot.mouseClick(panel.send_back_button, Qt.MouseButton.LeftButton)
    assert "経路 1" in panel.status.text()
    for _ in range(2):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert panel.delegate_button.isEnabled()
    qtbot.mouseClick(panel.delegate_button, Qt.MouseButton.LeftButton)
    assert "決裁済" in panel.status.text()
    actions = [panel.log.item(r, 2).text() for r in range(panel.log.rowCount())]
    assert actions == ["提出", "承認", "承認", "合議承認", "差戻し", "承認", "承認", "合議承認", "合議承認", "代決"]
    assert panel.log.item(4, 5).text().startswith("仕様書を添付してください")

    # the chain head beside the export follows the record; verification through the page
    assert verify_path(out).checked == 10
    wait_job(qtbot, page.verify_file(out))
    assert "改ざんされていません（10 行を確認）" in page.message.text()


def test_submit_refused_with_problems_lists_them(qtbot, page):
    page.form.subject.clear()
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.route_panel.submit_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == 0
    assert "提出できません" in page.message.text()
    assert page.route_panel.log.rowCount() == 0


def test_autosave_and_recovery_prompt(qtbot, app_context, page):
    ime_type(page.form.subject, "自動保存される件名")
    assert page._dirty
    page.autosave_now()                          # what the 3-second timer does
    assert "自動保存" in page.autosave_label.text()
    draft_id = page.draft.draft_id
    assert [r.draft.draft_id for r in Autosaver().recoverable()] == [draft_id]

    from desktop.ui.approval import create_page

    again = create_page(app_context)             # a new start (the old one "crashed" without shutdown)
    qtbot.addWidget(again)
    assert again.recovery.isVisibleTo(again)
    assert "自動保存される件名" in again.recovery_label.text()
    qtbot.mouseClick(again.recover_button, Qt.MouseButton.LeftButton)
    assert again.form.subject.text() == "自動保存される件名"
    assert again.draft.draft_id == draft_id
    assert not again.recovery.isVisibleTo(again)
    again.shutdown()


def test_attach_file_and_number(qtbot, page, tmp_path, app_context):
    doc = tmp_path / "見積書.pdf"
    doc.write_bytes(b"%PDF-1.4 estimate")
    wait_job(qtbot, page.attach_files([doc]))
    assert page.form.attachment_list.count() == 1
    assert page.current_draft().attachments[0].sha256 and "見積書.pdf" in page.form.attachment_list.item(0).text()
    page.allocate_number("総総")
    assert page.form.doc_number.text().endswith("総総第1号")
    doc.write_bytes(b"changed")
    assert "attachments[0]" in problem_fields(page)
    click_problem(qtbot, page, "attachments[0]")
    qtbot.waitUntil(lambda: page.form.attachment_list.hasFocus())


def test_page_switches_to_english(qtbot, page):
    from desktop.ui.i18n import apply_language

    try:
        apply_language("en")
        qtbot.waitUntil(lambda: page.new_button.text() == "New")
        assert page.route_editor.add_button.text() == "Add step"
        assert page.form.labels["subject"].text() == "Subject"
        page.form.subject.clear()
        page.revalidate()
        assert any(page.problem_list.item(r).text() == "Please enter the Subject."
                   for r in range(page.problem_list.count()))
    finally:
        apply_language("ja")
    qtbot.waitUntil(lambda: page.new_button.text() == "新規作成")


def test_route_editing_consultation_group_and_post_review(qtbot, page):
    page.template_box.setCurrentIndex(page.template_box.findText("一般起案"))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    ime_type(page.form.subject, "広報誌の発行について")
    ime_type(page.form.drafter_name, "山田太郎")
    ime_type(page.form.drafter_section, "総務局総務部総務課")
    editor = page.route_editor
    editor.select_step(0)
    qtbot.mouseClick(editor.add_group_button, Qt.MouseButton.LeftButton)
    assert editor.selected_row() == 1 and editor.table.cellWidget(1, 0).currentText() == "合議"
    assert "route[1]" in problem_fields(page)                  # a group without members
    editor.table.item(1, 4).setText("広報課長・法務課長、文書課長")
    editor.table.cellWidget(1, 5).setValue(2)
    step = editor.steps()[1]
    assert step.members == ["広報課長", "法務課長", "文書課長"] and step.required_approvals() == 2
    editor.table.cellWidget(1, 5).setValue(4)
    assert "route[1]" in problem_fields(page)                  # quorum larger than the group
    editor.table.cellWidget(1, 5).setValue(2)
    editor.table.item(2, 8).setCheckState(Qt.CheckState.Checked)   # 後閲 on 課長代理 (already on)
    editor.table.item(0, 7).setText("代理")                    # 代決者 on a non-final step
    assert "route[0]" in problem_fields(page)
    editor.table.item(0, 7).setText("")
    assert problem_fields(page) == []

    panel = page.route_panel
    page.ctx.settings.set("approval_section_code", "総総")
    assert page.form.doc_number.text() == ""
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    assert page.form.doc_number.text().endswith("総総第1号"), "numbered on submission"
    assert page.record.events(page.draft.draft_id)[0].detail["doc_number"] == page.form.doc_number.text()
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    panel.member.setCurrentText("法務課長")
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    panel.member.setCurrentText("文書課長")
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert panel.pass_button.isEnabled()                       # 課長代理 may be passed for 後閲
    qtbot.mouseClick(panel.pass_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert "決裁済" in panel.status.text() and "後閲待ち: 3" in panel.status.text()
    qtbot.mouseClick(panel.post_review_button, Qt.MouseButton.LeftButton)
    assert "後閲待ち" not in panel.status.text()
    consult = [panel.log.item(r, 3).text() for r in range(panel.log.rowCount())
               if panel.log.item(r, 2).text() == "合議承認"]
    assert consult == ["法務課長", "文書課長"]
