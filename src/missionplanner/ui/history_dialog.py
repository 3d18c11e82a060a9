"""A record's history as a person reads it: each change with when and who, then field by field what
it was before and what it became, in the interface language and the reader's home time."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from .formatting import kind_text, org_kind_text, short_date, status_text
from .kind_labels import meeting_kind_text, travel_kind_text
from .messages import FIELDS
from .query_op import QueryOp

CONTEXT = "HistoryFields"

# The fields a history shows that the error messages never name (those are in messages.FIELDS).
LABELS = {
    "address": QT_TRANSLATE_NOOP("HistoryFields", "Address"),
    "arrangements": QT_TRANSLATE_NOOP("HistoryFields", "Arrangements"),
    "background": QT_TRANSLATE_NOOP("HistoryFields", "Background"),
    "biography": QT_TRANSLATE_NOOP("HistoryFields", "Biography"),
    "booking_ref": QT_TRANSLATE_NOOP("HistoryFields", "Booking reference"),
    "carrier": QT_TRANSLATE_NOOP("HistoryFields", "Carrier"),
    "check_in": QT_TRANSLATE_NOOP("HistoryFields", "Check-in"),
    "check_out": QT_TRANSLATE_NOOP("HistoryFields", "Check-out"),
    "city_native": QT_TRANSLATE_NOOP("HistoryFields", "City in native script"),
    "completed_at": QT_TRANSLATE_NOOP("HistoryFields", "Done on"),
    "decisions": QT_TRANSLATE_NOOP("HistoryFields", "Decisions"),
    "description": QT_TRANSLATE_NOOP("HistoryFields", "Description"),
    "dress_code": QT_TRANSLATE_NOOP("HistoryFields", "Dress code"),
    "duty_officer_id": QT_TRANSLATE_NOOP("HistoryFields", "Duty officer"),
    "embassy": QT_TRANSLATE_NOOP("HistoryFields", "Embassy"),
    "emergency": QT_TRANSLATE_NOOP("HistoryFields", "Emergency contact"),
    "end_date": QT_TRANSLATE_NOOP("HistoryFields", "End date"),
    "filled_by_id": QT_TRANSLATE_NOOP("HistoryFields", "Filled by"),
    "form_of_address": QT_TRANSLATE_NOOP("HistoryFields", "Form of address"),
    "from_place": QT_TRANSLATE_NOOP("HistoryFields", "From"),
    "from_terminal": QT_TRANSLATE_NOOP("HistoryFields", "Departure terminal"),
    "honorific": QT_TRANSLATE_NOOP("HistoryFields", "Honorific"),
    "hotel": QT_TRANSLATE_NOOP("HistoryFields", "Hotel"),
    "hotel_address": QT_TRANSLATE_NOOP("HistoryFields", "Hotel address"),
    "hotel_phone": QT_TRANSLATE_NOOP("HistoryFields", "Hotel phone"),
    "if_raised": QT_TRANSLATE_NOOP("HistoryFields", "If raised"),
    "key_messages": QT_TRANSLATE_NOOP("HistoryFields", "Key messages"),
    "lead_id": QT_TRANSLATE_NOOP("HistoryFields", "Led by"),
    "meeting_id": QT_TRANSLATE_NOOP("HistoryFields", "Meeting"),
    "mission_id": QT_TRANSLATE_NOOP("HistoryFields", "Mission"),
    "mobile": QT_TRANSLATE_NOOP("HistoryFields", "Mobile"),
    "name_order": QT_TRANSLATE_NOOP("HistoryFields", "Name order"),
    "notes": QT_TRANSLATE_NOOP("HistoryFields", "Notes"),
    "number": QT_TRANSLATE_NOOP("HistoryFields", "Number"),
    "objectives": QT_TRANSLATE_NOOP("HistoryFields", "Objectives"),
    "organization_id": QT_TRANSLATE_NOOP("HistoryFields", "Organization"),
    "outcome": QT_TRANSLATE_NOOP("HistoryFields", "Outcome"),
    "owner_id": QT_TRANSLATE_NOOP("HistoryFields", "Owner"),
    "person_id": QT_TRANSLATE_NOOP("HistoryFields", "Person"),
    "phone": QT_TRANSLATE_NOOP("HistoryFields", "Phone"),
    "position": QT_TRANSLATE_NOOP("HistoryFields", "Position"),
    "pronunciation": QT_TRANSLATE_NOOP("HistoryFields", "Pronunciation"),
    "reason": QT_TRANSLATE_NOOP("HistoryFields", "Reason for the meeting"),
    "requested_by": QT_TRANSLATE_NOOP("HistoryFields", "Requested by"),
    "role": QT_TRANSLATE_NOOP("HistoryFields", "Role"),
    "scope": QT_TRANSLATE_NOOP("HistoryFields", "Scope"),
    "seat": QT_TRANSLATE_NOOP("HistoryFields", "Seat"),
    "side": QT_TRANSLATE_NOOP("HistoryFields", "Side"),
    "signed_approximate": QT_TRANSLATE_NOOP("HistoryFields", "Signing date approximate"),
    "snoozed_until": QT_TRANSLATE_NOOP("HistoryFields", "Snoozed until"),
    "start_date": QT_TRANSLATE_NOOP("HistoryFields", "Start date"),
    "talking_points": QT_TRANSLATE_NOOP("HistoryFields", "Points to make"),
    "to_place": QT_TRANSLATE_NOOP("HistoryFields", "To"),
    "to_terminal": QT_TRANSLATE_NOOP("HistoryFields", "Arrival terminal"),
    "venue": QT_TRANSLATE_NOOP("HistoryFields", "Venue"),
    "website": QT_TRANSLATE_NOOP("HistoryFields", "Website"),
    "without_lead": QT_TRANSLATE_NOOP("HistoryFields", "Without the lead"),
}
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryFields", "Created"),
    "update": QT_TRANSLATE_NOOP("HistoryFields", "Changed"),
    "delete": QT_TRANSLATE_NOOP("HistoryFields", "Deleted"),
}
# How each table's kind codes read (the history of a record names its table).
KIND_LABELS = {"meetings": meeting_kind_text, "travel_segments": travel_kind_text, "missions": kind_text,
               "organizations": org_kind_text}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_text(field: str) -> str:
    if field in LABELS:
        return _tr(LABELS[field])
    if field in FIELDS:
        return QCoreApplication.translate("ServiceMessages", FIELDS[field])
    return field.replace("_", " ").capitalize()


def when_text(value: str) -> str:
    """An ISO instant already in the reader's home time, as the locale writes a date and a time."""
    moment = datetime.fromisoformat(value)
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat)
    return f"{day} {QLocale().toString(QTime(moment.hour, moment.minute), 'HH:mm')}"


