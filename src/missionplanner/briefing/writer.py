"""The Writer: turns a mission's data into reportlab flowables for the pack and the report.

Every user string passes through `FontSet.markup` (escaped, with a <font> tag around each Japanese
or Korean run) before it becomes a `Paragraph`, so that `<Aichi>` prints as typed and every script
gets a face that has its glyphs.
"""

from __future__ import annotations

import re
from datetime import datetime

from babel import Locale
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from ..services.timeutil import in_zone
from .catalogue import Catalogue
from .fonts import JAPANESE, JAPANESE_BOLD, KOREAN, KOREAN_BOLD, FontSet, load_fonts
from .styles import ACCENT, CELL_SIZE, Styles, base_table, facts_table, grid_table, make_styles
from .template import BriefingDocTemplate, outline

# A run of more than 12 kana, kanji or Hangul: too long to stay unbroken on a line.
_LONG_CJK = re.compile("[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]{13,}")

# reportlab lays out a paragraph that runs over a page break again from its first unplaced word for
# each page it fills, so one long paragraph costs the square of its length (a 1 MB line: minutes).
# Text longer than this is printed as several paragraphs, cut at a sentence end where there is one.
LONG_PARAGRAPH = 2000
# reportlab makes the rest of a split table again from all its rows on each page, so one table of
# 10,000 rows costs time in the square of its rows: long lists are printed as tables of this many.
TABLE_CHUNK = 60
# A phone number or an e-mail address too wide for its column is set smaller, to this size at least,
# rather than broken in the middle (CELL_SIZE is the usual size).
MIN_CONTACT_SIZE = 6.0
FAKE_BOLD_STROKE = 0.03  # the outline of a synthetic bold glyph, in ems
CELL_PADDING = 9  # a grid or facts cell's left and right padding, with a point to spare
_SENTENCE_BREAK = re.compile(r"(?<=[.!?\u3002\uff01\uff1f])\s+|(?<=[\u3002\uff01\uff1f])")


class Para(Paragraph):
    """A Paragraph that keeps its lines when it is wrapped again at the same width.

    A table wraps each cell to size its rows and again to draw it; the lines depend on the width
    only, so breaking them again is pure cost (a tenth of a pack's time).
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        # split() may drop the lines (`blPara`) to lay the paragraph out afresh on the next page
        if self._wrapped is None or self._wrapped[0] != availWidth or not hasattr(self, "blPara"):
            self._wrapped = (availWidth, super().wrap(availWidth, availHeight))
        self.width, self.height = self._wrapped[1]
        return self._wrapped[1]


class FakeBoldPara(Para):
    """A paragraph in a bold style with Japanese or Korean text for which no bold face is installed
    (IPAGothic has none): drawn in PDF text render mode 2, each glyph filled then outlined by a
    thin stroke of its colour, so that the native-script part of a bold name reads bold too. The
    mode is part of the graphics state: set before the paragraph's text, undone by restoreState."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        mode = canv.beginText()
        mode.setTextRenderMode(2)
        canv.drawText(mode)
        canv.setStrokeColor(self.style.textColor)
        canv.setLineWidth(self.style.fontSize * FAKE_BOLD_STROKE)
        try:
            super().draw()
        finally:
            canv.restoreState()


