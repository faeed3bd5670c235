"""Spreadsheet import: files made the way people make them, matching, all-or-nothing, and the CLI."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import func, select

from db.models import Event, Membership, Organisation, Person, Registration
from desktop.cli import main
from desktop.exchange.columns import Kind, detect_header
from desktop.exchange.errors import ExchangeError
from desktop.exchange.importing import ImportRequest, prepare, run_import
from desktop.exchange.reading import open_table
from desktop.services import directory, itinerary, trips

TITLE = "Conferência de Cooperação Económica — Lisboa, 12 de setembro de 2024"


@pytest.fixture
def event_id(database) -> int:
    with database.session() as s:
        trip = trips.create_trip(
            s, name="Luohu delegation", start_date=dt.date(2024, 9, 7), end_date=dt.date(2024, 9, 15)
        )
        place = directory.create_place(s, name="Hotel Tivoli", city="Lisboa", timezone="Europe/Lisbon")
        event = itinerary.create_event(
            s,
            trip.id,
            title="Conference",
            start=dt.datetime(2024, 9, 12, 9, 30),
            end=dt.datetime(2024, 9, 12, 12, 30),
            place_id=place.id,
            capacity=3,
        )
        directory.create_organisation(s, name="Global Media Group", country="Portugal")
        return event.id


def registration_xlsx(path, rows) -> None:
    """Like an online form's export: merged title row, a blank row, header with trailing spaces."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([TITLE])
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["Nome ", "Empresa", "E-mail", "Telefone", "Cargo", "Data de inscrição"])
    for row in rows:
        ws.append(row)
    wb.save(path)


GOOD_ROWS = [
    ["José Conceição  ", "Global Media Group", "jose@gmg.pt", "+351 21 123 4567", "Diretor", 45536.4375],
    [
        "王建国",
        "罗湖区投资推广署",
        "wang@luohu.gov.cn",
        8675512345678,
        "署长",
        dt.datetime(2024, 9, 2, 10, 0),
    ],
    [],
    ["María Núñez", "Joinko Group", "maria@joinko.es", "", "CEO", "03/09/2024 09:30"],
    ["Ana Sousa", "EFG International", "ana@efg.com", "", "", "2024-09-04"],
    ["Rui Costa", "EFG International", "rui@efg.com", "", "", None],
]


def counts(database) -> dict[str, int]:
    with database.session() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m))
            for m in (Person, Organisation, Registration)
        }


def versions(database) -> list[tuple[str, int]]:
    with database.session() as s:
        rows = list(s.execute(select(Person.uuid, Person.version)))
        rows += list(s.execute(select(Registration.uuid, Registration.version)))
        rows += list(s.execute(select(Organisation.uuid, Organisation.version)))
    return sorted(rows)


def do_import(database, path, kind="registrations", **kw):
    table, mapping = prepare(str(path), kind, encoding=kw.pop("encoding", None))
    return run_import(database, table, mapping, ImportRequest(Kind(kind), **kw))


def test_xlsx_with_title_rows_imports_matches_and_respects_capacity(database, event_id, tmp_path):
    path = tmp_path / "inscricoes.xlsx"
    registration_xlsx(path, GOOD_ROWS)
    table, mapping = prepare(str(path), "registrations")
    assert mapping.header_row == 3
    assert mapping.by_field() == {
        "name": 0,
        "organisation": 1,
        "email": 2,
        "phone": 3,
        "position": 4,
        "registered_at": 5,
    }
    report = do_import(database, path, event_id=event_id)
    assert report.written and not report.errors
    assert report.data_rows == 5
    assert report.created == {"organisations": 3, "people": 5, "registrations": 5}
    assert report.waitlisted == 2  # capacity 3, in file order
    with database.session() as s:
        regs = {
            p.email: (r.status, r.registered_at, p)
            for r, p in s.execute(
                select(Registration, Person).join(Person).where(Registration.event_id == event_id)
            )
        }
        jose = regs["jose@gmg.pt"]
        assert jose[0] == "registered"
        assert jose[2].latin_name == "José Conceição"  # trailing spaces gone
        assert jose[2].organisation.name == "Global Media Group"  # matched, not copied
        # Excel serial 45536.4375 = 2024-09-01 10:30 in Lisbon (WEST, UTC+1)
        assert jose[1] == dt.datetime(2024, 9, 1, 9, 30, tzinfo=dt.UTC)
        wang = regs["wang@luohu.gov.cn"][2]
        assert wang.native_name == "王建国" and wang.phone == "8675512345678"
        assert regs["maria@joinko.es"][1] == dt.datetime(2024, 9, 3, 8, 30, tzinfo=dt.UTC)
        assert regs["ana@efg.com"][0] == "waitlisted" and regs["rui@efg.com"][0] == "waitlisted"
        assert s.get(Event, event_id).capacity == 3
        assert jose[2].search_key == "jose conceicao jose@gmg.pt"


