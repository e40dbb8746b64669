"""Issue 12, "Done when": walk every page and dialog in Japanese and assert that no user-visible string
(labels, buttons, tooltips, accessible names, headers, window titles, the status bar, dialogs, and the error
sentences of each tool's typical failures) contains Latin words outside an allow-list (file names, URLs,
units, product names); then the same in English for Japanese.

A string is cleaned before the check: file names, paths, URLs, mail addresses, setting keys (snake_case) and
``{placeholders}`` are removed, then every Latin word of two letters or more must be on ``ALLOWED_WORDS``.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QDialog, QGroupBox, QLabel, QLineEdit, QTableView, QTabWidget, QTreeView, QWidget,
)

from desktop.services import errors as core_errors
from desktop.ui.errors import describe
from desktop.ui.pages import PAGES

# product names, formats, keys and units a Japanese UI names in Latin letters
ALLOWED_WORDS = {
    "tosei", "desk", "excel", "word", "pdf", "fax", "ocr", "csv", "json", "xlsx", "docx", "txt", "srt", "vtt",
    "smtp", "webdav", "id", "outlook", "libreoffice", "soffice", "whisper", "gpu", "cpu", "cuda", "ssl", "tls",
    "starttls", "windows", "english", "url", "pc", "ctrl", "shift", "enter", "space", "esc", "tab", "ok",
    "kb", "mb", "gb", "px", "pt", "ms", "mp", "wav", "mp3", "m4a", "ng", "qt", "tiny", "base", "small",
    "medium", "large", "turbo", "en", "ja", "dav", "sha", "bcc", "cc", "to", "from", "mail", "e-mail", "ai",
    "html", "https", "http", "pdfs", "lgwan", "os", "todo", "opencv", "httpx",
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")
NOT_WORDS = [
    re.compile(r"https?://\S+"),                              # URLs
    re.compile(r"\S+@\S+"),                                   # mail addresses
    re.compile(r"[A-Za-z]:[\\/]\S*|(?:[\w.-]*[\\/])+[\w.-]*"),  # paths
    re.compile(r"[\w()（）-]+\.[A-Za-z0-9]{2,5}\b"),            # file names (recording-….wav, 案内.pdf)
    re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b"),                 # setting keys (smtp_port)
    re.compile(r"\{\w*\}"),                                   # unformatted placeholders
    re.compile(r"<[^>]+>"),                                   # rich-text tags
    re.compile(r"&\w+;"),
]
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# Japanese that an English UI shows on purpose: the language's own name, examples of document content,
# bundled template names, era names in dates, user data in the fixtures
ALLOWED_JAPANESE = re.compile(r"日本語|一般起案|契約伺い|支出負担行為|事業計画|証明書交付申請書|令和|平成|昭和|"
                              r"[年月日]|総務|話者|台帳|起案書|e\.g\..*|例[:：].*")


def latin_words(text: str) -> list[str]:
    for pattern in NOT_WORDS:
        text = pattern.sub(" ", text)
    return [w for w in LATIN_WORD.findall(text) if w.lower() not in ALLOWED_WORDS]


def document_vocabulary() -> set[str]:
    """Values an approval draft prints into its Japanese 起案書 (決裁区分, 施行方法, 公開区分, 保存年限): the English
    UI offers them as the document will print them. Not the 職位 of approvers: those are shown in English
    (desktop.ui.approval.vocabulary; tests/ui/test_approval_english.py)."""
    from desktop.services.approval import model

    return {*model.DECISION_TYPES, *model.ENFORCEMENT_METHODS, *model.DISCLOSURE_TYPES, *model.RETENTIONS}


def japanese_left(text: str) -> bool:
    if text in document_vocabulary():
        return False
    for pattern in NOT_WORDS:
        text = pattern.sub(" ", text)
    text = re.sub(r"“[^”]*”|「[^」]*」", " ", text)  # quoted user data: a subject, a template name
    return bool(JAPANESE.search(ALLOWED_JAPANESE.sub("", text)))


def texts_of(w: QWidget) -> list[str]:
    out = [w.toolTip(), w.accessibleName()]
    if isinstance(w, (QAbstractButton, QLabel)):
        out.append(w.text())
    if isinstance(w, QLineEdit):
        out.append(w.placeholderText())
    if isinstance(w, QGroupBox):
        out.append(w.title())
    if isinstance(w, QTabWidget):
        out.extend(w.tabText(i) for i in range(w.count()))
    if isinstance(w, QComboBox) and not w.isEditable():
        out.extend(w.itemText(i) for i in range(w.count()))
    header = w.horizontalHeader() if isinstance(w, QTableView) else w.header() if isinstance(w, QTreeView) else None
    if header is not None and header.model() is not None and not header.isHidden():
        out.extend(str(header.model().headerData(c, Qt.Orientation.Horizontal) or "") for c in range(header.count())
                   if not header.isSectionHidden(c))
    if isinstance(w, QDialog) or w.isWindow():
        out.append(w.windowTitle())
    return [t for t in out if t]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is root or w.isVisibleTo(root):
            found.extend((f"{type(w).__name__} {w.objectName()}", t) for t in texts_of(w))
    return found


# ---------------------------------------------------------------------------------------------- the walk
def open_dialogs(window, tmp_path: Path) -> list[QWidget]:
    """Every dialog a clerk meets on the main paths, opened (not executed) over the main window."""
    from desktop.services.send.addresses import DomainPolicy
    from desktop.services.send.service import open_directory
    from desktop.ui.send.confirm_dialog import ConfirmDialog
    from desktop.ui.send.contact_dialog import ContactDialog
    from desktop.ui.sync.signin_dialog import SignInDialog
    from desktop.ui.minutes.captions import CaptionsWindow

    dialogs: list[QWidget] = [
        window.show_guide("minutes"),
        SignInDialog(None, window),
        ConfirmDialog([("tanaka@metro.tokyo.lg.jp", "田中"), ("info@example.co.jp", "")], ["案内.pdf"],
                      subject="会議資料の送付", policy=DomainPolicy(internal=("metro.tokyo.lg.jp",)),
                      hold_seconds=30, link=False, parent=window),
        ContactDialog(open_directory(), None, window),
        CaptionsWindow(window),
    ]
    window.export_notice.show_paths([tmp_path / "議事録.docx"])
    for d in dialogs:
        d.show()
    return dialogs


def typical_failures(tmp_path: Path) -> list[BaseException]:
    """The errors each tool raises on its usual bad days (as the services raise them)."""
    from desktop.services.forms import errors as forms
    from desktop.services.minutes import errors as minutes
    from desktop.services.send import errors as send
    from desktop.services.sync import errors as sync

    return [
        minutes.UnreadableAudio(str(tmp_path / "会議.m4a"), "Invalid data found when processing input"),
        minutes.EmptyAudio(str(tmp_path / "無音.wav")),
        minutes.ExportError("[Errno 28] No space left on device"),
        forms.UnreadableInput(f"{tmp_path / 'スキャン.png'} is not an image or a PDF."),
        forms.LedgerLocked(f"{tmp_path / '台帳.xlsx'} is open in another program."),
        send.InvalidRecipient("'田中' is not a usable mail address."),
        send.NotConfigured("No sender address is configured (setting smtp_from)."),
        send.TransportFailure("Could not connect to the SMTP server smtp.example.lg.jp:587 (gaierror)."),
        sync.RemoteUnavailable("The server https://dav.example.lg.jp/ could not be reached."),
        sync.AuthenticationFailed("The server refused the user name or password."),
        core_errors.CredentialStoreError("No recommended backend was available."),
        OSError(28, "No space left on device"),
    ]


@pytest.fixture
def walked(window, tmp_path):
    """The main window with every page opened once and the tools' error sentences registered."""
    for spec in PAGES:
        window.open_page(spec.key)
    return window


