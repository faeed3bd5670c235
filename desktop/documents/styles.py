"""Colours, paragraph styles and table styles shared by every document."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from desktop.documents.fonts import FONT, register_fonts

NAVY = colors.HexColor("#1F3A5F")
RED = colors.HexColor("#A61E22")
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#B8C2CF")
LIGHT = colors.HexColor("#EEF2F7")
ZEBRA = colors.HexColor("#F7F9FB")
AMBER = colors.HexColor("#8A5A00")
AMBER_FILL = colors.HexColor("#FFF4DC")

# Page geometry (named here so every template agrees).
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
HEADER_Y = 13 * mm  # from the top edge: baseline of the header text
FOOTER_Y = 10 * mm  # from the bottom edge


@dataclass(frozen=True)
class Styles:
    font: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    cell_time: ParagraphStyle
    item_title: ParagraphStyle
    warning: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle

    def heading(self, main: str, secondary: str | None, style: ParagraphStyle) -> str:
        """Markup for a heading: bilingual headings print the Chinese smaller and lighter beside it.
        Both parts must already be escaped."""
        if not secondary:
            return main
        size = round(style.fontSize * 0.72, 1)
        return f'{main}<font size="{size}" color="#5F6B7A">  {secondary}</font>'


def make_styles() -> Styles:
    font = register_fonts()

    def style(name: str, size: float, leading: float | None = None, **kw: object) -> ParagraphStyle:
        kw.setdefault("textColor", INK)
        return ParagraphStyle(
            name,
            fontName=font,
            bulletFontName=font,  # bullets default to Helvetica, which is not embedded
            fontSize=size,
            leading=leading or round(size * 1.38, 1),
            **kw,
        )

    return Styles(
        font=font,
        title=style("title", 20, 26, textColor=NAVY, spaceAfter=2 * mm),
        subtitle=style("subtitle", 11.5, 16, textColor=GREY, spaceAfter=4 * mm),
        cover_title=style("cover_title", 26, 34, textColor=NAVY, spaceAfter=6 * mm),
        cover_line=style("cover_line", 12.5, 19, textColor=INK),
        h1=style("h1", 16, 21, textColor=NAVY, spaceBefore=2 * mm, spaceAfter=3 * mm),
        h2=style("h2", 13, 17, textColor=NAVY, spaceBefore=5 * mm, spaceAfter=2 * mm),
        h3=style("h3", 10.5, 14, textColor=NAVY, spaceBefore=3.5 * mm, spaceAfter=1.2 * mm),
        body=style("body", 9.5, 13.5, spaceAfter=1.5 * mm),
        bullet=style("bullet", 9.5, 13.5, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=1 * mm),
        small=style("small", 8, 11),
        muted=style("muted", 8.5, 12, textColor=GREY),
        cell=style("cell", 8.8, 12),
        cell_small=style("cell_small", 7.8, 10.5, textColor=GREY),
        cell_head=style("cell_head", 8.3, 11, textColor=colors.white),
        cell_right=style("cell_right", 8.8, 12, alignment=TA_RIGHT),
        cell_time=style("cell_time", 9, 12.5, textColor=NAVY),
        item_title=style("item_title", 10, 13.5, textColor=INK),
        warning=style("warning", 8.5, 11.5, textColor=RED),
        toc0=style("toc0", 11, 16, leftIndent=0, firstLineIndent=0, spaceBefore=2 * mm, textColor=NAVY),
        toc1=style("toc1", 9.5, 13, leftIndent=7 * mm, firstLineIndent=0, textColor=INK),
    )


def centred(base: ParagraphStyle, name: str, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=base, alignment=TA_CENTER, **kw)


def left(base: ParagraphStyle, name: str, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=base, alignment=TA_LEFT, **kw)


# Tables draw plain-string cells (even empty ones) in their own font: Helvetica unless told, which
# would put an unembedded font in the PDF.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), FONT)


def grid_table_style(header_rows: int = 1, zebra: bool = True) -> TableStyle:
    """A data table: navy header row, hairline rules, light zebra rows."""
    commands: list[tuple] = [
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)


def facts_table_style() -> TableStyle:
    """Label/value pairs: labels in grey on the left, no grid."""
    return TableStyle(
        [
            TABLE_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
    )