def test_importing_the_same_file_twice_changes_nothing(database, event_id, tmp_path):
    path = tmp_path / "inscricoes.xlsx"
    registration_xlsx(path, GOOD_ROWS)
    do_import(database, path, event_id=event_id)
    before, before_versions = counts(database), versions(database)
    report = do_import(database, path, event_id=event_id)
    assert counts(database) == before
    assert versions(database) == before_versions
    assert report.created == {} or not any(report.created.values())
    assert report.unchanged == {"people": 5, "registrations": 5}


def test_duplicate_by_name_at_same_organisation_updates_instead_of_copying(database, event_id, tmp_path):
    first = tmp_path / "a.xlsx"
    registration_xlsx(first, [["Ana Sousa", "EFG International", "", "", "", None]])
    do_import(database, first, event_id=event_id)
    second = tmp_path / "b.xlsx"
    registration_xlsx(second, [["ana sousa", "EFG international", "ana@efg.com", "", "Director", None]])
    report = do_import(database, second, event_id=event_id)
    assert report.updated == {"people": 1}
    with database.session() as s:
        people = list(s.scalars(select(Person)))
        assert len(people) == 1
        assert (
            people[0].email == "ana@efg.com" and people[0].position == "Director" and people[0].version == 2
        )


def test_bad_rows_all_or_nothing_or_skipped(database, event_id, tmp_path):
    path = tmp_path / "bad.xlsx"
    rows = [
        ["José Conceição", "Global Media Group", "jose@gmg.pt", "", "", None],
        ["Bad Email", "X", "not-an-email", "", "", None],
        ["", "Y", "y@y.com", "", "", None],
        ["Bad Date", "Z", "z@z.com", "", "", "32/13/2024"],
    ]
    registration_xlsx(path, rows)
    report = do_import(database, path, event_id=event_id)
    assert not report.written
    assert counts(database) == {"people": 0, "organisations": 1, "registrations": 0}
    assert [str(e) for e in report.errors] == [
        "row 5, column C (E-mail): 'not-an-email' does not look like an email address",
        "row 6, column A (Nome): the name is empty",
        "row 7, column F (Data de inscrição): '32/13/2024' is not a date "
        "(write it as 2024-09-12 or 12/09/2024, with a time if known)",
    ]
    report = do_import(database, path, event_id=event_id, skip_bad_rows=True)
    assert report.written and report.bad_rows == 3
    assert counts(database)["registrations"] == 1


def test_dry_run_reports_and_writes_nothing(database, event_id, tmp_path):
    path = tmp_path / "inscricoes.xlsx"
    registration_xlsx(path, GOOD_ROWS)
    report = do_import(database, path, event_id=event_id, dry_run=True)
    assert not report.written
    assert report.created["registrations"] == 5 and report.waitlisted == 2
    assert counts(database) == {"people": 0, "organisations": 1, "registrations": 0}


