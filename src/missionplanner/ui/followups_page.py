"""The follow-ups dashboard: open actions, overdue ones marked, filters, done / snooze / reopen."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError, StaleEditError
from . import formatting as fmt
from .counts import count
from .date_entry import DateEntry
from .messages import error_text, fill_in, translate_error
from .mission_editor import confirm_discard
from .models import ID_ROLE, FollowupsModel
from .outcome_dialog import RECURRENCES
from .owner_picker import OwnerPicker
from .query_op import QueryOp
from .saving import Saving
from .tasks import Task
from .undo import (
    CompleteFollowupCommand,
    CreateRecordCommand,
    EditFieldsCommand,
    FollowupStateCommand,
    history_of,
    push_or_done,
)
from .widgets import FieldErrors, error_label, field_with_error, keep_editor, setup_table


class DueFilter(DateEntry):
    """A "due from" or "until" filter of the dashboard, typed as every date is ("15/6/2017",
    "15 juin 2017", the calendar with Alt+Down). Optional and compact (what was understood, or why
    not, is the tooltip; a refused entry is framed in red). An empty or unreadable entry filters
    nothing: `day()` is None for both."""

    applied = Signal()  # the entry is to be applied now (Enter, leaving the field)

    def __init__(self, accessible: str, parent=None):
        super().__init__("date", "due", required=False, parent=parent, compact=True)
        self.setAccessibleName(accessible)
        self.edit.setPlaceholderText(self.tr("any date"))
        # (the line's own tooltip, once something is typed, says what was understood)
        self.setToolTip(self.tr("Type a date day first, such as 15/6/2017 or 15 June 2017, or choose it "
                                "from the calendar (Alt+Down); empty: no limit"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00 september 2017") + 24)
        self.edit.editingFinished.connect(self.applied)

    def day(self) -> date | None:
        try:
            return self.value()
        except MissionPlannerError:
            return None


class FollowupEditor(QDialog):
    """A follow-up's action, owner, due date, recurrence and notes; saved with its version.

    Without an "id" in `followup` it makes a new one: for the meeting it names ("meeting_id"), or,
    from the dashboard, for the mission and (optionally) the meeting chosen in the dialog."""

    meeting_link = Signal(str)  # the id of the meeting the follow-up came from, when its link is followed

    def __init__(self, planner, followup: dict, parent=None, people: list[dict] | None = None,
                 missions: list[dict] | None = None):
        """`people`: who the follow-up can be given to (our side), read beforehand on the worker;
        `missions`: for a new follow-up from the dashboard, the missions it can belong to."""
        super().__init__(parent)
        self.planner, self.followup = planner, followup
        self.followup_id, self.version = followup.get("id"), followup.get("version")
        self.created = False
        self.old_fields: dict = {}
        self.new_fields: dict = {}
        self.setWindowTitle(self.tr("Edit follow-up") if self.followup_id else self.tr("New follow-up"))
        self.setMinimumWidth(520)
        self.action = QLineEdit(followup.get("action") or "")
        self.owner = OwnerPicker(people or [], followup.get("owner"))
        self.mission = self.meeting = None
        if missions is not None:
            self.mission = QComboBox()
            for m in missions:
                self.mission.addItem(m["title"], m["id"])
            self.mission.setCurrentIndex(max(0, self.mission.findData(followup.get("mission_id"))))
            self.meeting = QComboBox()
            self.meeting.addItem(self.tr("(none)"), None)
            self.mission.currentIndexChanged.connect(lambda _i: self._read_meetings())
        self.source = QLabel()
        self.source.setObjectName("followupSource")
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.source.linkActivated.connect(self._follow_link)
        if followup.get("meeting_id") and missions is None:
            self.source.setText(self.tr("From the meeting: %1").replace(
                "%1", f'<a href="{followup["meeting_id"]}">{escape(followup.get("meeting") or "")}</a>'))
            self.source.setToolTip(self.tr("Open the meeting in the agenda"))
        else:
            self.source.hide()
        self.due = DateEntry("date", "due", required=False)  # "15/6/2017", "15 juin", the calendar
        self.due.set_value(followup.get("due"))
        self.recurrence = QComboBox()
        self.recurrence.setEditable(True)
        for rule, label in RECURRENCES:
            self.recurrence.addItem(QCoreApplication.translate("OutcomeDialog", label), rule)
        rule = followup.get("recurrence") or ""
        if self.recurrence.findData(rule) < 0:
            self.recurrence.addItem(rule, rule)
        self.recurrence.setCurrentIndex(self.recurrence.findData(rule))
        self.notes = QPlainTextEdit(followup.get("notes") or "")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.errors = FieldErrors(error_label())
        form = QFormLayout()
        form.addRow(self.source)
        if self.mission is not None:
            form.addRow(*field_with_error(self.errors, "mission_id", self.tr("&Mission"), self.mission))
            form.addRow(*field_with_error(self.errors, "meeting_id", self.tr("From &meeting"), self.meeting))
        for field, label, widget in (("action", self.tr("&Action"), self.action),
                                     ("owner_id", self.tr("&Owner"), self.owner),
                                     ("due", self.tr("&Due on"), self.due),
                                     ("recurrence", self.tr("&Recurrence"), self.recurrence),
                                     ("notes", self.tr("&Notes"), self.notes)):
            form.addRow(*field_with_error(self.errors, field, label, widget))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        self.saving = Saving(self, self.buttons)
        box.addWidget(self.errors.general)
        box.addWidget(self.saving.status)
        box.addWidget(self.buttons)
        self._initial = self.fields()
        self.action.setFocus()
        if self.mission is not None:
            self._read_meetings()

    def _read_meetings(self) -> None:
        """The chosen mission's meetings, in time order, read on the worker."""
        mission_id = self.mission.currentData()
        if not mission_id:
            return
        QueryOp(self, op=lambda planner: planner.meetings.page(0, 2000, mission_id=mission_id, newest_first=False),
                success=lambda rows: self._fill_meetings(mission_id, rows)).run()

    def _fill_meetings(self, mission_id: str, rows: list[dict]) -> None:
        if mission_id != self.mission.currentData():
            return  # another mission was chosen meanwhile
        keep = self.meeting.currentData() or self.followup.get("meeting_id")
        self.meeting.clear()
        self.meeting.addItem(self.tr("(none)"), None)
        for m in rows:
            self.meeting.addItem(f"{fmt.short_date(m.get('start'))} — {m['title']}", m["id"])
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(keep)))

    def _follow_link(self, meeting_id: str) -> None:
        if self.saving.busy or (self.has_changes() and not confirm_discard(self)):
            return
        QDialog.reject(self)
        self.meeting_link.emit(meeting_id)

    def _rule(self) -> str:
        i = self.recurrence.currentIndex()
        if i >= 0 and self.recurrence.itemText(i) == self.recurrence.currentText():
            return self.recurrence.itemData(i) or ""
        return self.recurrence.currentText().strip()

    def fields(self) -> dict:
        try:
            due = self.due.value()
            due = due.isoformat() if due else None
        except MissionPlannerError:  # kept as typed: problems() says why
            due = self.due.text().strip()
        return {"action": self.action.text().strip(), "owner_id": self.owner.owner_id(),
                "due": due, "recurrence": self._rule(),
                "notes": self.notes.toPlainText().strip()}

    def problems(self) -> list[MissionPlannerError]:
        """Every reason the follow-up cannot be saved as it is, each for its field."""
        typed = self.due.problem()
        data = {k: v for k, v in self.fields().items() if not (typed and k == "due")}
        return ([typed] if typed else []) + self.planner.followups.problems(data)

    def where(self) -> dict:
        """The mission and meeting a new follow-up belongs to."""
        if self.mission is not None:
            return {"mission_id": self.mission.currentData(), "meeting_id": self.meeting.currentData()}
        return {"mission_id": self.followup.get("mission_id"), "meeting_id": self.followup.get("meeting_id")}

    def has_changes(self) -> bool:
        return self.fields() != self._initial

    def save(self) -> Task | None:
        """Write on the worker (the dialog says it is saving); the dialog closes once saved, or
        stays open with the reason beside the field."""
        if self.saving.busy:
            return None
        self.errors.clear()
        problems = self.problems()
        if problems:  # all at once, each under its field; nothing is written
            self.errors.show_all(problems).setFocus()
            return None
        if self.followup_id is None:
            fields, where = self.fields(), self.where()
            return self.saving.run(lambda planner: planner.followups.create(**where, **fields),
                                   self._created, self._refused)
        changes = {k: v for k, v in self.fields().items() if v != self._initial[k]}
        if not changes:
            self.accept()
            return None
        followup_id, version = self.followup_id, self.version
        return self.saving.run(lambda planner: planner.followups.update(followup_id, version, **changes),
                               lambda new_version: self._updated(new_version, changes), self._refused)

    def _created(self, followup_id: str) -> None:
        self.followup_id, self.created = followup_id, True
        self.accept()

    def _updated(self, version: int, changes: dict) -> None:
        self.version = version
        self.old_fields = {k: self._initial[k] for k in changes}
        self.new_fields = changes
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEditError):
            self.errors.show(exc)
        elif isinstance(exc, MissionPlannerError):
            self.errors.show(exc).setFocus()
        else:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    def reject(self) -> None:
        if self.saving.busy:  # the write goes on: close once it is done, not before
            return
        if self.has_changes() and not confirm_discard(self):
            return
        super().reject()


