"""Files that are not right: each gets a clear message, no traceback, and the file stays byte-for-byte as it
was. Through the API (the GUI's path) and through the command line (exit 1, one line on stderr)."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import event

from db.database import open_database
from db.errors import (
    CorruptDatabase,
    DatabaseError,
    DiskFull,
    NewerDatabase,
    NotOurDatabase,
    ReadOnlyDatabase,
)
from desktop.services import directory, trips
from tests import factories

ROOT = Path(__file__).resolve().parents[1]
NOBODY = 65534


def _read_trips(path) -> list[str]:
    with open_database(path) as database, database.session() as session:
        return [t.name for t in trips.list_trips(session)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _real_database(path: Path) -> Path:
    with open_database(path, backup="off") as database, database.session() as session:
        trip_id = factories.trip(session, name="Delegação de Luohu")
        for i in range(40):
            factories.member(session, trip_id, f"成员{i}", f"Membro {i} Conceição")
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def _cli(*args: str, db: Path, preexec=None, user: int | None = None, env_home: Path | None = None):
    command = [sys.executable, "-m", "desktop", *args, "--db", str(db)]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if env_home is not None:
        env.update(HOME=str(env_home), XDG_STATE_HOME=str(env_home / "state"))
    return subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, env=env, preexec_fn=preexec, timeout=60
    )


def _assert_one_clean_line(result, *words: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("delegation-desk: error: ")
    for word in words:
        assert word in lines[0]


def _corrupt_middle(path: Path) -> None:
    """Overwrite bytes in the middle of the file, where the tables' pages are."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(bytes(range(256)) * 16)


def _corrupt_table(path: Path, table: str) -> None:
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 128)


def _make(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / "bad.sqlite3"
    if kind == "not sqlite":
        path.write_bytes("Nome;Email\nJosé;jose@example.pt\n".encode())
    elif kind == "truncated":
        data = _real_database(path).read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "corrupt header":
        with _real_database(path).open("r+b") as fh:
            fh.seek(16)
            fh.write(b"\x00\x03")  # an impossible page size: SQLite says "file is not a database"
    elif kind == "corrupt pages":
        _corrupt_table(_real_database(path), "trips")
    elif kind == "other program":
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT)")
        con.execute("INSERT INTO photos (title) VALUES ('Lisboa')")
        con.commit()
        con.close()
    elif kind == "newer version":
        _real_database(path)
        con = sqlite3.connect(path)
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        con.commit()
        con.close()
    return path


NOT_DAMAGED = [
    ("not sqlite", NotOurDatabase, "not an SQLite file"),
    ("other program", NotOurDatabase, "another program"),
    ("newer version", NewerDatabase, "newer version"),
]
DAMAGED = [
    ("truncated", "truncated"),
    ("corrupt header", "file is not a database"),
    ("corrupt pages", "malformed"),  # found by the quick_check of the daily backup made at opening
]


@pytest.mark.parametrize(("kind", "error", "words"), NOT_DAMAGED, ids=[c[0] for c in NOT_DAMAGED])
def test_files_that_are_not_ours_are_refused_with_a_message_and_left_untouched(tmp_path, kind, error, words):
    path = _make(kind, tmp_path)
    before = _digest(path)
    with pytest.raises(error, match=words):
        _read_trips(path)
    assert _digest(path) == before
    result = _cli("trips", db=path)
    _assert_one_clean_line(result, words, str(path))
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "damaged" in p.name) == []


def _kept(tmp_path: Path, name: str = "bad.sqlite3") -> list[Path]:
    """The damaged copies beside the database, oldest first (without their -wal/-shm)."""
    return sorted(
        (p for p in tmp_path.glob(f"{name}.damaged-*") if not p.name.endswith(("-wal", "-shm"))),
        key=lambda p: (len(p.name), p.name),
    )


