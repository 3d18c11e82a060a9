"""Find a free slot for a meeting: its own date, duration and city (the meeting editor's as
defaults), the free stretches of that day, and when none fits, why (the stay ends at 08:00) and
what else does (the next free day in that city, another city that day). The rules are
services/slots.py's; this only asks and shows."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError
from . import formatting as fmt
from .date_entry import DateEntry
from .messages import duration_text, fill_in
from .query_op import QueryOp
from .widgets import FieldErrors, debounced, error_label, field_with_error


def _at(iso: str) -> tuple[str, str]:
    """(time, long date) of a local ISO time: ("08:00", "vendredi 9 juin 2017")."""
    moment = datetime.fromisoformat(iso)
    return moment.strftime("%H:%M"), fmt.long_date(moment.date())


class FreeSlotDialog(QDialog):
    """`chosen` after Use this slot: {"start", "end", "city"}, the meeting's new times (the slot's
    start, for `minutes()`) and city."""

    def __init__(self, planner, mission: dict, day: date | None, minutes: int, city: str, parent=None):
        super().__init__(parent)
        self.planner, self.mission = planner, mission
        self.chosen: dict | None = None
        self.answer: dict | None = None
        self._asked = 0
        self.setWindowTitle(self.tr("Find a free slot"))
        self.setMinimumWidth(520)
        self.day = DateEntry("date", "date")
        self.day.set_value(day)
        self.duration = QSpinBox()
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(max(5, minutes))
        self.city = QComboBox()
        seen = set()
        for leg in mission.get("legs") or []:
            if leg["city"].casefold() not in seen:
                seen.add(leg["city"].casefold())
                self.city.addItem(leg["city"], leg["city"])
        self.city.setCurrentIndex(max(0, self.city.findData(city)))
        self.errors = FieldErrors(error_label())
        form = QFormLayout()
        form.addRow(*field_with_error(self.errors, "date", self.tr("&Day"), self.day))
        form.addRow(*field_with_error(self.errors, "minutes", self.tr("Dura&tion"), self.duration))
        form.addRow(*field_with_error(self.errors, "city", self.tr("C&ity"), self.city))

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Free slots"))
        self.list.itemActivated.connect(lambda _i: self.accept())
        self.list.currentRowChanged.connect(self._slot_selected)
        list_label = QLabel(self.tr("Free &slots"))
        list_label.setBuddy(self.list)
        self.list_label = list_label
        self.summary = QLabel()
        self.summary.setObjectName("slotSummary")
        self.summary.setWordWrap(True)
        self.why = QLabel()
        self.why.setObjectName("slotWhy")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestions_box = QWidget()
        self.suggestions = QVBoxLayout(self.suggestions_box)
        self.suggestions.setContentsMargins(0, 0, 0, 0)
        self.suggestion_buttons: list[QPushButton] = []

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = buttons.addButton(self.tr("&Use this slot"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.summary)
        box.addWidget(list_label)
        box.addWidget(self.list, 1)
        box.addWidget(self.why)
        box.addWidget(self.suggestions_box)
        box.addStretch(0)
        box.addWidget(self.errors.general)
        box.addWidget(buttons)

        self._search_timer = debounced(self, 250, self.search)
        self.day.changed.connect(self._search_timer.start)
        self.duration.valueChanged.connect(self._search_timer.start)
        self.city.currentIndexChanged.connect(self._search_timer.start)
        self.search()
        self.day.setFocus()

    def minutes(self) -> int:
        return self.duration.value()

    # Asking ----------------------------------------------------------------------------------------
    def search(self) -> None:
        """Ask the slots service on the worker for the day, city and duration shown."""
        self._search_timer.stop()
        self.errors.clear()
        problem = self.day.problem()
        if problem is not None:
            self.errors.show(problem)
            self._show({"slots": [], "why": [], "suggestions": []})
            return
        self._asked += 1
        asked = self._asked
        mission_id, day = self.mission["id"], self.day.value()
        city, minutes = self.city.currentData() or "", self.minutes()
        QueryOp(self, op=lambda planner: planner.meetings.find_slots(mission_id, day, city, minutes),
                success=lambda answer: asked == self._asked and self._show(answer),
                failure=lambda exc: asked == self._asked and self._refused(exc), planner=self.planner).run()

    def _refused(self, exc: BaseException) -> None:
        self.errors.show(exc if isinstance(exc, MissionPlannerError) else MissionPlannerError(str(exc)))
        self._show({"slots": [], "why": [], "suggestions": []})

    # Showing ---------------------------------------------------------------------------------------
    def _show(self, answer: dict) -> None:
        self.answer = answer
        self.list.clear()
        for s in answer["slots"]:
            item = QListWidgetItem(fill_in(self.tr("%1 (free until %2)"), fmt.hm(s["start"]), fmt.hm(s["end"])))
            item.setData(Qt.ItemDataRole.UserRole, s)
            self.list.addItem(item)
        if answer["slots"]:
            self.list.setCurrentRow(0)
        for w in (self.list, self.list_label):  # an empty list would push why and what else down
            w.setVisible(bool(answer["slots"]))
        if "day" in answer:
            text = (self.tr("Free slots of at least %1 in %2 on %3; the meeting starts at the beginning of "
                            "the slot you pick.") if answer["slots"]
                    else self.tr("No free slot of %1 in %2 on %3."))
            self.summary.setText(fill_in(text, duration_text(answer["minutes"]), answer["city"],
                                         fmt.long_date(answer["day"])))
        else:
            self.summary.clear()
        self.why.setText("\n".join(self.reason(w) for w in answer["why"]))
        self.why.setVisible(bool(answer["why"]))
        self._show_suggestions(answer["suggestions"])
        self.use_button.setEnabled(bool(answer["slots"]))

    def reason(self, why: dict) -> str:
        """Why no slot fits, said in the interface language."""
        code = why["code"]
        if code == "busy":
            return fill_in(self.tr("%n meeting(s) of the delegation fill the day; the longest free time "
                                   "left is %1.", "", why["count"]), duration_text(why["longest"]))
        if code == "not-in-city":
            return fill_in(self.tr("The mission is not in %1 on %2."), why["city"], fmt.long_date(why["day"]))
        at, day = _at(why["at"])
        template = {
            "stay-ends": self.tr("The stay in %1 ends at %2 on %3."),
            "stay-over": self.tr("The stay in %1 ended at %2 on %3."),
            "stay-not-begun": self.tr("The stay in %1 begins at %2 on %3."),
            "arrives-late": self.tr("The delegation arrives in %1 at %2 on %3, and needs %4 to settle."),
        }[code]
        return fill_in(template, why["city"], at, day, duration_text(why.get("buffer", 0)))

    def _show_suggestions(self, suggestions: list[dict]) -> None:
        for button in self.suggestion_buttons:
            button.deleteLater()
        self.suggestion_buttons = []
        asked_city = (self.answer or {}).get("city", "")
        for i, s in enumerate(suggestions):
            first = s["slots"][0]
            if s["city"] == asked_city:
                text = self.tr("Next free day in %1: %2, from %3")
            else:
                text = self.tr("In %1 that day: %2, from %3")
            label = fill_in(text, s["city"], fmt.long_date(s["day"]), fmt.hm(first["start"]))
            button = QPushButton(f"&{i + 1} {label}")  # Alt+1, Alt+2: each suggestion by keyboard
            button.setObjectName("slotSuggestion")
            button.setToolTip(self.tr("Show the free slots of that day in that city"))
            button.clicked.connect(lambda _=False, s=s: self.follow(s))
            self.suggestions.addWidget(button)
            self.suggestion_buttons.append(button)
        self.suggestions_box.setVisible(bool(suggestions))

    def follow(self, suggestion: dict) -> None:
        """Show the suggested day and city (their slots come back from the service)."""
        self.city.blockSignals(True)
        self.city.setCurrentIndex(max(0, self.city.findData(suggestion["city"])))
        self.city.blockSignals(False)
        self.day.set_value(suggestion["day"])
        self.search()

    def _slot_selected(self, row: int) -> None:
        self.use_button.setEnabled(row >= 0)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        slot = item.data(Qt.ItemDataRole.UserRole)
        self.chosen = {"start": slot["start"], "end": slot["end"], "city": self.answer["city"]}
        super().accept()


__all__ = ["FreeSlotDialog"]
