"""The bar an editor shows when it finds a draft left by a session that ended before it was saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DraftBanner(QFrame):
    restore_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#draft_banner { background: #fff8e1; border: 1px solid #f0c36d; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_button = QPushButton(self.tr("&Restore them"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.discard_button.clicked.connect(self.discard_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def offer(self, saved_at: dt.datetime) -> None:
        when = saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.message.setText(
            self.tr(
                "Changes typed here on {0} were never saved (Delegation Desk closed before they were). "
                "They were kept."
            ).format(when)
        )
        self.show()
