"""The export dialog: which list, which format, where. The file is written to a temporary file beside the
target and moved over it, so a failure never leaves half a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy import select

from db.database import Database
from db.models import Event, ItineraryItem
from desktop.exchange.errors import ExchangeError
from desktop.exchange.exporting import export_list
from desktop.ui.people_names import delegation

LISTS = {
    "registrations": QT_TRANSLATE_NOOP("ExportDialog", "Registrations for an event"),
    "attendees": QT_TRANSLATE_NOOP("ExportDialog", "Attendees (of an event, or of every meeting)"),
    "organisations": QT_TRANSLATE_NOOP("ExportDialog", "Organisations with their contacts"),
    "contacts": QT_TRANSLATE_NOOP("ExportDialog", "Contacts"),
    "members": QT_TRANSLATE_NOOP("ExportDialog", "Delegation members"),
    "actions": QT_TRANSLATE_NOOP("ExportDialog", "Follow-up actions"),
    "meetings": QT_TRANSLATE_NOOP("ExportDialog", "Meetings: times, places, attendees, interpreters"),
    "calendar": QT_TRANSLATE_NOOP("ExportDialog", "Calendar (.ics): the itinerary, for phones and calendars"),
}
CALENDAR = "calendar"
NEEDS_EVENT = ("registrations",)
MAY_USE_EVENT = ("registrations", "attendees")
FORMATS = [
    (QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"), ".xlsx"),
    (QT_TRANSLATE_NOOP("ExportDialog", "CSV, UTF-8 (.csv)"), ".csv"),
]


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        database: Database,
        trip_id: int | None,
        kind: str | None = None,
        event_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a list"))
        self.setMinimumWidth(560)
        self.database = database
        self.trip_id = trip_id
        self.kind = QComboBox()
        for key, label in LISTS.items():
            self.kind.addItem(self.tr(label), key)
        self.event_box = QComboBox()
        self.event_box.addItem(self.tr("All meetings of the trip"), None)
        self._load_events(event_id)
        self.member_box = QComboBox()
        self.member_box.addItem(self.tr("The whole delegation"), None)
        if trip_id is not None:
            with database.session() as s:
                for ident, name in delegation(s, trip_id):
                    self.member_box.addItem(name, ident)
        self.with_actions = QCheckBox(self.tr("With the follow-up actions, as to-dos due on their dates"))
        self.format = QComboBox()
        for label, suffix in FORMATS:
            self.format.addItem(self.tr(label), suffix)
        self.path = QLineEdit()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("List:"), self.kind)
        form.addRow(self.tr("Event:"), self.event_box)
        form.addRow(self.tr("Whose:"), self.member_box)
        form.addRow("", self.with_actions)
        form.addRow(self.tr("Format:"), self.format)
        self.form = form
        form.addRow(self.tr("File:"), row)
        form.addRow(self.message)
        form.addRow(self.buttons)
        if kind in LISTS:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._kind_changed()

    def _load_events(self, selected: int | None) -> None:
        if self.trip_id is None:
            return
        with self.database.session() as s:
            rows = s.execute(
                select(Event.id, ItineraryItem.title)
                .join(ItineraryItem, Event.item_id == ItineraryItem.id)
                .where(ItineraryItem.trip_id == self.trip_id)
                .order_by(ItineraryItem.start_utc)
            ).all()
        for ident, title in rows:
            self.event_box.addItem(title, ident)
            if ident == selected:
                self.event_box.setCurrentIndex(self.event_box.count() - 1)

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        calendar = kind == CALENDAR
        self.form.setRowVisible(self.event_box, not calendar)
        self.form.setRowVisible(self.format, not calendar)
        self.form.setRowVisible(self.member_box, calendar)
        self.form.setRowVisible(self.with_actions, calendar)
        self.event_box.setEnabled(kind in MAY_USE_EVENT)
        if kind in NEEDS_EVENT and self.event_box.currentData() is None and self.event_box.count() > 1:
            self.event_box.setCurrentIndex(1)
        self._format_changed()

    def _suffix(self) -> str:
        return ".ics" if self.kind.currentData() == CALENDAR else str(self.format.currentData())

    @Slot()
    def _format_changed(self) -> None:
        text = self.path.text().strip()
        suffix = self._suffix()
        if text:
            self.path.setText(str(Path(text).with_suffix(suffix)))

    @Slot()
    def _choose(self) -> None:
        suffix = self._suffix()
        default = self.path.text() or f"{self.kind.currentData()}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), default, f"*{suffix}")
        if path:
            self.path.setText(path if path.lower().endswith(suffix) else path + suffix)

    @Slot()
    def export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self._say(self.tr("Choose the file to write."), error=True)
            return
        kind = self.kind.currentData()
        if kind == CALENDAR:
            self._export_calendar(text)
            return
        event_id = self.event_box.currentData() if kind in MAY_USE_EVENT else None
        try:
            count = export_list(self.database, kind, text, trip_id=self.trip_id, event_id=event_id)
        except ExchangeError as exc:
            self._say(str(exc), error=True)
            return
        self._say(self.tr("%n row(s) written to {0}", "", count).format(text), error=False)

    def _export_calendar(self, path: str) -> None:
        from desktop.exchange.ics import count_todos, write_ics

        if self.trip_id is None:
            self._say(self.tr("Choose a trip first."), error=True)
            return
        try:
            events = write_ics(
                self.database,
                self.trip_id,
                path,
                member_id=self.member_box.currentData(),
                actions=self.with_actions.isChecked(),
            )
        except (ExchangeError, OSError) as exc:
            self._say(str(exc), error=True)
            return
        text = self.tr("%n event(s) written to {0}", "", events).format(path)
        if self.with_actions.isChecked():
            text += " " + self.tr("with %n follow-up action(s) as to-dos", "", count_todos(path))
        self._say(text, error=False)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)


def open_export_dialog(
    parent: QWidget | None,
    database: Database,
    trip_id: int | None,
    kind: str | None = None,
    event_id: int | None = None,
) -> ExportDialog:
    """Show the export dialog (window-modal) and return it; it deletes itself when closed."""
    dialog = ExportDialog(parent, database, trip_id, kind, event_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


__all__ = ["ExportDialog", "open_export_dialog"]
