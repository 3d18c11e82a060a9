"""Shared by the pack and the report: escaped paragraphs, tables, times, and the atomic file write."""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

from babel import Locale
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from ..errors import ValidationError
from ..services.timeutil import in_zone
from .catalogue import LANGUAGES, Catalogue
from .fonts import FontSet, load_fonts
from .styles import ACCENT, Styles, base_table, facts_table, grid_table, make_styles
from .template import PAPER, BriefingDocTemplate, outline


def check_options(lang: str, paper: str) -> None:
    if lang not in LANGUAGES:
        raise ValidationError(f"unknown language {lang!r} (use fr, nl or en)", field="lang")
    if paper not in PAPER:
        raise ValidationError(f"unknown paper size {paper!r} (use a4 or letter)", field="paper")


class Writer:
    """Turns user data into flowables; every user string passes through `FontSet.markup`."""

    def __init__(self, lang: str, fonts_dir=None):
        self.fonts: FontSet = load_fonts(fonts_dir)
        self.fonts.missing = set()
        self.st: Styles = make_styles(self.fonts)
        self.cat = Catalogue(lang)
        self._territories = Locale.parse(self.cat.locale).territories
        self._keys = 0

    # Paragraphs ----------------------------------------------------------------------------------

    def p(self, text, style=None) -> Paragraph:
        style = style or self.st.body
        return Paragraph(self.fonts.markup(text, bold=style.fontName == self.fonts.bold), style)

    def raw(self, markup: str, style=None) -> Paragraph:
        """A paragraph from markup already built from escaped parts."""
        return Paragraph(markup, style or self.st.body)

    def m(self, text, bold: bool = False) -> str:
        return self.fonts.markup(text, bold)

    def paras(self, text, style=None) -> list:
        """One paragraph per line of a user's text, so that long text splits across pages freely."""
        style = style or self.st.body
        out = []
        for line in str(text or "").splitlines():
            if line.strip():
                out.append(self.p(line, style))
        return out

    def bullets(self, items, style=None, numbered: bool = False) -> list:
        style = style or (self.st.numbered if numbered else self.st.bullet)
        out = []
        for i, item in enumerate(items, 1):
            bullet = f"{i}." if numbered else "\u2022"
            out.append(Paragraph(self.fonts.markup(item), style, bulletText=bullet))
        return out

    def key(self, prefix: str) -> str:
        self._keys += 1
        return f"{prefix}-{self._keys}"

    def h1(self, text: str, *, level: int | None = 0, toc: bool = True, key: str | None = None):
        para = self.p(text, self.st.h1)
        if level is not None:
            outline(para, level, text, key or self.key("s"), toc=toc)
        return para

    def h2(self, text: str, *, level: int | None = None, toc: bool = False) -> list:
        para = self.p(text, self.st.h2)
        if level is not None:
            outline(para, level, text, self.key("h"), toc=toc)
        return [CondPageBreak(32 * 2.8346), para]

    def h3(self, text_markup: str) -> list:
        return [CondPageBreak(22 * 2.8346), self.raw(text_markup, self.st.h3)]

    def rule(self, width="100%", thickness=1.2, color=ACCENT, space=4):
        return HRFlowable(width=width, thickness=thickness, color=color, spaceBefore=space,
                          spaceAfter=space)

    # Tables --------------------------------------------------------------------------------------

    def table(self, header: list[str], rows: list[list], widths: list[float], *,
              extra_style: list | None = None) -> Table:
        """A data table: header row of labels, then rows of cells (str or flowable)."""
        data = [[self.p(h, self.st.cell_head) for h in header]]
        for row in rows:
            data.append([c if not isinstance(c, str) else self.p(c, self.st.cell) for c in row])
        t = Table(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT")
        style = grid_table(self.fonts.body, header=True)
        for cmd in extra_style or []:
            style.add(*cmd)
        t.setStyle(style)
        return t

    def facts(self, rows: list[tuple[str, object]], width: float, label_width: float = 38 * 2.8346):
        """Label / value rows; rows whose value is empty are left out. None when nothing is left."""
        data = []
        for label, value in rows:
            if value in (None, "", []):
                continue
            if isinstance(value, str):
                value = self.raw(self.fonts.lines(value), self.st.cell)
            data.append([self.p(label, self.st.cell_bold), value])
        if not data:
            return None
        t = Table(data, colWidths=[label_width, width - label_width], splitByRow=1, splitInRow=1,
                  hAlign="LEFT")
        t.setStyle(facts_table(self.fonts.body))
        return t

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
        doc.build_all(story)

    def warnings(self) -> list[str]:
        return self.fonts.warnings()


def new_document(w: Writer, target, *, title: str, document_name: str, classification: str,
                 issue_date: str, paper: str, on_step=None, cover: bool = True) -> BriefingDocTemplate:
    return BriefingDocTemplate(target, fonts=w.fonts, styles=w.st, cat=w.cat, title=title,
                               document_name=document_name, classification=classification,
                               issue_date=issue_date, paper=paper, on_step=on_step, cover=cover)


def write_private(path: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `path` readable by its owner only, through a .part file renamed into place."""
    path = Path(path)
    if path.is_dir():
        raise ValidationError(f"{path} is a folder; give a file name such as pack.pdf", field="output")
    if not path.parent.exists():
        raise ValidationError(f"the folder {path.parent} does not exist", field="output")
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fd = None
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
        os.chmod(path, 0o600)
    except BaseException:
        if fd is not None:
            os.close(fd)
        try:
            part.unlink()
        except OSError:
            pass
        raise
    return path


def buffer() -> io.BytesIO:
    return io.BytesIO()


__all__ = ["Spacer", "Writer", "buffer", "check_options", "new_document", "write_private"]
