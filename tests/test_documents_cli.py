"""The document commands: each writes a PDF; a bad id or option is one clear line and exit 1, and no
file (or half a file) is left behind."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop.cli import main
from tests.fixtures_documents import build_small_trip, pdf_text


@pytest.fixture
def small(database):
    with database.session() as session:
        return build_small_trip(session)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("command", "subject"),
    [
        ("pack", "--trip"),
        ("programme", "--trip"),
        ("followups", "--trip"),
        ("agenda", "--meeting"),
        ("signin", "--event"),
        ("badges", "--event"),
        ("tentcards", "--event"),
    ],
)
def test_each_command_writes_a_pdf(capsys, db_path, database, small, tmp_path, command, subject):
    ident = {"--trip": small.trip_id, "--meeting": small.lisbon_meeting_id, "--event": small.event_id}[
        subject
    ]
    target = tmp_path / f"{command}.pdf"
    code, out, err = run(capsys, command, "--db", str(db_path), subject, str(ident), "-o", str(target))
    assert (code, err) == (0, "")
    assert out.startswith(str(target))
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) >= 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_pack_options(capsys, db_path, database, small, tmp_path):
    target = tmp_path / "pack.pdf"
    code, _, err = run(
        capsys, "pack", "--db", str(db_path), "--trip", str(small.trip_id), "--member", str(small.member_id),
        "--from", "2024-09-10", "--to", "2024-09-12", "--lang", "bilingual", "--paper", "Letter",
        "--confidential", "-o", str(target),
    )  # fmt: skip
    assert (code, err) == (0, "")
    pdf = target.read_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = " ".join(pdf_text(pdf))
    assert "CONFIDENTIAL" in text and "内部资料" in text and "Lin Xue" in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["pack", "--trip", "99"], "No trip with id 99."),
        (["agenda", "--meeting", "99"], "No meeting with id 99."),
        (["signin", "--event", "99"], "No event with id 99."),
        (["badges", "--event", "99"], "No event with id 99."),
        (["pack", "--trip", "1", "--member", "99"], "No person with id 99."),
        (["pack", "--trip", "1", "--from", "2024-09-12", "--to", "2024-09-10"], "is before the start"),
    ],
)
def test_unknown_ids_and_bad_ranges_are_one_line_and_exit_1(
    capsys, db_path, database, small, tmp_path, argv, message
):
    target = tmp_path / "out.pdf"
    code, out, err = run(capsys, *argv, "--db", str(db_path), "-o", str(target))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and message in err and err.startswith("delegation-desk: error:")
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")]


def test_a_failed_run_leaves_the_previous_file_untouched(capsys, db_path, database, small, tmp_path):
    target = tmp_path / "agenda.pdf"
    target.write_bytes(b"previous version")
    code, _, _ = run(capsys, "agenda", "--db", str(db_path), "--meeting", "999", "-o", str(target))
    assert code == 1 and target.read_bytes() == b"previous version"


def test_missing_database_or_folder(capsys, tmp_path):
    code, _, err = run(
        capsys, "pack", "--db", str(tmp_path / "nope.sqlite3"), "--trip", "1", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "nope.sqlite3").exists()
    code, _, err = run(
        capsys, "pack", "--db", str(tmp_path / "nope.sqlite3"), "--trip", "1", "-o", "/no/such/dir/x.pdf"
    )
    assert code == 1 and "the folder /no/such/dir does not exist" in err


def test_bad_dates_and_choices_are_usage_errors(capsys, db_path, database, small, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "programme",
                "--db",
                str(db_path),
                "--trip",
                "1",
                "--day",
                "12/09/2024",
                "-o",
                str(tmp_path / "x.pdf"),
            ]
        )
    assert exit_info.value.code == 2
    assert "not a date (use YYYY-MM-DD" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["pack", "--db", str(db_path), "--trip", "1", "--lang", "fr", "-o", str(tmp_path / "x.pdf")])


def test_badges_for_chosen_registrations(capsys, db_path, database, small, tmp_path):
    from sqlalchemy import select

    from db.models import Person, Registration

    with database.session() as session:
        joao = session.scalar(
            select(Registration.id).join(Person).where(Person.latin_name == "João Conceição")
        )
    target = tmp_path / "badge.pdf"
    code, _, err = run(
        capsys, "badges", "--db", str(db_path), "--event", str(small.event_id), "--registration", str(joao),
        "-o", str(target),
    )  # fmt: skip
    assert (code, err) == (0, "")
    text = " ".join(pdf_text(target.read_bytes()))
    assert "João Conceição" in text and "Inês Simões" not in text
    code, _, err = run(
        capsys, "tentcards", "--db", str(db_path), "--event", str(small.event_id), "--registration", "424242",
        "-o", str(tmp_path / "cards.pdf"),
    )  # fmt: skip
    assert code == 1 and "no registration 424242" in err and "Traceback" not in err
    assert not (tmp_path / "cards.pdf").exists()
