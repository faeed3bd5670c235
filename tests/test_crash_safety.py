"""A process killed (SIGKILL) at random moments while it writes loses nothing it reported saved, and leaves
a file that passes PRAGMA integrity_check.

Starting Python with SQLAlchemy 60 times would cost half a minute, so one helper process imports
everything once and forks a fresh writer for each round; each writer opens the database itself (nothing is
shared across the fork) and prints each id only after its transaction committed.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROUNDS = 60
SEED = 20240912


def _writer(path: str) -> None:
    """Write forever: an organisation and a contact in one transaction, then report the contact's id."""
    from db.database import open_database
    from desktop.services import directory

    database = open_database(path, backup="off")
    n = 0
    while True:
        n += 1
        with database.session() as session:
            org = directory.create_organisation(session, name=f"Empresa {os.getpid()}-{n}")
            person = directory.create_person(session, latin_name=f"Contacto {n}", organisation_id=org.id)
            person_id = person.id
        os.write(1, f"{person_id}\n".encode())


def _forker(path: str) -> None:
    """Read 'fork' lines; for each, fork a writer, say its pid, and report how it ended."""
    import db.database  # noqa: F401  - imported once, before forking
    import desktop.services.directory  # noqa: F401

    for line in sys.stdin:
        if line.strip() != "fork":
            break
        pid = os.fork()
        if pid == 0:
            try:
                _writer(path)
            finally:
                os._exit(1)
        os.write(1, f"pid {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"ended {status}\n".encode())


def _lines(proc: subprocess.Popen, deadline: float):
    """Lines from the helper's stdout as they arrive (raw fd reads: no buffering surprises)."""
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    pending = b""
    while time.monotonic() < deadline:
        if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
            continue
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            return
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            yield line.decode()
    raise TimeoutError("the writer helper stopped answering")


def test_sigkill_while_writing_never_loses_a_reported_commit(db_path):
    from db.database import open_database

    open_database(db_path, backup="off").close()
    rng = random.Random(SEED)
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen(
        [sys.executable, __file__, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=root,
        env=dict(os.environ, PYTHONPATH=str(root)),
    )
    reported: list[int] = []
    kills = 0
    try:
        lines = _lines(proc, time.monotonic() + 45)
        for _ in range(ROUNDS):
            proc.stdin.write(b"fork\n")
            proc.stdin.flush()
            pid = int(next(lines).split()[1])
            # kill at a random moment: after 0-8 reported commits, plus 0-4 ms into the next one
            wait_for = rng.randint(0, 8)
            seen = 0
            while seen < wait_for:
                reported.append(int(next(lines)))
                seen += 1
            time.sleep(rng.uniform(0, 0.004))
            os.kill(pid, signal.SIGKILL)
            kills += 1
            for line in lines:
                if line.startswith("ended"):
                    assert os.WIFSIGNALED(int(line.split()[1])), line
                    break
                reported.append(int(line))  # committed before the kill landed
        proc.stdin.write(b"stop\n")
        proc.stdin.flush()
    finally:
        proc.kill()
        proc.wait()

    assert kills >= 50
    assert len(reported) > ROUNDS  # the writers really were writing when killed
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        present = {r[0] for r in con.execute("SELECT id FROM people")}
        assert set(reported) <= present
        # each transaction is whole: no contact without its organisation
        orphans = con.execute(
            "SELECT count(*) FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id "
            "WHERE o.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        con.close()


if __name__ == "__main__":
    _forker(sys.argv[1])
