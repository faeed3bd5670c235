"""Reading a spreadsheet file row by row, whatever made it: Excel (.xlsx), or CSV in the encodings and
separators Excel writes around the world. Rows are streamed, never loaded whole, and numbered as the
user sees them in the spreadsheet.

Hostile files are refused before any library parses them: an .xlsx whose parts would inflate beyond
sane sizes (a zip bomb), binary data posing as CSV, the old .xls format.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.exchange import encodings
from desktop.exchange.errors import ExchangeError

MAX_FILE_BYTES = 512 << 20
# An .xlsx of 200,000 rows is ~ 60 MB unzipped; a zip bomb is gigabytes from kilobytes.
MAX_XLSX_UNZIPPED = 600 << 20
MAX_ZIP_RATIO = 150  # XML compresses ~10-30x; 150x is not a spreadsheet
MAX_CELL_CHARS = 100_000
SNIFF_LINES = 60
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls (and .doc)

Value = str | int | float | bool | dt.datetime | dt.date | dt.time | None


@dataclass(frozen=True)
class Formula:
    """A formula cell of an .xlsx: kept as its text, never evaluated."""

    text: str


@dataclass(frozen=True)
class SourceRow:
    number: int  # as the spreadsheet shows it: 1 is the first line of the file
    cells: tuple[Value | Formula, ...]


@dataclass(frozen=True)
class Table:
    """An opened file: how it was read, and a way to stream its rows (as often as needed)."""

    path: Path
    format: str  # "xlsx" or "csv"
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None

    @property
    def description(self) -> str:
        if self.format == "xlsx":
            return f"Excel workbook, sheet '{self.sheet}'"
        sep = {",": "comma", ";": "semicolon", "\t": "tab"}.get(self.delimiter or ",", self.delimiter)
        return f"CSV, {encodings.describe(self.encoding or '')}, {sep}-separated"

    def rows(self) -> Iterator[SourceRow]:
        if self.format == "xlsx":
            return _xlsx_rows(self.path, self.sheet)
        return _csv_rows(self.path, self.encoding or "utf-8", self.delimiter or ",")


def open_table(path: str | Path, *, encoding: str | None = None) -> Table:
    """Look at a file and decide how to read it; ExchangeError (one line for the user) if it cannot be."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(encodings.SAMPLE_BYTES)
    except FileNotFoundError:
        raise ExchangeError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise ExchangeError(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise ExchangeError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if size == 0 or not head.strip():
        raise ExchangeError(f"{path.name} is empty.")
    if size > MAX_FILE_BYTES:
        raise ExchangeError(
            f"{path.name} is {size >> 20} MB; the largest file accepted is {MAX_FILE_BYTES >> 20} MB."
        )
    if head.startswith(OLE2_MAGIC):
        raise ExchangeError(
            f"{path.name} is in the old Excel 97-2003 format (.xls): save it as .xlsx or CSV and import that."
        )
    if head.startswith(b"PK\x03\x04"):
        return Table(path, "xlsx", sheet=_check_xlsx(path))
    if head.startswith(b"%PDF"):
        raise ExchangeError(f"{path.name} is a PDF, not a spreadsheet: import an .xlsx or .csv file.")
    # A forced encoding is checked as the rows stream (a bad byte names its row).
    codec = (
        encodings.normalise_name(encoding) if encoding else encodings.detect(head, final=size <= len(head))
    )
    sample = head.decode(codec, errors="replace")
    if codec in ("utf-8", "utf-8-sig", "cp1252", "gb18030") and _looks_binary(sample):
        raise ExchangeError(f"{path.name} is not a spreadsheet or CSV file.")
    return Table(path, "csv", encoding=codec, delimiter=sniff_delimiter(sample))


def _looks_binary(sample: str) -> bool:
    controls = sum(1 for ch in sample[:20000] if ord(ch) < 32 and ch not in "\r\n\t")
    return controls > 0


def sniff_delimiter(sample: str) -> str:
    """Comma, semicolon or tab: the one that splits the most lines into the same number (> 1) of fields.
    Title rows above the header have fewer fields, so agreement among lines matters, not the first."""
    lines = sample.splitlines()[:SNIFF_LINES]
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may cut the last line
    best, best_score = ",", 0
    for delimiter in (",", ";", "\t"):
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        counts: dict[int, int] = {}
        for w in widths:
            if w > 1:
                counts[w] = counts.get(w, 0) + 1
        if not counts:
            continue
        width, agreeing = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        score = agreeing * 1000 + width
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _decoded_lines(path: Path, encoding: str) -> Iterator[str]:
    """Lines decoded one by one, so a bad byte is reported on its own line. Newline bytes never occur
    inside a UTF-8 or GB18030 character; UTF-16 is decoded whole-file by the text layer instead."""
    if encoding.startswith("utf-16"):
        with path.open(encoding=encoding, errors="strict", newline="") as fh:
            yield from fh
        return
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    with path.open("rb") as fh:
        for line_number, raw in enumerate(fh, start=1):
            try:
                yield decoder.decode(raw)
            except UnicodeDecodeError:
                raise ExchangeError(
                    f"Row {line_number} of {path.name} is not valid {encodings.describe(encoding)} text: "
                    "choose the file's encoding, or save it from Excel as 'CSV UTF-8'."
                ) from None


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[SourceRow]:
    number = 0
    try:
        reader = csv.reader(_decoded_lines(path, encoding), delimiter=delimiter)
        for number, cells in enumerate(reader, start=1):
            yield SourceRow(number, tuple(cells))
    except UnicodeDecodeError:
        raise ExchangeError(f"{path.name} is not valid {encodings.describe(encoding)} text.") from None
    except csv.Error as exc:
        raise ExchangeError(f"Row {number + 1} of {path.name} cannot be read as CSV: {exc}.") from None


def _check_xlsx(path: Path) -> str:
    """Refuse a zip that is not a workbook or would inflate too far; return the first sheet's name."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                kind = "a Word document" if "word/document.xml" in names else "a zip archive"
                raise ExchangeError(f"{path.name} is {kind}, not an Excel workbook.")
            total = sum(i.file_size for i in infos)
            if total > MAX_XLSX_UNZIPPED:
                raise ExchangeError(
                    f"{path.name} would unpack to {total >> 20} MB; this is refused as a likely zip bomb."
                )
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > (1 << 20) and ratio > MAX_ZIP_RATIO:
                    raise ExchangeError(
                        f"{path.name} holds a part ({info.filename}) compressed {ratio:,.0f} times; "
                        "this is refused as a likely zip bomb."
                    )
    except zipfile.BadZipFile:
        raise ExchangeError(f"{path.name} is damaged: it is not a readable .xlsx file.") from None
    workbook = _load_workbook(path)
    try:
        if not workbook.sheetnames:
            raise ExchangeError(f"{path.name} has no sheets.")
        return str(workbook.sheetnames[0])
    finally:
        workbook.close()


def _load_workbook(path: Path):  # type: ignore[no-untyped-def]
    import openpyxl

    try:
        # read_only streams rows; data_only=False keeps formulas as text so they can be refused.
        return openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds (KeyError, ValueError, zip errors) on bad files
        raise ExchangeError(
            f"{path.name} is damaged or not an Excel workbook ({type(exc).__name__})."
        ) from None


def _xlsx_rows(path: Path, sheet: str | None) -> Iterator[SourceRow]:
    workbook = _load_workbook(path)
    try:
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        # Read-only sheets may carry a wrong <dimension>; asking openpyxl to trust the cells fixes that.
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
        # Rows come in order from row 1, empty ones included, so counting them gives Excel's numbers.
        for number, cells in enumerate(ws.iter_rows(min_row=1), start=1):
            values: list[Value | Formula] = []
            for cell in cells:
                value = getattr(cell, "value", None)
                if getattr(cell, "data_type", None) == "f":
                    values.append(Formula(str(value)))
                elif isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                    values.append(value[: MAX_CELL_CHARS + 1])
                else:
                    values.append(value)
            yield SourceRow(number, tuple(values))
    except ExchangeError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExchangeError(
            f"{path.name} is damaged and cannot be read to the end ({type(exc).__name__})."
        ) from None
    finally:
        workbook.close()
