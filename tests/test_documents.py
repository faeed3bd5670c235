"""The PDF documents, parsed back: structure, names in both scripts, local times, literal markup,
options, progress and cancellation, reproducible bytes, and a real render by poppler."""

from __future__ import annotations

import io
import re
import shutil
import socket
import subprocess
import threading

import pytest
from pypdf import PdfReader

from desktop.documents import (
    DocumentCancelled,
    DocumentRequest,
    describe,
    render_document,
)
from desktop.documents.data import gather_pack
from desktop.services.errors import NotFound, ValidationError
from tests.fixtures_documents import (
    MARKUP_NAME,
    MARKUP_NOTE,
    build_small_trip,
    outline_titles,
    page_lines,
    pdf_text,
    squash,
)


@pytest.fixture
def small(database):
    with database.session() as session:
        return build_small_trip(session)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """reportlab must never fetch anything (an <img src=...> in user text would make it try)."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def render(database, kind, **kw) -> bytes:
    pdf = render_document(database, DocumentRequest(kind, **kw))
    assert pdf.startswith(b"%PDF-")
    return pdf


# --- the pack ---------------------------------------------------------------------------------------------


def test_pack_has_cover_contents_and_an_outline_whose_pages_match_the_contents(database, small):
    pdf = render(database, "pack", trip_id=small.trip_id, confidential=True)
    pages = pdf_text(pdf)
    outline = outline_titles(pdf)
    titles = [t for _, t, _ in outline]
    for section in (
        "Trip overview",
        "Delegation",
        "Programme",
        "Meeting briefs",
        "Events",
        "Contacts directory",
    ):
        assert section in titles
    # one brief per meeting, under 'Meeting briefs', and each day under 'Programme'
    assert (1, "Ibérica Salud", outline[titles.index("Ibérica Salud")][2]) in outline
    assert any(level == 1 and t.startswith("Tue 10 Sep") for level, t, _ in outline)
    assert any(level == 1 and t == MARKUP_NAME for level, t, _ in outline)
    # The contents page lists each section with the page the outline points to.
    contents = page_lines(pdf, 1)
    assert contents[1] == "Contents"
    listed = [line for line in contents if re.search(r"\. \d+$", line)]
    expected = [(t, p) for level, t, p in outline if level <= 1 and t != "Contents"]
    assert len(listed) == len(expected)
    for line, (title, page) in zip(listed, expected, strict=True):
        assert re.fullmatch(re.escape(title) + r"[ .]+" + str(page), line), (line, title, page)
    # every page after the cover says which page it is, and the mark
    total = len(pages)
    assert total >= 8
    assert "Page 2 of" in pages[1] and f"Page {total} of {total}" in pages[-1]
    assert all("CONFIDENTIAL" in p for p in pages)
    assert "Page 1 of" not in pages[0]


def test_pack_prints_names_in_both_scripts_with_accents(database, small):
    text = squash(" ".join(pdf_text(render(database, "pack", trip_id=small.trip_id))))
    for name in ("陈立华", "Chen Lihua", "林雪", "João Conceição", "Inês Simões", "Palácio Conde de Ourém"):
        assert name in text
    assert "Director de Negócios" in text


def test_times_are_local_with_the_zone_of_where_they_happen(database, small):
    text = squash(" ".join(pdf_text(render(database, "pack", trip_id=small.trip_id))))
    # Madrid meeting 10:00 local (08:00 UTC) in CEST; Lisbon meeting 10:00 local (09:00 UTC) in WEST.
    assert re.search(r"10:00–11:30 CEST Meeting Meeting with Ibérica Salud", text, re.I)
    assert re.search(r"10:00–11:30 WEST Meeting Meeting with Global Media Group", text, re.I)
    assert "08:00" not in text and "09:00–10:30" not in text
    # the hotel runs over days: both ends with their zone and the day count
    assert re.search(r"14:00 WEST – 10:00 \(\+2\) WEST", text)


def test_user_markup_prints_literally_and_nothing_is_fetched(database, small):
    for kind, ident in (
        ("pack", {"trip_id": small.trip_id}),
        ("agenda", {"meeting_id": small.markup_meeting_id}),
        ("signin", {"event_id": small.event_id}),
        ("badges", {"event_id": small.event_id}),
        ("tentcards", {"event_id": small.event_id}),
        ("followups", {"trip_id": small.trip_id}),
    ):
        pdf = render(database, kind, **ident)
        text = squash(" ".join(pdf_text(pdf)))
        assert '<b>Bold</b> & Co <img src="http://example.invalid/x.png">' in text, kind
        if kind in ("pack", "agenda", "followups"):
            assert 'Bring <b>gifts</b> & <font color="red">flags</font>' in text, kind
        reader = PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            xobjects = page["/Resources"].get("/XObject") or {}
            assert not any(xobjects[name].get("/Subtype") == "/Image" for name in xobjects), kind
    assert MARKUP_NOTE  # the fixture's note is the one checked above


def test_personal_pack_holds_only_what_the_member_attends(database, small):
    pdf = render(database, "pack", trip_id=small.trip_id, member_id=small.member_id)
    titles = [t for _, t, _ in outline_titles(pdf)]
    assert "Ibérica Salud" in titles  # Lin Xue interprets in Madrid
    assert "Global Media Group" not in titles
    text = squash(" ".join(pdf_text(pdf)))
    assert "Personal pack for Lin Xue" in text.replace("林雪 (Lin Xue)", "Lin Xue")


def test_date_range_limits_the_programme_and_the_briefs(database, small):
    import datetime as dt

    pdf = render(
        database, "pack", trip_id=small.trip_id, date_from=dt.date(2024, 9, 12), date_to=dt.date(2024, 9, 12)
    )
    titles = [t for _, t, _ in outline_titles(pdf)]
    assert "Global Media Group" in titles and "Ibérica Salud" not in titles
    assert "Economic & Trade Conference" in titles


def test_chinese_and_bilingual_labels(database, small):
    zh = squash(" ".join(pdf_text(render(database, "pack", trip_id=small.trip_id, lang="zh"))))
    assert "日程安排" in zh and "会见简报" in zh and "2024年9月10日 星期二" in zh
    assert "Programme" not in zh
    both = squash(
        " ".join(pdf_text(render(database, "agenda", meeting_id=small.lisbon_meeting_id, lang="bilingual")))
    )
    assert "Agenda" in both and "议程" in both and "Their attendees" in both and "对方出席人员" in both


def test_letter_paper(database, small):
    reader = PdfReader(io.BytesIO(render(database, "programme", trip_id=small.trip_id, page_size="Letter")))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_fonts_are_embedded(database, small):
    reader = PdfReader(io.BytesIO(render(database, "agenda", meeting_id=small.madrid_meeting_id)))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the TrueType program itself is in the file
        assert "WenQuanYiMicroHei" in str(font["/BaseFont"])


# --- the other documents ----------------------------------------------------------------------------------


def test_agenda_is_short_with_running_times_and_no_internal_material(database, small):
    pdf = render(database, "agenda", meeting_id=small.madrid_meeting_id)
    pages = pdf_text(pdf)
    assert len(pages) <= 2
    text = squash(" ".join(pages))
    assert "Ibérica Salud" in text and "Inês Simões" in text and "陈立华" in text
    assert re.search(r"1 10:00 Welcome 陈立华 \(Chen Lihua\) 10", text)
    assert re.search(r"2 10:10 Health policy 20", text)
    assert "Talking points" not in text  # handed to the other side


def test_programme_is_one_page_per_day_and_can_show_one_day(database, small):
    import datetime as dt

    pages = pdf_text(render(database, "programme", trip_id=small.trip_id))
    days = [p for p in pages if "Daily programme" in p.split("\n")[0] or "DAILY PROGRAMME" in p]
    assert len(pages) == 4 == len(days)  # 10, 11, 12, 13 September
    one = pdf_text(render(database, "programme", trip_id=small.trip_id, day=dt.date(2024, 9, 12)))
    assert len(one) == 1 and "Thursday 12 September 2024" in one[0]
    empty = pdf_text(render(database, "programme", trip_id=small.trip_id, day=dt.date(2024, 9, 20)))
    assert "Nothing scheduled." in empty[0]


def test_signin_sheet_lists_the_seated_by_family_name_with_signature_column(database, small):
    text = squash(" ".join(pdf_text(render(database, "signin", event_id=small.event_id))))
    assert "Signature" in text and "3 registered" in text
    assert text.index("João Conceição") < text.index("Inês Simões")  # Conceição before Simões
    assert "VIP" in text and "Walk-ins" in text


def test_badges_eight_per_sheet_and_tent_cards_one_per_sheet(database, small):
    with database.session() as session:
        from tests.fixtures_documents import add_registrants

        add_registrants(session, small.event_id, 14)
    badges = pdf_text(render(database, "badges", event_id=small.event_id))
    assert len(badges) == 3  # 17 seated: 8 + 8 + 1
    assert "João Conceição" in " ".join(badges) and "Global Media Group" in " ".join(badges)
    cards = pdf_text(render(database, "tentcards", event_id=small.event_id))
    assert len(cards) == 17
    assert sum("João Conceição" in page for page in cards) == 1


def test_badges_and_tent_cards_for_guests_chosen_at_the_desk(database, small):
    """A walk-in registered at the desk gets a badge now, without printing everyone's again, and without
    being checked in; the staff's choice counts whatever the status (here a guest still waitlisted)."""
    from sqlalchemy import select

    from db.models import Person, Registration
    from desktop.services import directory, registrations

    with database.session() as session:
        walk_in = directory.create_person(session, latin_name="Beatriz Amaral", native_name="贝娅")
        registrations.set_capacity(session, small.event_id, 3)
        reg = registrations.register(session, small.event_id, walk_in.id)
        assert reg.status == "waitlisted"
        ines = session.scalar(select(Registration.id).join(Person).where(Person.latin_name == "Inês Simões"))
        chosen, other = reg.id, ines
    badges = " ".join(
        pdf_text(render(database, "badges", event_id=small.event_id, registration_ids=(chosen,)))
    )
    assert "Beatriz Amaral" in badges and "João Conceição" not in badges
    cards = pdf_text(render(database, "tentcards", event_id=small.event_id, registration_ids=(chosen, other)))
    assert len(cards) == 2
    with database.session() as session:
        assert session.get(Registration, chosen).checked_in_at is None  # printing checks nobody in
    with pytest.raises(ValidationError, match="no registration 999999"):
        render(database, "badges", event_id=small.event_id, registration_ids=(chosen, 999999))
    with pytest.raises(ValidationError, match="not made for chosen guests"):
        render(database, "signin", event_id=small.event_id, registration_ids=(chosen,))


