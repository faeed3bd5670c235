"""Table tent cards: one sheet per guest, folded across the middle; the name is printed on both halves,
the top one upside down, so it reads from either side of the table."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from desktop.documents.base import Renderer
from desktop.documents.data import EventData, RegistrantInfo
from desktop.documents.fitting import fit_block
from desktop.documents.pages import BODY, SHEET, OutlineMark
from desktop.documents.sections import Context
from desktop.documents.styles import GREY, INK, NAVY, RULE

SIDE_MARGIN = 15 * mm


class TentCard(Flowable):
    """A whole sheet: two panels either side of the fold line."""

    def __init__(self, guest: RegistrantInfo, event_title: str, font: str, fold_label: str) -> None:
        super().__init__()
        self.guest = guest
        self.event_title = event_title
        self.font = font
        self.fold_label = fold_label

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.size = (avail_width, avail_height)
        return avail_width, avail_height

    def draw(self) -> None:
        canvas = self.canv
        width, height = self.size
        fold = height / 2
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setDash(3, 3)
        canvas.line(SIDE_MARGIN / 2, fold, width - SIDE_MARGIN / 2, fold)
        canvas.setDash()
        canvas.setFillColor(GREY)
        canvas.setFont(self.font, 6.5)
        canvas.drawRightString(width - SIDE_MARGIN / 2, fold + 1.5 * mm, self.fold_label)
        canvas.restoreState()
        self._panel(0, 0, width, fold)
        # The upper panel turned round its centre: readable from the other side once folded.
        canvas.saveState()
        canvas.translate(width, height)
        canvas.rotate(180)
        self._panel(0, 0, width, fold)
        canvas.restoreState()

    def _panel(self, x: float, y: float, width: float, height: float) -> None:
        canvas, font, guest = self.canv, self.font, self.guest
        inner = width - 2 * SIDE_MARGIN
        person = guest.person
        main = guest.badge_name or person.native_name or person.latin_name
        second = person.latin_name if not guest.badge_name and person.native_name != person.latin_name else ""
        size, lines = fit_block(main, font, inner, max_size=56, min_size=22, max_lines=2)
        block: list[tuple[str, float, object]] = [(line, size, INK) for line in lines]
        if second and person.native_name:
            s2, l2 = fit_block(second, font, inner, max_size=26, min_size=14, max_lines=1)
            block += [(line, s2, GREY) for line in l2]
        org_size, org_lines = fit_block(
            guest.organisation, font, inner, max_size=18, min_size=11, max_lines=2
        )
        block += [(line, org_size, NAVY) for line in org_lines]
        total = sum(s * 1.25 for _, s, _ in block) + (4 * mm if org_lines else 0)
        canvas.saveState()
        # An accent rule near the table edge, inside what printers can reach.
        canvas.setFillColor(NAVY)
        canvas.rect(x + SIDE_MARGIN, y + 14 * mm, width - 2 * SIDE_MARGIN, 1.2 * mm, stroke=0, fill=1)
        # Centre the text in the panel, a little towards the fold-free edge (the table side).
        cursor = y + height / 2 + total / 2
        for n, (line, s, colour) in enumerate(block):
            if n == len(block) - len(org_lines) and org_lines:
                cursor -= 4 * mm
            cursor -= s * 1.25
            canvas.setFillColor(colour)
            canvas.setFont(font, s)
            canvas.drawCentredString(x + width / 2, cursor + s * 0.25, line)
        canvas.restoreState()


class TentCardRenderer(Renderer[EventData]):
    title_key = "doc.tentcards"
    first_template = SHEET

    def __init__(self, data: EventData, **options: object) -> None:
        super().__init__(data, **options)  # type: ignore[arg-type]
        if not data.event.registrants:  # a plain page that says so, with the usual header
            self.first_template = BODY  # type: ignore[misc]

    def document_title(self) -> str:
        return f"{self.labels(self.title_key)} — {self.data.event.item.title}"

    def story(self, ctx: Context) -> list[Flowable]:
        event = self.data.event
        out: list[Flowable] = [OutlineMark(event.item.title, 0, ctx.key())]
        if not event.registrants:
            out.append(ctx.none("no_registrations"))
        for n, guest in enumerate(event.registrants):
            if n:
                out.append(PageBreak())
            out.append(TentCard(guest, event.item.title, ctx.styles.font, self.labels("fold_here")))
        return out
