"""Story pieces more than one document prints: headings, fact lists, a programme day, a meeting brief,
an event summary, tables of people. Each takes plain data (``data.py``) and returns flowables."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.documents.data import (
    ActionInfo,
    AgendaLine,
    DayInfo,
    EventInfo,
    ItemInfo,
    MeetingInfo,
    NoteInfo,
    PersonInfo,
    RegistrantInfo,
)
from desktop.documents.labels import Labels
from desktop.documents.markup import RED_HEX, blocks, inline, text, tinted
from desktop.documents.pages import Heading
from desktop.documents.styles import (
    GREY,
    LIGHT,
    NAVY,
    RED,
    RULE,
    TABLE_FONT,
    Styles,
    facts_table_style,
    grid_table_style,
)

# Notes longer than this leave the programme table and flow as paragraphs below their item.
INLINE_NOTE_LIMIT = 500
# Tables longer than this are cut into several, so a 2,000-row list lays out in linear time.
TABLE_CHUNK = 150
# A row holding more text than this may be taller than a page: only then may it split inside (elsewhere a
# row that does not fit moves whole to the next page, which reads better).
ROW_SPLIT_CHARS = 1500


def may_split_rows(rows: Iterable[Sequence[object]]) -> int:
    """reportlab's ``splitInRow`` for these rows: 1 when some cell could outgrow a page."""
    for row in rows:
        if sum(len(getattr(c, "text", "") or "") for c in row) > ROW_SPLIT_CHARS:
            return 1
    return 0


