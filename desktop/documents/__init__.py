"""Printed documents: the trip briefing pack, meeting agendas, daily programmes, event sign-in sheets,
badges and tent cards, and the follow-up report, as PDF bytes.

Qt-free, for the GUI's worker thread and the CLI alike::

    pdf = render_document(database, DocumentRequest("pack", trip_id=1, lang="bilingual"),
                          progress=lambda done, total: ..., cancelled=lambda: False)

reportlab is imported only when a document is rendered, and is not thread-safe: renders take turns."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.documents.request import (
    DOCUMENT_KINDS,
    KINDS,
    LANGUAGES,
    PAGE_SIZES,
    DocumentCancelled,
    DocumentKind,
    DocumentRequest,
    describe,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.database import Database
    from desktop.documents.base import Renderer

__all__ = [
    "DOCUMENT_KINDS",
    "KINDS",
    "LANGUAGES",
    "PAGE_SIZES",
    "DocumentCancelled",
    "DocumentKind",
    "DocumentRequest",
    "describe",
    "render_document",
]

# One document at a time in this process (reportlab keeps global state while it lays out).
_render_lock = threading.Lock()
# Share of the progress bar spent gathering data; layout takes the rest.
_GATHER_SHARE = 0.15


def render_document(
    database: Database,
    request: DocumentRequest,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The PDF for ``request``. Raises ``ValidationError`` for a bad request, ``NotFound`` for an unknown
    id, and ``DocumentCancelled`` as soon as ``cancelled()`` returns True."""
    from desktop.documents.progress import Progress

    request.validate()
    tracker = Progress(progress, cancelled)
    # Wait for our turn, still answering Cancel while another document is being drawn.
    while not _render_lock.acquire(timeout=0.1):
        tracker.check()
    try:
        tracker.check()
        tracker.stage(0.0, _GATHER_SHARE)
        with database.session() as session:
            renderer = build_renderer(session, request)
        tracker.report(1.0)
        tracker.check()
        tracker.stage(_GATHER_SHARE, 1.0)
        pdf = renderer.render(tracker)
        tracker.finish()
        return pdf
    finally:
        _render_lock.release()


def build_renderer(session: Session, request: DocumentRequest) -> Renderer:
    """Gather the request's data (plain objects) and return the renderer that will draw it."""
    from desktop.documents import data
    from desktop.documents.reproducible import today

    request.validate()
    day = today()
    options = {
        "lang": request.lang,
        "page_size": request.page_size,
        "confidential": request.confidential,
        "prepared_on": day,
    }
    kind = request.kind
    if kind == "pack":
        from desktop.documents.pack import PackRenderer

        assert request.trip_id is not None
        pack = data.gather_pack(
            session,
            request.trip_id,
            today=day,
            member_id=request.member_id,
            date_from=request.date_from,
            date_to=request.date_to,
        )
        return PackRenderer(pack, **options)
    if kind == "programme":
        from desktop.documents.daily_programme import ProgrammeRenderer

        assert request.trip_id is not None
        programme = data.gather_programme(
            session, request.trip_id, member_id=request.member_id, day=request.day
        )
        return ProgrammeRenderer(programme, **options)
    if kind == "agenda":
        from desktop.documents.agenda import AgendaRenderer

        assert request.meeting_id is not None
        return AgendaRenderer(data.gather_agenda(session, request.meeting_id, today=day), **options)
    if kind in ("signin", "badges", "tentcards"):
        from desktop.documents.badges import BadgeRenderer
        from desktop.documents.signin import SignInRenderer
        from desktop.documents.tentcards import TentCardRenderer

        assert request.event_id is not None
        event = data.gather_event(session, request.event_id, only=request.registration_ids)
        cls = {"signin": SignInRenderer, "badges": BadgeRenderer, "tentcards": TentCardRenderer}[kind]
        return cls(event, **options)
    if kind == "followups":
        from desktop.documents.followup_report import FollowupRenderer

        assert request.trip_id is not None
        return FollowupRenderer(data.gather_followups(session, request.trip_id, today=day), **options)
    raise AssertionError(f"unhandled document kind {kind!r}")  # validate() refuses unknown kinds
