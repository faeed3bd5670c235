"""What every view shares: the open database, the current trip, the undo stack, change notices."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from db.database import Database

if TYPE_CHECKING:
    from desktop.services.drafts import DraftStore

T = TypeVar("T")


class Topic:
    """What changed, so views refresh only when it concerns them."""

    TRIPS = "trips"
    ITINERARY = "itinerary"
    MEETINGS = "meetings"
    REGISTRATIONS = "registrations"
    DIRECTORY = "directory"  # organisations, people, places
    FOLLOWUPS = "followups"  # actions and notes


class AppContext(QObject):
    """Passed to every view. Views hold ids and plain data, never live ORM objects: each read or write
    opens one short session through ``read``/``write``."""

    trip_changed = Signal(int)  # the new trip's id (0: none)
    data_changed = Signal(str)  # a Topic

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.undo_stack = QUndoStack(self)
        self._trip_id = 0
        self._drafts: DraftStore | None = None

    @property
    def drafts(self) -> DraftStore:
        """Unsaved text kept while it is typed (``desktop.services.drafts``), in the settings folder."""
        if self._drafts is None:
            from desktop.services.drafts import store_for
            from desktop.ui.settings import Settings

            folder = Path(Settings().file_name()).parent / "drafts"
            self._drafts = store_for(folder, self.database.path)
        return self._drafts

    @property
    def trip_id(self) -> int:
        return self._trip_id

    def set_trip(self, trip_id: int) -> None:
        if trip_id != self._trip_id:
            self._trip_id = trip_id
            self.undo_stack.clear()  # commands refer to the trip they were made in
            self.trip_changed.emit(trip_id)

    def read(self, fn: Callable[[Session], T]) -> T:
        with self.database.session() as session:
            return fn(session)

    def write(self, fn: Callable[[Session], T], *topics: str) -> T:
        """Run ``fn`` in one transaction; on success tell the views what changed."""
        with self.database.session() as session:
            result = fn(session)
        for topic in topics:
            self.data_changed.emit(topic)
        return result