@pytest.mark.parametrize(("kind", "words"), DAMAGED, ids=[c[0] for c in DAMAGED])
def test_a_damaged_file_is_kept_aside_byte_for_byte_and_its_path_refused(tmp_path, kind, words):
    path = _make(kind, tmp_path)
    before = _digest(path)
    # the command line finds it damaged: renamed aside, one clean line saying where it went
    result = _cli("trips", db=path, env_home=tmp_path)
    _assert_one_clean_line(result, words, "nothing was deleted", "No backup of it was found")
    (kept,) = _kept(tmp_path)
    assert f"kept as {kept};" in result.stderr
    assert _digest(kept) == before and not path.exists()

    # the next opening, by the API (the GUI's way) or by any command, refuses: no empty database there
    with pytest.raises(CorruptDatabase, match="is missing") as caught:
        open_database(path)
    assert caught.value.kept == kept and caught.value.backup is None
    assert "delegation-desk new --db" in str(caught.value)
    for command in ("trips", "demo", "check"):
        result = _cli(command, db=path, env_home=tmp_path)
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert not path.exists(), command
    assert "is missing" in result.stdout and str(kept) in result.stdout  # check: read-only, says why
    assert _digest(kept) == before

    # damaged again after a deliberate fresh start: the API keeps this one too, under a new name
    path.write_bytes(kept.read_bytes())
    with pytest.raises(CorruptDatabase, match=words) as caught:
        open_database(path)
    first, second = _kept(tmp_path)
    assert first == kept and caught.value.kept == second and _digest(second) == before


def test_a_damaged_file_moves_with_its_wal(tmp_path):
    """A file damaged while its -wal still held committed changes: both go aside, byte for byte, so the
    changes in the -wal are not lost and cannot be replayed into a new database at the old name."""
    source = _real_database(tmp_path / "source.sqlite3")
    con = sqlite3.connect(source)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'trips'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE people SET family_name = family_name || ' (in the wal)'")
    con.commit()
    path = tmp_path / "bad.sqlite3"
    shutil.copy(source, path)  # the files as a crash would leave them: the change only in the -wal
    shutil.copy(f"{source}-wal", f"{path}-wal")
    con.close()
    with path.open("r+b") as fh:  # not _corrupt_table: its connection would fold the -wal in
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 128)
    before, wal_before = _digest(path), _digest(Path(f"{path}-wal"))
    assert Path(f"{path}-wal").stat().st_size > 0
    with pytest.raises(CorruptDatabase, match="malformed") as caught:
        open_database(path)
    kept = caught.value.kept
    assert _digest(kept) == before and _digest(Path(f"{kept}-wal")) == wal_before
    assert not path.exists() and not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_a_damaged_file_that_cannot_be_renamed_is_left_at_its_path(tmp_path, monkeypatch):
    """A read-only damaged file, one in a read-only folder, or a refused rename: today's message naming
    the file, and the file untouched where it is."""
    path = _make("truncated", tmp_path)
    before = _digest(path)
    os.chmod(path, 0o444)
    with pytest.raises(CorruptDatabase, match="truncated") as caught:
        open_database(path)
    assert caught.value.kept is None and "kept as" not in str(caught.value)
    assert _digest(path) == before and _kept(tmp_path) == []

    os.chmod(path, 0o644)
    os.chmod(tmp_path, 0o555)
    try:
        with pytest.raises(CorruptDatabase, match="truncated") as caught:
            open_database(path)
    finally:
        os.chmod(tmp_path, 0o755)
    assert caught.value.kept is None and _digest(path) == before and _kept(tmp_path) == []

    def refuse(source, target):
        raise PermissionError(13, "Operation not permitted")

    monkeypatch.setattr("db.backups.os.rename", refuse)
    with pytest.raises(CorruptDatabase, match="truncated") as caught:
        open_database(path)
    assert caught.value.kept is None and _digest(path) == before and _kept(tmp_path) == []
    monkeypatch.undo()
    # the same file, renamable again: kept aside (and nothing was half-moved before)
    with pytest.raises(CorruptDatabase) as caught:
        open_database(path)
    assert _kept(tmp_path) == [caught.value.kept] and _digest(caught.value.kept) == before