def pieces(line: str, limit: int = LONG_PARAGRAPH) -> list[str]:
    """`line` in pieces of at most `limit` characters: cut at the last sentence end of each
    stretch (after its first half), else at its last space, else at `limit` characters."""
    out: list[str] = []
    rest = line
    while len(rest) > limit:
        head = rest[:limit + 1]
        cut = 0
        for match in _SENTENCE_BREAK.finditer(head, limit // 2):
            if match.start() <= limit:
                cut = match.start()
        if not cut:
            cut = head.rfind(" ", limit // 2)
        if cut <= 0:
            cut = limit
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest.strip():
        out.append(rest)
    return out


class Writer:
    """Flowables for one document: paragraphs, headings with bookmarks, tables, names and times."""

    def __init__(self, lang: str, fonts_dir=None):
        self.fonts: FontSet = load_fonts(fonts_dir)
        self.fonts.missing = set()
        self.st: Styles = make_styles(self.fonts)
        self.cat = Catalogue(lang)
        self._territories = Locale.parse(self.cat.locale).territories
        self._keys = 0
        self.toc_entries: list[tuple[int, str, str]] = []
        # Catalogue labels (section headings) recur in every meeting brief: one paragraph each,
        # shared (a frame wraps a flowable right before it draws it, so sharing is safe).
        self._labels: dict[tuple[str, str], Paragraph] = {}
        self._plain_frags: dict[str, object] = {}
        # Japanese and Korean faces with no bold twin: bold text in them is drawn fake-bold
        self._cjk_without_bold = {self.fonts.faces[regular] for regular, bold in
                                  ((JAPANESE, JAPANESE_BOLD), (KOREAN, KOREAN_BOLD))
                                  if regular in self.fonts.faces and bold not in self.fonts.faces}
        self.grid_style = grid_table(self.fonts.body, self.fonts.bold, header=True)
        self.facts_style = facts_table(self.fonts.body, self.fonts.bold)

    def document(self, target, *, title: str, document_name: str, classification: str,
                 issue_date: str, paper: str, on_step=None, cover: bool = True,
                 **metadata) -> BriefingDocTemplate:
        """The document; `metadata`: watermark, author, subject, keywords (BriefingDocTemplate)."""
        return BriefingDocTemplate(target, fonts=self.fonts, styles=self.st, cat=self.cat, title=title,
                                   document_name=document_name, classification=classification,
                                   issue_date=issue_date, paper=paper, on_step=on_step, cover=cover,
                                   **metadata)

    # Paragraphs ----------------------------------------------------------------------------------

    def p(self, text, style=None, bulletText=None) -> Paragraph:  # noqa: N803 (reportlab's name)
        """A paragraph of one user string, shown literally (never read as markup).

        A one-line string is given to reportlab as its fragments (one per script run, each a
        clone of the fragment reportlab's parser makes for the style) rather than as escaped
        markup: the same paragraph without running the markup parser, the larger part of the
        cost of a short paragraph. Text with line breaks goes through the parser.
        """
        style = style or self.st.body
        text = "" if text is None else str(text)
        bold = style.fontName == self.fonts.bold
        if not text.strip() or "\n" in text or "\r" in text:
            return self.raw(self.fonts.lines(text, bold), style, bulletText=bulletText)
        runs = self.fonts.runs(text, bold)
        if any(face and len(chunk) > 12 for face, chunk in runs):
            style = self._cjk(style)
        plain = self._plain_frag(style)
        frags = [plain.clone(text=chunk, fontName=face or plain.fontName) for face, chunk in runs]
        kind = FakeBoldPara if bold and any(face in self._cjk_without_bold for face, _ in runs) else Para
        return kind(text, style, bulletText=bulletText, frags=frags)

    def _plain_frag(self, style):
        """The fragment reportlab's parser makes of plain text in `style` (worked out once)."""
        if style.name not in self._plain_frags:
            self._plain_frags[style.name] = Paragraph("x", style).frags[0]
        return self._plain_frags[style.name]

    def raw(self, markup: str, style=None, bulletText=None) -> Paragraph:  # noqa: N803
        """A paragraph from markup already built from escaped parts."""
        style = style or self.st.body
        if ('<font name="MP-Japanese' in markup or '<font name="MP-Korean' in markup) and \
                _LONG_CJK.search(markup):
            style = self._cjk(style)
        if style.fontName == self.fonts.bold and '<font name="MP-' in markup and \
                any(f'<font name="{face}"' in markup for face in self._cjk_without_bold):
            return FakeBoldPara(markup, style, bulletText=bulletText)
        return Para(markup, style, bulletText=bulletText)

    def _cjk(self, style) -> ParagraphStyle:
        """The style's twin that may break lines between kana, kanji and Hangul (which have no
        spaces to break at); Latin words still break at spaces only."""
        return ParagraphStyle(f"{style.name}-CJK", parent=style, wordWrap="CJK")

    def m(self, text, bold: bool = False) -> str:
        return self.fonts.markup(text, bold)

    def paras(self, text, style=None) -> list:
        """One paragraph per line of a user's text, so that long text splits across pages freely;
        a very long line becomes several paragraphs (`pieces`)."""
        style = style or self.st.body
        out = []
        for line in str(text or "").splitlines():
            if line.strip():
                out.extend(self.p(piece, style) for piece in pieces(line))
        return out

    def bullets(self, items, style=None, numbered: bool = False) -> list:
        style = style or (self.st.numbered if numbered else self.st.bullet)
        out = []
        for i, item in enumerate(items, 1):
            bullet = f"{i}." if numbered else "\u2022"
            first, *rest = pieces(str(item)) or [""]
            out.append(self.p(first, style, bulletText=bullet))
            out.extend(self.p(piece, style) for piece in rest)
        return out

    def key(self, prefix: str) -> str:
        self._keys += 1
        return f"{prefix}-{self._keys}"

    def mark(self, flowable, level: int, text: str, *, toc: bool = True):
        """A bookmark (and TOC line when `toc`) on `flowable`; call in story order."""
        return self.mark_reserved(flowable, self.reserve(level, text, toc=toc))

    def reserve(self, level: int, text: str, *, toc: bool = True) -> tuple:
        """A bookmark (and TOC line) taken in story order for a flowable made later (a Deferred
        part of the story); `mark_reserved` puts it on the flowable."""
        key = self.key("k")
        if toc:
            self.toc_entries.append((level, text, key))
        return level, text, key, toc

    def mark_reserved(self, flowable, reserved: tuple):
        level, text, key, toc = reserved
        return outline(flowable, level, text, key, toc=toc)

    def h1(self, text: str, *, level: int | None = 0, toc: bool = True):
        para = self.p(text, self.st.h1)
        if level is not None:
            self.mark(para, level, text, toc=toc)
        return para

    def h2(self, text: str, *, level: int | None = None, toc: bool = False) -> list:
        if level is not None:
            para = self.mark(self.p(text, self.st.h2), level, text, toc=toc)
        else:
            para = self.label(text, self.st.h2)
        return [CondPageBreak(32 * 2.8346), para]

    def h3(self, text_markup: str) -> list:
        return [CondPageBreak(22 * 2.8346), self.raw(text_markup, self.st.h3)]

    def rule(self, width="100%", thickness=1.2, color=ACCENT, space=4):
        return HRFlowable(width=width, thickness=thickness, color=color, spaceBefore=space,
                          spaceAfter=space)

    def label(self, text: str, style=None) -> Paragraph:
        """A paragraph for a catalogue label, made once per document and shared."""
        style = style or self.st.body
        key = (text, style.name)
        if key not in self._labels:
            self._labels[key] = self.p(text, style)
        return self._labels[key]

    # Tables --------------------------------------------------------------------------------------

    def cell(self, text: str, width: float, style=None, *, bold: bool = False):
        """A table cell for a user string: the string itself when it is one line in the Latin face
        that fits (a table draws a string in its cell's font), else an escaped paragraph, or
        short paragraphs for a text longer than LONG_PARAGRAPH."""
        style = style or self.st.cell
        if len(text) > LONG_PARAGRAPH:  # a cell that runs over pages: short paragraphs (`pieces`)
            return self.paras(text, style)
        if text and "\n" not in text and "\r" not in text and len(text) < 120:
            if all(f is None for f, _ in self.fonts.runs(text, bold)) and \
                    self.fonts.string_width(text, style.fontSize, bold) <= width - 9:
                return text
        return self.p(text, style)

    def table(self, header: list[str], rows: list[list], widths: list[float], *,
              extra_style: list | None = None) -> Table:
        """A data table: header row of labels, then rows of cells (str or flowable)."""
        data = [[self.cell(h, w, self.st.cell_head, bold=True) for h, w in zip(header, widths, strict=True)]]
        for row in rows:
            data.append([c if not isinstance(c, str) else self.cell(c, w)
                         for c, w in zip(row, widths, strict=True)])
        t = Table(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT",
                  style=self.grid_style)
        if extra_style:
            t.setStyle(TableStyle(extra_style))
        return t

    def tables(self, header: list[str], rows: list[list], widths: list[float], *,
               extra_style: list | None = None) -> list[Table]:
        """`table` for a list that may be long: tables of at most TABLE_CHUNK rows, each with the
        header row (`extra_style` commands on body rows move with their rows)."""
        if len(rows) <= TABLE_CHUNK:
            return [self.table(header, rows, widths, extra_style=extra_style)]
        out = []
        for first in range(0, len(rows), TABLE_CHUNK):
            last = first + min(TABLE_CHUNK, len(rows) - first)  # body rows first..last-1 (0-based)
            extra = []
            for cmd in extra_style or []:
                (c0, r0), (c1, r1) = cmd[1], cmd[2]
                if r0 >= 1 and r1 >= 1:  # a command on body rows (table rows count the header as 0)
                    if first < r0 <= last and first < r1 <= last:
                        extra.append((cmd[0], (c0, r0 - first), (c1, r1 - first), *cmd[3:]))
                else:
                    extra.append(cmd)
            out.append(self.table(header, rows[first:last], widths, extra_style=extra))
        return out

    def facts(self, rows: list[tuple[str, object]], width: float, label_width: float = 38 * 2.8346):
        """Label / value rows; rows whose value is empty are left out. None when nothing is left."""
        data = []
        for label, value in rows:
            if value in (None, "", []):
                continue
            if isinstance(value, str):
                value = self.cell(value, width - label_width)
            data.append([self.cell(label, label_width, self.st.cell_bold, bold=True), value])
        if not data:
            return None
        return Table(data, colWidths=[label_width, width - label_width], splitByRow=1, splitInRow=1,
                     hAlign="LEFT", style=self.facts_style)

    def styled(self, table: Table, cmds: list) -> Table:
        table.setStyle(base_table(self.fonts.body) + list(cmds))
        return table

    # Names, places, times ------------------------------------------------------------------------

    def country(self, code: str) -> str:
        return self._territories.get((code or "").upper(), code or "")

    def person_markup(self, p: dict | None, *, bold: bool = True, native: bool = True) -> str:
        """Romanised name (family name first where that is the custom), then the native name."""
        if not p:
            return ""
        text = self.fonts.markup(p.get("name") or "", bold)
        if bold:
            text = f"<b>{text}</b>"
        if native and p.get("native_name"):
            text += " \u00a0" + self.fonts.markup(p["native_name"])
        return text

    def person_text(self, p: dict | None) -> str:
        """Romanised name, then the native name, as one plain string."""
        if not p:
            return ""
        native = p.get("native_name") or ""
        return (p.get("name") or "") + (f"\u00a0\u00a0{native}" if native else "")

    def people_cell(self, persons: list, style=None):
        """One paragraph listing people, one per line."""
        persons = [x for x in persons if x]
        style = style or self.st.cell
        if len(persons) == 1:
            return self.p(self.person_text(persons[0]), style)
        return self.raw("<br/>".join(self.person_markup(x, bold=False) for x in persons), style)

    def org_markup(self, name: str, native: str = "", bold: bool = False) -> str:
        text = self.fonts.markup(name, bold)
        if native:
            text += f" ({self.fonts.markup(native)})"
        return text

    def span(self, start_iso: str, end_iso: str, zone_name: str, *, with_date: bool = False) -> str:
        """"15:00–16:30 JST" for an instant pair shown in `zone_name` (date added when asked)."""
        s = in_zone(datetime.fromisoformat(start_iso), zone_name)
        e = in_zone(datetime.fromisoformat(end_iso), zone_name)
        text = f"{s:%H:%M}\u2013{e:%H:%M}"
        if e.date() != s.date():
            text += f" (+{(e.date() - s.date()).days})"
        abbrev = s.tzname() or ""
        if abbrev and not abbrev.startswith(("+", "-")):
            text += f" {abbrev}"
        if with_date:
            text = f"{self.cat.date(s.date(), 'd MMM')} {text}"
        return text

    def unbroken(self, text: str, width: float, size: float = CELL_SIZE, *, bold: bool = False) -> str:
        """Markup for a phone number or an e-mail address that is never broken across lines: its
        spaces made non-breaking, and set smaller (down to MIN_CONTACT_SIZE) when it is wider than
        `width` points; an address that does not fit even so goes on two lines, cut before its "@"."""
        text = "\u00a0".join(str(text or "").split())
        wide = self.fonts.string_width(text, size, bold)
        if wide <= width or width <= 0:
            return self.fonts.markup(text, bold)
        smaller = size * width / wide * 0.98
        if smaller < MIN_CONTACT_SIZE and "@" in text[1:]:
            # an address too long for the column even set small: its two halves on two lines, the
            # line broken before the "@" (never inside a name or a number)
            user, _, domain = text.partition("@")
            return f"{self.unbroken(user, width, size, bold=bold)}<br/>{self.unbroken('@' + domain, width, size, bold=bold)}"
        return f'<font size="{max(MIN_CONTACT_SIZE, smaller):.2f}">{self.fonts.markup(text, bold)}</font>'

    def warnings(self) -> list[str]:
        return self.fonts.warnings()


__all__ = ["LONG_PARAGRAPH", "TABLE_CHUNK", "Writer", "pieces"]
