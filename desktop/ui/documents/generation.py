"""Generating a document off the GUI thread: a progress bar, Cancel, and the PDF bytes delivered back.

``desktop.documents`` (and so reportlab) is imported only when the first document is generated."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.ui.context import AppContext
from desktop.ui.workers import Job, documents_worker


class GenerationBar(QWidget):
    """Starts a render on the documents worker and shows how far it is."""

    finished = Signal(bytes)  # the PDF
    failed = Signal(object)  # the exception (ValidationError, NotFound, anything else)
    cancelled = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: Job | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_generation")
        self.cancel_button.clicked.connect(self.cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.message, 2)
        self._idle()

    def _idle(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()

    def is_running(self) -> bool:
        return self.job is not None and self.job.running

    def start(self, request: Any) -> Job:
        """Render ``request`` (a ``DocumentRequest``); the result arrives through ``finished``."""
        from desktop.documents import DocumentCancelled, render_document

        database = self.context.database

        def work(progress, cancelled):  # type: ignore[no-untyped-def]  # runs on the worker thread
            return render_document(
                database,
                request,
                progress=lambda done, total: progress(int(100 * done / max(total, 1)), ""),
                cancelled=cancelled,
            )

        job = Job(work, cancel_exceptions=(DocumentCancelled,))
        job.progress.connect(self._progress)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.job = job
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.message.setText(self.tr("Generating…"))
        documents_worker().start(job)
        return job

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))

    @Slot(int, str)
    def _progress(self, percent: int, _message: str) -> None:
        self.bar.setValue(percent)

    @Slot(object)
    def _succeeded(self, pdf: object) -> None:
        self._idle()
        assert isinstance(pdf, bytes)
        self.message.setText("")
        self.finished.emit(pdf)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._idle()
        self.message.setText("")
        self.failed.emit(error)

    @Slot()
    def _cancelled(self) -> None:
        self._idle()
        self.message.setText(self.tr("Cancelled: nothing was generated."))
        self.cancelled.emit()
