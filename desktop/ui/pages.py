"""The registry of pages in the sidebar. Each tool's page module exposes ``create_page(ctx) -> QWidget`` and
is imported lazily on first use (keeps start-up fast: heavy libraries load only when a tool needs them)."""
from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP


# held while a page module is imported (GUI thread) and while the home page's pool thread imports the services
# it reads: a package that imports itself in a circle must not be imported by two threads at once (the 電子決裁
# page failed to open, 「cannot import name 'RouteRun' from partially initialized module」, when it was opened
# while the home page was still reading the day's summary)
IMPORT_LOCK = threading.Lock()


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    title: str        # Japanese source text, translated in context "Pages"
    description: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", "desktop.ui.home_page", QT_TRANSLATE_NOOP("Pages", "ホーム"),
             QT_TRANSLATE_NOOP("Pages", "ツールの一覧")),
    PageSpec("minutes", "desktop.ui.minutes", QT_TRANSLATE_NOOP("Pages", "議事録"),
             QT_TRANSLATE_NOOP("Pages", "録音を文字起こしし、議事録を作成します")),
    PageSpec("forms", "desktop.ui.forms", QT_TRANSLATE_NOOP("Pages", "紙→デジタル"),
             QT_TRANSLATE_NOOP("Pages", "紙の申請書を読み取り、Excel台帳にします")),
    PageSpec("send", "desktop.ui.send", QT_TRANSLATE_NOOP("Pages", "FAXレス送信"),
             QT_TRANSLATE_NOOP("Pages", "FAXの代わりにメールやクラウドリンクで送ります")),
    PageSpec("approval", "desktop.ui.approval", QT_TRANSLATE_NOOP("Pages", "電子決裁 起案"),
             QT_TRANSLATE_NOOP("Pages", "起案書を作成し、決裁ルートを管理します")),
    PageSpec("sync", "desktop.ui.sync", QT_TRANSLATE_NOOP("Pages", "クラウド同期"),
             QT_TRANSLATE_NOOP("Pages", "職員IDで作業フォルダをクラウドと同期します")),
    PageSpec("settings", "desktop.ui.settings_page", QT_TRANSLATE_NOOP("Pages", "設定"),
             QT_TRANSLATE_NOOP("Pages", "言語、会議室モード、各ツールの設定")),
)


def title(spec: PageSpec) -> str:
    return QCoreApplication.translate("Pages", spec.title)


def description(spec: PageSpec) -> str:
    return QCoreApplication.translate("Pages", spec.description)


def by_key(key: str) -> PageSpec | None:
    return next((p for p in PAGES if p.key == key), None)
