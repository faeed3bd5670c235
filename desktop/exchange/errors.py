"""What goes wrong with a file: the whole file (ExchangeError), or one cell of one row (RowError)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.errors import ServiceError


class ExchangeError(ServiceError):
    """The file cannot be used at all; the message says why, for the user, in one line."""


class ImportCancelled(ExchangeError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was saved.")


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(frozen=True)
class RowError:
    """A bad cell: ``row`` is the row number the user sees in the spreadsheet (1-based)."""

    row: int
    column: int | None  # 0-based index in the file; None when the problem is the row as a whole
    header: str
    message: str

    @property
    def column_name(self) -> str:
        if self.column is None:
            return ""
        letter = column_letter(self.column)
        return f"{letter} ({self.header})" if self.header else letter

    def __str__(self) -> str:
        if self.column is None:
            return f"row {self.row}: {self.message}"
        return f"row {self.row}, column {self.column_name}: {self.message}"
