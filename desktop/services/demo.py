"""The demo trip: the Luohu District (Shenzhen) delegation to Spain and Portugal, September 2024.

Built from the press release of 15 September 2024 (``shared/seed``): the Lisbon economic and trade
cooperation conference on Thursday 12 September with 30+ Portuguese companies and institutions (Oeiras
Valley Investment Agency, Timing Group, …), the meetings with Global Media Group, Joinko Group and EFG
International, and the sectors it names. Everything the release does not say — flights, hotels, the Madrid
leg, members' names, contacts, times, addresses, outcomes — is plausible but FICTIONAL, and marked so.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.models import Trip
from desktop.services import directory, followups, itinerary, meetings, registrations, trips

FICTIONAL = "Demo data: names, contacts, times and outcomes are fictional."
LIS, MAD, SZX = "Europe/Lisbon", "Europe/Madrid", "Asia/Shanghai"

MEMBERS = [
    # native, latin, family, given, position, role, phone, languages, dietary
    (
        "陈立华",
        "Chen Lihua",
        "Chen",
        "Lihua",
        "Deputy District Mayor, Luohu District People's Government",
        "head",
        "+86 138 0000 1001",
        "zh, en",
        "",
    ),
    (
        "周敏",
        "Zhou Min",
        "Zhou",
        "Min",
        "Director, Luohu Investment Promotion Bureau",
        "deputy",
        "+86 138 0000 1002",
        "zh, en",
        "",
    ),
    (
        "黄志强",
        "Huang Zhiqiang",
        "Huang",
        "Zhiqiang",
        "Deputy Director, Luohu Commerce Bureau",
        "member",
        "+86 138 0000 1003",
        "zh",
        "no pork",
    ),
    (
        "刘静",
        "Liu Jing",
        "Liu",
        "Jing",
        "Head, Health Industry Development Office",
        "member",
        "+86 138 0000 1004",
        "zh, en",
        "vegetarian",
    ),
    (
        "吴晓峰",
        "Wu Xiaofeng",
        "Wu",
        "Xiaofeng",
        "Head, Financial Services Office",
        "member",
        "+86 138 0000 1005",
        "zh, en",
        "",
    ),
    (
        "林雪",
        "Lin Xue",
        "Lin",
        "Xue",
        "Interpreter (Portuguese, Spanish, English)",
        "interpreter",
        "+86 138 0000 1006",
        "zh, pt, es, en",
        "",
    ),
    (
        "郑凯",
        "Zheng Kai",
        "Zheng",
        "Kai",
        "Delegation secretariat, Luohu Foreign Affairs Office",
        "staff",
        "+86 138 0000 1007",
        "zh, en",
        "",
    ),
]

PLACES = {
    "szx": (
        "Shenzhen Bao'an International Airport",
        "Bao'an District, Shenzhen",
        "Shenzhen",
        "China",
        SZX,
        "",
    ),
    "mad": (
        "Madrid-Barajas Adolfo Suárez Airport, T4",
        "Av. de la Hispanidad, 28042 Madrid",
        "Madrid",
        "Spain",
        MAD,
        "",
    ),
    "mad_hotel": (
        "Hotel Puerta de Alcalá (demo)",
        "Calle de Alcalá 66, 28009 Madrid",
        "Madrid",
        "Spain",
        MAD,
        "+34 91 000 1000",
    ),
    "mad_venue": (
        "Ibérica Salud Tecnologías offices (demo)",
        "Paseo de la Castellana 95, 28046 Madrid",
        "Madrid",
        "Spain",
        MAD,
        "+34 91 000 2000",
    ),
    "mad_park": (
        "Parque Científico de Madrid (demo visit)",
        "Calle Faraday 7, 28049 Madrid",
        "Madrid",
        "Spain",
        MAD,
        "",
    ),
    "mad_bank": (
        "Banco Meseta Inversiones (demo)",
        "Calle de Serrano 45, 28001 Madrid",
        "Madrid",
        "Spain",
        MAD,
        "+34 91 000 3000",
    ),
    "prado": (
        "Museo Nacional del Prado",
        "Calle de Ruiz de Alarcón 23, 28014 Madrid",
        "Madrid",
        "Spain",
        MAD,
        "",
    ),
    "lis": (
        "Lisbon Humberto Delgado Airport",
        "Alameda das Comunidades Portuguesas, 1700-111 Lisboa",
        "Lisbon",
        "Portugal",
        LIS,
        "",
    ),
    "lis_hotel": (
        "Hotel Avenida da Liberdade (demo)",
        "Avenida da Liberdade 180, 1250-146 Lisboa",
        "Lisbon",
        "Portugal",
        LIS,
        "+351 21 000 1000",
    ),
    "lis_venue": (
        "Palácio Conde de Ourém – Sala Atlântico (demo venue)",
        "Rua do Século 51, 1200-433 Lisboa",
        "Lisbon",
        "Portugal",
        LIS,
        "+351 21 000 2000",
    ),
    "gmg": (
        "Global Media Group offices (demo address)",
        "Avenida da Liberdade 266, 1250-149 Lisboa",
        "Lisbon",
        "Portugal",
        LIS,
        "",
    ),
    "joinko": (
        "Joinko Group offices (demo address)",
        "Rua Castilho 39, 1250-068 Lisboa",
        "Lisbon",
        "Portugal",
        LIS,
        "",
    ),
    "efg": (
        "EFG International, Lisbon office (demo address)",
        "Avenida Engenheiro Duarte Pacheco 26, 1070-110 Lisboa",
        "Lisbon",
        "Portugal",
        LIS,
        "",
    ),
    "oeiras": (
        "Taguspark, Oeiras (demo visit)",
        "Avenida Jacques Delors, 2740-122 Oeiras",
        "Oeiras",
        "Portugal",
        LIS,
        "",
    ),
}

# name, local name, kind, sectors, city, profile
ORGANISATIONS = [
    (
        "Global Media Group",
        "Global Media Group, S.A.",
        "media",
        "media",
        "Lisbon",
        "Portuguese media group (newspapers, radio, digital). "
        "Met the delegation in Lisbon in September 2024.",
    ),
    (
        "Joinko Group",
        "Joinko Group",
        "company",
        "business services",
        "Lisbon",
        "Met the delegation in Lisbon in September 2024 (business services, trade links with China).",
    ),
    (
        "EFG International",
        "EFG International",
        "bank",
        "finance",
        "Lisbon",
        "International private banking group with a presence in Lisbon. "
        "Met the delegation in September 2024.",
    ),
    (
        "Oeiras Valley Investment Agency",
        "Oeiras Valley Investment Agency (OVIA)",
        "investment_agency",
        "business services, health",
        "Oeiras",
        "Investment promotion agency of the Oeiras municipality; attended "
        "the Lisbon conference of 12 September 2024.",
    ),
    (
        "Timing Group",
        "Timing Group",
        "company",
        "business services",
        "Lisbon",
        "Attended the Lisbon conference of 12 September 2024.",
    ),
    (
        "Ibérica Salud Tecnologías (demo)",
        "Ibérica Salud Tecnologías, S.L.",
        "company",
        "medical devices, health",
        "Madrid",
        "Fictional Madrid maker of diagnostic devices.",
    ),
    (
        "Banco Meseta Inversiones (demo)",
        "Banco Meseta Inversiones, S.A.",
        "bank",
        "finance",
        "Madrid",
        "Fictional Madrid investment bank with an Asia desk.",
    ),
    (
        "Asociación Empresarial Hispano-China (demo)",
        "Asociación Empresarial Hispano-China",
        "association",
        "business services",
        "Madrid",
        "Fictional business association.",
    ),
]

# Fictional Portuguese companies and institutions at the conference: name, kind, sectors.
CONFERENCE_GUESTS = [
    ("Saúde Atlântica, S.A.", "company", "health"),
    ("Lusitânia Dispositivos Médicos, Lda.", "company", "medical devices"),
    ("Banco Tejo Digital", "bank", "finance"),
    ("Turismo Cultural do Alentejo", "association", "cultural tourism"),
    ("Conceição & Irmãos Consultoria", "company", "business services"),
    ("Instituto de Inovação Médica do Porto", "research", "health, medical devices"),
    ("Gonçalves Seguros, S.A.", "company", "finance"),
    ("Rádio Oceano Comunicação", "media", "media"),
    ("Associação Portuguesa de Estética Médica", "association", "health"),
    ("Fundação Cultura e Património", "association", "cultural tourism"),
    ("Ourivesaria Simões & Filhos", "company", "business services"),
    ("Clínica São João de Deus (demo)", "company", "health"),
    ("Capital Lusa Investimentos", "company", "finance"),
    ("Escola de Hotelaria de Sintra", "education", "cultural tourism"),
    ("Biotech Tagus, Lda.", "company", "health"),
    ("Agência de Viagens Marés", "company", "cultural tourism"),
    ("Jornal Económico do Sul (demo)", "media", "media"),
    ("Câmara de Comércio Luso-Asiática (demo)", "association", "business services"),
    ("Universidade Nova – Centro de Saúde Digital (demo)", "research", "health"),
    ("Pinto & Araújo Advogados", "company", "business services"),
    ("Vinhos da Quinta do Açor", "company", "business services"),
    ("Fintech Alfama", "company", "finance"),
    ("Grupo Hospitalar Estrela (demo)", "company", "health"),
    ("Museu Vivo de Lisboa (demo)", "association", "cultural tourism"),
    ("Logística Atlântico Norte", "company", "business services"),
    ("Farmacêutica Bragança, S.A.", "company", "health"),
    ("Porto Design & Joalharia", "company", "business services"),
]

GIVEN = [
    "Ana",
    "João",
    "Inês",
    "Tiago",
    "Beatriz",
    "Rui",
    "Sofia",
    "Miguel",
    "Mariana",
    "Gonçalo",
    "Leonor",
    "Duarte",
    "Catarina",
    "Nuno",
    "Joana",
    "André",
    "Marta",
    "Pedro",
    "Rita",
    "Henrique",
    "Matilde",
    "Luís",
    "Carolina",
    "Vasco",
    "Íris",
    "Simão",
    "Teresa",
    "Frederico",
    "Helena",
    "Bruno",
    "Lúcia",
    "Sebastião",
]
FAMILY = [
    "Conceição",
    "Gonçalves",
    "Simões",
    "Araújo",
    "Magalhães",
    "Brandão",
    "Figueirêdo",
    "Sousa",
    "Gaspar",
    "Fonseca",
    "Assunção",
    "Valente",
    "Loureiro",
    "Patrício",
    "Estêvão",
    "Antunes",
    "Mendonça",
    "Câmara",
    "Barão",
    "Leitão",
    "Sequeira",
    "Quintão",
    "Teixeira",
    "Falcão",
    "Gusmão",
    "Rebelo",
    "Ribeiro",
    "Correia",
    "Amaral",
    "Lobão",
    "Pestana",
    "Brás",
]
POSITIONS = [
    "Chief Executive Officer",
    "Director of International Business",
    "Managing Partner",
    "Head of Asia Desk",
    "Board Member",
    "Business Development Manager",
    "President",
    "Director of Investment Promotion",
]


def _local(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A wall-clock time in September 2024 (naive: the item's zone gives it meaning)."""
    return dt.datetime(2024, 9, day, hour, minute)