@dataclass
class Context:
    styles: Styles
    labels: Labels
    width: float
    _keys: itertools.count = field(default_factory=itertools.count)

    def key(self) -> str:
        return f"k{next(self._keys)}"

    # --- headings ------------------------------------------------------------------------------------

    def section(self, label_key: str, *, level: int = 0, style_name: str = "h1") -> Heading:
        """A heading made of a label (translated), entered in the contents and the outline."""
        main, secondary = self.labels.pair(label_key)
        style = getattr(self.styles, style_name)
        markup = self.styles.heading(inline(main), inline(secondary) if secondary else None, style)
        return Heading(markup, style, outline=self.labels(label_key), level=level, key=self.key())

    def titled(
        self, title: str, *, level: int, style_name: str = "h2", outline: str | None = None
    ) -> Heading:
        """A heading made of user text (an organisation, a day)."""
        style = getattr(self.styles, style_name)
        return Heading(inline(title), style, outline=outline or title, level=level, key=self.key())

    def label_heading(self, label_key: str, style_name: str = "h3") -> Paragraph:
        """A sub-heading that stays out of the contents."""
        main, secondary = self.labels.pair(label_key)
        style = getattr(self.styles, style_name)
        return Paragraph(
            self.styles.heading(inline(main), inline(secondary) if secondary else None, style), style
        )

    # --- text ----------------------------------------------------------------------------------------

    def para(self, value: object, style_name: str = "body") -> Paragraph:
        return Paragraph(text(value), getattr(self.styles, style_name))

    def cell(self, value: object, style_name: str = "cell") -> Paragraph:
        return Paragraph(text(value), getattr(self.styles, style_name))

    def head(self, label_key: str) -> Paragraph:
        return Paragraph(inline(self.labels(label_key, sep=" ")), self.styles.cell_head)

    def flowing(self, value: str, *, style_name: str = "body", indent: float = 0) -> list[Flowable]:
        """Long user text as one paragraph per line, so it splits across pages; bullets kept."""
        style = getattr(self.styles, style_name)
        bullet_style = self.styles.bullet
        out: list[Flowable] = []
        for escaped, bullet in blocks(value):
            if bullet:
                p = Paragraph(escaped, bullet_style, bulletText=bullet)
            elif bullet == "":  # the rest of a long bullet point
                p = Paragraph(escaped, bullet_style)
            else:
                p = Paragraph(escaped, style)
            if indent:
                p.style = _indented(p.style, indent)
            out.append(p)
        return out

    def labelled_text(self, label_key: str, value: str) -> list[Flowable]:
        if not value.strip():
            return []
        return [self.label_heading(label_key), *self.flowing(value)]

    def none(self, label_key: str = "none") -> Paragraph:
        return Paragraph(inline(self.labels(label_key)), self.styles.muted)

    # --- tables --------------------------------------------------------------------------------------

    def facts(self, rows: Sequence[tuple[str, object]], label_width: float | None = None) -> Flowable | None:
        """Label/value lines; the values are user text. Rows with an empty value are left out."""
        if label_width is None:
            label_width = (42 if self.labels.lang == "bilingual" else 32) * mm
        data = [
            [Paragraph(inline(self.labels(key)), self.styles.muted), self.cell(value)]
            for key, value in rows
            if value not in (None, "")
        ]
        if not data:
            return None
        table = Table(
            data,
            colWidths=[label_width, self.width - label_width],
            hAlign="LEFT",
            splitInRow=may_split_rows(data),
        )
        table.setStyle(facts_table_style())
        return table

    def grid(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        fractions: Sequence[float],
        *,
        style: TableStyle | None = None,
        extra: Iterable[tuple] = (),
    ) -> list[Flowable]:
        """A data table with a header row repeated on every page, cut into chunks for long lists.
        ``header`` holds label keys; cells are flowables or user text."""
        widths = [self.width * f for f in fractions]
        head = [self.head(k) for k in header]
        body = [[c if isinstance(c, Flowable) else self.cell(c) for c in row] for row in rows]
        out: list[Flowable] = []
        for start in range(0, max(1, len(body)), TABLE_CHUNK):
            chunk = body[start : start + TABLE_CHUNK]
            table = Table(
                [head, *chunk],
                colWidths=widths,
                repeatRows=1,
                hAlign="LEFT",
                splitInRow=may_split_rows(chunk),
            )
            table.setStyle(style or grid_table_style())
            for command in extra:
                table.setStyle(TableStyle([command]))
            out.append(table)
        return out

    def name_cell(self, person: PersonInfo, *, with_position: bool = False, vip: bool = False) -> Paragraph:
        """Name in both scripts: the Chinese (if any) first, the Latin below it in grey."""
        honorific = f"{inline(person.honorific)} " if person.honorific else ""
        if person.native_name and person.latin_name and person.native_name != person.latin_name:
            markup = f"{inline(person.native_name)}<br/>{tinted(honorific + inline(person.latin_name))}"
        else:
            markup = honorific + inline(person.native_name or person.latin_name)
        if vip:
            markup += f'  <font color="#A61E22" size="7">{inline(self.labels("vip"))}</font>'
        if with_position and person.position:
            markup += f'<br/><font size="7.8" color="#5F6B7A">{inline(person.position)}</font>'
        return Paragraph(markup, self.styles.cell)


def _indented(style, indent: float):  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        f"{style.name}+{indent:.0f}",
        parent=style,
        leftIndent=style.leftIndent + indent,
        bulletIndent=getattr(style, "bulletIndent", 0) + indent,
    )


# --- the delegation --------------------------------------------------------------------------------------


def delegation_table(ctx: Context, people: Sequence[PersonInfo]) -> list[Flowable]:
    if not people:
        return [ctx.none("no_members")]
    rows = [
        [
            Paragraph(str(n), ctx.styles.cell_small),
            ctx.name_cell(p),
            ctx.cell(p.position),
            ctx.cell(ctx.labels.role(p.role)),
            ctx.cell(p.phone),
        ]
        for n, p in enumerate(people, start=1)
    ]
    return ctx.grid(["number", "name", "position", "role", "phone"], rows, [0.055, 0.24, 0.34, 0.16, 0.205])


# --- the programme ---------------------------------------------------------------------------------------

TIME_FRACTION = 0.2


def _time_cell(ctx: Context, item: ItemInfo) -> Paragraph:
    same_day = item.start.date() == item.end.date()
    if item.start_abbr == item.end_abbr and same_day:
        markup = f"{item.start:%H:%M}–{item.end:%H:%M}<br/>{tinted(inline(item.start_abbr), size=7.5)}"
    else:
        days = (item.end.date() - item.start.date()).days
        plus = f" (+{days})" if days > 0 else ""
        markup = (
            f'{item.start:%H:%M} <font size="7.5" color="#5F6B7A">{inline(item.start_abbr)}</font><br/>'
            f'– {item.end:%H:%M}{plus} <font size="7.5" color="#5F6B7A">{inline(item.end_abbr)}</font>'
        )
    return Paragraph(markup, ctx.styles.cell_time)