def collect_all(window, tmp_path: Path) -> list[tuple[str, str]]:
    found = []
    for spec in PAGES:
        page = window.open_page(spec.key)
        found += [(f"{spec.key}: {where}", t) for where, t in visible_texts(page)]
    found += [(f"window: {w}", t) for w, t in visible_texts(window) if not w.startswith("QStackedWidget")]
    for dialog in open_dialogs(window, tmp_path):
        found += [(f"dialog {dialog.objectName()}: {w}", t) for w, t in visible_texts(dialog)]
        dialog.close()
    found += [(f"error {type(e).__name__}", describe(e)) for e in typical_failures(tmp_path)]
    found.append(("status bar", window.statusBar().currentMessage()))
    found.append(("jobs indicator", window.jobs_indicator.label.text()))
    return [(where, t) for where, t in found if t]


def test_japanese_ui_has_no_english_words(walked, tmp_path):
    offending = sorted({f"{where}: {text[:90]!r} → {latin_words(text)}"
                        for where, text in collect_all(walked, tmp_path) if latin_words(text)})
    assert not offending, "English in the Japanese UI:\n" + "\n".join(offending)


def test_english_ui_has_no_japanese(walked, tmp_path):
    walked.set_language("en")
    offending = sorted({f"{where}: {text[:90]!r}" for where, text in collect_all(walked, tmp_path)
                        if japanese_left(text)})
    walked.set_language("ja")
    assert not offending, "Japanese in the English UI:\n" + "\n".join(offending)


def test_self_test_results_are_named_in_the_ui_language(window, qtbot):
    """設定 → 自己診断を実行: every check is named and judged in Japanese (its technical detail may be English)."""
    page = window.open_page("settings")
    page.run_self_test()
    qtbot.waitUntil(lambda: page.selftest_button.isEnabled(), timeout=60000)
    lines = page.selftest_output.toPlainText().splitlines()
    headings = [line for line in lines if not line.startswith("　　")]
    assert len(headings) >= 10
    untranslated = [line for line in headings if latin_words(line) or not JAPANESE.search(line)]
    assert not untranslated, "self-test lines not in Japanese:\n" + "\n".join(untranslated)
