"""The one document template: page furniture, table of contents and PDF bookmarks.

Header: the mission title and the document's name. Footer: the classification marking, the date of
issue and "page X of Y". The total page count is only known at the end, so the canvas keeps every
page's state and writes the counts when it saves (``_CountingCanvas``). The table of contents is
made of ``ContentsLine``s from the headings known before layout; their page numbers, like the page
count, are forms written when the canvas saves, so one layout pass is enough.

Layout code marks a heading with :func:`outline` to give it a bookmark (and a TOC line).

A heading never ends a page: a paragraph in a heading style (HEADING_STYLES) or one that says
keepWithNext goes to the next page unless the start of what follows it fits under it
(`BriefingDocTemplate.handle_keepWithNext`, `KeepWithNext`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.doctemplate import NullActionFlowable

from .catalogue import Catalogue
from .fonts import LATIN_BOLD, FontSet
from .styles import ACCENT, ALERT, HEADER_GAP, MARGIN, MUTED, RULE, WATERMARK, Styles

PAPER = {"a4": A4, "letter": LETTER}
PAGE_NUMBER_WIDTH = 14 * mm  # the contents' column of page numbers
AUTHOR = "Mission Planner"
FOOTER_SIZE = 8
FOOTER_SMALL = 6.5  # a marking of more than two footer lines is set this size
FOOTER_GAP = 4 * mm  # at least this between the marking and the time of issue


def wrap_text(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """`text` broken into lines no wider than `width` points as `measure` counts them (at spaces; a
    word too long for a line is cut between characters). Nothing is dropped: the lines joined
    with spaces give the text back, its runs of spaces folded to one."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for ch in word:  # a word wider than the column: cut it where it must be
            if line and measure(line + ch) > width:
                lines.append(line)
                line = ""
            line += ch
    if line:
        lines.append(line)
    return lines


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, y upwards


@dataclass(frozen=True)
class FooterLayout:
    """Where the footer's marking and time of issue go on a page (baselines, in points)."""

    marking: tuple[tuple[float, float, str], ...]  # (x, baseline, line), left-aligned
    marking_size: float
    issued: tuple[float, float, str]  # (centre x, baseline, text)
    marking_box: Box
    issued_box: Box


def footer_layout(marking: str, issued: str, *, left: float, right: float, centre: float, y: float,
                  measure: Callable[[str, float, bool], float], bold: bool = True,
                  size: float = FOOTER_SIZE) -> FooterLayout:
    """The footer's classification marking, whole, and the time of issue (centred on `centre`),
    on the baseline `y`. The marking goes in the column from `left` to `FOOTER_GAP` before the time
    of issue, on one line or two; a marking longer than that takes the lines below, across the
    whole width from `left` to `right` (at FOOTER_SMALL past two lines). `measure(text, size,
    bold)` is a string's width; the marking is set bold when `bold`, the time of issue regular."""
    issued_w = measure(issued, FOOTER_SIZE, False) if issued else 0.0
    column = (centre - issued_w / 2 - FOOTER_GAP if issued else right) - left
    lines = wrap_text(marking, column, lambda t: measure(t, size, bold))
    top = y
    if len(lines) > 2:  # under the time of issue, the width of the page
        top = y - FOOTER_SIZE * 1.3
        lines = wrap_text(marking, right - left, lambda t: measure(t, size, bold))
        if len(lines) > 2:
            size = min(size, FOOTER_SMALL)
            lines = wrap_text(marking, right - left, lambda t: measure(t, size, bold))
    leading = size * 1.15
    placed = tuple((left, top - n * leading, line) for n, line in enumerate(lines))
    widest = max((measure(line, size, bold) for line in lines), default=0.0)
    marking_box = (left, top - (len(lines) - 1) * leading - size * 0.25, left + widest, top + size)
    issued_box = (centre - issued_w / 2, y - FOOTER_SIZE * 0.25, centre + issued_w / 2, y + FOOTER_SIZE)
    return FooterLayout(placed, size, (centre, y, issued), marking_box, issued_box)


WATERMARK_DPI = 110


