"""The trip at a glance: one band per local day, journeys, stays and meetings on a 24-hour axis.

Drawn as vectors with reportlab.graphics from `planner.travel.timeline` (services/timeline.py), so it
prints sharp at any size and its text stays text. Each label is split into runs by script, so a
Japanese or Korean title is drawn in the face that has its glyphs.
"""

from __future__ import annotations

from datetime import datetime, time

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from ..services.timeutil import zone

DAY = 24 * 60
ROW = 20.0  # points per day
LABEL = 78.0  # the day's name and zone, left of the axis
AXIS = 14.0  # hour marks above the first band
BANDS_PER_DRAWING = 26  # a drawing does not split across pages: a long trip is drawn in parts

COLOURS = {
    "stay": colors.HexColor("#cfe6d2"),
    "travel": colors.HexColor("#2f6db5"),
    "travel-without-lead": colors.HexColor("#9dbbe0"),
    "meeting": colors.HexColor("#d9822b"),
    "cancelled": colors.HexColor("#c9c9c9"),
    "zone": colors.HexColor("#c0392b"),
}


def _colour(piece: dict):
    if piece["type"] == "travel":
        return COLOURS["travel" if piece.get("with_lead", True) else "travel-without-lead"]
    if piece["type"] == "meeting" and piece.get("status") == "cancelled":
        return COLOURS["cancelled"]
    return COLOURS[piece["type"]]


class _Text:
    """Strings in the pack's faces: each run of a label in the face that covers its script."""

    def __init__(self, fonts):
        self.fonts = fonts

    def width(self, text: str, size: float) -> float:
        return self.fonts.string_width(text, size)

    def draw(self, group: Group, x: float, y: float, text: str, size: float, colour=colors.black) -> None:
        for face, chunk in self.fonts.runs(text):
            face = face or self.fonts.body
            group.add(String(x, y, chunk, fontName=face, fontSize=size, fillColor=colour))
            x += pdfmetrics.stringWidth(chunk, face, size)

    def fit(self, text: str, size: float, room: float) -> str:
        """The text cut with an ellipsis to fit `room` points; "" when not even a letter fits."""
        if self.width(text, size) <= room:
            return text
        while text and self.width(text + "…", size) > room:
            text = text[:-1]
        return text + "…" if text else ""


def timeline_drawings(timeline: dict, width: float, fonts, cat) -> list[Drawing]:
    """The drawings of the timeline page, `width` points wide, BANDS_PER_DRAWING days each."""
    bands = timeline["bands"]
    out = []
    for first in range(0, len(bands), BANDS_PER_DRAWING):
        out.append(_drawing(bands[first:first + BANDS_PER_DRAWING], width, fonts, cat,
                            legend=first + BANDS_PER_DRAWING >= len(bands)))
    return out


def _drawing(bands: list[dict], width: float, fonts, cat, legend: bool) -> Drawing:
    text = _Text(fonts)
    legend_height = 18.0 if legend else 0.0
    height = AXIS + ROW * len(bands) + legend_height
    # The drawing starts in the pack's own face rather than reportlab's default Helvetica, which
    # would be the one font of the PDF left unembedded.
    d = Drawing(width, height, initialFontName=fonts.body, initialFontSize=7)
    plot = width - LABEL
    top = height - AXIS

    def x_of(minute: float) -> float:
        return LABEL + plot * minute / DAY

    grid = Group()
    for hour in range(0, 25, 3):
        x = x_of(hour * 60)
        grid.add(Line(x, top, x, top - ROW * len(bands), strokeColor=colors.HexColor("#dddddd"),
                      strokeWidth=0.4))
        text.draw(grid, x - 5, top + 3, f"{hour:02d}", 6, colors.HexColor("#555555"))
    d.add(grid)

    for row, band in enumerate(bands):
        y = top - ROW * (row + 1)
        if row % 2 == 0:
            d.add(Rect(LABEL, y, plot, ROW, fillColor=colors.HexColor("#f6f6f6"), strokeColor=None))
        day_text = cat.date(band["date"], "EEE d MMM")
        zone_text = _zone_text(band, cat)
        group = Group()
        text.draw(group, 0, y + ROW - 8, day_text, 7)
        text.draw(group, 0, y + 2.5, zone_text, 5.5, colors.HexColor("#555555"))
        for piece in band["items"]:
            x0, x1 = x_of(piece["from_minute"]), x_of(piece["to_minute"])
            if piece["type"] == "stay":  # a thin bed under the day: where the nights are spent
                group.add(Rect(x0, y + 1, max(x1 - x0, 0.8), 3, fillColor=_colour(piece), strokeColor=None))
                continue
            lane_y, lane_h = (y + 5, 6.5) if piece["type"] == "travel" else (y + 11.5, 6.5)
            group.add(Rect(x0, lane_y, max(x1 - x0, 0.8), lane_h, fillColor=_colour(piece),
                           strokeColor=None))
            label = text.fit(piece.get("label") or piece.get("title") or "", 4.8, x1 - x0 - 2)
            if label:
                text.draw(group, x0 + 1, lane_y + 1.6, label, 4.8, colors.white)
        for change in band.get("zone_changes", []):
            x = x_of(change["minute"])
            group.add(Line(x, y, x, y + ROW, strokeColor=COLOURS["zone"], strokeWidth=0.9,
                           strokeDashArray=[2, 1]))
            hours = change["hours"]
            mark = f"{hours:+g} h" if hours else "±0 h"
            text.draw(group, min(x + 1.5, width - 16), y + ROW - 6, mark, 5.5, COLOURS["zone"])
        d.add(group)

    if legend:
        group = Group()
        x = LABEL
        for key, word in (("travel", cat["legend_travel"]), ("stay", cat["legend_stay"]),
                          ("meeting", cat["legend_meeting"])):
            group.add(Rect(x, 4, 10, 6, fillColor=COLOURS[key], strokeColor=None))
            text.draw(group, x + 13, 5, word, 6.5)
            x += 13 + text.width(word, 6.5) + 14
        group.add(Line(x, 3, x, 11, strokeColor=COLOURS["zone"], strokeWidth=0.9, strokeDashArray=[2, 1]))
        text.draw(group, x + 4, 5, cat["legend_clocks"], 6.5)
        d.add(group)
    return d


def _zone_text(band: dict, cat) -> str:
    """"Tokyo, JST +7 h": the day's place, its zone's abbreviation and the hours from home."""
    abbreviation = datetime.combine(band["date"], time(12), tzinfo=zone(band["zone"])).tzname() or ""
    city = cat.zone_city(band["zone"])
    offset = band.get("offset_from_home_hours", 0.0)
    shift = f" {offset:+g} h" if offset else ""
    if abbreviation and not abbreviation.startswith(("+", "-")):
        return f"{city}, {abbreviation}{shift}"
    return f"{city}{shift}"