def value_text(field: str, value, table: str = "") -> str:
    """A field's value as the forms show it: translated codes, local dates, yes/no, one point per line."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, list):
        return "\n".join(value_text(field, item, table) for item in value)
    if isinstance(value, dict):
        return " — ".join(str(v) for v in value.values() if v not in (None, ""))
    if isinstance(value, str):
        if field == "status":
            return status_text(value)
        if field == "kind":
            return KIND_LABELS.get(table, str)(value)
        if _INSTANT.fullmatch(value):
            return when_text(value)
        if _DAY.fullmatch(value):
            return short_date(date.fromisoformat(value))
    return str(value)


class HistoryDialog(QDialog):
    """Who changed what and when, oldest first, field by field, from the audit trail."""

    def __init__(self, planner, record_id: str, title: str, parent=None, home_tz: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        self.note = QLabel(self.tr("Reading the history…"), self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.view = QTreeWidget(self)
        self.view.setColumnCount(4)
        self.view.setHeaderLabels([self.tr("When / field"), self.tr("Who"), self.tr("Before"), self.tr("After")])
        self.view.setAccessibleName(self.tr("Change history"))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QueryOp(self, op=lambda planner_: planner_.safety.history(record_id, home_tz), planner=planner,
                success=self._show).run()

    def _show(self, entries: list[dict]) -> None:
        self.view.clear()
        if not entries:
            self.note.setText(self.tr("No recorded changes."))
            return
        self.note.setText(self.tr("Oldest first; times are in your home time zone."))
        for entry in entries:
            head = QTreeWidgetItem(self.view, [f"{when_text(entry['at'])} — {_tr(ACTIONS[entry['action']])}",
                                               entry["user"], "", ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for field, before, after in entry["fields"]:
                line = QTreeWidgetItem(head, [
                    field_text(field), "",
                    "" if entry["action"] == "create" else value_text(field, before, entry["kind"]),
                    "" if entry["action"] == "delete" else value_text(field, after, entry["kind"])])
                for column in (2, 3):  # a long text is cut in its column: the whole of it on hover
                    line.setToolTip(column, line.text(column))
        self.view.expandAll()
        for column, width in enumerate((260, 110, 200)):
            self.view.setColumnWidth(column, width)

    def rows(self) -> list[list[str]]:
        """What the dialog shows, one list of column texts per line, top to bottom."""
        lines = []
        for i in range(self.view.topLevelItemCount()):
            head = self.view.topLevelItem(i)
            lines.append([head.text(c) for c in range(4)])
            lines.extend([head.child(j).text(c) for c in range(4)] for j in range(head.childCount()))
        return lines
