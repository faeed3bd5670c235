"""Event registrations: capacity, waitlist and promotion, check-in at the door, no-shows, search."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services import directory, itinerary, registrations
from desktop.services.errors import ValidationError
from tests.factories import LIS, local, place, trip

T0 = dt.datetime(2024, 8, 20, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def event(database):
    with database.session() as s:
        t = trip(s)
        venue = place(s, "Palácio", "Lisbon", LIS)
        ev = itinerary.create_event(
            s,
            t,
            title="Conference",
            start=local(12, 9, 30),
            end=local(12, 12, 30),
            place_id=venue,
            capacity=2,
        )
        return ev.id


def guest(s, name: str, org: str | None = None) -> int:
    org_id = directory.create_organisation(s, name=org).id if org else None
    given, family = name.split(" ", 1)
    return directory.create_person(s, given_name=given, family_name=family, organisation_id=org_id).id


def test_capacity_fills_then_the_waitlist_in_order(database, event):
    with database.session() as s:
        regs = [
            registrations.register(s, event, guest(s, n), registered_at=T0 + dt.timedelta(hours=i))
            for i, n in enumerate(["Ana Conceição", "João Gonçalves", "Inês Simões", "Rui Araújo"])
        ]
        assert [r.status for r in regs] == ["registered", "registered", "waitlisted", "waitlisted"]
        c = registrations.counts(s, event)
        assert (c.seated, c.seats_left, c.waitlisted) == (2, 0, 2)
        promoted = registrations.cancel(s, regs[0].id)
        assert promoted is not None and promoted.id == regs[2].id
        assert [r.status for r in regs] == ["cancelled", "registered", "registered", "waitlisted"]


def test_cancelling_a_waitlisted_person_promotes_nobody(database, event):
    with database.session() as s:
        regs = [
            registrations.register(s, event, guest(s, f"Guest {i}"), registered_at=T0 + dt.timedelta(hours=i))
            for i in range(4)
        ]
        assert registrations.cancel(s, regs[3].id) is None
        assert regs[2].status == "waitlisted"


def test_raising_the_capacity_promotes_the_waitlist(database, event):
    with database.session() as s:
        regs = [
            registrations.register(s, event, guest(s, f"Guest {i}"), registered_at=T0 + dt.timedelta(hours=i))
            for i in range(4)
        ]
        promoted = registrations.set_capacity(s, event, 3)
        assert [r.id for r in promoted] == [regs[2].id]
        assert registrations.set_capacity(s, event, None)[0].id == regs[3].id
        with pytest.raises(ValidationError, match="cannot be negative"):
            registrations.set_capacity(s, event, -1)


def test_manual_promotion_needs_a_free_seat(database, event):
    with database.session() as s:
        regs = [
            registrations.register(s, event, guest(s, f"Guest {i}"), registered_at=T0 + dt.timedelta(hours=i))
            for i in range(3)
        ]
        with pytest.raises(ValidationError, match="full"):
            registrations.promote(s, regs[2].id)
        registrations.set_status(s, regs[0].id, "invited")  # releases a seat -> auto-promotion
        assert regs[2].status == "registered"


def test_a_person_registers_once(database, event):
    with database.session() as s:
        pid = guest(s, "Ana Conceição")
        registrations.register(s, event, pid)
        with pytest.raises(ValidationError, match="already registered"):
            registrations.register(s, event, pid)


def test_check_in_undo_and_no_shows(database, event):
    with database.session() as s:
        a = registrations.register(s, event, guest(s, "Ana Conceição"))
        b = registrations.register(s, event, guest(s, "João Gonçalves"))
        at = dt.datetime(2024, 9, 12, 8, 55, tzinfo=dt.UTC)
        registrations.check_in(s, a.id, at=at)
        assert (a.status, a.checked_in_at) == ("attended", at)
        with pytest.raises(ValidationError, match="already checked in"):
            registrations.check_in(s, a.id)
        registrations.undo_check_in(s, a.id)
        assert (a.status, a.checked_in_at) == ("registered", None)
        registrations.check_in(s, a.id)
        assert registrations.counts(s, event).arrived == 1
        assert registrations.mark_no_shows(s, event) == 1
        assert b.status == "no_show"


def test_a_cancelled_registration_cannot_be_checked_in(database, event):
    with database.session() as s:
        r = registrations.register(s, event, guest(s, "Ana Conceição"))
        registrations.cancel(s, r.id)
        with pytest.raises(ValidationError, match="cancelled"):
            registrations.check_in(s, r.id)


def test_search_by_a_few_letters_of_name_or_firm_ignoring_accents(database, event):
    with database.session() as s:
        registrations.set_capacity(s, event, None)
        ana = registrations.register(s, event, guest(s, "Ana Conceição", "Saúde Atlântica"))
        registrations.register(s, event, guest(s, "João Gonçalves", "Banco Tejo"))
        chen = directory.create_person(s, native_name="陈立华", latin_name="Chen Lihua").id
        registrations.register(s, event, chen)

        def names(text: str) -> list[str]:
            return [p.display_name for _, p, _ in registrations.search(s, event, text)]

        assert names("conc") == ["Ana Conceição"]
        assert names("conceicao") == ["Ana Conceição"]
        assert names("atlant") == ["Ana Conceição"]
        assert names("joao tejo") == ["João Gonçalves"]
        assert names("立华") == ["Chen Lihua"]
        assert names("zzz") == []
        assert len(names("")) == 3
        assert ana.organisation_id is not None


def test_capacity_cannot_be_negative(database):
    with database.session() as s:
        t = trip(s)
        with pytest.raises(ValidationError, match="capacity cannot be negative"):
            itinerary.create_event(
                s, t, title="X", start=local(12, 9), end=local(12, 10), start_tz=LIS, capacity=-3
            )


def test_promotions_can_be_returned_to_the_waitlist_but_arrivals_keep_their_seat(database, event):
    with database.session() as s:
        regs = [
            registrations.register(s, event, guest(s, f"Guest {i}"), registered_at=T0 + dt.timedelta(hours=i))
            for i in range(4)
        ]
        promoted = [r.id for r in registrations.set_capacity(s, event, 4)]
        assert promoted == [regs[2].id, regs[3].id]
        registrations.check_in(s, regs[3].id)
        registrations.set_capacity(s, event, 2)
        assert registrations.return_to_waitlist(s, promoted) == 1
        assert [r.status for r in regs] == ["registered", "registered", "waitlisted", "attended"]
