"""The main window: a sidebar reaching each tool, a stack of lazily created pages, a policy-warning banner,
and a status bar with the jobs indicator. GUI thread only."""
from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QScrollArea, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QVBoxLayout, QWidget,
)

from desktop import APP_NAME, __version__
from desktop.services import paths
from desktop.ui import i18n, meeting_room
from desktop.ui.context import AppContext
from desktop.ui.jobs_indicator import JobsIndicator
from desktop.ui.pages import IMPORT_LOCK, PAGES, PageSpec, by_key, description, title
from desktop.ui.placeholder_page import PlaceholderPage
from desktop.ui.policy_text import describe_warnings
from desktop.ui.widgets import wheel_guard
from desktop.ui.widgets.export_notice import ExportNotice
from desktop.ui.widgets.page_stack import PageStack
from desktop.ui.widgets.retranslate import Retranslating

log = logging.getLogger(__name__)


def refit_combo_boxes(root: QWidget) -> None:
    """Drop-downs size themselves once, on first show: after the items were translated they would keep the
    old width (「Japanes」). Resetting the policy makes each one measure its new texts."""
    for combo in root.findChildren(QComboBox):
        policy = combo.sizeAdjustPolicy()
        other = QComboBox.SizeAdjustPolicy.AdjustToContents
        if policy != other:
            combo.setSizeAdjustPolicy(other)
            combo.setSizeAdjustPolicy(policy)
        combo.updateGeometry()


