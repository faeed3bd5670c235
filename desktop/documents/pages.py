"""Page templates shared by every document: header (trip name, document title), footer (prepared date,
optional 'Confidential', page X of Y), the cover and full-sheet pages, and the contents/outline plumbing."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from desktop.documents.fitting import fit_text
from desktop.documents.labels import Labels
from desktop.documents.progress import Progress
from desktop.documents.styles import (
    FOOTER_Y,
    GREY,
    HEADER_Y,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    NAVY,
    RED,
    RULE,
    Styles,
)

PAGE_SIZES = {"A4": A4, "Letter": LETTER}

COVER, BODY, SHEET = "cover", "body", "sheet"


def numbered_canvas(label: Callable[[int, int], str], font: str) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each can say 'page X of Y'. A page template
    turns the number off for a page by setting ``canvas.number_page = False`` (covers, cards)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self._bookmarks: list[tuple[str, dict[str, Any]]] = []
            self.number_page = True

        def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # noqa: N802 - reportlab's name
            # A bookmark names the page being written; pages are held back, so set it when written.
            self._bookmarks.append((key, kwargs))

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                for key, kwargs in self._bookmarks:
                    super().bookmarkPage(key, **kwargs)
                if self.number_page:
                    self.saveState()
                    self.setFont(font, 8)
                    self.setFillColor(GREY)
                    width = self._pagesize[0]
                    self.drawRightString(width - MARGIN_X, FOOTER_Y, label(self._pageNumber, total))
                    self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


class Heading(Paragraph):
    """A heading that enters the table of contents and the PDF outline (bookmarks) when drawn."""

    def __init__(self, markup: str, style: Any, *, outline: str, level: int, key: str) -> None:
        super().__init__(markup, style)
        self.outline_text = outline  # plain text (outline titles are not markup)
        self.outline_level = level
        self.outline_key = key


class OutlineMark(Flowable):
    """An invisible outline entry (for pages whose title is drawn, not a Paragraph: badges, cards)."""

    def __init__(self, text: str, level: int, key: str, *, in_contents: bool = True) -> None:
        super().__init__()
        self.outline_text = text
        self.outline_level = level
        self.outline_key = key
        self.in_contents = in_contents

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class DocumentTemplate(BaseDocTemplate):
    """Frames and page decorations for one document. ``build_pdf()`` returns the bytes."""

    def __init__(
        self,
        *,
        page_size: str,
        styles: Styles,
        labels: Labels,
        trip_name: str,
        doc_title: str,
        confidential: bool,
        prepared: str,
        progress: Progress,
        invariant: bool,
        toc_entries: bool = False,
        expected_passes: int = 1,
    ) -> None:
        size = PAGE_SIZES[page_size]
        super().__init__(
            io.BytesIO(),
            pagesize=size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=doc_title,
            subject=trip_name,
            author="Delegation Desk",
            creator="Delegation Desk",
            invariant=1 if invariant else 0,
            # Without this every page names Helvetica (not embedded) as its starting font.
            initialFontName=styles.font,
            initialFontSize=10,
        )
        self.styles = styles
        self.labels = labels
        self.trip_name = trip_name
        self.doc_title = doc_title
        self.confidential = confidential
        self.prepared = prepared
        self.toc_entries = toc_entries
        self._progress = progress
        self._expected_passes = max(1, expected_passes)
        self._pass = 0
        self._story_len = 1
        width, height = size
        body = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            width - 2 * MARGIN_X,
            height - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        full = Frame(
            0, 0, width, height, id="full", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
        )
        cover = Frame(
            MARGIN_X + 6 * mm,
            MARGIN_BOTTOM,
            width - 2 * MARGIN_X - 12 * mm,
            height - MARGIN_BOTTOM - 30 * mm,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id=BODY, frames=[body], onPage=self._decorate_body, pagesize=size),
                PageTemplate(id=COVER, frames=[cover], onPage=self._decorate_cover, pagesize=size),
                PageTemplate(id=SHEET, frames=[full], onPage=self._decorate_sheet, pagesize=size),
            ]
        )
        self.setProgressCallBack(self._on_progress)

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN_X

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM

    # --- building -----------------------------------------------------------------------------------

    def build_pdf(self, story: list[Flowable], *, first_template: str = BODY) -> bytes:
        canvasmaker = numbered_canvas(
            lambda page, total: self.labels("page_of", page=page, total=total), self.styles.font
        )
        if first_template != self.pageTemplates[0].id:
            self.pageTemplates.sort(key=lambda t: t.id != first_template)
        if self.toc_entries:
            self.multiBuild(story, canvasmaker=canvasmaker)
        else:
            self.build(story, canvasmaker=canvasmaker)
        return self.filename.getvalue()

    def build(self, flowables: list[Flowable], filename: Any = None, canvasmaker: Any = Canvas) -> None:
        # Each pass of a multi-pass build writes a whole PDF: give every pass a fresh buffer.
        self.filename = io.BytesIO()
        super().build(flowables, filename=None, canvasmaker=canvasmaker)

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._pass += 1
            self._story_len = max(1, value)
        elif kind == "PROGRESS":
            self._progress.check()
            done = min(self._pass - 1, self._expected_passes - 1) + value / self._story_len
            self._progress.report(min(1.0, done / self._expected_passes) * 0.98)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        key = getattr(flowable, "outline_key", None)
        if key is None:
            return
        level = flowable.outline_level
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_text, key, level=level, closed=level > 0)
        if self.toc_entries and level <= 1 and getattr(flowable, "in_contents", True):
            from xml.sax.saxutils import escape

            self.notify("TOCEntry", (level, escape(flowable.outline_text), self.page, key))

    # --- decorations --------------------------------------------------------------------------------

    def _footer(self, canvas: Canvas) -> None:
        width, _ = self.pagesize
        font = self.styles.font
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, FOOTER_Y + 4 * mm, width - MARGIN_X, FOOTER_Y + 4 * mm)
        canvas.setFont(font, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN_X, FOOTER_Y, fit_text(self.prepared, font, 8, width * 0.3))
        if self.confidential:
            canvas.setFillColor(RED)
            canvas.setFont(font, 8.5)
            canvas.drawCentredString(width / 2, FOOTER_Y, self.labels("confidential", sep="  "))

    def _decorate_body(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        font = self.styles.font
        canvas.saveState()
        canvas.number_page = True
        y = height - HEADER_Y
        canvas.setFont(font, 8.5)
        canvas.setFillColor(NAVY)
        canvas.drawString(MARGIN_X, y, fit_text(self.trip_name, font, 8.5, (width - 2 * MARGIN_X) * 0.55))
        canvas.setFillColor(GREY)
        canvas.drawRightString(
            width - MARGIN_X, y, fit_text(self.doc_title, font, 8.5, (width - 2 * MARGIN_X) * 0.42)
        )
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)
        self._footer(canvas)
        canvas.restoreState()

    def _decorate_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.number_page = False
        canvas.setFillColor(NAVY)
        canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canvas.setFillColor(RED)
        canvas.rect(0, height - 16 * mm, width, 2 * mm, stroke=0, fill=1)
        canvas.setFillColor(NAVY)
        canvas.rect(0, 0, width, 6 * mm, stroke=0, fill=1)
        if self.confidential:
            text = self.labels("confidential", sep="  ")
            font = self.styles.font
            size = 11
            box_w = stringWidth(text, font, size) + 10 * mm
            x, y = width - MARGIN_X - box_w, height - 32 * mm
            canvas.setStrokeColor(RED)
            canvas.setLineWidth(1.2)
            canvas.rect(x, y, box_w, 9 * mm, stroke=1, fill=0)
            canvas.setFillColor(RED)
            canvas.setFont(font, size)
            canvas.drawCentredString(x + box_w / 2, y + 3 * mm, text)
        canvas.restoreState()

    def _decorate_sheet(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Full sheets (badges, tent cards) draw their own marks; no page number on the card itself."""
        canvas.number_page = False
