"""The mission as a day or week calendar an aide plans on: meetings and travel as blocks.

Each day column runs on that day's local clock (calendar_items.Day), with the home time beside it,
as flight planners show two clocks. A meeting is moved by dragging it, resized by dragging its
bottom edge (both snapping to 5 minutes), or from the keyboard (Alt+arrows); the canvas only asks
(`move_requested`): the agenda page writes on the worker, puts the move on the undo stack and checks
the mission again, and the blocks come back with their problem markers.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from . import zone_names
from .calendar_items import (
    DAY_MINUTES,
    Block,
    Day,
    attach_problems,
    blocks_of,
    calendar_days,
    day_pieces,
    shifted_by_days,
    snap,
)
from .formatting import day_label, status_text
from .kind_labels import meeting_kind_text, travel_kind_text
from .messages import problem_text
from .query_op import QueryOp
from .timeline_view import COLOURS

GUTTER, HOME_STRIP, HEADER, TOP = 48, 40, 40, 6
HOUR_HEIGHT = 44
EDGE = 6  # the bottom band of a meeting that resizes it, in pixels
MARKER = {"error": QColor("#d0312d"), "warning": QColor("#e0a000")}


def _city(zone_name: str) -> str:
    return zone_names.city(zone_name)  # "Bruxelles" in French, "Brussel" in Dutch


class CalendarCanvas(QWidget):
    """The painted grid; `CalendarView` scrolls it and says which days it shows."""

    move_requested = Signal(str, object, object)  # meeting id, new start, new end (aware UTC)
    open_requested = Signal(str)                  # meeting id (double-click, Enter)
    travel_requested = Signal(str)                # travel segment id (double-click, Enter)
    selection_changed = Signal(str)               # block id, "" when none

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(TOP + 24 * HOUR_HEIGHT + TOP)
        self.setAccessibleName(self.tr("Calendar"))
        self.days: list[Day] = []
        self.shown: list[int] = []  # indices into days: one (day view) or all (week view)
        self.blocks: list[Block] = []
        self.selected: str | None = None
        self._drag: dict | None = None
        self._pieces: list[tuple[QRectF, Block, int]] | None = None  # laid out again on change or resize

    # Data ---------------------------------------------------------------------------------------

    def set_content(self, days: list[Day], blocks: list[Block], shown: list[int]) -> None:
        self.days, self.blocks, self.shown = days, blocks, shown
        self._pieces = None
        if self.selected and not self.block(self.selected):
            self.selected = None
        self._drag = None
        self.update()

    def set_problems(self, problems: list[dict]) -> None:
        attach_problems(self.blocks, problems)
        self.update()

    def block(self, block_id: str | None) -> Block | None:
        return next((b for b in self.blocks if b.id == block_id), None)

    def select(self, block_id: str | None) -> None:
        if block_id != self.selected:
            self.selected = block_id
            self.selection_changed.emit(block_id or "")
        self.update()

    # Geometry -----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(GUTTER + max(1, len(self.shown)) * 160, TOP + 24 * HOUR_HEIGHT + TOP)

    def column_width(self) -> float:
        return max(80.0, (self.width() - GUTTER) / max(1, len(self.shown)))

    def column_rect(self, column: int) -> QRectF:
        w = self.column_width()
        return QRectF(GUTTER + column * w, TOP, w, 24 * HOUR_HEIGHT)

    def y_for_minute(self, minute: float) -> float:
        return TOP + minute * HOUR_HEIGHT / 60

    def minute_at(self, y: float) -> float:
        return (y - TOP) * 60 / HOUR_HEIGHT

    def column_at(self, x: float) -> int:
        column = int((x - GUTTER) // self.column_width())
        return min(max(column, 0), max(0, len(self.shown) - 1))

    def resizeEvent(self, event) -> None:
        self._pieces = None
        super().resizeEvent(event)

    def pieces(self) -> list[tuple[QRectF, Block, int]]:
        """Every block piece on screen: its rectangle, the block and the column it is in."""
        if self._pieces is None:
            self._pieces = self._lay_out()
        return self._pieces

    def _lay_out(self) -> list[tuple[QRectF, Block, int]]:
        out = []
        for column, index in enumerate(self.shown):
            area = self.column_rect(column)
            left = area.left() + HOME_STRIP
            width = area.width() - HOME_STRIP - 4
            for p in day_pieces(self.days[index], self.blocks):
                lane_w = width / p.lanes
                top, bottom = self.y_for_minute(p.top), self.y_for_minute(p.bottom)
                out.append((QRectF(left + p.lane * lane_w + 1, top, lane_w - 2, max(8.0, bottom - top)),
                            p.block, column))
        return out

    def rect_of(self, block_id: str) -> QRectF | None:
        """The block's first piece on screen (the one its start is in)."""
        return next((r for r, b, _c in self.pieces() if b.id == block_id), None)

    def piece_at(self, pos: QPointF) -> tuple[QRectF, Block, int] | None:
        for rect, block, column in reversed(self.pieces()):
            if rect.contains(pos):
                return rect, block, column
        return None

    def ruler(self, column: int) -> list[tuple[float, str, str]]:
        """(y, local time, home time) for each local hour of the column: the two rulers."""
        day = self.days[self.shown[column]]
        return [(self.y_for_minute(h * 60), f"{h:02d}:00", f"{day.home_time(h * 60):%H:%M}") for h in range(24)]

    def header_text(self, column: int) -> tuple[str, str]:
        day = self.days[self.shown[column]]
        noon = day.instant_at(720)
        home_minus_local = (noon.astimezone(day.home_time(720).tzinfo).utcoffset()
                            - noon.astimezone(day.midnight().tzinfo).utcoffset()).total_seconds() / 3600
        # The hours at the left edge are local (the same for every column, each on its own clock);
        # the grey ruler in each column is the home time of that day.
        zones = self.tr("%1 time · %2 time in grey").replace("%1", _city(day.zone)).replace(
            "%2", _city(day.home_zone))
        if home_minus_local:
            zones += self.tr(" (%1 h)", "home's offset from the local time").replace("%1", f"{home_minus_local:+g}")
        return day_label(day.date), zones

    # Moving -------------------------------------------------------------------------------------

    def _moved(self, block: Block, start: datetime, end: datetime) -> None:
        if (start, end) != (block.start, block.end) and end > start:
            self.move_requested.emit(block.id, start, end)

    def _drag_result(self) -> tuple[datetime, datetime] | None:
        d = self._drag
        if d is None or not d["moved"]:
            return None
        block, day = d["block"], self.days[self.shown[d["column"]]]
        delta = self.minute_at(d["now"].y()) - self.minute_at(d["press"].y())
        if d["mode"] == "resize":
            end_minute = snap(day.minute_of(block.end) + delta)
            end = day.instant_at(end_minute)
            return block.start, max(end, block.start + timedelta(minutes=5))
        target = self.days[self.shown[self.column_at(d["now"].x())]]
        # The same place on the target day's clock (the minutes read on the day it was picked up).
        start = target.instant_at(snap(day.minute_of(block.start) + delta))
        return start, start + (block.end - block.start)

    def mousePressEvent(self, event) -> None:
        hit = self.piece_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if hit is None:
            self.select(None)
            return
        rect, block, column = hit
        self.select(block.id)
        if block.movable:
            mode = "resize" if event.position().y() >= rect.bottom() - EDGE else "move"
            self._drag = {"block": block, "mode": mode, "press": event.position(), "now": event.position(),
                          "column": column, "moved": False}

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            hit = self.piece_at(event.position())
            resize = hit and hit[1].movable and event.position().y() >= hit[0].bottom() - EDGE
            self.setCursor(Qt.CursorShape.SizeVerCursor if resize else Qt.CursorShape.ArrowCursor)
            return
        self._drag["now"] = event.position()
        if (event.position() - self._drag["press"]).manhattanLength() >= 3:
            self._drag["moved"] = True
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is None:
            return super().mouseReleaseEvent(event)
        self._drag["now"] = event.position()
        result, block = self._drag_result(), self._drag["block"]
        self._drag = None
        self.update()
        if result:
            self._moved(block, *result)

    def mouseDoubleClickEvent(self, event) -> None:
        hit = self.piece_at(event.position())
        self._drag = None
        if hit:
            self._open(hit[1])

    def _open(self, block) -> None:
        # A journey is not dragged (its times are the timetable's): it opens to be edited.
        (self.open_requested if block.type == "meeting" else self.travel_requested).emit(block.id)

    def keyPressEvent(self, event) -> None:
        block = self.block(self.selected)
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if block is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(block)
            return
        if block is not None and block.movable and alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down,
                                                                   Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = timedelta(minutes=15 if key == Qt.Key.Key_Down else -15)
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                if shift:
                    return
                self._moved(block, *shifted_by_days(block, 1 if key == Qt.Key.Key_Right else -1))
            elif shift:
                self._moved(block, block.start, max(block.end + step, block.start + timedelta(minutes=5)))
            else:
                self._moved(block, block.start + step, block.end + step)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go from block to block on screen; past the last, to the next widget."""
        order = []
        for _rect, block, _column in sorted(self.pieces(), key=lambda p: (p[2], p[0].top(), p[0].left())):
            if block.id not in order:
                order.append(block.id)
        if order:
            i = order.index(self.selected) if self.selected in order else (-1 if forward else len(order))
            j = i + (1 if forward else -1)
            if 0 <= j < len(order):
                self.select(order[j])
                return True
        return super().focusNextPrevChild(forward)

    # Tooltips -----------------------------------------------------------------------------------

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            hit = self.piece_at(QPointF(event.pos()))
            if hit:
                QToolTip.showText(event.globalPos(), self.tooltip(hit[1]), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _clock(self, instant: datetime, zone_name: str, home: str) -> str:
        from zoneinfo import ZoneInfo

        local, there = instant.astimezone(ZoneInfo(zone_name)), instant.astimezone(ZoneInfo(home))
        return self.tr("%1 %2 (%3 time; %4 at home)").replace("%1", day_label(local.date())).replace(
            "%2", f"{local:%H:%M}").replace("%3", _city(zone_name)).replace("%4", f"{there:%H:%M}")

    def tooltip(self, block: Block) -> str:
        home = self.days[0].home_zone if self.days else "Europe/Brussels"
        if block.type == "meeting":
            lines = [block.label, f"{meeting_kind_text(block.kind)} · {status_text(block.status)}",
                     self.tr("From %1").replace("%1", self._clock(block.start, block.zone, home)),
                     self.tr("Until %1").replace("%1", self._clock(block.end, block.zone, home))]
            lines += [t for t in (block.row.get("venue"), block.row.get("city")) if t]
        else:
            lines = [f"{travel_kind_text(block.kind)} {block.label}",
                     self.tr("Departs %1").replace("%1", self._clock(block.start, block.zone, home)),
                     self.tr("Arrives %1").replace("%1", self._clock(block.end, block.end_zone, home))]
        lines += ["⚠ " + problem_text(p) for p in block.problems]
        return "\n".join(lines)

    # Painting -----------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        pal = self.palette()
        text, base = pal.text().color(), pal.base()
        p.fillRect(self.rect(), base)
        if not self.shown:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No mission to show."))
            p.end()
            return
        grid, faint = QColor(text), QColor(text)
        grid.setAlpha(50)
        faint.setAlpha(140)
        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        for column in range(len(self.shown)):
            area = self.column_rect(column)
            if column % 2:
                p.fillRect(QRectF(area.left(), 0, area.width(), self.height()), pal.alternateBase())
            p.fillRect(QRectF(area.left(), 0, HOME_STRIP, self.height()), pal.window())
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(area.left(), 0), QPointF(area.left(), self.height()))
            p.setFont(small)
            for y, local, home in self.ruler(column):
                p.setPen(QPen(grid, 1))
                p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
                p.setPen(faint)
                p.drawText(QRectF(area.left() + 2, y + 1, HOME_STRIP - 4, 14), Qt.AlignmentFlag.AlignLeft, home)
                if column == 0:
                    p.setPen(text)
                    p.drawText(QRectF(2, y + 1, GUTTER - 6, 14), Qt.AlignmentFlag.AlignRight, local)
            p.setFont(self.font())
        dragged = self._drag["block"].id if self._drag and self._drag["moved"] else None
        for rect, block, _column in self.pieces():
            self._paint_block(p, rect, block, ghost=block.id == dragged)
        if dragged:
            self._paint_preview(p)
        p.end()

    def _colour(self, block: Block) -> QColor:
        if block.status == "cancelled":
            return COLOURS["cancelled"]
        return COLOURS["travel"] if block.type == "travel" else COLOURS["meeting"]

    def _paint_block(self, p: QPainter, rect: QRectF, block: Block, ghost: bool = False) -> None:
        colour = QColor(self._colour(block))
        if ghost:
            colour.setAlpha(90)
        p.fillRect(rect, colour)
        problem = "error" if any(x.get("severity") == "error" for x in block.problems) else (
            "warning" if block.problems else None)
        if block.id == self.selected:
            p.setPen(QPen(self.palette().highlight().color(), 3))
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        elif problem:
            p.setPen(QPen(MARKER[problem], 2))
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        p.setPen(QColor("white") if block.type == "travel" else QColor("black"))
        fm = QFontMetrics(self.font())
        inner = rect.adjusted(4, 2, -16 if problem else -3, -2)
        if block.type == "meeting":
            first = f"{meeting_kind_text(block.kind)} · {block.start.astimezone(self._zone(block)):%H:%M}"
        else:
            first = travel_kind_text(block.kind)
        lines = [block.label, first] if inner.height() >= 2 * fm.height() else [f"{block.label} · {first}"]
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   "\n".join(fm.elidedText(t, Qt.TextElideMode.ElideRight, int(inner.width())) for t in lines))
        if problem:
            badge = QRectF(rect.right() - 15, rect.top() + 2, 13, 13)
            p.setBrush(MARKER[problem])
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(badge)
            p.setPen(QColor("white"))
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
            p.setBrush(Qt.BrushStyle.NoBrush)

    def _zone(self, block: Block):
        from zoneinfo import ZoneInfo

        return ZoneInfo(block.zone)

    def _paint_preview(self, p: QPainter) -> None:
        result = self._drag_result()
        if not result:
            return
        block = self._drag["block"]
        preview = Block(block.type, block.id, block.label, result[0], result[1], block.zone, block.end_zone,
                        kind=block.kind, status=block.status, row=block.row)
        for column, index in enumerate(self.shown):
            for piece in day_pieces(self.days[index], [preview]):
                area = self.column_rect(column)
                rect = QRectF(area.left() + HOME_STRIP + 1, self.y_for_minute(piece.top),
                              area.width() - HOME_STRIP - 6,
                              max(8.0, self.y_for_minute(piece.bottom) - self.y_for_minute(piece.top)))
                self._paint_block(p, rect, preview)
                p.setPen(QPen(self.palette().text().color(), 1, Qt.PenStyle.DashLine))
                p.drawRect(rect)


class CalendarHeader(QWidget):
    """The column heads (day, and the zone of each of its two rulers), kept above the scrolled hours."""

    def __init__(self, canvas: CalendarCanvas, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.setFixedHeight(HEADER)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        pal, canvas = self.palette(), self.canvas
        p.fillRect(self.rect(), pal.window())
        text, faint = pal.text().color(), QColor(pal.text().color())
        faint.setAlpha(160)
        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        p.setPen(text)
        if canvas.shown:
            p.setFont(small)
            p.drawText(QRectF(2, 2, GUTTER - 4, HEADER - 4), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.tr("Local time"))
        for column in range(len(canvas.shown)):
            area = canvas.column_rect(column)
            first, second = canvas.header_text(column)
            p.setFont(self.font())
            p.setPen(text)
            p.drawText(QRectF(area.left() + 4, 2, area.width() - 8, HEADER / 2 - 2),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       QFontMetrics(self.font()).elidedText(first, Qt.TextElideMode.ElideRight, int(area.width()) - 8))
            p.setFont(small)
            p.setPen(faint)
            p.drawText(QRectF(area.left() + 4, HEADER / 2, area.width() - 8, HEADER / 2 - 2),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       QFontMetrics(small).elidedText(second, Qt.TextElideMode.ElideRight, int(area.width()) - 8))
            p.setPen(QPen(faint, 1))
            p.drawLine(QPointF(area.left(), 0), QPointF(area.left(), HEADER))
        p.drawLine(QPointF(0, HEADER - 1), QPointF(self.width(), HEADER - 1))
        p.end()


class _CalendarScroll(QScrollArea):
    """The hours scroll under a header that stays."""

    def __init__(self, canvas: CalendarCanvas):
        super().__init__()
        self.setWidgetResizable(True)
        self.setWidget(canvas)
        self.header = CalendarHeader(canvas, self)
        self.setViewportMargins(0, HEADER, 0, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        viewport = self.viewport().geometry()
        self.header.setGeometry(viewport.left(), viewport.top() - HEADER, viewport.width(), HEADER)


class CalendarView(QWidget):
    """A mission's days as a calendar, one day (`mode` "day") or all of them ("week").

    `show_mission(id)` reads the mission, its travel and its days' zones on the worker; the page
    gives it the problems found (`set_problems`)."""

    loaded = Signal()

    def __init__(self, mode: str = "week", parent=None):
        super().__init__(parent)
        self.mode = mode
        self.mission_id: str | None = None
        self.day_index = 0
        self._reads = 0
        self._problems: list[dict] = []
        self._scrolled = False
        self.canvas = CalendarCanvas()
        self.canvas.setObjectName("dayCanvas" if mode == "day" else "weekCanvas")
        self.scroll = _CalendarScroll(self.canvas)
        self.title = QLabel(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        # Made with their parent: a widget shown before it has one opens as a window of its own.
        self.previous = QToolButton(self)
        self.previous.setText(self.tr("Previous day"))
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.clicked.connect(lambda: self.show_day(self.day_index - 1))
        self.next = QToolButton(self)
        self.next.setText(self.tr("Next day"))
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.clicked.connect(lambda: self.show_day(self.day_index + 1))
        for button in (self.previous, self.next):
            button.setToolTip(button.text())
            button.setAccessibleName(button.text())
            button.setVisible(mode == "day")
        bar.addWidget(self.previous)
        bar.addWidget(self.next)
        bar.addWidget(self.title, 1)
        hint = QLabel(self.tr("Drag a meeting to move it, its lower edge to change its end; "
                              "Alt+arrows move the selected one. Double-click a journey to edit it."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(hint)
        self._days: list[Day] = []
        self._blocks: list[Block] = []

    def show_mission(self, mission_id: str | None) -> None:
        if mission_id != self.mission_id:
            self.day_index, self._scrolled = 0, False
        self.mission_id = mission_id
        self._reads += 1
        reads = self._reads
        if not mission_id:
            self._arrived(None, reads)
            return

        def read(planner):
            detail = planner.missions.detail(mission_id)
            return detail, planner.travel.list(mission_id), planner.travel.timeline(mission_id)
        QueryOp(self, op=read, success=lambda got: self._arrived(got, reads),
                failure=lambda _exc: self._arrived(None, reads)).run()

    def reload(self) -> None:
        self.show_mission(self.mission_id)

    def _arrived(self, got, reads: int) -> None:
        if reads != self._reads:
            return  # a newer read is on its way
        if got is None:
            self._days, self._blocks = [], []
        else:
            detail, travel, timeline = got
            self._days, self._blocks = calendar_days(detail, timeline), blocks_of(detail, travel)
            attach_problems(self._blocks, self._problems)
        self._show()
        if not self._scrolled and self._days:
            self._scrolled = True
            self.scroll.verticalScrollBar().setValue(int(self.canvas.y_for_minute(7 * 60) - TOP))
        self.loaded.emit()

    def set_problems(self, problems: list[dict]) -> None:
        self._problems = problems
        self.canvas.set_problems(problems)

    def show_day(self, index: int) -> None:
        """The day view shows the mission's `index`-th day."""
        if self._days:
            self.day_index = min(max(index, 0), len(self._days) - 1)
            self._show()

    def show_date_of(self, block_id: str) -> None:
        """In the day view, turn to the day the block starts on, and select it."""
        block = next((b for b in self._blocks if b.id == block_id), None)
        if block is not None and self.mode == "day":
            for i, day in enumerate(self._days):
                if 0 <= day.minute_of(block.start) < DAY_MINUTES:
                    self.day_index = i
                    self._show()
                    break
        self.canvas.select(block_id if block else None)

    def _show(self) -> None:
        if self.mode == "day" and self._days:
            self.day_index = min(self.day_index, len(self._days) - 1)
            shown = [self.day_index]
            day = self._days[self.day_index]
            self.title.setText(self.tr("%1 (%2 time)").replace("%1", day_label(day.date))
                               .replace("%2", _city(day.zone)))
        else:
            shown = list(range(len(self._days)))
            self.title.setText(self.tr("%1 to %2").replace("%1", day_label(self._days[0].date)).replace(
                "%2", day_label(self._days[-1].date)) if self._days else "")
        self.previous.setEnabled(self.mode == "day" and self.day_index > 0)
        self.next.setEnabled(self.mode == "day" and self.day_index < len(self._days) - 1)
        self.canvas.set_content(self._days, self._blocks, shown)
        self.scroll.header.update()
