"""誤送信防止の確認ダイアログ (misdelivery guard): every recipient must be ticked, recipients are grouped by mail
domain, external domains are highlighted, attachment names are shown again. The send button stays disabled
until every recipient is ticked. GUI thread only."""
from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QListWidget, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.services.send.addresses import DomainPolicy, domain_of
from desktop.ui.widgets.retranslate import Retranslating

EXTERNAL_BG = QColor("#fff0c2")
EXTERNAL_FG = QColor("#8a3b00")


class ConfirmDialog(Retranslating, QDialog):
    def __init__(self, recipients: list[tuple[str, str]], attachments: list[str], *, subject: str,
                 policy: DomainPolicy, hold_seconds: int, link: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendConfirmDialog")
        self.setModal(True)
        self._recipients = recipients
        self._subject = subject
        self._hold = hold_seconds
        self._link = link
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("confirmRecipients")
        self.attach_label = QLabel()
        self.attach_list = QListWidget()
        self.attach_list.setObjectName("confirmAttachments")
        self.attach_list.addItems(attachments or [])
        self.status = QLabel()
        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton()
        self.send_button.setObjectName("confirmSend")
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w, stretch in ((self.heading, 0), (self.tree, 3), (self.attach_label, 0), (self.attach_list, 1),
                           (self.status, 0), (self.buttons, 0)):
            layout.addWidget(w, stretch)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.domain_items: dict[str, QTreeWidgetItem] = {}
        by_domain: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for addr, name in recipients:
            by_domain[domain_of(addr)].append((addr, name))
        self.external = {d for d in by_domain if not policy.is_internal(f"x@{d}")}
        for domain in sorted(by_domain, key=lambda d: (d not in self.external, d)):   # external first
            top = QTreeWidgetItem(self.tree)
            top.setData(0, Qt.ItemDataRole.UserRole, domain)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            if domain in self.external:
                top.setBackground(0, QBrush(EXTERNAL_BG))
                top.setForeground(0, QBrush(EXTERNAL_FG))
            self.domain_items[domain] = top
            for addr, name in by_domain[domain]:
                item = QTreeWidgetItem(top)
                item.setText(0, f"{name} <{addr}>" if name else addr)
                item.setData(0, Qt.ItemDataRole.UserRole, addr)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                if domain in self.external:
                    item.setBackground(0, QBrush(EXTERNAL_BG))
                self.items[addr] = item
        self.tree.expandAll()
        # never cut off an address: the column is as wide as its longest line (scroll if the screen is narrower)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.itemChanged.connect(lambda *_: self._update())
        self.retranslate()
        self._fit_to_content()

    def _fit_to_content(self) -> None:
        """Size the dialog so every recipient line and attachment name shows in full (within the screen)."""
        self.tree.resizeColumnToContents(0)
        needed = max(self.tree.sizeHintForColumn(0) + self.tree.indentation(),
                     self.attach_list.sizeHintForColumn(0)) + 2 * self.tree.frameWidth() \
            + self.tree.verticalScrollBar().sizeHint().width() + 8
        margins = self.layout().contentsMargins()
        width = max(560, needed + margins.left() + margins.right())
        rows = len(self.items) + len(self.domain_items)
        height = max(480, min(rows, 14) * (self.tree.sizeHintForRow(0) + 2) + 360)
        screen = (self.parentWidget().screen() if self.parentWidget() else self.screen()).availableGeometry()
        self.resize(min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.9)))

    # -- state ----------------------------------------------------------------------------------------
    def ticked(self) -> list[str]:
        return [a for a, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def all_ticked(self) -> bool:
        return len(self.ticked()) == len(self.items)

    def set_ticked(self, address: str, ticked: bool) -> None:
        self.items[address].setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        done, total = len(self.ticked()), len(self.items)
        self.send_button.setEnabled(done == total and total > 0)
        self.status.setText(self.tr("確認済み {done} / {total} 件").format(done=done, total=total))

    def accept(self) -> None:
        if self.all_ticked():          # the button is disabled anyway; keyboard Enter must not bypass it
            super().accept()

    # -- texts ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("送信前の確認"))
        text = self.tr("件名「{subject}」を送信します。宛先を一件ずつ確認してチェックしてください。").format(
            subject=self._subject)
        if self.external:
            text += "\n" + self.tr("色付きの宛先は組織外のドメインです。特に注意してください。")
        self.heading.setText(text)
        for domain, top in self.domain_items.items():
            label = self.tr("組織外") if domain in self.external else self.tr("組織内")
            top.setText(0, self.tr("@{domain}　（{kind}・{n}件）").format(domain=domain, kind=label, n=top.childCount()))
        self.attach_label.setText(self.tr("クラウドにアップロードしてリンクを送るファイル:") if self._link
                                  else self.tr("添付ファイル:"))
        if not self.attach_list.count():
            self.attach_label.setText(self.attach_label.text() + " " + self.tr("なし"))
        self.send_button.setText(self.tr("送信（{seconds}秒間は取り消し可）").format(seconds=self._hold))
        self.cancel_button.setText(self.tr("戻る"))
        self.tree.setAccessibleName(self.tr("宛先の確認チェック"))
        self.attach_list.setAccessibleName(self.tr("添付ファイル一覧"))
        self.send_button.setAccessibleName(self.tr("送信"))
        self.cancel_button.setAccessibleName(self.tr("戻る"))
        self._update()

