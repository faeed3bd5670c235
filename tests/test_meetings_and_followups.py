"""Meetings (attendees, agenda, actions), notes and the follow-up queries."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import ItineraryItem
from desktop.services import followups, meetings
from desktop.services.errors import ValidationError
from tests.factories import LIS, contact, local, member, organisation, place, trip


@pytest.fixture
def setup(database):
    with database.session() as s:
        t = trip(s)
        head = member(s, t, "陈立华", "Chen Lihua", "head")
        interp = member(s, t, "林雪", "Lin Xue", "interpreter")
        org = organisation(s, "Global Media Group", kind="media")
        other_org = organisation(s, "Joinko Group")
        ana = contact(s, org, "Ana Conceição")
        rui = contact(s, other_org, "Rui Gonçalves")
        venue = place(s, "GMG offices", "Lisbon", LIS)
        m = meetings.create_meeting(
            s,
            t,
            organisation_id=org,
            start=local(11, 14, 30),
            end=local(11, 15, 45),
            place_id=venue,
            status="confirmed",
        ).id
    return dict(
        trip=t,
        head=head,
        interp=interp,
        org=org,
        other_org=other_org,
        ana=ana,
        rui=rui,
        venue=venue,
        meeting=m,
    )


def test_meeting_gets_a_title_and_its_item_follows_its_status(database, setup):
    with database.session() as s:
        m = meetings.get_meeting(s, setup["meeting"])
        assert m.item.title == "Meeting with Global Media Group"
        assert m.item.status == "confirmed"
        meetings.update_meeting(s, m.id, status="cancelled")
        assert s.get(ItineraryItem, m.item_id).status == "cancelled"


def test_attendees_must_belong_to_the_trip_or_the_organisation(database, setup):
    with database.session() as s:
        meetings.set_attendees(
            s, setup["meeting"], ours=[setup["head"], setup["interp"]], theirs=[setup["ana"]]
        )
        assert [p.latin_name for p in meetings.attendees(s, setup["meeting"], "theirs")] == ["Ana Conceição"]
        assert {p.id for p in meetings.get_meeting(s, setup["meeting"]).item.participants} == {
            setup["head"],
            setup["interp"],
        }
        with pytest.raises(ValidationError) as exc:
            meetings.set_attendees(s, setup["meeting"], ours=[setup["ana"]], theirs=[setup["rui"]])
        assert {e.field for e in exc.value.errors} == {"ours", "theirs"}


def test_agenda_items_are_ordered_moved_and_renumbered(database, setup):
    with database.session() as s:
        mid = setup["meeting"]
        ids = [
            meetings.add_agenda_item(s, mid, title=t, minutes=m).id
            for t, m in (("Welcome", 10), ("Media cooperation", 30), ("Next steps", 15))
        ]
        meetings.move_agenda_item(s, ids[2], 0)
        assert [a.title for a in meetings.get_meeting(s, mid).agenda] == [
            "Next steps",
            "Welcome",
            "Media cooperation",
        ]
        meetings.remove_agenda_item(s, ids[0])
        s.expire_all()
        assert [(a.position, a.title) for a in meetings.get_meeting(s, mid).agenda] == [
            (0, "Next steps"),
            (1, "Media cooperation"),
        ]
        assert meetings.agenda_minutes(s, mid) == 45
        with pytest.raises(ValidationError, match="minutes cannot be negative"):
            meetings.add_agenda_item(s, mid, title="Bad", minutes=-5)


def test_three_hundred_agenda_items(database, setup):
    with database.session() as s:
        for i in range(300):
            meetings.add_agenda_item(s, setup["meeting"], title=f"Point {i}", minutes=1)
        assert len(meetings.get_meeting(s, setup["meeting"]).agenda) == 300


def test_actions_stamp_completion_and_reopen(database, setup):
    with database.session() as s:
        a = meetings.add_action(
            s,
            setup["meeting"],
            description="Send press kit",
            owner_id=setup["head"],
            due_date=dt.date(2024, 9, 20),
        )
        assert a.completed_at is None
        meetings.complete_action(s, a.id)
        assert a.status == "done" and a.completed_at is not None
        meetings.reopen_action(s, a.id)
        assert a.status == "open" and a.completed_at is None
        with pytest.raises(ValidationError):
            meetings.update_action(s, a.id, status="forgotten")


def test_open_and_overdue_actions_by_owner_and_across_trips(database, setup):
    with database.session() as s:
        m = setup["meeting"]
        late = meetings.add_action(
            s, m, description="Late", owner_id=setup["head"], due_date=dt.date(2024, 9, 1)
        )
        meetings.add_action(
            s, m, description="Later", owner_id=setup["interp"], due_date=dt.date(2024, 12, 1)
        )
        meetings.add_action(s, m, description="Undated", owner_id=setup["head"])
        meetings.add_action(s, m, description="Done", owner_id=setup["head"], status="done")
        # A second trip meets the same organisation again.
        t2 = trip(s, name="Return visit", start_date=dt.date(2025, 3, 1), end_date=dt.date(2025, 3, 5))
        m2 = meetings.create_meeting(
            s,
            t2,
            organisation_id=setup["org"],
            start=dt.datetime(2025, 3, 2, 10),
            end=dt.datetime(2025, 3, 2, 11),
            place_id=setup["venue"],
        ).id
        meetings.add_action(s, m2, description="Sign MoU")

        assert [a.description for a in followups.open_actions(s, setup["trip"])] == [
            "Late",
            "Later",
            "Undated",
        ]
        assert [a.description for a in followups.overdue_actions(s, dt.date(2024, 10, 1))] == ["Late"]
        by_owner = followups.open_actions_by_owner(s, setup["trip"])
        assert {p.latin_name: [a.description for a in acts] for p, acts in by_owner.items()} == {
            "Chen Lihua": ["Late", "Undated"],
            "Lin Xue": ["Later"],
        }
        assert followups.is_overdue(late, dt.date(2024, 10, 1))
        history = followups.meetings_with_organisation(s, setup["org"])
        assert [h.item.trip.name for h in history] == ["Test trip", "Return visit"]
        assert len(followups.open_actions(s)) == 4  # all trips


def test_notes_belong_to_exactly_one_subject_and_keep_long_text(database, setup):
    body = "Reunião muito produtiva — 合作意向强烈. <b>literal</b> & more\n" * 400
    with database.session() as s:
        n = followups.add_note(s, body, author="Zheng Kai", meeting_id=setup["meeting"])
        followups.add_note(s, "On the firm", organisation_id=setup["org"])
        with pytest.raises(ValidationError, match="exactly one"):
            followups.add_note(s, "Both", meeting_id=setup["meeting"], person_id=setup["head"])
        with pytest.raises(ValidationError, match="required"):
            followups.add_note(s, "   ", person_id=setup["head"])
    with database.session() as s:
        notes = followups.notes_for(s, meeting_id=setup["meeting"])
        assert [x.id for x in notes] == [n.id]
        assert notes[0].body == body.rstrip()