class MainWindow(Retranslating, QMainWindow):
    language_changed = Signal(str)
    meeting_room_changed = Signal(bool)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.window = self
        ctx.jobs.error_parent = self
        wheel_guard.install()
        self.setObjectName("mainWindow")
        self._fit_to_screen()
        self.pages: dict[str, QWidget] = {}

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = QLabel()
        self.banner.setObjectName("policyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff4ce; color:#5c4400; padding:8px; border-bottom:1px solid #e0c060;")
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        self.export_notice = ExportNotice()  # 「ファイルを開く」「フォルダを開く」 after an export
        outer.addWidget(self.export_notice)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(24, 24))
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 10px 8px; }")
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setWordWrap(True)
        for spec in PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        self.stack = PageStack()
        self.stack.setObjectName("pageStack")
        # a safety net: a page taller or wider than the screen (large type in 会議室モード at 1366×768) scrolls
        # inside the window instead of pushing the window, its status bar and its buttons off the screen
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setProperty("toseiNoKinetic", True)  # a finger drag belongs to the page's own lists
        self.page_scroll.setWidget(self.stack)
        body.addWidget(self.sidebar)
        body.addWidget(self.page_scroll, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.jobs_indicator = JobsIndicator(ctx.jobs)
        self.statusBar().addPermanentWidget(self.jobs_indicator)

        self.meeting_action = QAction(self)
        self.meeting_action.setCheckable(True)
        self.meeting_action.setShortcut(QKeySequence("F11"))
        self.meeting_action.toggled.connect(self.set_meeting_room)
        self.addAction(self.meeting_action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(self.meeting_action)
        self.lang_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.view_menu.addAction(action)
            self.lang_actions[code] = action
        self.help_menu = self.menuBar().addMenu("")
        self.guide_action = self.help_menu.addAction("")
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(lambda: self.show_guide())
        self.addAction(self.guide_action)
        self.guide = None
        self.about_action = self.help_menu.addAction("")
        self.about_action.triggered.connect(self._about)

        self.sidebar.currentRowChanged.connect(self._on_row)
        meeting_room.apply(self, False, full_screen=False)  # the normal style sheet
        icon = paths.resource_path("icons", "tosei-desk.png")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self._update_banner()
        self.retranslate()

    def _fit_to_screen(self) -> None:
        """Open large on an office monitor (most of the screen), never larger than the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        avail = screen.availableGeometry()
        width, height = min(1600, int(avail.width() * 0.96)), min(1000, int(avail.height() * 0.94))
        self.resize(width, height)
        self.move(avail.x() + (avail.width() - width) // 2, avail.y() + (avail.height() - height) // 2)

    # ------------------------------------------------------------------------------------------ pages
    def open_page(self, key: str) -> QWidget:
        spec = by_key(key)
        if spec is None:
            raise KeyError(key)
        row = [p.key for p in PAGES].index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        return self.pages[key]

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        spec = PAGES[row]
        page = self.pages.get(spec.key)
        if page is None:
            page = self._create_page(spec)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            if self.ctx.settings.get("meeting_room_mode"):
                meeting_room.enable_kinetic_scrolling(page)
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(f"{title(spec)} — {APP_NAME}")

    def _create_page(self, spec: PageSpec) -> QWidget:
        try:
            with IMPORT_LOCK:   # never at the same time as the home page's summary thread imports services
                module = importlib.import_module(spec.module)
            page = module.create_page(self.ctx)
        except Exception:  # a broken page must not take the whole app down
            log.exception("page %s failed to open", spec.key)
            return PlaceholderPage(lambda s=spec: title(s))
        page.setObjectName(page.objectName() or f"{spec.key}Page")
        return page

    # ------------------------------------------------------------------------------------------ modes
    def set_language(self, lang: str) -> None:
        if self.ctx.settings.is_locked("language"):
            lang = self.ctx.settings.get("language")
        else:
            self.ctx.settings.set("language", lang)
        i18n.apply_language(lang)
        for code, action in self.lang_actions.items():
            action.setChecked(code == lang)
        refit_combo_boxes(self)
        self.statusBar().clearMessage()  # a message shown before the switch is in the old language
        self.language_changed.emit(lang)

    def set_meeting_room(self, enabled: bool) -> None:
        if self.ctx.settings.is_locked("meeting_room_mode"):
            enabled = self.ctx.settings.get("meeting_room_mode")
        elif self.ctx.settings.get("meeting_room_mode") != enabled:
            self.ctx.settings.set("meeting_room_mode", enabled)
        if self.meeting_action.isChecked() != enabled:
            self.meeting_action.blockSignals(True)
            self.meeting_action.setChecked(enabled)
            self.meeting_action.blockSignals(False)
        meeting_room.apply(self, enabled, full_screen=self.isVisible())
        self.sidebar.setIconSize(QSize(40, 40) if enabled else QSize(24, 24))
        self._fit_sidebar()
        self.meeting_room_changed.emit(enabled)

    def _fit_sidebar(self) -> None:
        """As wide as the longest tool name in the current font (a Japanese name must not break mid-word,
        「紙→デジタ/ル」), within bounds; long English names wrap at spaces."""
        self.sidebar.ensurePolished()
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(title(spec)) for spec in PAGES)
        meeting = bool(self.ctx.settings.get("meeting_room_mode"))
        padding = 16 + 2 * self.sidebar.frameWidth() + 12  # item padding (style sheet), frame, slack
        width = widest + self.sidebar.iconSize().width() + padding
        self.sidebar.setFixedWidth(max(150, min(width, 340 if meeting else 240)))

    def _update_banner(self) -> None:
        warnings = self.ctx.settings.warnings
        if warnings:
            self.banner.setText(self.tr("管理者ポリシーに問題があるため、既定の設定で起動しました。") + "\n"
                                + "\n".join(describe_warnings(warnings)))
        self.banner.setVisible(bool(warnings))

    # ------------------------------------------------------------------------------------------ i18n
    def retranslate(self) -> None:
        for row, spec in enumerate(PAGES):
            item = self.sidebar.item(row)
            item.setText(title(spec))
            item.setToolTip(description(spec))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title(spec))
        self.sidebar.setAccessibleName(self.tr("ツール一覧"))
        self.view_menu.setTitle(self.tr("表示(&V)"))
        self.meeting_action.setText(self.tr("会議室モード（タッチ表示）"))
        self.help_menu.setTitle(self.tr("ヘルプ(&H)"))
        self.guide_action.setText(self.tr("使い方ガイド"))
        self.about_action.setText(self.tr("Tosei Desk について"))
        self._update_banner()
        self._fit_sidebar()
        row = self.sidebar.currentRow()
        if row >= 0:
            self.setWindowTitle(f"{title(PAGES[row])} — {APP_NAME}")
        else:
            self.setWindowTitle(APP_NAME)


    def current_page_key(self) -> str:
        row = self.sidebar.currentRow()
        return PAGES[row].key if row >= 0 else "home"

    def show_guide(self, key: str | None = None):
        """Open the user guide on the chapter of ``key`` (default: the page on screen)."""
        from desktop.ui.help_guide import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self)
        self.guide.show_chapter(key or self.current_page_key())
        return self.guide

    def _about(self) -> None:
        QMessageBox.about(self, APP_NAME, self.tr("{name} {version}\n都庁の事務をデジタルにする職員向けアシスタント")
                          .format(name=APP_NAME, version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.jobs.active:
            answer = QMessageBox.question(
                self, APP_NAME, self.tr("実行中のジョブがあります。キャンセルして終了しますか？"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.ctx.jobs.cancel_all()
            self.ctx.jobs.wait_for_done(5000)
        for page in self.pages.values():
            closer = getattr(page, "shutdown", None)
            if callable(closer):
                closer()
        super().closeEvent(event)
