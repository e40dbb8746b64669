"""Group Policy (registry) values merged over the policy file, with a fake registry (no Windows needed), and the
ADMX/ADML template generated from the settings schema."""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.services.policy import load_policy
from desktop.services.policy_registry import POLICY_KEY, read_policy
from desktop.services.settings import SCHEMA, Settings

ROOT = Path(__file__).resolve().parents[3]
POLICY_DIR = ROOT / "packaging" / "windows" / "policy"
NS = {"pd": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
SETTINGS, LOCKED = POLICY_KEY + r"\Settings", POLICY_KEY + r"\Locked"


class FakeRegistry:
    """``values(subkey)`` over a dict of key path -> {value name: data} (what WinRegReader returns)."""

    def __init__(self, keys: dict[str, dict[str, object]]) -> None:
        self.keys = keys
        self.asked: list[str] = []

    def values(self, subkey: str):
        self.asked.append(subkey)
        return dict(self.keys[subkey]) if subkey in self.keys else None


def _file(tmp_path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_registry_overrides_the_file_key_by_key_and_locks_add_up(tmp_path):
    path = _file(tmp_path, """
[settings]
smtp_host = "file.example.lg.jp"
smtp_port = 25
language = "en"
[locked]
keys = ["language"]
""")
    reg = FakeRegistry({
        POLICY_KEY: {},
        SETTINGS: {"smtp_host": "gpo.example.lg.jp", "meeting_room_mode": 1, "sync_delete_threshold": "0.1",
                   "send_hold_seconds": 30},
        SETTINGS + r"\internal_mail_domains": {"2": "b.lg.jp", "1": "a.lg.jp", "10": "c.lg.jp"},
        LOCKED: {"1": "smtp_host", "2": "internal_mail_domains"},
    })
    policy = load_policy(path, registry=reg)
    assert policy.path == path and policy.registry_used
    assert policy.values["smtp_host"] == "gpo.example.lg.jp"          # registry wins
    assert policy.values["smtp_port"] == 25 and policy.values["language"] == "en"   # file keys stay
    assert policy.values["meeting_room_mode"] is True                  # DWORD 1 -> true
    assert policy.values["sync_delete_threshold"] == pytest.approx(0.1)  # REG_SZ number -> float
    assert policy.values["send_hold_seconds"] == 30
    assert policy.values["internal_mail_domains"] == ["a.lg.jp", "b.lg.jp", "c.lg.jp"]  # numeric order
    assert policy.locked == {"language", "smtp_host", "internal_mail_domains"}
    assert policy.registry_keys == {"smtp_host", "meeting_room_mode", "sync_delete_threshold",
                                    "send_hold_seconds", "internal_mail_domains"}
    assert not policy.warnings
    settings = Settings(policy=policy, path=tmp_path / "settings.json")
    assert settings.get("smtp_host") == "gpo.example.lg.jp" and settings.is_locked("smtp_host")
    with pytest.raises(PermissionError):
        settings.set("internal_mail_domains", ["evil.example.com"])


def test_bad_registry_values_are_reported_and_ignored_not_fatal(tmp_path):
    path = _file(tmp_path, '[settings]\nsmtp_port = 587\n')
    reg = FakeRegistry({SETTINGS: {"smtp_port": "not a number", "meeting_room_mode": 7, "no_such_key": "x",
                                   "smtp_security": "rot13"},
                        LOCKED: {"1": "no_such_key", "smtp_host": 1, "smtp_from": 0}})
    policy = load_policy(path, registry=reg)
    kinds = sorted((w.kind, w.key) for w in policy.warnings)
    assert kinds == [("bad_value", "meeting_room_mode"), ("bad_value", "smtp_port"), ("bad_value", "smtp_security"),
                     ("lock_unknown", "no_such_key"), ("unknown_setting", "no_such_key")]
    assert all("HKLM\\Software\\Policies\\ToseiDesk" in w for w in policy.warnings)
    assert policy.values == {"smtp_port": 587}                           # the file's value survives a bad one
    assert policy.locked == {"smtp_host"}                                # DWORD smtp_host = 1 locks; 0 does not


def test_no_registry_key_means_the_file_alone(tmp_path):
    path = _file(tmp_path, '[settings]\nsmtp_port = 2525\n[locked]\nkeys = ["smtp_port"]\n')
    reg = FakeRegistry({})
    policy = load_policy(path, registry=reg)
    assert reg.asked, "the reader was not consulted"
    assert policy.values == {"smtp_port": 2525} and policy.locked == {"smtp_port"} and not policy.registry_used
    assert read_policy(reg) == (None, [])


def test_registry_alone_without_a_file(tmp_path):
    reg = FakeRegistry({SETTINGS: {"glossary": ["都庁", "総務局"]}, SETTINGS + r"\glossary": {}})
    policy = load_policy(tmp_path / "missing.toml", registry=reg)
    assert policy.path is None and policy.registry_used
    assert policy.values == {"glossary": []}      # the ADMX list subkey (empty: policy disabled) wins over MULTI_SZ


def test_a_registry_that_cannot_be_read_is_a_warning(tmp_path):
    class Denied:
        def values(self, subkey):
            raise PermissionError(5, "Access is denied")

    policy = load_policy(_file(tmp_path, '[settings]\nlanguage = "en"\n'), registry=Denied())
    assert policy.values == {"language": "en"}
    assert [w.kind for w in policy.warnings] == ["unreadable"]


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the real registry is read")
def test_off_windows_the_file_is_the_only_source(tmp_path, monkeypatch):
    import desktop.services.policy_registry as pr

    def boom(self, subkey):
        raise AssertionError("the registry was read off Windows")

    monkeypatch.setattr(pr.WinRegReader, "values", boom)
    policy = load_policy(_file(tmp_path, '[settings]\nlanguage = "en"\n'))
    assert policy.values == {"language": "en"} and not policy.registry_used


# ------------------------------------------------------------------------------------------------ ADMX/ADML
def _parse(name: str) -> ET.Element:
    return ET.parse(POLICY_DIR / name).getroot()  # raises on malformed XML


def test_admx_is_well_formed_and_has_a_policy_for_every_setting():
    admx = _parse("ToseiDesk.admx")
    policies = {p.get("name"): p for p in admx.iterfind(".//pd:policies/pd:policy", NS)}
    assert set(policies) == set(SCHEMA) | {"locked"}
    for key, spec in SCHEMA.items():
        p = policies[key]
        assert p.get("class") == "Machine" and p.get("key") == SETTINGS
        if spec.type is bool:
            assert p.get("valueName") == key
            continue
        (element,) = list(p.find("pd:elements", NS))
        tag = element.tag.split("}")[1]
        expected = "enum" if spec.choices else {int: "decimal", list: "list", str: "text", float: "text"}[spec.type]
        assert tag == expected, key
        if tag == "list":
            assert element.get("key") == SETTINGS + "\\" + key and element.get("valuePrefix") == ""
        else:
            assert element.get("valueName") == key
        if tag == "enum":
            values = [item.findtext("pd:value/pd:string", default="", namespaces=NS)
                      for item in element.iterfind("pd:item", NS)]
            assert values == list(spec.choices), key
    lock_list = policies["locked"].find("pd:elements/pd:list", NS)
    assert lock_list.get("key") == LOCKED


@pytest.mark.parametrize("lang", ["ja-JP", "en-US"])
def test_adml_has_every_string_and_presentation_the_admx_uses(lang):
    admx_text = (POLICY_DIR / "ToseiDesk.admx").read_text(encoding="utf-8")
    adml = _parse(f"{lang}/ToseiDesk.adml")
    strings = {s.get("id"): s.text for s in adml.iterfind(".//pd:stringTable/pd:string", NS)}
    presentations = {p.get("id"): p for p in adml.iterfind(".//pd:presentationTable/pd:presentation", NS)}
    used_strings = set(re.findall(r"\$\(string\.([^)]+)\)", admx_text))
    used_presentations = set(re.findall(r"\$\(presentation\.([^)]+)\)", admx_text))
    assert used_strings <= set(strings) and all(strings[s] for s in used_strings)
    assert used_presentations == set(presentations)
    # every element of a policy has a control with its refId in the presentation
    admx = _parse("ToseiDesk.admx")
    for p in admx.iterfind(".//pd:policies/pd:policy", NS):
        for element in p.find("pd:elements", NS) if p.find("pd:elements", NS) is not None else []:
            refs = {c.get("refId") for c in presentations[p.get("name")]}
            assert element.get("id") in refs, p.get("name")
    if lang == "ja-JP":
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", strings["smtp_host_Help"]), "Japanese ADML not Japanese"


@pytest.mark.qt  # scripts/admx.py takes the labels from the settings page (desktop.ui.settings_page)
def test_committed_template_matches_the_schema():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "admx.py"), "check"], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
