"""The delegation-desk command: names, output formats and exit codes that scripts rely on."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from db import schema
from desktop import __version__
from desktop.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"delegation-desk {__version__}"


def test_demo_refuses_to_overwrite_without_force(capsys, demo_db):
    code, _, err = run(capsys, "demo", "--db", str(demo_db))
    assert code == 1
    assert "already holds data" in err and "--force" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    code, out, err = run(capsys, "demo", "--db", str(demo_db), "--force")
    assert code == 0 and out.startswith("1\t")
    kept = list(demo_db.parent.glob("demo.sqlite3.replaced-*.bak"))
    assert len(kept) == 1 and str(kept[0]) in err  # the replaced data is kept, not deleted
    code, out, _ = run(capsys, "trips", "--db", str(demo_db))
    assert out.count("\n") == 1  # replaced, not added


def test_trips_lists_id_name_dates(capsys, demo_db):
    code, out, _ = run(capsys, "trips", "--db", str(demo_db))
    assert code == 0
    assert out.splitlines() == ["1\tLuohu District Delegation to Spain and Portugal\t2024-09-08\t2024-09-15"]


def test_itinerary_reads_right_in_lisbon_and_madrid_local_time(capsys, demo_db):
    code, out, _ = run(capsys, "itinerary", "--db", str(demo_db), "--trip", "1")
    assert code == 0
    lines = out.splitlines()
    assert "== Thursday 12 September 2024 — Lisbon" in lines
    conference = next(line for line in lines if "Economic and Trade Cooperation" in line)
    assert conference.split("\t")[1] == "09:30–12:30 WEST"
    madrid_meeting = next(line for line in lines if "Ibérica Salud" in line and "\tmeeting\t" in line)
    assert madrid_meeting.split("\t")[1] == "10:00–11:30 CEST"
    flight = next(line for line in lines if "TP 1027" in line)
    assert flight.split("\t")[1] == "09:05 CEST – 09:25 WEST"
    assert all(re.match(r"^(== |\d+\t|Conflicts: |Warnings: |  )", line) for line in lines)
    assert "Conflicts: 0" in lines and "Warnings: 0" in lines


def test_itinerary_for_one_member_in_home_time(capsys, demo_db):
    code, out, _ = run(
        capsys, "itinerary", "--db", str(demo_db), "--trip", "1", "--member", "3", "--tz", "Asia/Shanghai"
    )
    assert code == 0
    assert "Ibérica" not in out  # member 3 is not at that meeting
    joinko = next(line for line in out.splitlines() if "Joinko" in line)
    assert joinko.split("\t")[1] == "22:30–23:30 CST"


def test_itinerary_shows_conflicts(capsys, tmp_path):
    from db.database import open_database
    from desktop.services import itinerary
    from tests.factories import LIS, local, member, place, trip

    path = tmp_path / "c.sqlite3"
    with open_database(path) as db, db.session() as s:
        t = trip(s)
        a = member(s, t, "陈立华", "Chen Lihua")
        lis = place(s, "Office", "Lisbon", LIS)
        for title, h in (("A", 10), ("B", 10)):
            itinerary.create_item(
                s,
                t,
                kind="meeting",
                title=title,
                start=local(9, h),
                end=local(9, h + 1),
                place_id=lis,
                participants=[a],
            )
    code, out, _ = run(capsys, "itinerary", "--db", str(path), "--trip", str(t))
    assert code == 0
    assert "Conflicts: 1" in out and "[CONFLICT]" in out and "booked twice" in out


def test_meetings_events_members(capsys, demo_db):
    _, out, _ = run(capsys, "meetings", "--db", str(demo_db), "--trip", "1")
    rows = [line.split("\t") for line in out.splitlines()]
    assert [r[2] for r in rows][2:5] == ["Global Media Group", "Joinko Group", "EFG International"]
    assert rows[3][1] == "2024-09-12 15:30 WEST" and rows[3][3] == "held"
    _, out, _ = run(capsys, "events", "--db", str(demo_db), "--trip", "1")
    first = out.splitlines()[0].split("\t")
    assert first[1] == "2024-09-12 09:30 WEST"
    registered, capacity = first[3].split("/")
    assert int(registered) > 30 and capacity == "60"
    _, out, _ = run(capsys, "members", "--db", str(demo_db), "--trip", "1")
    assert out.splitlines()[0] == "1\t陈立华 (Chen Lihua)\thead"
    assert all(line.split("\t")[0].isdigit() for line in out.splitlines())


def test_check_reports_schema_integrity_and_a_verdict(capsys, demo_db):
    code, out, _ = run(capsys, "check", "--db", str(demo_db))
    assert code == 0
    assert f"schema: {schema.HEAD} (up to date)" in out and "integrity: ok" in out
    assert out.splitlines()[-1].startswith("OK: ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["trips", "--db", "{missing}"], "does not exist"),
        (["itinerary", "--db", "{demo}", "--trip", "99"], "No trip with id 99"),
        (["itinerary", "--db", "{demo}", "--trip", "1", "--tz", "Lisbon"], "not a known IANA time zone"),
        (["trips", "--db", "{notdb}"], "not a Delegation Desk database"),
    ],
)
def test_user_errors_exit_1_with_one_clear_line(capsys, demo_db, tmp_path, argv, message):
    notdb = tmp_path / "guests.csv"
    notdb.write_text("name;email\nAna;ana@example.pt\n", encoding="utf-8")
    subs = {"{missing}": str(tmp_path / "nope.sqlite3"), "{demo}": str(demo_db), "{notdb}": str(notdb)}
    code, out, err = run(capsys, *[subs.get(a, a) for a in argv])
    assert code == 1
    assert message in err and err.startswith("delegation-desk: error: ")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "nope.sqlite3").exists()


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["itinerary", "--trip", "one"])
    assert exc.value.code == 2


def test_console_script_runs_without_a_display(demo_db):
    script = Path(sys.executable).with_name("delegation-desk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "desktop"]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    out = subprocess.run([*command, "trips", "--db", str(demo_db)], capture_output=True, text=True, env=env)
    assert out.returncode == 0 and out.stdout.startswith("1\t")
    assert out.stderr == ""