def build_demo(session: Session) -> Trip:
    """Write the demo trip through the services (so it obeys every rule) and return it."""
    trip = trips.create_trip(
        session,
        name="Luohu District Delegation to Spain and Portugal",
        organiser="Luohu District People's Government, Shenzhen",
        purpose="Explore economic and trade cooperation in Spain and Portugal: investment promotion for "
        "Luohu's finance, business services, health (medical aesthetics, medical devices, life sciences), "
        "media and cultural tourism sectors; the China (Shenzhen·Luohu) – Portugal (Lisbon) Economic and "
        "Trade Cooperation and Exchange Conference in Lisbon.",
        start_date=dt.date(2024, 9, 8),
        end_date=dt.date(2024, 9, 15),
        home_timezone=SZX,
        notes=FICTIONAL + " Source of the real facts: press release of 15 September 2024.",
    )
    members = []
    for native, latin, family, given, position, role, phone, langs, diet in MEMBERS:
        person = directory.create_person(
            session,
            native_name=native,
            latin_name=latin,
            family_name=family,
            given_name=given,
            position=position,
            phone=phone,
            languages=langs,
            dietary_needs=diet,
            email=f"{given.lower()}.{family.lower()}@luohu.example.cn",
            notes=FICTIONAL,
        )
        trips.add_member(session, trip.id, person.id, role)
        members.append(person)
    head, deputy, commerce, health, finance, interpreter, staff = (p.id for p in members)

    places = {
        key: directory.create_place(session, name=n, address=a, city=c, country=co, timezone=tz, phone=ph).id
        for key, (n, a, c, co, tz, ph) in PLACES.items()
    }

    orgs: dict[str, int] = {}
    contacts: dict[str, list[int]] = {}
    people_i = 0
    for name, local, kind, sectors, city, profile in ORGANISATIONS:
        country = "Spain" if city == "Madrid" else "Portugal"
        org = directory.create_organisation(
            session,
            name=name,
            local_name=local,
            kind=kind,
            sectors=sectors,
            country=country,
            city=city,
            profile=profile,
        )
        orgs[name] = org.id
        contacts[name] = []
        for k in range(2):
            given, family = GIVEN[people_i % len(GIVEN)], FAMILY[(people_i * 7 + k) % len(FAMILY)]
            people_i += 1
            contact = directory.create_person(
                session,
                given_name=given,
                family_name=family,
                latin_name=f"{given} {family}",
                honorific="Dr." if k == 0 else "",
                position=POSITIONS[people_i % len(POSITIONS)],
                job_title=POSITIONS[people_i % len(POSITIONS)],
                organisation_id=org.id,
                email=f"{_ascii(given)}.{_ascii(family)}@{_ascii(name.split()[0])}.example.pt",
                phone=f"+351 21 {100 + people_i:03d} {1000 + people_i:04d}",
                languages="pt, en",
                notes=FICTIONAL,
            )
            contacts[name].append(contact.id)

    def item(kind: str, title: str, start: dt.datetime, end: dt.datetime, place: str, **kw) -> int:  # type: ignore[no-untyped-def]
        return itinerary.create_item(
            session,
            trip.id,
            kind=kind,
            title=title,
            start=start,
            end=end,
            place_id=places[place],
            status=kw.pop("status", "confirmed"),
            **kw,
        ).id

    # --- travel and stays ---
    item(
        "flight",
        "Shenzhen → Madrid",
        _local(8, 1, 30),
        _local(8, 8, 10),
        "szx",
        destination_id=places["mad"],
        carrier="Shenzhen Airlines (demo)",
        travel_number="ZH 9011",
        booking_ref="LHX7Q2",
        start_tz=SZX,
        end_tz=MAD,
        notes="Check-in closes 60 min before departure. " + FICTIONAL,
    )
    item(
        "transfer",
        "Airport → hotel (coach)",
        _local(8, 9, 0),
        _local(8, 10, 0),
        "mad",
        destination_id=places["mad_hotel"],
        carrier="Autocares Castilla (demo)",
        booking_ref="AC-5521",
    )
    madrid_hotel = item(
        "hotel",
        "Hotel Puerta de Alcalá",
        _local(8, 14, 0),
        _local(11, 6, 30),
        "mad_hotel",
        confirmation_number="PDA-240908-17",
    )
    item(
        "briefing",
        "Internal briefing: Madrid programme",
        _local(8, 17, 0),
        _local(8, 18, 0),
        "mad_hotel",
        description="Objectives for Spain; roles at each meeting; gifts and protocol.",
    )
    item(
        "transfer",
        "Hotel → airport",
        _local(11, 6, 45),
        _local(11, 7, 30),
        "mad_hotel",
        destination_id=places["mad"],
        carrier="Autocares Castilla (demo)",
        booking_ref="AC-5522",
    )
    item(
        "flight",
        "Madrid → Lisbon",
        _local(11, 9, 5),
        _local(11, 9, 25),
        "mad",
        destination_id=places["lis"],
        carrier="TAP Air Portugal",
        travel_number="TP 1027",
        booking_ref="TPQ4M8",
        start_tz=MAD,
        end_tz=LIS,
    )
    item(
        "transfer",
        "Airport → hotel (coach)",
        _local(11, 10, 0),
        _local(11, 10, 45),
        "lis",
        destination_id=places["lis_hotel"],
        carrier="Transportes Tejo (demo)",
        booking_ref="TT-0911",
    )
    lisbon_hotel = item(
        "hotel",
        "Hotel Avenida da Liberdade",
        _local(11, 11, 0),
        _local(14, 8, 30),
        "lis_hotel",
        confirmation_number="AVL-77120",
    )
    item(
        "transfer",
        "Hotel → airport",
        _local(14, 8, 45),
        _local(14, 9, 30),
        "lis_hotel",
        destination_id=places["lis"],
        carrier="Transportes Tejo (demo)",
        booking_ref="TT-0914",
    )
    item(
        "flight",
        "Lisbon → Shenzhen (via Beijing)",
        _local(14, 12, 0),
        _local(15, 11, 30),
        "lis",
        destination_id=places["szx"],
        carrier="Air China (demo)",
        travel_number="CA 842 / CA 1313",
        booking_ref="CAZ9P1",
        start_tz=LIS,
        end_tz=SZX,
    )
    for hotel in (madrid_hotel, lisbon_hotel):
        for i, person in enumerate(members):
            itinerary.set_room(session, hotel, person.id, f"{5 if hotel == madrid_hotel else 7}{i + 1:02d}")

    # --- Madrid ---
    _meeting(
        session,
        trip.id,
        orgs["Ibérica Salud Tecnologías (demo)"],
        "Meeting with Ibérica Salud Tecnologías",
        _local(9, 10, 0),
        _local(9, 11, 30),
        places["mad_venue"],
        MAD,
        ours=[head, deputy, health, interpreter],
        theirs=contacts["Ibérica Salud Tecnologías (demo)"],
        interpreter=interpreter,
        status="held",
        objectives="Present Luohu's incentives for medical-device makers; explore a Shenzhen R&D office.",
        background="Fictional Madrid maker of point-of-care diagnostic devices, looking for Asian partners.",
        talking_points="• Luohu's 10 measures for medical aesthetics (end of 2023)\n"
        "• Shenzhen-Europe Innovation Medicine and Health Research Center\n• Clinical trial pathways",
        agenda=[
            ("Welcome and introductions", 10, head),
            ("Luohu health industry policy", 20, health),
            ("Company presentation", 25, None),
            ("Cooperation opportunities", 25, deputy),
            ("Next steps", 10, head),
        ],
        outcome="Interest in a joint clinical evaluation with a Luohu hospital; product brochures received.",
        actions=[
            ("Send the health-industry incentive package in Spanish", health, dt.date(2024, 9, 30), "done"),
            ("Arrange a video call with the Research Center", deputy, dt.date(2024, 10, 15), "open"),
        ],
    )
    item(
        "meal",
        "Working lunch with the Asociación Empresarial Hispano-China",
        _local(9, 12, 30),
        _local(9, 14, 0),
        "mad_hotel",
        participants=[head, deputy, commerce, interpreter],
    )
    item(
        "visit",
        "Site visit: Parque Científico de Madrid",
        _local(9, 15, 30),
        _local(9, 17, 0),
        "mad_park",
        participants=[head, health, finance, interpreter, staff],
    )
    _meeting(
        session,
        trip.id,
        orgs["Banco Meseta Inversiones (demo)"],
        "Meeting with Banco Meseta Inversiones",
        _local(10, 10, 0),
        _local(10, 11, 30),
        places["mad_bank"],
        MAD,
        ours=[deputy, finance, interpreter],
        theirs=contacts["Banco Meseta Inversiones (demo)"],
        interpreter=interpreter,
        status="held",
        objectives="Present Luohu as a base for financial services (100+ licensed financial institutions).",
        background="Fictional investment bank with an Asia desk.",
        talking_points="• Service industry = 94 % of Luohu's GDP\n• Incentive policies for financial firms",
        agenda=[
            ("Introductions", 10, deputy),
            ("Luohu's financial sector", 30, finance),
            ("Questions and answers", 30, None),
            ("Wrap-up", 10, deputy),
        ],
        outcome="Bank will study a representative office in Shenzhen; "
        "asked for data on licensed institutions.",
        actions=[
            ("Send data on Luohu's licensed financial institutions", finance, dt.date(2024, 10, 1), "open")
        ],
    )
    item(
        "visit",
        "Cultural visit: Museo del Prado",
        _local(10, 15, 0),
        _local(10, 17, 30),
        "prado",
        description="Cultural tourism exchange; guided visit.",
    )

    # --- Lisbon ---
    _meeting(
        session,
        trip.id,
        orgs["Global Media Group"],
        "Meeting with Global Media Group",
        _local(11, 14, 30),
        _local(11, 15, 45),
        places["gmg"],
        LIS,
        ours=[head, deputy, commerce, interpreter],
        theirs=contacts["Global Media Group"],
        interpreter=interpreter,
        status="held",
        objectives="Media cooperation: coverage of Luohu's opening-up; cultural creativity exchange.",
        background="Portuguese media group. Named in the press release of 15 September 2024.",
        talking_points="• Luohu's cultural creativity, gold and jewellery industries\n• Joint features on "
        "Shenzhen–Lisbon trade",
        agenda=[
            ("Welcome", 10, head),
            ("Luohu today: finance, commerce, business services", 20, deputy),
            ("Media cooperation ideas", 30, None),
            ("Next steps", 15, head),
        ],
        outcome="Agreed to explore a series of articles on Shenzhen–Portugal business ties.",
        actions=[
            ("Send press kit and photos of the conference", staff, dt.date(2024, 9, 20), "done"),
            ("Propose an interview with the head of delegation", commerce, dt.date(2024, 10, 31), "open"),
        ],
    )
    item("briefing", "Conference preparation", _local(11, 17, 0), _local(11, 18, 0), "lis_hotel")

    conference = itinerary.create_event(
        session,
        trip.id,
        title="China (Shenzhen·Luohu) – Portugal (Lisbon) Economic and Trade Cooperation and "
        "Exchange Conference",
        start=_local(12, 9, 30),
        end=_local(12, 12, 30),
        place_id=places["lis_venue"],
        status="confirmed",
        capacity=60,
        expected=45,
        description="Luohu's investment environment; sector presentations (health, finance, media, business "
        "services, cultural tourism); networking.",
    )
    item("meal", "Conference lunch", _local(12, 12, 45), _local(12, 14, 15), "lis_venue")
    _meeting(
        session,
        trip.id,
        orgs["Joinko Group"],
        "Meeting with Joinko Group",
        _local(12, 15, 30),
        _local(12, 16, 30),
        places["joinko"],
        LIS,
        ours=[deputy, commerce, interpreter],
        theirs=contacts["Joinko Group"],
        interpreter=interpreter,
        status="held",
        objectives="Business services and trade: a partner for Luohu firms entering Portugal.",
        background="Named in the press release of 15 September 2024.",
        talking_points="• Soft-landing services for Luohu companies\n• Trade fairs in Shenzhen",
        agenda=[
            ("Introductions", 10, deputy),
            ("Joinko's services", 20, None),
            ("Cooperation", 25, commerce),
            ("Wrap-up", 5, deputy),
        ],
        outcome="Joinko to propose a soft-landing package for Luohu SMEs.",
        actions=[("Receive Joinko's soft-landing proposal", commerce, dt.date(2024, 11, 15), "open")],
    )
    _meeting(
        session,
        trip.id,
        orgs["EFG International"],
        "Meeting with EFG International",
        _local(12, 17, 0),
        _local(12, 18, 0),
        places["efg"],
        LIS,
        ours=[head, finance, interpreter],
        theirs=contacts["EFG International"],
        interpreter=interpreter,
        status="held",
        objectives="Private banking and wealth management links with Luohu's financial sector.",
        background="International private banking group. Named in the press release of 15 September 2024.",
        talking_points="• Luohu hosts PwC, EY, Deloitte and 100+ licensed financial institutions",
        agenda=[
            ("Introductions", 10, head),
            ("Luohu's financial sector", 20, finance),
            ("Discussion", 30, None),
        ],
        outcome="Follow-up meeting suggested with the bank's Asia team in Hong Kong.",
        actions=[
            ("Contact EFG's Asia team in Hong Kong", finance, dt.date(2024, 10, 20), "open"),
            ("Share the incentive policy summary in English", finance, dt.date(2024, 9, 27), "dropped"),
        ],
    )
    _meeting(
        session,
        trip.id,
        orgs["Oeiras Valley Investment Agency"],
        "Visit to Oeiras Valley Investment Agency",
        _local(13, 10, 0),
        _local(13, 11, 30),
        places["oeiras"],
        LIS,
        ours=[head, deputy, health, interpreter, staff],
        theirs=contacts["Oeiras Valley Investment Agency"],
        interpreter=interpreter,
        status="confirmed",
        objectives="Sister-park cooperation between Oeiras and Luohu; life sciences.",
        background="Investment agency of Oeiras; attended the conference on 12 September.",
        talking_points="• Life sciences and health management\n• Exchange of delegations in 2025",
        agenda=[
            ("Welcome by OVIA", 15, None),
            ("Tour of the park", 45, None),
            ("Cooperation MoU ideas", 30, deputy),
        ],
        outcome="",
        actions=[],
    )
    _meeting(
        session,
        trip.id,
        orgs["Timing Group"],
        "Meeting with Timing Group",
        _local(13, 14, 30),
        _local(13, 15, 30),
        places["lis_hotel"],
        LIS,
        ours=[deputy, commerce, interpreter],
        theirs=contacts["Timing Group"],
        interpreter=interpreter,
        status="confirmed",
        objectives="Business services cooperation.",
        background="Attended the conference on 12 September.",
        talking_points="",
        agenda=[],
        outcome="",
        actions=[],
    )
    reception = itinerary.create_event(
        session,
        trip.id,
        title="Reception for Portuguese partners",
        start=_local(13, 19, 0),
        end=_local(13, 21, 0),
        place_id=places["lis_hotel"],
        status="confirmed",
        capacity=20,
        expected=20,
    )

    # --- registrations: the conference's 30+ guests, and the smaller reception (full: a waitlist) ---
    guests: list[tuple[int, int]] = []
    for name, ids in contacts.items():
        if name in (
            "Global Media Group",
            "Joinko Group",
            "EFG International",
            "Oeiras Valley Investment Agency",
            "Timing Group",
        ):
            guests.extend((pid, orgs[name]) for pid in ids[:1])
    for idx, (name, kind, sectors) in enumerate(CONFERENCE_GUESTS):
        org = directory.create_organisation(
            session,
            name=name,
            kind=kind,
            sectors=sectors,
            country="Portugal",
            city="Lisbon",
            profile=FICTIONAL,
        )
        given, family = GIVEN[(idx + 5) % len(GIVEN)], FAMILY[(idx * 3 + 1) % len(FAMILY)]
        person = directory.create_person(
            session,
            given_name=given,
            family_name=family,
            latin_name=f"{given} {family}",
            position=POSITIONS[idx % len(POSITIONS)],
            organisation_id=org.id,
            email=f"{_ascii(given)}.{_ascii(family)}{idx}@example.pt",
            notes=FICTIONAL,
        )
        guests.append((person.id, org.id))
    registered_at = dt.datetime(2024, 8, 20, 9, 0, tzinfo=dt.UTC)
    for n, (person_id, org_id) in enumerate(guests):
        registrations.register(
            session,
            conference.id,
            person_id,
            organisation_id=org_id,
            registered_at=registered_at + dt.timedelta(hours=n * 7),
            source="invitation" if n < 5 else "online form",
            vip=n < 5,
        )
    for n, (person_id, org_id) in enumerate(guests[:22]):
        registrations.register(
            session,
            reception.id,
            person_id,
            organisation_id=org_id,
            registered_at=registered_at + dt.timedelta(hours=n * 5),
            source="invitation",
        )
    late = [r for r in conference.registrations if r.person_id == guests[-1][0]]
    if late:
        registrations.cancel(session, late[0].id)

    followups.add_note(
        session,
        "Very interested in the health sector incentives; follow up before the "
        "Shenzhen medical fair. " + FICTIONAL,
        author="Zheng Kai",
        organisation_id=orgs["Ibérica Salud Tecnologías (demo)"],
    )
    followups.add_note(
        session,
        "Photographer from the group attended the conference. " + FICTIONAL,
        author="Zheng Kai",
        organisation_id=orgs["Global Media Group"],
    )
    followups.add_note(session, "Prefers WeChat for quick questions.", author="Zheng Kai", person_id=deputy)
    session.flush()
    return trip


