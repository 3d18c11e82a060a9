"""The translated labels of the trip's kinds: what sort of event a meeting is, how a segment travels.

The codes are services/vocabulary's; the editors, lists and the calendar show these labels.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MEETING_KIND_TEXT = {
    "meeting": QT_TRANSLATE_NOOP("MeetingKind", "Meeting"),
    "courtesy-call": QT_TRANSLATE_NOOP("MeetingKind", "Courtesy call"),
    "breakfast": QT_TRANSLATE_NOOP("MeetingKind", "Breakfast"),
    "lunch": QT_TRANSLATE_NOOP("MeetingKind", "Lunch"),
    "dinner": QT_TRANSLATE_NOOP("MeetingKind", "Dinner"),
    "reception": QT_TRANSLATE_NOOP("MeetingKind", "Reception"),
    "site-visit": QT_TRANSLATE_NOOP("MeetingKind", "Site visit"),
    "press": QT_TRANSLATE_NOOP("MeetingKind", "Press"),
    "signing-ceremony": QT_TRANSLATE_NOOP("MeetingKind", "Signing ceremony"),
    "internal": QT_TRANSLATE_NOOP("MeetingKind", "Internal"),
    "other": QT_TRANSLATE_NOOP("MeetingKind", "Other"),
}

TRAVEL_KIND_TEXT = {
    "flight": QT_TRANSLATE_NOOP("TravelKind", "Flight"),
    "train": QT_TRANSLATE_NOOP("TravelKind", "Train"),
    "car": QT_TRANSLATE_NOOP("TravelKind", "Car"),
    "boat": QT_TRANSLATE_NOOP("TravelKind", "Boat"),
    "other": QT_TRANSLATE_NOOP("TravelKind", "Other"),
}


def meeting_kind_text(code: str) -> str:
    return QCoreApplication.translate("MeetingKind", MEETING_KIND_TEXT.get(code, code))


def travel_kind_text(code: str) -> str:
    return QCoreApplication.translate("TravelKind", TRAVEL_KIND_TEXT.get(code, code))