def test_followup_report_groups_actions_and_shows_outcomes(database, small):
    pdf = render(database, "followups", trip_id=small.trip_id)
    titles = [t for _, t, _ in outline_titles(pdf)]
    assert titles[:2] == ["Summary", "Actions by organisation"]
    assert "Actions by owner" in titles and "Meeting outcomes" in titles
    text = squash(" ".join(pdf_text(pdf)))
    assert "Send the press kit" in text and "20 Sep 2024" in text
    assert "Agreed to a series of articles." in text
    assert "overdue" in text  # due 20 Sep 2024, long past


# --- the API ----------------------------------------------------------------------------------------------


def test_describe_lists_every_kind_for_the_chooser():
    kinds = {k.kind: k for k in describe()}
    assert set(kinds) == {"pack", "agenda", "programme", "badges", "signin", "tentcards", "followups"}
    assert kinds["agenda"].subject == "meeting" and kinds["badges"].subject == "event"
    assert "member_id" in kinds["pack"].options


def test_bad_requests_name_what_is_wrong(database, small):
    with pytest.raises(ValidationError) as err:
        render_document(database, DocumentRequest("pack", lang="fr", page_size="A3"))
    fields = {e.field for e in err.value.errors}
    assert fields == {"trip_id", "lang", "page_size"}
    with pytest.raises(ValidationError, match="not a document"):
        render_document(database, DocumentRequest("poster", trip_id=1))
    with pytest.raises(NotFound, match="No meeting with id 999"):
        render_document(database, DocumentRequest("agenda", meeting_id=999))
    with pytest.raises(ValidationError, match="João Conceição .* is not on this trip's delegation"):
        render_document(database, DocumentRequest("pack", trip_id=small.trip_id, member_id=small.contact_id))
    with pytest.raises(NotFound, match="No person with id 999999"):
        render_document(database, DocumentRequest("pack", trip_id=small.trip_id, member_id=999999))


