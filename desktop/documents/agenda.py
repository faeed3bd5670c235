"""A meeting agenda to print and hand over: who meets whom, when and where, and the agenda with running
times. Internal material (objectives, talking points, history) stays in the briefing pack."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.documents.base import Renderer
from desktop.documents.data import AgendaData
from desktop.documents.markup import inline
from desktop.documents.pages import OutlineMark
from desktop.documents.sections import Context, agenda_table, attendee_table, meeting_facts, notes_space


class AgendaRenderer(Renderer[AgendaData]):
    title_key = "doc.agenda"

    def document_title(self) -> str:
        return f"{self.labels(self.title_key)} — {self.data.meeting.heading}"

    def story(self, ctx: Context) -> list[Flowable]:
        meeting = self.data.meeting
        main, secondary = self.labels.pair(self.title_key)
        kicker = inline(main.upper() if self.labels.lang != "zh" else main)
        if secondary:
            kicker += f"  {inline(secondary)}"
        out: list[Flowable] = [
            OutlineMark(meeting.heading, 0, ctx.key()),
            Paragraph(f'<font color="#5F6B7A" size="9">{kicker}</font>', ctx.styles.small),
            Spacer(1, 2 * mm),
            Paragraph(inline(meeting.heading), ctx.styles.title),
        ]
        if meeting.item.title != meeting.heading:
            out.append(ctx.para(meeting.item.title, "subtitle"))
        out += meeting_facts(ctx, meeting, include_status=False)
        org_name = meeting.organisation.name if meeting.organisation else ""
        out += attendee_table(ctx, "their_attendees", meeting.theirs, ours=False, organisation=org_name)
        out += attendee_table(ctx, "our_attendees", meeting.ours, ours=True)
        out.append(ctx.label_heading("agenda"))
        out += agenda_table(ctx, meeting.agenda)
        out += notes_space(ctx, min_lines=4, max_lines=10)
        return out
