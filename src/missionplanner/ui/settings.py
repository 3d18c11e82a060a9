"""Every setting declared once, with its default (the Picard `options.py` lesson).

Stored with QSettings under one organization/application name; tests point QSettings at a temporary
folder with `QSettings.setPath` before the window is built.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QSettings

ORGANIZATION = "MissionPlanner"
APPLICATION = "Mission Planner"


class Setting(NamedTuple):  # (typing is loaded with PySide6; dataclasses would cost the start 5 ms)
    key: str
    default: object
    kind: type = str


LANGUAGE = Setting("ui/language", "")  # "" follows the system locale; else fr, nl or en
HOME_ZONE = Setting("time/home_zone", "Europe/Brussels")
GEOMETRY = Setting("window/geometry", b"", bytes)
STATE = Setting("window/state", b"", bytes)
LAST_PAGE = Setting("window/page", 0, int)
LAST_MISSION = Setting("agenda/mission", "")
REMINDER_DAY = Setting("reminders/last_day", "")  # ISO date of the last daily reminder
MEETING_REMINDER_MINUTES = Setting("reminders/meeting_minutes", 15, int)  # 0: no meeting reminders
SYNC_MINUTES = Setting("sync/every_minutes", 5, int)  # a laptop replica's background sync; 0: by hand only
# The briefing dialog's last choices ("" : the dialog's own default, e.g. the interface language).
PRINT_LANGUAGE = Setting("print/language", "")
PRINT_CLASSIFICATION = Setting("print/classification", "")
PRINT_PAPER = Setting("print/paper", "")
PRINT_FOLDER = Setting("print/folder", "")
SPLITTERS = "window/splitters/"  # + a splitter's objectName: each page's divider position


def store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def get(setting: Setting):
    raw = store().value(setting.key, setting.default)
    if raw is None:
        return setting.default
    if setting.kind is bool:
        return raw in (True, "true", "True", "1", 1)
    if setting.kind is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            return setting.default
    if setting.kind is bytes:
        return bytes(raw) if raw else b""
    return str(raw)


def put(setting: Setting, value) -> None:
    s = store()
    s.setValue(setting.key, value)
    s.sync()
