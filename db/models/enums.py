"""Closed vocabularies, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class MemberRole(StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    MEMBER = "member"
    INTERPRETER = "interpreter"
    STAFF = "staff"
    SECURITY = "security"
    MEDIA = "media"


class OrganisationKind(StrEnum):
    COMPANY = "company"
    GOVERNMENT = "government"
    INVESTMENT_AGENCY = "investment_agency"
    ASSOCIATION = "association"
    BANK = "bank"
    MEDIA = "media"
    RESEARCH = "research"
    EDUCATION = "education"
    OTHER = "other"


class ItemKind(StrEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    TRANSFER = "transfer"
    HOTEL = "hotel"
    MEETING = "meeting"
    EVENT = "event"
    VISIT = "visit"
    MEAL = "meal"
    BRIEFING = "briefing"
    FREE = "free"

    @property
    def is_travel(self) -> bool:
        return self in (ItemKind.FLIGHT, ItemKind.TRAIN, ItemKind.TRANSFER)


class ItemStatus(StrEnum):
    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class MeetingStatus(StrEnum):
    PROPOSED = "proposed"
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class AttendeeSide(StrEnum):
    OURS = "ours"
    THEIRS = "theirs"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class RegistrationStatus(StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
