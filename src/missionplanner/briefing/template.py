"""The one document template: page furniture, table of contents and PDF bookmarks.

Header: the mission title and the document's name. Footer: the classification marking, the date of
issue and "page X of Y". The total page count is only known at the end, so the canvas keeps every
page's state and writes the counts when it saves (``_CountingCanvas``). The table of contents is
filled through ``afterFlowable`` + ``multiBuild``; we size it in advance from the entries we know
will come, so two passes are enough.

Layout code marks a heading with :func:`outline` to give it a bookmark (and a TOC line).
"""

from __future__ import annotations

from ast import literal_eval

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from .catalogue import Catalogue
from .fonts import FontSet
from .styles import ACCENT, ALERT, HEADER_GAP, MARGIN, MUTED, RULE, Styles, toc_table

PAPER = {"a4": A4, "letter": LETTER}
TOC_CHUNK = 40  # lines of the table of contents per table once it runs over a page
AUTHOR = "Mission Planner"


def outline(flowable, level: int, text: str, key: str, *, toc: bool = True):
    """Mark a flowable as a bookmark target (and a table-of-contents line when `toc`)."""
    flowable._mp_outline = (level, text, key, toc)
    return flowable


def progress_mark(flowable, step: int):
    flowable._mp_step = step
    return flowable


class Para(Paragraph):
    """A Paragraph that does not break its lines again when wrapped again at the same width.

    Tables wrap every cell to size the rows and again to draw them; line breaking depends on the
    width only, so the second time is pure cost.
    """

    _mp_wrapped: tuple | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        done = self._mp_wrapped
        if done is not None and done[0] == availWidth and "blPara" in self.__dict__:
            self.width, self.height = done[1]
            return done[1]
        size = super().wrap(availWidth, availHeight)
        self._mp_wrapped = (availWidth, size)
        return size


class Deferred(Flowable):
    """Stands in a story for flowables made only when the layout reaches it.

    `chunks` yields lists of flowables; `BriefingDocTemplate.filterFlowables` lays them out in
    turn where the Deferred stands. The pack of a 10,000-meeting mission thus holds one meeting's
    brief at a time, not 10,000 of them (and reportlab, which takes each flowable off the front
    of the story list, works on a short list). Only for documents laid out in one pass.
    """

    def __init__(self, chunks):
        super().__init__()
        self.chunks = iter(chunks)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        return 0, 0

    def draw(self) -> None:
        pass