def test_semicolon_cp1252_csv(database, tmp_path):
    path = tmp_path / "empresas.csv"
    text = (
        "Lista de empresas;;;\r\n"
        ";;;\r\n"
        "Empresa;País;Morada;Sector\r\n"
        "Associação Comercial de Lisboa;Portugal;Rua das Portas de Santo Antão, 89;Comércio\r\n"
        "Cámara de Comercio España-China;España;Calle Núñez de Balboa 3;Comercio; Logística\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    table = open_table(path)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    report = do_import(database, path, kind="organisations")
    assert report.created == {"organisations": 2}
    with database.session() as s:
        names = sorted(s.scalars(select(Organisation.name)))
        assert names == ["Associação Comercial de Lisboa", "Cámara de Comercio España-China"]
        acl = s.scalar(select(Organisation).where(Organisation.country == "Portugal"))
        assert acl.address == "Rua das Portas de Santo Antão, 89" and acl.sectors == ["Comércio"]


def test_gb18030_csv_contacts(database, tmp_path):
    path = tmp_path / "联系人.csv"
    text = (
        "姓名,单位,职务,邮箱,电话\r\n"
        "李明,深圳市罗湖区商务局,副局长,liming@example.cn,+86 755 1234 5678\r\n"
        "张伟,罗湖区投资推广署,科长,,\r\n"
    )
    path.write_bytes(text.encode("gb18030"))
    assert open_table(path).encoding == "gb18030"
    report = do_import(database, path, kind="contacts")
    assert report.created == {"organisations": 2, "people": 2}
    with database.session() as s:
        li = s.scalar(select(Person).where(Person.native_name == "李明"))
        assert li.organisation.name == "深圳市罗湖区商务局" and li.position == "副局长"


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("gb18030", b"")]
)
def test_encodings_detected(tmp_path, encoding, bom):
    text = "Name,Company,Email\nJoão Conceição,Câmara Municipal,joao@cm.pt\n"
    if encoding in ("utf-8", "gb18030"):
        text += "王建国,罗湖区政府,wang@luohu.cn\n"
    path = tmp_path / "x.csv"
    path.write_bytes(bom + text.encode(encoding))
    table = open_table(path)
    expected = "utf-8-sig" if bom else encoding
    assert table.encoding == expected
    rows = list(table.rows())
    assert rows[1].cells[0] == "João Conceição"


def test_forced_encoding_and_unknown_encodings(database, tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("Name,Email\nJoão,joao@x.pt\n".encode("cp1252"))
    with pytest.raises(ExchangeError, match="'klingon' is not a text encoding"):
        open_table(path, encoding="klingon")
    with pytest.raises(ExchangeError, match="Row 2 of x.csv is not valid UTF-8 text"):
        list(open_table(path, encoding="utf-8").rows())
    assert list(open_table(path, encoding="windows-1252").rows())[1].cells[0] == "João"
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(b"Name,Email\n\x81\xff\x81\xff,a@b.cc\n")
    with pytest.raises(ExchangeError, match="Cannot tell the text encoding"):
        open_table(garbage)


def test_members_import_with_roles_in_chinese(database, tmp_path):
    with database.session() as s:
        trip = trips.create_trip(s, name="T", start_date=dt.date(2024, 9, 7), end_date=dt.date(2024, 9, 15))
        trip_id = trip.id
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "English name", "职务", "角色", "饮食"])
    ws.append(["陈立华", "Chen Lihua", "副区长", "团长", ""])
    ws.append(["周敏", "Zhou Min", "局长", "翻译", "素食"])
    wb.save(tmp_path / "members.xlsx")
    report = do_import(database, tmp_path / "members.xlsx", kind="members", trip_id=trip_id)
    assert report.created == {"people": 2, "members": 2}
    with database.session() as s:
        roles = {m.person.native_name: (m.role, m.person.latin_name) for m in trips.members(s, trip_id)}
        assert roles == {"陈立华": ("head", "Chen Lihua"), "周敏": ("interpreter", "Zhou Min")}
    report = do_import(database, tmp_path / "members.xlsx", kind="members", trip_id=trip_id)
    assert report.unchanged == {"people": 2, "members": 2}
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Membership)) == 2


def test_header_synonyms_in_four_languages():
    from desktop.exchange.columns import match_header

    for header, field in [
        ("Nombre y apellidos", "name"),
        ("Correo electrónico", "email"),
        ("E-mail *", "email"),
        ("单位名称", "organisation"),
        ("Teléfono", "phone"),
        ("Cargo", "position"),
        ("职务", "position"),
        ("联系电话", "phone"),
        ("Company name", "organisation"),
    ]:
        assert match_header(Kind.REGISTRATIONS, header) == field, header


