"""Preferences: the interface language, the home time zone and how early meetings are announced.

A new language applies at the next start; after changing it the dialog offers to restart now. The
restart first closes open editors through their unsaved-changes prompt (a "Cancel" there stops it),
then closes the window (which saves its layout) and starts the same command line again once this
process has ended cleanly (database session closed), so two copies never hold the file at once.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
)

from . import settings
from .i18n import LANGUAGES
from .messages import error_text
from .widgets import ZoneComboBox, error_label


def command_line() -> list[str]:
    """How this process was started: the frozen app, or the interpreter with its arguments."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *getattr(sys, "orig_argv", [sys.executable, *sys.argv])[1:]]


def start_again(argv: list[str]) -> None:
    """Start `argv` detached from this process (it outlives us)."""
    if os.name == "nt":
        flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
        subprocess.Popen(argv, creationflags=flags, close_fds=True)  # noqa: S603 - our own command line
    else:
        subprocess.Popen(argv, start_new_session=True, close_fds=True,  # noqa: S603
                         stdin=subprocess.DEVNULL)


def close_editors(window) -> bool:
    """Close every open editor, each through its unsaved-changes prompt; False if one stays open."""
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible() and hasattr(dialog, "has_changes"):
            dialog.reject()
            if dialog.isVisible():
                return False
    return True


def restart_application(window) -> bool:
    """Restart with the same command line, unless the user keeps an unsaved edit open."""
    if not close_editors(window):
        return False
    argv = command_line()

    def restart() -> None:
        atexit.register(start_again, argv)
        QCoreApplication.quit()

    if not window.close():
        if not getattr(window, "closing", False):
            return False
        # Finishing its background jobs (MainWindow.closeEvent): restart once it has closed.
        window.closed.connect(restart)
        return True
    restart()
    return True


class PreferencesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self._language_before = settings.get(settings.LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(self._language_before)))
        self.home_zone = ZoneComboBox()
        self.home_zone.setAccessibleName(self.tr("Home time zone"))
        self.home_zone.set_zone(settings.get(settings.HOME_ZONE))
        self.meeting_minutes = QSpinBox()
        self.meeting_minutes.setRange(0, 240)
        self.meeting_minutes.setSingleStep(5)
        self.meeting_minutes.setSpecialValueText(self.tr("Off"))
        self.meeting_minutes.setSuffix(self.tr(" min before"))
        self.meeting_minutes.setAccessibleName(self.tr("Meeting reminders, minutes before the start"))
        self.meeting_minutes.setValue(settings.get(settings.MEETING_REMINDER_MINUTES))
        self.sync_minutes = QSpinBox()
        self.sync_minutes.setRange(0, 240)
        self.sync_minutes.setSpecialValueText(self.tr("By hand only"))
        self.sync_minutes.setSuffix(self.tr(" min"))
        self.sync_minutes.setAccessibleName(self.tr("Sync a laptop copy every so many minutes"))
        self.sync_minutes.setToolTip(self.tr("On a laptop that joined the cabinet's server: how often it syncs "
                                             "by itself while the app is open"))
        self.sync_minutes.setValue(settings.get(settings.SYNC_MINUTES))
        self.error = error_label()
        form = QFormLayout()
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        zone_label = QLabel(self.tr("&Home time zone"))
        zone_label.setBuddy(self.home_zone)
        form.addRow(language_label, self.language)
        form.addRow(zone_label, self.home_zone)
        reminder_label = QLabel(self.tr("&Meeting reminders"))
        reminder_label.setBuddy(self.meeting_minutes)
        form.addRow(reminder_label, self.meeting_minutes)
        sync_label = QLabel(self.tr("S&ync every"))
        sync_label.setBuddy(self.sync_minutes)
        form.addRow(sync_label, self.sync_minutes)
        note = QLabel(self.tr("A new language applies when Mission Planner starts again; you can "
                              "restart it right away."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.restart_requested = False

    def save(self) -> None:
        from ..errors import ValidationError
        from ..services.validation import timezone_name

        try:
            zone = timezone_name(self.home_zone.zone(), "home_timezone")
        except ValidationError as exc:
            self.error.setText(error_text(exc, beside_field=True))
            self.error.show()
            return
        language = self.language.currentData()
        settings.put(settings.LANGUAGE, language)
        settings.put(settings.HOME_ZONE, zone)
        settings.put(settings.MEETING_REMINDER_MINUTES, self.meeting_minutes.value())
        settings.put(settings.SYNC_MINUTES, self.sync_minutes.value())
        if language != self._language_before:
            answer = QMessageBox.question(
                self, self.tr("Restart Mission Planner"),
                self.tr("The new language applies after a restart. Restart now to apply it?\n\n"
                        "Open editors ask about unsaved changes first."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)  # a restart closes the window: not on a stray Enter
            self.restart_requested = answer == QMessageBox.StandardButton.Yes
        self.accept()
        window = self.parent().window() if self.parent() is not None else None
        if self.restart_requested and window is not None:
            # Once the dialog has closed and the window has applied the other settings.
            QTimer.singleShot(0, lambda: restart_application(window))
