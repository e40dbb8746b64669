"""ホーム: the clerk's day at a glance — what waits to be sent, what is in circulation for approval, drafts
left open, forms waiting for review, the last cloud sync and recent meetings — each a button that opens the
right page, then one tile per tool. Refreshed whenever the page is shown (and every minute while shown).
GUI thread only, except :func:`desktop.services.day_summary.collect`, which runs on a pool thread (it reads a
few small files, but its first call imports the tools' services, ~0.3 s, which must not hold up the window)."""
from __future__ import annotations

import logging
import time
from datetime import date

from PySide6.QtCore import QDateTime, QLocale, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from desktop import APP_NAME
from desktop.services.day_summary import DaySummary, Meeting, collect, preload
from desktop.ui.context import AppContext
from desktop.ui.pages import IMPORT_LOCK, PAGES, description, title
from desktop.ui.signin.badge import create_signin_badge
from desktop.ui.widgets.retranslate import Retranslating

log = logging.getLogger(__name__)
REFRESH_MS = 60_000
CARDS = ("send", "approval", "drafts", "forms", "sync")


class Card(QPushButton):
    """A dashboard button: a large count (or a short value) over its caption and a detail line. Its texts
    wrap (a push button's own text would not), so three cards a row fit a 1366 px screen in 会議室モード."""

    def __init__(self, key: str, parent: QWidget | None = None, *, kind: str = "card") -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}_{key}")
        self.setProperty("homeCard", True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        self.value = QLabel(objectName=f"{kind}Value")
        self.caption = QLabel(objectName=f"{kind}Caption")
        self.detail = QLabel(objectName=f"{kind}Detail")
        for label in (self.value, self.caption, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setWordWrap(True)
            layout.addWidget(label)

    def set_texts(self, value: str, caption: str, detail: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{caption}: {value}" + (f"（{detail}）" if detail else ""))

    def sizeHint(self):  # noqa: N802 - room for the three labels
        return self.layout().sizeHint()

    def minimumSizeHint(self):  # noqa: N802
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - wrapped texts make the card taller
        return self.layout().totalHeightForWidth(width)


class _Reader(QObject):
    ready = Signal(object)  # DaySummary, or None if reading failed


class _ReadTask(QRunnable):
    """Runs :func:`collect` on a pool thread (not a user job: nothing to show, cancel or wait for on exit)."""

    def __init__(self, reader: _Reader) -> None:
        super().__init__()
        self.reader = reader

    def run(self) -> None:  # pool thread
        started = time.perf_counter()
        try:
            with IMPORT_LOCK:
                preload()
            summary = collect()
        except Exception:  # noqa: BLE001 - collect guards each tool; this is a last resort
            log.exception("home summary failed")
            summary = None
        log.debug("home summary read in %.0f ms", (time.perf_counter() - started) * 1000)
        try:
            self.reader.ready.emit(summary)
        except RuntimeError:  # the application is shutting down
            pass


class HomePage(Retranslating, QWidget):
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("homePage")
        self.summary = DaySummary()
        self.loaded = False
        self._reading = self._again = False
        self._reader = _Reader()  # Python-owned: outlives the page if a read is still running
        self._reader.ready.connect(self._summary_read)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.heading = QLabel(objectName="pageHeading")
        self.today = QLabel(objectName="homeToday")
        self.intro = QLabel(objectName="homeIntro")
        self.intro.setWordWrap(True)
        self.signin = create_signin_badge(ctx)      # who is signed in (single sign-on or the saved staff ID)
        for w in (self.heading, self.today, self.signin, self.intro):
            layout.addWidget(w)

        self.day_box = QGroupBox(objectName="homeDay")
        day = QGridLayout(self.day_box)
        day.setSpacing(12)
        self.cards: dict[str, Card] = {}
        for i, key in enumerate(CARDS):
            card = Card(key)
            card.clicked.connect(lambda _=False, k=key: self.open_card(k))
            day.addWidget(card, i // 3, i % 3)
            self.cards[key] = card
        self.meetings_box = QGroupBox(objectName="homeMeetings")
        self.meetings_layout = QVBoxLayout(self.meetings_box)
        self.meetings_empty = QLabel()
        self.meetings_layout.addWidget(self.meetings_empty)
        self.meeting_buttons: list[Card] = []
        day.addWidget(self.meetings_box, 1, 2)
        for col in range(3):
            day.setColumnStretch(col, 1)
        layout.addWidget(self.day_box)

        self.tools_box = QGroupBox(objectName="homeTools")
        grid = QGridLayout(self.tools_box)
        grid.setSpacing(12)
        self.tiles: dict[str, Card] = {}
        for i, spec in enumerate(p for p in PAGES if p.key != "home"):
            tile = Card(spec.key, kind="tile")
            tile.clicked.connect(lambda _=False, k=spec.key: self._open(k))
            grid.addWidget(tile, i // 3, i % 3)
            self.tiles[spec.key] = tile
        for col in range(3):
            grid.setColumnStretch(col, 1)
        layout.addWidget(self.tools_box)
        layout.addStretch(1)

        scroll = QScrollArea(objectName="homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """Read the day's state again on a worker thread; ``refreshed`` is emitted once it is shown. A call
        while a read runs asks for one more read after it (so data written meanwhile is seen)."""
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        QThreadPool.globalInstance().start(_ReadTask(self._reader))

    def _summary_read(self, summary: DaySummary | None) -> None:
        self._reading = False
        if summary is not None:
            self.summary = summary
            self.loaded = True
            self._fill()
        if self._again:
            self.refresh()
        else:
            self.refreshed.emit()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    def _fill(self) -> None:
        s = self.summary

        def count(tool: str, n: int) -> str:
            if not self.loaded:
                return "…"
            return self.tr("読み取れません") if tool in s.unavailable else self.tr("{n} 件").format(n=n)

        send_detail = self.tr("要確認 {n} 件").format(n=s.send_attention) if s.send_attention else ""
        self.cards["send"].set_texts(count("send", s.send_waiting), self.tr("送信待ち"), send_detail)
        self.cards["approval"].set_texts(*self._approval_texts(s, count))
        self.cards["drafts"].set_texts(count("approval", s.drafts), self.tr("保存されていない起案の下書き"))
        self.cards["forms"].set_texts(count("forms", s.forms_pending), self.tr("確認待ちの申請書"))
        if self.loaded:
            self.cards["sync"].set_texts(*self._sync_texts(s))
        else:
            self.cards["sync"].set_texts("…", self.tr("前回のクラウド同期"))
        self._fill_meetings(s.meetings)

    def _approval_texts(self, s: DaySummary, count) -> tuple[str, str, str]:
        """決裁待ち: with circulation, what waits for the signed-in staff member as last sent/received (the home
        page never asks the server); else this PC's own record, as before circulation existed."""
        returned = self.tr("差し戻し {n} 件").format(n=s.approvals_returned) if s.approvals_returned else ""
        inbox = s.approval_inbox
        if not self.loaded or "approval" in s.unavailable or inbox is None:
            return count("approval", s.approvals_circulating), self.tr("決裁待ち（回付中）"), returned
        parts = []
        if inbox.get("synced") is None:
            value = self.tr("未確認")
            parts.append(self.tr("未確認（電子決裁で送受信してください）"))
        else:
            value = count("approval", s.approvals_waiting_for_me)
            parts.append(self.tr("{when} の送受信時点").format(when=self._when(inbox["synced"])))
        if s.approvals_circulating:
            parts.append(self.tr("回付中 {n} 件").format(n=s.approvals_circulating))
        if returned:
            parts.append(returned)
        return value, self.tr("あなたの決裁待ち"), "、".join(parts)

    def _when(self, epoch: float) -> str:
        when = QDateTime.fromSecsSinceEpoch(int(epoch))
        if when.date() == QDateTime.currentDateTime().date():
            return self.tr("今日 {time}").format(time=QLocale().toString(when.time(), QLocale.FormatType.ShortFormat))
        return QLocale().toString(when, QLocale.FormatType.ShortFormat)

    def _sync_texts(self, s: DaySummary) -> tuple[str, str, str]:
        caption = self.tr("前回のクラウド同期")
        if "sync" in s.unavailable:
            return self.tr("読み取れません"), caption, ""
        last = s.last_sync or {}
        if not last.get("finished"):
            return self.tr("未実施"), caption, self.tr("まだ同期していません")
        value = self._when(last["finished"])
        problems = []
        if last.get("failed"):
            problems.append(self.tr("失敗 {n} 件").format(n=len(last["failed"]) if isinstance(last["failed"], list)
                                                        else last["failed"]))
        if last.get("conflicts"):
            problems.append(self.tr("競合 {n} 件").format(
                n=len(last["conflicts"]) if isinstance(last["conflicts"], list) else last["conflicts"]))
        if last.get("dry_run"):
            problems.append(self.tr("プレビューのみ"))
        return value, caption, "、".join(problems) if problems else self.tr("完了")

    def _fill_meetings(self, meetings: list[Meeting]) -> None:
        for b in self.meeting_buttons:
            b.deleteLater()
        self.meeting_buttons = []
        self.meetings_empty.setVisible(not meetings)
        self.meetings_empty.setText(self.tr("保存された議事録はまだありません") if self.loaded else "…")
        for m in meetings:
            saved = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(m.saved_at)), QLocale.FormatType.ShortFormat)
            name = m.title or self.tr("（会議名なし）")
            b = Card("meeting", kind="tile")
            b.set_texts(name, m.when or saved)
            b.setToolTip(self.tr("議事録で開く"))
            b.setAccessibleName(self.tr("最近の会議: {name}").format(name=name))
            b.clicked.connect(lambda _=False, meeting=m: self.open_meeting(meeting))
            self.meetings_layout.addWidget(b)
            self.meeting_buttons.append(b)

    # ------------------------------------------------------------------ navigation
    def _open(self, key: str):
        if self.ctx.window is not None:
            return self.ctx.window.open_page(key)
        return None

    def open_card(self, key: str) -> None:
        if key == "send":
            page = self._open("send")
            tab = getattr(page, "outbox_tab", None)
            if tab is not None:
                page.tabs.setCurrentWidget(tab)
        elif key == "approval":
            page = self._open("approval")
            inbox = getattr(page, "inbox", None)
            if inbox is not None:
                page.tabs.setCurrentWidget(inbox)      # 決裁待ち (showing it sends/receives, as a click would)
        elif key == "drafts":
            self._open("approval")
        else:
            self._open(key)

    def open_meeting(self, meeting: Meeting) -> None:
        page = self._open("minutes")
        if page is not None and hasattr(page, "open_saved"):
            page.open_saved(meeting.path)

    # ------------------------------------------------------------------ i18n
    def retranslate(self) -> None:
        self.heading.setText(self.tr("{app} へようこそ").format(app=APP_NAME))
        self.today.setText(QLocale().toString(date.today(), QLocale.FormatType.LongFormat))
        self.intro.setText(self.tr("紙・FAX・押印の事務をこのPCの中でデジタルにします。議事録・紙→デジタル・電子決裁は"
                                   "このPCの中だけで処理します。FAXレス送信とクラウド同期はネットワークを使います。"))
        self.day_box.setTitle(self.tr("今日の仕事"))
        self.meetings_box.setTitle(self.tr("最近の会議"))
        self.tools_box.setTitle(self.tr("ツール"))
        for spec in PAGES:
            tile = self.tiles.get(spec.key)
            if tile is not None:
                tile.set_texts(title(spec), description(spec))
                tile.setAccessibleName(title(spec))
        self._fill()



def create_page(ctx: AppContext) -> QWidget:
    return HomePage(ctx)
