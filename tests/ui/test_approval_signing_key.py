"""The 「署名用の鍵を登録」 dialog of the approval page (回付・記録 tab): a wrong passphrase or another person's key is
refused in a clerk's words and stores nothing; the right one is registered as `approval key` does it (passphrase in
the credential store, the file in the setting), with a real PKCS#12 file from a test CA."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.services import secrets
from desktop.services.approval.signing import load_signer
from desktop.services.approval.staff import Staff
from desktop.services.settings import Settings

_spec = importlib.util.spec_from_file_location(
    "approval_shared_pcs_for_key_ui", Path(__file__).parents[1] / "services" / "approval" / "shared_pcs.py")
shared_pcs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shared_pcs)

SUZUKI = Staff("s2000011", "鈴木一郎")
SATO = Staff("s2000012", "佐藤次郎")


@pytest.fixture
def ca(tmp_path):
    return shared_pcs.TestCA(tmp_path / "ca")


def test_register_the_signing_key_from_the_approval_page(window, qtbot, ca):
    page = window.open_page("approval")
    page.tabs.setCurrentIndex(2)
    panel = page.route_panel
    panel.staff_provider = lambda: SUZUKI
    assert panel.key_button.isVisible() and panel.key_button.text() == "署名用の鍵…"
    dialog = panel.open_signing_key()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert "まだ署名用の鍵が登録されていません" in dialog.current.text()
    assert not dialog.register_button.isEnabled()            # nothing chosen yet
    mine, theirs = ca.issue(SUZUKI, "Kagi-pa55"), ca.issue(SATO, "x")

    dialog.file_edit.setText(str(mine))
    qtbot.keyClicks(dialog.passphrase, "wrong-one")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "パスワードが違う" in dialog.message.text()
    assert secrets.get_secret(secrets.SecretKey.APPROVAL_KEY_PASSPHRASE) is None
    assert not Settings().get("approval_key_file")

    dialog.file_edit.setText(str(theirs))
    dialog.passphrase.setText("x")
    assert not dialog.register()
    assert "s2000012 のもの" in dialog.message.text() and "s2000011" in dialog.message.text()
    assert secrets.get_secret(secrets.SecretKey.APPROVAL_KEY_PASSPHRASE) is None

    dialog.file_edit.setText(str(mine))
    dialog.passphrase.setText("Kagi-pa55")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == dialog.DialogCode.Accepted
    assert secrets.get_secret(secrets.SecretKey.APPROVAL_KEY_PASSPHRASE) == "Kagi-pa55"
    assert Settings().get("approval_key_file") == str(mine.resolve())
    assert load_signer(Path(Settings().get("approval_key_file")), "Kagi-pa55").staff_id == SUZUKI.staff_id
    again = panel.open_signing_key()                          # the next time it says what is registered
    qtbot.addWidget(again)
    assert mine.name in again.current.text()
    again.reject()


def test_signing_key_dialog_speaks_english(window, qtbot):
    from tests.ui.test_language_walk import japanese_left, visible_texts

    window.set_language("en")
    page = window.open_page("approval")
    dialog = page.route_panel.open_signing_key()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    left = [f"{where}: {text!r}" for where, text in visible_texts(dialog) if japanese_left(text)]
    dialog.reject()
    assert not left, left
