"""What a caller asks for: which document, about what, in which language and paper size.

Kept free of reportlab and Qt so the GUI's chooser and the CLI can import it cheaply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.services.errors import FieldError, ValidationError

LANGUAGES = ("en", "zh", "bilingual")
PAGE_SIZES = ("A4", "Letter")


class DocumentCancelled(Exception):
    """The caller's ``cancelled()`` answered True; nothing was produced."""


@dataclass(frozen=True)
class DocumentKind:
    """One entry of the GUI's document chooser."""

    kind: str
    label: str
    description: str
    subject: str  # which id the document needs: "trip", "meeting" or "event"
    options: frozenset[str]  # request fields that matter beyond the subject, lang and paper


DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        "pack",
        "Trip briefing pack",
        "Cover, contents, overview, delegation, programme, one brief per meeting, events, contacts.",
        "trip",
        frozenset({"member_id", "date_from", "date_to", "confidential"}),
    ),
    DocumentKind(
        "programme",
        "Daily programme",
        "One page per day: times in local time with the zone, places, who attends.",
        "trip",
        frozenset({"member_id", "day", "confidential"}),
    ),
    DocumentKind(
        "agenda",
        "Meeting agenda",
        "One meeting's agenda and attendees, to print and hand over.",
        "meeting",
        frozenset({"confidential"}),
    ),
    DocumentKind(
        "signin",
        "Attendee list / sign-in sheet",
        "Everyone registered for an event, with a signature column.",
        "event",
        frozenset({"confidential"}),
    ),
    DocumentKind(
        "badges",
        "Name badges",
        "Eight badges per sheet with cut marks: name large, organisation below.",
        "event",
        frozenset({"registration_ids"}),
    ),
    DocumentKind(
        "tentcards",
        "Table tent cards",
        "One folded card per sheet, the name readable from both sides.",
        "event",
        frozenset({"registration_ids"}),
    ),
    DocumentKind(
        "followups",
        "Follow-up report",
        "Actions by organisation and owner with status and due dates, and the meetings' outcomes.",
        "trip",
        frozenset({"confidential"}),
    ),
)
KINDS = tuple(k.kind for k in DOCUMENT_KINDS)


def describe() -> list[DocumentKind]:
    """The documents on offer, in the order a chooser should list them."""
    return list(DOCUMENT_KINDS)


def kind_info(kind: str) -> DocumentKind:
    for info in DOCUMENT_KINDS:
        if info.kind == kind:
            return info
    raise ValidationError(FieldError("kind", f"'{kind}' is not a document; choose one of {', '.join(KINDS)}"))


@dataclass(frozen=True)
class DocumentRequest:
    kind: str
    trip_id: int | None = None
    meeting_id: int | None = None
    event_id: int | None = None
    member_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    day: dt.date | None = None
    lang: str = "en"
    page_size: str = "A4"
    confidential: bool = False
    # badges and tent cards for these guests only (a walk-in at the desk), whatever their status;
    # empty: every seated guest
    registration_ids: tuple[int, ...] = ()

    def validate(self) -> None:
        """Raise ``ValidationError`` naming every field that is missing or wrong."""
        info = kind_info(self.kind)
        subject_id = {"trip": self.trip_id, "meeting": self.meeting_id, "event": self.event_id}[info.subject]
        errors: list[FieldError] = []
        if subject_id is None:
            errors.append(FieldError(f"{info.subject}_id", f"a {info.label.lower()} needs a {info.subject}"))
        if self.lang not in LANGUAGES:
            errors.append(FieldError("lang", f"'{self.lang}' is not one of {', '.join(LANGUAGES)}"))
        if self.page_size not in PAGE_SIZES:
            errors.append(
                FieldError("page_size", f"'{self.page_size}' is not one of {', '.join(PAGE_SIZES)}")
            )
        if self.date_from and self.date_to and self.date_to < self.date_from:
            errors.append(
                FieldError("date_to", f"the end ({self.date_to}) is before the start ({self.date_from})")
            )
        if self.registration_ids and "registration_ids" not in info.options:
            errors.append(
                FieldError("registration_ids", f"a {info.label.lower()} is not made for chosen guests")
            )
        if errors:
            raise ValidationError(errors)

    @property
    def info(self) -> DocumentKind:
        return kind_info(self.kind)
