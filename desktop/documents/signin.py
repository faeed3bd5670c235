"""An event's attendee list and sign-in sheet: everyone holding a seat, by family name, with room to
sign; then the waiting list and blank lines for walk-ins."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop.documents.base import Renderer
from desktop.documents.data import EventData, RegistrantInfo
from desktop.documents.markup import inline
from desktop.documents.sections import Context
from desktop.documents.styles import RULE

SIGNATURE_HEIGHT = 8.5 * mm
WALK_IN_LINES = 8
# The signature column is ruled off from the rest of the row.
SIGNATURE_BOX = [("LINEBEFORE", (-1, 0), (-1, -1), 0.4, RULE), ("LINEAFTER", (-1, 0), (-1, -1), 0.4, RULE)]


class SignInRenderer(Renderer[EventData]):
    title_key = "doc.signin"

    def document_title(self) -> str:
        return f"{self.labels(self.title_key)} — {self.data.event.item.title}"

    def _rows(self, ctx: Context, people: tuple[RegistrantInfo, ...], first: int = 1) -> list[list[object]]:
        return [
            [
                Paragraph(str(n), ctx.styles.cell_small),
                ctx.name_cell(r.person, vip=r.vip),
                Paragraph(
                    inline(r.organisation)
                    + (
                        f'<br/><font size="7.8" color="#5F6B7A">{inline(r.person.position)}</font>'
                        if r.person.position
                        else ""
                    ),
                    ctx.styles.cell,
                ),
                Spacer(1, SIGNATURE_HEIGHT),
            ]
            for n, r in enumerate(people, start=first)
        ]

    def story(self, ctx: Context) -> list[Flowable]:
        event, labels = self.data.event, self.labels
        item = event.item
        place = item.place
        main, secondary = labels.pair(self.title_key)
        kicker = inline(main.upper() if labels.lang != "zh" else main)
        if secondary:
            kicker += f"  {inline(secondary)}"
        out: list[Flowable] = [
            Paragraph(f'<font color="#5F6B7A" size="9">{kicker}</font>', ctx.styles.small),
            Spacer(1, 1.5 * mm),
            ctx.titled(item.title, level=0, style_name="title"),
        ]
        facts = ctx.facts(
            [
                ("date", labels.long_date(item.start.date())),
                ("time", item.time_range),
                ("place", ", ".join(x for x in (place.name, place.address) if x) if place else ""),
                ("seated", labels("registered_count", n=len(event.registrants))),
            ]
        )
        if facts is not None:
            out += [facts, Spacer(1, 3 * mm)]
        fractions = [0.06, 0.3, 0.34, 0.3]
        header = ["number", "name", "organisation", "signature"]
        if event.registrants:
            out += ctx.grid(header, self._rows(ctx, event.registrants), fractions, extra=SIGNATURE_BOX)
        else:
            out.append(ctx.none("no_registrations"))
        if event.waitlist:
            out += [CondPageBreak(40 * mm), ctx.section("waitlist", level=0, style_name="h2")]
            out += ctx.grid(header, self._rows(ctx, event.waitlist), fractions, extra=SIGNATURE_BOX)
        blanks = [["", "", "", Spacer(1, SIGNATURE_HEIGHT)] for _ in range(WALK_IN_LINES)]
        out += [CondPageBreak(60 * mm), ctx.section("walk_ins", level=0, style_name="h2")]
        out += ctx.grid(header, blanks, fractions, extra=SIGNATURE_BOX)
        return out
