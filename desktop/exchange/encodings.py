"""Which text encoding a CSV file is in.

Excel on Windows saves CSV in the machine's legacy code page: Windows-1252 in Portugal and Spain, GB18030
(GBK) in China. Both decode almost any byte string, so a strict decode is not enough to tell them apart:
we look at what each decode yields. Chinese text read as GB18030 gives common hanzi; Portuguese read as
Windows-1252 gives accented letters inside Latin words. Each reading is scored by how much of the
non-ASCII text it explains that way, and the better one wins.
"""

from __future__ import annotations

import codecs
import re

from desktop.exchange.errors import ExchangeError

SAMPLE_BYTES = 1 << 20
LEGACY = ("cp1252", "gb18030")
# Names people type for the encodings we read, mapped to Python's codec names.
ALIASES = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "utf-8-bom": "utf-8-sig",
    "utf8-bom": "utf-8-sig",
    "utf-8-sig": "utf-8-sig",
    "windows-1252": "cp1252",
    "cp1252": "cp1252",
    "latin-1": "latin-1",
    "latin1": "latin-1",
    "iso-8859-1": "latin-1",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "gb18030": "gb18030",
    "utf-16": "utf-16",
}
# Letters of Portuguese, Spanish, French… and the punctuation Windows-1252 adds (curly quotes, dashes, €).
LATIN_EXTRA = set("ÀÁÂÃÄÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäçèéêëìíîïñòóôõöùúûüýÿºª€‘’“”–—…·°")
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")


def normalise_name(name: str) -> str:
    """The codec for a name the user typed; ExchangeError for one we do not know."""
    key = name.strip().lower().replace("_", "-")
    if key in ALIASES:
        return ALIASES[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        raise ExchangeError(
            f"'{name}' is not a text encoding this program knows (try utf-8, windows-1252 or gb18030)."
        ) from None


def _decodes(data: bytes, encoding: str, final: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(encoding)(errors="strict").decode(data, final=final)
    except UnicodeDecodeError:
        return None


def _is_common_hanzi(ch: str) -> bool:
    """A character of GB2312's first level (the 3,755 commonest hanzi) or its punctuation rows."""
    try:
        raw = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(raw) == 2 and (0xB0 <= raw[0] <= 0xD7 or 0xA1 <= raw[0] <= 0xA3)


def _gb_score(text: str) -> int:
    return sum(2 for ch in text if ord(ch) > 127 and _is_common_hanzi(ch))


def _latin_score(text: str) -> int:
    """Bytes explained as accented letters inside words that also hold ASCII letters, or punctuation."""
    score = 0
    for word in LATIN_WORD.findall(text):
        if any(c.isascii() for c in word):
            score += sum(1 for c in word if c in LATIN_EXTRA)
    score += sum(1 for ch in text if ch in "‘’“”–—…€")
    return score


def detect(data: bytes, *, final: bool) -> str:
    """The codec to read ``data`` (the start of the file; ``final`` if it is the whole file) with."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in data:
        raise ExchangeError("This is not a spreadsheet or CSV file (it holds binary data).")
    if _decodes(data, "utf-8", final) is not None:
        return "utf-8"
    readings = {enc: text for enc in LEGACY if (text := _decodes(data, enc, final)) is not None}
    if not readings:
        raise ExchangeError(
            "Cannot tell the text encoding of this file (it is not UTF-8, Windows-1252 or GB18030); "
            "save it from Excel as 'CSV UTF-8' or name the encoding."
        )
    if len(readings) == 1:
        return next(iter(readings))
    non_ascii = sum(1 for b in data if b > 127) or 1
    gb = _gb_score(readings["gb18030"]) / non_ascii
    latin = _latin_score(readings["cp1252"]) / non_ascii
    return "gb18030" if gb > latin else "cp1252"


def describe(encoding: str) -> str:
    return {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8 with BOM",
        "utf-16": "UTF-16",
        "cp1252": "Windows-1252",
        "gb18030": "GB18030",
    }.get(encoding, encoding)
