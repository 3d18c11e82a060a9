"""Schedule or edit a meeting: times typed in the venue's zone with the home time shown live,
participants picked from people, talking points in order, conflicts shown before saving."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError, StaleEditError
from ..services.timeutil import in_zone
from ..services.vocabulary import MEETING_KINDS, MEETING_STATUSES
from . import formatting as fmt
from . import zone_names
from .counts import count
from .date_entry import DateEntry
from .if_raised_editor import IfRaisedEditor
from .kind_labels import meeting_kind_text
from .messages import error_text, fill_in, problem_text
from .mission_editor import confirm_discard
from .models import problem_label
from .point_list import TalkingPoints
from .query_op import QueryOp
from .saving import Saving
from .tasks import Task
from .widgets import FieldErrors, PersonPicker, ask, debounced, error_label, field_with_error


def _text_edit(text: str = "", height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def leg_of_day(legs: list[dict], day: str) -> int | None:
    """The index of the leg `day` (YYYY-MM-DD) falls in: of the legs that touch it, the one the
    delegation spends most of that day in (on their local clocks), so a day travelled from Tokyo to
    Nagoya in the morning is Nagoya's; the first on a tie, None when no leg touches it."""
    start, end = f"{day}T00:00", f"{(date.fromisoformat(day) + timedelta(days=1)).isoformat()}T00:00"
    best, best_minutes = None, -1
    for i, leg in enumerate(legs):
        stay_from, stay_to = max(leg["arrive"][:16], start), min(leg["depart"][:16], end)
        if stay_from > stay_to or (stay_from == stay_to and leg["arrive"][:10] != day):
            continue
        minutes = (datetime.fromisoformat(stay_to) - datetime.fromisoformat(stay_from)).total_seconds() // 60
        if minutes > best_minutes:
            best, best_minutes = i, minutes
    return best


def local_input_text(iso: str | None) -> str:
    """What the time box shows for a stored time: the local wall clock, "2017-06-09 10:00"."""
    return iso[:16].replace("T", " ") if iso else ""


def _check(gen: int, planner, mission_id: str, candidate: dict, meeting_id: str | None):
    """The conflicts of the meeting being edited, tagged with the request they answer."""
    return gen, planner.checks.candidate(mission_id, candidate, meeting_id)


