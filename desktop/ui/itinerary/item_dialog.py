"""Create or edit an itinerary item with a form that fits its kind.

Flight/train/transfer: carrier, number, from/to places with their zones, booking reference. Hotel: check-in
and check-out, confirmation number, who sleeps in which room. Event: capacity. Visit, meal, briefing, free
time: place and times. Meetings have their own editor (``desktop.ui.meetings.editor``).

Times are typed as the local clock of where they happen; the services turn them into instants."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.models import Event, ItineraryItem
from desktop.services import itinerary as itinerary_service
from desktop.services import registrations as registration_service
from desktop.services.errors import ServiceError
from desktop.services.records import get
from desktop.services.timezones import to_local
from desktop.ui.context import AppContext, Topic
from desktop.ui.date_text import date_time_edit_format
from desktop.ui.field_errors import FieldErrors
from desktop.ui.itinerary.kinds import KINDS, kind_label, status_label
from desktop.ui.itinerary.member_views import MemberList, RoomsTable
from desktop.ui.itinerary.places import PlacePicker
from desktop.ui.people_names import delegation
from desktop.ui.screen_fit import resize_within_screen
from desktop.ui.undo import CallCommand, CreateCommand, push
from desktop.ui.zone_picker import ZoneEdit

TRAVEL = ("flight", "train", "transfer")
UNLIMITED = -1


def qdatetime(local: dt.datetime) -> QDateTime:
    """A wall-clock time shown as typed: the edit works in UTC so the machine's own zone (and its DST
    gaps) never shifts what the user sees."""
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone.utc()
    )


def wall_clock(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _datetime_edit() -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setTimeZone(QTimeZone.utc())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_time_edit_format())
    edit.setMinimumWidth(190)
    return edit


class ItemDialog(QDialog):
    """``item_id`` None: a new item of ``kind`` on ``day``. After ``accept`` ``item_id`` is the saved one."""

    def __init__(
        self,
        context: AppContext,
        item_id: int | None = None,
        kind: str = "visit",
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id = item_id
        self.event_id: int | None = None
        self._before: dict[str, Any] = {}
        self.setMinimumWidth(620)
        self.errors = FieldErrors()

        self.kind = QComboBox()
        for k in KINDS:
            if k != "meeting" or item_id is not None:
                self.kind.addItem(kind_label(k), k)
        self.title = QLineEdit()
        self.status = QComboBox()
        for s in ("tentative", "confirmed", "cancelled"):
            self.status.addItem(status_label(s), s)
        self.start = _datetime_edit()
        self.end = _datetime_edit()
        self.start_tz = ZoneEdit()
        self.end_tz = ZoneEdit()
        self.place = PlacePicker(context)
        self.destination = PlacePicker(context)
        self.carrier = QLineEdit(placeholderText=self.tr("e.g. TAP Air Portugal"))
        self.travel_number = QLineEdit(placeholderText=self.tr("e.g. TP 1027"))
        self.booking_ref = QLineEdit()
        self.confirmation_number = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(UNLIMITED, 1_000_000)
        self.capacity.setSpecialValueText(self.tr("Unlimited"))
        self.expected = QSpinBox()
        self.expected.setRange(UNLIMITED, 1_000_000)
        self.expected.setSpecialValueText(self.tr("Not set"))
        self.participants_model = QStandardItemModel(self)
        self.participants = MemberList()
        self.participants.setModel(self.participants_model)
        self.rooms_model = QStandardItemModel(0, 2, self)
        self.rooms_model.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Room")])
        self.rooms = RoomsTable()
        self.rooms.setModel(self.rooms_model)
        self.rooms.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rooms.setToolTip(self.tr("Type a room number; clear it to take the member off the room list."))
        self.remove_room_button = QPushButton(self.tr("Remove from room"))
        self.remove_room_button.setToolTip(self.tr("Take the selected member off the room list"))
        self.remove_room_button.clicked.connect(self.remove_selected_room)
        self.rooms_box = QWidget()
        rooms_layout = QVBoxLayout(self.rooms_box)
        rooms_layout.setContentsMargins(0, 0, 0, 0)
        rooms_layout.addWidget(self.rooms)
        rooms_buttons = QHBoxLayout()
        rooms_buttons.addStretch(1)
        rooms_buttons.addWidget(self.remove_room_button)
        rooms_layout.addLayout(rooms_buttons)
        self.description = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for edit in (self.description, self.notes):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(80)

        when_start = QHBoxLayout()
        when_start.addWidget(self.start)
        when_start.addWidget(QLabel(self.tr("in")))
        when_start.addWidget(self.errors.wrap("start_tz", self.start_tz), 1)
        when_end = QHBoxLayout()
        when_end.addWidget(self.end)
        when_end.addWidget(QLabel(self.tr("in")))
        when_end.addWidget(self.errors.wrap("end_tz", self.end_tz), 1)
        start_box, end_box = QWidget(), QWidget()
        start_box.setLayout(when_start)
        end_box.setLayout(when_end)
        for box in (start_box, end_box):
            box.layout().setContentsMargins(0, 0, 0, 0)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.errors.banner)
        self.form.addRow(self.tr("&Kind:"), self.errors.wrap("kind", self.kind))
        self.form.addRow(self.tr("&Title:"), self.errors.wrap("title", self.title))
        self.form.addRow(self.tr("&Status:"), self.errors.wrap("status", self.status))
        self.form.addRow(self.tr("&Place:"), self.errors.wrap("place_id", self.place))
        self.form.addRow(self.tr("&To:"), self.errors.wrap("destination_id", self.destination))
        self.form.addRow(self.tr("Sta&rts:"), self.errors.wrap("start_utc", start_box, "start"))
        self.form.addRow(self.tr("&Ends:"), self.errors.wrap("end_utc", end_box, "end"))
        self.form.addRow(self.tr("&Carrier:"), self.errors.wrap("carrier", self.carrier))
        self.form.addRow(self.tr("&Number:"), self.errors.wrap("travel_number", self.travel_number))
        self.form.addRow(self.tr("&Booking ref.:"), self.errors.wrap("booking_ref", self.booking_ref))
        self.form.addRow(
            self.tr("Con&firmation no.:"), self.errors.wrap("confirmation_number", self.confirmation_number)
        )
        self.form.addRow(self.tr("Capacity:"), self.errors.wrap("capacity", self.capacity))
        self.form.addRow(self.tr("Expected:"), self.errors.wrap("expected", self.expected))
        # Who takes part and (at a hotel) who sleeps in which room side by side: the same members in
        # both, each list in full, and the form still fits a laptop screen.
        self.rooms_label = QLabel(self.tr("Rooms:"))
        self.rooms_label.setBuddy(self.rooms)
        self.rooms_wrapped = self.errors.wrap("room", self.rooms_box)
        members_box = QWidget()
        members = QHBoxLayout(members_box)
        members.setContentsMargins(0, 0, 0, 0)
        members.addWidget(self.errors.wrap("participants", self.participants), 2)
        members.addWidget(self.rooms_label, 0, Qt.AlignmentFlag.AlignTop)
        members.addWidget(self.rooms_wrapped, 3)
        self.form.addRow(self.tr("Who:"), members_box)
        self.who_hint = QLabel(self.tr("Tick nobody when the whole delegation takes part."))
        self.who_hint.setEnabled(False)
        self.form.addRow("", self.who_hint)
        self.form.addRow(self.tr("&Description:"), self.errors.wrap("description", self.description))
        self.form.addRow(self.tr("N&otes:"), self.errors.wrap("notes", self.notes))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

        self._fill_people()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.place.changed.connect(lambda: self._follow_place(self.place, self.start_tz, "_start_zone_auto"))
        self.destination.changed.connect(
            lambda: self._follow_place(self.destination, self.end_tz, "_end_zone_auto")
        )
        self.start_tz.textEdited.connect(lambda _t: setattr(self, "_start_zone_auto", False))
        self.end_tz.textEdited.connect(lambda _t: setattr(self, "_end_zone_auto", False))
        self.start.dateTimeChanged.connect(self._keep_end_after_start)
        self._start_zone_auto = self._end_zone_auto = True
        self._last_start = self.start.dateTime()

        if item_id is None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            home = context.read(lambda s: _trip_zone(s, context.trip_id))
            self.start_tz.set_zone(home)
            self.end_tz.set_zone(home)
            day = day or dt.date.today()
            self.start.setDateTime(qdatetime(dt.datetime.combine(day, dt.time(9, 0))))
            self.end.setDateTime(qdatetime(dt.datetime.combine(day, dt.time(10, 0))))
            self.status.setCurrentIndex(self.status.findData("confirmed"))
            self.setWindowTitle(self.tr("New {0}").format(kind_label(kind).lower()))
        else:
            self._load()
        self._kind_changed()
        self._last_start = self.start.dateTime()

    # --- loading ---
    def _fill_people(self) -> None:
        trip_id = self.context.trip_id
        people = self.context.read(lambda s: delegation(s, trip_id))
        for ident, label in people:
            item = QStandardItem(label)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(ident, Qt.ItemDataRole.UserRole)
            self.participants_model.appendRow(item)
            name = QStandardItem(label)
            name.setEditable(False)
            name.setData(ident, Qt.ItemDataRole.UserRole)
            self.rooms_model.appendRow([name, QStandardItem("")])
        self.participants.updateGeometry()  # their size hints follow the number of members
        self.rooms.updateGeometry()

    def _load(self) -> None:
        item_id = self.item_id
        assert item_id is not None
        v = self.context.read(lambda s: _item_values(s, item_id))
        self._before = dict(v)
        self.event_id = v.pop("event_id")
        self.kind.setCurrentIndex(self.kind.findData(v["kind"]))
        self.kind.setEnabled(False)
        self.title.setText(v["title"])
        self.status.setCurrentIndex(self.status.findData(v["status"]))
        self.place.set_place_id(v["place_id"])
        self.destination.set_place_id(v["destination_id"])
        self.start_tz.set_zone(v["start_tz"])
        self.end_tz.set_zone(v["end_tz"])
        self.start.setDateTime(qdatetime(to_local(v["start_utc"], v["start_tz"]).replace(tzinfo=None)))
        self.end.setDateTime(qdatetime(to_local(v["end_utc"], v["end_tz"]).replace(tzinfo=None)))
        for name in ("carrier", "travel_number", "booking_ref", "confirmation_number"):
            getattr(self, name).setText(v[name])
        self.description.setPlainText(v["description"])
        self.notes.setPlainText(v["notes"])
        chosen = set(v["participants"])
        for row in range(self.participants_model.rowCount()):
            it = self.participants_model.item(row)
            checked = it.data(Qt.ItemDataRole.UserRole) in chosen
            it.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        rooms = v["rooms"]
        for row in range(self.rooms_model.rowCount()):
            ident = self.rooms_model.item(row, 0).data(Qt.ItemDataRole.UserRole)
            self.rooms_model.item(row, 1).setText(rooms.get(ident, ""))
        self.capacity.setValue(UNLIMITED if v["capacity"] is None else v["capacity"])
        self.expected.setValue(UNLIMITED if v["expected"] is None else v["expected"])
        self._start_zone_auto = self._end_zone_auto = False
        self.setWindowTitle(self.tr("Edit {0}").format(kind_label(v["kind"]).lower()))

    # --- form behaviour ---
    def current_kind(self) -> str:
        return self.kind.currentData()

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget.parentWidget(), visible)

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.current_kind()
        travel = kind in TRAVEL
        self._set_row_visible(self.destination, travel)
        for w in (self.carrier, self.travel_number, self.booking_ref):
            self._set_row_visible(w, travel)
        self._set_row_visible(self.confirmation_number, kind in ("hotel", "event", "visit", "meal"))
        self.rooms_label.setVisible(kind == "hotel")
        self.rooms_wrapped.setVisible(kind == "hotel")
        self._set_row_visible(self.capacity, kind == "event")
        self._set_row_visible(self.expected, kind == "event")
        place_label = {"hotel": self.tr("&Hotel:"), "flight": self.tr("&From:"), "train": self.tr("&From:")}
        label = self.form.labelForField(self.place.parentWidget())
        if isinstance(label, QLabel):
            label.setText(place_label.get(kind, self.tr("&From:") if travel else self.tr("&Place:")))
        start_label = self.form.labelForField(self.start.parentWidget().parentWidget())
        end_label = self.form.labelForField(self.end.parentWidget().parentWidget())
        if isinstance(start_label, QLabel) and isinstance(end_label, QLabel):
            hotel = kind == "hotel"
            start_label.setText(
                self.tr("Check-&in:") if hotel else (self.tr("&Departs:") if travel else self.tr("Sta&rts:"))
            )
            end_label.setText(
                self.tr("Check-&out:") if hotel else (self.tr("&Arrives:") if travel else self.tr("&Ends:"))
            )
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """As tall as the form wants (every member's row in view), never taller than the screen: unlike
        ``adjustSize`` (two thirds of the screen at most), which left the member lists scrolling."""
        self.layout().activate()
        hint = self.sizeHint()
        resize_within_screen(self, max(hint.width(), self.minimumWidth()), hint.height())

    def _follow_place(self, picker: PlacePicker, zone_edit: ZoneEdit, flag: str) -> None:
        """Picking a place sets the zone, unless the user typed one."""
        zone = picker.zone()
        if zone and getattr(self, flag):
            zone_edit.set_zone(zone)
            if picker is self.place and self.current_kind() not in TRAVEL and self._end_zone_auto:
                self.end_tz.set_zone(zone)

    @Slot(QDateTime)
    def _keep_end_after_start(self, value: QDateTime) -> None:
        """Moving the start moves the end with it, keeping the duration (as calendars do)."""
        delta = self._last_start.secsTo(value)
        self._last_start = value
        if delta and self.item_id is None:
            self.end.setDateTime(self.end.dateTime().addSecs(delta))

    # --- saving ---
    def values(self) -> dict[str, Any]:
        kind = self.current_kind()
        v: dict[str, Any] = {
            "kind": kind,
            "title": self.title.text(),
            "status": self.status.currentData(),
            "start": wall_clock(self.start.dateTime()),
            "end": wall_clock(self.end.dateTime()),
            "start_tz": self.start_tz.zone(),
            "end_tz": self.end_tz.zone(),
            "place_id": self.place.place_id(),
            "description": self.description.toPlainText(),
            "notes": self.notes.toPlainText(),
            "participants": [
                self.participants_model.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.participants_model.rowCount())
                if self.participants_model.item(r).checkState() == Qt.CheckState.Checked
            ],
        }
        if kind in TRAVEL:
            v["destination_id"] = self.destination.place_id()
            v["carrier"] = self.carrier.text()
            v["travel_number"] = self.travel_number.text()
            v["booking_ref"] = self.booking_ref.text()
        if kind in ("hotel", "event", "visit", "meal"):
            v["confirmation_number"] = self.confirmation_number.text()
        if kind == "hotel":
            v["rooms"] = {
                self.rooms_model.item(r, 0).data(Qt.ItemDataRole.UserRole): self.rooms_model.item(r, 1)
                .text()
                .strip()
                for r in range(self.rooms_model.rowCount())
                if self.rooms_model.item(r, 1).text().strip() or r in self._rooms_before_rows()
            }
        if kind == "event":
            v["capacity"] = None if self.capacity.value() == UNLIMITED else self.capacity.value()
            v["expected"] = None if self.expected.value() == UNLIMITED else self.expected.value()
        return v

    @Slot()
    def remove_selected_room(self) -> None:
        """Clear the selected member's room: saved, it takes them off the list (undoable)."""
        index = self.rooms.currentIndex()
        if index.isValid():
            self.rooms_model.item(index.row(), 1).setText("")

    def _rooms_before_rows(self) -> set[int]:
        before = self._before.get("rooms", {})
        return {
            r
            for r in range(self.rooms_model.rowCount())
            if self.rooms_model.item(r, 0).data(Qt.ItemDataRole.UserRole) in before
        }

    def _unknown_places(self) -> list[tuple[str, str]]:
        out = []
        for field, picker in (("place_id", self.place), ("destination_id", self.destination)):
            typed = picker.typed_but_unknown()
            if typed and picker.isVisibleTo(self):
                out.append((field, typed))
        return out

    @Slot()
    def save(self) -> None:
        unknown = self._unknown_places()
        if unknown:
            # Never drop what was typed: say the place is not known and offer to create it.
            from desktop.services.errors import FieldError

            self.errors.show(
                [
                    FieldError(f, self.tr("“{0}” is not a known place: choose one or press New…").format(t))
                    for f, t in unknown
                ]
            )
            return
        after = self.values()
        try:
            if self.item_id is None:
                trip_id = self.context.trip_id
                command = CreateCommand(
                    self.context,
                    self.tr("New {0} “{1}”").format(kind_label(after["kind"]).lower(), after["title"]),
                    lambda s: _create(s, trip_id, dict(after)),
                    "itinerary_items",
                    Topic.ITINERARY,
                )
                push(self.context, command)
                self.item_id = command.ident
            else:
                before = {k: self._before[k] for k in after if k not in ("start", "end")}
                before["start_utc"], before["end_utc"] = self._before["start_utc"], self._before["end_utc"]
                if "rooms" in after:
                    before["rooms"] = {p: self._before["rooms"].get(p, "") for p in after["rooms"]}
                item_id, event_id = self.item_id, self.event_id
                promoted: list[int] = []  # who a larger capacity took off the waitlist, for the undo

                def redo(s: Session) -> None:
                    promoted[:] = _update(s, item_id, event_id, dict(after))

                def undo(s: Session) -> None:
                    _update(s, item_id, event_id, dict(before))
                    registration_service.return_to_waitlist(s, promoted)

                push(
                    self.context,
                    CallCommand(
                        self.context,
                        self.tr("Edit “{0}”").format(after["title"]),
                        redo,
                        undo,
                        Topic.ITINERARY,
                        Topic.REGISTRATIONS,
                    ),
                )
        except ServiceError as error:
            self.errors.show_error(error)
            return
        self.accept()


def _trip_zone(session: Session, trip_id: int) -> str:
    from db.models import Trip

    trip = session.get(Trip, trip_id)
    return trip.home_timezone if trip else "UTC"


def _item_values(session: Session, item_id: int) -> dict[str, Any]:
    item = get(session, ItineraryItem, item_id, "itinerary item")
    v = {name: getattr(item, name) for name in itinerary_service.ITEM_FIELDS}
    v["participants"] = [p.id for p in item.participants]
    v["rooms"] = {r.person_id: r.room for r in item.rooms}
    event: Event | None = item.event
    v["event_id"] = event.id if event else None
    v["capacity"] = event.capacity if event else None
    v["expected"] = event.expected if event else None
    return v


def _create(session: Session, trip_id: int, values: dict[str, Any]) -> ItineraryItem:
    rooms = values.pop("rooms", {})
    participants = values.pop("participants")
    if values["kind"] == "event":
        capacity, expected = values.pop("capacity", None), values.pop("expected", None)
        item = itinerary_service.create_event(
            session, trip_id, capacity=capacity, expected=expected, participants=participants, **values
        ).item
    else:
        item = itinerary_service.create_item(session, trip_id, participants=participants, **values)
    for person_id, room in rooms.items():
        if room.strip():
            itinerary_service.set_room(session, item.id, person_id, room)
    return item


def _update(session: Session, item_id: int, event_id: int | None, values: dict[str, Any]) -> list[int]:
    """Save the form's values; returns the registrations a changed capacity promoted from the waitlist."""
    rooms = values.pop("rooms", None)
    capacity = values.pop("capacity", None)
    expected = values.pop("expected", None)
    has_capacity = event_id is not None
    participants = values.pop("participants", None)
    itinerary_service.update_item(session, item_id, participants=participants, **values)
    _apply_rooms(session, item_id, rooms or {})
    if has_capacity:
        return [r.id for r in registration_service.set_capacity(session, event_id, capacity, expected)]
    return []


def _apply_rooms(session: Session, item_id: int, rooms: dict[int, str]) -> None:
    """A room typed is assigned; a room cleared takes the member off the list (so undoing a new room
    removes it again, and undoing a removal puts the old room back)."""
    for person_id, room in rooms.items():
        if room.strip():
            itinerary_service.set_room(session, item_id, person_id, room)
        else:
            itinerary_service.remove_room(session, item_id, person_id)
