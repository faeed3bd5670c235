"""Forms for an organisation and a person. The rules are the directory service's: the form submits what
was typed, and a ``ValidationError`` marks the fields it names (``FieldError.field``) and keeps the dialog
open with everything still typed in it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import ServiceError
from desktop.ui.directory.labels import kinds
from desktop.ui.field_errors import FieldErrors

Submit = Callable[[dict[str, Any]], None]


class RecordForm(QDialog):
    """A dialog of labelled fields keyed by the service's field names."""

    def __init__(self, title: str, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._submit = submit
        self.fields: dict[str, QWidget] = {}
        self.errors = FieldErrors()
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        inner = QWidget()
        rows = QVBoxLayout(inner)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(self._form)
        rows.addStretch(1)  # spare height below the last field, not spread between the rows
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 620)

    def add_line(self, field: str, label: str, max_length: int = 300, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        self._add(field, label, edit)
        return edit

    def add_text(self, field: str, label: str, lines: int = 4) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        self._add(field, label, edit)
        return edit

    def add_choice(self, field: str, label: str, choices: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        for value, text in choices:
            combo.addItem(text, value)
        self._add(field, label, combo)
        return combo

    def _add(self, field: str, label: str, widget: QWidget) -> None:
        self.fields[field] = widget
        widget.setObjectName(field)
        self._form.addRow(label, self.errors.wrap(field, widget))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                values[field] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[field] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                values[field] = widget.currentData()
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        for field, value in values.items():
            widget = self.fields.get(field)
            if isinstance(value, list):
                value = ", ".join(value)
            if isinstance(widget, QLineEdit):
                widget.setText(value or "")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QComboBox):
                row = widget.findData(value)
                widget.setCurrentIndex(max(row, 0))

    @Slot()
    def accept(self) -> None:
        try:
            self._submit(self.values())
        except ServiceError as error:
            self.errors.show_error(error)
            return
        super().accept()


class OrganisationForm(RecordForm):
    def __init__(self, title: str, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(title, submit, parent)
        self.add_line("name", self.tr("Name"), placeholder=self.tr("e.g. Global Media Group"))
        self.add_line("local_name", self.tr("Local / legal name"), placeholder=self.tr("e.g. 环球传媒集团"))
        self.add_choice("kind", self.tr("Kind"), kinds())
        self.add_line("sectors", self.tr("Sectors"), 1000, self.tr("comma-separated: media, finance"))
        self.add_line("city", self.tr("City"), 100)
        self.add_line("country", self.tr("Country"), 100)
        self.add_text("address", self.tr("Address"), 2)
        self.add_line("website", self.tr("Website"))
        self.add_line("phone", self.tr("Phone"), 60, "+351 21 123 4567")
        self.add_line("email", self.tr("Email"), 254)
        self.add_text("profile", self.tr("Profile"), 5)


class PersonForm(RecordForm):
    def __init__(
        self,
        title: str,
        submit: Submit,
        organisations: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, submit, parent)
        self.add_line("family_name", self.tr("Family name"), 200)
        self.add_line("given_name", self.tr("Given name"), 200)
        self.add_line("native_name", self.tr("Name in native script"), 200, self.tr("e.g. 陈立华"))
        self.add_line("latin_name", self.tr("Name in Latin script"), 200, self.tr("e.g. Chen Lihua"))
        self.add_line("honorific", self.tr("Honorific"), 60, self.tr("e.g. Dr., Sra."))
        choices: list[tuple[Any, str]] = [(None, self.tr("— none —")), *organisations]
        combo = self.add_choice("organisation_id", self.tr("Organisation"), choices)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        self.add_line("job_title", self.tr("Job title"))
        self.add_line("position", self.tr("Position (official)"))
        self.add_line("email", self.tr("Email"), 254)
        self.add_line("phone", self.tr("Phone"), 60)
        self.add_line("languages", self.tr("Languages"), 300, self.tr("comma-separated: pt, en, zh"))
        self.add_line("dietary_needs", self.tr("Dietary needs"))
        self.add_line("access_needs", self.tr("Access needs"))
        self.add_text("notes", self.tr("Notes"), 4)

    def values(self) -> dict[str, Any]:
        values = super().values()
        combo = self.fields["organisation_id"]
        assert isinstance(combo, QComboBox)
        # An edited combo whose text matches no organisation must not silently become "none".
        if combo.currentText().strip() and combo.findText(combo.currentText()) < 0:
            values["organisation_id"] = -1
        return values


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields the user changed, as (before, after) for an undoable edit."""

    def same(a: Any, b: Any) -> bool:
        if isinstance(a, list):
            a = ", ".join(a)
        if isinstance(b, list):
            b = ", ".join(b)
        return (a or "") == (b or "") if not isinstance(a, int) and not isinstance(b, int) else a == b

    keys = [k for k in after if not same(before.get(k), after[k])]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}
