"""Picking a place (venue, hotel, airport, station) or creating one with its IANA zone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy import func, select

from db.models import Place
from desktop.services import directory as directory_service
from desktop.services.errors import ServiceError
from desktop.ui.context import AppContext, Topic
from desktop.ui.field_errors import FieldErrors
from desktop.ui.undo import CreateCommand, push
from desktop.ui.zone_picker import ZoneEdit

ZONE_ROLE = Qt.ItemDataRole.UserRole + 1


class PlaceDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.place_id: int | None = None
        self.setWindowTitle(self.tr("New place"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.city = QLineEdit()
        self.country = QLineEdit()
        self.timezone = ZoneEdit()
        self.phone = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.errors.banner)
        form.addRow(self.tr("&Name:"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("&Address:"), self.errors.wrap("address", self.address))
        form.addRow(self.tr("&City:"), self.errors.wrap("city", self.city))
        form.addRow(self.tr("C&ountry:"), self.errors.wrap("country", self.country))
        form.addRow(self.tr("&Time zone:"), self.errors.wrap("timezone", self.timezone))
        form.addRow(self.tr("&Phone:"), self.errors.wrap("phone", self.phone))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "address": self.address.text(),
            "city": self.city.text(),
            "country": self.country.text(),
            "timezone": self.timezone.zone(),
            "phone": self.phone.text(),
        }

    @Slot()
    def save(self) -> None:
        values = self.values()
        command = CreateCommand(
            self.context,
            self.tr("New place “{0}”").format(values["name"]),
            lambda s: directory_service.create_place(s, **values),
            "places",
            Topic.DIRECTORY,
        )
        try:
            push(self.context, command)
        except ServiceError as error:
            self.errors.show_error(error)
            return
        self.place_id = command.ident
        self.accept()


class PlacePicker(QWidget):
    """A combo of every place ('Hotel Tivoli — Lisbon (Europe/Lisbon)') and a button to add one."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.completer().setCompletionMode(self.combo.completer().CompletionMode.PopupCompletion)
        self.combo.lineEdit().setPlaceholderText(self.tr("None"))
        self.combo.setMinimumContentsLength(30)
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Add a place that is not in the list"))
        self.new_button.clicked.connect(self.create_place)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.new_button)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.reload()

    def reload(self) -> None:
        current = self.place_id()
        rows = self.context.read(
            lambda s: s.execute(
                select(Place.id, Place.name, Place.city, Place.timezone).order_by(func.lower(Place.name))
            ).all()
        )
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("", None)
        for ident, name, city, zone in rows:
            label = f"{name} — {city} ({zone})" if city else f"{name} ({zone})"
            self.combo.addItem(label, ident)
            self.combo.setItemData(self.combo.count() - 1, zone, ZONE_ROLE)
        self.combo.blockSignals(False)
        self.set_place_id(current)

    def place_id(self) -> int | None:
        if not hasattr(self, "combo") or self.combo.count() == 0:
            return None
        index = self.combo.findText(self.combo.currentText())
        if index < 0:
            return None
        return self.combo.itemData(index)

    def zone(self) -> str:
        index = self.combo.findText(self.combo.currentText())
        return self.combo.itemData(index, ZONE_ROLE) or "" if index >= 0 else ""

    def typed_but_unknown(self) -> str:
        """Text typed that matches no place: it must not be silently dropped."""
        text = self.combo.currentText().strip()
        return text if text and self.combo.findText(text) < 0 else ""

    def set_place_id(self, place_id: int | None) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(place_id)) if place_id else 0)
        self.combo.lineEdit().setCursorPosition(0)  # show a long name from its start, not its end

    @Slot()
    def create_place(self) -> None:
        dialog = PlaceDialog(self.context, self)
        typed = self.typed_but_unknown()
        if typed:
            dialog.name.setText(typed)
        if dialog.exec() and dialog.place_id:
            self.reload()
            self.set_place_id(dialog.place_id)
