"""Shared by the pack and the report: escaped paragraphs, tables, times, and the atomic file write."""

from __future__ import annotations

import gc
import io
import os
import re
import threading
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from babel import Locale
from reportlab.lib.colors import toColor
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag, ParaParser, known_entities
from reportlab.platypus.tables import LINECOMMANDS

from ..errors import ValidationError
from ..services.timeutil import in_zone
from .catalogue import LANGUAGES, Catalogue
from .fonts import FontSet, load_fonts
from .styles import ACCENT, Styles, base_table, facts_table, grid_table, make_styles
from .template import PAPER, BriefingDocTemplate, outline
from .template import Para as _Para

# Our markup, token by token: text, an entity, or one of the tags we write (see Writer.raw).
_TOKEN = re.compile(
    r"""(?P<data>[^<&]+)|&(?P<entity>amp|lt|gt|quot|apos);"""
    r"""|<(?P<tag>b|/b|br/|/font)>"""
    r"""|<(?P<font>font) (?:name="(?P<name>[^"<>&]*)"|color='(?P<color>#[0-9a-fA-F]{6})')>""")

# A run of more than 12 kana, kanji or Hangul: too long to stay unbroken on a line.
_LONG_CJK = re.compile("[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]{13,}")


_SHEET_OPS = frozenset(("BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT",
                        "ROUNDEDCORNERS", *LINECOMMANDS))


def _sheet_command(cmd) -> bool:
    """True for a table style command that draws (line, background, span) rather than setting
    the style of the cells in its range."""
    return cmd[0] in _SHEET_OPS


def _frag(base, text: str, font: str):
    """A copy of a paragraph fragment with its own text and face (`ABag.clone`, without its
    keyword-argument round trip)."""
    frag = object.__new__(type(base))
    frag.__dict__.update(base.__dict__)
    frag.text, frag.fontName = text, font
    return frag


_freeze_lock = threading.Lock()
_freeze_depth = 0


@contextmanager
def heap_frozen():
    """Leave the objects that exist before a build out of the cyclic GC while the build runs.

    Building a pack allocates about a million small objects, so the collector runs often, and
    each full collection walks every object of the process (about 0.1 s for the 200,000 of an
    app with SQLAlchemy and Qt loaded), although none of those can become garbage because of the
    build. `gc.freeze` sets them aside until the build ends; the build's own garbage is
    collected as usual. Reentrant and thread-safe (two builds at once keep it frozen until both
    end).
    """
    global _freeze_depth
    with _freeze_lock:
        if _freeze_depth == 0:
            gc.freeze()
        _freeze_depth += 1
    try:
        yield
    finally:
        with _freeze_lock:
            _freeze_depth -= 1
            if _freeze_depth == 0:
                gc.unfreeze()


# The classification marking is printed in full in every page's header: a line or two, not a text.
MAX_CLASSIFICATION = 200


# reportlab lays out a paragraph that runs over a page break again from its first unplaced word for
# each page it fills, so one long paragraph costs the square of its length (a 1 MB line: minutes).
# Text longer than this is printed as several paragraphs, cut at a sentence end where there is one.
LONG_PARAGRAPH = 2000
TABLE_CHUNK = 60  # rows per table in a long list (Writer.tables)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?\u3002\uff01\uff1f])\s+|(?<=[\u3002\uff01\uff1f])")


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


def check_options(lang: str, paper: str, classification: str = "") -> None:
    if lang not in LANGUAGES:
        raise ValidationError(f"unknown language {lang!r} (use fr, nl or en)", field="lang")
    if paper not in PAPER:
        raise ValidationError(f"unknown paper size {paper!r} (use a4 or letter)", field="paper")
    check_classification(classification)


