"""Labels for people read as plain columns, using the model's own naming rule (``Person.both_scripts``)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import func

from db.models import Person
from desktop.ui.tables.text_filter import folded

# The columns a query selects so that ``person_label`` can name the person without an ORM object.
PERSON_NAME_COLUMNS = (Person.native_name, Person.latin_name, Person.given_name, Person.family_name)

# Sort people by family name, else their Latin name, else the native script; accents folded.
person_sort_key = folded(
    func.coalesce(func.nullif(Person.family_name, ""), func.nullif(Person.latin_name, ""), Person.native_name)
)


def person_label(native: str | None, latin: str | None, given: str | None, family: str | None) -> str:
    """'陈立华 (Chen Lihua)' from the four name columns; '' when all are empty (e.g. no owner)."""
    names: Any = SimpleNamespace(
        native_name=native or "", latin_name=latin or "", given_name=given or "", family_name=family or ""
    )
    return str(Person.both_scripts.fget(names))  # type: ignore[attr-defined]
