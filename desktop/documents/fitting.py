"""Text drawn straight on the canvas (headers, badges, tent cards): cut, shrunk or wrapped to fit.

Drawn strings are never parsed as markup, so user text is safe here as it is."""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.documents.markup import clean

# A Latin word (with its trailing space) or a single character of a script written without spaces.
_TOKENS = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff]+\s*|\s+")


def one_line(text: str) -> str:
    return " ".join(clean(text).split())


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with an ellipsis so it fits ``width``."""
    text = one_line(text)
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces, and between characters of Chinese text; a word longer than the
    line is cut."""
    lines: list[str] = []
    current = ""
    for token in _TOKENS.findall(one_line(text)):
        candidate = current + token
        if stringWidth(candidate.rstrip(), font, size) <= width or not current.strip():
            if stringWidth(candidate.rstrip(), font, size) > width:  # a single over-long word
                while token and stringWidth(current + token.rstrip(), font, size) > width:
                    cut = len(token) - 1
                    while cut > 1 and stringWidth(current + token[:cut], font, size) > width:
                        cut -= 1
                    lines.append((current + token[:cut]).rstrip())
                    current, token = "", token[cut:]
                candidate = current + token
            current = candidate
        else:
            lines.append(current.rstrip())
            current = token.lstrip()
    if current.strip():
        lines.append(current.rstrip())
    return lines


def fit_block(
    text: str, font: str, width: float, *, max_size: float, min_size: float, max_lines: int
) -> tuple[float, list[str]]:
    """The largest size (down to ``min_size``) at which ``text`` fits ``width`` on ``max_lines`` lines or
    fewer, preferring one line; at ``min_size`` the last line is cut with an ellipsis."""
    text = one_line(text)
    size = max_size
    while size >= min_size:
        lines = wrap(text, font, size, width)
        # Shrink first while a single line is within reach; wrap only when shrinking would go too far.
        if len(lines) == 1 or (len(lines) <= max_lines and size <= max(min_size, max_size * 0.6)):
            return size, lines
        size -= 0.5
    lines = wrap(text, font, min_size, width)
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [fit_text(" ".join(lines[max_lines - 1 :]), font, min_size, width)]
    return min_size, lines
