"""The daily programme: one page per day (a long day runs on), local times with their zones."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from desktop.documents.base import Renderer
from desktop.documents.data import ProgrammeData
from desktop.documents.markup import inline
from desktop.documents.sections import Context, day_heading, day_items


class ProgrammeRenderer(Renderer[ProgrammeData]):
    title_key = "doc.programme"

    def document_title(self) -> str:
        title = self.labels(self.title_key)
        if self.data.member is not None:
            return f"{title} — {self.data.member.both_scripts}"
        return title

    def story(self, ctx: Context) -> list[Flowable]:
        labels = self.labels
        main, secondary = labels.pair(self.title_key)
        kicker = inline(main.upper() if labels.lang != "zh" else main)
        if secondary:
            kicker += f"  {inline(secondary)}"
        if self.data.member is not None:
            kicker += f'  ·  <font color="#1F3A5F">{inline(self.data.member.both_scripts)}</font>'
        out: list[Flowable] = []
        if not self.data.days:
            out += [
                Paragraph(f'<font color="#5F6B7A" size="9">{kicker}</font>', ctx.styles.small),
                ctx.none("empty_programme"),
            ]
        trip_start = self.data.trip.start_date
        for n, day in enumerate(self.data.days):
            if n:
                out.append(PageBreak())
            out += [
                Paragraph(f'<font color="#5F6B7A" size="9">{kicker}</font>', ctx.styles.small),
                Spacer(1, 1 * mm),
            ]
            number = (day.date - trip_start).days + 1
            out += [
                day_heading(ctx, day, level=0, day_number=number, style_name="h1"),
                ctx.para(labels("local_times"), "muted"),
                *day_items(ctx, day),
            ]
        return out