@lru_cache(maxsize=4)
def watermark_image(text: str, font_file, width: float, height: float):
    """`text` set pale and bold along the diagonal of a `width` x `height` point page: an
    ImageReader and its size in points (made once per text and paper)."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    scale = WATERMARK_DPI / 72
    angle = math.degrees(math.atan2(height, width))
    room = math.hypot(width, height) * 0.8 * scale  # the text's length along the diagonal, in pixels

    def face(px: int):
        if font_file:
            return ImageFont.truetype(str(font_file), px)
        return ImageFont.load_default(px)

    size = 100
    left, top, right, bottom = face(size).getbbox(text)
    size = max(8, min(int(size * room / max(1, right - left)), int(64 * scale)))
    font = face(size)
    left, top, right, bottom = font.getbbox(text)
    flat = Image.new("RGBA", (right - left + 8, bottom - top + 8), (255, 255, 255, 0))
    colour = tuple(int(c * 255) for c in WATERMARK.rgb())
    ImageDraw.Draw(flat).text((4 - left, 4 - top), text, font=font, fill=(*colour, 255))
    turned = flat.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    return ImageReader(turned), turned.width / scale, turned.height / scale


def boxes_overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# Paragraph styles (styles.py) whose paragraphs are headings: kept with what follows them. A style's
# twin for Japanese and Korean line breaking ("H3-CJK") is the same heading.
HEADING_STYLES = frozenset({"H1", "H2", "H3", "Day", "Label"})
_HEADING_STYLE_NAMES = HEADING_STYLES | {f"{name}-CJK" for name in HEADING_STYLES}


def is_heading(flowable) -> bool:
    """A paragraph in a heading style, or a flowable that says keepWithNext (reportlab's flag, on
    the flowable or its style)."""
    style = getattr(flowable, "style", None)
    if style is not None and style.name in _HEADING_STYLE_NAMES:
        return True
    return bool(getattr(flowable, "keepWithNext", None) or getattr(style, "keepWithNext", None))


# The most room the start of a flowable can need, a KeepTogether aside: a paragraph's first lines, a
# table's header and the first lines of its first row (rows split), a row with a photo (36 mm) that
# does not split. With this much room under the headings, what follows is not measured.
START_AT_MOST = 60 * mm


class KeepWithNext(Flowable):
    """One or more headings (with the conditional breaks and spacers between them) and the flowable
    after them. Unlike reportlab's KeepTogether, what follows need not fit whole: the headings stay
    where they are when its first part (a paragraph's first lines, a table's first rows) fits under
    them, and go to the next frame otherwise. `full`: the frame's height (no break at its top)."""

    def __init__(self, heads: list, following, full: float, settled: Callable[[list], None]):
        super().__init__()
        self.heads, self.following, self.full, self.settled = heads, following, full, settled

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return self.heads[0].getSpaceBefore()

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        return availWidth, 0xFFFFFF  # always split (as KeepTogether): the frame then places each part

    def split(self, availWidth, availHeight):  # noqa: N803
        parts = self._start_fits(availWidth, availHeight)
        if parts is not None:
            self.settled(self.heads[1:])  # the first is placed now, the others where they fit
            return [*self.heads, *parts]
        if availHeight >= self.full - 1:  # at the top of a frame already: breaking gains nothing
            self.settled(self.heads[1:])
            return [*self.heads, self.following]
        self.settled(self.heads)  # at the top of the next frame
        return [FrameBreak(), *self.heads, self.following]

    def _start_fits(self, width: float, room: float) -> list | None:
        """What follows the headings, as it is to be placed (whole, or split at `room`), when its
        start fits under them; None when it does not. Spaces as a frame counts them: the larger of
        one's space after and the next one's space before (the group's own space before is
        already outside `room`)."""
        after = None
        for f in self.heads:
            if isinstance(f, CondPageBreak):  # would break here: the headings above it would be left
                if room - (after or 0) < f.height:
                    return None
                continue
            height = f.wrapOn(self.canv, width, room)[1]
            if after is not None:
                room -= max(after, f.getSpaceBefore())
            room -= height
            after = f.getSpaceAfter()
            if room < 0:
                return None
        following = self.following
        if after is not None:
            room -= max(after, following.getSpaceBefore())
        if room <= 0:
            return None
        if room >= START_AT_MOST and not isinstance(following, KeepTogether):
            return [following]  # its start fits: not measured (a table measured here is measured twice)
        if following.wrapOn(self.canv, width, room)[1] <= room:
            return [following]
        parts = following.splitOn(self.canv, width, room)
        start = next((p for p in parts if not isinstance(p, NullActionFlowable | Spacer)), None)
        if start is None or isinstance(start, ActionFlowable):  # it would begin on the next frame
            return None
        if start is not parts[0] or isinstance(following, KeepTogether):  # placed whole or not at all
            return parts
        return parts if start.wrapOn(self.canv, width, room)[1] <= room else None


