"""Log what came out of a meeting: outcome, decisions and new follow-ups, in one step."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..errors import MissionPlannerError, StaleEditError
from . import formatting as fmt
from .date_entry import DateEntry
from .messages import error_text, fill_in, subject_text
from .mission_editor import confirm_discard
from .owner_picker import OwnerPicker
from .saving import Saving
from .tasks import Task
from .undo import LogOutcomeCommand, history_of, push_or_done
from .widgets import error_label

RECURRENCES = (
    ("", QT_TRANSLATE_NOOP("OutcomeDialog", "Once")),
    ("FREQ=WEEKLY", QT_TRANSLATE_NOOP("OutcomeDialog", "Every week")),
    ("FREQ=MONTHLY", QT_TRANSLATE_NOOP("OutcomeDialog", "Every month")),
    ("FREQ=MONTHLY;COUNT=3", QT_TRANSLATE_NOOP("OutcomeDialog", "Monthly, 3 times")),
    ("FREQ=MONTHLY;INTERVAL=3", QT_TRANSLATE_NOOP("OutcomeDialog", "Every quarter")),
    ("FREQ=YEARLY", QT_TRANSLATE_NOOP("OutcomeDialog", "Every year")),
)


class OutcomeDialog(QDialog):
    COL_ACTION, COL_OWNER, COL_DUE, COL_RECURRENCE = range(4)

    def __init__(self, planner, meeting: dict, parent=None, owners: list[dict] | None = None):
        """`owners`: the people a follow-up can be given to, read beforehand on the worker."""
        super().__init__(parent)
        self.planner, self.meeting = planner, meeting
        self.version = meeting["version"]
        self.setWindowTitle(self.tr("Log outcome: %1").replace("%1", meeting["title"]))
        self.setMinimumSize(860, 580)
        self._owners = list(owners or ())
        participants = [p["id"] for p in (meeting.get("delegation") or []) + (meeting.get("counterparts") or [])]
        self._owners.sort(key=lambda p: (p["id"] not in participants, p["name"].casefold()))
        head = QLabel(f"<b>{fmt.day_label(meeting['start'])}</b>, "
                      f"{fmt.time_range(meeting['start'], meeting['end'])} — {meeting.get('city', '')}")
        self.outcome = QPlainTextEdit(meeting.get("outcome", ""))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.decisions = QPlainTextEdit("\n".join(meeting.get("decisions") or []))
        self.decisions.setTabChangesFocus(True)
        self.decisions.setAccessibleName(self.tr("Decisions, one per line"))
        self.followups = QTableWidget(0, 4)
        self.followups.setObjectName("newFollowups")
        self.followups.setAccessibleName(self.tr("New follow-ups"))
        self.followups.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Due"),
                                                  self.tr("Recurrence")])
        header = self.followups.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.COL_ACTION, QHeaderView.ResizeMode.Stretch)
        self.followups.setColumnWidth(self.COL_OWNER, 190)
        self.followups.setColumnWidth(self.COL_DUE, 120)
        self.followups.setColumnWidth(self.COL_RECURRENCE, 160)
        self.followups.verticalHeader().hide()
        add = QPushButton(self.tr("&Add follow-up"))
        add.clicked.connect(lambda: self.add_followup())
        remove = QPushButton(self.tr("&Remove follow-up"))
        remove.clicked.connect(lambda: self.followups.removeRow(self.followups.currentRow()))
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(head)
        for label, widget in ((self.tr("&Outcome"), self.outcome), (self.tr("&Decisions (one per line)"),
                                                                   self.decisions),
                              (self.tr("New &follow-ups"), self.followups)):
            lab = QLabel(label)
            lab.setBuddy(widget)
            box.addWidget(lab)
            box.addWidget(widget, 1)
        box.addLayout(row)
        box.addWidget(QLabel(self.tr("Saving marks the meeting as held.")))
        self.saving = Saving(self, buttons)
        box.addWidget(self.error)
        box.addWidget(self.saving.status)
        box.addWidget(buttons)
        self._initial = self.values()

    def add_followup(self, action: str = "", owner_id: str | None = None, due: QDate | None = None,
                     recurrence: str = "") -> int:
        r = self.followups.rowCount()
        self.followups.insertRow(r)
        self.followups.setItem(r, self.COL_ACTION, QTableWidgetItem(action))
        owner = OwnerPicker(self._owners)
        owner.set_owner(owner_id)
        self.followups.setCellWidget(r, self.COL_OWNER, owner)
        # Typed as every date is (ui/date_entry.py); in a cell, what it understood is its tooltip.
        due_edit = DateEntry("date", "due", required=False, compact=True)
        due_edit.set_value(due.toPython() if due else date.today() + timedelta(days=14))
        due_edit.setAccessibleName(self.tr("Due date"))
        self.followups.setCellWidget(r, self.COL_DUE, due_edit)
        rec = QComboBox()
        rec.setAccessibleName(self.tr("Recurrence"))
        for rule, label in RECURRENCES:
            rec.addItem(QCoreApplication.translate("OutcomeDialog", label), rule)
        rec.setCurrentIndex(max(0, rec.findData(recurrence)))
        self.followups.setCellWidget(r, self.COL_RECURRENCE, rec)
        self.followups.setCurrentCell(r, self.COL_ACTION)
        return r

    def followup_values(self) -> list[dict]:
        out = []
        for r in range(self.followups.rowCount()):
            item = self.followups.item(r, self.COL_ACTION)
            action = item.text().strip() if item else ""
            if not action:
                continue
            out.append({
                "action": action,
                "owner_id": self.followups.cellWidget(r, self.COL_OWNER).owner_id(),
                "due": _due_text(self.followups.cellWidget(r, self.COL_DUE)),
                "recurrence": self.followups.cellWidget(r, self.COL_RECURRENCE).currentData() or "",
            })
        return out

    def values(self) -> dict:
        return {"outcome": self.outcome.toPlainText().strip(),
                "decisions": [d.strip() for d in self.decisions.toPlainText().splitlines() if d.strip()],
                "followups": self.followup_values()}

    def save(self) -> Task | None:
        """Log the outcome on the worker (the dialog says it is saving); the dialog closes once
        saved, or stays open with the reason."""
        if self.saving.busy:
            return None
        for r in range(self.followups.rowCount()):
            problem = self.followups.cellWidget(r, self.COL_DUE).problem()
            if problem is not None:  # said with the row it is in; nothing is written
                self.error.setText(fill_in(self.tr("Follow-up %1: %2"), str(r + 1), subject_text(problem)))
                self.error.show()
                self.followups.cellWidget(r, self.COL_DUE).setFocus()
                return None
        self.error.hide()
        v = self.values()
        logged = {"outcome": v["outcome"], "decisions": v["decisions"], "followups": v["followups"]}
        meeting_id, version = self.meeting["id"], self.version

        def write(planner):
            existing = planner.meetings.followup_ids(meeting_id)
            new_version = planner.meetings.log_outcome(meeting_id, version, **logged)
            return new_version, planner.meetings.followup_ids(meeting_id) - existing
        return self.saving.run(write, lambda done: self._logged(logged, *done), self._refused)

    def _logged(self, logged: dict, version: int, created) -> None:
        self.version = version
        before = {k: self.meeting.get(k) for k in ("outcome", "decisions", "status")}
        before = {"outcome": before["outcome"] or "", "decisions": list(before["decisions"] or []),
                  "status": before["status"]}
        text = self.tr("log outcome of “%1”").replace("%1", self.meeting["title"])
        push_or_done(history_of(self),
                     lambda h: LogOutcomeCommand(h, self.meeting["id"], before, logged, created, text))
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEditError):
            QMessageBox.warning(self, self.tr("Changed elsewhere"), error_text(exc))
        elif isinstance(exc, MissionPlannerError):
            self.error.setText(error_text(exc))
            self.error.show()
        else:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    def reject(self) -> None:
        if self.saving.busy:  # the write goes on: close once it is done, not before
            return
        if self.values() != self._initial and not confirm_discard(self):
            return
        super().reject()


def _due_text(entry: DateEntry) -> str | None:
    """"2017-06-20" for the due date typed; None when left empty."""
    try:
        day = entry.value()
    except MissionPlannerError:
        return entry.text().strip()
    return day.isoformat() if day else None
