"""Reminders while the application runs: follow-ups due and overdue once a day, and each meeting a
few minutes before it starts.

A QTimer looks every few minutes (every minute for meetings) and raises a notification: the system
tray balloon where a tray exists, else a banner inside the main window.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from ..services.timeutil import local_midnight_today
from . import settings, zone_names
from .counts import count
from .messages import fill_in


class DailyReminder(QObject):
    banner = Signal(str)   # shown in the window when no tray is available
    fired = Signal(str)

    def __init__(self, planner, home_zone: str, icon, parent=None, interval_ms: int = 5 * 60 * 1000):
        super().__init__(parent)
        self.planner = planner
        self.home_zone = home_zone
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Mission Planner"))
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(2000, self.check)

    def message(self, due: list[dict]) -> str | None:
        """What to tell of the follow-ups `due` today or overdue (planner.followups.due_soon)."""
        overdue = [f for f in due if f["overdue"]]
        today_due = [f for f in due if not f["overdue"]]
        if not due:
            return None
        lines = [fill_in(self.tr("%1 overdue, %2 due today."), count("follow-up", len(overdue)),
                         str(len(today_due)))]
        lines += [f"• {f['action']}" for f in due[:5]]
        return "\n".join(lines)

    def check(self, force: bool = False) -> bool:
        """Notify if not yet done today (in the home zone): the follow-ups are read on the worker,
        the notice comes when they are. Returns whether a check was started."""
        from .query_op import QueryOp

        today = local_midnight_today(self.home_zone)
        if not force and settings.get(settings.REMINDER_DAY) == today.isoformat():
            return False
        settings.put(settings.REMINDER_DAY, today.isoformat())
        home_zone = self.home_zone
        QueryOp(self.parent(), op=lambda planner: planner.followups.due_soon(days=0, home_tz=home_zone,
                                                                             today=today),
                success=self._notify, failure=lambda _exc: None, planner=self.planner).run()
        return True

    def _notify(self, due: list[dict]) -> None:
        text = self.message(due)
        if not text:
            return
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(self.tr("Follow-ups"), text, QSystemTrayIcon.MessageIcon.Information)
        else:
            self.banner.emit(text)
        self.fired.emit(text)


def system_zone() -> str:
    """The zone this computer's clock is set to (the aide's current zone, wherever the laptop is)."""
    from PySide6.QtCore import QTimeZone

    return QTimeZone.systemTimeZoneId().data().decode() or "UTC"


class MeetingReminder(QObject):
    """A notice a few minutes before each meeting, told in the venue's time and, when the computer's
    clock is in another zone, in that zone's time too (an aide in Brussels preparing a call to
    Tokyo, or in Tokyo with a laptop still on Brussels time, sees both).

    Every minute the meetings starting within the chosen lead time are read on the worker; each is
    announced once (by id and start: a meeting moved later is announced again)."""

    banner = Signal(str)
    fired = Signal(str)

    def __init__(self, planner, tray: QSystemTrayIcon | None, parent=None, *, interval_ms: int = 60_000,
                 now=None, here_zone: str | None = None):
        """`now` and `here_zone`: the clock and the computer's zone (tests give their own)."""
        super().__init__(parent)
        self.planner, self.tray = planner, tray
        self.now = now or (lambda: datetime.now(timezone.utc))
        self.here_zone = here_zone
        self.announced: set[tuple[str, str]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(3000, self.check)

    @staticmethod
    def minutes() -> int:
        return max(0, settings.get(settings.MEETING_REMINDER_MINUTES))

    def check(self) -> bool:
        """Read the meetings about to start, on the worker; False when reminders are off."""
        from .query_op import QueryOp

        lead = self.minutes()
        if lead <= 0:
            return False
        now = self.now()
        QueryOp(self.parent(), op=lambda planner: planner.meetings.starting(now, now + timedelta(minutes=lead)),
                success=lambda rows: self._notify(rows, now), failure=lambda _exc: None,
                planner=self.planner).run()
        return True

    def message(self, meeting: dict, now: datetime) -> str:
        start = meeting["start"]
        venue_zone = ZoneInfo(meeting["timezone"])
        place = meeting.get("city") or zone_names.city(meeting["timezone"])
        minutes = max(1, round((start - now).total_seconds() / 60))
        text = fill_in(self.tr("%1 at %2 in %3 (in %4 min)"), meeting["title"],
                       start.astimezone(venue_zone).strftime("%H:%M"), place, str(minutes))
        here = ZoneInfo(self.here_zone or system_zone())
        if start.astimezone(here).utcoffset() != start.astimezone(venue_zone).utcoffset():
            text += "\n" + fill_in(self.tr("%1 on this computer's clock (%2)"),
                                   start.astimezone(here).strftime("%H:%M"), zone_names.city(here.key))
        if meeting.get("venue"):
            text += "\n" + meeting["venue"]
        return text

    def _notify(self, rows: list[dict], now: datetime) -> None:
        for meeting in rows:
            key = (meeting["id"], meeting["start"].isoformat())
            if key in self.announced:
                continue
            self.announced.add(key)
            text = self.message(meeting, now)
            if self.tray is not None and QSystemTrayIcon.supportsMessages():
                self.tray.showMessage(self.tr("Meeting soon"), text, QSystemTrayIcon.MessageIcon.Information)
            else:
                self.banner.emit(text)
            self.fired.emit(text)
