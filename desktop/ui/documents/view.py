"""The Documents view: choose a document and its options, generate it off the GUI thread, preview it,
print it or save it."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import ServiceError, ValidationError
from desktop.ui.context import AppContext, Topic
from desktop.ui.date_text import date_edit_format, weekday_date
from desktop.ui.documents.generation import GenerationBar
from desktop.ui.documents.labels import default_language, document_description, document_name, language_label
from desktop.ui.documents.pdf_pane import PdfPane
from desktop.ui.documents.subjects import Subjects, load_subjects
from desktop.ui.field_errors import FieldErrors


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def file_name(label: str, subject: str) -> str:
    """A safe file name, e.g. 'Meeting agenda - Meeting with Global Media Group.pdf'."""
    text = f"{label} - {subject}" if subject else label
    text = re.sub(r"[\\/:*?\"<>|\n\r\t]+", " ", text).strip()
    return f"{text[:120]}.pdf"


class DocumentsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.documents.request import LANGUAGES, PAGE_SIZES, describe  # no reportlab: cheap

        self.context = context
        self.setObjectName("documents_view")
        self.kinds = describe()
        self.subjects = Subjects()
        self.errors = FieldErrors()

        self.kind = QComboBox()
        for info in self.kinds:
            self.kind.addItem(document_name(info.kind, info.label), info.kind)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setEnabled(False)
        self.meeting = QComboBox()
        self.event_combo = QComboBox()
        for combo in (self.meeting, self.event_combo):
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.member = QComboBox()
        self.day = QComboBox()
        self.use_from = QCheckBox(self.tr("From"))
        self.date_from = QDateEdit(calendarPopup=True)
        self.use_to = QCheckBox(self.tr("To"))
        self.date_to = QDateEdit(calendarPopup=True)
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setDisplayFormat(date_edit_format())
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        dates = QWidget()
        dl = QHBoxLayout(dates)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.use_from)
        dl.addWidget(self.date_from)
        dl.addWidget(self.use_to)
        dl.addWidget(self.errors.wrap("date_to", self.date_to))
        self.lang = QComboBox()
        for lang in LANGUAGES:
            self.lang.addItem(language_label(lang), lang)
        self.lang.setCurrentIndex(max(0, self.lang.findData(default_language())))
        self.page_size = QComboBox()
        for size in PAGE_SIZES:
            self.page_size.addItem(size, size)
        self.confidential = QCheckBox(self.tr("Mark as confidential"))
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setObjectName("generate")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.generation = GenerationBar(context)
        self.generation.finished.connect(self._generated)
        self.generation.failed.connect(self._failed)
        self.generation.cancelled.connect(lambda: self.generate_button.setEnabled(True))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("&Document:"), self.kind)
        self.form.addRow("", self.description)
        self.form.addRow(self.tr("&Meeting:"), self.errors.wrap("meeting_id", self.meeting))
        self.form.addRow(self.tr("&Event:"), self.errors.wrap("event_id", self.event_combo))
        self.form.addRow(self.tr("&For:"), self.errors.wrap("member_id", self.member))
        self.form.addRow(self.tr("Da&y:"), self.errors.wrap("day", self.day))
        self.form.addRow(self.tr("Dates:"), dates)
        self.form.addRow(self.tr("&Language:"), self.errors.wrap("lang", self.lang))
        self.form.addRow(self.tr("&Paper:"), self.errors.wrap("page_size", self.page_size))
        self.form.addRow("", self.confidential)
        self._dates_row = dates

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.errors.banner)
        ll.addLayout(self.form)
        ll.addWidget(self.generate_button)
        ll.addWidget(self.generation)
        ll.addStretch(1)
        left.setMinimumWidth(340)
        left.setMaximumWidth(480)

        self.pane = PdfPane()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout()
        outer.addWidget(splitter)
        self.setLayout(outer)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        context.trip_changed.connect(self.reload)
        context.data_changed.connect(self._data_changed)
        self.reload()
        self._kind_changed()

    # --- choices ---
    @Slot(str)
    def _data_changed(self, topic: str) -> None:
        if topic in (Topic.TRIPS, Topic.ITINERARY, Topic.MEETINGS):
            self.reload()

    @Slot()
    def reload(self) -> None:
        trip_id = self.context.trip_id
        self.subjects = self.context.read(lambda s: load_subjects(s, trip_id)) if trip_id else Subjects()
        s = self.subjects
        for combo, rows in ((self.meeting, s.meetings), (self.event_combo, s.events)):
            current = combo.currentData()
            combo.clear()
            for ident, label in rows:
                combo.addItem(label, ident)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        current = self.member.currentData()
        self.member.clear()
        self.member.addItem(self.tr("The whole delegation"), None)
        for ident, label in s.members:
            self.member.addItem(label, ident)
        self.member.setCurrentIndex(max(0, self.member.findData(current)))
        current = self.day.currentData()
        self.day.clear()
        self.day.addItem(self.tr("Every day"), None)
        for day in s.days:
            self.day.addItem(weekday_date(day), day)
        self.day.setCurrentIndex(max(0, self.day.findData(current)))
        if s.days:
            first, last = s.days[0], s.days[-1]
            self.date_from.setDate(QDate(first.year, first.month, first.day))
            self.date_to.setDate(QDate(last.year, last.month, last.day))

    def _info(self) -> Any:
        return self.kinds[max(0, self.kind.currentIndex())]

    @Slot()
    def _kind_changed(self) -> None:
        info = self._info()
        self.description.setText(document_description(info.kind, info.description))
        rows = {
            self.meeting: info.subject == "meeting",
            self.event_combo: info.subject == "event",
            self.member: "member_id" in info.options,
            self.day: "day" in info.options,
        }
        for widget, visible in rows.items():
            self.form.setRowVisible(widget.parentWidget(), visible)
        self.form.setRowVisible(self._dates_row, "date_from" in info.options)
        self.confidential.setVisible("confidential" in info.options)
        self.errors.clear()

    def choose(self, kind: str, *, meeting_id: int | None = None, event_id: int | None = None) -> None:
        """Preselect a document (e.g. from the meeting editor's "Print agenda")."""
        self.reload()
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if meeting_id is not None:
            self.meeting.setCurrentIndex(self.meeting.findData(meeting_id))
        if event_id is not None:
            self.event_combo.setCurrentIndex(self.event_combo.findData(event_id))

    def request(self) -> Any:
        from desktop.documents.request import DocumentRequest

        info = self._info()
        return DocumentRequest(
            kind=info.kind,
            trip_id=self.context.trip_id or None,
            meeting_id=self.meeting.currentData() if info.subject == "meeting" else None,
            event_id=self.event_combo.currentData() if info.subject == "event" else None,
            member_id=self.member.currentData() if "member_id" in info.options else None,
            day=self.day.currentData() if "day" in info.options else None,
            date_from=_date(self.date_from.date())
            if "date_from" in info.options and self.use_from.isChecked()
            else None,
            date_to=_date(self.date_to.date())
            if "date_to" in info.options and self.use_to.isChecked()
            else None,
            lang=self.lang.currentData(),
            page_size=self.page_size.currentData(),
            confidential=self.confidential.isChecked() and "confidential" in info.options,
        )

    def _subject_label(self) -> str:
        info = self._info()
        if info.subject == "meeting":
            return self.meeting.currentText().split(" — ", 1)[-1]
        if info.subject == "event":
            return self.event_combo.currentText().split(" — ", 1)[-1]
        return self.subjects.trip_name

    # --- generating ---
    @Slot()
    def generate(self) -> bool:
        if self.generation.is_running():
            return False
        request = self.request()
        try:
            request.validate()
        except ValidationError as error:
            self.errors.show(error)
            return False
        self.errors.clear()
        self.generate_button.setEnabled(False)
        self._pending_name = file_name(
            document_name(self._info().kind, self._info().label), self._subject_label()
        )
        self.generation.start(request)
        return True

    @Slot(bytes)
    def _generated(self, pdf: bytes) -> None:
        self.generate_button.setEnabled(True)
        self.pane.set_pdf(pdf, self._pending_name)
        self.generation.message.setText(
            self.tr("%n page(s)", "", self.pane.page_count())
            + " · "
            + self.tr("{0} KB").format(QLocale().toString(len(pdf) / 1024, "f", 0))
        )

    @Slot(object)
    def _failed(self, error: object) -> None:
        self.generate_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error)
        elif isinstance(error, ServiceError):
            self.errors.show_message(str(error))
        else:
            self.errors.show_message(self.tr("The document could not be generated: {0}").format(error))

    # --- window actions ---
    def print_current(self) -> None:
        if self.pane.pdf:
            self.pane.print_document()
        else:
            self.generate()

    def new_record(self) -> None:
        self.generate()

    def focus_search(self) -> None:
        self.kind.setFocus()
        self.kind.showPopup()
