"""User text into reportlab paragraphs, printed literally.

reportlab reads a Paragraph's text as markup: a name holding ``<b>``, ``&`` or ``<img src=...>`` would
change the layout, break the build or make reportlab fetch a URL. Everything typed by a user goes through
``text()`` first; only the program's own tags are ever added around it."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# C0 controls (other than tab and newline) and lone surrogates have no glyph and upset the parser.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_BULLET = re.compile(r"^\s*(?:([•·\-–*])|(\d{1,3}[.)]))\s+")


def clean(value: object) -> str:
    """Plain text with unprintable characters removed and line ends made uniform."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _UNPRINTABLE.sub("", text)


def text(value: object) -> str:
    """Escaped for a Paragraph; line breaks kept."""
    return escape(clean(value)).replace("\n", "<br/>")


def inline(value: object) -> str:
    """Escaped for a Paragraph, on one line."""
    return escape(" ".join(clean(value).split()))


# reportlab re-measures a paragraph's remainder at every page it spills onto: a 20,000-character paragraph
# costs seconds. Longer runs are cut (at a sentence end, else a space) into pieces of about this size.
PIECE = 1200


def pieces(line: str, size: int = PIECE) -> list[str]:
    """``line`` cut into runs of at most about ``size`` characters, at a sentence end where one is near."""
    out: list[str] = []
    while len(line) > size * 1.5:
        window = line[: size + size // 4]
        cut = max(window.rfind(". ", size // 2), window.rfind("。", size // 2))
        if cut == -1:
            cut = window.rfind(" ", size // 2)
        cut = size if cut == -1 else cut + 1
        out.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    out.append(line)
    return out


def blocks(value: object) -> list[tuple[str, str | None]]:
    """Long text cut into paragraphs at line breaks (and very long lines into pieces), so it flows across
    pages: (escaped text, bullet) pairs. A line starting with '•', '-' or '*' gets a bullet '•'; one
    starting with '1.' keeps its number; the continuation of a long bullet point has bullet ''."""
    out: list[tuple[str, str | None]] = []
    for line in clean(value).split("\n"):
        line = line.strip()
        if not line:
            continue
        bullet = _BULLET.match(line)
        marker = None
        if bullet:
            marker = "•" if bullet.group(1) else bullet.group(2)
            line = line[bullet.end() :]
        for n, piece in enumerate(pieces(line)):
            out.append((escape(piece), marker if n == 0 or marker is None else ""))
    return out


GREY_HEX, RED_HEX, AMBER_HEX, NAVY_HEX = "#5F6B7A", "#A61E22", "#8A5A00", "#1F3A5F"


def tinted(escaped: str, color: str = GREY_HEX, size: float | None = None) -> str:
    """Already-escaped text in another colour or size (the program's own markup)."""
    size_attr = f' size="{size}"' if size else ""
    return f'<font color="{color}"{size_attr}>{escaped}</font>'