def _meeting(
    session: Session,
    trip_id: int,
    org_id: int,
    title: str,
    start: dt.datetime,
    end: dt.datetime,
    place_id: int,
    tz: str,
    *,
    ours: list[int],
    theirs: list[int],
    interpreter: int,
    status: str,
    objectives: str,
    background: str,
    talking_points: str,
    agenda: list[tuple[str, int, int | None]],
    outcome: str,
    actions: list[tuple[str, int, dt.date, str]],
) -> int:
    meeting = meetings.create_meeting(
        session,
        trip_id,
        organisation_id=org_id,
        title=title,
        start=start,
        end=end,
        start_tz=tz,
        end_tz=tz,
        place_id=place_id,
        status=status,
        objectives=objectives,
        background=background,
        talking_points=talking_points,
        outcome_notes=outcome,
        interpreter_id=interpreter,
    )
    meetings.set_attendees(session, meeting.id, ours=ours, theirs=theirs)
    for title_, minutes, lead in agenda:
        meetings.add_agenda_item(session, meeting.id, title=title_, minutes=minutes, lead_id=lead)
    for description, owner, due, state in actions:
        meetings.add_action(
            session, meeting.id, description=description, owner_id=owner, due_date=due, status=state
        )
    if outcome:
        followups.add_note(
            session,
            "Debrief: warm atmosphere; the counterpart asked for materials in Portuguese and "
            "English. " + FICTIONAL,
            author="Zheng Kai",
            meeting_id=meeting.id,
        )
    return meeting.id


def _ascii(text: str) -> str:
    from db.text import fold

    return "".join(c for c in fold(text) if c.isalnum())
