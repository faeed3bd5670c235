"""The trip briefing pack: cover, contents, overview, delegation, programme, meeting briefs, events,
contacts. Optionally one member's personal pack, or a date range."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from desktop.documents.base import Renderer
from desktop.documents.data import PackData
from desktop.documents.markup import NAVY_HEX, inline, tinted
from desktop.documents.pages import BODY, COVER, OutlineMark
from desktop.documents.sections import (
    Context,
    day_flowables,
    delegation_table,
    event_page,
    meeting_brief,
)
from desktop.documents.styles import TABLE_FONT


class PackRenderer(Renderer[PackData]):
    title_key = "doc.pack"
    first_template = COVER
    with_contents = True

    def document_title(self) -> str:
        if self.data.member is not None:
            return f"{self.labels('doc.personal_pack')} — {self.data.member.both_scripts}"
        return self.labels(self.title_key)

    def story(self, ctx: Context) -> list[Flowable]:
        story: list[Flowable] = []
        story += self._cover(ctx)
        story += self._contents(ctx)
        story += self._overview(ctx)
        story += [PageBreak(), ctx.section("delegation"), *delegation_table(ctx, self.data.delegation)]
        story += self._programme(ctx)
        story += self._meetings(ctx)
        story += self._events(ctx)
        story += self._contacts(ctx)
        return story

    # --- sections ------------------------------------------------------------------------------------

    def _cover(self, ctx: Context) -> list[Flowable]:
        data, labels, styles = self.data, self.labels, ctx.styles
        trip = data.trip
        main, secondary = labels.pair("doc.personal_pack" if data.member else "doc.pack")
        kicker = inline(main.upper() if labels.lang != "zh" else main)
        if secondary:
            kicker += f"   {inline(secondary)}"
        out: list[Flowable] = [
            Spacer(1, 38 * mm),
            Paragraph(f'<font color="#5F6B7A" size="12">{kicker}</font>', styles.cover_line),
            Spacer(1, 5 * mm),
            Paragraph(inline(trip.name), styles.cover_title),
            Paragraph(
                tinted(inline(labels.date_range(trip.start_date, trip.end_date)), NAVY_HEX, 14),
                styles.cover_line,
            ),
            Spacer(1, 14 * mm),
        ]
        lines: list[tuple[str, str]] = []
        if trip.organiser:
            lines.append(("organiser", trip.organiser))
        if trip.head is not None:
            head = trip.head.both_scripts
            if trip.head.position:
                head += f"\n{trip.head.position}"
            lines.append(("head", head))
        if data.member is not None:
            member = data.member.both_scripts
            if data.member.position:
                member += f"\n{data.member.position}"
            lines.append(("personal_for", member))
        if (data.first_day, data.last_day) != (trip.start_date, trip.end_date):
            lines.append(("period", labels.date_range(data.first_day, data.last_day)))
        for key, value in lines:
            out.append(
                Paragraph(f'<font color="#5F6B7A" size="9.5">{inline(labels(key))}</font>', styles.cover_line)
            )
            value_markup = "<br/>".join(
                inline(part) if n == 0 else f'<font size="10" color="#5F6B7A">{inline(part)}</font>'
                for n, part in enumerate(value.split("\n"))
            )
            out.append(Paragraph(value_markup, styles.cover_line))
            out.append(Spacer(1, 5 * mm))
        prepared = f"{labels('prepared')}: {labels.short_date(self.prepared_on)}"  # type: ignore[arg-type]
        out += [
            Spacer(1, 10 * mm),
            Paragraph(f'<font color="#5F6B7A" size="9">{inline(prepared)}</font>', styles.cover_line),
            NextPageTemplate(BODY),
            PageBreak(),
        ]
        return out

    def _contents(self, ctx: Context) -> list[Flowable]:
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [ctx.styles.toc0, ctx.styles.toc1]
        toc.tableStyle = TableStyle(
            [TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
        )  # fmt: skip
        main, secondary = self.labels.pair("contents")
        heading = Paragraph(
            ctx.styles.heading(inline(main), inline(secondary) if secondary else None, ctx.styles.h1),
            ctx.styles.h1,
        )
        return [
            OutlineMark(self.labels("contents"), 0, ctx.key(), in_contents=False),
            heading,
            Spacer(1, 2 * mm),
            toc,
        ]

    def _overview(self, ctx: Context) -> list[Flowable]:
        data, labels = self.data, self.labels
        trip = data.trip
        out: list[Flowable] = [PageBreak(), ctx.section("overview")]
        facts = ctx.facts(
            [
                ("dates", labels.date_range(trip.start_date, trip.end_date)),
                ("organiser", trip.organiser),
                ("head", trip.head.both_scripts if trip.head else ""),
                ("delegation", str(len(data.delegation)) if data.delegation else ""),
            ]
        )
        if facts is not None:
            out.append(facts)
        out += ctx.labelled_text("purpose", trip.purpose)
        out.append(ctx.label_heading("cities_dates"))
        if data.cities:
            rows = [[c.city, c.country, labels.date_range(c.first, c.last)] for c in data.cities]
            out += ctx.grid(["city", "country", "dates"], rows, [0.35, 0.3, 0.35])
        else:
            out.append(ctx.none("empty_programme"))
        if data.hotels:
            out.append(ctx.label_heading("hotels"))
            rows = []
            for h in data.hotels:
                rows.append(
                    [
                        Paragraph(
                            f"{inline(h.name)}<br/><font size='7.8' color='#5F6B7A'>{inline(h.city)}</font>",
                            ctx.styles.cell,
                        ),
                        ctx.cell(h.address),
                        ctx.cell(h.phone),
                        ctx.cell(f"{labels.day_month(h.check_in)} – {labels.day_month(h.check_out)}"),
                        ctx.cell(h.confirmation),
                    ]
                )
            out += ctx.grid(
                ["hotel", "address", "phone", "dates", "confirmation"], rows, [0.25, 0.28, 0.17, 0.17, 0.13]
            )
            rooms = [(h, r) for h in data.hotels for r in h.rooms]
            if rooms:
                out.append(ctx.label_heading("rooms"))
                by_person: dict[str, list[str]] = {}
                for hotel, (person, room) in rooms:
                    by_person.setdefault(person, []).append(f"{hotel.city or hotel.name}: {room}")
                rows = [[ctx.cell(person), ctx.cell("   ".join(r))] for person, r in by_person.items()]
                out += ctx.grid(["name", "room"], rows, [0.4, 0.6])
        if data.venues:
            out.append(ctx.label_heading("venues"))
            rows = [[ctx.cell(v.name), ctx.cell(v.address), ctx.cell(v.phone)] for v in data.venues]
            out += ctx.grid(["place", "address", "phone"], rows, [0.38, 0.42, 0.2])
        out.append(Spacer(1, 3 * mm))
        out.append(ctx.para(labels("local_times"), "muted"))
        return out

    def _programme(self, ctx: Context) -> list[Flowable]:
        out: list[Flowable] = [
            PageBreak(),
            ctx.section("programme"),
            ctx.para(self.labels("local_times"), "muted"),
        ]
        if not self.data.days:
            out.append(ctx.none("empty_programme"))
        trip_start = self.data.trip.start_date
        for day in self.data.days:
            out += day_flowables(ctx, day, level=1, day_number=(day.date - trip_start).days + 1)
        return out

    def _meetings(self, ctx: Context) -> list[Flowable]:
        out: list[Flowable] = [PageBreak(), ctx.section("meetings")]
        if not self.data.meetings:
            out.append(ctx.none("no_meetings"))
        for n, meeting in enumerate(self.data.meetings):
            if n:
                out.append(PageBreak())
            out += meeting_brief(ctx, meeting, level=1)
        return out

    def _events(self, ctx: Context) -> list[Flowable]:
        out: list[Flowable] = [PageBreak(), ctx.section("events")]
        if not self.data.events:
            out.append(ctx.none("no_events"))
        for n, event in enumerate(self.data.events):
            if n:
                out.append(PageBreak())
            out += event_page(ctx, event, level=1)
        return out

    def _contacts(self, ctx: Context) -> list[Flowable]:
        labels = self.labels
        out: list[Flowable] = [PageBreak(), ctx.section("contacts")]
        if not self.data.contacts:
            out.append(ctx.none("no_contacts"))
        for group in self.data.contacts:
            org = group.organisation
            line = [labels.organisation_kind(org.kind) if org.kind else "", ", ".join(org.sectors)]
            details = " · ".join(x for x in (*line, org.address, org.phone, org.website, org.email) if x)
            title = inline(org.name)
            if org.local_name:
                title += f'<font size="8.5" color="#5F6B7A">   {inline(org.local_name)}</font>'
            block: list[Flowable] = [Paragraph(title, ctx.styles.h3)]
            if details:
                block.append(ctx.para(details, "muted"))
            if group.people:
                rows = [
                    [ctx.name_cell(p), ctx.cell(p.position), ctx.cell(p.phone), ctx.cell(p.email)]
                    for p in group.people
                ]
                block += ctx.grid(["name", "position", "phone", "email"], rows, [0.24, 0.26, 0.17, 0.33])
            out += block
        return out
