"""Two processes on one file (two instances, or two laptops on a shared folder): both can write, and when
both change the same record the second save is told (StaleRecord), never silently lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from db.database import open_database
from db.models import Person
from desktop.services import directory

ROOT = Path(__file__).resolve().parents[1]


def _spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, __file__, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def _say(proc: subprocess.Popen, line: str) -> None:
    proc.stdin.write(line + "\n")
    proc.stdin.flush()


def _hear(proc: subprocess.Popen) -> str:
    line = proc.stdout.readline()
    assert line, proc.stderr.read()
    return line.strip()


def _person(db_path: Path) -> int:
    with open_database(db_path, backup="off") as database, database.session() as session:
        return directory.create_person(session, latin_name="Rui Conceição", notes="first").id


def test_two_processes_write_the_same_file_at_once(db_path):
    open_database(db_path, backup="off").close()
    writers = [_spawn("insert", str(db_path), tag, "150") for tag in ("A", "B")]
    for proc in writers:
        _say(proc, "go")
    for proc in writers:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert out.strip() == "done"
    with open_database(db_path, backup="off") as database, database.session() as session:
        names = [o.name for o in directory.find_organisations(session)]
    assert len(names) == 300
    assert sum(n.startswith("A ") for n in names) == sum(n.startswith("B ") for n in names) == 150


def test_the_second_save_of_the_same_record_is_told_it_changed(db_path):
    """Each form remembers the version it was loaded at; the services compare it."""
    person_id = _person(db_path)
    a, b = (_spawn("edit", str(db_path), str(person_id), who) for who in ("A", "B"))
    try:
        assert _hear(a) == "loaded 1" and _hear(b) == "loaded 1"
        _say(a, "save")
        assert _hear(a) == "saved 2"
        _say(b, "save")
        answer = _hear(b)
        assert answer.startswith("stale: The person") and "changed by someone else" in answer
        # the user chooses to overwrite: reload the version and save again
        _say(b, "overwrite")
        assert _hear(b) == "saved 3"
    finally:
        for proc in (a, b):
            proc.stdin.close()
            proc.wait(timeout=30)
    with open_database(db_path, backup="off") as database, database.session() as session:
        person = session.get(Person, person_id)
        assert (person.notes, person.version) == ("written by B", 3)


def test_a_race_past_the_check_is_caught_by_the_version_counter(db_path):
    """Both load the record in an open session, A commits, then B flushes: SQLAlchemy's version counter
    finds the row changed (StaleDataError) and Database.session() turns it into StaleRecord."""
    person_id = _person(db_path)
    a, b = (_spawn("race", str(db_path), str(person_id), who) for who in ("A", "B"))
    try:
        assert _hear(a) == "loaded 1" and _hear(b) == "loaded 1"
        _say(a, "save")
        assert _hear(a) == "saved"
        _say(b, "save")
        assert _hear(b).startswith("stale: The person")
    finally:
        for proc in (a, b):
            proc.stdin.close()
            proc.wait(timeout=30)
    with open_database(db_path, backup="off") as database, database.session() as session:
        assert session.get(Person, person_id).notes == "written by A"


# --- the other process ---------------------------------------------------------------------------------


def _insert(path: str, tag: str, count: int) -> None:
    database = open_database(path, backup="off")
    sys.stdin.readline()
    for i in range(count):  # short transactions, as the app makes them
        with database.session() as session:
            directory.create_organisation(session, name=f"{tag} {i}")
    print("done", flush=True)


def _edit(path: str, person_id: int, who: str) -> None:
    from desktop.services.errors import StaleRecord

    database = open_database(path, backup="off")
    with database.session() as session:
        version = session.get(Person, person_id).version
    print(f"loaded {version}", flush=True)
    for command in sys.stdin:
        if command.strip() == "overwrite":
            with database.session() as session:
                version = session.get(Person, person_id).version
        try:
            with database.session() as session:
                person = directory.update_person(
                    session, person_id, expected_version=version, notes=f"written by {who}"
                )
            version = person.version
            print(f"saved {version}", flush=True)
        except StaleRecord as exc:
            print(f"stale: {exc}", flush=True)


def _race(path: str, person_id: int, who: str) -> None:
    from desktop.services.errors import StaleRecord

    database = open_database(path, backup="off")
    try:
        with database.session() as session:
            person = session.get(Person, person_id)
            print(f"loaded {person.version}", flush=True)
            sys.stdin.readline()
            person.notes = f"written by {who}"  # no expected_version: only the version counter guards
        print("saved", flush=True)
    except StaleRecord as exc:
        print(f"stale: {exc}", flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    mode, db_file, *rest = sys.argv[1:]
    if mode == "insert":
        _insert(db_file, rest[0], int(rest[1]))
    elif mode == "edit":
        _edit(db_file, int(rest[0]), rest[1])
    else:
        _race(db_file, int(rest[0]), rest[1])
