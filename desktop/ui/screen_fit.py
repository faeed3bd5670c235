"""Dialog sizes that fit the screen they open on (down to a 1366×768 laptop less its panel)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = 60  # the title bar and frame the window manager adds around a dialog


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """``width`` × ``height``, or less where the screen is smaller; never below the minimum size hint
    (a layout that cannot shrink further scrolls or clips either way, and the hint is what was checked)."""
    available = widget.screen().availableGeometry()
    least = widget.minimumSizeHint()
    widget.resize(
        max(least.width(), min(width, available.width())),
        max(least.height(), min(height, available.height() - FRAME_ALLOWANCE)),
    )
