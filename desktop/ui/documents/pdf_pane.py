"""A PDF shown with QtPdf: pages, zoom, print (QPrintDialog) and save as (QSaveFile)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSaveFile, QSize, Qt, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
PRINT_DPI = 300


class PdfPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = b""
        self.suggested_name = "document.pdf"
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.page = QSpinBox()
        self.page.setPrefix(self.tr("Page "))
        self.page.setMinimum(1)
        self.page.valueChanged.connect(self._go_to_page)
        self.pages = QLabel()
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Fit width"), "width")
        self.zoom.addItem(self.tr("Whole page"), "page")
        for z in ZOOMS:
            self.zoom.addItem(f"{int(z * 100)} %", z)
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save &as…"))
        self.save_button.clicked.connect(self.save_as)
        self.placeholder = QLabel(self.tr("No document yet: choose one and press Generate."))

        bar = QHBoxLayout()
        bar.addWidget(self.page)
        bar.addWidget(self.pages)
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(self.placeholder)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self._enable(False)

    def _enable(self, enabled: bool) -> None:
        for w in (self.page, self.zoom, self.print_button, self.save_button):
            w.setEnabled(enabled)
        self.placeholder.setVisible(not enabled)

    def set_pdf(self, pdf: bytes, suggested_name: str = "document.pdf") -> None:
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # QPdfDocument reads from it while pages are shown
        count = self.document.pageCount()
        self.page.blockSignals(True)
        self.page.setMaximum(max(1, count))
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.pages.setText(self.tr("of {0}").format(count))
        self._enable(count > 0)

    def page_count(self) -> int:
        return self.document.pageCount()

    @Slot(int)
    def _go_to_page(self, page: int) -> None:
        self.view.pageNavigator().jump(page - 1, QPointF(), self.view.pageNavigator().currentZoom())

    @Slot(int)
    def _page_shown(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)

    @Slot()
    def _zoom_changed(self) -> None:
        z = self.zoom.currentData()
        if z == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif z == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(z))

    @Slot()
    def print_document(self) -> None:
        if not self.pdf:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer) -> int:  # type: ignore[no-untyped-def]
        """Draw each page as an image at up to 300 dpi; returns the number of pages sent."""
        first, last = printer.fromPage() or 1, printer.toPage() or self.page_count()
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return 0
        sent = 0
        try:
            for index in range(first - 1, last):
                if sent:
                    printer.newPage()
                target = painter.viewport()
                size_pt = self.document.pagePointSize(index)
                dpi = min(PRINT_DPI, printer.resolution())
                image = self.document.render(
                    index, QSize(int(size_pt.width() / 72 * dpi), int(size_pt.height() / 72 * dpi))
                )
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), fitted), image)
                sent += 1
        finally:
            painter.end()
        return sent

    @Slot()
    def save_as(self) -> str:
        if not self.pdf:
            return ""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), self.suggested_name, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return ""
        return path if self.write(path) else ""

    def write(self, path: str) -> bool:
        """Written through QSaveFile: a failure leaves any existing file as it was."""
        out = QSaveFile(path)
        if not out.open(QIODevice.OpenModeFlag.WriteOnly):
            QMessageBox.warning(
                self, self.tr("Save"), self.tr("Cannot write {0}: {1}").format(path, out.errorString())
            )
            return False
        out.write(QByteArray(self.pdf))
        if not out.commit():
            QMessageBox.warning(
                self, self.tr("Save"), self.tr("Cannot write {0}: {1}").format(path, out.errorString())
            )
            return False
        return True
