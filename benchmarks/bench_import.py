"""Benchmark: import 10,000 and 100,000 registration rows from CSV (read, check, match, write).

Each run is a fresh subprocess so its peak memory (ru_maxrss) is its own. The baseline is a raw sqlite3
``executemany`` of the same people and registrations into the same schema: the ratio says what reading,
checking and matching cost on top of bare inserts.

    .venv/bin/python benchmarks/bench_import.py [--rows 10000 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = ["José", "María", "João", "Ana", "Wang", "Li", "Chen", "Zhang", "Rui", "Inês", "Carmen", "Luís"]
LAST = ["Conceição", "Núñez", "Silva", "Costa", "Jianguo", "Ming", "Lihua", "Wei", "Sousa", "García"]
COMPANIES = [f"Empresa {i} Lda" for i in range(400)] + [f"深圳公司{i}" for i in range(100)]


def make_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Inscrições — Conferência Lisboa\n\nNome,Empresa,E-mail,Telefone,Cargo,Data de inscrição\n")
        for i in range(rows):
            name = f"{FIRST[i % 12]} {LAST[i % 10]} {i}"
            company = COMPANIES[i % len(COMPANIES)]
            fh.write(f"{name},{company},p{i}@example.com,+351 21 {i % 1000:03d} {i % 10000:04d},Diretor,")
            fh.write(f"2024-09-{1 + i % 10:02d} {i % 24:02d}:{i % 60:02d}\n")


def setup_db(path: Path) -> int:
    from db.database import open_database
    from desktop.services import directory, itinerary, trips

    with open_database(path) as db, db.session() as s:
        trip = trips.create_trip(
            s, name="Bench", start_date=dt.date(2024, 9, 7), end_date=dt.date(2024, 9, 15)
        )
        place = directory.create_place(s, name="Tivoli", timezone="Europe/Lisbon")
        event = itinerary.create_event(
            s,
            trip.id,
            title="Conference",
            start=dt.datetime(2024, 9, 12, 9),
            end=dt.datetime(2024, 9, 12, 12),
            place_id=place.id,
        )
        return event.id


def child_import(csv_path: str, db_path: str, event_id: int) -> dict[str, float]:
    from db.database import open_database
    from desktop.exchange.columns import Kind
    from desktop.exchange.importing import ImportRequest, prepare, run_import

    with open_database(db_path) as db:
        started = time.perf_counter()
        table, mapping = prepare(csv_path, "registrations")
        report = run_import(db, table, mapping, ImportRequest(Kind.REGISTRATIONS, event_id=event_id))
        elapsed = time.perf_counter() - started
    assert report.written and not report.errors, report.errors[:3]
    return {"seconds": elapsed, "rows": report.data_rows}


def child_baseline(db_path: str, rows: int, event_id: int) -> dict[str, float]:
    """Bare sqlite3: the same rows, already in memory as tuples, one executemany per table."""
    import sqlite3

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    people = [
        (
            str(uuid.uuid4()),
            now,
            now,
            1,
            f"{FIRST[i % 12]} {LAST[i % 10]} {i}",
            f"p{i}@example.com",
            "Diretor",
        )
        for i in range(rows)
    ]
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    started = time.perf_counter()
    with con:
        first = (con.execute("SELECT coalesce(max(id), 0) FROM people").fetchone()[0]) + 1
        con.executemany(
            "INSERT INTO people (uuid, created_at, updated_at, version, latin_name, email, position,"
            " family_name, given_name, native_name, honorific, job_title, phone, languages, dietary_needs,"
            " access_needs, notes, search_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, '', '', '', '', '', '', '[]', '', '', '', '')",
            people,
        )
        con.executemany(
            "INSERT INTO registrations (uuid, created_at, updated_at, version, event_id, person_id, status,"
            " registered_at, badge_name, dietary_needs, source, vip, notes)"
            " VALUES (?, ?, ?, 1, ?, ?, 'registered', ?, '', '', '', 0, '')",
            [(str(uuid.uuid4()), now, now, event_id, first + i, now) for i in range(rows)],
        )
    elapsed = time.perf_counter() - started
    con.close()
    return {"seconds": elapsed, "rows": rows}


def run_child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        what, *rest = args.child
        if what == "import":
            result = child_import(rest[0], rest[1], int(rest[2]))
        else:
            result = child_baseline(rest[0], int(rest[1]), int(rest[2]))
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    print(
        f"{'rows':>8} {'import s':>9} {'rows/s':>9} {'peak MB':>8} | {'sqlite3 s':>9} {'rows/s':>10} | ratio"
    )
    for rows in args.rows:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            csv_path = folder / "registrations.csv"
            make_csv(csv_path, rows)
            db_a, db_b = folder / "a.sqlite3", folder / "b.sqlite3"
            event_a, event_b = setup_db(db_a), setup_db(db_b)
            imp = run_child("import", str(csv_path), str(db_a), str(event_a))
            base = run_child("baseline", str(db_b), str(rows), str(event_b))
            rate = imp["rows"] / imp["seconds"]
            base_rate = base["rows"] / base["seconds"]
            print(
                f"{rows:>8,} {imp['seconds']:>9.2f} {rate:>9,.0f} {imp['peak_mb']:>8.0f} | "
                f"{base['seconds']:>9.2f} {base_rate:>10,.0f} | {base_rate / rate:.1f}x slower than bare"
            )


if __name__ == "__main__":
    main()