def test_a_locked_file_is_not_called_damaged(tmp_path):
    """Another program holding the file locked: busy, not damaged, and it stays where it is."""
    path = _real_database(tmp_path / "trip.sqlite3")
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError) as caught:
            open_database(path)
    finally:
        holder.rollback()
        holder.close()
    assert not isinstance(caught.value, CorruptDatabase) and "locked" in str(caught.value)
    assert path.exists() and _kept(tmp_path, "trip.sqlite3") == []


def test_corrupt_pages_anywhere_are_found_by_check(tmp_path):
    path = _real_database(tmp_path / "trip.sqlite3")
    _corrupt_middle(path)
    before = _digest(path)
    result = _cli("check", db=path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "integrity: " in result.stdout or "is damaged" in result.stdout
    assert result.stdout.rstrip().endswith("needs attention")
    assert _digest(path) == before


def _unwritable_folder() -> Path:
    """A folder outside pytest's root-only tmp tree that the 'nobody' user can read but not write."""
    folder = Path(tempfile.mkdtemp(prefix="dd-readonly-"))
    os.chmod(folder, 0o755)
    return folder


needs_real_permissions = pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None,
    reason="running as root without setpriv: permissions cannot be made to bite",
)


@needs_real_permissions
def test_a_read_only_file_is_refused_untouched(tmp_path):
    """As root, chmod does not stop writes; the command then runs as 'nobody', for whom it does."""
    folder = _unwritable_folder()
    try:
        path = folder / "trip.sqlite3"
        _real_database(path)
        os.chmod(path, 0o444)
        os.chmod(folder, 0o777)  # the folder is writable: only the file is read-only
        before = _digest(path)
        user = NOBODY if os.geteuid() == 0 else None
        result = _cli("trips", db=path, user=user, env_home=folder)
        _assert_one_clean_line(result, "read-only")
        assert _digest(path) == before
        if user is None:  # the API check needs the real permissions too
            with pytest.raises(ReadOnlyDatabase):
                open_database(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@needs_real_permissions
def test_a_read_only_folder_is_refused_untouched(tmp_path):
    """SQLite writes its -wal and -shm beside the database: a read-only folder is refused up front."""
    folder = _unwritable_folder()
    try:
        path = folder / "trip.sqlite3"
        _real_database(path)
        os.chmod(path, 0o666)
        os.chmod(folder, 0o555)
        before = _digest(path)
        user = NOBODY if os.geteuid() == 0 else None
        result = _cli("trips", db=path, user=user, env_home=Path(tempfile.gettempdir()))
        _assert_one_clean_line(result, "folder", "read-only")
        assert _digest(path) == before
        assert sorted(p.name for p in folder.iterdir()) == ["trip.sqlite3"]
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_full_disk_is_reported_and_earlier_data_kept(tmp_path):
    """SQLITE_FULL, simulated with max_page_count: the change is refused, everything saved stays."""
    path = _real_database(tmp_path / "trip.sqlite3")
    database = open_database(path, backup="off")
    database.engine.dispose()
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(database.engine, "connect")
    def _small_disk(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    with pytest.raises(DiskFull, match="full") as caught, database.session() as session:
        for i in range(500):
            directory.create_organisation(session, name=f"Empresa {i} " + "x" * 200)
    assert "not saved" in str(caught.value) and "intact" in str(caught.value)
    database.close()
    with open_database(path, backup="off") as database, database.session() as session:
        assert directory.find_organisations(session) == []
        assert [t.name for t in trips.list_trips(session)] == ["Delegação de Luohu"]
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_full_disk_through_the_command_line(tmp_path):
    """A real write failure: the process may not grow files beyond 64 KiB (RLIMIT_FSIZE)."""

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    path = tmp_path / "new.sqlite3"
    result = _cli("demo", db=path, preexec=small_disk, env_home=tmp_path)
    _assert_one_clean_line(result, str(path))
    assert any(word in result.stderr for word in ("full", "disk", "I/O"))


def test_a_missing_folder_and_a_folder_as_database(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "no" / "such" / "trip.sqlite3")
    with pytest.raises(NotOurDatabase, match="folder"):
        open_database(tmp_path)