def open_new_followup(parent: QWidget, followup: dict, *, choose_mission: bool = False) -> Task:
    """Read our side (and the missions, when the dialog offers the choice) on the worker, then
    open a FollowupEditor for a new follow-up as `parent.editor`; once saved, its creation goes on
    the undo stack and `parent.followup_created(editor)` is called when the parent has it."""
    def read(planner):
        return planner.people.our_side(), (planner.missions.list() if choose_mission else None)

    def opened(got) -> None:
        people, missions = got
        editor = FollowupEditor(parent.planner, followup, parent, people=people, missions=missions)
        keep_editor(parent, editor)
        editor.accepted.connect(lambda: _created(parent, editor))
        window = parent.window()
        if hasattr(window, "go_to"):
            editor.meeting_link.connect(lambda mid: window.go_to("meeting", mid))
        editor.open()
    return QueryOp(parent, op=read, success=opened).run()


def _created(parent: QWidget, editor: FollowupEditor) -> None:
    if not editor.created:
        return
    text = QCoreApplication.translate("FollowupsPage", "new follow-up “%1”").replace("%1", editor.fields()["action"])
    push_or_done(history_of(parent), lambda h: CreateRecordCommand(h, "followup", editor.followup_id, text))
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(
            QCoreApplication.translate("FollowupsPage", "Follow-up added: %1").replace("%1", editor.fields()["action"]),
            10_000)
    if hasattr(parent, "followup_created"):
        parent.followup_created(editor)


