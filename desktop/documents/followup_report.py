"""The follow-up report, for after the trip: a summary, actions by organisation and by owner with status
and due dates (overdue ones marked), and each meeting's outcome and notes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.documents.base import Renderer
from desktop.documents.data import ActionInfo, FollowupData
from desktop.documents.markup import inline
from desktop.documents.sections import Context, actions_table, notes_list
from desktop.documents.styles import LIGHT, TABLE_FONT


class FollowupRenderer(Renderer[FollowupData]):
    title_key = "doc.followups"

    def story(self, ctx: Context) -> list[Flowable]:
        labels, data = self.labels, self.data
        main, secondary = labels.pair(self.title_key)
        kicker = inline(main.upper() if labels.lang != "zh" else main)
        if secondary:
            kicker += f"  {inline(secondary)}"
        out: list[Flowable] = [
            Paragraph(f'<font color="#5F6B7A" size="9">{kicker}</font>', ctx.styles.small),
            Spacer(1, 1.5 * mm),
            Paragraph(inline(data.trip.name), ctx.styles.title),
            ctx.para(labels.date_range(data.trip.start_date, data.trip.end_date), "subtitle"),
            ctx.section("summary", level=0, style_name="h2"),
            self._summary(ctx),
            Spacer(1, 6 * mm),
        ]
        out += [ctx.section("by_organisation", level=0)]
        by_org: dict[str, list[ActionInfo]] = {}
        for action in data.actions:
            by_org.setdefault(action.organisation or "—", []).append(action)
        if not by_org:
            out.append(ctx.none("no_actions"))
        for org in sorted(by_org, key=str.casefold):
            out += [CondPageBreak(35 * mm), ctx.titled(org, level=1, style_name="h3")]
            out += actions_table(ctx, by_org[org], columns="owner")
        out += [PageBreak(), ctx.section("by_owner", level=0)]
        by_owner: dict[str, list[ActionInfo]] = {}
        for action in data.actions:
            by_owner.setdefault(action.owner or "—", []).append(action)
        if not by_owner:
            out.append(ctx.none("no_actions"))
        for owner in sorted(by_owner, key=str.casefold):
            out += [CondPageBreak(35 * mm), ctx.titled(owner, level=1, style_name="h3")]
            out += actions_table(ctx, by_owner[owner], columns="organisation")
        out += [PageBreak(), ctx.section("outcomes", level=0)]
        if not data.outcomes:
            out.append(ctx.none("no_outcomes"))
        for outcome in data.outcomes:
            title = outcome.organisation or outcome.title
            out += [CondPageBreak(30 * mm), ctx.titled(title, level=1, style_name="h2")]
            line = (
                f"{labels.short_date(outcome.date)} · {outcome.time_range} · {labels.status(outcome.status)}"
            )
            if outcome.organisation and outcome.title != outcome.organisation:
                line = f"{outcome.title} · {line}"
            out.append(ctx.para(line, "muted"))
            if outcome.outcome_notes.strip():
                out += ctx.labelled_text("outcome", outcome.outcome_notes)
            elif not outcome.notes:
                out.append(ctx.none("no_outcomes"))
            if outcome.notes:
                out.append(ctx.label_heading("notes"))
                out += notes_list(ctx, outcome.notes)
        return out

    def _summary(self, ctx: Context) -> Flowable:
        labels, actions = self.labels, self.data.actions
        counts = [
            ("open_count", sum(a.status == "open" for a in actions)),
            ("overdue_count", sum(a.overdue for a in actions)),
            ("done_count", sum(a.status == "done" for a in actions)),
            ("dropped_count", sum(a.status == "dropped" for a in actions)),
        ]
        head = [Paragraph(inline(labels(k, sep=" ")), ctx.styles.muted) for k, _ in counts]
        colours = {"overdue_count": "#A61E22"}
        values = [
            Paragraph(f'<font size="15" color="{colours.get(k, "#1F3A5F")}">{n}</font>', ctx.styles.cell)
            for k, n in counts
        ]
        table = Table([head, values], colWidths=[ctx.width / 4] * 4, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    TABLE_FONT,
                    ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                    ("LINEBEFORE", (1, 0), (-1, -1), 0.6, "white"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table
