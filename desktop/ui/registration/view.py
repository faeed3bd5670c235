"""The registration desk: pick an event of the trip, see who registered and how many seats are left,
register, cancel (the waitlist moves up), promote, set a status; and a check-in mode for the door."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Event, ItineraryItem, Registration
from db.models import RegistrationStatus as S
from desktop.services import registrations
from desktop.services.errors import ServiceError
from desktop.ui.context import AppContext, Topic
from desktop.ui.directory.detail import local_time
from desktop.ui.menu_button import MenuButton
from desktop.ui.registration.add_dialog import AddRegistrationDialog
from desktop.ui.registration.checkin import ERROR_STYLE, INFO_STYLE, OK_STYLE, CheckInPanel
from desktop.ui.registration.commands import StatusCommand
from desktop.ui.registration.labels import status_label, statuses
from desktop.ui.registration.tables import STATUS, registrations_model
from desktop.ui.tables import RecordTable
from desktop.ui.undo import CallCommand, DeleteCommand, ServiceCommand, push

ACTIVE = "active"  # the status filter's "everyone but the cancelled"
SEARCH_DELAY_MS = 150


def trip_events(session: Session, trip_id: int) -> list[tuple[int, str, str]]:
    """Each event of the trip: id, label (its local start and title), its zone."""
    rows = session.execute(
        select(Event.id, ItineraryItem.title, ItineraryItem.start_utc, ItineraryItem.start_tz)
        .join(ItineraryItem, Event.item_id == ItineraryItem.id)
        .where(ItineraryItem.trip_id == trip_id)
        .order_by(ItineraryItem.start_utc)
    ).all()
    return [(i, f"{local_time(start, tz)[:16]} · {title}", tz) for i, title, start, tz in rows]


ZONE_ROLE = Qt.ItemDataRole.UserRole + 1


class RegistrationDeskView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = registrations_model(context.database, self, zone=lambda: self.event_zone)
        self.model.set_condition("event", Registration.event_id == 0, reload=False)

        # --- the desk -------------------------------------------------------------------------------
        self.event_combo = QComboBox()
        self.event_combo.setMinimumContentsLength(40)
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        event_label = QLabel(self.tr("&Event:"))
        event_label.setBuddy(self.event_combo)
        self.capacity = QLabel()
        self.capacity.setObjectName("capacity")
        font = QFont(self.capacity.font())
        font.setBold(True)
        self.capacity.setFont(font)
        self.checkin_button = QPushButton(self.tr("Chec&k-in mode"))
        self.checkin_button.setToolTip(self.tr("A big search box for the queue at the door"))
        self.checkin_button.clicked.connect(self.enter_check_in)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter: name, firm or badge (accents optional)"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("All but cancelled"), ACTIVE)
        for value, label in statuses():
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(self._status_chosen)

        self.table = RecordTable(self.model)
        self.table.current_id_changed.connect(self._enable)
        self.table.activated_id.connect(lambda _ident: self.check_in_selected())
        self.shown = QLabel()
        self.model.reloaded.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)

        self.message = QLabel()
        self.message.setObjectName("desk_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        self.add_button = QPushButton(self.tr("&Register a guest…"))
        self.add_button.clicked.connect(self.new_record)
        self.check_in_button = QPushButton(self.tr("Check &in"))
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.promote_button = QPushButton(self.tr("&Promote from waitlist"))
        self.promote_button.clicked.connect(self.promote_selected)
        self.badge_button = QPushButton(self.tr("Print &badge…"))
        self.badge_button.setToolTip(
            self.tr("Print this guest's badge now (a walk-in, a lost badge); it does not check them in")
        )
        self.badge_button.clicked.connect(self.print_badge_selected)
        self.cancel_button = QPushButton(self.tr("&Cancel registration…"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.status_button = MenuButton(self.tr("Set &status"))
        menu = QMenu(self.status_button)
        for value, label in statuses():
            menu.addAction(label, lambda v=value: self.set_status_selected(v))
        self.status_button.setMenu(menu)

        top = QHBoxLayout()
        top.addWidget(event_label)
        top.addWidget(self.event_combo, 1)
        top.addWidget(self.checkin_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.shown, 1)
        for button in (
            self.add_button,
            self.check_in_button,
            self.badge_button,
            self.promote_button,
            self.status_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        desk = QWidget()
        desk_layout = QVBoxLayout(desk)
        desk_layout.setContentsMargins(0, 0, 0, 0)
        desk_layout.addLayout(top)
        desk_layout.addWidget(self.capacity)
        desk_layout.addLayout(filters)
        desk_layout.addWidget(self.message)
        desk_layout.addWidget(self.table, 1)
        desk_layout.addLayout(buttons)

        # --- check-in mode --------------------------------------------------------------------------
        self.check_in_panel = CheckInPanel(context)
        self.check_in_panel.leave_requested.connect(self.leave_check_in)

        self.pages = QStackedWidget()
        self.pages.addWidget(desk)
        self.pages.addWidget(self.check_in_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setTabOrder(self.event_combo, self.checkin_button)
        self.setTabOrder(self.checkin_button, self.search)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.table)
        self.setTabOrder(self.table, self.add_button)

        for column, width in enumerate((240, 240, 100, 170, 170, 160, 140)):  # times carry their zone
            self.table.setColumnWidth(column, width)
        context.trip_changed.connect(lambda _trip: self.load_events())
        context.data_changed.connect(self._on_data_changed)
        self.model.reloaded.connect(self._enable)  # a new filter or event may leave nothing selected
        self.load_events()
        self._enable()

    # --- what the main window calls ------------------------------------------------------------------

    @property
    def event_id(self) -> int:
        return int(self.event_combo.currentData() or 0)

    @property
    def event_zone(self) -> str:
        """Where the event happens: registration and check-in times are shown on its clock."""
        return str(self.event_combo.currentData(ZONE_ROLE) or "")

    def in_check_in_mode(self) -> bool:
        return self.pages.currentWidget() is self.check_in_panel

    def focus_search(self) -> None:
        if self.in_check_in_mode():
            self.check_in_panel.start()
        else:
            self.search.setFocus()
            self.search.selectAll()

    def new_record(self) -> AddRegistrationDialog | None:
        if not self.event_id:
            return None
        dialog = AddRegistrationDialog(self.context, self.event_id, self.event_combo.currentText(), self)
        dialog.accepted.connect(lambda: self._registered(dialog))
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        ident = self.table.selected_id()
        if not ident:
            return
        name = self._selected_name()
        answer = QMessageBox.question(
            self,
            self.tr("Delete registration"),
            self.tr(
                "Delete the registration of {0} altogether?\n\nTo free the seat for the waitlist, "
                "cancel it instead. You can undo this (Ctrl+Z)."
            ).format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            push(
                self.context,
                DeleteCommand(
                    self.context,
                    self.tr("Delete registration of {0}").format(name),
                    "registrations",
                    ident,
                    Topic.REGISTRATIONS,
                ),
            )
            self._say(self.tr("Deleted the registration of {0}.").format(name), INFO_STYLE)

    def load_events(self) -> None:
        trip_id = self.context.trip_id
        events = self.context.read(lambda s: trip_events(s, trip_id)) if trip_id else []
        current = self.event_id
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for ident, label, zone in events:
            self.event_combo.addItem(label, ident)
            self.event_combo.setItemData(self.event_combo.count() - 1, zone, ZONE_ROLE)
        if not events:
            self.event_combo.addItem(self.tr("This trip has no events yet (add one to the itinerary)"), 0)
        row = self.event_combo.findData(current)
        self.event_combo.setCurrentIndex(max(row, 0))
        self.event_combo.blockSignals(False)
        self._event_chosen()

    # --- check-in mode -------------------------------------------------------------------------------

    @Slot()
    def enter_check_in(self) -> None:
        if not self.event_id:
            return
        self.check_in_panel.set_event(self.event_id, self.event_combo.currentText(), self.event_zone)
        self.pages.setCurrentWidget(self.check_in_panel)
        self.check_in_panel.start()

    @Slot()
    def leave_check_in(self) -> None:
        self.pages.setCurrentIndex(0)
        self.model.refresh()
        self.table.setFocus()

    # --- desk actions --------------------------------------------------------------------------------

    def _selected_row(self) -> tuple[int, str]:
        ident = self.table.selected_id()
        row = self.model.row_of(ident) if ident else -1
        return (ident, self.model.row_values(row)[STATUS]) if row >= 0 else (0, "")

    def _selected_name(self) -> str:
        index = self.table.currentIndex()
        return str(self.model.index(index.row(), 0).data()) if index.isValid() else ""

    @Slot()
    def check_in_selected(self) -> None:
        ident, status = self._selected_row()
        if not ident:
            return
        name = self._selected_name()
        text = self.tr("Check in {0}").format(name)
        if status == S.REGISTERED.value:
            command: ServiceCommand = CallCommand(
                self.context,
                text,
                lambda s: registrations.check_in(s, ident),
                lambda s: registrations.undo_check_in(s, ident),
                Topic.REGISTRATIONS,
            )
        else:
            command = StatusCommand(self.context, text, ident, lambda s: registrations.check_in(s, ident))
        if self._run(command):
            self._say(self.tr("✓ Checked in: {0}").format(name), OK_STYLE)

    @Slot()
    def print_badge_selected(self) -> QDialog | None:
        """The selected guest's badge in a preview to print or save: one badge on a sheet, whatever their
        status; nobody is checked in by it."""
        ident, _status = self._selected_row()
        if not ident:
            return None
        from desktop.ui.documents.preview import preview_document

        return preview_document(
            self,
            self.context,
            "badges",
            subject=self._selected_name(),
            event_id=self.event_id,
            registration_ids=(ident,),
        )

    @Slot()
    def promote_selected(self) -> None:
        ident, _status = self._selected_row()
        if not ident:
            return
        name = self._selected_name()
        command = StatusCommand(
            self.context,
            self.tr("Promote {0}").format(name),
            ident,
            lambda s: registrations.promote(s, ident),
        )
        if self._run(command):
            self._say(self.tr("{0} was promoted from the waitlist and has a seat.").format(name), OK_STYLE)

    @Slot()
    def cancel_selected(self) -> None:
        ident, status = self._selected_row()
        if not ident or status == S.CANCELLED.value:
            return
        name = self._selected_name()
        answer = QMessageBox.question(
            self,
            self.tr("Cancel registration"),
            self.tr(
                "Cancel the registration of {0}? If it frees a seat, the first on the waitlist gets it."
            ).format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        command = StatusCommand(
            self.context, self.tr("Cancel {0}").format(name), ident, lambda s: registrations.cancel(s, ident)
        )
        if self._run(command):
            self._say(self._cancelled_text(name, command.promoted), OK_STYLE)

    def set_status_selected(self, status: str) -> None:
        ident, current = self._selected_row()
        if not ident or status == current:
            return
        if status == S.ATTENDED.value:
            self.check_in_selected()
            return
        name = self._selected_name()
        command = StatusCommand(
            self.context,
            self.tr("Set {0} to {1}").format(name, status_label(status)),
            ident,
            lambda s: registrations.set_status(s, ident, status),
        )
        if self._run(command):
            text = self.tr("{0}: {1}.").format(name, status_label(status))
            if command.promoted:
                text += " " + self.tr("{0} got the seat (promoted from the waitlist).").format(
                    ", ".join(command.promoted)
                )
            self._say(text, OK_STYLE)

    # --- internals -----------------------------------------------------------------------------------

    def _cancelled_text(self, name: str, promoted: list[str]) -> str:
        text = self.tr("Cancelled the registration of {0}.").format(name)
        if promoted:
            text += " " + self.tr("{0} got the seat (promoted from the waitlist).").format(
                ", ".join(promoted)
            )
        return text

    def _run(self, command: ServiceCommand) -> bool:
        try:
            push(self.context, command)
        except ServiceError as error:
            self._say(str(error), ERROR_STYLE)
            return False
        return True

    def _registered(self, dialog: AddRegistrationDialog) -> None:
        command = dialog.command
        if command is None:
            return
        if command.status == S.WAITLISTED.value:
            text = self.tr("The event is full: {0} is on the waitlist (position {1}).").format(
                command.name, command.waitlist_position
            )
            self._say(text, ERROR_STYLE.replace("#ffebee", "#fff3e0").replace("#b71c1c", "#8a4b00"))
        else:
            self._say(
                self.tr("Registered {0} ({1}).").format(command.name, status_label(command.status)), OK_STYLE
            )
        if not self.table.select_id(command.registration_id):
            self._show_all_and_select(command.registration_id)

    def _show_all_and_select(self, ident: int) -> None:
        self.search.setText("")
        self.model.set_search("")
        self.model.fetch_until(ident)
        self.table.select_id(ident)

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style + " padding: 6px;")
        self.message.show()

    def _search_now(self) -> None:
        self._timer.stop()
        self.model.set_search(self.search.text())
        self.table.setFocus()
        if not self.table.selected_id():
            self.table.select_first()

    def _event_chosen(self) -> None:
        event_id = self.event_id
        self.model.set_condition("event", Registration.event_id == event_id)
        self.checkin_button.setEnabled(bool(event_id))
        self.add_button.setEnabled(bool(event_id))
        self.message.hide()
        self._show_counts()
        if self.in_check_in_mode():
            self.check_in_panel.set_event(event_id, self.event_combo.currentText(), self.event_zone)

    def _status_chosen(self) -> None:
        value = self.status_filter.currentData()
        clause = None
        if value == ACTIVE:
            clause = Registration.status != S.CANCELLED.value
        elif value:
            clause = Registration.status == value
        self.model.set_condition("status", clause)

    def _show_counts(self) -> None:
        event_id = self.event_id
        if not event_id:
            self.capacity.setText("")
            return
        counts = self.context.read(lambda s: registrations.counts(s, event_id))
        if counts.capacity is None:
            seats = self.tr("No seat limit · {0} seated").format(counts.seated)
        else:
            seats = self.tr("Capacity {0} · {1} seated · {2} left").format(
                counts.capacity, counts.seated, counts.seats_left
            )
        self.capacity.setText(
            self.tr("{0} · {1} waitlisted · {2} checked in · {3} invited · {4} cancelled").format(
                seats,
                counts.waitlisted,
                counts.arrived,
                counts.by_status.get(S.INVITED.value, 0),
                counts.by_status.get(S.CANCELLED.value, 0),
            )
        )

    def _show_count(self) -> None:
        self.shown.setText(self.tr("{0:,} shown of {1:,}").format(self.model.rowCount(), self.model.total))

    def _enable(self, _ident: int = 0) -> None:
        ident, status = self._selected_row()
        self.check_in_button.setEnabled(bool(ident) and status not in (S.ATTENDED.value, S.CANCELLED.value))
        self.promote_button.setEnabled(status == S.WAITLISTED.value)
        self.cancel_button.setEnabled(bool(ident) and status != S.CANCELLED.value)
        self.status_button.setEnabled(bool(ident))
        self.badge_button.setEnabled(bool(ident))

    @Slot(str)
    def _on_data_changed(self, topic: str) -> None:
        if topic == Topic.ITINERARY:
            self.load_events()
        elif topic in (Topic.REGISTRATIONS, Topic.DIRECTORY):
            self.model.refresh()
            self._show_counts()
            self._enable()
