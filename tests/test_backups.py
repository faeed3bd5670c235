"""Backups: made when a database is opened (once a day) and before every migration, verified, rotated,
private, restorable; the replaced file is never deleted."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat

import pytest

from db import backups, schema
from db.database import open_database
from db.errors import CorruptDatabase, MigrationFailed
from desktop.cli import main
from desktop.services import directory, trips
from tests import factories


def _read_trips(path) -> list[str]:
    with open_database(path) as database, database.session() as session:
        return [t.name for t in trips.list_trips(session)]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _names(session) -> list[str]:
    return [o.name for o in directory.find_organisations(session)]


@pytest.fixture
def filled(db_path):
    with open_database(db_path, backup="off") as database, database.session() as session:
        factories.trip(session, name="Luohu delegation")
        factories.organisation(session, name="Joinko Group")
    return db_path


def _corrupt_trips_table(path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'trips'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 128)  # no valid b-tree page type, cell pointers out of range


def test_opening_makes_one_private_verified_backup_a_day(filled):
    day1 = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    first = backups.daily_backup(filled, now=day1)
    assert first is not None and first.kind == "daily"
    assert _mode(first.path) == 0o600 and _mode(first.path.parent) == 0o700
    assert backups.quick_check(first.path) is None
    with open_database(first.path, backup="off") as copy, copy.session() as session:
        assert _names(session) == ["Joinko Group"]
    assert backups.daily_backup(filled, now=day1 + dt.timedelta(hours=23)) is None
    # a day later, but nothing changed since: no copy of a copy
    assert backups.daily_backup(filled, now=day1 + dt.timedelta(hours=25)) is None


def test_open_backs_up_a_database_that_changed_since_the_last_backup(filled):
    with open_database(filled) as database, database.session() as session:  # default: inline
        factories.organisation(session, name="EFG International")
    (only,) = backups.list_backups(filled)
    assert only.kind == "daily"
    # the next opening within the day makes no other backup; the background mode does the same work
    with open_database(filled, backup="background") as database:
        assert database.backup_thread is not None
    assert len(backups.list_backups(filled)) == 1


def test_rotation_keeps_the_newest_daily_backups_and_every_other_kind(filled, monkeypatch):
    monkeypatch.setenv(backups.KEEP_ENV, "3")
    backups.make_backup(filled, "manual", now=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    start = dt.datetime(2024, 9, 1, tzinfo=dt.UTC)
    for day in range(6):
        changed = (start + dt.timedelta(days=day)).timestamp()
        os.utime(filled, (changed, changed))  # the file changed since the last backup
        assert backups.daily_backup(filled, now=start + dt.timedelta(days=day, hours=1)) is not None
    kept = backups.list_backups(filled)
    assert [b.kind for b in kept] == ["daily", "daily", "daily", "manual"]
    assert [b.taken_at.day for b in kept[:3]] == [6, 5, 4]


def test_zero_turns_daily_backups_off(filled, monkeypatch):
    monkeypatch.setenv(backups.KEEP_ENV, "0")
    open_database(filled).close()
    assert backups.list_backups(filled) == []


def test_damage_found_while_in_use_names_the_backup_and_leaves_the_file_in_place(filled):
    """A damaged page met in the middle of work (the daily check is not due): the file is in use, so it
    is not moved; the message names the backup, whose restore moves it aside."""
    good = backups.make_backup(filled, "manual")
    _corrupt_trips_table(filled)
    bad_copy = backups.folder_for(filled) / f"{filled.stem}-20991231T000000Z-daily.sqlite3"
    bad_copy.write_bytes(filled.read_bytes()[:5000])  # a newer but broken "backup" is skipped
    before = _digest(filled)
    with pytest.raises(CorruptDatabase) as caught:
        _read_trips(filled)
    assert caught.value.backup == good.path
    assert str(good.path) in str(caught.value) and "delegation-desk restore" in str(caught.value)
    assert _digest(filled) == before


def test_damage_found_at_opening_is_kept_aside_then_the_backup_restored_from_the_command_line(filled, capsys):
    good = backups.make_backup(filled, "manual", now=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    with open_database(filled, backup="off") as database, database.session() as session:
        factories.organisation(session, name="EFG International")  # after the backup: in the damaged file
    _corrupt_trips_table(filled)
    damaged = _digest(filled)
    assert main(["trips", "--db", str(filled)]) == 1  # the daily backup is due: its check finds the damage
    (line,) = capsys.readouterr().err.splitlines()
    (kept,) = backups.damaged_copies(filled)
    assert f"It is kept as {kept}; nothing was deleted." in line
    assert f"delegation-desk restore '{good.path}' --db '{filled}'" in line
    assert _digest(kept) == damaged and not filled.exists()
    assert backups.list_backups(filled) == [good]  # no copy of the damaged file among the backups

    assert main(["restore", str(good.path), "--db", str(filled)]) == 0  # nothing to replace: no question
    assert f"the damaged file is kept as {kept}" in capsys.readouterr().err
    assert _read_trips(filled) == ["Luohu delegation"]
    with open_database(filled, backup="off") as database, database.session() as session:
        assert _names(session) == ["Joinko Group"]
    assert _digest(kept) == damaged  # still there after the restore
    assert main(["check", "--db", str(filled)]) == 0
    assert f"damaged copies kept beside it: 1, newest {kept}" in capsys.readouterr().out


def test_starting_afresh_where_a_damaged_file_was_kept_is_deliberate(filled, capsys):
    _corrupt_trips_table(filled)
    with pytest.raises(CorruptDatabase):
        open_database(filled)
    (kept,) = backups.damaged_copies(filled)
    assert main(["demo", "--db", str(filled)]) == 1 and not filled.exists()
    assert "delegation-desk new --db" in capsys.readouterr().err

    # a program that still had the damaged file open reconnects: SQLite creates an empty file at the path,
    # which must not be taken for a new database either
    sqlite3.connect(filled).close()
    assert filled.stat().st_size == 0
    with pytest.raises(CorruptDatabase, match="holds no data") as caught:
        open_database(filled)
    assert caught.value.kept == kept and filled.stat().st_size == 0
    assert main(["trips", "--db", str(filled)]) == 1 and filled.stat().st_size == 0
    assert "holds no data" in capsys.readouterr().err

    assert main(["new", "--db", str(filled)]) == 0
    out, err = capsys.readouterr()
    assert f"created an empty database at {filled}" in out and str(kept) in err
    assert _read_trips(filled) == []
    assert main(["new", "--db", str(filled)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert backups.damaged_copies(filled) == [kept]

    # the demo may replace it too, but only when told to
    other = filled.with_name("other.sqlite3")
    kept_other = backups.keep_damaged(filled.rename(other))
    assert main(["demo", "--db", str(other)]) == 1
    assert main(["demo", "--db", str(other), "--force"]) == 0
    assert len(_read_trips(other)) == 1 and kept_other.exists()


def test_daily_backup_of_a_damaged_file_keeps_no_copy(filled, caplog):
    _corrupt_trips_table(filled)
    assert backups.daily_backup(filled) is None
    assert backups.list_backups(filled) == []
    assert "integrity" in caplog.text


def test_restore_over_a_damaged_file_keeps_it_aside(filled):
    good = backups.make_backup(filled, "manual")
    _corrupt_trips_table(filled)
    damaged = _digest(filled)
    result = backups.restore(good.path, filled)
    assert result.damaged and result.kept.name.startswith(f"{filled.name}.damaged-")
    assert _digest(result.kept) == damaged
    with open_database(filled, backup="off") as database, database.session() as session:
        assert _names(session) == ["Joinko Group"]


def test_a_failed_migration_leaves_the_file_as_it_was_and_a_backup(filled):
    con = sqlite3.connect(filled)
    con.execute("DELETE FROM alembic_version")  # Alembic will try to create tables that exist
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _digest(filled)
    with pytest.raises(MigrationFailed, match="was not changed") as caught:
        open_database(filled)
    assert _digest(filled) == before
    (kept,) = backups.list_backups(filled)
    assert kept.kind == f"before-{schema.HEAD}" and str(kept.path) in str(caught.value)
    left = sorted(p.name for p in filled.parent.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert left == ["backups", filled.name]  # the upgraded copy was removed


def test_a_migration_that_breaks_half_way_never_reaches_the_file(filled, monkeypatch):
    from db import migrate

    def upgrade_then_fail(engine, revision="head"):
        with engine.begin() as conn:  # some of the work is done and committed, then it breaks
            conn.exec_driver_sql("CREATE TABLE half_done (x)")
            conn.exec_driver_sql("UPDATE trips SET name = 'half migrated'")
        raise RuntimeError("power cut")

    con = sqlite3.connect(filled)
    con.execute("DELETE FROM alembic_version")
    con.commit()
    con.close()
    monkeypatch.setattr(migrate, "upgrade", upgrade_then_fail)
    with pytest.raises(MigrationFailed, match="power cut"):
        open_database(filled)
    con = sqlite3.connect(f"{filled.resolve().as_uri()}?mode=ro", uri=True)
    assert con.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchall() == []
    assert con.execute("SELECT name FROM trips").fetchall() == [("Luohu delegation",)]
    con.close()


def test_cli_backup_restore_and_list(filled, tmp_path, capsys):
    out_file = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(filled), "-o", str(out_file)]) == 0
    assert capsys.readouterr().out.strip() == str(out_file)
    assert _mode(out_file) == 0o600
    assert main(["backup", "--db", str(filled), "-o", str(out_file)]) == 1
    assert "already exists" in capsys.readouterr().err

    with open_database(filled, backup="off") as database, database.session() as session:
        factories.organisation(session, name="Global Media Group")

    # no terminal to ask on: refuses without --yes, and changes nothing
    before = _digest(filled)
    assert main(["restore", str(out_file), "--db", str(filled)]) == 1
    assert "--yes" in capsys.readouterr().err
    assert _digest(filled) == before

    assert main(["restore", str(out_file), "--db", str(filled), "--yes"]) == 0
    out, err = capsys.readouterr()
    assert "replaced file is kept as" in err
    with open_database(filled, backup="off") as database, database.session() as session:
        assert _names(session) == ["Joinko Group"]
    (replaced,) = backups.list_backups(filled)
    assert replaced.kind == "replaced"
    with open_database(replaced.path, backup="off") as database, database.session() as session:
        assert _names(session) == ["Global Media Group", "Joinko Group"]

    assert main(["backups", "--db", str(filled)]) == 0
    assert "\treplaced\t" in capsys.readouterr().out


def test_restore_asks_on_a_terminal(filled, tmp_path, monkeypatch, capsys):
    copy = backups.make_backup(filled, "manual").path
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    before = _digest(filled)
    assert main(["restore", str(copy), "--db", str(filled)]) == 1
    assert "nothing changed" in capsys.readouterr().err
    assert _digest(filled) == before
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    assert main(["restore", str(copy), "--db", str(filled)]) == 0


def test_check_offers_the_newest_good_backup(filled, capsys):
    good = backups.make_backup(filled, "manual")
    _corrupt_trips_table(filled)
    assert main(["check", "--db", str(filled)]) == 1
    out = capsys.readouterr().out
    assert f"newest good backup: {good.path}" in out
    assert f"delegation-desk restore '{good.path}' --db '{filled}'" in out
    assert out.rstrip().endswith("needs attention")


def test_a_copy_spoiled_on_its_way_to_the_backups_does_not_send_a_sound_database_aside(filled, monkeypatch):
    """Only the database's own check may call it damaged: here the daily copy fails its check (as a copy
    written to a failing backup disk would) while the file itself is sound."""

    def spoiled_copy(source, destination):
        raise CorruptDatabase(f"{source} is damaged: the copy failed its check.")

    before = _digest(filled)
    monkeypatch.setattr(backups, "copy_database", spoiled_copy)
    with open_database(filled) as database, database.session() as session:
        assert _names(session) == ["Joinko Group"]
    assert _digest(filled) == before
    assert backups.damaged_copies(filled) == [] and backups.list_backups(filled) == []
