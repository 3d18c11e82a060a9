"""The trip at a glance: one row per local day on a 24-hour axis, travel, stays and meetings as bars.

The data is services/timeline.py's (through `planner.travel.timeline`, read on the worker); each bar
sits at the wall-clock time the traveller reads where it happens, so an overnight flight ends at
midnight on its departure day and starts again at midnight on its arrival day, and a red mark shows
where the clocks change (+7 h on landing in Tokyo).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from .formatting import day_label, status_text
from .kind_labels import meeting_kind_text, travel_kind_text
from .query_op import QueryOp

DAY_MINUTES = 24 * 60

COLOURS = {
    "stay": QColor("#9fd19f"),
    "travel": QColor("#2f6fbf"),
    "others": QColor("#9dbde6"),  # a journey without the lead (an adviser flying home early)
    "meeting": QColor("#e8892b"),
    "cancelled": QColor("#b8b8b8"),
    "zone": QColor("#d0312d"),
}

# Row layout in pixels: a thin stay lane, the travel lane, then one lane per overlapping meeting.
LABEL_WIDTH, RIGHT_MARGIN, HEADER = 170, 12, 22
PAD, STAY_H, BAR_H, GAP = 4, 6, 14, 2


def _local(instant: datetime, zone_name: str) -> datetime:
    return instant.astimezone(ZoneInfo(zone_name))


def _lanes(meetings: list[dict]) -> list[int]:
    """A lane per meeting so that overlapping meetings sit one under the other."""
    ends: list[int] = []
    out = []
    for m in meetings:
        for lane, end in enumerate(ends):
            if end <= m["from_minute"]:
                ends[lane] = m["to_minute"]
                out.append(lane)
                break
        else:
            ends.append(m["to_minute"])
            out.append(len(ends) - 1)
    return out


class TimelineCanvas(QWidget):
    """The painted rows; `TimelineView` scrolls it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.data: dict | None = None
        self._rows: list[tuple[float, float, dict]] = []  # (top, height, band)
        self._bars: list[tuple[QRectF, dict]] = []
        self._marks: list[tuple[QRectF, dict]] = []

    # Geometry ------------------------------------------------------------------------------------

    def axis_width(self) -> float:
        return max(200.0, self.width() - LABEL_WIDTH - RIGHT_MARGIN)

    def x_for_minute(self, minute: float) -> float:
        return LABEL_WIDTH + self.axis_width() * minute / DAY_MINUTES

    def set_data(self, data: dict | None) -> None:
        self.data = data
        self._layout()
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        height = self._rows[-1][0] + self._rows[-1][1] + PAD if self._rows else 120
        return QSize(LABEL_WIDTH + 24 * 30 + RIGHT_MARGIN, int(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 200 + RIGHT_MARGIN, self.sizeHint().height())

    def resizeEvent(self, event) -> None:
        self._layout()
        super().resizeEvent(event)

    def _layout(self) -> None:
        self._rows, self._bars, self._marks = [], [], []
        top = float(HEADER)
        line = QFontMetrics(self.font()).height()
        for band in (self.data or {}).get("bands", []):
            meetings = [i for i in band["items"] if i["type"] == "meeting"]
            lanes = _lanes(meetings)
            meeting_top = top + PAD + STAY_H + GAP + BAR_H + GAP
            height = max(2 * line + 2 * PAD,
                         meeting_top - top + (max(lanes) + 1 if lanes else 1) * (BAR_H + GAP) + PAD)
            self._rows.append((top, height, band))
            for item in band["items"]:
                if item["type"] == "stay":
                    y, h = top + PAD, STAY_H
                elif item["type"] == "travel":
                    y, h = top + PAD + STAY_H + GAP, BAR_H
                else:
                    y, h = meeting_top + lanes[meetings.index(item)] * (BAR_H + GAP), BAR_H
                x0, x1 = self.x_for_minute(item["from_minute"]), self.x_for_minute(item["to_minute"])
                self._bars.append((QRectF(x0, y, max(2.0, x1 - x0), h), item))
            for change in band["zone_changes"]:
                x = self.x_for_minute(change["minute"])
                self._marks.append((QRectF(x - 3, top, 6, height), change))
            top += height
        self.setMinimumHeight(int(top + PAD))

    # What is where (the tests and the tooltips) ---------------------------------------------------

    def bars(self) -> list[tuple[QRectF, dict]]:
        return list(self._bars)

    def zone_marks(self) -> list[tuple[QRectF, dict]]:
        return list(self._marks)

    def rows(self) -> list[tuple[float, float, dict]]:
        return list(self._rows)

    def tooltip_at(self, pos: QPointF) -> str:
        for rect, change in self._marks:
            if rect.contains(pos):
                return self._change_text(change)
        # Meetings and travel are drawn over the stay: the one on top answers first.
        for rect, item in reversed(self._bars):
            if rect.contains(pos):
                return self._item_text(item)
        return ""

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _when(self, instant: datetime, zone_name: str) -> str:
        local = _local(instant, zone_name)
        city = zone_name.rsplit("/", 1)[-1].replace("_", " ")
        return self.tr("%1 %2 (%3 time)").replace("%1", day_label(local.date())).replace(
            "%2", local.strftime("%H:%M")).replace("%3", city)

    def _item_text(self, item: dict) -> str:
        start = self._when(item["start"], item["start_zone"])
        end = self._when(item["end"], item["end_zone"])
        if item["type"] == "travel":
            lines = [f"{travel_kind_text(item['kind'])} {item['label']}"]
            if item["carrier"]:
                lines.append(item["carrier"])
            lines += [self.tr("Departs %1 from %2").replace("%1", start).replace("%2", item["from_place"]),
                      self.tr("Arrives %1 in %2").replace("%1", end).replace("%2", item["to_place"])]
            if item["travellers"]:
                lines.append(self.tr("Travellers: %1").replace("%1", ", ".join(item["travellers"])))
            if item.get("other_mission"):
                lines.append(self.tr("Recorded on the mission “%1”").replace("%1", item["other_mission"]))
        elif item["type"] == "stay":
            lines = [item["hotel"] or item["city"], item["city"],
                     self.tr("Check-in %1").replace("%1", start),
                     self.tr("Check-out %1").replace("%1", end)]
            lines += [text for text in (item["hotel_address"], item["hotel_phone"]) if text]
        else:
            lines = [item["title"],
                     f"{meeting_kind_text(item['kind'])} · {status_text(item['status'])}",
                     f"{start} – {_local(item['end'], item['end_zone']):%H:%M}"]
            lines += [text for text in (item["venue"], item["city"]) if text]
        return "\n".join(line for line in lines if line)

    def _change_text(self, change: dict) -> str:
        return self.tr("Clocks change: %1 → %2 (%3 h) on arriving with %4").replace(
            "%1", change["from_zone"]).replace("%2", change["to_zone"]).replace(
            "%3", f"{change['hours']:+g}" if change["hours"] else "0").replace("%4", change["label"])

    # Painting ------------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        if not self._rows:
            p.setPen(pal.text().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("Nothing to show yet: add travel, legs or meetings to this mission."))
            return
        bottom = self._rows[-1][0] + self._rows[-1][1]
        grid = QColor(pal.text().color())
        grid.setAlpha(40)
        for hour in range(0, 25):
            x = self.x_for_minute(hour * 60)
            p.setPen(QPen(grid, 1 if hour % 6 else 2))
            p.drawLine(QPointF(x, HEADER), QPointF(x, bottom))
            if hour % 3 == 0:
                p.setPen(pal.text().color())
                p.drawText(QRectF(x - 20, 2, 40, HEADER - 4), Qt.AlignmentFlag.AlignCenter, f"{hour:02d}")
        for index, (top, height, band) in enumerate(self._rows):
            if index % 2:
                shade = QColor(pal.alternateBase().color())
                p.fillRect(QRectF(0, top, self.width(), height), shade)
            p.setPen(pal.text().color())
            offset = band["offset_from_home_hours"]
            zone_line = band["zone"].rsplit("/", 1)[-1].replace("_", " ")
            if offset:
                zone_line += self.tr(" (home %1 h)").replace("%1", f"{-offset:+g}")
            p.drawText(QRectF(6, top + PAD, LABEL_WIDTH - 10, height - 2 * PAD),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                       f"{day_label(band['date'])}\n{zone_line}")
        for rect, item in self._bars:
            if item.get("status") == "cancelled":
                colour = COLOURS["cancelled"]
            elif item["type"] == "travel" and not item.get("with_lead", True):
                colour = COLOURS["others"]
            else:
                colour = COLOURS[item["type"]]
            p.fillRect(rect, colour)
            if item["type"] != "stay" and rect.width() > 30:
                p.setPen(QColor("white") if colour == COLOURS["travel"] else QColor("black"))
                p.drawText(rect.adjusted(3, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                           QFontMetrics(self.font()).elidedText(item["label"], Qt.TextElideMode.ElideRight,
                                                                int(rect.width()) - 5))
        for rect, change in self._marks:
            p.setPen(QPen(COLOURS["zone"], 2, Qt.PenStyle.DashLine))
            x = rect.center().x()
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            p.setPen(COLOURS["zone"])
            hours = f"{change['hours']:+g} h" if change["hours"] else "0 h"
            p.drawText(QRectF(x + 3, rect.bottom() - 16, 60, 14), Qt.AlignmentFlag.AlignLeft, hours)
        p.end()


class TimelineView(QWidget):
    """The trip timeline of one mission: a legend and the scrollable rows.

    `show_mission(mission_id)` reads `planner.travel.timeline` on the worker (the window's planner,
    or the one given); `set_timeline(data)` shows data already read."""

    loaded = Signal()

    def __init__(self, planner=None, tasks=None, parent=None):
        super().__init__(parent)
        self.planner, self.tasks = planner, tasks
        self.mission_id: str | None = None
        self._reads = 0
        self.legend = QLabel(self._legend_html())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)  # a narrow window wraps the legend rather than widening
        self.canvas = TimelineCanvas()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.scroll, 1)

    def _legend_html(self) -> str:
        def swatch(colour: QColor, text: str) -> str:
            return (f'<span style="background-color:{colour.name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                    f"&nbsp;{text}&nbsp;&nbsp;&nbsp;")

        return "".join((swatch(COLOURS["travel"], self.tr("Travel")),
                        swatch(COLOURS["others"], self.tr("Travel without the lead")),
                        swatch(COLOURS["stay"], self.tr("Stay")),
                        swatch(COLOURS["meeting"], self.tr("Meeting")),
                        swatch(COLOURS["cancelled"], self.tr("Cancelled")),
                        swatch(COLOURS["zone"], self.tr("Clocks change"))))

    def show_mission(self, mission_id: str | None) -> None:
        self.mission_id = mission_id
        self._reads += 1
        if not mission_id:
            self.set_timeline(None)
            return
        reads = self._reads
        QueryOp(self, op=lambda planner: planner.travel.timeline(mission_id),
                success=lambda data: self._arrived(data, reads),
                failure=lambda _exc: self._arrived(None, reads),
                planner=self.planner, tasks=self.tasks).run()

    def reload(self) -> None:
        self.show_mission(self.mission_id)

    def _arrived(self, data: dict | None, reads: int) -> None:
        if reads == self._reads:  # an older read answering late is not shown over a newer one
            self.set_timeline(data)

    def set_timeline(self, data: dict | None) -> None:
        self.canvas.set_data(data)
        self.loaded.emit()
