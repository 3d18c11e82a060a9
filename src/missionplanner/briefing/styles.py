"""All paragraph and table styles of the printed documents, in one place.

Built once per document from the registered fonts (``FontSet``); layout code only picks styles by
name and never changes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from .fonts import FontSet

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f3a5f")       # navy: headings, rules, table headers
MUTED = colors.HexColor("#5f6b7a")        # captions, header and footer
RULE = colors.HexColor("#b8c2cc")
SHADE = colors.HexColor("#eef2f6")        # table header and label column
ZEBRA = colors.HexColor("#f8f9fb")
ALERT = colors.HexColor("#a4161a")        # overdue, scheduling errors
WARN = colors.HexColor("#8a5a00")
ALERT_BG = colors.HexColor("#fbeaea")
WARN_BG = colors.HexColor("#fdf3e1")
WATERMARK = colors.HexColor("#f4d9da")    # the DRAFT marking, pale red under the text

MARGIN = 20 * mm
HEADER_GAP = 10 * mm
BODY_SIZE = 9.5
CELL_SIZE = 8.5


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_tight: ParagraphStyle
    bullet: ParagraphStyle
    numbered: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_small: ParagraphStyle
    flag_error: ParagraphStyle
    flag_warning: ParagraphStyle
    overdue: ParagraphStyle
    cover_kind: ParagraphStyle
    cover_title: ParagraphStyle
    cover_doc: ParagraphStyle
    cover_doc_tight: ParagraphStyle
    cover_edition: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    cover_marking: ParagraphStyle
    toc_title: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]
    day: ParagraphStyle


def make_styles(fonts: FontSet) -> Styles:
    regular, bold, italic = fonts.body, fonts.bold, fonts.italic

    def ps(name, **kw) -> ParagraphStyle:
        base = {} if "parent" in kw else {"fontName": regular, "fontSize": BODY_SIZE,
                                          "leading": BODY_SIZE * 1.38, "textColor": INK,
                                          "alignment": TA_LEFT}
        base.update(kw)
        return ParagraphStyle(name, **base)

    body = ps("Body", spaceAfter=4)
    cell = ps("Cell", fontSize=CELL_SIZE, leading=CELL_SIZE * 1.3)
    return Styles(
        body=body,
        body_tight=ps("BodyTight", spaceAfter=1),
        bullet=ps("Bullet", leftIndent=12, bulletIndent=2, spaceAfter=2.5, bulletFontName=regular),
        numbered=ps("Numbered", leftIndent=16, bulletIndent=0, spaceAfter=3, bulletFontName=bold),
        h1=ps("H1", fontName=bold, fontSize=16, leading=20, textColor=ACCENT, spaceBefore=2,
              spaceAfter=8),
        h2=ps("H2", fontName=bold, fontSize=11.5, leading=15, textColor=ACCENT, spaceBefore=10,
              spaceAfter=4),
        h3=ps("H3", fontName=bold, fontSize=10, leading=13, textColor=INK, spaceBefore=6, spaceAfter=2),
        label=ps("Label", fontName=bold, fontSize=8, leading=10, textColor=MUTED, spaceBefore=4,
                 spaceAfter=1),
        small=ps("Small", fontSize=8, leading=10.5, textColor=MUTED),
        cell=cell,
        cell_bold=ps("CellBold", parent=cell, fontName=bold),
        cell_head=ps("CellHead", parent=cell, fontName=bold, textColor=ACCENT),
        cell_small=ps("CellSmall", parent=cell, fontSize=7.5, leading=9.5, textColor=MUTED),
        flag_error=ps("FlagError", parent=cell, fontName=italic, textColor=ALERT),
        flag_warning=ps("FlagWarning", parent=cell, fontName=italic, textColor=WARN),
        overdue=ps("Overdue", parent=cell, fontName=bold, textColor=ALERT),
        cover_kind=ps("CoverKind", fontName=bold, fontSize=10, leading=13, textColor=MUTED),
        cover_title=ps("CoverTitle", fontName=bold, fontSize=26, leading=31, textColor=ACCENT,
                       spaceBefore=4, spaceAfter=6),
        cover_doc=ps("CoverDoc", fontSize=14, leading=18, textColor=INK, spaceAfter=18),
        cover_doc_tight=ps("CoverDocTight", fontSize=14, leading=18, textColor=INK, spaceAfter=4),
        cover_edition=ps("CoverEdition", fontName=bold, fontSize=11, leading=14, textColor=WARN,
                         spaceAfter=14),
        cover_label=ps("CoverLabel", fontName=bold, fontSize=8.5, leading=11, textColor=MUTED),
        cover_value=ps("CoverValue", fontSize=10.5, leading=14),
        cover_marking=ps("CoverMarking", fontName=bold, fontSize=12, leading=15, textColor=ALERT,
                         alignment=TA_CENTER),
        toc_title=ps("TocTitle", fontName=bold, fontSize=16, leading=20, textColor=ACCENT,
                     spaceAfter=10),
        toc_levels=(
            ps("Toc0", fontName=bold, fontSize=10, leading=13, spaceBefore=5, leftIndent=0,
               firstLineIndent=0),
            ps("Toc1", fontSize=9, leading=12, leftIndent=14, firstLineIndent=0),
        ),
        day=ps("Day", fontName=bold, fontSize=10.5, leading=14, textColor=ACCENT, spaceBefore=10,
               spaceAfter=3),
    )


def base_table(font: str) -> list[tuple]:
    """Every table names our font: a table otherwise sets Helvetica, which is never embedded."""
    return [("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE), ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.3),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK)]


def grid_table(font: str, bold: str, *, header: bool = True, zebra: int = 0) -> TableStyle:
    """A table with a shaded header row and thin rules between rows."""
    cmds = base_table(font) + [
        ("FONTNAME", (0, 0), (-1, 0), bold), ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
    ]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    for row in range(1 if header else 0, zebra):
        if row % 2 == 0:
            cmds.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    return TableStyle(cmds)


def facts_table(font: str, bold: str) -> TableStyle:
    """Two columns: a shaded label column and its value (time, place, contact details)."""
    return TableStyle(base_table(font) + [
        ("FONTNAME", (0, 0), (0, -1), bold),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
    ])


def flag_row_style(row: int, severity: str) -> list[tuple]:
    bg = ALERT_BG if severity == "error" else WARN_BG
    return [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), bg)]


ALIGN_RIGHT = TA_RIGHT
