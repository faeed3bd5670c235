"""Local wall-clock times <-> instants, per IANA zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def to_instant(local: dt.datetime, zone: str) -> dt.datetime:
    """A wall-clock time in ``zone`` as an aware UTC instant (an aware input is just converted)."""
    if local.tzinfo is not None:
        return local.astimezone(dt.UTC)
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)


def to_local(instant: dt.datetime, zone: str) -> dt.datetime:
    """An instant as an aware datetime in ``zone``."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.UTC)
    return instant.astimezone(ZoneInfo(zone))


def abbreviation(instant: dt.datetime, zone: str) -> str:
    """The zone's abbreviation at that instant: WEST, CEST, CST…; a UTC offset where tzdata has none."""
    return to_local(instant, zone).tzname() or ""


def format_local(instant: dt.datetime, zone: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """e.g. '2024-09-12 09:30 WEST'."""
    return f"{to_local(instant, zone).strftime(fmt)} {abbreviation(instant, zone)}"


def local_date(instant: dt.datetime, zone: str) -> dt.date:
    return to_local(instant, zone).date()
