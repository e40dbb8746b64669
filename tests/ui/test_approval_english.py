"""The English UI names the approval tool's fixed values in English: the 職位 of each approver (係長, 課長 …),
the kind of a step (回議 / 合議) and the states of a draft, on every tab of the page (route editor, circulation
record, inbox). Japanese stays only where it is the document's own content (subject, body, names, template)."""
from __future__ import annotations

from desktop.services.approval.model import LEVELS, STEP_KINDS
from desktop.services.approval.staff import Staff

from desktop.services.approval import model
from tests.ui.test_language_walk import visible_texts

# the Japanese names of states a draft or an inbox line can be in (desktop.ui.approval.messages, inbox_panel)
STATES = ("未提出", "回付中", "差戻し", "取下げ", "決裁済", "決裁待ち")
YAMADA = Staff("s1000001", "山田太郎", "yamada@example.metro.tokyo.lg.jp")


# what the 起案書 prints and the English UI offers as it will print (決裁区分 課長専決, 保存年限 …): not roles
DOCUMENT_VALUES = {*model.DECISION_TYPES, *model.ENFORCEMENT_METHODS, *model.DISCLOSURE_TYPES, *model.RETENTIONS}


def enum_values_left(text: str) -> list[str]:
    if text in DOCUMENT_VALUES:
        return []
    return [v for v in (*LEVELS, *STEP_KINDS, *STATES) if v in text]


def test_english_approval_page_shows_no_japanese_roles_kinds_or_states(window, qtbot):
    window.set_language("en")
    page = window.open_page("approval")
    page.staff_provider = lambda: YAMADA
    page.route_panel.staff_provider = lambda: YAMADA
    page.new_from_template("一般起案", autosave=False)
    editor = page.route_editor
    editor.add_group_button.click()               # a 合議 step too
    steps = editor.steps()
    for i, step in enumerate(steps):
        step.name, step.staff_id = f"職員{i}", f"s20000{i}"
        if step.kind == "合議":
            step.members, step.member_ids = ["財務課"], ["s2999999"]
    editor.set_steps(steps)
    assert {s.kind for s in editor.steps()} == set(STEP_KINDS)     # the values are still the model's
    assert all(s.level in LEVELS for s in editor.steps())
    # a single "&" in a tab's text is a keyboard mnemonic: 「Circulation & record」 showed as 「Circulation _record」
    assert not [page.tabs.tabText(i) for i in range(page.tabs.count())
                if "&" in page.tabs.tabText(i).replace("&&", "")]
    offending = []
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        offending += [f"tab {tab} {where}: {text!r}" for where, text in visible_texts(page)
                      if enum_values_left(text)]
    assert not offending, "Japanese approval values in the English UI:\n" + "\n".join(offending)
    # and back in Japanese, the same combo boxes speak Japanese again
    window.set_language("ja")
    page.tabs.setCurrentIndex(1)
    kinds = editor.table.cellWidget(0, 0)
    assert [kinds.itemText(i) for i in range(kinds.count())] == list(STEP_KINDS)
