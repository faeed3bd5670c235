"""The fields each kind of import fills, the column headers that mean them (English, Portuguese, Spanish,
Chinese), finding the header row below any title rows, and the column mapping the user can correct."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from db.text import fold
from desktop.exchange.errors import ExchangeError
from desktop.exchange.reading import Formula, SourceRow, Value

HEADER_SEARCH_ROWS = 30


class Kind(StrEnum):
    ORGANISATIONS = "organisations"
    CONTACTS = "contacts"
    MEMBERS = "members"
    REGISTRATIONS = "registrations"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    synonyms: tuple[str, ...]


def _f(key: str, label: str, synonyms: str) -> FieldSpec:
    return FieldSpec(key, label, tuple(s.strip() for s in synonyms.split("|") if s.strip()))


# A person's name in one column: Chinese script goes to native_name, anything else to latin_name.
NAME = _f(
    "name",
    "Name",
    "name|full name|participant|participant name|attendee|contact|contact name|nome|nome completo|"
    "participante|contacto|nombre|nombre completo|nombre y apellidos|asistente|"
    "姓名|名字|全名|联系人|参会人|参会人员",
)
NATIVE_NAME = _f(
    "native_name",
    "Name (Chinese)",
    "chinese name|native name|中文名|中文姓名|中文名字|nome chines|nombre chino",
)
LATIN_NAME = _f(
    "latin_name", "Name (Latin script)", "english name|latin name|name in english|pinyin|英文名|英文姓名|拼音"
)
GIVEN_NAME = _f("given_name", "Given name", "first name|given name|forename|primeiro nome|nome proprio|名")
FAMILY_NAME = _f(
    "family_name", "Family name", "last name|surname|family name|apelido|sobrenome|apellido|apellidos|姓"
)
HONORIFIC = _f("honorific", "Honorific", "title|salutation|honorific|tratamento|titulo|tratamiento|称谓|称呼")
ORGANISATION = _f(
    "organisation",
    "Organisation",
    "company|organisation|organization|institution|employer|firm|company name|organisation name|"
    "empresa|organizacao|instituicao|entidade|nome da empresa|organizacion|institucion|entidad|"
    "nombre de la empresa|单位|公司|机构|企业|工作单位|单位名称|公司名称",
)
POSITION = _f("position", "Position", "position|job title|job|function|cargo|funcao|puesto|职务|职位|头衔")
EMAIL = _f(
    "email",
    "Email",
    "email|e mail|email address|mail|correio|correio eletronico|correio electronico|"
    "correo|correo electronico|"
    "邮箱|电子邮件|电子邮箱|电邮",
)
PHONE = _f(
    "phone",
    "Phone",
    "phone|telephone|tel|mobile|cell phone|phone number|telefone|telemovel|celular|telefono|movil|"
    "电话|手机|联系电话|手机号",
)
COUNTRY = _f("country", "Country", "country|pais|国家|国别")
CITY = _f("city", "City", "city|town|cidade|localidade|ciudad|城市")
DIETARY = _f(
    "dietary_needs",
    "Dietary needs",
    "dietary needs|dietary requirements|diet|dietary restrictions|restricoes alimentares|alimentacao|"
    "dieta|restricciones alimentarias|饮食|饮食要求|饮食禁忌",
)
NOTES = _f(
    "notes", "Notes", "notes|note|comments|remarks|observacoes|notas|observaciones|comentarios|备注|说明"
)
LANGUAGES = _f("languages", "Languages", "languages|language|linguas|idiomas|idioma|语言")

ORG_FIELDS = (
    _f(
        "name",
        "Name",
        "name|company|organisation|organization|institution|company name|organisation name|empresa|"
        "nome|nome da empresa|entidade|organizacao|instituicao|nombre|organizacion|entidad|institucion|"
        "单位|公司|机构|企业|名称|单位名称|公司名称",
    ),
    _f("local_name", "Local name", "local name|chinese name|中文名称|中文名|本地名称"),
    _f("kind", "Kind", "kind|type|category|tipo|categoria|类型|类别"),
    _f("sectors", "Sectors", "sector|sectors|industry|area|setor|sector de actividade|行业|领域"),
    COUNTRY,
    CITY,
    _f("address", "Address", "address|morada|endereco|direccion|domicilio|地址"),
    _f("website", "Website", "website|web|site|url|sitio web|pagina web|网站|网址"),
    PHONE,
    EMAIL,
    _f("profile", "Profile", "profile|description|about|perfil|descricao|descripcion|简介|介绍"),
)
PERSON_FIELDS = (
    NAME,
    NATIVE_NAME,
    LATIN_NAME,
    GIVEN_NAME,
    FAMILY_NAME,
    HONORIFIC,
    ORGANISATION,
    POSITION,
    EMAIL,
    PHONE,
    LANGUAGES,
    DIETARY,
    _f(
        "access_needs",
        "Access needs",
        "access needs|accessibility|mobility|acessibilidade|accesibilidad|无障碍",
    ),
    NOTES,
)
MEMBER_FIELDS = (
    *PERSON_FIELDS,
    _f("role", "Role", "role|delegation role|papel|rol|角色|身份|团内职务"),
)
REGISTRATION_FIELDS = (
    *(f for f in PERSON_FIELDS if f.key not in ("notes", "access_needs", "languages")),
    _f(
        "badge_name",
        "Badge name",
        "badge name|badge|name on badge|cracha|nome no cracha|gafete|credencial|胸牌|胸卡",
    ),
    _f("status", "Status", "status|estado|situacao|状态"),
    _f("vip", "VIP", "vip|v i p|guest of honour|convidado de honra|贵宾"),
    _f("source", "Source", "source|origem|origen|fonte|来源|渠道"),
    _f(
        "registered_at",
        "Registered at",
        "registered at|registration date|date|timestamp|submitted|submitted at|data|data de inscricao|"
        "fecha|fecha de inscripcion|报名时间|登记时间|日期|时间",
    ),
    NOTES,
)
FIELDS: dict[Kind, tuple[FieldSpec, ...]] = {
    Kind.ORGANISATIONS: ORG_FIELDS,
    Kind.CONTACTS: PERSON_FIELDS,
    Kind.MEMBERS: MEMBER_FIELDS,
    Kind.REGISTRATIONS: REGISTRATION_FIELDS,
}


def field_specs(kind: Kind | str) -> tuple[FieldSpec, ...]:
    return FIELDS[Kind(kind)]


_PUNCT = re.compile(r"[\s_\-./:*#()\[\]?（）：]+")
_PARENS = re.compile(r"[(（\[].*?[)）\]]")


def normalise_header(text: str) -> str:
    """'E-mail *', ' Correo electrónico: ' -> 'e mail', 'correo electronico'."""
    return _PUNCT.sub(" ", fold(_PARENS.sub(" ", text))).strip()


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@cache
def _normalised_synonyms(spec: FieldSpec) -> tuple[str, ...]:
    return tuple(normalise_header(s) for s in spec.synonyms)


def match_header(kind: Kind | str, header: str) -> str | None:
    """The field a header names: an exact synonym first, else the longest synonym found inside it."""
    norm = normalise_header(header)
    if not norm:
        return None
    best: tuple[int, str] | None = None
    for spec in field_specs(kind):
        for s in _normalised_synonyms(spec):
            if norm == s:
                return spec.key
            if len(s) < 2 and not _has_cjk(s):
                continue
            if _has_cjk(s):
                found = s in norm and len(s) >= 2
            else:
                found = re.search(rf"(?<![a-z]){re.escape(s)}(?![a-z])", norm) is not None
            if found and (best is None or len(s) > best[0]):
                best = (len(s), spec.key)
    return best[1] if best else None


@dataclass
class Column:
    index: int  # 0-based position in the file
    header: str
    field: str | None  # None: ignored


@dataclass
class ColumnMapping:
    """Which file column fills which field; plain data, edited by the import wizard."""

    kind: Kind
    header_row: int  # the spreadsheet's row number of the header
    columns: list[Column] = field(default_factory=list)

    def set_field(self, index: int, field_key: str | None) -> None:
        """Map a column; a field can come from one column only, so another column using it is cleared."""
        if field_key is not None and field_key not in {s.key for s in field_specs(self.kind)}:
            raise ValueError(f"{field_key!r} is not a field of {self.kind.value}")
        for col in self.columns:
            if col.index == index:
                col.field = field_key
            elif field_key is not None and col.field == field_key:
                col.field = None

    def by_field(self) -> dict[str, int]:
        return {c.field: c.index for c in self.columns if c.field}

    def header_of(self, index: int) -> str:
        return next((c.header for c in self.columns if c.index == index), "")

    def mapped(self) -> list[Column]:
        return [c for c in self.columns if c.field]


def _cell_text(value: Value | Formula) -> str:
    if value is None or isinstance(value, Formula):
        return ""
    return str(value).strip()


def _score(kind: Kind, cells: Sequence[Value | Formula]) -> tuple[int, int]:
    seen: set[str] = set()
    filled = 0
    for cell in cells:
        text = _cell_text(cell)
        if not text:
            continue
        filled += 1
        key = match_header(kind, text) if len(text) <= 60 else None
        if key:
            seen.add(key)
    return len(seen), filled


def detect_header(kind: Kind | str, rows: Iterable[SourceRow]) -> ColumnMapping:
    """Find the header among the first rows (title rows above it are common) and map its columns.

    The header is the row naming the most known fields; two are needed, unless the sheet has a single
    column."""
    kind = Kind(kind)
    best: tuple[int, SourceRow] | None = None
    for i, row in enumerate(rows):
        if i >= HEADER_SEARCH_ROWS:
            break
        known, filled = _score(kind, row.cells)
        enough = known >= 2 or (known == 1 and filled == 1)
        if enough and (best is None or known > best[0]):
            best = (known, row)
    if best is None:
        examples = ", ".join(s.label for s in field_specs(kind)[:4])
        raise ExchangeError(
            f"No header row found in the first {HEADER_SEARCH_ROWS} rows: expected column names "
            f"such as {examples} (in English, Portuguese, Spanish or Chinese)."
        )
    row = best[1]
    mapping = ColumnMapping(kind, row.number)
    used: set[str] = set()
    for index, cell in enumerate(row.cells):
        header = _cell_text(cell)
        if not header:
            continue
        key = match_header(kind, header)
        if key in used:
            key = None
        if key:
            used.add(key)
        mapping.columns.append(Column(index, header, key))
    return mapping
