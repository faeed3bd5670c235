"""The large dataset every benchmark runs on: 50 trips, 20,000 organisations, 50,000 people, 5,000
meetings, 100,000 registrations (50,000 of them for one conference, the worst case at the desk).

A variant, ``desk100k``, has 100,000 people all registered for that one conference (150,000 registrations
in all): the registration desk's memory with a 100,000-registration view open.

Written with bulk Core inserts (one transaction), which bypass the ORM's mapper events: the search and
sort keys are filled here with the models' own key functions, as the listeners would; ``uuid``,
timestamps and ``version`` come from the columns' Python defaults. The file is cached in the temp
folder, keyed by schema and generator version, so a second run starts at once.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db import schema  # noqa: E402
from db.text import search_key  # noqa: E402

GENERATOR_VERSION = 1
TRIPS, ORGANISATIONS, PEOPLE, MEETINGS, REGISTRATIONS = 50, 20_000, 50_000, 5_000, 100_000
BIG_EVENT_REGISTRATIONS = 50_000

FIRST = ["José", "María", "João", "Ana", "Rui", "Inês", "Carmen", "Luís", "Beatriz", "Tomás", "Nuno", "Sofia"]
LAST = ["Conceição", "Núñez", "Silva", "Costa", "Sousa", "García", "Gonçalves", "Martín", "Araújo", "Pérez"]
CN_FAMILY = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"]
CN_GIVEN = ["建国", "丽华", "伟", "敏", "静", "强", "磊", "军", "洋", "勇"]
PINYIN_FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"]
PINYIN_GIVEN = ["Jianguo", "Lihua", "Wei", "Min", "Jing", "Qiang", "Lei", "Jun", "Yang", "Yong"]
ORG_WORDS = ["Global", "Atlântico", "Ibérica", "Lusitânia", "Shenzhen", "Luohu", "Tejo", "Douro", "Sol"]
ORG_KINDS = ["Lda", "S.A.", "SGPS", "S.L.", "有限公司", "Group", "Holdings", "Consultores"]


VARIANTS = {
    "": {"people": PEOPLE, "big_event": BIG_EVENT_REGISTRATIONS, "registrations": REGISTRATIONS},
    "desk100k": {"people": 100_000, "big_event": 100_000, "registrations": 150_000},
}


def dataset_path(variant: str = "") -> Path:
    suffix = f"-{variant}" if variant else ""
    name = f"delegation-desk-bench-{schema.HEAD}-v{GENERATOR_VERSION}{suffix}.sqlite3"
    return Path(tempfile.gettempdir()) / name


def ensure_dataset(verbose: bool = True, variant: str = "") -> Path:
    path = dataset_path(variant)
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    generate(partial, **VARIANTS[variant])
    shutil.move(partial, path)
    if verbose:
        print(f"# generated {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def generate(
    path: Path,
    seed: int = 2024,
    *,
    people: int = PEOPLE,
    big_event: int = BIG_EVENT_REGISTRATIONS,
    registrations: int = REGISTRATIONS,
) -> None:
    from sqlalchemy import insert

    from db.database import open_database
    from db.models import Event, ItineraryItem, Meeting, Membership, Organisation, Person, Registration, Trip
    from db.models.directory import person_search_key, person_sort_key
    from db.models.events import registration_search_key

    rng = random.Random(seed)
    database = open_database(path, backup="off")
    t0 = dt.datetime(2024, 9, 8, 8, 0, tzinfo=dt.UTC)
    with database.engine.begin() as conn:
        conn.execute(
            insert(Trip),
            [
                {
                    "id": t,
                    "name": f"Delegation {t} to Spain and Portugal",
                    "start_date": dt.date(2024, 9, 8),
                    "end_date": dt.date(2024, 9, 15),
                }
                for t in range(1, TRIPS + 1)
            ],
        )
        orgs = []
        for o in range(1, ORGANISATIONS + 1):
            name = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} {o} {rng.choice(ORG_KINDS)}"
            local = f"深圳{CN_GIVEN[o % 10]}公司{o}" if o % 5 == 0 else ""
            orgs.append({"id": o, "name": name, "local_name": local, "search_key": search_key(name, local)})
        conn.execute(insert(Organisation), orgs)
        persons = []
        for p in range(1, people + 1):
            if p % 3 == 0:
                native = CN_FAMILY[p % 10] + CN_GIVEN[(p // 10) % 10]
                given, family = PINYIN_GIVEN[(p // 10) % 10], PINYIN_FAMILY[p % 10]
            else:
                native = ""
                given, family = rng.choice(FIRST), f"{rng.choice(LAST)} {rng.choice(LAST)}"
            latin = f"{given} {family}"
            email = f"p{p}@example.com"
            persons.append(
                {
                    "id": p,
                    "family_name": family,
                    "given_name": given,
                    "native_name": native,
                    "latin_name": latin,
                    "email": email,
                    "organisation_id": rng.randint(1, ORGANISATIONS),
                    "search_key": person_search_key(native, latin, given, family, email),
                    "sort_key": person_sort_key(family, given, latin, native),
                }
            )
        conn.execute(insert(Person), persons)
        conn.execute(
            insert(Membership),
            [
                {"trip_id": t, "person_id": (t - 1) * 20 + i + 1, "role": "head" if i == 0 else "member"}
                for t in range(1, TRIPS + 1)
                for i in range(20)
            ],
        )
        items, meetings, events = [], [], []
        item_id = 0
        for m in range(1, MEETINGS + 1):
            item_id += 1
            start = t0 + dt.timedelta(days=m % 7, hours=m % 9)
            items.append(_item(item_id, 1 + (m - 1) % TRIPS, "meeting", f"Meeting {m}", start))
            meetings.append({"id": m, "item_id": item_id, "organisation_id": rng.randint(1, ORGANISATIONS)})
        for e in range(1, 2 * TRIPS + 1):
            item_id += 1
            start = t0 + dt.timedelta(days=e % 7, hours=10)
            items.append(_item(item_id, 1 + (e - 1) % TRIPS, "event", f"Conference {e}", start))
            events.append({"id": e, "item_id": item_id, "capacity": None})
        conn.execute(insert(ItineraryItem), items)
        conn.execute(insert(Meeting), meetings)
        conn.execute(insert(Event), events)
        regs = []
        statuses = ["registered"] * 8 + ["attended", "waitlisted", "cancelled"]
        for r in range(registrations):
            if r < big_event:
                event_id, person_id = 1, r + 1
            else:
                k = r - big_event
                event_id, person_id = 2 + k % (2 * TRIPS - 1), 1 + (k * 7) % people
            person = persons[person_id - 1]
            org = orgs[person["organisation_id"] - 1]
            regs.append(
                {
                    "event_id": event_id,
                    "person_id": person_id,
                    "organisation_id": person["organisation_id"],
                    "status": rng.choice(statuses),
                    "badge_name": person["latin_name"],
                    "registered_at": t0 - dt.timedelta(minutes=r),
                    "search_key": registration_search_key(
                        person["search_key"], org["search_key"], person["latin_name"]
                    ),
                    "sort_key": person["sort_key"],
                }
            )
        conn.execute(insert(Registration), regs)
    database.close()
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def _item(ident: int, trip_id: int, kind: str, title: str, start: dt.datetime) -> dict[str, object]:
    return {
        "id": ident,
        "trip_id": trip_id,
        "kind": kind,
        "title": title,
        "start_utc": start,
        "end_utc": start + dt.timedelta(hours=1),
        "start_tz": "Europe/Lisbon",
        "end_tz": "Europe/Lisbon",
    }


if __name__ == "__main__":
    print(ensure_dataset(variant=sys.argv[1] if len(sys.argv) > 1 else ""))
