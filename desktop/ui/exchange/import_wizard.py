"""The import wizard: choose a file and what it holds -> check the column mapping -> preview the rows
with their errors -> import (all or nothing, or skipping bad rows) with progress and Cancel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import select

from db.database import Database
from db.models import Event, ItineraryItem
from desktop.exchange.columns import ColumnMapping, Kind, field_specs
from desktop.exchange.errors import ExchangeError, column_letter
from desktop.exchange.importing import ImportReport, ImportRequest, prepare, run_import
from desktop.exchange.parsing import data_rows
from desktop.exchange.reading import Table
from desktop.services.timezones import format_local
from desktop.ui.exchange.report_text import field_label, number, stage_label, summary_lines, table_description
from desktop.ui.exchange.worker import ImportJob

KIND_LABELS = {
    Kind.REGISTRATIONS: QT_TRANSLATE_NOOP("ImportWizard", "Registrations for an event"),
    Kind.CONTACTS: QT_TRANSLATE_NOOP("ImportWizard", "Contacts (people of organisations)"),
    Kind.ORGANISATIONS: QT_TRANSLATE_NOOP("ImportWizard", "Organisations"),
    Kind.MEMBERS: QT_TRANSLATE_NOOP("ImportWizard", "Delegation members"),
}
ENCODINGS = [
    (QT_TRANSLATE_NOOP("ImportWizard", "Detect automatically"), ""),
    ("UTF-8", "utf-8"),
    ("Windows-1252", "cp1252"),
    ("GB18030", "gb18030"),
]
MAX_ERRORS_SHOWN = 1000
SAMPLE_ROWS = 3


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr("An Excel workbook (.xlsx) or a CSV file. The header row may sit below title rows.")
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText("inscricoes.xlsx")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("ImportWizard", label), kind.value)
        self.event_box = QComboBox()
        self.encoding = QComboBox()
        for label, codec in ENCODINGS:
            self.encoding.addItem(QCoreApplication.translate("ImportWizard", label), codec)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("It holds:"), self.kind)
        form.addRow(self.tr("Event:"), self.event_box)
        form.addRow(self.tr("Text encoding (CSV):"), self.encoding)
        form.addRow(self.error)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.path.textChanged.connect(self.completeChanged)

    def load_events(self, events: list[tuple[int, str]], selected: int | None) -> None:
        for ident, label in events:
            self.event_box.addItem(label, ident)
            if ident == selected:
                self.event_box.setCurrentIndex(self.event_box.count() - 1)
        self._kind_changed()

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a spreadsheet"), "", self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path:
            self.path.setText(path)

    @Slot()
    def _kind_changed(self) -> None:
        needs_event = self.kind.currentData() == Kind.REGISTRATIONS.value
        self.event_box.setEnabled(needs_event)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if not self.path.text().strip():
            return False
        return self.kind.currentData() != Kind.REGISTRATIONS.value or self.event_box.currentData() is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.error.clear()
        try:
            table, mapping = prepare(
                self.path.text().strip(),
                self.kind.currentData(),
                encoding=self.encoding.currentData() or None,
            )
        except ExchangeError as exc:
            self.error.setText(str(exc))
            return False
        self.w.table, self.w.mapping = table, mapping
        self.w.kind = Kind(self.kind.currentData())
        self.w.event_id = self.event_box.currentData() if self.w.kind == Kind.REGISTRATIONS else None
        return True


class MappingPage(QWizardPage):
    """One line per column of the file: its header, a few sample values, and the field it fills."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("First values"),
                self.tr("Imported as"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        table, mapping = self.w.table, self.w.mapping
        assert table is not None and mapping is not None
        self.setSubTitle(
            self.tr("{0}: {1}; the header is on row {2}.").format(
                table.path.name, table_description(table), mapping.header_row
            )
        )
        self.info.setText(
            self.tr("Each column of the file goes to the field on the right; choose “Ignore” to skip it.")
        )
        samples: dict[int, list[str]] = {c.index: [] for c in mapping.columns}
        for n, row in enumerate(data_rows(table, mapping.header_row)):
            if n >= SAMPLE_ROWS:
                break
            for c in mapping.columns:
                if c.index < len(row.cells) and row.cells[c.index] not in (None, ""):
                    samples[c.index].append(str(row.cells[c.index]))
        self.table.setRowCount(len(mapping.columns))
        self.combos = []
        specs = field_specs(mapping.kind)
        for r, col in enumerate(mapping.columns):
            self.table.setItem(r, 0, _item(column_letter(col.index)))
            self.table.setItem(r, 1, _item(col.header))
            self.table.setItem(r, 2, _item(" · ".join(samples[col.index])))
            combo = QComboBox()
            combo.addItem(self.tr("Ignore"), None)
            for spec in specs:
                combo.addItem(field_label(spec.key, spec.label), spec.key)
            combo.setCurrentIndex(max(combo.findData(col.field), 0))
            combo.currentIndexChanged.connect(lambda _i, index=col.index, c=combo: self._changed(index, c))
            self.table.setCellWidget(r, 3, combo)
            self.combos.append(combo)

    def _changed(self, index: int, combo: QComboBox) -> None:
        mapping = self.w.mapping
        assert mapping is not None
        mapping.set_field(index, combo.currentData())
        # A field comes from one column: another combo showing it was cleared by the mapping.
        for col, other in zip(mapping.columns, self.combos, strict=True):
            other.blockSignals(True)
            other.setCurrentIndex(max(other.findData(col.field), 0))
            other.blockSignals(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.w.mapping is not None and bool(self.w.mapping.mapped())


class PreviewPage(QWizardPage):
    """A dry run off the GUI thread: what would change, and every bad row."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.errors = QTableWidget(0, 3)
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.errors.verticalHeader().setVisible(False)
        header = self.errors.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # row numbers are short
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.all_or_nothing = QRadioButton(self.tr("All or nothing: import only if every row is correct"))
        self.skip_bad = QRadioButton(self.tr("Import the good rows and leave the bad ones out"))
        self.all_or_nothing.setChecked(True)
        self.all_or_nothing.toggled.connect(self.completeChanged)
        self.failure = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.failure)
        self.report: ImportReport | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        # a subtitle, as every page has: without one QWizard drops the header band and the title looks
        # like another wizard's
        self.setSubTitle(self.tr("A trial run on {0}: nothing is saved yet.").format(self.w.file_name()))
        self.report = None
        self.errors.setRowCount(0)
        self.failure.clear()
        self.summary.setText(self.tr("Checking every row…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.w.run_job(dry_run=True, on_success=self._show, on_failure=self._failed)

    def _show(self, report: ImportReport) -> None:
        self.report = report
        self.progress.hide()
        good = report.data_rows - report.bad_rows
        lines = [
            self.tr("<b>%n row(s)</b>: {0} correct, {1} with errors.", "", report.data_rows).format(
                number(good), number(report.bad_rows)
            )
        ]
        lines += summary_lines(report)
        self.summary.setText("<br>".join(lines))
        shown = report.errors[:MAX_ERRORS_SHOWN]
        self.errors.setRowCount(len(shown))
        for r, err in enumerate(shown):
            self.errors.setItem(r, 0, _item(str(err.row)))
            self.errors.setItem(r, 1, _item(err.column_name or "—"))
            self.errors.setItem(r, 2, _item(err.message))
        self.errors.setVisible(bool(shown))
        self.all_or_nothing.setEnabled(bool(report.errors))
        self.skip_bad.setEnabled(bool(report.errors))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.summary.clear()
        self.failure.setText(message)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if self.report is None:
            return False
        return not self.report.errors or self.skip_bad.isChecked()


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.failure = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.failure)
        layout.addStretch(1)
        self.report: ImportReport | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.setSubTitle(self.tr("{0}: everything is saved at once, or nothing.").format(self.w.file_name()))
        self.report = None
        self.failure.clear()
        self.status.setText(self.tr("Importing… (Cancel stops it and saves nothing)"))
        self.progress.setRange(0, 0)
        self.w.run_job(
            dry_run=False, on_success=self._done, on_failure=self._failed, on_progress=self._progress
        )

    def _progress(self, stage: str, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(
                self.tr("Writing {0}: {1} of {2}").format(stage_label(stage), number(done), number(total))
            )
        else:
            self.status.setText(self.tr("Reading rows: {0}").format(number(done)))

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        lines = [
            self.tr("%n row(s) read, {0} with errors", "", report.data_rows).format(number(report.bad_rows))
        ]
        lines += summary_lines(report)
        if report.errors:
            lines.append(self.tr("%n bad row(s) left out.", "", report.bad_rows))
        self.status.setText(self.tr("<b>Imported.</b>") + "<br>" + "<br>".join(lines))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Nothing was imported."))
        self.failure.setText(message)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.report is not None


class ImportWizard(QWizard):
    def __init__(
        self,
        parent: QWidget | None,
        database: Database,
        trip_id: int | None,
        kind: Kind | str | None = None,
        event_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.resize(860, 560)
        self.database = database
        self.trip_id = trip_id
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.kind: Kind = Kind(kind) if kind else Kind.REGISTRATIONS
        self.event_id = event_id
        self.job: ImportJob | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.file_page.kind.setCurrentIndex(self.file_page.kind.findData(self.kind.value))
        self.file_page.load_events(self._events(), event_id)

    def _events(self) -> list[tuple[int, str]]:
        if self.trip_id is None:
            return []
        with self.database.session() as s:
            rows = s.execute(
                select(Event.id, ItineraryItem.title, ItineraryItem.start_utc, ItineraryItem.start_tz)
                .join(ItineraryItem, Event.item_id == ItineraryItem.id)
                .where(ItineraryItem.trip_id == self.trip_id)
                .order_by(ItineraryItem.start_utc)
            ).all()
        return [(r.id, f"{format_local(r.start_utc, r.start_tz)} — {r.title}") for r in rows]

    def run_job(self, *, dry_run: bool, on_success: Any, on_failure: Any, on_progress: Any = None) -> None:
        table, mapping = self.table, self.mapping
        assert table is not None and mapping is not None
        request = ImportRequest(
            self.kind,
            trip_id=self.trip_id,
            event_id=self.event_id,
            dry_run=dry_run,
            skip_bad_rows=self.preview_page.skip_bad.isChecked(),
        )

        def work(progress: Any, cancelled: Any) -> ImportReport:
            return run_import(self.database, table, mapping, request, progress=progress, cancelled=cancelled)

        self.job = job = ImportJob(work, self)
        job.succeeded.connect(on_success)
        job.failed.connect(on_failure)
        job.cancelled.connect(lambda: on_failure(self.tr("Cancelled: nothing was imported.")))
        if on_progress is not None:
            job.progress.connect(on_progress)
        job.start()

    def file_name(self) -> str:
        return self.table.path.name if self.table is not None else ""

    def busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def reject(self) -> None:
        """Cancel stops a running import (its transaction rolls back) before the wizard closes."""
        if self.busy():
            assert self.job is not None
            self.job.cancel()
            self.job.wait()
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self.busy():
            assert self.job is not None
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if not text:
        item.setForeground(QColor("#888"))
    return item


def open_import_wizard(
    parent: QWidget | None,
    database: Database,
    trip_id: int | None,
    kind: Kind | str | None = None,
    event_id: int | None = None,
) -> ImportWizard:
    """Show the import wizard (window-modal) and return it; it deletes itself when closed."""
    wizard = ImportWizard(parent, database, trip_id, kind, event_id)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.show()
    return wizard


__all__ = ["ImportWizard", "open_import_wizard"]