class FollowupsPage(QWidget):
    overdue_changed = Signal(int)

    def __init__(self, planner, parent=None):
        super().__init__(parent)
        self.planner = planner
        self.home_zone = "Europe/Brussels"
        self.mission_filter = QComboBox()
        self.mission_filter.setAccessibleName(self.tr("Filter by mission"))
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Filter by owner"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("Overdue"), "overdue")
        self.status_filter.addItem(self.tr("Done"), "done")
        self.status_filter.addItem(self.tr("All"), "")
        self.due_from = DueFilter(self.tr("Due from"))
        self.due_to = DueFilter(self.tr("Due until"))
        for w in (self.mission_filter, self.owner_filter, self.status_filter):
            w.currentIndexChanged.connect(lambda _i: self.refresh_rows())
        # A typed date is applied once the typing pauses (not "1", "15", "15/6"... on the way),
        # at once on Enter or leaving the field; the list is read again only if the range changed.
        self._due_timer = QTimer(self)
        self._due_timer.setSingleShot(True)
        self._due_timer.setInterval(400)
        self._due_timer.timeout.connect(self._apply_due)
        self._due_applied: tuple[date | None, date | None] = (None, None)
        for w in (self.due_from, self.due_to):
            w.changed.connect(self._due_timer.start)
            w.applied.connect(self._apply_due)
        self.summary = QLabel()
        self.summary.setObjectName("followupsSummary")
        self.filter_problem = QLabel()  # an unreadable due date: said, and not applied
        self.filter_problem.setObjectName("followupsFilterProblem")
        self.filter_problem.setWordWrap(True)
        self.filter_problem.setStyleSheet("color: #b3261e;")
        self.filter_problem.hide()
        self.model = FollowupsModel(None, self)
        self._counts_asked = 0
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, "followupsTable", self.tr("Follow-ups"), FollowupsModel.COL_ACTION)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for label, days in ((self.tr("Until tomorrow"), 1), (self.tr("For three days"), 3),
                            (self.tr("For a week"), 7), (self.tr("For a month"), 30)):
            menu.addAction(label, lambda d=days: self.snooze(d))
        self.snooze_button.setMenu(menu)
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        self.new_button = QPushButton(self.tr("&New follow-up…"))
        self.new_button.setToolTip(self.tr("Add a follow-up to a mission or one of its meetings (Ins)"))
        self.new_button.clicked.connect(lambda: self.new())
        self.meeting_button = QPushButton(self.tr("Go to &meeting"))
        self.meeting_button.setToolTip(self.tr("Show the meeting the selected follow-up came from in the agenda"))
        self.meeting_button.clicked.connect(lambda: self.go_to_meeting())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit follow-up"))
        self.edit_button.setToolTip(self.tr("Change the selected follow-up (Enter, F2 or double-click)"))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.table.activated.connect(lambda _i: self.edit())
        self.act_edit = QAction(self.tr("&Edit follow-up…"), self)
        self.act_edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.act_edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_edit.triggered.connect(lambda _c=False: self.edit())
        self.act_done = QAction(self.tr("Mark &done"), self)
        self.act_done.triggered.connect(lambda _c=False: self.mark_done())
        self.act_reopen = QAction(self.tr("&Reopen"), self)
        self.act_reopen.triggered.connect(lambda _c=False: self.reopen())
        self.act_new = QAction(self.tr("&New follow-up…"), self)
        self.act_new.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.act_new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_new.triggered.connect(lambda _c=False: self.new())
        self.addAction(self.act_new)
        self.act_meeting = QAction(self.tr("Go to &meeting"), self)
        self.act_meeting.triggered.connect(lambda _c=False: self.go_to_meeting())
        for a in (self.act_edit, self.act_meeting, self.act_done, self.act_reopen):
            self.table.addAction(a)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Mission:"), self.mission_filter), (self.tr("Owner:"), self.owner_filter),
                              (self.tr("Show:"), self.status_filter), (self.tr("Due from:"), self.due_from),
                              (self.tr("until:"), self.due_to)):
            lab = QLabel(label)
            lab.setBuddy(widget)
            filters.addWidget(lab)
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.meeting_button)
        buttons.addStretch(1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.model.modelReset.connect(self._enable)
        self._enable()
        box = QVBoxLayout(self)
        box.addLayout(filters)
        box.addWidget(self.filter_problem)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)

    def refresh(self) -> None:
        """Reload the filter choices (read on the worker) and the rows."""
        QueryOp(self, op=lambda planner: (planner.missions.list(), planner.people.followup_owners()),
                success=self._fill_choices).run()
        self.refresh_rows()

    def _fill_choices(self, choices: tuple[list[dict], list[dict]]) -> None:
        for combo, items in zip((self.mission_filter, self.owner_filter), choices, strict=True):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for it in items:
                combo.addItem(it.get("title") or fmt.person_label(it), it["id"])
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
            combo.blockSignals(False)
            if combo.currentData() != keep:  # the chosen mission or owner is gone: the rows change
                self.refresh_rows()

    def _apply_due(self) -> None:
        """The due range as typed, when it changed: the rows read again; a refused entry said."""
        self._due_timer.stop()
        problems = []
        for label, entry in ((self.tr("Due from"), self.due_from), (self.tr("Due until"), self.due_to)):
            exc = entry.problem()
            if exc is not None:
                problems.append(fill_in(self.tr("%1 is not applied: %2"), label, translate_error(exc)))
        self.filter_problem.setText("\n".join(problems))
        self.filter_problem.setVisible(bool(problems))
        due = (self.due_from.day(), self.due_to.day())
        if due != self._due_applied:
            self.refresh_rows()

    def filters(self) -> dict:
        status = self.status_filter.currentData()
        return {"mission": self.mission_filter.currentData(), "owner_id": self.owner_filter.currentData(),
                "overdue": status == "overdue", "status": status if status in ("open", "done") else None,
                "due_from": self.due_from.day(), "due_to": self.due_to.day(),
                "home_tz": self.home_zone}

    def refresh_rows(self, select: str | None = None) -> None:
        """Rows a page at a time (the lazy model), counts from the database; both on the worker.
        The selected row stays selected, or `select` is once it is read."""
        keep = select or self.current_id()
        filters = self.filters()
        self._due_applied = (filters["due_from"], filters["due_to"])
        self.model.set_fetch(lambda planner, limit, offset: planner.followups.page(offset, limit, **filters))
        if keep:
            self.model.fetch_until(keep, lambda r: r >= 0 and self.table.selectRow(r), max_rows=2000)
        else:
            self.model.fetchMore()
        home_zone = self.home_zone
        self._counts_asked += 1
        asked = self._counts_asked

        def counts(planner):
            shown = planner.followups.count(**filters)
            shown_overdue = 0 if filters["status"] == "done" else \
                planner.followups.count(**dict(filters, overdue=True, status=None))
            return shown, shown_overdue, planner.followups.count_overdue(home_tz=home_zone)
        QueryOp(self, op=counts, success=lambda c: self._show_counts(asked, *c)).run()

    def _show_counts(self, asked: int, shown: int, shown_overdue: int, overdue: int) -> None:
        if asked != self._counts_asked:
            return  # the filters changed again while these were counted
        self.summary.setText(fill_in(self.tr("%1 shown, %2 overdue; %3 overdue in all"),
                                     count("follow-up", shown), str(shown_overdue), str(overdue)))
        self.overdue_changed.emit(overdue)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_record(self) -> tuple[str, str] | None:
        fid = self.current_id()
        return ("followup", fid) if fid else None

    def current(self) -> dict | None:
        fid = self.current_id()
        return self.model.row(self.model.find(fid)) if fid else None

    def _act(self, fn, command, said: str = "") -> None:
        """Do `fn(f)` on the selected follow-up, then put `command(history, f, result)` on the undo
        stack (Edit ▸ Undo) and show `said` ("%1": the action) in the status bar; a refused change
        is shown and leaves the stack alone."""
        f = self.current()
        if f is None:
            return

        def done(result) -> None:
            push_or_done(history_of(self), lambda h: command(h, f, result))
            self.refresh_rows()
            window = self.window()
            if said and hasattr(window, "statusBar"):
                window.statusBar().showMessage(said.replace("%1", f["action"]), 10_000)

        def refused(exc: BaseException) -> None:
            text = error_text(exc) if isinstance(exc, MissionPlannerError) else str(exc)
            QMessageBox.warning(self, self.tr("Follow-up"), text)
            self.refresh_rows()
        QueryOp(self, op=lambda _planner: fn(f), success=done, failure=refused).run()  # on the worker

    editor = None  # the editor opened last (kept once closed, until the next opens)

    def edit(self) -> Task | None:
        """Open the editor (as `self.editor`) once the people it can go to (our side) are read, on
        the worker."""
        f = self.current()
        if f is None:
            return None
        return QueryOp(self, op=lambda planner: planner.people.our_side(),
                       success=lambda people: self._open_editor(f, people)).run()

    def _open_editor(self, f: dict, people: list[dict]) -> FollowupEditor:
        editor = FollowupEditor(self.planner, f, self, people=people)
        keep_editor(self, editor)
        editor.meeting_link.connect(lambda mid: self.window().go_to("meeting", mid))
        editor.accepted.connect(lambda: self._edited(editor))
        editor.open()
        return editor

    def _enable(self) -> None:
        f = self.current()
        for w in (self.meeting_button, self.act_meeting):
            w.setEnabled(bool(f and f.get("meeting_id")))

    def new(self) -> Task:
        """A new follow-up, for the mission the dashboard is filtered on (or the selected row's)."""
        f = self.current() or {}
        mission_id = self.mission_filter.currentData() or f.get("mission_id")
        return open_new_followup(self, {"mission_id": mission_id}, choose_mission=True)

    def followup_created(self, editor: FollowupEditor) -> None:
        self.refresh_rows(select=editor.followup_id)

    def select(self, followup_id: str) -> None:
        """Show one follow-up (a search hit): every mission and status, no due range, it selected."""
        for combo, data in ((self.mission_filter, None), (self.owner_filter, None), (self.status_filter, "")):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(data)))
            combo.blockSignals(False)
        for entry in (self.due_from, self.due_to):
            entry.blockSignals(True)
            entry.clear()
            entry.blockSignals(False)
        self._due_timer.stop()
        self.filter_problem.hide()
        self.refresh_rows(select=followup_id)

    def go_to_meeting(self) -> None:
        f = self.current()
        window = self.window()
        if f and f.get("meeting_id") and hasattr(window, "go_to"):
            window.go_to("meeting", f["meeting_id"])

    def _edited(self, editor: FollowupEditor) -> None:
        if editor.new_fields:
            text = self.tr("edit follow-up “%1”").replace("%1", editor.fields()["action"])
            push_or_done(history_of(self), lambda h: EditFieldsCommand(
                h, "followup", editor.followup_id, editor.old_fields, editor.new_fields, text))
        self.refresh_rows()

    def mark_done(self) -> None:
        undo_keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        self._act(lambda f: self.planner.followups.complete(f["id"], f["version"]),
                  lambda h, f, spawned: CompleteFollowupCommand(
                      h, f["id"], spawned, self.tr("mark follow-up “%1” done").replace("%1", f["action"])),
                  self.tr("Marked done: %1 — %2 to undo").replace("%2", undo_keys))

    def _change_state(self, change, text: str) -> None:
        """A reopen or a snooze: the stored state before and after goes on the undo stack."""
        before: dict = {}

        def do(f):
            before.update(self.planner.followups.state(f["id"]))
            change(f)
            return self.planner.followups.state(f["id"])
        self._act(do, lambda h, f, after: FollowupStateCommand(h, f["id"], before, after,
                                                               text.replace("%1", f["action"])))

    def reopen(self) -> None:
        self._change_state(lambda f: self.planner.followups.reopen(f["id"], f["version"]),
                           self.tr("reopen follow-up “%1”"))

    def snooze(self, days: int) -> None:
        until = date.today() + timedelta(days=days)
        self._change_state(lambda f: self.planner.followups.snooze(f["id"], until,
                                                                      f["version"]),
                           self.tr("snooze follow-up “%1”"))