def test_progress_rises_to_the_end_and_cancel_stops(database, small):
    seen: list[tuple[int, int]] = []
    render_document(
        database, DocumentRequest("pack", trip_id=small.trip_id), progress=lambda d, t: seen.append((d, t))
    )
    done = [d for d, _ in seen]
    assert done == sorted(done) and len(set(done)) == len(done) and len(done) > 10
    assert seen[-1] == (100, 100)

    calls = {"n": 0}

    def cancel_midway() -> bool:
        calls["n"] += 1
        return calls["n"] > 20

    with pytest.raises(DocumentCancelled):
        render_document(database, DocumentRequest("pack", trip_id=small.trip_id), cancelled=cancel_midway)
    # the lock was released: the next render works
    assert render(database, "agenda", meeting_id=small.madrid_meeting_id)


def test_concurrent_renders_take_turns_and_both_succeed(database, small):
    results: dict[str, bytes] = {}
    errors: list[BaseException] = []

    def work(name: str, request: DocumentRequest) -> None:
        try:
            results[name] = render_document(database, request)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=work, args=("pack", DocumentRequest("pack", trip_id=small.trip_id))),
        threading.Thread(target=work, args=("signin", DocumentRequest("signin", event_id=small.event_id))),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(PdfReader(io.BytesIO(results["pack"])).pages) >= 8
    assert "Signature" in pdf_text(results["signin"])[0]


