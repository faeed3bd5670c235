"""From mapped spreadsheet rows to checked field values: every bad cell becomes a RowError naming the
row (as the spreadsheet numbers it), the column and what is wrong. Nothing here touches the database."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from db.text import fold
from desktop.exchange import cells
from desktop.exchange.columns import ColumnMapping, Kind
from desktop.exchange.errors import ExchangeError, ImportCancelled, RowError
from desktop.exchange.reading import Formula, SourceRow, Table, Value
from desktop.services.validation import EMAIL_RE, PHONE_RE

MAX_ROWS = 200_000  # far beyond any delegation's list; a bigger file is refused, not half-read
LIMITS = {"notes": 100_000, "profile": 100_000, "address": 2_000}
DEFAULT_LIMIT = 300


@dataclass
class ParsedRow:
    number: int
    values: dict[str, Any]


@dataclass
class ParseResult:
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    data_rows: int = 0  # non-blank rows below the header

    @property
    def bad_rows(self) -> int:
        return len({e.row for e in self.errors})


_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
SPECIAL = ("vip", "registered_at", "status", "role", "languages", "sectors")


def _blank(row: SourceRow) -> bool:
    for c in row.cells:  # noqa: SIM110 - a plain loop costs half of all() over a generator
        if c is not None and (not isinstance(c, str) or c.strip()):
            return False
    return True


class RowParser:
    """Parses the rows of one kind with one mapping; ``zone`` reads wall-clock dates (the event's).

    What can be decided once per column (which cell, which limit, which converter) is decided here, so
    each row costs a loop over its mapped cells; dates seen before are not parsed again."""

    def __init__(self, mapping: ColumnMapping, zone: str = "UTC") -> None:
        self.mapping = mapping
        self.kind = mapping.kind
        self.zone = zone
        self.index = mapping.by_field()
        self.headers = {c.index: c.header for c in mapping.columns}
        self._text_fields = [
            (key, i, LIMITS.get(key, DEFAULT_LIMIT)) for key, i in self.index.items() if key not in SPECIAL
        ]
        self._instants: dict[Value, Any] = {}

    def _cell(self, row: SourceRow, key: str) -> Value | Formula:
        i = self.index.get(key)
        if i is None or i >= len(row.cells):
            return None
        return row.cells[i]

    def _instant(self, value: Value | Formula) -> Any:
        if type(value) not in (str, int, float):  # bool too: True == 1 would share 1's entry
            return cells.instant(value, self.zone)
        found = self._instants.get(value)
        if found is None:
            if len(self._instants) > 50_000:  # a bound on memory; real lists repeat few instants
                self._instants.clear()
            found = self._instants[value] = cells.instant(value, self.zone)
        return found

    def _fail(self, errors: list[RowError], number: int, key: str | None, message: str) -> None:
        col = self.index.get(key) if key else None
        if any(e.column == col for e in errors):
            return  # one message per cell: "holds a formula" already says why it is empty
        errors.append(RowError(number, col, self.headers.get(col, "") if col is not None else "", message))

    def _convert(
        self, errors: list[RowError], row: SourceRow, key: str, fn: Callable[[Value | Formula], Any]
    ) -> Any:
        try:
            return fn(self._cell(row, key))
        except cells.CellError as exc:
            self._fail(errors, row.number, key, str(exc))
            return None

    def parse(self, row: SourceRow) -> tuple[dict[str, Any], list[RowError]]:
        values: dict[str, Any] = {}
        errors: list[RowError] = []
        index = self.index
        fail, convert = self._fail, self._convert
        number = row.number

        row_cells = row.cells
        width = len(row_cells)
        for key, i, limit in self._text_fields:
            value = row_cells[i] if i < width else ""
            if type(value) is str and "\n" not in value and value[:1] != "'":
                value = " ".join(value.split())  # cells.text's own rule for a plain one-line string
            else:
                try:
                    value = cells.text(value)
                except cells.CellError as exc:
                    fail(errors, number, key, str(exc))
                    continue
            if len(value) > limit:
                fail(errors, number, key, f"is {len(value):,} characters long; the limit is {limit:,}")
                continue
            values[key] = value
        if "languages" in index or "sectors" in index:
            for key in ("languages", "sectors"):
                if key in index:
                    raw = convert(errors, row, key, cells.text) or ""
                    parts = raw.replace("；", ";").replace("，", ",").replace(";", ",").split(",")
                    values[key] = [p.strip() for p in parts if p.strip()]
        if "vip" in index:
            values["vip"] = convert(errors, row, "vip", cells.yes_no)
        if "registered_at" in index:
            values["registered_at"] = convert(errors, row, "registered_at", self._instant)
        if "status" in index:
            values["status"] = convert(
                errors, row, "status", lambda v: cells.choice(v, cells.STATUS_WORDS, "status")
            )
        if "role" in index:
            values["role"] = convert(
                errors, row, "role", lambda v: cells.choice(v, cells.ROLE_WORDS, "delegation role")
            )

        email = values.get("email")
        if email:
            if not EMAIL_RE.match(email):
                fail(errors, number, "email", f"'{email}' does not look like an email address")
            if self.kind != Kind.ORGANISATIONS:
                values["email"] = email.lower()
        phone = values.get("phone")
        if phone and not PHONE_RE.match(phone):
            fail(errors, number, "phone", f"'{phone}' does not look like a phone number")

        if self.kind == Kind.ORGANISATIONS:
            if not values.get("name"):
                fail(errors, number, "name" if "name" in index else None, "the organisation's name is empty")
            if values.get("kind"):
                values["kind"] = _org_kind(values["kind"])
        else:
            name = values.pop("name", "")
            if name:
                slot = "native_name" if _CJK.search(name) is not None else "latin_name"
                if not values.get(slot):
                    values[slot] = name
            elif not (
                values.get("native_name")
                or values.get("latin_name")
                or values.get("given_name")
                or values.get("family_name")
            ):
                fail(errors, number, "name" if "name" in index else None, "the name is empty")
            if self.kind == Kind.CONTACTS and not values.get("organisation"):
                fail(
                    errors,
                    number,
                    "organisation" if "organisation" in index else None,
                    "a contact needs an organisation (map the Company column)",
                )
        return values, errors


ORG_KIND_WORDS = {
    "company": "company",
    "empresa": "company",
    "公司": "company",
    "企业": "company",
    "government": "government",
    "governo": "government",
    "gobierno": "government",
    "政府": "government",
    "investment agency": "investment_agency",
    "agencia": "investment_agency",
    "association": "association",
    "associacao": "association",
    "asociacion": "association",
    "协会": "association",
    "商会": "association",
    "bank": "bank",
    "banco": "bank",
    "银行": "bank",
    "media": "media",
    "媒体": "media",
    "research": "research",
    "研究": "research",
    "education": "education",
    "universidade": "education",
    "universidad": "education",
    "university": "education",
    "大学": "education",
}


def _org_kind(raw: str) -> str:
    key = fold(raw).replace("_", " ").strip()
    if key in ORG_KIND_WORDS:
        return ORG_KIND_WORDS[key]
    return key.replace(" ", "_") if key.replace(" ", "_") in ORG_KIND_WORDS.values() else "other"


def data_rows(table: Table, header_row: int) -> Iterator[SourceRow]:
    for row in table.rows():
        if row.number > header_row and not _blank(row):
            yield row


def parse_table(
    table: Table,
    mapping: ColumnMapping,
    *,
    zone: str = "UTC",
    max_rows: int = MAX_ROWS,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ParseResult:
    """Read every data row (streamed) and check it. More than ``max_rows`` rows: ExchangeError."""
    if not mapping.mapped():
        raise ExchangeError("No column is mapped to a field: choose at least the name column.")
    parser = RowParser(mapping, zone)
    result = ParseResult()
    for row in data_rows(table, mapping.header_row):
        result.data_rows += 1
        if result.data_rows > max_rows:
            raise ExchangeError(
                f"{table.path.name} has more than {max_rows:,} rows; split it into smaller files."
            )
        values, errors = parser.parse(row)
        if errors:
            result.errors.extend(errors)
        else:
            result.rows.append(ParsedRow(row.number, values))
        if result.data_rows % 5000 == 0:
            if progress is not None:
                progress(result.data_rows)
            if cancelled is not None and cancelled():
                raise ImportCancelled()
    if result.data_rows == 0:
        raise ExchangeError(f"{table.path.name} has a header but no rows below it.")
    return result
