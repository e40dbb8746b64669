"""The one mapping from typed service errors to translated sentences, used by the UI and the CLI alike.

Each tool module of this package (and ``common``) has ``SENTENCES: dict[type[ToseiError], Formatter]``; a formatter returns a
Japanese-first sentence (through :func:`desktop.messages.catalogue.translate`) that says what to do.
:func:`describe` picks the formatter of the exception's class, most specific first. ``str(exc)`` stays the
service's English detail for the log (the UI shows it behind 「詳細を表示」, the CLI on a second line).

To add an error type: write its formatter in the tool's module here and put it in ``SENTENCES``;
``tests/services/core/test_error_sentences.py`` fails for a ``ToseiError`` subclass without one.
"""
from __future__ import annotations

from typing import Callable

from desktop.messages.catalogue import translate
from desktop.services.errors import ToseiError

Formatter = Callable[[BaseException], str]
_registry: dict[type, Formatter] = {}


def registry() -> dict[type, Formatter]:
    """Every error type with its formatter (the tool modules are imported on first use; plain imports, so that
    PyInstaller finds them)."""
    if not _registry:
        from desktop.messages import approval, common, forms, identity, minutes, send, sync

        for module in (common, minutes, forms, send, approval, sync, identity):
            _registry.update(module.SENTENCES)
    return _registry


def formatter_for(exc_type: type) -> Formatter | None:
    table = registry()
    return next((table[cls] for cls in exc_type.__mro__ if cls in table), None)


def sentence(exc: BaseException) -> str | None:
    """The translated sentence for ``exc``, or None when no formatter knows its type (not a ToseiError)."""
    fn = formatter_for(type(exc))
    return fn(exc) if fn else None


def describe(exc: BaseException) -> str:
    """The sentence for ``exc``; a ToseiError nobody formats (a CLI usage error) keeps its own words."""
    text = sentence(exc)
    if text is not None:
        return text
    if isinstance(exc, ToseiError):
        return str(exc)
    return translate("Errors", "予期しないエラーが発生しました（{kind}）。詳細はログを確認してください。").format(
        kind=type(exc).__name__)


def for_terminal(exc: BaseException) -> str:
    """The CLI's lines: ``エラー: <sentence>`` and, when it adds something, the English detail."""
    text = describe(exc)
    detail = str(exc)
    out = translate("Cli", "エラー: {sentence}").format(sentence=text)
    if detail and detail not in text:
        out += "\n" + translate("Cli", "詳細: {detail}").format(detail=detail)
    return out
