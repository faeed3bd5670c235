"""Field checks shared by the services. Each returns a FieldError or None, so a form can show them all."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from desktop.services.errors import FieldError, ValidationError

# Deliberately loose: one @, something before it, a dot in the domain, no spaces. Real validation is sending.
EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]{2,}$")
# Digits with the punctuation people write in phone numbers: +351 21 123 4567, (86) 755-8888, ext. allowed.
PHONE_RE = re.compile(r"^\+?[0-9 ()./\-]{5,30}(\s*(ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)
MAX_TEXT = 100_000  # longer free text is refused rather than silently cut


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def is_timezone(name: str) -> bool:
    if not name or name not in _zones():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def check_timezone(field: str, name: str | None) -> FieldError | None:
    if not name:
        return FieldError(field, "a time zone is required (e.g. Europe/Lisbon)")
    if not is_timezone(name):
        return FieldError(field, f"'{name}' is not a known IANA time zone (e.g. Europe/Lisbon)")
    return None


def check_email(field: str, value: str | None) -> FieldError | None:
    if value and not EMAIL_RE.match(value.strip()):
        return FieldError(field, f"'{value}' does not look like an email address")
    return None


def check_phone(field: str, value: str | None) -> FieldError | None:
    if value and not PHONE_RE.match(value.strip()):
        return FieldError(field, f"'{value}' does not look like a phone number")
    return None


def check_required(field: str, value: str | None, label: str) -> FieldError | None:
    if value is None or not str(value).strip():
        return FieldError(field, f"{label} is required")
    return None


def check_choice(field: str, value: str, choices: Iterable[str]) -> FieldError | None:
    allowed = list(choices)
    if value not in allowed:
        return FieldError(field, f"'{value}' is not one of: {', '.join(allowed)}")
    return None


def check_length(field: str, value: str | None, limit: int = MAX_TEXT) -> FieldError | None:
    if value and len(value) > limit:
        return FieldError(field, f"is {len(value):,} characters long; the limit is {limit:,}")
    return None


def raise_if(*errors: FieldError | None) -> None:
    found = [e for e in errors if e is not None]
    if found:
        raise ValidationError(found)
