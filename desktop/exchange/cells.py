"""Turning spreadsheet cells into field values: text, yes/no, dates (Excel serials included), and the
words people write for statuses and roles in four languages."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from db.text import fold
from desktop.exchange.reading import Formula, Value

EXCEL_EPOCH = dt.datetime(1899, 12, 30)  # Excel's day 0 (its 1900 leap-year bug makes this the right base)


class CellError(ValueError):
    """A cell that cannot become the field's value; the message is for the user."""


def text(value: Value | Formula) -> str:
    """A cell as text, trimmed. Numbers Excel stored for phone numbers lose their '.0'."""
    if value is None:
        return ""
    if isinstance(value, Formula):
        raise CellError(
            f"holds a formula ({value.text[:40]}); formulas are not evaluated: paste the values instead"
        )
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    raw = str(value)
    if raw[:1] == "'" and raw[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        raw = raw[1:]  # the apostrophe an export put before text a spreadsheet would run as a formula
    return " ".join(raw.split()) if "\n" not in raw else raw.strip()


YES = {"yes", "y", "true", "1", "x", "sim", "s", "si", "是", "√", "✓", "vip"}
NO = {"no", "n", "false", "0", "nao", "não", "否", ""}


def yes_no(value: Value | Formula) -> bool:
    t = fold(text(value))
    if t in YES:
        return True
    if t in NO:
        return False
    raise CellError(f"'{text(value)}' is not yes or no")


_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?"), "ymd"),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$"), "ymd"),
    (re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$"), "dmy"),
    (re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$"), "ymd"),
)


def instant(value: Value | Formula, zone: str) -> dt.datetime | None:
    """A date/time cell as a UTC instant; wall-clock values are read in ``zone`` (the event's).

    Accepts real Excel dates, Excel serial numbers (45547.5), ISO text, day-first text as written in
    Portugal, Spain and China (12/09/2024 14:30) and 2024年9月12日."""
    if isinstance(value, Formula):
        text(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    local: dt.datetime
    if isinstance(value, dt.datetime):
        local = value
    elif isinstance(value, dt.date):
        local = dt.datetime.combine(value, dt.time())
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        local = _serial(float(value))
    else:
        local = _parse_text(str(value).strip())
    if local.tzinfo is None:
        local = local.replace(tzinfo=ZoneInfo(zone))
    return local.astimezone(dt.UTC)


def _serial(days: float) -> dt.datetime:
    if not 1 <= days < 2958466:  # 1900-01-01 .. 9999-12-31
        raise CellError(f"{days:g} is not a date")
    return EXCEL_EPOCH + dt.timedelta(days=days)


def _parse_text(raw: str) -> dt.datetime:
    if re.fullmatch(r"\d{5}(\.\d+)?", raw):
        return _serial(float(raw))
    for pattern, order in _DATE_PATTERNS:
        m = pattern.match(raw)
        if not m:
            continue
        a, b, c, hh, mm, ss = m.groups()
        year, month, day = (int(a), int(b), int(c)) if order == "ymd" else (int(c), int(b), int(a))
        try:
            return dt.datetime(year, month, day, int(hh or 0), int(mm or 0), int(ss or 0))
        except ValueError:
            break
    raise CellError(f"'{raw}' is not a date (write it as 2024-09-12 or 12/09/2024, with a time if known)")


# Words for registration statuses and delegation roles, folded, in EN/PT/ES/ZH.
STATUS_WORDS = {
    "registered": "registered",
    "confirmed": "registered",
    "confirmado": "registered",
    "confirmada": "registered",
    "inscrito": "registered",
    "inscrita": "registered",
    "registado": "registered",
    "registrado": "registered",
    "已报名": "registered",
    "已确认": "registered",
    "invited": "invited",
    "convidado": "invited",
    "invitado": "invited",
    "已邀请": "invited",
    "waitlisted": "waitlisted",
    "waitlist": "waitlisted",
    "waiting list": "waitlisted",
    "lista de espera": "waitlisted",
    "候补": "waitlisted",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "cancelado": "cancelled",
    "anulado": "cancelled",
    "已取消": "cancelled",
    "attended": "attended",
    "present": "attended",
    "presente": "attended",
    "已签到": "attended",
    "no show": "no_show",
    "no_show": "no_show",
    "ausente": "no_show",
    "缺席": "no_show",
}
ROLE_WORDS = {
    "head": "head",
    "head of delegation": "head",
    "chefe": "head",
    "chefe da delegacao": "head",
    "jefe": "head",
    "jefe de la delegacion": "head",
    "团长": "head",
    "deputy": "deputy",
    "deputy head": "deputy",
    "vice chefe": "deputy",
    "adjunto": "deputy",
    "副团长": "deputy",
    "member": "member",
    "membro": "member",
    "miembro": "member",
    "团员": "member",
    "成员": "member",
    "interpreter": "interpreter",
    "translator": "interpreter",
    "interprete": "interpreter",
    "tradutor": "interpreter",
    "traductor": "interpreter",
    "翻译": "interpreter",
    "staff": "staff",
    "secretary": "staff",
    "secretario": "staff",
    "工作人员": "staff",
    "秘书": "staff",
    "security": "security",
    "seguranca": "security",
    "seguridad": "security",
    "安保": "security",
    "media": "media",
    "press": "media",
    "imprensa": "media",
    "prensa": "media",
    "记者": "media",
    "媒体": "media",
}


def choice(value: Value | Formula, words: dict[str, str], what: str) -> str | None:
    raw = text(value)
    if not raw:
        return None
    key = " ".join(fold(raw).replace("_", " ").replace("-", " ").split())
    if key in words:
        return words[key]
    if key.replace(" ", "_") in words.values():
        return key.replace(" ", "_")
    allowed = ", ".join(sorted(set(words.values())))
    raise CellError(f"'{raw}' is not a {what} (one of: {allowed})")
