"""Undoable registration-desk edits that the generic commands of ``desktop.ui.undo`` do not cover.

- ``StatusCommand``: cancel, promote, set a status, admit a walk-in. The service may also promote someone
  from the waitlist; undo puts back exactly the statuses the change touched (nobody is bumped twice).
- ``RegisterCommand``: register a guest, creating the person and organisation first when they are new;
  undo removes all of it, redo puts the very same rows back (same ids).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db.models import Person, Registration, RegistrationStatus
from desktop.services import snapshots
from desktop.services.records import get
from desktop.ui.context import AppContext, Topic
from desktop.ui.undo import ServiceCommand

State = tuple[str, dt.datetime | None]


class StatusCommand(ServiceCommand):
    def __init__(
        self, context: AppContext, text: str, registration_id: int, change: Callable[[Session], object]
    ) -> None:
        super().__init__(context, text, (Topic.REGISTRATIONS,))
        self.registration_id = registration_id
        self.change = change
        self.before: dict[int, State] = {}  # registration id -> state before, for those that changed
        self.promoted: list[str] = []  # names of whoever got a seat from the waitlist

    def do(self, session: Session) -> None:
        reg = get(session, Registration, self.registration_id, "registration")
        # What the change may touch: this registration and the event's waitlist (promotions).
        watched = select(Registration.id, Registration.status, Registration.checked_in_at).where(
            or_(
                Registration.id == reg.id,
                and_(
                    Registration.event_id == reg.event_id,
                    Registration.status == RegistrationStatus.WAITLISTED.value,
                ),
            )
        )
        before = {i: (s, t) for i, s, t in session.execute(watched).all()}
        self.change(session)
        session.flush()
        after = {
            i: (s, t)
            for i, s, t in session.execute(
                select(Registration.id, Registration.status, Registration.checked_in_at).where(
                    Registration.id.in_(before)
                )
            )
        }
        self.before = {i: state for i, state in before.items() if after.get(i) != state}
        self.promoted = [
            get(session, Registration, i).person.both_scripts
            for i, (status, _) in self.before.items()
            if i != self.registration_id
            and status == RegistrationStatus.WAITLISTED.value
            and after[i][0] == RegistrationStatus.REGISTERED.value
        ]

    def undo_in(self, session: Session) -> None:
        for ident, (status, checked_in_at) in self.before.items():
            reg = get(session, Registration, ident, "registration")
            reg.status = status
            reg.checked_in_at = checked_in_at
        session.flush()


class RegisterCommand(ServiceCommand):
    """``register(session, created)`` registers the guest, appending ``(table, id)`` to ``created`` for
    each record it creates on the way (a new organisation, a new person); it returns the registration."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        register: Callable[[Session, list[tuple[str, int]]], Registration],
    ) -> None:
        super().__init__(context, text, (Topic.REGISTRATIONS, Topic.DIRECTORY))
        self.register = register
        self.created: list[tuple[str, int]] = []  # in creation order
        self.snapshots: list[snapshots.Snapshot] = []  # in deletion order (the reverse)
        self.registration_id = 0
        self.status = ""
        self.name = ""
        self.waitlist_position = 0

    def do(self, session: Session) -> None:
        if self.snapshots:
            for snap in reversed(self.snapshots):
                snapshots.restore(session, snap)
            self.snapshots = []
            return
        created: list[tuple[str, int]] = []
        reg = self.register(session, created)
        self.created = [*created, ("registrations", reg.id)]
        self.registration_id = reg.id
        self.status = reg.status
        self.name = get(session, Person, reg.person_id, "person").both_scripts
        if reg.status == RegistrationStatus.WAITLISTED.value:
            self.waitlist_position = (
                session.scalar(
                    select(func.count(Registration.id)).where(
                        Registration.event_id == reg.event_id,
                        Registration.status == RegistrationStatus.WAITLISTED.value,
                    )
                )
                or 0
            )

    def undo_in(self, session: Session) -> None:
        self.snapshots = [
            snapshots.delete_with_snapshot(session, table, ident) for table, ident in reversed(self.created)
        ]