class _DeferredTOC(TableOfContents):
    """A TableOfContents whose dot leaders and page numbers are drawn when the canvas saves.

    The entries (and so the TOC's height) are known before layout, so one layout pass paginates
    everything; the numbers, known only once every page is laid out, are written at the end.
    """

    def __init__(self, doc: BriefingDocTemplate, **kwargs):
        super().__init__(**kwargs)
        self._mp_doc = doc

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        """reportlab's TableOfContents.wrap, with lines that break once (`Para`): the table wraps
        its cells to size the rows, again to split at the page end and again to draw them."""
        doc = self._mp_doc

        def remember(canvas, kind, label):
            _page, level, key = label.split(",", 2)
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            ax, ay = canvas.absolutePosition(x, y)
            right = canvas.absolutePosition(availWidth, y)[0]
            doc._toc_marks.setdefault(canvas.getPageNumber(), []).append(
                (ax, ay, right, int(level), literal_eval(key)))

        self.canv.setNamedCB("drawTOCEntryEnd", remember)
        rows = []
        for level, text, page, key in self._lastEntries or [(0, "Placeholder for table of contents", 0, None)]:
            style = self.getLevelStyle(level)
            if key:
                text = f'<a href="#{key}">{text}</a>'
                key_val = repr(key).replace(",", "\\x2c").replace('"', "\\x2c")
            else:
                key_val = None
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Para(f'{text}<onDraw name="drawTOCEntryEnd" label="{page},{level},{key_val}"/>',
                              style)])
        self._rows = rows
        self._table = Table(rows, colWidths=(availWidth,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        """The lines that fit here, then the others in tables of TOC_CHUNK lines.

        reportlab's TableOfContents splits its one table, and the rest of a split table is made
        again from all its rows on each page: time in the square of the lines (a 10,000-meeting
        pack has 10,000 of them). Short tables keep each page's work to its own lines.
        """
        rows = self._rows
        chunks = [Table(rows[i:i + TOC_CHUNK], colWidths=(availWidth,), style=self.tableStyle)
                  for i in range(0, len(rows), TOC_CHUNK)]
        here = chunks[0].splitOn(self.canv, availWidth, availHeight)
        return here + chunks[1:] if here else []


class _CountingCanvas(Canvas):
    """Writes "page X of Y" and the TOC's page numbers as forms defined when the document ends.

    Each page shows a form XObject (`doForm`) whose content is only drawn in save(), once the page
    count and every bookmark's page are known. Pages themselves are written as usual, so bookmarks
    and links keep pointing at the right pages.
    """

    _mp_template: BriefingDocTemplate

    def __init__(self, *args, **kwargs):
        # Without this the canvas declares Helvetica on every page, a font we never embed.
        kwargs["initialFontName"] = self._mp_template.fonts.body
        super().__init__(*args, **kwargs)
        self._mp_count = 0

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._mp_count += 1
        self.doForm(f"mpPageCount{self._mp_count}")
        super().showPage()

    def save(self):
        total = self._mp_count
        for name, draw in self._mp_template.forms.items():
            self.beginForm(name)
            draw(self)
            self.endForm()
        for page in range(1, total + 1):
            self.beginForm(f"mpPageCount{page}")
            self._mp_template.draw_page_count(self, page, total)
            self.endForm()
        super().save()


class BriefingDocTemplate(BaseDocTemplate):
    """A4 (or Letter) document with header, footer, TOC and outline; used by the pack and the report."""

    def __init__(self, target, *, fonts: FontSet, styles: Styles, cat: Catalogue, title: str,
                 document_name: str, classification: str = "", issue_date: str = "",
                 paper: str = "a4", on_step=None, cover: bool = True):
        if paper not in PAPER:
            raise ValueError(f"unknown paper size {paper!r} (use a4 or letter)")
        self.fonts, self.styles, self.cat = fonts, styles, cat
        self.mission_title = title
        self.document_name = document_name
        self.classification = classification.strip()
        self.issue_date = issue_date
        self.on_step = on_step
        super().__init__(
            target, pagesize=PAPER[paper], leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_GAP, bottomMargin=MARGIN + 4 * mm,
            title=f"{document_name}: {title}", author=AUTHOR, subject="", creator=AUTHOR,
            producer=AUTHOR, keywords="", allowSplitting=1,
        )
        width, height = self.pagesize
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_frame = Frame(self.leftMargin, self.bottomMargin, self.width, height - 2 * MARGIN - 4 * mm,
                      id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate(id="cover", frames=[cover_frame], onPage=self._furniture_cover),
                     PageTemplate(id="body", frames=[body], onPage=self._furniture)]
        self.addPageTemplates(templates if cover else templates[::-1])
        self.toc = _DeferredTOC(self, levelStyles=list(styles.toc_levels), dotsMinLevel=0,
                                tableStyle=toc_table(fonts.body))
        self._predicted = False
        self._toc_marks: dict[int, list] = {}
        self._key_pages: dict[str, int] = {}
        self.forms: dict[str, object] = {}  # form name -> draw(canvas), drawn when the canvas saves
        self.toc.rightColumnWidth = 14 * mm

    # Table of contents ---------------------------------------------------------------------------

    def expect_toc(self, entries: list[tuple[int, str, str]]) -> None:
        """Give the TOC its lines (level, text, bookmark key) before layout: one pass is then enough."""
        self.toc._lastEntries = [(level, self.fonts.markup(text), 0, key) for level, text, key in entries]
        self._predicted = True

    def filterFlowables(self, flowables):  # noqa: N802 (reportlab's name)
        """Put the next chunk of a Deferred at the head of the story in front of it; an empty
        flowable in its place when it has no more."""
        while flowables and isinstance(flowables[0], Deferred):
            chunk = next(flowables[0].chunks, None)
            if chunk is None:
                flowables[0] = Spacer(0, 0)
            else:
                flowables[0:0] = chunk

    def afterFlowable(self, flowable):  # noqa: N802 (reportlab's name)
        mark = getattr(flowable, "_mp_outline", None)
        if mark:
            level, text, key, toc = mark
            self.canv.bookmarkPage(key)
            self._key_pages[key] = self.page
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            if toc:
                self.notify("TOCEntry", (level, self.fonts.markup(text), self.page, key))
        step = getattr(flowable, "_mp_step", None)
        if step is not None and self.on_step is not None:
            self.on_step(step)

    def build_all(self, story: list) -> int:
        """Lay out and write the document; returns the number of layout passes (1 when the TOC's
        lines were given by expect_toc, else as many as multiBuild needs)."""
        self._toc_marks, self._key_pages, self.forms = {}, {}, {}
        # Streams are deflated; reportlab's default also wraps them in ASCII85 (pure Python, slow,
        # and 25 % bigger), which no viewer needs.
        from reportlab import rl_config

        rl_config.useA85 = 0
        if self._predicted or not any(f is self.toc for f in story):
            self.build(story, canvasmaker=self._canvas_class())
            return 1
        if any(isinstance(f, Deferred) for f in story):
            raise ValueError("a story with Deferred parts is laid out in one pass (expect_toc)")
        return self.multiBuild(story, canvasmaker=self._canvas_class(), maxPasses=6) or 1

    def _canvas_class(self):
        doc = self

        class _Canvas(_CountingCanvas):
            _mp_template = doc

        return _Canvas

    # Page furniture ------------------------------------------------------------------------------

    def _furniture_cover(self, canv, doc) -> None:
        canv.saveState()
        width, height = self.pagesize
        if self.classification:
            canv.setFillColor(ALERT)
            self._draw_marking(canv, height - MARGIN + 2 * mm, 10)
        self._footer(canv)
        canv.restoreState()

    def _furniture(self, canv, doc) -> None:
        """The same header and footer on every body page: drawn once, as a form each page shows."""
        self.forms.setdefault("mpFurniture", self._draw_furniture)
        canv.doForm("mpFurniture")

    def _draw_furniture(self, canv) -> None:
        canv.saveState()
        width, height = self.pagesize
        top = height - MARGIN
        canv.setFillColor(MUTED)
        title = self._fit(self.mission_title, 8, self.width * 0.62)
        self.fonts.draw(canv, self.leftMargin, top, title, 8, bold=True)
        self.fonts.draw(canv, width - self.rightMargin, top, self.document_name, 8, align="right")
        if self.classification:
            canv.setFillColor(ALERT)
            self._draw_marking(canv, height - MARGIN / 2, 8.5)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(self.leftMargin, top - 2.5 * mm, width - self.rightMargin, top - 2.5 * mm)
        self._footer(canv)
        canv.restoreState()

    def _footer(self, canv) -> None:
        width, _ = self.pagesize
        y = MARGIN - 2 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(self.leftMargin, y + 4 * mm, width - self.rightMargin, y + 4 * mm)
        marking = self.classification.upper() or self.cat["unclassified"]
        canv.setFillColor(ALERT if self.classification else MUTED)
        self.fonts.draw(canv, self.leftMargin, y, self._fit(marking, 8, self.width * 0.34), 8,
                        bold=bool(self.classification))
        canv.setFillColor(MUTED)
        self.fonts.draw(canv, width / 2, y, self.cat("issued", date=self.issue_date), 8, align="center")

    def draw_page_count(self, canv, page: int, total: int) -> None:
        width, _ = self.pagesize
        canv.saveState()
        for x, y, right, level, key in self._toc_marks.get(page, []):
            target = self._key_pages.get(key)
            if target is None:
                continue
            style = self.styles.toc_levels[min(level, len(self.styles.toc_levels) - 1)]
            number = str(target)
            size = style.fontSize
            number_w = stringWidth(number, style.fontName, size)
            dot = " . "
            dot_w = stringWidth(dot, style.fontName, size)
            dots = max(0, int((right - x - number_w) / dot_w))
            text = canv.beginText(right - dots * dot_w - number_w, y)
            text.setFont(style.fontName, size)
            text.setFillColor(style.textColor)
            text.textLine(dots * dot + number)
            canv.drawText(text)
        canv.setFillColor(ACCENT)
        self.fonts.draw(canv, width - self.rightMargin, MARGIN - 2 * mm,
                        self.cat("page_x_of_y", page=page, pages=total), 8, align="right")
        canv.restoreState()

    def _fit(self, text: str, size: float, width: float) -> str:
        """Shorten `text` with an ellipsis so that it fits in `width` points (computed once)."""
        cache = self.__dict__.setdefault("_fitted", {})
        key = (text, size, width)
        if key not in cache:
            cache[key] = self._shorten(text, size, width)
        return cache[key]

    def _shorten(self, text: str, size: float, width: float) -> str:
        if self.fonts.string_width(text, size) <= width:
            return text
        room = width - self.fonts.string_width("…", size)
        used, keep = 0.0, 0
        for ch in text:  # one pass, character widths added up (never the whole string re-measured)
            used += self.fonts.string_width(ch, size)
            if used > room:
                break
            keep += 1
        return text[:keep].rstrip() + "…"

    # The classification marking, whole on every page -----------------------------------------------

    def _draw_marking(self, canv, y: float, size: float) -> None:
        """The classification, upper case and centred, in full: on one line when it fits, else
        wrapped (at a smaller size past two lines), the lines centred around `y`."""
        text = self.classification.upper()
        lines = self._wrap(text, size, bold=True)
        if len(lines) > 2:
            size = min(size, 6.5)
            lines = self._wrap(text, size, bold=True)
        leading = size * 1.15
        top = y + (len(lines) - 1) * leading / 2
        for n, line in enumerate(lines):
            self.fonts.draw(canv, self.pagesize[0] / 2, top - n * leading, line, size, bold=True,
                            align="center")

    def _wrap(self, text: str, size: float, *, bold: bool = False) -> list[str]:
        """`text` broken into lines no wider than the text column (at spaces; a word too long
        for a line is cut between characters). Worked out once per text and size."""
        cache = self.__dict__.setdefault("_wrapped", {})
        key = (text, size, bold)
        if key not in cache:
            width = self.width
            lines: list[str] = []
            line = ""
            for word in text.split():
                candidate = f"{line} {word}" if line else word
                if self.fonts.string_width(candidate, size, bold) <= width:
                    line = candidate
                    continue
                if line:
                    lines.append(line)
                line = ""
                for ch in word:  # a word wider than the column: cut it where it must be
                    if line and self.fonts.string_width(line + ch, size, bold) > width:
                        lines.append(line)
                        line = ""
                    line += ch
            if line:
                lines.append(line)
            cache[key] = lines
        return cache[key]


__all__ = ["BriefingDocTemplate", "Deferred", "NextPageTemplate", "PAPER", "outline", "progress_mark"]
