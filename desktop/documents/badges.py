"""Name badges: eight 85 × 55 mm badges per sheet with cut marks; the name as large as fits, the
organisation below it, a band with the event's name, and a VIP stripe."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from desktop.documents.base import Renderer
from desktop.documents.data import EventData, RegistrantInfo
from desktop.documents.fitting import fit_block
from desktop.documents.pages import OutlineMark
from desktop.documents.sections import Context
from desktop.documents.styles import GREY, INK, NAVY, RED

BADGE_W, BADGE_H = 85 * mm, 55 * mm
COLUMNS, ROWS = 2, 4
GUTTER = 0.0  # badges share their cut lines
CUT_MARK = 4 * mm
BAND_H = 10 * mm
PAD = 5 * mm


class BadgeSheet(Flowable):
    """One sheet of up to eight badges, centred in the frame."""

    def __init__(self, badges: list[RegistrantInfo], event_title: str, font: str, vip_label: str) -> None:
        super().__init__()
        self.badges = badges
        self.event_title = event_title
        self.font = font
        self.vip_label = vip_label

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = (avail_width, avail_height)
        return avail_width, min(avail_height, ROWS * BADGE_H + 2 * CUT_MARK)

    def draw(self) -> None:
        width, height = self.avail
        grid_w, grid_h = COLUMNS * BADGE_W, ROWS * BADGE_H
        x0 = (width - grid_w) / 2
        top = min(height, ROWS * BADGE_H + 2 * CUT_MARK) - CUT_MARK
        for n, badge in enumerate(self.badges):
            col, row = n % COLUMNS, n // COLUMNS
            self._badge(x0 + col * BADGE_W, top - (row + 1) * BADGE_H, badge)
        self._cut_marks(x0, top - grid_h, grid_w, grid_h)

    def _cut_marks(self, x0: float, y0: float, grid_w: float, grid_h: float) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.3)
        xs = [x0 + c * BADGE_W for c in range(COLUMNS + 1)]
        ys = [y0 + r * BADGE_H for r in range(ROWS + 1)]
        gap = 1 * mm
        for x in xs:
            canvas.line(x, y0 - gap, x, y0 - gap - CUT_MARK + 1 * mm)
            canvas.line(x, y0 + grid_h + gap, x, y0 + grid_h + gap + CUT_MARK - 1 * mm)
        for y in ys:
            canvas.line(x0 - gap, y, x0 - gap - CUT_MARK, y)
            canvas.line(x0 + grid_w + gap, y, x0 + grid_w + gap + CUT_MARK, y)
        # Faint guides between badges, for a guillotine or scissors.
        canvas.setStrokeColor(colors.HexColor("#D5DBE3"))
        canvas.setDash(1, 2)
        for x in xs:
            canvas.line(x, y0, x, y0 + grid_h)
        for y in ys:
            canvas.line(x0, y, x0 + grid_w, y)
        canvas.restoreState()

    def _badge(self, x: float, y: float, badge: RegistrantInfo) -> None:
        canvas, font = self.canv, self.font
        inner = BADGE_W - 2 * PAD
        canvas.saveState()
        # Event band
        canvas.setFillColor(NAVY)
        canvas.rect(x, y + BADGE_H - BAND_H, BADGE_W, BAND_H, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        band_size, band_lines = fit_block(
            self.event_title, font, inner, max_size=7.5, min_size=6, max_lines=2
        )
        canvas.setFont(font, band_size)
        line_h = band_size * 1.2
        baseline = y + BADGE_H - BAND_H / 2 + (len(band_lines) * line_h) / 2 - band_size
        for line in band_lines:
            canvas.drawCentredString(x + BADGE_W / 2, baseline, line)
            baseline -= line_h
        if badge.vip:
            canvas.setFillColor(RED)
            canvas.rect(x, y, BADGE_W, 4.5 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(font, 7.5)
            canvas.drawCentredString(x + BADGE_W / 2, y + 1.5 * mm, self.vip_label)
        # Name: as large as fits, on up to two lines; the other script below when there are two.
        person = badge.person
        main = badge.badge_name or person.native_name or person.latin_name
        second = ""
        if not badge.badge_name and person.native_name and person.latin_name != person.native_name:
            second = person.latin_name
        size, lines = fit_block(main, font, inner, max_size=22, min_size=10, max_lines=2)
        org_size, org_lines = fit_block(badge.organisation, font, inner, max_size=10, min_size=7, max_lines=2)
        block: list[tuple[str, float, object]] = [(line, size, INK) for line in lines]
        if second:
            sub_size, sub_lines = fit_block(second, font, inner, max_size=12, min_size=8, max_lines=1)
            block += [(line, sub_size, GREY) for line in sub_lines]
        gap_after_name = 2.5 * mm
        block_h = (
            sum(s * 1.22 for _, s, _ in block) + gap_after_name + sum(org_size * 1.25 for _ in org_lines)
        )
        body_top = y + BADGE_H - BAND_H
        body_bottom = y + (4.5 * mm if badge.vip else 0)
        cursor = body_top - (body_top - body_bottom - block_h) / 2
        for line, s, colour in block:
            cursor -= s * 1.22
            canvas.setFillColor(colour)
            canvas.setFont(font, s)
            canvas.drawCentredString(x + BADGE_W / 2, cursor + s * 0.22, line)
        cursor -= gap_after_name
        canvas.setFillColor(NAVY)
        for line in org_lines:
            cursor -= org_size * 1.25
            canvas.setFont(font, org_size)
            canvas.drawCentredString(x + BADGE_W / 2, cursor + org_size * 0.25, line)
        canvas.restoreState()


class BadgeRenderer(Renderer[EventData]):
    title_key = "doc.badges"

    def document_title(self) -> str:
        return f"{self.labels(self.title_key)} — {self.data.event.item.title}"

    def story(self, ctx: Context) -> list[Flowable]:
        event = self.data.event
        people = list(event.registrants)
        out: list[Flowable] = [OutlineMark(event.item.title, 0, ctx.key())]
        if not people:
            out.append(ctx.none("no_registrations"))
            return out
        per_sheet = COLUMNS * ROWS
        for start in range(0, len(people), per_sheet):
            if start:
                out.append(PageBreak())
            out.append(
                BadgeSheet(
                    people[start : start + per_sheet], event.item.title, ctx.styles.font, self.labels("vip")
                )
            )
        return out
