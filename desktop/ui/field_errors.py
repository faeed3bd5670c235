"""Inline validation: a service's ``ValidationError`` shown next to the fields it names.

The rules live in the domain services; a form only maps their field names (``FieldError.field``) to its
widgets. An error whose field has no widget is shown in the form's banner, so none is ever hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.errors import FieldError, ServiceError, ValidationError

INVALID_STYLE = "border: 1px solid #c62828; border-radius: 2px;"
MESSAGE_STYLE = "color: #c62828;"


class FieldErrors:
    def __init__(self, banner: QLabel | None = None) -> None:
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._styles: dict[str, str] = {}
        self.banner = banner or QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(MESSAGE_STYLE)
        self.banner.hide()

    def wrap(self, field: str, widget: QWidget, *aliases: str) -> QWidget:
        """The widget with a (hidden) message line under it, for a form row."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(MESSAGE_STYLE)
        label.setObjectName(f"error_{field}")
        label.hide()
        layout.addWidget(label)
        for name in (field, *aliases):
            self._widgets[name] = widget
            self._labels[name] = label
        self._styles[field] = widget.styleSheet()
        return box

    def clear(self) -> None:
        for field, widget in self._widgets.items():
            widget.setStyleSheet(self._styles.get(field, ""))
            widget.setToolTip("")
        for label in self._labels.values():
            label.clear()
            label.hide()
        self.banner.clear()
        self.banner.hide()

    def show(self, error: ValidationError | list[FieldError]) -> None:
        """Mark each named field and say why; focus the first one."""
        self.clear()
        errors = error.errors if isinstance(error, ValidationError) else error
        loose: list[str] = []
        first: QWidget | None = None
        shown: dict[str, list[str]] = {}
        for e in errors:
            widget = self._widgets.get(e.field)
            if widget is None or not widget.isVisibleTo(widget.window()):
                loose.append(f"{e.field}: {e.message}")
                continue
            label = self._labels[e.field]
            shown.setdefault(label.objectName(), []).append(_sentence(e.message))
            label.setText(" ".join(shown[label.objectName()]))
            label.show()
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(label.text())
            first = first or widget
        if loose:
            self.banner.setText(
                QCoreApplication.translate("FieldErrors", "Please correct: {0}").format("; ".join(loose))
            )
            self.banner.show()
        if first is not None:
            first.setFocus()

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_error(self, error: ServiceError) -> None:
        """What a service refused: a ValidationError marks its fields, anything else is a message."""
        if isinstance(error, ValidationError):
            self.show(error)
        else:
            self.show_message(str(error))

    def show_message(self, text: str) -> None:
        """A problem that is not about one field (a stale record, a missing trip)."""
        self.clear()
        self.banner.setText(text)
        self.banner.show()


def _sentence(message: str) -> str:
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."
