"""Daily reminders of follow-ups due and overdue, while the application runs.

A QTimer looks every few minutes; once per day in the user's home zone it raises a notification:
the system tray balloon where a tray exists, else a banner inside the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from ..services import followups as followup_service
from ..services.timeutil import local_midnight_today
from . import settings


class DailyReminder(QObject):
    banner = Signal(str)   # shown in the window when no tray is available
    fired = Signal(str)

    def __init__(self, db, home_zone: str, icon, parent=None, interval_ms: int = 5 * 60 * 1000):
        super().__init__(parent)
        self.db = db
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

    def message(self) -> str | None:
        today = local_midnight_today(self.home_zone)
        due = followup_service.due_soon(self.db, days=0, home_tz=self.home_zone, today=today)
        overdue = [f for f in due if f["overdue"]]
        today_due = [f for f in due if not f["overdue"]]
        if not due:
            return None
        lines = [self.tr("%1 follow-up(s) overdue, %2 due today.").replace("%1", str(len(overdue)))
                 .replace("%2", str(len(today_due)))]
        lines += [f"• {f['action']}" for f in due[:5]]
        return "\n".join(lines)

    def check(self, force: bool = False) -> bool:
        """Notify if not yet done today (in the home zone); returns whether it notified."""
        today = local_midnight_today(self.home_zone).isoformat()
        if not force and settings.get(settings.REMINDER_DAY) == today:
            return False
        text = self.message()
        settings.put(settings.REMINDER_DAY, today)
        if not text:
            return False
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(self.tr("Follow-ups"), text, QSystemTrayIcon.MessageIcon.Information)
        else:
            self.banner.emit(text)
        self.fired.emit(text)
        return True
