"""pytest-qt: new draft from a template → fill → validation messages (click focuses the field) → route editing
→ export → route simulation with the record; autosave recovery offered by a new page."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.services.approval import Autosaver, load_draft, read_back, verify_path
from desktop.services.approval.staff import Staff


@pytest.fixture
def page(qtbot, app_context):
    from desktop.ui.approval import create_page

    widget = create_page(app_context)
    widget.route_panel.confirm = Confirmations()   # a modal dialog would block the test
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


YAMADA = Staff("s1000001", "山田太郎", "yamada@example.metro.tokyo.jp", "総務局総務部総務課")
SUZUKI = Staff("s2000011", "鈴木一郎")      # 担当係長
TAKAHASHI = Staff("s2000012", "高橋花子")   # 課長
KEIRI, KEIYAKU = Staff("s2000021", "経理課長 小林"), Staff("s2000022", "契約課長 加藤")
ITO, NAKAMURA = Staff("s2000014", "伊藤三郎"), Staff("s2000015", "副部長 中村")


@pytest.fixture(autouse=True)
def signed_in_yamada():
    from desktop.services.sync.identity import Identity, save_identity

    save_identity(Identity(staff_id=YAMADA.staff_id, display_name=YAMADA.name, bureau="総務局",
                           section="総務部総務課", mail=YAMADA.mail))


class Confirmations(list):
    """Stands in for the user answering the confirmation dialog (records what it showed)."""

    def __init__(self, answer=True):
        super().__init__()
        self.answer = answer

    def __call__(self, title, text):
        self.append((title, text))
        return self.answer


def act_as(page, staff):
    page.staff_provider = lambda: staff
    page.route_panel.refresh()


def test_draft_fill_validate_route_export_and_simulate(qtbot, page, tmp_path):
    # new draft from a template: the 起案者 is the signed-in staff member
    page.template_box.setCurrentIndex(page.template_box.findText("契約伺い"))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.form.classification.currentText() == "契約"
    assert page.form.retention.currentText() == "5年"
    assert page.form.decision_type.currentText() == "部長専決"
    assert page.route_editor.table.rowCount() == 4
    assert page.form.drafter_name.text() == "山田太郎" and page.form.drafter_name.isReadOnly()
    assert page.current_draft().drafter.staff_id == YAMADA.staff_id

    # the template's placeholders and empty items are problems; clicking one focuses the field
    fields = problem_fields(page)
    codes = {p.code for p in page.problems}
    assert {"placeholder", "item_empty", "step_no_person"} <= codes
    assert "問題は見つかりません" not in page.problem_summary.text()
    click_problem(qtbot, page, "subject")
    qtbot.waitUntil(lambda: page.form.subject.hasFocus())
    page.form.subject.clear()
    ime_type(page.form.subject, "庁舎清掃業務委託契約の締結について")
    page.form.body.setPlainText(page.form.body.toPlainText()
                                .replace("1 契約件名\n", "1 契約件名　庁舎清掃業務委託\n")
                                .replace("2 契約の相手方\n", "2 契約の相手方　株式会社都庁サービス\n")
                                .replace("3 契約金額\n", "3 契約金額　金1,200,000円\n")
                                .replace("4 契約期間\n", "4 契約期間　令和6年7月1日から令和7年3月31日まで\n"))
    page.form.retention.setCurrentText("30年")          # not allowed for 契約
    qtbot.waitUntil(lambda: "retention" in [p.field for p in page.problems])
    click_problem(qtbot, page, "retention")
    qtbot.waitUntil(lambda: page.form.retention.hasFocus())
    page.form.retention.setCurrentText("5年")

    # the route editor speaks a clerk's words: no 職名 beside 職位, no 「必要数（0=全員）」
    editor = page.route_editor
    headers = [editor.table.horizontalHeaderItem(c).text() for c in range(editor.table.columnCount())]
    assert "職名" not in headers and "職位" not in headers and not any("0=" in h for h in headers)
    assert {"役職", "氏名", "職員ID", "必要な同意"} <= set(headers)
    assert editor.table.cellWidget(2, 6).text() == "全員"
    # add a step, move it, make it decider (level mismatch shown), undo, remove
    editor.select_step(1)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.table.rowCount() == 5 and editor.selected_row() == 2
    editor.table.cellWidget(2, 1).setCurrentText("課長代理")
    editor.table.item(2, 2).setText("佐藤五郎")
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [s.level for s in editor.steps()][:3] == ["係長", "課長代理", "課長"]
    qtbot.mouseClick(editor.decider_button, Qt.MouseButton.LeftButton)   # decider now step 2 (課長代理)
    fields = problem_fields(page)
    assert "decision_type" in fields and "route[1]" in fields        # level mismatch, decider not last
    click_problem(qtbot, page, "route[1]")
    assert page.tabs.currentIndex() == 1 and editor.selected_row() == 1
    editor.select_step(4)
    qtbot.mouseClick(editor.decider_button, Qt.MouseButton.LeftButton)
    editor.select_step(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.table.rowCount() == 4
    for row, who in ((0, SUZUKI), (1, TAKAHASHI), (3, ITO)):
        editor.table.item(row, 2).setText(who.name)
        editor.table.item(row, 3).setText(who.staff_id)
    editor.table.item(2, 5).setText(f"{KEIRI.staff_id}・{KEIYAKU.staff_id}")
    editor.table.item(3, 8).setText(NAKAMURA.name)                       # 代決者 on the final step
    assert "route[3]" in problem_fields(page)                            # … needs a staff ID
    editor.table.item(3, 9).setText(NAKAMURA.staff_id)
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

    # the route: each step only for the person it names, every decision confirmed
    page.tabs.setCurrentIndex(2)
    panel = page.route_panel
    asked = Confirmations()
    panel.confirm = asked
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    assert "提出後は内容を変更できません" in asked[-1][1]
    assert page.form.subject.isReadOnly() and not editor.add_button.isEnabled(), "locked while circulating"
    assert not panel.approve_button.isEnabled(), "the drafter cannot approve the 係長's step"
    assert "閲覧のみ" in panel.status.text()
    act_as(page, TAKAHASHI)
    assert not panel.approve_button.isEnabled(), "the 課長 cannot approve before the 係長"
    act_as(page, SUZUKI)
    assert panel.approve_button.isEnabled()
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    title, text = asked[-1]
    assert "承認します" in text and "庁舎清掃業務委託契約の締結について" in text and "鈴木一郎" in text
    act_as(page, TAKAHASHI)
    cancel = Confirmations(answer=False)
    panel.confirm = cancel
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert len(cancel) == 1 and panel.log.rowCount() == 2, "cancelled in the dialog: nothing recorded"
    panel.confirm = asked
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    act_as(page, KEIRI)
    assert "同意します" in (qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton) or asked[-1][1])
    act_as(page, KEIYAKU)
    panel.send_back_target.setCurrentIndex(panel.send_back_target.findData(0))
    ime_type(panel.reason, "仕様書を添付してください")
    qtbot.mouseClick(panel.send_back_button, Qt.MouseButton.LeftButton)
    assert "経路 1" in panel.status.text()
    for who in (SUZUKI, TAKAHASHI, KEIRI, KEIYAKU):
        act_as(page, who)
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    act_as(page, ITO)
    assert not panel.delegate_button.isEnabled(), "only the named 代決者 may 代決"
    act_as(page, NAKAMURA)
    assert panel.delegate_button.isEnabled() and not panel.approve_button.isEnabled()
    ime_type(panel.reason, "部長出張のため")
    qtbot.mouseClick(panel.delegate_button, Qt.MouseButton.LeftButton)
    assert "決裁済" in panel.status.text()
    actions = [panel.log.item(r, 2).text() for r in range(panel.log.rowCount())]
    assert actions == ["提出", "承認", "承認", "合議承認", "差戻し", "承認", "承認", "合議承認", "合議承認", "代決"]
    assert panel.log.item(4, 5).text().startswith("仕様書を添付してください")
    assert panel.log.item(9, 3).text() == f"副部長 中村（{NAKAMURA.staff_id}）"
    assert page.record.events(page.draft.draft_id)[-1].detail["reason"] == "部長出張のため"

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
    page.form.body.setPlainText("下記のとおり実施してよろしいか伺います。\n\n記\n\n1 目的　周知\n\n2 内容　広報誌\n\n"
                                "3 実施時期　7月\n")
    editor = page.route_editor
    people = {0: SUZUKI, 1: Staff("s2000013", "課長代理 田中"), 2: TAKAHASHI}
    for row, who in people.items():
        editor.table.item(row, 2).setText(who.name)
        editor.table.item(row, 3).setText(who.staff_id)
    editor.select_step(0)
    qtbot.mouseClick(editor.add_group_button, Qt.MouseButton.LeftButton)
    assert editor.selected_row() == 1 and editor.table.cellWidget(1, 0).currentText() == "合議"
    assert "route[1]" in problem_fields(page)                  # a group without members
    editor.table.item(1, 4).setText("広報課長・法務課長、文書課長")
    editor.table.item(1, 5).setText("s4000001・s4000002・s4000003")
    editor.table.cellWidget(1, 6).setValue(2)
    assert editor.table.cellWidget(1, 6).text() == "2 人"
    step = editor.steps()[1]
    assert step.members == ["広報課長", "法務課長", "文書課長"] and step.required_approvals() == 2
    assert step.member_ids == ["s4000001", "s4000002", "s4000003"]
    editor.table.cellWidget(1, 6).setValue(4)
    assert "route[1]" in problem_fields(page)                  # more agreements than the group has
    editor.table.cellWidget(1, 6).setValue(2)
    editor.table.item(2, 10).setCheckState(Qt.CheckState.Checked)   # 後閲 on 課長代理 (already on)
    editor.table.item(0, 8).setText("代理")                    # 代決者 on a non-final step
    assert "route[0]" in problem_fields(page)
    editor.table.item(0, 8).setText("")
    assert problem_fields(page) == []

    panel = page.route_panel
    page.ctx.settings.set("approval_section_code", "総総")
    assert page.form.doc_number.text() == ""
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    assert page.form.doc_number.text().endswith("総総第1号"), "numbered on submission"
    assert page.record.events(page.draft.draft_id)[0].detail["doc_number"] == page.form.doc_number.text()
    act_as(page, SUZUKI)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    act_as(page, Staff("s4000002", "法務課長 森"))
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert not panel.approve_button.isEnabled(), "one agreement per member"
    act_as(page, Staff("s4000003", "文書課長 林"))
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    act_as(page, Staff("s9999999", "部外者"))
    assert not panel.pass_button.isEnabled()
    act_as(page, TAKAHASHI)                                    # the next approver may pass the absent 課長代理
    assert panel.pass_button.isEnabled()
    qtbot.mouseClick(panel.pass_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert "決裁済" in panel.status.text() and "後閲待ち: 3" in panel.status.text()
    assert not panel.post_review_button.isEnabled(), "後閲 is for the passed approver"
    act_as(page, people[1])
    qtbot.mouseClick(panel.post_review_button, Qt.MouseButton.LeftButton)
    assert "後閲待ち" not in panel.status.text()
    consult = [page.record.events(page.draft.draft_id)[i].detail["member"] for i in (2, 3)]
    assert consult == ["法務課長", "文書課長"]