def outline(flowable, level: int, text: str, key: str, *, toc: bool = True):
    """Mark a flowable as a bookmark target (and a table-of-contents line when `toc`)."""
    flowable._mp_outline = (level, text, key, toc)
    return flowable


def running_head(flowable, text: str | None):
    """From this flowable on, pages that continue it carry `text` and "(continued)" in their header
    (a meeting's brief over several pages); None ends it (the annexes)."""
    flowable._mp_running = text
    return flowable


def progress_mark(flowable, step: int):
    flowable._mp_step = step
    return flowable


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


class ContentsLine(Flowable):
    """A line of the table of contents: the heading (a link to it), dot leaders and its page.

    The heading's page is known only once the whole document is laid out, so the leaders and the
    number are a form (`mpToc-<key>`) placed at the end of the heading's text and written when the
    canvas saves.
    """

    def __init__(self, doc: BriefingDocTemplate, markup: str, key: str, style):
        super().__init__()
        self.doc, self.key, self.style = doc, key, style
        self.para = Paragraph(f'<a href="#{key}">{markup}</a>', style)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        # The style's space before is part of the line (a frame would fold it into the space after
        # the line above, and drop it at the top of a page).
        self.width = availWidth
        self.text_height = self.para.wrap(availWidth - PAGE_NUMBER_WIDTH, availHeight)[1]
        self.height = self.style.spaceBefore + self.text_height
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return 0  # inside the line (wrap)

    def draw(self) -> None:
        self.para.drawOn(self.canv, 0, 0)
        style = self.style
        lines = self.para.getActualLineWidths0()  # each from the left edge, indents included
        x = lines[-1] if lines else 0
        y = self.text_height - style.fontSize - (len(lines) - 1) * style.leading  # the last baseline
        name = f"mpToc-{self.key}"
        self.doc.forms[name] = partial(self.doc.draw_page_number, key=self.key, room=self.width - x, style=style)
        self.canv.saveState()
        self.canv.translate(x, y)
        self.canv.doForm(name)
        self.canv.restoreState()


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
                 paper: str = "a4", on_step=None, cover: bool = True, watermark: str = "",
                 author: str = AUTHOR, subject: str = "", keywords: str = ""):
        if paper not in PAPER:
            raise ValueError(f"unknown paper size {paper!r} (use a4 or letter)")
        self.fonts, self.styles, self.cat = fonts, styles, cat
        self.mission_title = title
        self.document_name = document_name
        self.classification = classification.strip()
        self.issue_date = issue_date
        self.on_step = on_step
        self.watermark = watermark
        super().__init__(
            target, pagesize=PAPER[paper], leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_GAP, bottomMargin=MARGIN + 4 * mm,
            title=f"{document_name}{cat['colon']}{title}", author=author or AUTHOR, subject=subject, creator=AUTHOR,
            producer=AUTHOR, keywords=keywords, allowSplitting=1,
            lang=cat.locale.replace("_", "-"),  # the catalog's /Lang: screen readers, hyphenation
        )
        width, height = self.pagesize
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_frame = Frame(self.leftMargin, self.bottomMargin, self.width, height - 2 * MARGIN - 4 * mm,
                      id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate(id="cover", frames=[cover_frame], onPage=self._furniture_cover),
                     PageTemplate(id="body", frames=[body], onPage=self._draw_watermark,
                                  onPageEnd=self._furniture)]
        self.addPageTemplates(templates if cover else templates[::-1])
        self._key_pages: dict[str, int] = {}
        self.forms: dict[str, object] = {}  # form name -> draw(canvas), drawn when the canvas saves

    def contents(self, entries: list[tuple[int, str, str]]) -> list[ContentsLine]:
        """The table of contents: a line per (level, text, bookmark key), in story order."""
        levels = self.styles.toc_levels
        return [ContentsLine(self, self.fonts.markup(text), key, levels[min(level, len(levels) - 1)])
                for level, text, key in entries]

    def filterFlowables(self, flowables):  # noqa: N802 (reportlab's name)
        """Put the next chunk of a Deferred at the head of the story in front of it; an empty
        flowable in its place when it has no more."""
        while flowables and isinstance(flowables[0], Deferred):
            chunk = next(flowables[0].chunks, None)
            if chunk is None:
                flowables[0] = Spacer(0, 0)
            else:
                flowables[0:0] = chunk

    def handle_keepWithNext(self, flowables):  # noqa: N802 (reportlab's name)
        """A heading at the head of the story is kept with what follows it (`KeepWithNext`): with
        the headings, conditional breaks and spacers straight after it, and the next flowable.
        Replaces reportlab's keepWithNext, which keeps a heading with the whole of the next flowable
        (a long paragraph or table would leave the rest of the page blank) and marks the paragraph
        itself, when section labels are shared between meeting briefs."""
        first = flowables[0]
        if not is_heading(first):
            return
        settled = self._settled
        if settled and first is settled[0]:  # checked with the headings above it: placed as it is
            del settled[0]
            return
        settled.clear()
        if self._fresh:  # at the top of a page, nothing placed on it yet: nowhere better to go
            return
        n = 1
        while n < len(flowables) and (is_heading(flowables[n]) or isinstance(flowables[n], Spacer)):
            n += 1
        if n == len(flowables) or isinstance(flowables[n], ActionFlowable | Deferred):
            return
        flowables[:n + 1] = [KeepWithNext(flowables[:n], flowables[n], self.height, self._settle)]

    def _settle(self, heads: list) -> None:
        self._settled = [f for f in heads if is_heading(f)]

    def handle_pageBegin(self):  # noqa: N802 (reportlab's name)
        """A new page: a heading at its top is not checked (`handle_keepWithNext`)."""
        self._fresh = True
        super().handle_pageBegin()

    def afterFlowable(self, flowable):  # noqa: N802 (reportlab's name)
        if self._fresh and getattr(flowable, "height", 0):
            self._fresh = False
        mark = getattr(flowable, "_mp_outline", None)
        if mark:
            level, text, key, toc = mark
            self.canv.bookmarkPage(key)
            self._key_pages[key] = self.page
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        if hasattr(flowable, "_mp_running"):
            self._running = (flowable._mp_running, self.page) if flowable._mp_running else None
        step = getattr(flowable, "_mp_step", None)
        if step is not None and self.on_step is not None:
            self.on_step(step)

    def build_all(self, story: list) -> None:
        """Lay out and write the document, in one pass."""
        self._key_pages, self.forms = {}, {}
        self._running: tuple[str, int] | None = None  # (text, page it began on)
        self._settled: list = []  # headings a KeepWithNext checked, in order: not checked again
        self._fresh = True  # nothing with a height placed on this page yet
        # Streams are deflated; reportlab's default also wraps them in ASCII85 (pure Python, slow,
        # and 25 % bigger), which no viewer needs.
        from reportlab import rl_config

        rl_config.useA85 = 0
        self.build(story, canvasmaker=self._canvas_class())

    def _canvas_class(self):
        doc = self

        class _Canvas(_CountingCanvas):
            _mp_template = doc

        return _Canvas

    # Page furniture ------------------------------------------------------------------------------

    def _draw_watermark(self, canv, doc=None) -> None:
        """The diagonal DRAFT marking across the page, pale, under the page's text (page templates
        draw before the content). A picture, not text: diagonal glyphs would be read into the
        page's text by extractors and screen readers (pdftotext cut them into the lines around);
        the header says the same in words (`draft_mark`)."""
        if not self.watermark:
            return
        width, height = self.pagesize
        image, w, h = watermark_image(self.watermark, self.fonts.files.get(LATIN_BOLD), width, height)
        canv.drawImage(image, (width - w) / 2, (height - h) / 2, w, h, mask="auto")

    def _furniture_cover(self, canv, doc) -> None:
        self._draw_watermark(canv)
        canv.saveState()
        width, height = self.pagesize
        if self.classification:
            canv.setFillColor(ALERT)
            self._draw_marking(canv, height - MARGIN + 2 * mm, 10)
        self._footer(canv)
        canv.restoreState()

    def _furniture(self, canv, doc) -> None:
        """The same header and footer on every body page: drawn once, as a form each page shows;
        a page that continues a meeting's brief names it instead of the mission in its header.
        Drawn when the page is full (onPageEnd): only then is it known whether a new brief or the
        annexes began on it. (The watermark goes under the text, at the page's start.)"""
        self.forms.setdefault("mpFurniture", self._draw_furniture)
        canv.doForm("mpFurniture")
        running = getattr(self, "_running", None)
        if running and running[1] < self.page:
            # Under the header's rule, above the body's frame (HEADER_GAP leaves room for one line).
            canv.saveState()
            canv.setFillColor(MUTED)
            text = self._fit(self.cat("continued", text=running[0]), 8, self.width)
            self.fonts.draw(canv, self.leftMargin, self.pagesize[1] - MARGIN - 6.5 * mm, text, 8)
            canv.restoreState()

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

    def footer_layout(self) -> FooterLayout:
        """The footer of every page: the classification marking whole on the left (wrapped when
        long, never over the time of issue), the time of issue in the middle (worked out once)."""
        layout = self.__dict__.get("_footer_laid_out")
        if layout is None:
            width, _ = self.pagesize
            bold = bool(self.classification)
            marking = self.classification.upper() or self.cat["unclassified"]
            issued = self.cat("issued", date=self.issue_date) if self.issue_date else ""
            layout = self._footer_laid_out = footer_layout(
                marking, issued, left=self.leftMargin, right=width - self.rightMargin, centre=width / 2,
                y=MARGIN - 2 * mm, measure=self.fonts.string_width, bold=bold)
        return layout

    def _footer(self, canv) -> None:
        width, _ = self.pagesize
        y = MARGIN - 2 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(self.leftMargin, y + 4 * mm, width - self.rightMargin, y + 4 * mm)
        layout = self.footer_layout()
        canv.setFillColor(ALERT if self.classification else MUTED)
        for x, line_y, line in layout.marking:
            self.fonts.draw(canv, x, line_y, line, layout.marking_size, bold=bool(self.classification))
        canv.setFillColor(MUTED)
        centre, issued_y, issued = layout.issued
        if issued:
            self.fonts.draw(canv, centre, issued_y, issued, FOOTER_SIZE, align="center")

    def draw_page_count(self, canv, page: int, total: int) -> None:
        width, _ = self.pagesize
        canv.saveState()
        canv.setFillColor(ACCENT)
        self.fonts.draw(canv, width - self.rightMargin, MARGIN - 2 * mm,
                        self.cat("page_x_of_y", page=page, pages=total), 8, align="right")
        canv.restoreState()

    def draw_page_number(self, canv, key: str, room: float, style) -> None:
        """Dot leaders and the page of bookmark `key`, right-aligned in `room` points from the end of
        a contents line's text (the form's origin, on its baseline)."""
        target = self._key_pages.get(key)
        if target is None:
            return
        number, size = str(target), style.fontSize
        number_w = stringWidth(number, style.fontName, size)
        dot = " . "
        dots = max(0, int((room - number_w) / stringWidth(dot, style.fontName, size)))
        text = canv.beginText(room - dots * stringWidth(dot, style.fontName, size) - number_w, 0)
        text.setFont(style.fontName, size)
        text.setFillColor(style.textColor)
        text.textLine(dots * dot + number)
        canv.drawText(text)

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
        """`text` broken into lines no wider than the text column (`wrap_text`), worked out once
        per text and size."""
        cache = self.__dict__.setdefault("_wrapped", {})
        key = (text, size, bold)
        if key not in cache:
            cache[key] = wrap_text(text, self.width, lambda t: self.fonts.string_width(t, size, bold))
        return cache[key]


__all__ = ["BriefingDocTemplate", "ContentsLine", "Deferred", "FooterLayout", "NextPageTemplate", "PAPER",
           "boxes_overlap", "footer_layout", "outline", "progress_mark", "wrap_text"]
