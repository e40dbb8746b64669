"""How the approval tool names its fixed values on screen: the 職位 of an approver (係長, 課長 …) and the kind of
a step (回議 / 合議). The model keeps the Japanese values (they print into the 起案書 and are stored in the record);
the UI shows them in the UI language. GUI thread only (uses the installed Qt translators)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "ApprovalVocabulary"

LEVEL_NAMES = {
    "担当": QT_TRANSLATE_NOOP("ApprovalVocabulary", "担当"),
    "係長": QT_TRANSLATE_NOOP("ApprovalVocabulary", "係長"),
    "課長代理": QT_TRANSLATE_NOOP("ApprovalVocabulary", "課長代理"),
    "課長": QT_TRANSLATE_NOOP("ApprovalVocabulary", "課長"),
    "部長": QT_TRANSLATE_NOOP("ApprovalVocabulary", "部長"),
    "局長": QT_TRANSLATE_NOOP("ApprovalVocabulary", "局長"),
    "副知事": QT_TRANSLATE_NOOP("ApprovalVocabulary", "副知事"),
    "知事": QT_TRANSLATE_NOOP("ApprovalVocabulary", "知事"),
}
KIND_NAMES = {
    "回議": QT_TRANSLATE_NOOP("ApprovalVocabulary", "回議"),
    "合議": QT_TRANSLATE_NOOP("ApprovalVocabulary", "合議"),
}


def level_text(level: str) -> str:
    """The 職位 ``level`` in the UI language (an unknown value is shown as it is)."""
    source = LEVEL_NAMES.get(level)
    return QCoreApplication.translate(CONTEXT, source) if source else level


def kind_text(kind: str) -> str:
    """回議 / 合議 in the UI language."""
    source = KIND_NAMES.get(kind)
    return QCoreApplication.translate(CONTEXT, source) if source else kind


def step_label(step) -> str:
    """A step as the route panel and the inbox name it: the person, else the title, else 「合議（…）」."""
    if step.kind == "合議":
        return kind_text("合議") + "（" + "・".join(step.members) + "）"
    return step.position or step.name


def fill_combo(combo, values, text) -> None:
    """(Re)fill ``combo`` with ``values`` shown through ``text``, the value as item data; keep the selection."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for value in values:
        combo.addItem(text(value), value)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def select_value(combo, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
