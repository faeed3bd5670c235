"""Loading and changing records: the pieces every service shares."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from db.models import Record
from db.types import StringList
from desktop.services.errors import FieldError, NotFound, StaleRecord, ValidationError

R = TypeVar("R", bound=Record)


def get(session: Session, model: type[R], ident: int, what: str | None = None) -> R:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFound(what or model.__name__.lower(), ident)
    return obj


def check_version(obj: Record, expected_version: int | None, what: str) -> None:
    """Optimistic concurrency: ``expected_version`` is the version the user's form was loaded at."""
    if expected_version is not None and obj.version != expected_version:
        raise StaleRecord(what, obj.id)


def apply_changes(obj: Any, changes: Mapping[str, Any], allowed: Iterable[str]) -> None:
    allowed = set(allowed)
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise ValidationError([FieldError(name, "is not a field that can be set here") for name in unknown])
    for name, value in changes.items():
        if isinstance(value, str):
            value = value.strip() if "\n" not in value else value.rstrip()
        setattr(obj, name, value)


def text_fields(changes: Mapping[str, Any]) -> dict[str, str]:
    return {k: v for k, v in changes.items() if isinstance(v, str)}


def blank(model: type[R]) -> R:
    """A new record with its column defaults filled in now (SQLAlchemy applies them only at flush,
    and validation runs before)."""
    obj = model()
    for column in model.__table__.columns:
        if column.key in ("id", "uuid", "created_at", "updated_at", "version"):
            continue
        default = column.default
        if default is not None and default.is_scalar:
            setattr(obj, column.key, default.arg)
        elif isinstance(column.type, StringList):
            setattr(obj, column.key, [])
    return obj
