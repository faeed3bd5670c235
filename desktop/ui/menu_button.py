"""A button that opens a menu ("New item", "Set status"), with room for its arrow.

A QToolButton in InstantPopup mode draws its small arrow in the bottom-right corner over the end of the
text (the last character of "新建日程事项" and the "m" of "New item" were touched by it); this one asks for
the arrow's width on top of the text's."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QToolButton, QWidget


class MenuButton(QToolButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def arrow_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self.arrow_width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width() + self.arrow_width(), hint.height())
