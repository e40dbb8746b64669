"""Settings layered under the admin policy: defaults, locks, bad files."""
from __future__ import annotations

import json

import pytest

from desktop.services import paths
from desktop.services.policy import load_policy
from desktop.services.settings import Settings


def write_policy(tmp_path, monkeypatch, text: str, name: str = "policy.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(path))
    return path


def test_builtin_defaults_without_policy():
    settings = Settings()
    assert settings.get("language") == "ja"
    assert settings.get("send_hold_seconds") == 60
    assert settings.policy.path is None and not settings.warnings


def test_policy_defaults_and_locks(tmp_path, monkeypatch):
    write_policy(tmp_path, monkeypatch, """
[settings]
language = "en"
smtp_host = "smtp.metro.example.lg.jp"
internal_mail_domains = ["metro.tokyo.lg.jp"]
[locked]
keys = ["smtp_host"]
""")
    settings = Settings()
    assert settings.get("language") == "en"           # a policy default
    settings.set("language", "ja")                     # users may change an unlocked default
    assert settings.get("language") == "ja"
    assert settings.get("smtp_host") == "smtp.metro.example.lg.jp"
    assert settings.is_locked("smtp_host")
    with pytest.raises(PermissionError):
        settings.set("smtp_host", "evil.example.com")
    assert Settings().get("smtp_host") == "smtp.metro.example.lg.jp"


def test_locked_value_wins_over_an_old_user_value(tmp_path, monkeypatch):
    settings = Settings()
    settings.set("meeting_room_mode", False)
    write_policy(tmp_path, monkeypatch, "[settings]\nmeeting_room_mode = true\n[locked]\nkeys = ['meeting_room_mode']\n")
    assert Settings().get("meeting_room_mode") is True


def test_json_policy_is_accepted(tmp_path, monkeypatch):
    write_policy(tmp_path, monkeypatch, json.dumps({"settings": {"send_hold_seconds": 30},
                                                     "locked": {"keys": ["send_hold_seconds"]}}),
                 name="policy.json")
    settings = Settings()
    assert settings.get("send_hold_seconds") == 30 and settings.is_locked("send_hold_seconds")


@pytest.mark.parametrize("text", ["[settings\nlanguage = 'en'", "\xff\xfe garbage", "= = ="])
def test_broken_policy_gives_warning_and_defaults(tmp_path, monkeypatch, text):
    write_policy(tmp_path, monkeypatch, text)
    settings = Settings()
    assert settings.warnings and "could not be read" in settings.warnings[0]
    assert settings.get("language") == "ja"
    assert not settings.is_locked("language")


def test_bad_values_and_unknown_keys_are_reported_not_applied(tmp_path, monkeypatch):
    write_policy(tmp_path, monkeypatch, """
[settings]
language = "fr"
smtp_port = "twenty-five"
no_such_setting = 1
send_hold_seconds = 10
[locked]
keys = ["bogus"]
""")
    policy = load_policy()
    assert policy.values == {"send_hold_seconds": 10}
    text = "\n".join(policy.warnings)
    assert "language" in text and "smtp_port" in text and "no_such_setting" in text and "bogus" in text


def test_user_settings_file_is_written_atomically_and_survives_corruption():
    settings = Settings()
    settings.set("glossary", ["都庁", "シン・トセイ"])
    path = paths.config_dir() / "settings.json"
    assert json.loads(path.read_text(encoding="utf-8"))["values"]["glossary"] == ["都庁", "シン・トセイ"]
    assert Settings().get("glossary") == ["都庁", "シン・トセイ"]
    path.write_text("{not json", encoding="utf-8")
    again = Settings()
    assert again.get("glossary") == [] and again.warnings


def test_type_errors_are_refused():
    settings = Settings()
    with pytest.raises(TypeError):
        settings.set("smtp_port", "25")
    with pytest.raises(ValueError):
        settings.set("smtp_security", "ssl3")
