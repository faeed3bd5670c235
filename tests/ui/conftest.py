"""GUI test fixtures: settings kept in tmp_path (never the user's), a small trip on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services import meetings
from desktop.ui.settings import use_settings_folder
from tests import factories as f


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp, tmp_path_factory):
    """The interface as the app installs it for English (its plural forms: "1 row", "2 rows"), compiled
    from the committed .ts into a temporary folder."""
    import subprocess
    import sys
    from pathlib import Path

    from desktop.resources import resource
    from desktop.ui import i18n

    folder = tmp_path_factory.mktemp("translations")
    for ts in resource("translations").glob("*.ts"):
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n, "translations_folder", lambda: folder)
        i18n.install(qapp, i18n.ENGLISH)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qsettings")
    use_settings_folder(folder)
    return folder


@pytest.fixture
def trip_data(database) -> dict[str, int]:
    """A trip (a name with markup characters), two members, three places in three zones, an organisation
    with a contact, and one confirmed meeting in Lisbon."""
    with database.session() as s:
        trip = f.trip(s, name="Lisbon <b>&</b> Madrid", home_timezone=f.SZX)
        head = f.member(s, trip, "陈立华", "Chen Lihua", "head")
        deputy = f.member(s, trip, "周敏", "Zhou Min", "deputy")
        szx = f.place(s, "Shenzhen Bao'an Airport", "Shenzhen", f.SZX)
        mad = f.place(s, "Madrid-Barajas Airport", "Madrid", f.MAD)
        lis = f.place(s, "Hotel Avenida da Liberdade", "Lisbon", f.LIS)
        org = f.organisation(s, "Global Media Group", city="Lisbon")
        contact = f.contact(s, org, "João Conceição")
        meeting = meetings.create_meeting(
            s,
            trip,
            organisation_id=org,
            start=dt.datetime(2024, 9, 11, 14, 30),
            end=dt.datetime(2024, 9, 11, 15, 45),
            start_tz=f.LIS,
            end_tz=f.LIS,
            place_id=lis,
            status="confirmed",
        )
    return {
        "trip": trip,
        "head": head,
        "deputy": deputy,
        "szx": szx,
        "mad": mad,
        "lis": lis,
        "org": org,
        "contact": contact,
        "meeting": meeting.id,
        "meeting_item": meeting.item_id,
    }


@pytest.fixture
def context(qtbot, database, trip_data):
    from desktop.ui.context import AppContext

    ctx = AppContext(database)
    ctx.set_trip(trip_data["trip"])
    return ctx
