"""The migrations and the models agree; opening checks files without changing them."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from db import migrate, schema
from db.database import open_database
from db.errors import CorruptDatabase, NewerDatabase, NotOurDatabase
from db.models import Base


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


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"Name;Email\nAna;ana@example.pt\n", NotOurDatabase, "not an SQLite file"),
        (b"SQLite format 3\x00" + b"\x10\x00", CorruptDatabase, "truncated"),
    ],
)
def test_files_that_are_not_ours_are_refused_untouched(tmp_path, content, error, words):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    before = _digest(path)
    with pytest.raises(error, match=words):
        open_database(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.sqlite3"]


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