def _place_line(item: ItemInfo) -> str:
    def one(place) -> str:  # type: ignore[no-untyped-def]
        parts = [inline(place.name)]
        if place.address:
            parts.append(f'<font color="#5F6B7A">{inline(place.address)}</font>')
        if place.phone:
            parts.append(f'<font color="#5F6B7A">{inline(place.phone)}</font>')
        return ", ".join(parts)

    if item.destination is not None and item.place is not None:
        return f"{one(item.place)}  →  {one(item.destination)}"
    return one(item.place) if item.place is not None else ""


def item_flowables(ctx: Context, item: ItemInfo, *, show_attendees: bool = True) -> list[Flowable]:
    """One programme item: a row (time | what, where, who) and, below it, any long notes."""
    labels, styles = ctx.labels, ctx.styles
    kind = (
        inline(labels.item_kind(item.kind)).upper()
        if ctx.labels.lang == "en"
        else inline(labels.item_kind(item.kind))
    )
    lines = [
        f'<font size="7" color="#5F6B7A">{kind}</font>',
    ]
    title = inline(item.title)
    if item.status == "cancelled":
        title = f"<strike>{title}</strike>  {tinted(inline(labels.status(item.status)), RED_HEX, 8)}"
    elif item.status == "tentative":
        title += f'  <font color="#8A5A00" size="8">({inline(labels.status(item.status))})</font>'
    lines.append(f'<font size="10">{title}</font>')
    place = _place_line(item)
    if place:
        lines.append(place)
    travel = [x for x in (item.carrier, item.travel_number) if x]
    refs = []
    if item.booking_ref:
        refs.append(f"{inline(labels('booking_ref'))} {inline(item.booking_ref)}")
    if item.confirmation_number:
        refs.append(f"{inline(labels('confirmation'))} {inline(item.confirmation_number)}")
    if travel or refs:
        lines.append(
            '<font color="#5F6B7A">'
            + " · ".join([inline(" ".join(travel))] * bool(travel) + refs)
            + "</font>"
        )
    if show_attendees:
        who = (
            "; ".join(inline(p) for p in item.participants)
            if item.participants
            else inline(labels("whole_delegation"))
        )
        lines.append(f'<font color="#5F6B7A">{inline(labels("attending"))}:</font> {who}')
    for severity, message in item.problems:
        colour = "#A61E22" if severity == "conflict" else "#8A5A00"
        lines.append(f'<font color="{colour}" size="8">⚠ {inline(message)}</font>')
    long_notes: list[str] = []
    for value in (item.description, item.notes):
        if value.strip():
            if len(value) <= INLINE_NOTE_LIMIT:
                lines.append(f'<font size="8.3">{text(value)}</font>')
            else:
                long_notes.append(value)
    content = Paragraph("<br/>".join(lines), styles.cell)
    time_width = ctx.width * TIME_FRACTION
    row = Table(
        [[_time_cell(ctx, item), content]],
        colWidths=[time_width, ctx.width - time_width],
        hAlign="LEFT",
        splitInRow=may_split_rows([[content]]),
    )
    commands: list[tuple] = [
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if item.kind in ("meeting", "event"):
        commands.append(("LINEBEFORE", (0, 0), (0, 0), 2.2, NAVY if item.kind == "meeting" else RED))
    if item.status == "cancelled":
        commands.append(("TEXTCOLOR", (0, 0), (-1, -1), GREY))
    row.setStyle(TableStyle(commands))
    out: list[Flowable] = [row]
    for value in long_notes:
        out.extend(ctx.flowing(value, style_name="small", indent=time_width + 4))
        out.append(Spacer(1, 2 * mm))
    return out


def day_heading(
    ctx: Context, day: DayInfo, *, level: int | None, day_number: int | None = None, style_name: str = "h2"
) -> Flowable:
    cities = " · ".join(day.cities)
    date_text = ctx.labels.long_date(day.date)
    markup = inline(date_text)
    if day_number is not None:
        markup = (
            f'<font color="#5F6B7A" size="9">{inline(ctx.labels("day_n", n=day_number))}</font>  {markup}'
        )
    if cities:
        markup += f'<font color="#5F6B7A" size="9.5">   {inline(cities)}</font>'
    style = getattr(ctx.styles, style_name)
    if level is None:
        return Paragraph(markup, style)
    outline = ctx.labels.day_month(day.date) + (f" — {cities}" if cities else "")
    return Heading(markup, style, outline=outline, level=level, key=ctx.key())


def day_items(ctx: Context, day: DayInfo) -> list[Flowable]:
    out: list[Flowable] = []
    if not day.items:
        out.append(ctx.none("no_items"))
    for item in day.items:
        out.extend(item_flowables(ctx, item))
    return out


def day_flowables(
    ctx: Context, day: DayInfo, *, level: int | None = 1, day_number: int | None = None
) -> list[Flowable]:
    """A day within a longer document: its heading (kept with the first items) and its items."""
    heading = day_heading(ctx, day, level=level, day_number=day_number)
    return [CondPageBreak(40 * mm), heading, *day_items(ctx, day)]


# --- meetings --------------------------------------------------------------------------------------------


def meeting_facts(ctx: Context, meeting: MeetingInfo, *, include_status: bool = True) -> list[Flowable]:
    item = meeting.item
    place = item.place
    rows: list[tuple[str, object]] = [
        ("date", ctx.labels.long_date(item.start.date())),
        ("time", item.time_range),
        ("place", place.name if place else ""),
        ("address", ", ".join(x for x in (place.address, place.phone) if x) if place else ""),
    ]
    if include_status:
        rows.append(("status", ctx.labels.status(meeting.status)))
    rows.append(("interpreter", meeting.interpreter))
    table = ctx.facts(rows)
    return [table] if table is not None else []


def attendee_table(
    ctx: Context, label_key: str, people: Sequence[PersonInfo], *, ours: bool, organisation: str = ""
) -> list[Flowable]:
    """Attendees with their positions (ours: the delegation role when no position is known); their
    side's organisation is named only where it differs from the meeting's (``organisation``)."""
    if not people:
        return []
    rows = []
    for p in people:
        position = inline(p.position or (ctx.labels.role(p.role) if ours and p.role else ""))
        if not ours and p.organisation and p.organisation != organisation:
            org = tinted(inline(p.organisation), size=7.8)
            position = f"{position}<br/>{org}" if position else org
        rows.append([ctx.name_cell(p), Paragraph(position, ctx.styles.cell)])
    return [ctx.label_heading(label_key), *ctx.grid(["name", "position"], rows, [0.38, 0.62])]


def agenda_table(ctx: Context, lines: Sequence[AgendaLine]) -> list[Flowable]:
    """Number, running time, item (with short notes), lead and minutes; long notes follow the table."""
    if not lines:
        return [ctx.none()]
    rows = []
    long_notes: list[AgendaLine] = []
    for line in lines:
        item = inline(line.title)
        if line.notes.strip() and len(line.notes) <= INLINE_NOTE_LIMIT:
            item += f"<br/>{tinted(text(line.notes), size=7.8)}"
        elif line.notes.strip():
            long_notes.append(line)
            item += f"<br/>{tinted(inline(ctx.labels('see_below')), size=7.8)}"
        rows.append(
            [
                Paragraph(str(line.number), ctx.styles.cell_small),
                ctx.cell(f"{line.start:%H:%M}" if line.start else ""),
                Paragraph(item, ctx.styles.cell),
                ctx.cell(line.lead),
                Paragraph(str(line.minutes) if line.minutes else "", ctx.styles.cell_right),
            ]
        )
    total = sum(line.minutes for line in lines)
    rows.append(
        [
            "",
            "",
            Paragraph(inline(ctx.labels("total_minutes")), ctx.styles.muted),
            "",
            Paragraph(str(total), ctx.styles.cell_right),
        ]
    )
    out = ctx.grid(
        ["number", "time", "item", "lead", "minutes"],
        rows,
        [0.06, 0.1, 0.5, 0.24, 0.1],
        extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)],
    )
    for line in long_notes:
        out.append(Paragraph(f"{line.number}. {inline(line.title)}", ctx.styles.h3))
        out.extend(ctx.flowing(line.notes, style_name="small"))
    return out


