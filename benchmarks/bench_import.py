"""Benchmark: import 10,000 and 100,000 registration rows from CSV (read, check, match, write).

Two cases, each from the same CSV (one row per registrant, at 500 firms):

- ``new``: nobody in the file is in the directory yet, so the import writes the 500 firms, a person per
  row and a registration per row: two database rows per file row.
- ``known``: everyone in the file is already in the directory (an earlier import registered them for
  another event), so the import matches each row to its person by email and writes a registration.

The baseline is a raw sqlite3 ``executemany`` of exactly the rows that import wrote (read back from its
database, keys and all) into a copy of the database as it was before the import, with the same pragmas
(WAL, ``synchronous = FULL``, the import's 32 MB page cache), timed to the end of its commit. The ratio
says what reading, checking and matching cost on top of SQLite's own work for the same rows.

Each run is a fresh subprocess so its peak memory (ru_maxrss) is its own; the databases are set up in
subprocesses too, since Linux carries a process's high-water mark into the children it forks (a parent
that had imported 100,000 rows to set a database up would lend its size to every later measurement).

    .venv/bin/python benchmarks/bench_import.py [--rows 10000 100000] [--case new known]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = ["José", "María", "João", "Ana", "Wang", "Li", "Chen", "Zhang", "Rui", "Inês", "Carmen", "Luís"]
LAST = ["Conceição", "Núñez", "Silva", "Costa", "Jianguo", "Ming", "Lihua", "Wei", "Sousa", "García"]
COMPANIES = [f"Empresa {i} Lda" for i in range(400)] + [f"深圳公司{i}" for i in range(100)]
TABLES = ("organisations", "people", "registrations")


def make_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Inscrições — Conferência Lisboa\n\nNome,Empresa,E-mail,Telefone,Cargo,Data de inscrição\n")
        for i in range(rows):
            name = f"{FIRST[i % 12]} {LAST[i % 10]} {i}"
            company = COMPANIES[i % len(COMPANIES)]
            fh.write(f"{name},{company},p{i}@example.com,+351 21 {i % 1000:03d} {i % 10000:04d},Diretor,")
            fh.write(f"2024-09-{1 + i % 10:02d} {i % 24:02d}:{i % 60:02d}\n")


def setup_db(path: Path, warm_up_csv: Path | None = None) -> int:
    """A trip with a conference (and, for the ``known`` case, a reception whose registrations from the
    same file put everyone in the directory); returns the conference's event id."""
    from db.database import open_database
    from desktop.services import directory, itinerary, trips

    with open_database(path) as db:
        with db.session() as s:
            trip = trips.create_trip(
                s, name="Bench", start_date=dt.date(2024, 9, 7), end_date=dt.date(2024, 9, 15)
            )
            place = directory.create_place(s, name="Tivoli", timezone="Europe/Lisbon")
            events = [
                itinerary.create_event(
                    s,
                    trip.id,
                    title=title,
                    start=dt.datetime(2024, 9, 12, hour),
                    end=dt.datetime(2024, 9, 12, hour + 2),
                    place_id=place.id,
                )
                for title, hour in (("Conference", 9), ("Reception", 18))
            ]
            conference, reception = events[0].id, events[1].id
        if warm_up_csv is not None:
            from desktop.exchange.columns import Kind
            from desktop.exchange.importing import ImportRequest, prepare, run_import

            table, mapping = prepare(str(warm_up_csv), "registrations")
            run_import(db, table, mapping, ImportRequest(Kind.REGISTRATIONS, event_id=reception))
    return conference


def child_import(csv_path: str, db_path: str, event_id: int) -> dict[str, float]:
    from db.database import open_database
    from desktop.exchange.columns import Kind
    from desktop.exchange.importing import ImportRequest, prepare, run_import

    with open_database(db_path, backup="off") as db:
        started = time.perf_counter()
        table, mapping = prepare(csv_path, "registrations")
        report = run_import(db, table, mapping, ImportRequest(Kind.REGISTRATIONS, event_id=event_id))
        elapsed = time.perf_counter() - started
    assert report.written and not report.errors, report.errors[:3]
    return {"seconds": elapsed, "rows": report.data_rows, "written": sum(report.created.values())}


def child_baseline(imported: str, db_path: str, rows: int) -> dict[str, float]:
    """Bare sqlite3: the rows the import wrote, already in memory as tuples, one executemany per table."""
    import sqlite3

    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA cache_size = -32768")
    source = sqlite3.connect(f"file:{imported}?mode=ro", uri=True)
    batches = []
    for table in TABLES:
        columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
        last = con.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
        new = source.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE id > ? ORDER BY id", (last,)
        ).fetchall()
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        batches.append((sql, new))
    source.close()
    started = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    for sql, new in batches:
        con.executemany(sql, new)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return {"seconds": elapsed, "rows": rows, "written": sum(len(new) for _, new in batches)}


def run_child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--case", nargs="+", choices=["new", "known"], default=["new", "known"])
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        what, *rest = args.child
        if what == "import":
            result = child_import(rest[0], rest[1], int(rest[2]))
        elif what == "setup":
            result = {"event": setup_db(Path(rest[0]), Path(rest[1]) if len(rest) > 1 else None)}
        else:
            result = child_baseline(rest[0], rest[1], int(rest[2]))
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    print(
        f"{'case':>5} {'rows':>8} {'written':>8} {'import s':>9} {'rows/s':>8} {'peak MB':>8} | "
        f"{'sqlite3 s':>9} {'rows/s':>8} | ratio"
    )
    for case in args.case:
        for rows in args.rows:
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                csv_path = folder / "registrations.csv"
                make_csv(csv_path, rows)
                base, db_a, db_b = (folder / f"{n}.sqlite3" for n in ("base", "a", "b"))
                warm_up = [str(csv_path)] if case == "known" else []
                event = int(run_child("setup", str(base), *warm_up)["event"])
                shutil.copyfile(base, db_a)
                shutil.copyfile(base, db_b)
                imp = run_child("import", str(csv_path), str(db_a), str(event))
                bare = run_child("baseline", str(db_a), str(db_b), str(rows))
                assert bare["written"] == imp["written"], (bare, imp)
                rate = imp["rows"] / imp["seconds"]
                bare_rate = bare["rows"] / bare["seconds"]
                print(
                    f"{case:>5} {rows:>8,} {int(imp['written']):>8,} {imp['seconds']:>9.2f} {rate:>8,.0f} "
                    f"{imp['peak_mb']:>8.0f} | {bare['seconds']:>9.2f} {bare_rate:>8,.0f} | "
                    f"{bare_rate / rate:.1f}x the bare inserts' time",
                    flush=True,
                )


if __name__ == "__main__":
    main()
