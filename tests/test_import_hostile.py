"""Hostile and broken files: a clear one-line error, nothing written."""

from __future__ import annotations

import time
import tracemalloc
import zipfile

import openpyxl
import pytest
from sqlalchemy import func, select

from db.models import Organisation, Person
from desktop.cli import main
from desktop.exchange.columns import Kind
from desktop.exchange.errors import ExchangeError
from desktop.exchange.importing import ImportRequest, prepare, run_import
from desktop.exchange.parsing import parse_table


def nothing_written(database) -> bool:
    with database.session() as s:
        return not s.scalar(select(func.count()).select_from(Person)) and not s.scalar(
            select(func.count()).select_from(Organisation)
        )


def cli_error(capsys, database, path, kind="organisations") -> str:
    assert main(["import", kind, str(path), "--db", str(database.path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0, err  # one line
    assert "Traceback" not in err
    return err


def test_not_a_spreadsheet(database, tmp_path, capsys):
    png = tmp_path / "photo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert "not a spreadsheet or CSV" in cli_error(capsys, database, png)
    pdf = tmp_path / "list.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert "is a PDF" in cli_error(capsys, database, pdf)
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert "old Excel 97-2003 format" in cli_error(capsys, database, xls)
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    assert "is a Word document, not an Excel workbook" in cli_error(capsys, database, docx)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + bytes(100))
    assert "damaged" in cli_error(capsys, database, broken)
    assert nothing_written(database)


def test_empty_file(database, tmp_path, capsys):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty.csv is empty" in cli_error(capsys, database, empty)
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\r\n\r\n  \r\n")
    assert "blank.csv is empty" in cli_error(capsys, database, blank)
    header_only = tmp_path / "header.csv"
    header_only.write_text("Company,Country\n", encoding="utf-8")
    assert "has a header but no rows" in cli_error(capsys, database, header_only)
    assert nothing_written(database)


def test_no_header(database, tmp_path, capsys):
    path = tmp_path / "numbers.csv"
    path.write_text("1,2,3\n4,5,6\n", encoding="utf-8")
    assert "No header row found in the first 30 rows" in cli_error(capsys, database, path)


def test_zip_bomb_refused_before_openpyxl(database, tmp_path, capsys):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\x00" * (60 << 20))  # 60 MB of zeros, ~60 KB zipped
    assert bomb.stat().st_size < 200_000
    assert "likely zip bomb" in cli_error(capsys, database, bomb)
    assert nothing_written(database)


def test_formula_cells_are_never_evaluated(database, tmp_path):
    path = tmp_path / "formulas.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Company", "Country", "Website"])
    ws.append(["Joinko Group", "Portugal", "https://joinko.pt"])
    ws.append(['=HYPERLINK("http://evil","Click")', "Portugal", ""])
    ws.append(["EFG", '=CONCAT("Sui","ça")', ""])
    wb.save(path)
    table, mapping = prepare(str(path), "organisations")
    report = run_import(database, table, mapping, ImportRequest(Kind.ORGANISATIONS))
    assert not report.written
    assert [str(e) for e in report.errors] == [
        'row 3, column A (Company): holds a formula (=HYPERLINK("http://evil","Click")); formulas are not '
        "evaluated: paste the values instead",
        'row 4, column B (Country): holds a formula (=CONCAT("Sui","ça")); formulas are not evaluated: '
        "paste the values instead",
    ]
    assert nothing_written(database)


def test_million_row_csv_is_streamed_and_refused(database, tmp_path, capsys):
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Company,Country,City\n")
        line = "Empresa Exemplo Lda,Portugal,Lisboa\n"
        for _ in range(100):
            fh.write(line * 10_000)
    assert path.stat().st_size > 30_000_000
    table, mapping = prepare(str(path), "organisations")
    # Bounded memory: reading stops at the limit, rows are never all held.
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(ExchangeError, match="has more than 50,000 rows; split it"):
        parse_table(table, mapping, max_rows=50_000)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 80 << 20, peak
    assert time.perf_counter() - started < 10
    # The default limit, through the CLI: refused with one line, nothing written.
    assert "has more than 200,000 rows" in cli_error(capsys, database, path)
    assert nothing_written(database)