class MeetingEditor(QDialog):
    def __init__(self, planner, mission: dict, meeting: dict | None = None, parent=None, tasks=None,
                 day: str | None = None):
        super().__init__(parent)
        self.day = day  # a new meeting's default date (YYYY-MM-DD), e.g. the day picked in the agenda
        self.planner, self.mission, self.meeting = planner, mission, meeting
        self.tasks = tasks or getattr(parent, "tasks", None)
        self.meeting_id: str | None = meeting["id"] if meeting else None
        self.version = meeting.get("version") if meeting else None
        self.created = False
        self.old_fields: dict = {}
        self.new_fields: dict = {}
        self.conflicts: list[dict] = []
        self._check_generation = 0
        self.checking = False
        self.home_zone = mission["home_timezone"]
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self.setMinimumSize(760, 520)
        m = meeting or {}

        self.title_edit = QLineEdit(m.get("title", ""))
        self.kind = QComboBox()
        for code in MEETING_KINDS:
            self.kind.addItem(meeting_kind_text(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(m.get("kind") or "meeting")))
        self.dress_code = QLineEdit(m.get("dress_code", ""))
        self.dress_code.setPlaceholderText(self.tr("e.g. dark suit, national dress, business casual"))
        self.city = QComboBox()
        for leg in mission["legs"]:
            label = leg["city"] + (f" ({leg['city_native']})" if leg.get("city_native") else "")
            self.city.addItem(f"{label} — {zone_names.zone_name(leg['timezone'])}", leg)
        if m.get("city"):
            for i in range(self.city.count()):
                if self.city.itemData(i)["city"] == m["city"]:
                    self.city.setCurrentIndex(i)
        elif day:
            i = leg_of_day([self.city.itemData(i) for i in range(self.city.count())], day)
            if i is not None:
                self.city.setCurrentIndex(i)
        self.venue = QLineEdit(m.get("venue", ""))
        self.address = QLineEdit(m.get("address", ""))
        # Typed in the venue's zone; the echo under each says the day and time understood, and the
        # time at home ("vendredi 9 juin 2017, 10:30 — 03:30 à Bruxelles").
        self.start = DateEntry("datetime", "start")
        self.end = DateEntry("datetime", "end")
        self.start.set_value(m.get("start"))
        self.end.set_value(m.get("end"))
        for w in (self.start, self.end):
            w.edit.setPlaceholderText(self.tr("e.g. 9/6/2017 10:00 or 9 juin 14h30"))
        if day and not meeting:  # a time typed alone falls on the day picked in the agenda: say which
            self.start.edit.setPlaceholderText(self.tr("e.g. 10:00 on %1")
                                               .replace("%1", fmt.day_label(day)))
        self.status = QComboBox()
        for code in MEETING_STATUSES:
            self.status.addItem(fmt.status_text(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(m.get("status", "proposed"))))
        self.slot_button = QPushButton(self.tr("Find a &free slot…"))
        self.slot_button.clicked.connect(self.find_slot)

        self.errors = FieldErrors(error_label())
        # Two columns: what and where on the left, when and how on the right, so the brief below
        # keeps most of the height.
        form = QFormLayout()
        when = QFormLayout()

        def row(field: str, label: str, widget, extra=None, into=form):
            into.addRow(*field_with_error(self.errors, field, label, widget, extra))

        row("title", self.tr("&Title"), self.title_edit)
        row("kind", self.tr("Kin&d"), self.kind)
        row("city", self.tr("&City"), self.city)
        row("venue", self.tr("&Venue"), self.venue)
        row("address", self.tr("Addr&ess"), self.address)
        row("start", self.tr("&Starts (local time)"), self.start, None, when)
        row("end", self.tr("E&nds (local time)"), self.end, None, when)
        row("status", self.tr("Stat&us"), self.status, self.slot_button, when)
        row("dress_code", self.tr("D&ress code"), self.dress_code, None, when)

        self.counterparts = PersonPicker(planner, self.tr("Counterparts"))
        self.counterparts.set_people(m.get("counterparts") or [])
        self.delegation = PersonPicker(planner, self.tr("Delegation"))
        # A new meeting starts with the lead in it, so it clashes with the lead's other meetings
        # from the first check on.
        self.delegation.set_people(m.get("delegation") or [] if meeting
                                   else [mission["lead"]] if mission.get("lead") else [])
        self.without_lead = QCheckBox(self.tr("&Without the lead (the lead does not attend)"))
        self.without_lead.setChecked(bool(m.get("without_lead")))
        self.without_lead.setToolTip(self.tr("The meeting does not clash with the lead's other meetings."))
        people = QWidget()
        pl = QVBoxLayout(people)
        for text, picker in ((self.tr("Counterparts"), self.counterparts),
                             (self.tr("Delegation"), self.delegation)):
            heading = QLabel(f"<b>{text}</b>")
            heading.setBuddy(picker.search)
            pl.addWidget(heading)
            pl.addWidget(picker)
        pl.addWidget(self.without_lead)
        pl.addStretch(1)
        self.reason = _text_edit(m.get("reason", ""))
        self.requested_by = QLineEdit(m.get("requested_by", ""))
        self.requested_by.setAccessibleName(self.tr("Requested by"))
        self.requested_by.setPlaceholderText(self.tr("Who asked for the meeting"))
        self.objectives = _text_edit(m.get("objectives", ""))
        self.talking_points = TalkingPoints(m.get("talking_points") or [], self.tr("Talking points"))
        self.background = _text_edit(m.get("background", ""))
        self.arrangements = _text_edit(m.get("arrangements", ""))
        for w, name in ((self.reason, self.tr("Reason")), (self.objectives, self.tr("Objectives")),
                        (self.background, self.tr("Background")),
                        (self.arrangements, self.tr("Arrangements"))):
            w.setAccessibleName(name)
        self.if_raised = IfRaisedEditor(m.get("if_raised") or [])
        brief = QWidget()
        bl = QGridLayout(brief)
        bl.addWidget(QLabel(self.tr("Reason for the meeting")), 0, 0)
        bl.addWidget(self.reason, 1, 0)
        bl.addWidget(QLabel(self.tr("Objectives")), 0, 1)
        bl.addWidget(self.objectives, 1, 1)
        requested_label = QLabel(self.tr("Re&quested by"))
        requested_label.setBuddy(self.requested_by)
        bl.addWidget(requested_label, 2, 0)
        bl.addWidget(self.requested_by, 3, 0)
        bl.addWidget(QLabel(self.tr("Talking points")), 4, 0, 1, 2)
        bl.addWidget(self.talking_points, 5, 0, 1, 2)
        if_raised_label = QLabel(self.tr("If raised, and the line to ta&ke"))
        if_raised_label.setBuddy(self.if_raised.table)
        bl.addWidget(if_raised_label, 6, 0, 1, 2)
        bl.addWidget(self.if_raised, 7, 0, 1, 2)
        bl.addWidget(QLabel(self.tr("Background")), 8, 0)
        bl.addWidget(self.background, 9, 0)
        bl.addWidget(QLabel(self.tr("Arrangements (interpreter, arrival, gifts)")), 8, 1)
        bl.addWidget(self.arrangements, 9, 1)
        for r in (1, 5, 7, 9):
            bl.setRowStretch(r, 1)
        # The printed texts in French, Dutch and English (ui/translations_dialog.py): once saved.
        self.translations_button = QPushButton(self.tr("Translat&ions…"))
        self.translations_button.setEnabled(self.meeting_id is not None)
        self.translations_button.clicked.connect(self.edit_translations)
        bl.addWidget(self.translations_button, 10, 0)
        brief_scroll = QScrollArea()  # on a small screen (1024 x 600) the brief scrolls, the form stays
        brief_scroll.setWidgetResizable(True)
        brief_scroll.setFrameShape(QFrame.Shape.NoFrame)
        brief_scroll.setWidget(brief)
        tabs = QTabWidget()
        tabs.addTab(brief_scroll, self.tr("&Brief"))  # the main area: what the minister will read
        tabs.addTab(people, self.tr("&People"))
        self.tabs = tabs

        # The live checks: a strip under the brief, folded away by a click, opened again by itself
        # when an error appears.
        self.checks_toggle = QToolButton()
        self.checks_toggle.setObjectName("checksToggle")
        self.checks_toggle.setCheckable(True)
        self.checks_toggle.setChecked(True)
        self.checks_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.checks_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.checks_toggle.setAutoRaise(True)
        self.checks_toggle.toggled.connect(self._fold_checks)
        self.conflict_list = QListWidget()
        self.conflict_list.setObjectName("conflictList")
        self.conflict_list.setAccessibleName(self.tr("Conflicts with this meeting"))
        self.conflict_list.setMaximumHeight(96)
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflict_box = QWidget()
        cb = QVBoxLayout(self.conflict_box)
        cb.setContentsMargins(0, 0, 0, 0)
        cb.setSpacing(2)
        cb.addWidget(self.checks_toggle)
        cb.addWidget(self.conflict_list)
        self.conflict_box.hide()
        self._errors_shown = 0

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addLayout(when, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(tabs, 1)
        box.addWidget(self.conflict_box)
        self.saving = Saving(self, buttons)
        box.addWidget(self.errors.general)
        box.addWidget(self.saving.status)
        box.addWidget(buttons)

        self._check_timer = debounced(self, 300, self.run_checks)
        self.title_edit.textChanged.connect(self._changed)
        for w in (self.start, self.end):
            w.changed.connect(self._changed)
        self.city.currentIndexChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.without_lead.toggled.connect(self._changed)
        self.counterparts.changed.connect(self._changed)
        self.delegation.changed.connect(self._changed)
        self._update_home_times()
        self._initial = self.values()
        self.title_edit.setFocus()  # the first keystrokes go to the title, not nowhere
        if meeting:
            self.run_checks()

    # Time fields ----------------------------------------------------------------------------------
    def zone(self) -> str:
        leg = self.city.currentData()
        return leg["timezone"] if leg else self.home_zone

    def default_day(self) -> date:
        """The date a typed time without one falls on: the chosen day, else the leg's first day."""
        if self.day:
            return date.fromisoformat(self.day)
        leg = self.city.currentData()
        if leg:
            return date.fromisoformat(leg["arrive"][:10])
        return date.fromisoformat(self.mission["start"])

    def parse_times(self) -> tuple[datetime, datetime]:
        """The typed start and end as aware instants; raises the service's TimeInputError."""
        self._update_home_times()
        start = self.start.value()
        self._update_home_times()  # the end's day: the start's
        return start, self.end.value()

    def _update_home_times(self) -> None:
        """The entries read times in the venue's zone and echo them at home too; a time typed
        alone falls on the default day (the end's: the start's local day)."""
        zone = self.zone()
        for entry in (self.start, self.end):
            entry.set_zone(zone, self.home_zone)
        self.start.set_default_day(self.default_day())
        try:
            start = self.start.value()
        except MissionPlannerError:
            start = None
        self.end.set_default_day(in_zone(start, zone).date() if start else self.default_day())

    def _changed(self, *_args) -> None:
        self._update_home_times()
        self._check_timer.start()

    # Conflicts ------------------------------------------------------------------------------------
    def candidate(self) -> dict:
        start, end = self.parse_times()
        leg = self.city.currentData() or {}
        return {"id": self.meeting_id, "title": self.title_edit.text().strip(), "timezone": self.zone(),
                "start": start, "end": end, "city": leg.get("city", ""),
                "status": self.status.currentData(), "counterparts": self.counterparts.ids(),
                "delegation": self.delegation.ids(), "kind": self.kind.currentData(),
                "without_lead": self.without_lead.isChecked()}

    def run_checks(self) -> None:
        try:
            candidate = self.candidate()
        except MissionPlannerError:
            self._show_conflicts([])
            return
        if not candidate["title"]:  # the problems name the meeting: in the interface language
            candidate["title"] = self.tr("(new meeting)")
        self._check_generation += 1
        gen = self._check_generation
        self.checking = True
        if self.tasks is None:
            self._conflicts_found((gen, _check(gen, self.planner, self.mission["id"], candidate, self.meeting_id)))
            return
        # Bound methods, not lambdas: if the editor closes first, Qt drops the connection.
        self.tasks.run(_check, gen, self.planner, self.mission["id"], candidate, self.meeting_id,
                       on_done=self._conflicts_found, on_failed=self._checks_failed)

    def _checks_failed(self, _exc: BaseException) -> None:
        self.checking = False
        self._show_conflicts([])

    def _conflicts_found(self, answer: tuple[int, list[dict]]) -> None:
        gen, found = answer
        if gen != self._check_generation:
            return
        self.checking = False
        self._show_conflicts(found)

    def _show_conflicts(self, found: list[dict]) -> None:
        self.conflicts = found
        self.conflict_list.clear()
        style = self.style()
        for p in found:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical if p["severity"] == "error"
                                      else QStyle.StandardPixmap.SP_MessageBoxWarning)
            text = problem_text(p)
            # "overlap: …"; a translator may put a space before the colon, as French does.
            item = QListWidgetItem(icon, fill_in(self.tr("%1: %2", "problem kind: what is wrong"),
                                                 problem_label(p), text))
            item.setToolTip(text)
            self.conflict_list.addItem(item)
        self.conflict_box.setVisible(bool(found))
        errors = sum(1 for p in found if p["severity"] == "error")
        self.checks_toggle.setText(fill_in(self.tr("Conflicts: %1, %2"), count("error", errors),
                                           count("warning", len(found) - errors)))
        if errors > self._errors_shown and not self.checks_toggle.isChecked():
            self.checks_toggle.setChecked(True)  # a new error is not hidden in a folded strip
        self._errors_shown = errors

    def _fold_checks(self, open_: bool) -> None:
        self.conflict_list.setVisible(open_)
        self.checks_toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.checks_toggle.setToolTip(self.tr("Hide the conflicts") if open_ else self.tr("Show the conflicts"))

    # Free slots -----------------------------------------------------------------------------------
    def edit_translations(self) -> None:
        from .translations_dialog import TranslationsDialog

        TranslationsDialog(self.planner, "meeting", self.meeting_id, self.title_edit.text().strip(), self).exec()

    def find_slot(self) -> Task | None:
        """The free-slot dialog (window-modal) on the day, duration and city of the meeting as
        typed so far (the default day, an hour, the chosen city otherwise)."""
        from .free_slot_dialog import FreeSlotDialog

        zone, minutes, day = self.zone(), 60, self.default_day()
        try:
            start, end = self.parse_times()
            day = in_zone(start, zone).date()
            if end > start:
                minutes = int((end - start).total_seconds() // 60)
        except MissionPlannerError:
            try:
                day = self.start.local_value().date() if self.start.text().strip() else day
            except MissionPlannerError:
                pass
        leg = self.city.currentData() or {}
        dialog = FreeSlotDialog(self.planner, self.mission, day, minutes, leg.get("city", ""), self)
        dialog.accepted.connect(lambda: dialog.chosen and self.use_slot(dialog.chosen, dialog.minutes()))
        dialog.finished.connect(dialog.deleteLater)
        self.slot_dialog = dialog
        dialog.open()
        return None

    def use_slot(self, slot: dict, minutes: int) -> None:
        """The meeting moves to the slot's city (the leg of that day) and starts where it starts."""
        start = datetime.fromisoformat(slot["start"])
        end = start + timedelta(minutes=minutes)
        legs = [self.city.itemData(i) for i in range(self.city.count())]
        same = [i for i, leg in enumerate(legs) if leg["city"] == slot.get("city")]
        if same and self.city.currentIndex() not in same:
            of_day = leg_of_day([legs[i] for i in same], start.date().isoformat())
            self.city.setCurrentIndex(same[of_day or 0])
        self.start.setText(start.strftime("%Y-%m-%d %H:%M"))
        self.end.setText(end.strftime("%Y-%m-%d %H:%M"))

    # Saving ---------------------------------------------------------------------------------------
    def values(self) -> dict:
        leg = self.city.currentData() or {}
        return {
            "title": self.title_edit.text().strip(), "kind": self.kind.currentData(),
            "dress_code": self.dress_code.text().strip(), "without_lead": self.without_lead.isChecked(),
            "city": leg.get("city", ""),
            "timezone": leg.get("timezone", ""), "venue": self.venue.text().strip(),
            "address": self.address.text().strip(), "start_text": self.start.text().strip(),
            "end_text": self.end.text().strip(), "status": self.status.currentData(),
            "counterparts": self.counterparts.ids(), "delegation": self.delegation.ids(),
            "reason": self.reason.toPlainText().strip(), "requested_by": self.requested_by.text().strip(),
            "objectives": self.objectives.toPlainText().strip(),
            "talking_points": self.talking_points.points(),
            "if_raised": self.if_raised.items(),
            "background": self.background.toPlainText().strip(),
            "arrangements": self.arrangements.toPlainText().strip(),
        }

    def fields(self) -> dict:
        """What the meetings service is given; times as ISO with the venue's UTC offset."""
        data = self.values()
        start, end = self.parse_times()
        zone = data["timezone"] or self.zone()
        data.pop("start_text")
        data.pop("end_text")
        data["start"] = in_zone(start, zone).isoformat(timespec="minutes")
        data["end"] = in_zone(end, zone).isoformat(timespec="minutes")
        return data

    def has_changes(self) -> bool:
        return self.values() != self._initial

    def problems(self) -> list[MissionPlannerError]:
        """Every reason the meeting cannot be saved as it is, each for its field."""
        self._update_home_times()
        typed = [p for p in (self.start.problem(), self.end.problem()) if p is not None]
        data = self.values()
        del data["start_text"], data["end_text"]
        if not typed:
            start, end = self.parse_times()
            zone = self.zone()
            data["start"] = in_zone(start, zone).isoformat(timespec="minutes")
            data["end"] = in_zone(end, zone).isoformat(timespec="minutes")
        return typed + self.planner.meetings.problems(data)

    def save(self) -> Task | None:
        """Write on the worker (the dialog says it is saving); the editor closes once saved, or
        stays open with the reason beside the field."""
        if self.saving.busy:
            return None
        self.errors.clear()
        problems = self.problems()
        if problems:  # all at once, each under its field; nothing is written
            self.errors.show_all(problems).setFocus()
            return None
        fields = self.fields()
        errors = [p for p in self.conflicts if p["severity"] == "error"]
        if errors and not ask(self, self.tr("Save with a conflict?"), self.tr(
                "The checks found %n error(s) in this meeting's schedule, first: %1\n\nSave it anyway?",
                "", len(errors)).replace("%1", problem_text(errors[0]))):
            return None  # (a stray Enter keeps the editor open: the question defaults to No)
        if self.meeting_id is None:
            mission_id = self.mission["id"]

            def create(planner):
                meeting_id = planner.meetings.create(mission_id, **fields)
                return planner.meetings.get(meeting_id)
            return self.saving.run(create, self._created, self._refused)
        old = self.meeting or {}
        old_fields = {k: old.get(k) for k in fields}
        old_fields["counterparts"] = [p["id"] for p in old.get("counterparts") or []]
        old_fields["delegation"] = [p["id"] for p in old.get("delegation") or []]
        old_fields["start"] = datetime.fromisoformat(old["start"]).isoformat(timespec="minutes")
        old_fields["end"] = datetime.fromisoformat(old["end"]).isoformat(timespec="minutes")
        meeting_id, version = self.meeting_id, self.version
        return self.saving.run(lambda planner: planner.meetings.update(meeting_id, version, **fields),
                               lambda new_version: self._updated(new_version, old_fields, fields),
                               self._refused)

    def _created(self, meeting: dict) -> None:
        self.meeting, self.meeting_id, self.created = meeting, meeting["id"], True
        self.version = meeting["version"]
        self.accept()

    def _updated(self, version: int, old_fields: dict, fields: dict) -> None:
        self.version = version
        self.old_fields, self.new_fields = old_fields, fields
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEditError):
            self._offer_reload(exc)
        elif isinstance(exc, MissionPlannerError):
            self.errors.show(exc).setFocus()
        else:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    def _offer_reload(self, exc: StaleEditError) -> None:
        if not ask(self, self.tr("Changed elsewhere"),
                   self.tr("%1\n\nReload the meeting? Your unsaved changes in this window will be lost.")
                   .replace("%1", error_text(exc, beside_field=True))):
            return
        meeting_id = self.meeting_id
        QueryOp(self, op=lambda planner: planner.meetings.get(meeting_id), success=self._reloaded).run()

    def _reloaded(self, fresh: dict) -> None:
        self.meeting, self.version = fresh, fresh["version"]
        self.title_edit.setText(fresh["title"])
        self.kind.setCurrentIndex(max(0, self.kind.findData(fresh.get("kind") or "meeting")))
        self.dress_code.setText(fresh.get("dress_code", ""))
        self.without_lead.setChecked(bool(fresh.get("without_lead")))
        self.venue.setText(fresh.get("venue", ""))
        self.address.setText(fresh.get("address", ""))
        self.start.setText(local_input_text(fresh["start"]))
        self.end.setText(local_input_text(fresh["end"]))
        self.status.setCurrentIndex(max(0, self.status.findData(fresh["status"])))
        self.counterparts.set_people(fresh["counterparts"])
        self.delegation.set_people(fresh["delegation"])
        self.reason.setPlainText(fresh.get("reason", ""))
        self.requested_by.setText(fresh.get("requested_by", ""))
        self.objectives.setPlainText(fresh.get("objectives", ""))
        self.background.setPlainText(fresh.get("background", ""))
        self.arrangements.setPlainText(fresh.get("arrangements", ""))
        self.talking_points.set_points(fresh.get("talking_points") or [])
        self._initial = self.values()

    def reject(self) -> None:
        if self.saving.busy:  # the write goes on: close once it is done, not before
            return
        if self.has_changes() and not confirm_discard(self):
            return
        super().reject()

    def done(self, result: int) -> None:
        self._check_timer.stop()  # no check may start once the editor is closing
        self._check_generation += 1
        super().done(result)
