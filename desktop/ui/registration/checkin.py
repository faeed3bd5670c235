"""Check-in mode: a queue at the door, one big search box, Enter checks the person in.

Type a few letters of a name or firm (accents optional, Chinese as typed); the list narrows as you type;
Up/Down pick another match; Enter checks in the selected (else the top) match, clears the box and is ready
for the next guest. A mistaken check-in is undone with the Undo button or Ctrl+Z in the box.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.models import RegistrationStatus as S
from desktop.services import registrations
from desktop.services.errors import ServiceError
from desktop.ui.context import AppContext, Topic
from desktop.ui.registration.commands import StatusCommand
from desktop.ui.registration.labels import STATUS_COLOURS, event_clock, status_label
from desktop.ui.tables.list_model import ListTableModel
from desktop.ui.tables.paged_model import Row
from desktop.ui.undo import CallCommand, ServiceCommand, push

REDO_KEYS = QKeySequence("Ctrl+Shift+Z")
MATCH_LIMIT = 50
TYPING_DELAY_MS = 80
OK_STYLE = "background: #e8f5e9; color: #1b5e20; border-radius: 6px; padding: 8px;"
ERROR_STYLE = "background: #ffebee; color: #b71c1c; border-radius: 6px; padding: 8px;"
INFO_STYLE = "background: #eceff1; color: #263238; border-radius: 6px; padding: 8px;"
# Row layout of a match: (registration id, name, organisation, status label, status, checked-in time)
STATUS, CHECKED_IN = 4, 5


@dataclass(frozen=True)
class CheckIn:
    command: ServiceCommand
    name: str


class SearchBox(QLineEdit):
    """The door's search box. Up/Down move in the matches; with no text to undo, Ctrl+Z and
    Ctrl+Shift+Z undo and redo check-ins instead of the box's own typing."""

    move = Signal(int)  # -1 up, +1 down
    undo_requested = Signal()
    redo_requested = Signal()

    def _stack_key(self, event: QKeyEvent) -> str:
        if self.isUndoAvailable() and self.text():
            return ""  # the box's own typing comes first
        if event.matches(QKeySequence.StandardKey.Undo):
            return "undo"
        if event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() == REDO_KEYS[0]:
            return "redo"
        return ""

    def event(self, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if override and self._stack_key(event):  # type: ignore[arg-type]
            event.accept()  # handled here, not by the window's action (same effect, no ambiguity)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = self._stack_key(event)
        if key == "undo":
            self.undo_requested.emit()
        elif key == "redo":
            self.redo_requested.emit()
        elif event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.move.emit(1)
        elif event.key() in (Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.move.emit(-1)
        elif event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)


class CheckInPanel(QWidget):
    leave_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = 0
        self.zone = ""  # the event's IANA zone
        self.last: CheckIn | None = None
        self._shown_text = ""  # what the matches shown were found for

        base = QFont(self.font())
        size = max(base.pointSizeF(), 9.0)
        big = QFont(base)
        big.setPointSizeF(size * 2.2)
        large = QFont(base)
        large.setPointSizeF(size * 1.4)
        huge = QFont(base)
        huge.setPointSizeF(size * 3.6)
        huge.setBold(True)

        self.title = QLabel()
        self.title.setFont(large)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)  # a long event name takes two lines, not the window's width
        self.counter = QLabel("0 / 0")
        self.counter.setFont(huge)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counter.setObjectName("arrived_counter")
        self.counter_caption = QLabel()
        self.counter_caption.setFont(large)
        self.counter_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.leave_button = QPushButton(self.tr("&Back to the list"))
        self.leave_button.setFont(large)
        self.leave_button.clicked.connect(self.leave_requested)

        self.search = SearchBox()
        self.search.setFont(big)
        self.search.setStyleSheet("padding: 6px;")
        self.search.setPlaceholderText(self.tr("Type a name or firm, then Enter to check in"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Check-in search"))
        self.search.textChanged.connect(self._typing)
        self.search.returnPressed.connect(self.check_in_selected)
        self.search.move.connect(self._move)
        self.search.undo_requested.connect(self.undo)
        self.search.redo_requested.connect(self.redo)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self._timer.timeout.connect(self.refresh_matches)

        self.matches = ListTableModel(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Status")], decorate=self._decorate
        )
        self.table = QTableView()
        self.table.setModel(self.matches)
        self.table.setFont(large)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the search box
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(self.table.fontMetrics().height() * 1.6))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.check_in_selected())

        self.message = QLabel()
        self.message.setFont(large)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("checkin_message")
        self.undo_button = QPushButton(self.tr("Undo check-in"))
        self.undo_button.setFont(large)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        feedback = QFrame()
        feedback_layout = QHBoxLayout(feedback)
        feedback_layout.setContentsMargins(0, 0, 0, 0)
        feedback_layout.addWidget(self.message, 1)
        feedback_layout.addWidget(self.undo_button)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(heading, 1)
        count_box = QVBoxLayout()
        count_box.addWidget(self.counter)
        count_box.addWidget(self.counter_caption)
        top.addLayout(count_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(feedback)
        layout.addWidget(self.table, 1)
        self._say(self.tr("Ready. Type the first letters of the guest's name or firm."), INFO_STYLE)

        context.undo_stack.indexChanged.connect(self._stack_moved)
        context.data_changed.connect(self._on_data_changed)

    # --- public -------------------------------------------------------------------------------------

    def set_event(self, event_id: int, title: str, zone: str = "") -> None:
        """``zone``: where the event happens; check-in times are shown on its clock."""
        self.event_id = event_id
        self.zone = zone
        self.title.setText(title)
        self.last = None
        self.search.setText("")
        self.refresh_counter()
        self.refresh_matches()

    def start(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def arrived_expected(self) -> tuple[int, int]:
        if not self.event_id:
            return 0, 0
        counts = self.context.read(lambda s: registrations.counts(s, self.event_id))
        return counts.arrived, counts.seated

    @Slot()
    def refresh_counter(self) -> None:
        arrived, expected = self.arrived_expected()
        self.counter.setText(f"{arrived} / {expected}")
        self.counter_caption.setText(
            self.tr("arrived / expected · {0} still to come").format(max(0, expected - arrived))
        )

    @Slot()
    def refresh_matches(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self._shown_text = text
        if not self.event_id:
            self.matches.set_rows([])
            return
        event_id = self.event_id
        # With nothing typed, the desk sees who is still expected; typing searches everyone not cancelled.
        active = tuple(s.value for s in S if s not in (S.CANCELLED, S.ATTENDED if not text else None))

        def read(session):  # type: ignore[no-untyped-def]
            found = registrations.search(session, event_id, text, limit=MATCH_LIMIT, statuses=active)
            return [
                (r.id, p.both_scripts, o.name if o else "", status_label(r.status), r.status, r.checked_in_at)
                for r, p, o in found
            ]

        rows = self.context.read(read)
        rows.sort(key=lambda r: r[STATUS] == S.ATTENDED.value)  # who is still to come first
        self.matches.set_rows(rows)
        if rows:
            self.table.selectRow(0)

    @Slot()
    def check_in_selected(self) -> None:
        self._timer.stop()
        if not self.search.text().strip():
            return
        if self.search.text().strip() != self._shown_text:
            self.refresh_matches()  # Enter came before the pause in typing: match what was typed
        if not self.matches.rows:
            self._say(
                self.tr("Nobody registered matches “{0}”.").format(self.search.text().strip()), ERROR_STYLE
            )
            return
        index = self.table.selectionModel().currentIndex()
        row = self.matches.rows[index.row() if index.isValid() else 0]
        self.check_in(row)

    def check_in(self, row: Row) -> bool:
        reg_id, name, org, _label, status, checked_in_at = row
        who = f"{name} — {org}" if org else name
        if status == S.ATTENDED.value:
            when = event_clock(checked_in_at, self.zone, "%H:%M")
            self._say(self.tr("{0} is already checked in (at {1}).").format(who, when), ERROR_STYLE)
            self.search.selectAll()
            return False
        text = self.tr("Check in {0}").format(name)
        if status == S.REGISTERED.value:
            command: ServiceCommand = CallCommand(
                self.context,
                text,
                lambda s: registrations.check_in(s, reg_id),
                lambda s: registrations.undo_check_in(s, reg_id),
                Topic.REGISTRATIONS,
            )
        else:  # a walk-in (invited, waitlisted, no-show): undo puts their old status back
            command = StatusCommand(self.context, text, reg_id, lambda s: registrations.check_in(s, reg_id))
        try:
            push(self.context, command)
        except ServiceError as error:
            self._say(str(error), ERROR_STYLE)
            return False
        self.last = CheckIn(command, who)
        note = "" if status == S.REGISTERED.value else " " + self.tr("(was {0})").format(status_label(status))
        self._say(self.tr("✓ Checked in: {0}{1}").format(who, note), OK_STYLE)
        self.search.setText("")  # ready for the next guest; also clears the box's own undo history
        self.search.setFocus()
        self._stack_moved()
        return True

    @Slot()
    def undo(self) -> None:
        stack = self.context.undo_stack
        if self._last_is_on_top():
            assert self.last is not None
            stack.undo()
            self._say(self.tr("↶ Check-in undone: {0}").format(self.last.name), INFO_STYLE)
        elif stack.canUndo():
            text = stack.undoText()
            stack.undo()
            self._say(self.tr("↶ Undone: {0}").format(text), INFO_STYLE)
        self.search.setFocus()

    @Slot()
    def redo(self) -> None:
        stack = self.context.undo_stack
        if stack.canRedo():
            text = stack.redoText()
            stack.redo()
            self._say(self.tr("↷ Redone: {0}").format(text), INFO_STYLE)

    # --- internals ----------------------------------------------------------------------------------

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def _last_is_on_top(self) -> bool:
        stack = self.context.undo_stack
        return (
            self.last is not None
            and stack.index() > 0
            and stack.command(stack.index() - 1) is self.last.command
        )

    @Slot()
    def _stack_moved(self) -> None:
        # RuntimeError: the stack is being destroyed with its context (the application is closing).
        with contextlib.suppress(RuntimeError):
            self.undo_button.setEnabled(self._last_is_on_top())

    @Slot()
    def _typing(self) -> None:
        self._timer.start()

    @Slot(int)
    def _move(self, step: int) -> None:
        count = self.matches.rowCount()
        if not count:
            return
        current = self.table.selectionModel().currentIndex()
        row = min(max((current.row() if current.isValid() else -1) + step, 0), count - 1)
        self.table.selectRow(row)

    def _decorate(self, row: Row, column: int, role: Qt.ItemDataRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            colour = STATUS_COLOURS.get(row[STATUS])
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.DisplayRole and column == 2 and row[CHECKED_IN] is not None:
            return f"{row[3]} {event_clock(row[CHECKED_IN], self.zone, '%H:%M')}"
        return None

    @Slot(str)
    def _on_data_changed(self, topic: str) -> None:
        if topic in (Topic.REGISTRATIONS, Topic.DIRECTORY) and self.event_id:
            self.refresh_counter()
            self.refresh_matches()