def test_no_header_row(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    table = open_table(path)
    with pytest.raises(ExchangeError, match="No header row found"):
        detect_header(Kind.CONTACTS, table.rows())


def test_cli_import_errors_and_exit_codes(database, event_id, tmp_path, capsys):
    db = str(database.path)
    path = tmp_path / "bad.xlsx"
    registration_xlsx(path, [["Ana", "EFG", "nope", "", "", None]])
    assert main(["import", "registrations", str(path), "--db", db, "--event", str(event_id)]) == 1
    err = capsys.readouterr().err
    assert "row 4, column C (E-mail): 'nope' does not look like an email address" in err
    assert "nothing was imported" in err
    good = tmp_path / "good.xlsx"
    registration_xlsx(good, GOOD_ROWS)
    assert (
        main(["import", "registrations", str(good), "--db", db, "--event", str(event_id), "--dry-run"]) == 0
    )
    assert "would be created: 3 organisations, 5 people, 5 registrations" in capsys.readouterr().out
    assert counts(database)["registrations"] == 0
    assert main(["import", "registrations", str(good), "--db", db, "--event", str(event_id)]) == 0
    assert counts(database)["registrations"] == 5
    assert main(["import", "registrations", str(good), "--db", db]) == 1
    assert "needs an event" in capsys.readouterr().err
    assert main(["import", "registrations", str(tmp_path / "missing.xlsx"), "--db", db, "--event", "1"]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_rows_matching_directory_people_update_them_in_file_order(database, event_id, tmp_path):
    """A person matched by email, then by name (the directory is searched by name only when a row needs
    it, after earlier rows have added their own names); the changes of both rows land on that person,
    and their registration follows the person's new firm."""
    with database.session() as s:
        efg = directory.create_organisation(s, name="EFG International")
        ana = directory.create_person(s, latin_name="Ana Sousa", organisation_id=efg.id)
        rui = directory.create_person(s, latin_name="Rui Costa", email="Rui@EFG.com", organisation_id=efg.id)
        ana_id, rui_id = ana.id, rui.id
    path = tmp_path / "inscricoes.xlsx"
    registration_xlsx(
        path,
        [
            ["Rui Costa", "Joinko Group", "rui@efg.com", "", "CFO", None],
            ["Ana Sousa", "EFG International", "", "", "", None],
            ["Rui Costa", "Joinko Group", "", "+351 21 000 0000", "", None],
        ],
    )
    report = do_import(database, path, event_id=event_id)
    assert report.created == {"organisations": 1, "registrations": 2}
    assert report.updated == {"people": 1}
    assert report.unchanged == {"people": 1}
    assert report.notices == ["row 6: the same person as row 4; merged with it"]
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 2
        rui = s.get(Person, rui_id)
        assert (rui.position, rui.phone, rui.organisation.name) == ("CFO", "+351 21 000 0000", "Joinko Group")
        assert rui.version == 2
        assert s.get(Person, ana_id).version == 1
        regs = {r.person_id: r for r in s.scalars(select(Registration))}
        assert regs[rui_id].organisation.name == "Joinko Group"
        assert "joinko group" in regs[rui_id].search_key
        assert regs[ana_id].organisation_id == s.get(Person, ana_id).organisation_id


def test_a_matched_contacts_languages_change_only_when_the_list_does(database, tmp_path):
    def contacts(name: str, languages: str):
        path = tmp_path / name
        path.write_text(
            f"Name,Company,Email,Languages\nInês Câmara,Joinko Group,ines@joinko.pt,{languages}\n",
            encoding="utf-8",
        )
        return do_import(database, path, kind="contacts")

    contacts("a.csv", '"Portuguese, English"')
    assert contacts("b.csv", "Portuguese; English").unchanged == {"people": 1}
    assert contacts("c.csv", '"Portuguese, Spanish"').updated == {"people": 1}
    with database.session() as s:
        ines = s.scalar(select(Person).where(Person.email == "ines@joinko.pt"))
        assert (ines.languages, ines.version) == (["Portuguese", "Spanish"], 2)
        assert ines.search_key == "ines camara ines@joinko.pt"
