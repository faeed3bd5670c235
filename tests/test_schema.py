"""The migrations and the models agree; opening checks files without changing them."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text

from db import migrate, schema
from db.database import open_database
from db.errors import CorruptDatabase, NewerDatabase, NotOurDatabase
from db.models import Base, Organisation, Person, Registration
from db.models.directory import person_sort_key
from db.models.events import registration_search_key
from db.text import search_key
from desktop.services import registrations


def test_known_revisions_match_the_migration_scripts():
    assert list(schema.REVISIONS) == migrate.script_revisions()
    assert schema.REVISIONS[-1] == schema.HEAD


def test_migrated_schema_matches_the_models(db_path):
    open_database(db_path).close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_new_database_is_marked_ours_with_safe_pragmas(database, db_path):
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema.HEAD
    con.close()
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    assert set(inspect(database.engine).get_table_names()) >= set(Base.metadata.tables)


def test_upgrading_keeps_existing_rows(tmp_path):
    """Each revision is applied on a database holding rows written at the revision before it."""
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    revisions = migrate.script_revisions()
    migrate.upgrade(engine, revisions[0])
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO trips (id, uuid, created_at, updated_at, version, name, organiser, purpose,"
                " start_date, end_date, home_timezone, notes) VALUES (1, 'u-1', '2024-01-01', '2024-01-01',"
                " 1, 'Old trip', '', '', '2024-09-08', '2024-09-15', 'Asia/Shanghai', 'kept')"
            )
        )
    engine.dispose()
    with open_database(path) as database, database.engine.connect() as conn:
        assert conn.execute(text("SELECT name, notes FROM trips")).one() == ("Old trip", "kept")
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == schema.HEAD


def test_upgrading_to_0002_fills_registration_and_people_keys(tmp_path):
    """0001 -> 0002 on a database with people (both scripts, accents), an organisation, an event and
    registrations: every key is what the models' own key functions give."""
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    stamp = "'2024-01-01', '2024-01-01', 1"
    meta = "id, uuid, created_at, updated_at, version"
    people = [
        (1, "王建国", "Wang Jianguo", "", "", "wang@example.cn", 1),
        (2, "", "", "João", "Conceição", "joao@example.pt", None),
        (3, "", "", "Luís", "Câmara", "", 1),
        (4, "陈立华", "", "", "", "", None),
    ]
    with engine.begin() as conn:
        conn.execute(
            text(
                f"INSERT INTO trips ({meta}, name, organiser, purpose,"
                f" start_date, end_date, home_timezone, notes) VALUES (1, 'u-1', {stamp}, 'Trip', '', '',"
                " '2024-09-08', '2024-09-15', 'Asia/Shanghai', '')"
            )
        )
        conn.execute(
            text(
                f"INSERT INTO organisations ({meta}, name, local_name, kind,"
                " sectors, country, city, address, website, phone, email, profile, search_key) VALUES"
                f" (1, 'o-1', {stamp}, 'Global Média', '环球传媒', 'company', '[]', '', '', '', '', '', '',"
                " '', 'global media 环球传媒')"
            )
        )
        for pid, native, latin, given, family, email, org in people:
            conn.execute(
                text(
                    f"INSERT INTO people ({meta}, family_name, given_name,"
                    " native_name, latin_name, honorific, position, organisation_id, job_title, email, phone,"
                    " languages, dietary_needs, access_needs, notes, search_key) VALUES"
                    f" (:id, :uuid, {stamp}, :family, :given, :native, :latin, '', '', :org, '', :email, '',"
                    " '[]', '', '', '', :key)"
                ),
                dict(
                    id=pid,
                    uuid=f"p-{pid}",
                    family=family,
                    given=given,
                    native=native,
                    latin=latin,
                    org=org,
                    email=email,
                    key=search_key(native, latin, given, family, email),
                ),
            )
        conn.execute(
            text(
                f"INSERT INTO itinerary_items ({meta}, trip_id, kind, title, start_utc, end_utc, start_tz,"
                " end_tz, status, carrier, travel_number, booking_ref, confirmation_number, description,"
                f" notes) VALUES (1, 'i-1', {stamp}, 1, 'event', 'Conference', '2024-09-12 08:00:00',"
                " '2024-09-12 11:00:00', 'Europe/Lisbon', 'Europe/Lisbon', 'confirmed', '', '', '', '', '',"
                " '')"
            )
        )
        conn.execute(text(f"INSERT INTO events ({meta}, item_id) VALUES (1, 'e-1', {stamp}, 1)"))
        for pid, *_rest, org in people:
            conn.execute(
                text(
                    f"INSERT INTO registrations ({meta}, event_id, person_id,"
                    " organisation_id, status, registered_at, badge_name, dietary_needs, source, vip, notes)"
                    f" VALUES (:id, :uuid, {stamp}, 1, :pid, :org, 'registered', '2024-09-01', :badge,"
                    " '', '', 0, 'kept')"
                ),
                dict(id=10 + pid, uuid=f"r-{pid}", pid=pid, org=org, badge="Dr. Câmara" if pid == 3 else ""),
            )
    engine.dispose()
    with open_database(path) as database, database.session() as s:
        got_people = {p.id: p.sort_key for p in s.scalars(select(Person))}
        assert got_people == {
            p.id: person_sort_key(p.family_name, p.given_name, p.latin_name, p.native_name)
            for p in s.scalars(select(Person))
        }
        assert got_people == {1: "wang jianguo", 2: "conceicao joao", 3: "camara luis", 4: "陈立华"}
        regs = {r.person_id: r for r in s.scalars(select(Registration))}
        assert len(regs) == 4 and {r.notes for r in regs.values()} == {"kept"}
        org = s.get(Organisation, 1)
        for pid, reg in regs.items():
            person = s.get(Person, pid)
            org_key = org.search_key if reg.organisation_id else None
            assert reg.search_key == registration_search_key(person.search_key, org_key, reg.badge_name)
            assert reg.sort_key == person.sort_key
        assert "dr. camara" in regs[3].search_key and "global media 环球传媒" in regs[1].search_key
        assert [p.display_name for _r, p, _o in registrations.search(s, 1, "")] == [
            "Luís Câmara",
            "João Conceição",
            "Wang Jianguo",
            "陈立华",
        ]


def test_opening_an_up_to_date_database_does_not_import_alembic(db_path):
    open_database(db_path).close()
    code = (
        "import sys; from db.database import open_database; "
        f"open_database({str(db_path)!r}).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_files_that_are_not_ours_are_refused_untouched(tmp_path):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(b"Name;Email\nAna;ana@example.pt\n")
    before = _digest(path)
    with pytest.raises(NotOurDatabase, match="not an SQLite file"):
        open_database(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.sqlite3"]


def test_a_truncated_database_is_kept_aside_untouched(tmp_path):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00")
    before = _digest(path)
    with pytest.raises(CorruptDatabase, match="truncated") as caught:
        open_database(path)
    kept = caught.value.kept
    assert kept.name.startswith("bad.sqlite3.damaged-") and _digest(kept) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [kept.name]


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(NotOurDatabase, match="another program"):
        open_database(path)
    assert _digest(path) == before


def test_a_database_from_a_newer_version_is_refused_untouched(db_path):
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _digest(db_path)
    with pytest.raises(NewerDatabase, match="newer version"):
        open_database(db_path)
    assert _digest(db_path) == before
