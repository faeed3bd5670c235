"""The one font every document uses: WenQuanYi Micro Hei, shipped in ``resources/fonts`` and embedded
(subset) in each PDF, so Chinese and accented Latin print on any viewer or printer."""

from __future__ import annotations

import threading

from desktop.resources import resource

FONT = "WQYMicroHei"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the font once per process (bold and italic map to the same face: the font has no bold;
    headings stand out by size and colour instead). Returns the font name."""
    global _registered
    with _lock:
        if _registered:
            return FONT
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        path = resource(*FONT_FILE)
        if not path.is_file():
            raise FileNotFoundError(f"the document font is missing: {path}")
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT, bold, italic, FONT)
        _registered = True
        return FONT
