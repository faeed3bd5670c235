"""All models; importing this package registers every table on ``Base.metadata``."""

from db.models.base import Base, Record
from db.models.directory import Organisation, Person, Place
from db.models.enums import (
    ActionStatus,
    AttendeeSide,
    ItemKind,
    ItemStatus,
    MeetingStatus,
    MemberRole,
    OrganisationKind,
    RegistrationStatus,
)
from db.models.events import Event, Registration
from db.models.itinerary import ItineraryItem, RoomAssignment, item_participants
from db.models.meetings import Action, AgendaItem, Meeting, MeetingAttendee
from db.models.notes import Note
from db.models.trips import Membership, Trip

__all__ = [
    "Action",
    "ActionStatus",
    "AgendaItem",
    "AttendeeSide",
    "Base",
    "Event",
    "ItemKind",
    "ItemStatus",
    "ItineraryItem",
    "Meeting",
    "MeetingAttendee",
    "MeetingStatus",
    "MemberRole",
    "Membership",
    "Note",
    "Organisation",
    "OrganisationKind",
    "Person",
    "Place",
    "Record",
    "Registration",
    "RegistrationStatus",
    "RoomAssignment",
    "Trip",
    "item_participants",
]
