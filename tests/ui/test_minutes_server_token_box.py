"""設定 → 局の文字起こしサーバー: the clerk pastes the token from bureau IT, it goes to the credential store of the
profile and leaves the field at once; 削除 removes it; single sign-on needs no field; English texts."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from desktop.services.minutes.server_backend import stored_token
from desktop.services.policy import load_policy
from desktop.services.settings import Settings

TOKEN = "sk-bureau-77e1c0ffee"


def _settings(tmp_path, monkeypatch, **extra) -> Settings:
    lines = ["[settings]", 'transcription_server_url = "https://stt.example.lg.jp"',
             "transcription_server_upload = true", *[f'{k} = "{v}"' for k, v in extra.items()]]
    path = tmp_path / "policy.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(path))
    return Settings(load_policy())


def _box(qtbot, settings):
    from desktop.ui.minutes.server_box import ServerTokenBox

    box = ServerTokenBox(settings)
    qtbot.addWidget(box)
    box.show()
    return box


def test_token_is_saved_to_the_store_and_never_kept_in_the_field(qtbot, tmp_path, monkeypatch):
    box = _box(qtbot, _settings(tmp_path, monkeypatch))
    assert box.token_row.isVisible() and box.token_edit.echoMode() == QLineEdit.EchoMode.Password
    assert "https://stt.example.lg.jp" in box.info.text()
    assert box.state.text() == "トークン: 未保存" and not box.clear_button.isEnabled()
    qtbot.keyClicks(box.token_edit, TOKEN)
    box.save_button.click()
    assert stored_token("default") == TOKEN
    assert box.token_edit.text() == "" and box.state.text() == "トークン: 保存済み（資格情報ストア）"
    assert TOKEN not in box.state.text() + box.info.text()
    box.clear_button.click()
    assert stored_token("default") is None and box.state.text() == "トークン: 未保存"


def test_single_sign_on_needs_no_token_field(qtbot, tmp_path, monkeypatch):
    box = _box(qtbot, _settings(tmp_path, monkeypatch, transcription_server_auth="oauth"))
    assert not box.token_row.isVisible()
    assert "シングルサインオン" in box.info.text()


def test_no_server_in_the_policy_says_this_pc(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(tmp_path / "none.toml"))
    box = _box(qtbot, Settings(load_policy()))
    assert not box.token_row.isVisible() and "このパソコン" in box.info.text()


def test_settings_page_shows_the_box_in_english(qtbot, tmp_path, monkeypatch, app_context):
    from desktop.ui.i18n import apply_language
    from desktop.ui.settings_page import SettingsPage

    app_context.settings = _settings(tmp_path, monkeypatch)
    page = SettingsPage(app_context)
    qtbot.addWidget(page)
    page.show()
    try:
        apply_language("en")
        assert page.server_box.title() == "Bureau transcription server"
        assert page.server_box.state.text() == "Token: not stored"
        assert page.server_box.save_button.text() == "Save"
    finally:
        apply_language("ja")
    assert page.server_box.title() == "局の文字起こしサーバー"
