"""Every typed service error has a sentence for people, Japanese first and in English, from the one mapping
(desktop.messages.errors) that the UI and the CLI share; the CLI prints it without Qt."""
from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys

import pytest

import desktop.services
from desktop.messages import catalogue
from desktop.messages.errors import describe, for_terminal, formatter_for, registry
from desktop.services.errors import ToseiError, _rebuild

# Not given a sentence of their own, on purpose: the base class itself is raised only by the CLI for its usage
# errors ("Give --template NAME ..."), whose English words are the message.
ABSTRACT = {ToseiError}
KANA = re.compile(r"[\u3040-\u30ff]")
# what the services put into params (paths, names, counts, codes): enough for every formatter to fill its sentence
PARAMS = {"path": "/work/議事録.docx", "name": "base", "file": "model.bin", "model": "tiny.en", "language": "fr",
          "host": "smtp.example.jp", "address": "taro@example.jp", "addresses": ["taro@example.jp"],
          "number": "03-1234-5678", "field": "", "reason": "", "status": 503, "detail": "", "error": "",
          "local_deletes": ["a.txt"], "remote_deletes": ["b.txt"], "tracked": 10, "threshold": 0.25,
          "group": "課内", "fax": "03", "format": "rtf", "url": "https://asr.example.jp"}


def all_error_types() -> list[type]:
    for mod in pkgutil.walk_packages(desktop.services.__path__, "desktop.services."):
        importlib.import_module(mod.name)
    found: set[type] = set()
    todo = [ToseiError]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("desktop.services.") and sub not in found:
                found.add(sub)
                todo.append(sub)
    return sorted(found, key=lambda c: (c.__module__, c.__qualname__))


def instance(cls: type) -> BaseException:
    """An error as it arrives from a worker (constructors differ; this is how the pipe rebuilds them)."""
    return _rebuild(cls, f"English detail of {cls.__name__}.", cls.code, dict(PARAMS))


def test_every_service_error_type_has_a_sentence():
    types = all_error_types()
    assert len(types) > 60  # really walked every service package
    missing = [f"{c.__module__}.{c.__qualname__}" for c in types if c not in ABSTRACT and formatter_for(c) is None]
    assert not missing, "no sentence in desktop/messages for:\n" + "\n".join(missing)
    # and no stale entry: every registered type is a service error that still exists (or the OS's own)
    assert set(registry()) - {OSError} <= set(types)


def test_an_os_error_is_said_in_words_not_strerror():
    import errno

    exc = OSError(errno.ENOSPC, "No space left on device", "/work/議事録.docx")
    catalogue.use_language("ja")
    assert describe(exc) == "ディスクの空き容量が足りません。\n/work/議事録.docx"
    catalogue.use_language("en")
    assert "No space left" not in describe(exc) and describe(exc).endswith("\n/work/議事録.docx")


@pytest.mark.parametrize("cls", [c for c in all_error_types() if c not in ABSTRACT], ids=lambda c: c.__name__)
def test_the_sentence_is_japanese_and_has_an_english_translation(cls):
    exc = instance(cls)
    catalogue.use_language("ja")
    japanese = describe(exc)
    assert KANA.search(japanese), japanese
    assert "English detail" not in japanese, japanese  # the service's words come after, as the detail
    catalogue.use_language("en")
    english = describe(exc)
    # English, though it may quote a Japanese heading or a value (氏名, the file name)
    assert english != japanese and sum(ch.isascii() for ch in english) > 0.8 * len(english), english


def test_a_more_specific_sentence_wins_over_the_base_class():
    from desktop.services.forms.errors import LedgerLocked, PageTooLarge, UnreadableInput

    catalogue.use_language("ja")
    assert formatter_for(PageTooLarge) is not formatter_for(UnreadableInput)
    assert "Excel" in describe(instance(LedgerLocked))


def test_the_terminal_text_is_the_sentence_then_the_english_detail():
    from desktop.services.sync.errors import DeleteGuardTriggered

    catalogue.use_language("ja")
    lines = for_terminal(instance(DeleteGuardTriggered)).splitlines()
    assert lines[0].startswith("エラー: この同期では 2 件のファイルが削除される")
    assert lines[-1] == "詳細: English detail of DeleteGuardTriggered."
    catalogue.use_language("en")
    assert for_terminal(instance(DeleteGuardTriggered)).startswith("Error: This sync would delete 2 files")


def _cli(*args: str, tmp_path) -> subprocess.CompletedProcess:
    """The CLI in a child process, with this test's private home (the isolated_home fixture)."""
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, cwd=tmp_path,
                          env=dict(os.environ), timeout=120)


def test_the_cli_prints_the_apps_sentence_in_japanese_or_english(tmp_path):
    args = ("approval", "draft", "--template", "存在しない", "--out", str(tmp_path / "x.docx"))
    ja = _cli(*args, tmp_path=tmp_path)
    assert ja.returncode == 1
    assert ja.stderr.splitlines()[0] == "エラー: ひな形「存在しない」がありません。一覧にあるひな形から選んでください。"
    assert "詳細: No approval template named '存在しない'" in ja.stderr
    en = _cli("--lang", "en", *args, tmp_path=tmp_path)
    assert en.returncode == 1
    assert en.stderr.splitlines()[0] == ('Error: There is no template named "存在しない". '
                                         "Choose one of the templates in the list.")
    assert "Traceback" not in ja.stderr + en.stderr


def test_the_cli_speaks_the_ui_language_of_the_settings(tmp_path):
    from desktop.services.settings import Settings

    Settings().set("language", "en")  # what the language switch of the window saves
    out = _cli("approval", "draft", "--template", "none", "--out", str(tmp_path / "x.docx"), tmp_path=tmp_path)
    assert out.stderr.startswith("Error: There is no template named"), out.stderr


@pytest.mark.parametrize("lang, expected", [
    ("ja", ["エラー: 予期しないエラーが発生しました（ValueError）。詳細はログを確認してください。", "詳細: the disk said no"]),
    ("en", ["Error: An unexpected error occurred (ValueError). See the log for details.", "Detail: the disk said no"]),
])
def test_an_unexpected_failure_in_the_cli_is_the_same_sentence_with_its_type(monkeypatch, capsys, lang, expected):
    import argparse

    import desktop.cli as cli

    def boom(args):
        raise ValueError("the disk said no")

    parser = argparse.ArgumentParser()
    parser.add_argument("--lang")
    parser.set_defaults(func=boom, command="boom")
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    assert cli.main(["--lang", lang]) == 2
    assert capsys.readouterr().err.splitlines() == expected