def actions_table(ctx: Context, actions: Sequence[ActionInfo], *, columns: str = "owner") -> list[Flowable]:
    """Actions with their owner (or organisation), due date and status; overdue ones in red."""
    if not actions:
        return [ctx.none("no_actions")]
    rows = []
    for a in actions:
        what = inline(a.description) if len(a.description) <= 2000 else text(a.description)
        if a.notes.strip():
            what += f'<br/><font size="7.8" color="#5F6B7A">{text(a.notes)}</font>'
        due = ctx.labels.short_date(a.due) if a.due else "—"
        status = inline(ctx.labels.status(a.status))
        if a.overdue:
            due = f'<font color="#A61E22">{inline(due)}</font>'
            status += f'<br/><font color="#A61E22" size="7.5">{inline(ctx.labels("overdue"))}</font>'
        other = a.owner if columns == "owner" else a.organisation
        rows.append(
            [
                Paragraph(what, ctx.styles.cell),
                ctx.cell(other or "—"),
                Paragraph(due, ctx.styles.cell),
                Paragraph(status, ctx.styles.cell),
            ]
        )
    header = ["action", "owner" if columns == "owner" else "organisation", "due", "status"]
    return ctx.grid(header, rows, [0.5, 0.24, 0.13, 0.13])


def notes_list(ctx: Context, notes: Sequence[NoteInfo]) -> list[Flowable]:
    out: list[Flowable] = []
    for note in notes:
        byline = " · ".join(x for x in (ctx.labels.short_date(note.written), note.author) if x)
        out.append(Paragraph(f'<font color="#5F6B7A" size="7.8">{inline(byline)}</font>', ctx.styles.small))
        out.extend(ctx.flowing(note.body))
    return out


