"""What an editor does with drafts (``desktop.services.drafts``): keep what is typed on disk a moment after
each change, forget it once saved or discarded, and offer back one left by a session that ended first."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.drafts import Draft
from desktop.ui.context import AppContext

DRAFT_DELAY_MS = 800
NARROW_BANNER = 560  # px: narrower than this, the banner's buttons go under its message
log = logging.getLogger(__name__)


def plain(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` as a draft stores it (JSON: times as text), so what is shown and what is kept compare."""
    return json.loads(json.dumps(data, default=str))


class DraftBanner(QFrame):
    """The bar an editor shows when it finds a draft left by a session that ended before it was saved."""

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
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.discard_button)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.addWidget(self.message, 1)
        self.box.addLayout(buttons, 0)
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # Beside the buttons in an editor's width; above them in a narrow pane (a notes tab), where the
        # message squeezed beside them ran to five lines and was cut off.
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_BANNER
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        # never squeezed below its wrapped message (a splitter pane would cut its lines off)
        needed = self.heightForWidth(event.size().width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def offer(self, saved_at: dt.datetime) -> None:
        when = saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.message.setText(
            self.tr(
                "Changes typed here on {0} were never saved (Delegation Desk closed before they were). "
                "They were kept."
            ).format(when)
        )
        self.show()


class DraftKeeper(QObject):
    """One editor's drafts. The editor says what its draft is called (``key``: None when it edits
    nothing), what it holds (``state``, JSON-able), whether that is unsaved (``dirty``) and how to show a
    kept one again (``apply``); it calls ``changed`` on each edit, ``forget`` once saved or discarded, and
    ``offer`` after loading. ``banner`` goes at the top of the editor."""

    def __init__(
        self,
        parent: QWidget,
        context: AppContext,
        *,
        key: Callable[[], str | None],
        state: Callable[[], dict[str, Any]],
        dirty: Callable[[], bool],
        apply: Callable[[dict[str, Any]], None],
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._key, self._state, self._dirty, self._apply = key, state, dirty, apply
        self.found: Draft | None = None
        self.banner = DraftBanner(parent)
        self.banner.restore_requested.connect(self.restore)
        self.banner.discard_requested.connect(self.forget)
        self._timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.keep)

    def changed(self) -> None:
        if self._dirty():
            self._timer.start()

    @Slot()
    def keep(self) -> None:
        key = self._key()
        if key is None or not self._dirty():
            return
        try:
            self.context.drafts.put(key, plain(self._state()))
        except OSError:  # the editor still holds it; the user can save
            log.exception("a draft could not be kept")

    @Slot()
    def forget(self, key: str | None = None) -> None:
        """Drop the draft (``key``: the one the editor had before a save renamed it)."""
        self._timer.stop()
        self.found = None
        self.banner.hide()
        key = key or self._key()
        if key is None:
            return
        try:
            self.context.drafts.discard(key)
        except OSError:
            log.exception("a draft could not be discarded")

    def offer(self) -> None:
        """Show the bar for a draft left by a session that ended before it was saved, unless it is what
        the editor already holds."""
        self.found = None
        self.banner.hide()
        key = self._key()
        draft = self.context.drafts.get(key) if key is not None else None
        if draft is not None and draft.data != plain(self._state()):
            self.found = draft
            self.banner.offer(draft.saved_at)

    @Slot()
    def restore(self) -> None:
        """Put the kept draft back in the editor, unsaved (it stays on disk until saved or discarded)."""
        draft, self.found = self.found, None
        self.banner.hide()
        if draft is not None:
            self._apply(draft.data)
