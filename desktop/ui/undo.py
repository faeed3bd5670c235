"""Undoable edits: each user action is a QUndoCommand whose redo/undo call the domain services.

- ``EditCommand``: change fields of a record through a service update function (before/after values).
- ``CreateCommand``: create through a service; undo deletes it (keeping a snapshot), redo puts the very
  same rows back, so later commands on the stack still find them by id.
- ``DeleteCommand``: delete a record and everything the database deletes with it; undo restores it all.
- ``CallCommand``: any pair of service calls (check-in / undo check-in, mark done / reopen…).

A command whose first ``redo`` raises is not pushed: ``push`` re-raises so the form can show the error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from desktop.services import snapshots
from desktop.ui.context import AppContext


class ServiceCommand(QUndoCommand):
    def __init__(self, context: AppContext, text: str, topics: tuple[str, ...]) -> None:
        super().__init__(text)
        self.context = context
        self.topics = topics
        self._already_done = False  # set by push(): the first redo already ran

    def do(self, session: Session) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_in(self, session: Session) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self.context.write(self.do, *self.topics)

    def undo(self) -> None:
        self.context.write(self.undo_in, *self.topics)


class EditCommand(ServiceCommand):
    def __init__(
        self,
        context: AppContext,
        text: str,
        apply: Callable[[Session, dict[str, Any]], object],
        before: dict[str, Any],
        after: dict[str, Any],
        *topics: str,
    ) -> None:
        super().__init__(context, text, topics)
        self.apply, self.before, self.after = apply, before, after

    def do(self, session: Session) -> None:
        self.apply(session, self.after)

    def undo_in(self, session: Session) -> None:
        self.apply(session, self.before)


class CreateCommand(ServiceCommand):
    """``create(session)`` returns the new record; ``table`` is its table name (for the snapshot)."""

    def __init__(
        self, context: AppContext, text: str, create: Callable[[Session], Any], table: str, *topics: str
    ) -> None:
        super().__init__(context, text, topics)
        self.create, self.table = create, table
        self.ident: int | None = None
        self.snapshot: snapshots.Snapshot | None = None

    def do(self, session: Session) -> None:
        if self.snapshot is None:
            self.ident = self.create(session).id
        else:
            snapshots.restore(session, self.snapshot)

    def undo_in(self, session: Session) -> None:
        assert self.ident is not None
        self.snapshot = snapshots.delete_with_snapshot(session, self.table, self.ident)


class DeleteCommand(ServiceCommand):
    def __init__(self, context: AppContext, text: str, table: str, ident: int, *topics: str) -> None:
        super().__init__(context, text, topics)
        self.table, self.ident = table, ident
        self.snapshot: snapshots.Snapshot | None = None

    def do(self, session: Session) -> None:
        self.snapshot = snapshots.delete_with_snapshot(session, self.table, self.ident)

    def undo_in(self, session: Session) -> None:
        assert self.snapshot is not None
        snapshots.restore(session, self.snapshot)


class CallCommand(ServiceCommand):
    def __init__(
        self,
        context: AppContext,
        text: str,
        do: Callable[[Session], object],
        undo: Callable[[Session], object],
        *topics: str,
    ) -> None:
        super().__init__(context, text, topics)
        self._do, self._undo = do, undo

    def do(self, session: Session) -> None:
        self._do(session)

    def undo_in(self, session: Session) -> None:
        self._undo(session)


def push(context: AppContext, command: ServiceCommand) -> ServiceCommand:
    """Run the command; only if it succeeds is it put on the undo stack. (QUndoStack.push calls redo()
    itself; running it first here lets a ValidationError reach the form with nothing pushed.)"""
    command.redo()
    command._already_done = True
    context.undo_stack.push(command)
    return command
