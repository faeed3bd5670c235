"""Generate one document and show it in a dialog (the meeting editor's "Print agenda")."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.services.errors import ServiceError
from desktop.ui.context import AppContext
from desktop.ui.documents.generation import GenerationBar
from desktop.ui.documents.pdf_pane import PdfPane
from desktop.ui.documents.view import file_name
from desktop.ui.screen_fit import resize_within_screen


class PreviewDialog(QDialog):
    def __init__(
        self, context: AppContext, request: object, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(name.removesuffix(".pdf"))
        self.name = name
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.generation = GenerationBar(context)
        self.pane = PdfPane()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.generation)
        layout.addWidget(self.error)
        layout.addWidget(self.pane, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 820, 900)  # a page's height where the screen has it
        self.generation.finished.connect(lambda pdf: self.pane.set_pdf(pdf, self.name))
        self.generation.failed.connect(self._failed)
        self.generation.start(request)

    def _failed(self, error: object) -> None:
        message = (
            str(error)
            if isinstance(error, ServiceError)
            else self.tr("Could not generate: {0}").format(error)
        )
        self.error.setText(message)
        self.error.show()

    def reject(self) -> None:
        self.generation.cancel()
        super().reject()


def preview_document(
    parent: QWidget, context: AppContext, kind: str, *, subject: str = "", **ids: Any
) -> PreviewDialog:
    """``ids``: the request's subject and options (``meeting_id=…``, ``registration_ids=(…)``);
    ``subject`` names the file (default: the parent's heading)."""
    from desktop.documents.request import DocumentRequest, kind_info
    from desktop.ui.documents.labels import default_language

    request = DocumentRequest(kind=kind, trip_id=context.trip_id or None, lang=default_language(), **ids)
    title = parent.windowTitle() if kind != "agenda" else ""
    dialog = PreviewDialog(
        context, request, file_name(kind_info(kind).label, subject or title or _subject(parent)), parent
    )
    dialog.open()
    return dialog


def _subject(parent: QWidget) -> str:
    heading = getattr(parent, "heading", None)
    return heading.text() if isinstance(heading, QLabel) else ""
