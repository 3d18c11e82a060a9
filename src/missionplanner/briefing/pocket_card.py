"""The pocket card: the day at a glance of each day of the mission on A6 (a quarter of A4), to
carry in a jacket pocket. `brief --pocket` prints it.

The same pages as the pack's front matter (briefing/front_matter.py) on a small page with narrow
margins: the mission's title and the classification at the top, the classification and the page
number at the foot. No cover, no contents, no version of record (the pack is the document of
record; the card is a copy of part of it).
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ..output_files import write_output
from .front_matter import FrontMatter
from .options import check_options
from .styles import ALERT, MUTED, RULE
from .template import wrap_text

POCKET_PAPER = A6
POCKET_MARGIN = 7 * mm
MARKING_SIZE = 6.0


def build_pocket_card(planner, mission_ref: str, output_path, *, lang: str = "en", classification: str = "",
                      home_tz: str | None = None, today: date | None = None, fonts_dir=None, **_ignored) -> list[str]:
    """Write the pocket card of a mission (a page per day, A6); returns warnings (fonts).
    Options of the pack that do not apply to the card (paper, edition, document control) are
    accepted and ignored, so that `brief --pocket` takes the command line as it is."""
    from .catalogue import Catalogue
    from .pack import _name_positions
    from .writer import Writer

    check_options(lang, "a4", classification)
    d = planner.briefing.data(mission_ref, home_tz=home_tz, today=today, lang=lang,
                              untranslated_mark=Catalogue(lang)["untranslated_mark"])
    w = Writer(lang, fonts_dir)
    _name_positions(d, w.cat["name_to_be_confirmed"])
    front = FrontMatter(_Card(d, w))
    out = io.BytesIO()
    doc = _PocketDoc(out, w, d["title"], classification)
    story = front.days(doc.width, bookmarks=True)
    doc.build(story)
    write_output(output_path, out.getvalue())
    return w.warnings()


class _Card:
    """What FrontMatter reads of a pack, for the card."""

    def __init__(self, d: dict, w):
        self.d, self.w, self.cat, self.st = d, w, w.cat, w.st
        self.home = d["home_timezone"]


class _PocketDoc(BaseDocTemplate):
    def __init__(self, target, w, title: str, classification: str):
        self.w = w
        self.mission_title = title
        self.marking = (classification or "").strip().upper() or w.cat["unclassified"]
        self.classified = bool((classification or "").strip())
        cat = w.cat
        # The classification whole, wrapped at the foot (never cut): the foot grows with its lines.
        room = POCKET_PAPER[0] - 2 * POCKET_MARGIN - 8 * mm
        self.marking_lines = wrap_text(self.marking, room,
                                       lambda t: w.fonts.string_width(t, MARKING_SIZE, self.classified))
        foot = (len(self.marking_lines) - 1) * MARKING_SIZE * 1.15
        super().__init__(target, pagesize=POCKET_PAPER, leftMargin=POCKET_MARGIN, rightMargin=POCKET_MARGIN,
                         topMargin=POCKET_MARGIN + 6 * mm, bottomMargin=POCKET_MARGIN + 5 * mm + foot,
                         title=f"{cat['pocket_card']}{cat['colon']}{title}", author="Mission Planner",
                         creator="Mission Planner", producer="Mission Planner", subject=self.marking,
                         keywords=self.marking, lang=cat.locale.replace("_", "-"))
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="card",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="card", frames=[frame], onPage=self._furniture)])

    def afterFlowable(self, flowable):  # noqa: N802 (reportlab's name)
        mark = getattr(flowable, "_mp_outline", None)
        if mark:
            level, text, key, _toc = mark
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)

    def _furniture(self, canv, doc) -> None:
        fonts, cat = self.w.fonts, self.w.cat
        width, height = self.pagesize
        top = height - POCKET_MARGIN
        canv.saveState()
        canv.setFillColor(MUTED)
        title = self._fit(self.mission_title, 6.5, self.width * 0.7)
        fonts.draw(canv, self.leftMargin, top, title, 6.5, bold=True)
        fonts.draw(canv, width - self.rightMargin, top, cat["pocket_card"], 6.5, align="right")
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(self.leftMargin, top - 2 * mm, width - self.rightMargin, top - 2 * mm)
        lines = self.marking_lines
        leading = MARKING_SIZE * 1.15
        rule = POCKET_MARGIN + 3 * mm + (len(lines) - 1) * leading
        canv.line(self.leftMargin, rule, width - self.rightMargin, rule)
        canv.setFillColor(ALERT if self.classified else MUTED)
        for n, line in enumerate(lines):
            fonts.draw(canv, self.leftMargin, POCKET_MARGIN + (len(lines) - 1 - n) * leading, line, MARKING_SIZE,
                       bold=self.classified)
        canv.setFillColor(MUTED)
        fonts.draw(canv, width - self.rightMargin, POCKET_MARGIN, str(doc.page), 6.5, align="right")
        canv.restoreState()

    def _fit(self, text: str, size: float, room: float) -> str:
        fonts = self.w.fonts
        if fonts.string_width(text, size) <= room:
            return text
        while text and fonts.string_width(text + "…", size) > room:
            text = text[:-1]
        return text + "…"


__all__ = ["POCKET_PAPER", "build_pocket_card"]
