"""Registrations' folded search and sort keys: set on registering, kept right when the badge, the person
or the organisation changes, used by the check-in search in name order."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import Person, Registration
from db.models.directory import person_search_key
from db.models.events import registration_search_key
from desktop.services import directory, itinerary, registrations, snapshots
from tests.factories import LIS, local, place, trip


@pytest.fixture
def event(database):
    with database.session() as s:
        t = trip(s)
        venue = place(s, "Palácio", "Lisbon", LIS)
        return itinerary.create_event(
            s, t, title="Conference", start=local(12, 9, 30), end=local(12, 12, 30), place_id=venue
        ).id


def keys(database, registration_id: int) -> tuple[str, str]:
    with database.session() as s:
        row = s.execute(
            select(Registration.search_key, Registration.sort_key).where(Registration.id == registration_id)
        ).one()
        return row.search_key, row.sort_key


def found(database, event_id: int, text: str) -> list[str]:
    with database.session() as s:
        return [p.display_name for _r, p, _o in registrations.search(s, event_id, text)]


def test_registering_sets_both_keys_from_names_in_both_scripts_firm_and_badge(database, event):
    with database.session() as s:
        org = directory.create_organisation(s, name="Conceição & Irmãos", local_name="康赛桑兄弟")
        person = directory.create_person(
            s,
            native_name="王建国",
            latin_name="Wang Jianguo",
            family_name="Wáng",
            given_name="Jiànguó",
            email="Wang@Example.cn",
            organisation_id=org.id,
        )
        reg = registrations.register(s, event, person.id, badge_name="Dr. Wang")
    search_key, sort_key = keys(database, reg.id)
    for part in ("王建国", "wang jianguo", "wang@example.cn", "conceicao & irmaos", "康赛桑兄弟", "dr. wang"):
        assert part in search_key
    assert sort_key == "wang jianguo"
    assert found(database, event, "conceicao 王建") == ["Wang Jianguo"]
    assert found(database, event, "DR. WÁNG") == ["Wang Jianguo"]


def test_badge_and_organisation_changes_on_the_registration_update_its_key(database, event):
    with database.session() as s:
        person = directory.create_person(s, given_name="Ana", family_name="Sousa")
        firm = directory.create_organisation(s, name="Tejo Logística")
        reg = registrations.register(s, event, person.id)
    assert found(database, event, "logistica") == []
    with database.session() as s:
        registrations.update_registration(s, reg.id, badge_name="Anita", organisation_id=firm.id)
    assert found(database, event, "anita logistica") == ["Ana Sousa"]
    with database.session() as s:
        registrations.check_in(s, reg.id)  # a status change keeps the keys
    assert "anita" in keys(database, reg.id)[0]


def test_renaming_a_person_or_their_organisation_updates_their_registrations(database, event):
    with database.session() as s:
        org = directory.create_organisation(s, name="Global Media Group")
        person = directory.create_person(s, given_name="Joao", family_name="Silva", organisation_id=org.id)
        reg = registrations.register(s, event, person.id)
        version = reg.version
    with database.session() as s:
        directory.update_person(s, person.id, given_name="João", family_name="Conceição")
    assert found(database, event, "silva") == []
    assert found(database, event, "conceicao joao") == ["João Conceição"]
    assert keys(database, reg.id)[1] == "conceicao joao"
    with database.session() as s:
        directory.update_organisation(s, org.id, name="GMG Media")
        # derived data: the registration's own version does not move, so no editor is told it changed
        assert s.get(Registration, reg.id).version == version
    assert found(database, event, "global") == []
    assert found(database, event, "gmg") == ["João Conceição"]
    with database.session() as s:
        directory.delete_organisation(s, org.id)
    assert found(database, event, "gmg") == []
    assert "gmg" not in keys(database, reg.id)[0]


def test_matches_come_in_name_order_with_accents_folded(database, event):
    with database.session() as s:
        for given, family in (("Rui", "Conceição"), ("Luís", "Câmara"), ("Ana", "Costa"), ("Eva", "Ávila")):
            person = directory.create_person(s, given_name=given, family_name=family, email="x@lisboa.pt")
            registrations.register(s, event, person.id)
        native_only = directory.create_person(s, native_name="陈立华", email="chen@lisboa.pt")
        registrations.register(s, event, native_only.id)
    assert found(database, event, "lisboa") == [
        "Eva Ávila",
        "Luís Câmara",
        "Rui Conceição",
        "Ana Costa",
        "陈立华",
    ]
    assert found(database, event, "c")[:2] == ["Luís Câmara", "Rui Conceição"]


def test_typed_wildcards_are_taken_literally(database, event):
    with database.session() as s:
        a = directory.create_person(s, given_name="Ana", family_name="Reis", email="ana_reis@a.pt")
        b = directory.create_person(s, given_name="Ana", family_name="Ruas", email="anaxreis@a.pt")
        for p in (a, b):
            registrations.register(s, event, p.id)
    assert found(database, event, "ana_reis") == ["Ana Reis"]
    assert found(database, event, "100%") == []


def test_person_sort_key_prefers_latin_order(database):
    with database.session() as s:
        both = directory.create_person(s, family_name="王", given_name="建国", latin_name="Wang Jianguo")
        latin_only = directory.create_person(s, latin_name="  Álvaro Núñez ")
        native_only = directory.create_person(s, native_name="陈立华")
        s.flush()
        got = dict(s.execute(select(Person.id, Person.sort_key)).all())
    assert got[both.id] == "wang jianguo"
    assert got[latin_only.id] == "alvaro nunez"
    assert got[native_only.id] == "陈立华"


def test_a_merged_trip_file_gets_keys_computed_here(database, tmp_path):
    from db.database import open_database
    from desktop.exchange.tripfile import export_trip, import_trip
    from desktop.services.demo import build_demo

    with database.session() as s:
        trip_id = build_demo(s).id
    export_trip(database, trip_id, tmp_path / "a.trip")
    other = open_database(tmp_path / "laptop2.sqlite3", backup="off")
    try:
        import_trip(other, tmp_path / "a.trip")
        with other.session() as s:
            regs = list(s.scalars(select(Registration)))
            assert len(regs) > 30
            for reg in regs:
                org_key = reg.organisation.search_key if reg.organisation else None
                assert reg.search_key == registration_search_key(
                    reg.person.search_key, org_key, reg.badge_name
                )
                assert reg.sort_key == reg.person.sort_key != ""
    finally:
        other.close()


def test_the_bulk_import_fills_keys_as_the_listeners_would(database, event, tmp_path):
    from desktop.exchange.columns import Kind
    from desktop.exchange.importing import ImportRequest, prepare, run_import

    def run(text: str) -> None:
        path = tmp_path / "list.csv"
        path.write_text(text, encoding="utf-8")
        table, mapping = prepare(str(path), "registrations")
        report = run_import(database, table, mapping, ImportRequest(Kind.REGISTRATIONS, event_id=event))
        assert report.written and not report.errors

    with database.session() as s:  # registered before the import, at another event too
        other = itinerary.create_event(
            s,
            trip(s),
            title="Dinner",
            start=local(12, 19),
            end=local(12, 22),
            place_id=place(s, "X", "L", LIS),
        ).id
        known = directory.create_person(s, latin_name="Ana Sousa", email="ana@tejo.pt")
        registrations.register(s, other, known.id, badge_name="Ana")
    run(
        "Nome,Empresa,E-mail,Crachá\n"
        "José Conceição,Atlântico Lda,jose@atlantico.pt,Zé\n"
        "王建国,罗湖区投资推广署,wang@luohu.cn,\n"
        "Ana Sousa,Tejo S.A.,ana@tejo.pt,\n"
    )
    assert found(database, event, "ze atlantico") == ["José Conceição"]
    assert found(database, event, "罗湖 wang@") == ["王建国"]
    with database.session() as s:
        regs = list(s.scalars(select(Registration)))
        assert len(regs) == 4
        for reg in regs:
            org_key = reg.organisation.search_key if reg.organisation else None
            assert reg.search_key == registration_search_key(reg.person.search_key, org_key, reg.badge_name)
            assert reg.sort_key == reg.person.sort_key != ""
            person = reg.person
            assert person.search_key == person_search_key(
                person.native_name, person.latin_name, person.given_name, person.family_name, person.email
            )
    # A second file renames Ana (matched by email): her registrations at both events follow.
    run("Nome,E-mail\nAna Sousa Câmara,ana@tejo.pt\n")
    assert found(database, event, "camara") == ["Ana Sousa Câmara"]
    assert found(database, other, "camara") == ["Ana Sousa Câmara"]
    with database.session() as s:
        assert {
            r.sort_key for r in s.scalars(select(Registration).join(Person).where(Person.id == known.id))
        } == {"ana sousa camara"}


def test_deleting_an_organisation_through_a_snapshot_and_undoing_it_keeps_the_keys_right(database, event):
    # The GUI deletes with Core statements (snapshots.delete_with_snapshot), which the ORM listeners never
    # see: the firm's name must still leave its registrations' keys, and come back when the delete is undone.
    with database.session() as s:
        org = directory.create_organisation(s, name="Joinko Group", local_name="乔因科集团")
        people = [
            directory.create_person(s, given_name=given, family_name="Costa", organisation_id=org.id)
            for given in ("Rita", "Nuno")
        ]
        regs = [registrations.register(s, event, p.id).id for p in people]
        other = directory.create_person(s, given_name="Joinko", family_name="Fan")  # the name, not the firm
        registrations.register(s, event, other.id)
    assert found(database, event, "joinko") == ["Nuno Costa", "Rita Costa", "Joinko Fan"]
    with database.session() as s:
        snap = snapshots.delete_with_snapshot(s, "organisations", org.id)
    assert found(database, event, "joinko") == ["Joinko Fan"]
    assert found(database, event, "乔因科") == []
    assert found(database, event, "costa") == ["Nuno Costa", "Rita Costa"]
    assert all("joinko" not in keys(database, r)[0] for r in regs)
    with database.session() as s:
        snapshots.restore(s, snap)
    assert found(database, event, "joinko") == ["Nuno Costa", "Rita Costa", "Joinko Fan"]
    assert found(database, event, "乔因科 rita") == ["Rita Costa"]
    with database.session() as s:
        linked = s.scalars(select(Registration.organisation_id).where(Registration.id.in_(regs)))
        assert set(linked) == {org.id}
