"""Labels for people read as plain columns, using the model's own naming rule (``Person.both_scripts``)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from db.models import Person

# The columns a query selects so that ``person_label`` can name the person without an ORM object.
PERSON_NAME_COLUMNS = (Person.native_name, Person.latin_name, Person.given_name, Person.family_name)
# Lists sort people by the stored, indexed ``Person.sort_key`` (``db.models.directory.person_sort_key``).


def person_label(native: str | None, latin: str | None, given: str | None, family: str | None) -> str:
    """'陈立华 (Chen Lihua)' from the four name columns; '' when all are empty (e.g. no owner)."""
    names: Any = SimpleNamespace(
        native_name=native or "", latin_name=latin or "", given_name=given or "", family_name=family or ""
    )
    return str(Person.both_scripts.fget(names))  # type: ignore[attr-defined]