def check_classification(text: str | None) -> None:
    """Refuse a classification marking that cannot be printed whole on every page."""
    text = text or ""
    if len(text) > MAX_CLASSIFICATION:
        raise ValidationError(f"the marking is {len(text):,} characters long; the limit is {MAX_CLASSIFICATION} "
                              "characters (it is printed in full on every page)", field="classification")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise ValidationError("contains a control character or a line break (it is printed as one "
                              "marking)", field="classification")


class Writer:
    """Turns user data into flowables; every user string passes through `FontSet.markup`."""

    def __init__(self, lang: str, fonts_dir=None):
        self.fonts: FontSet = load_fonts(fonts_dir)
        self.fonts.missing = set()
        self.st: Styles = make_styles(self.fonts)
        self.cat = Catalogue(lang)
        self._territories = Locale.parse(self.cat.locale).territories
        self._keys = 0
        self.toc_entries: list[tuple[int, str, str]] = []
        self._labels: dict[tuple[str, str], Paragraph] = {}
        self._label_cells: dict[tuple[str, str, float], object] = {}
        self._frags: dict[str, object] = {}
        self._cjk_styles: dict[str, ParagraphStyle] = {}
        self._stack_base: dict[str, dict] = {}
        self._table_styles: dict = {}

    # Paragraphs ----------------------------------------------------------------------------------

    def p(self, text, style=None, bulletText=None) -> Paragraph:  # noqa: N803 (reportlab's name)
        """A paragraph of one user string, shown literally (never read as markup).

        Built from text fragments, one per script run, instead of escaped markup run through
        reportlab's parser: the same result, several times faster.
        """
        style = style or self.st.body
        text = "" if text is None else str(text)
        bold = style.fontName == self.fonts.bold
        if not text.strip() or "\n" in text or "\r" in text:
            return _Para(self.fonts.lines(text, bold), style, bulletText=bulletText)
        base = self._frags.get(style.name)
        if base is None:
            base = self._frags[style.name] = self._markup_frags("x", style)[0]
        runs = self.fonts.runs(text, bold)
        frags = [_frag(base, chunk, face or base.fontName) for face, chunk in runs]
        if any(face and len(chunk) > 12 for face, chunk in runs):
            style = self._cjk(style)
        return _Para(text, style, bulletText=bulletText, frags=frags)

    def _cjk(self, style):
        """The style's twin that may break lines between kana, kanji and Hangul (which have no
        spaces to break at); Latin words still break at spaces only."""
        twin = self._cjk_styles.get(style.name)
        if twin is None:
            twin = self._cjk_styles[style.name] = ParagraphStyle(f"{style.name}-CJK", parent=style,
                                                                 wordWrap="CJK")
        return twin

    def raw(self, markup: str, style=None) -> Paragraph:
        """A paragraph from markup already built from escaped parts."""
        style = style or self.st.body
        if ('<font name="MP-Japanese' in markup or '<font name="MP-Korean' in markup) and \
                _LONG_CJK.search(markup):
            style = self._cjk(style)
        frags = self._markup_frags(markup, style)
        if frags is None:
            return _Para(markup, style)
        para = _Para(cleanBlockQuotedText(markup), style, frags=frags)
        textTransformFrags(frags, style)
        return para

    def _markup_frags(self, markup: str, style) -> list | None:
        """The fragments reportlab's parser makes of our own markup, made without the parser.

        Our markup is escaped text, <b>, <br/> and <font name=...> / <font color=...>; this does
        what ParaParser's handlers do for exactly those (a test holds the two equal), without the
        HTML tokenizer and the deep copies, which cost a millisecond a paragraph. Anything else
        returns None, and the parser reads it.
        """
        text = cleanBlockQuotedText(markup)
        base = self._stack_base.get(style.name)
        if base is None:
            parser = ParaParser()
            parser._setup_for_parse(style)
            parser.start_para({})
            base = self._stack_base[style.name] = dict(parser._stack[0].__dict__)
        root = dict(base, link=[], us_lines=[])  # one set of lists per paragraph, as the parser does
        stack = [root]
        frags: list = []
        at = 0
        for match in _TOKEN.finditer(text):
            if match.start() != at:
                return None
            at = match.end()
            data, entity = match.group("data"), match.group("entity")
            tag = match.group("tag") or match.group("font")
            if data is not None or entity is not None or tag == "br/":
                top = stack[-1]
                frag = object.__new__(ParaFrag)
                frag.__dict__.update(top)
                frag.fontName = tt2ps(top["fontName"], top["bold"], top["italic"])
                if tag == "br/":
                    frag.__tag__, frag.lineBreak, frag.text = "br", True, ""
                else:
                    frag.text = data if data is not None else known_entities[entity]
                frags.append(frag)
            elif tag == "b":
                stack.append(dict(stack[-1], __tag__="b", bold=1))
            elif tag == "font":
                name, color = match.group("name"), match.group("color")
                if name is not None:
                    family, bold, italic = ps2tt(name)
                    stack.append(dict(stack[-1], __tag__="font", fontName=family, bold=bold, italic=italic))
                else:
                    stack.append(dict(stack[-1], __tag__="font", textColor=toColor(color)))
            else:  # </b> or </font>
                if len(stack) < 2 or stack[-1]["__tag__"] != tag[1:]:
                    return None
                stack.pop()
        if at != len(text) or len(stack) != 1:
            return None
        return frags

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

    # Tables --------------------------------------------------------------------------------------

    def label(self, text: str, style=None) -> Paragraph:
        """A paragraph for a catalogue label, made once per document and shared.

        Sharing is safe: a frame or table wraps a flowable right before drawing it.
        """
        style = style or self.st.body
        key = (text, style.name)
        para = self._labels.get(key)
        if para is None:
            para = self._labels[key] = self.p(text, style)
        return para

    def label_cell(self, text: str, width: float, style) -> object:
        """`cell` for a catalogue label (a facts row's label, a table's heading), made once per
        document for each width and shared by every table that shows it, like `label`."""
        key = (text, style.name, width)
        found = self._label_cells.get(key)
        if found is None:
            found = self._label_cells[key] = self.cell(text, width, style, bold=True)
        return found

    def cell(self, text: str, width: float, style=None, *, bold: bool = False):
        """A table cell for a user string: the string itself when it is one line in the Latin face
        that fits (tables draw such strings directly, much faster), else an escaped paragraph, or
        short paragraphs for a text longer than LONG_PARAGRAPH."""
        style = style or self.st.cell
        if len(text) > LONG_PARAGRAPH:  # a cell that runs over pages: short paragraphs (`pieces`)
            return self.paras(text, style)
        if text and "\n" not in text and "\r" not in text and len(text) < 120:
            if all(f is None for f, _ in self.fonts.runs(text, bold)) and \
                    self.fonts.string_width(text, style.fontSize, bold) <= width - 9:
                return text
        if bold or not ("\n" in text or "\r" in text):
            return self.p(text, style)  # one line: fragments, not markup through the parser
        return self.raw(self.fonts.lines(text, bold), style)

    def table(self, header: list[str], rows: list[list], widths: list[float], *,
              extra_style: list | None = None) -> Table:
        """A data table: header row of labels, then rows of cells (str or flowable)."""
        data = [[self.label_cell(h, w, self.st.cell_head) for h, w in zip(header, widths, strict=True)]]
        for row in rows:
            data.append([c if not isinstance(c, str) else self.cell(c, w)
                         for c, w in zip(row, widths, strict=True)])
        extra = list(extra_style or [])
        if any(not _sheet_command(cmd) for cmd in extra):  # per-cell commands: the long way
            t = Table(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT")
            t.setStyle(TableStyle(self._grid_style().getCommands() + extra))
            return t
        (head,), (body,) = self._cell_styles("grid", self._grid_style(), 2, 1)
        n = len(widths)
        cells = [[head] * n] + [[body] * n for _ in rows]
        t = Table(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT",
                  cellStyles=cells)
        t.setStyle(TableStyle(self._sheet_commands("grid", self._grid_style()) + extra))
        return t

    def tables(self, header: list[str], rows: list[list], widths: list[float], *,
               extra_style: list | None = None) -> list[Table]:
        """`table` for a list that may be long: tables of at most TABLE_CHUNK rows, each with the
        header row. reportlab makes the rest of a split table again from all its rows on each page,
        so one table of 10,000 rows costs time in the square of its rows; chunks keep it linear."""
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
            data.append([self.label_cell(label, label_width, self.st.cell_bold), value])
        if not data:
            return None
        style = self._facts_style()
        (label_style, value_style), = self._cell_styles("facts", style, 1, 2)
        t = Table(data, colWidths=[label_width, width - label_width], splitByRow=1, splitInRow=1,
                  hAlign="LEFT", cellStyles=[[label_style, value_style] for _ in data])
        t.setStyle(TableStyle(self._sheet_commands("facts", style)))
        return t

    # Table styles, worked out once per document ---------------------------------------------------
    #
    # A table keeps a CellStyle per cell (font, size, colour, padding, alignment), set by running
    # every style command over every cell of its range: about 15 commands over each cell of 200
    # tables. Our grid and facts styles set the same values on every cell of a row (grid) or a
    # column (facts), so reportlab works them out once, on a one-row table, and the tables share
    # the results; only the drawing commands (lines, backgrounds, spans) are applied per table.
    # Cell styles are shared read-only: reportlab changes one only for vertically centred cells
    # that split, and ours are aligned at the top.

    def _grid_style(self) -> TableStyle:
        found = self._table_styles.get("grid")
        if found is None:
            found = self._table_styles["grid"] = grid_table(self.fonts.body, self.fonts.bold, header=True)
        return found

    def _facts_style(self) -> TableStyle:
        found = self._table_styles.get("facts")
        if found is None:
            found = self._table_styles["facts"] = facts_table(self.fonts.body, self.fonts.bold)
        return found

    def _cell_styles(self, kind: str, style: TableStyle, rows: int, cols: int) -> list[list]:
        found = self._table_styles.get(("cells", kind))
        if found is None:
            sample = Table([[""] * cols for _ in range(rows)], colWidths=[10] * cols)
            sample.setStyle(style)
            found = self._table_styles[("cells", kind)] = sample._cellStyles
        return found

    def _sheet_commands(self, kind: str, style: TableStyle) -> list:
        found = self._table_styles.get(("sheet", kind))
        if found is None:
            found = self._table_styles[("sheet", kind)] = [c for c in style.getCommands() if _sheet_command(c)]
        return found

    # Names, places, times ------------------------------------------------------------------------

    def styled(self, table: Table, cmds: list) -> Table:
        table.setStyle(base_table(self.fonts.body) + list(cmds))
        return table

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

    def build(self, doc: BriefingDocTemplate, story: list) -> None:
        with heap_frozen():
            doc.build_all(story)

    def warnings(self) -> list[str]:
        return self.fonts.warnings()


def new_document(w: Writer, target, *, title: str, document_name: str, classification: str,
                 issue_date: str, paper: str, on_step=None, cover: bool = True) -> BriefingDocTemplate:
    return BriefingDocTemplate(target, fonts=w.fonts, styles=w.st, cat=w.cat, title=title,
                               document_name=document_name, classification=classification,
                               issue_date=issue_date, paper=paper, on_step=on_step, cover=cover)


def write_private(path: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `path` readable by its owner only (see output_files: no link, no half file)."""
    from ..output_files import write_output

    return write_output(path, data)


def buffer() -> io.BytesIO:
    return io.BytesIO()


__all__ = ["MAX_CLASSIFICATION", "Spacer", "Writer", "buffer", "check_classification", "check_options", "new_document", "write_private"]
