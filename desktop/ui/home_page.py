"""ホーム: the landing page — one large tile per tool (fits touch displays), with what each is for."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop import APP_NAME
from desktop.ui.context import AppContext
from desktop.ui.pages import PAGES, description, title
from desktop.ui.signin.badge import create_signin_badge


class HomePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("homePage")
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        self.signin = create_signin_badge(ctx)      # who is signed in (single sign-on or the saved staff ID)
        layout.addWidget(self.signin)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.tiles: dict[str, QPushButton] = {}
        tools = [p for p in PAGES if p.key not in ("home",)]
        for i, spec in enumerate(tools):
            tile = QPushButton()
            tile.setObjectName(f"tile_{spec.key}")
            tile.setMinimumHeight(110)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.setStyleSheet("QPushButton { text-align: left; padding: 16px; font-size: 13pt; }")
            tile.clicked.connect(lambda _=False, k=spec.key: self._open(k))
            grid.addWidget(tile, i // 2, i % 2)
            self.tiles[spec.key] = tile
        layout.addLayout(grid, 1)
        self.retranslate()

    def _open(self, key: str) -> None:
        if self.ctx.window is not None:
            self.ctx.window.open_page(key)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("{app} へようこそ").format(app=APP_NAME))
        self.intro.setText(self.tr("紙・FAX・押印の事務をこのPCの中でデジタルにします。使うツールを選んでください。"
                                   "すべての処理はこのPCの中で行われ、インターネット接続は不要です。"))
        for spec in PAGES:
            tile = self.tiles.get(spec.key)
            if tile is not None:
                tile.setText(f"{title(spec)}\n{description(spec)}")
                tile.setAccessibleName(title(spec))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def create_page(ctx: AppContext) -> QWidget:
    return HomePage(ctx)
