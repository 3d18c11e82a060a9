"""Daily reminders of follow-ups due and overdue, while the application runs.

A QTimer looks every few minutes; once per day in the user's home zone it raises a notification:
the system tray balloon where a tray exists, else a banner inside the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from ..services.timeutil import local_midnight_today
from . import settings
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