def test_same_data_and_source_date_epoch_give_identical_bytes(database, small, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1726099200")  # 12 Sep 2024
    request = DocumentRequest("pack", trip_id=small.trip_id, lang="bilingual", confidential=True)
    first = render_document(database, request)
    second = render_document(database, request)
    assert first == second
    assert b"D:20240912" in first  # the creation date comes from SOURCE_DATE_EPOCH
    assert (
        "Prepared 12 Sep 2024" in pdf_text(render(database, "agenda", meeting_id=small.madrid_meeting_id))[0]
    )


def test_gathered_pack_data_is_plain(database, small):
    import datetime as dt

    with database.session() as session:
        data = gather_pack(session, small.trip_id, today=dt.date(2024, 9, 1))
    assert [m.heading for m in data.meetings] == ["Ibérica Salud", "Global Media Group", MARKUP_NAME]
    assert [c.city for c in data.cities] == ["Madrid", "Lisbon"]
    assert data.trip.head is not None and data.trip.head.native_name == "陈立华"
    assert data.events[0].seated == 3 and [v.person.latin_name for v in data.events[0].vips] == [
        "João Conceição"
    ]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_poppler_renders_the_pages(database, small, tmp_path):
    pdf_path = tmp_path / "pack.pdf"
    pdf_path.write_bytes(render(database, "pack", trip_id=small.trip_id, lang="bilingual"))
    command = ["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "6", str(pdf_path), str(tmp_path / "p")]
    subprocess.run(command,
                   check=True, capture_output=True, timeout=60)  # fmt: skip
    images = sorted(tmp_path.glob("p-*.pgm"))
    assert len(images) == 6
    for image in images:
        header, pixels = _read_pgm(image.read_bytes())
        dark = sum(1 for value in pixels if value < 128)
        assert dark > 0.002 * len(pixels), f"{image.name} looks blank"


def _read_pgm(data: bytes) -> tuple[tuple[int, int], bytes]:
    parts = data.split(maxsplit=4)
    assert parts[0] == b"P5"
    width, height = int(parts[1]), int(parts[2])
    return (width, height), parts[4][: width * height]


def test_a_render_waiting_for_its_turn_can_be_cancelled(database, small):
    from desktop.documents import _render_lock

    with _render_lock, pytest.raises(DocumentCancelled):  # another document is being drawn
        render_document(database, DocumentRequest("pack", trip_id=small.trip_id), cancelled=lambda: True)