class RuledLines(Flowable):
    """Lined space for handwritten notes: fills what is left of the page, at least ``min_lines`` lines."""

    def __init__(self, min_lines: int = 6, spacing: float = 8 * mm, max_lines: int = 14) -> None:
        super().__init__()
        self.spacing = spacing
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.lines = min_lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        fit = int((avail_height - 2) // self.spacing)
        self.lines = max(self.min_lines, min(self.max_lines, fit))
        return avail_width, self.lines * self.spacing

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for n in range(1, self.lines + 1):
            y = self.lines * self.spacing - n * self.spacing
            canvas.line(0, y, self.width, y)


def notes_space(ctx: Context, *, min_lines: int, max_lines: int = 14) -> list[Flowable]:
    """'Notes during the meeting' and ruled lines filling the rest of the page (a new page if fewer
    than ``min_lines`` would fit)."""
    ruled = RuledLines(min_lines=min_lines, max_lines=max_lines)
    return [
        CondPageBreak(min_lines * ruled.spacing + 14 * mm),
        ctx.label_heading("notes_space"),
        ruled,
    ]


def meeting_brief(ctx: Context, meeting: MeetingInfo, *, level: int = 1) -> list[Flowable]:
    """The brief: facts, the organisation, both sides' attendees, objectives, agenda, talking points,
    history with this organisation, notes on file, and space for notes."""
    labels = ctx.labels
    title = meeting.heading
    subtitle = meeting.item.title if meeting.item.title != title else ""
    out: list[Flowable] = [ctx.titled(title, level=level, style_name="h1")]
    org = meeting.organisation
    if org is not None and org.local_name:
        out.append(ctx.para(org.local_name, "subtitle"))
    elif subtitle:
        out.append(ctx.para(subtitle, "subtitle"))
    out.extend(meeting_facts(ctx, meeting))
    if org is not None:
        out.append(ctx.label_heading("profile"))
        facts = ctx.facts(
            [
                ("kind", labels.organisation_kind(org.kind) if org.kind else ""),
                ("sectors", ", ".join(org.sectors)),
                ("city", ", ".join(x for x in (org.city, org.country) if x)),
                ("address", org.address),
                ("phone", org.phone),
                ("website", org.website),
                ("email", org.email),
            ]
        )
        if facts is not None:
            out.append(facts)
        if org.profile.strip():
            out.append(Spacer(1, 1.5 * mm))
            out.extend(ctx.flowing(org.profile))
    org_name = org.name if org is not None else ""
    out.extend(attendee_table(ctx, "their_attendees", meeting.theirs, ours=False, organisation=org_name))
    out.extend(attendee_table(ctx, "our_attendees", meeting.ours, ours=True))
    out.extend(ctx.labelled_text("objectives", meeting.objectives))
    out.extend(ctx.labelled_text("background", meeting.background))
    out.append(ctx.label_heading("agenda"))
    out.extend(agenda_table(ctx, meeting.agenda))
    out.extend(ctx.labelled_text("talking_points", meeting.talking_points))
    if meeting.previous:
        out.append(ctx.label_heading("previous_meetings"))
        rows = [
            [
                ctx.cell(labels.short_date(p.date)),
                ctx.cell(p.title),
                ctx.cell(labels.status(p.status)),
                ctx.cell(p.outcome),
            ]
            for p in meeting.previous
        ]
        out.extend(ctx.grid(["date", "item", "status", "outcome"], rows, [0.15, 0.33, 0.12, 0.4]))
    if meeting.open_actions:
        out.append(ctx.label_heading("open_actions"))
        out.extend(actions_table(ctx, meeting.open_actions))
    if meeting.organisation_notes:
        out.append(ctx.label_heading("notes"))
        out.extend(notes_list(ctx, meeting.organisation_notes))
    out += notes_space(ctx, min_lines=6)
    return out


# --- events ----------------------------------------------------------------------------------------------


def event_counts(ctx: Context, event: EventInfo) -> list[Flowable]:
    labels = ctx.labels
    capacity = str(event.capacity) if event.capacity is not None else labels("unlimited")
    values = [
        capacity,
        str(event.expected) if event.expected is not None else "—",
        str(event.seated),
        str(event.by_status.get("waitlisted", 0)),
        str(event.by_status.get("attended", 0)),
    ]
    names = [labels(k, sep=" ") for k in ("capacity", "expected", "seated", "waitlist")]
    names.append(labels.status("attended").capitalize())
    head = [Paragraph(inline(name), ctx.styles.muted) for name in names]
    big = [Paragraph(f'<font size="15" color="#1F3A5F">{inline(v)}</font>', ctx.styles.cell) for v in values]
    table = Table([head, big], colWidths=[ctx.width / 5] * 5, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.6, "white"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return [table]


def registrant_rows(ctx: Context, people: Sequence[RegistrantInfo]) -> list[list[object]]:
    return [
        [ctx.name_cell(r.person, vip=r.vip), ctx.cell(r.organisation), ctx.cell(r.person.position)]
        for r in people
    ]


def event_page(ctx: Context, event: EventInfo, *, level: int = 1) -> list[Flowable]:
    item = event.item
    place = item.place
    out: list[Flowable] = [ctx.titled(item.title, level=level, style_name="h1")]
    facts = ctx.facts(
        [
            ("date", ctx.labels.long_date(item.start.date())),
            ("time", item.time_range),
            ("place", place.name if place else ""),
            ("address", ", ".join(x for x in (place.address, place.phone) if x) if place else ""),
            ("status", ctx.labels.status(item.status)),
        ]
    )
    if facts is not None:
        out.append(facts)
    out.append(ctx.label_heading("registrations"))
    out.extend(event_counts(ctx, event))
    out.extend(ctx.labelled_text("description", item.description))
    out.extend(ctx.labelled_text("notes", item.notes))
    out.append(ctx.label_heading("vips"))
    if event.vips:
        out.extend(
            ctx.grid(
                ["name", "organisation", "position"], registrant_rows(ctx, event.vips), [0.34, 0.36, 0.3]
            )
        )
    else:
        out.append(ctx.none())
    return out
