"""Trip files: round trip through an empty database, merge by UUID, newer wins, conflicts reported,
foreign or newer files refused without writing."""

from __future__ import annotations

import json
import zipfile

import pytest
from sqlalchemy import func, select

from db.database import open_database
from db.models import Organisation, Person, Trip
from desktop.cli import main
from desktop.exchange.errors import ExchangeError
from desktop.exchange.tripfile import export_trip, import_trip, read_trip_file
from desktop.services import directory, trips
from desktop.services.demo import build_demo


@pytest.fixture
def demo_trip(database) -> int:
    with database.session() as s:
        return build_demo(s).id


def content(path) -> dict:
    return read_trip_file(path)[1]


def test_round_trip_into_an_empty_database_gives_the_same_content(database, demo_trip, tmp_path):
    export_trip(database, demo_trip, tmp_path / "a.trip")
    other = open_database(tmp_path / "laptop2.sqlite3")
    try:
        result = import_trip(other, tmp_path / "a.trip")
        assert result.added["registrations"] > 30 and not result.conflicts
        with other.session() as s:
            trip_id = s.scalar(select(Trip.id))
        export_trip(other, trip_id, tmp_path / "b.trip")
        a, b = content(tmp_path / "a.trip"), content(tmp_path / "b.trip")
        assert a == b
        assert a["itinerary_items"][0]["participants"] is not None
        assert any(m["attendees"] for m in a["meetings"])
        again = import_trip(other, tmp_path / "a.trip")
        assert not again.added and not again.updated and not again.conflicts
    finally:
        other.close()


def test_newer_change_wins_and_conflicts_are_reported(database, demo_trip, tmp_path):
    export_trip(database, demo_trip, tmp_path / "base.trip")
    laptop2 = open_database(tmp_path / "laptop2.sqlite3")
    try:
        import_trip(laptop2, tmp_path / "base.trip")
        with database.session() as s:
            trip = s.get(Trip, demo_trip)
            trips.update_trip(s, trip.id, notes="Edited on laptop 1")
            gmg = s.scalar(select(Organisation).where(Organisation.name.like("Global Media%")))
            directory.update_organisation(s, gmg.id, website="https://laptop1.example")
            gmg_uuid = gmg.uuid
        with laptop2.session() as s:
            gmg2 = s.scalar(select(Organisation).where(Organisation.uuid == gmg_uuid))
            directory.update_organisation(s, gmg2.id, website="https://laptop2.example")  # later: wins
        export_trip(database, demo_trip, tmp_path / "laptop1.trip")
        result = import_trip(laptop2, tmp_path / "laptop1.trip")
        assert result.updated == {"trips": 1}
        assert result.kept == {"organisations": 1}
        assert len(result.conflicts) == 1 and "Global Media" in result.conflicts[0]
        assert "kept this laptop's" in result.conflicts[0]
        with laptop2.session() as s:
            assert s.scalar(select(Trip.notes)) == "Edited on laptop 1"
            assert (
                s.scalar(select(Organisation.website).where(Organisation.uuid == gmg_uuid))
                == "https://laptop2.example"
            )
    finally:
        laptop2.close()


def write_zip(path, manifest, data) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("trip.json", json.dumps(data))


def count_people(database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(Person))


def test_foreign_newer_and_damaged_files_are_refused(database, demo_trip, tmp_path, capsys):
    export_trip(database, demo_trip, tmp_path / "good.trip")
    manifest, data = read_trip_file(tmp_path / "good.trip")
    empty = open_database(tmp_path / "empty.sqlite3")
    try:
        newer = tmp_path / "newer.trip"
        write_zip(newer, {**manifest, "version": 99}, data)
        with pytest.raises(ExchangeError, match="newer Delegation Desk"):
            import_trip(empty, newer)
        foreign = tmp_path / "foreign.trip"
        write_zip(foreign, {"format": "something-else", "version": 1}, data)
        with pytest.raises(ExchangeError, match="not a Delegation Desk trip file"):
            import_trip(empty, foreign)
        text = tmp_path / "notes.txt"
        text.write_text("hello")
        with pytest.raises(ExchangeError, match="not a zip archive"):
            import_trip(empty, text)
        # Damaged deep inside: the people were valid, a later record is not; nothing at all is written.
        bad = json.loads(json.dumps(data))
        bad["actions"][0]["due_date"] = "not a date"
        damaged = tmp_path / "damaged.trip"
        write_zip(damaged, manifest, bad)
        with pytest.raises(ExchangeError, match="damaged: actions.due_date"):
            import_trip(empty, damaged)
        assert count_people(empty) == 0
        assert main(["trip-import", str(newer), "--db", str(tmp_path / "empty.sqlite3")]) == 1
        assert "newer Delegation Desk" in capsys.readouterr().err
    finally:
        empty.close()


def test_cli_trip_export_and_import(database, demo_trip, tmp_path, capsys):
    out = tmp_path / "t.trip"
    assert main(["trip-export", "--db", str(database.path), "--trip", str(demo_trip), "-o", str(out)]) == 0
    assert main(["trip-import", str(out), "--db", str(tmp_path / "new.sqlite3")]) == 0
    text = capsys.readouterr().out
    assert "conflicts: 0" in text and "added: 1 trips" in text
