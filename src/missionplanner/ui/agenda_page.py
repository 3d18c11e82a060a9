"""The Agenda page: one mission day by day, meetings in venue-local and home time, with problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from . import zone_names
from .calendar_view import CalendarView
from .counts import count
from .messages import fill_in, problem_text
from .models import ROW_ROLE, AgendaModel, problem_label
from .query_op import QueryOp
from .timeline_view import TimelineView
from .widgets import ask, keep_editor, setup_table

if TYPE_CHECKING:
    from .meeting_editor import MeetingEditor
    from .outcome_dialog import OutcomeDialog
    from .tasks import Task


def run_checks(planner, mission_id: str) -> list[dict]:
    return planner.checks.mission(mission_id).problems


class AgendaPage(QWidget):
    """One mission's meetings day by day with their scheduling problems, and the flows that
    schedule, edit, delete a meeting and log its outcome (each undoable)."""

    mission_changed = Signal(str)       # the user picked another mission
    meeting_saved = Signal(str)         # meeting id: created or edited (the window shows this page)
    changed = Signal()                  # data changed: the other pages are stale
    loaded = Signal()                   # the agenda on screen was read again

    def __init__(self, planner, tasks, parent=None):
        super().__init__(parent)
        self.planner, self.tasks = planner, tasks
        self.detail: dict | None = None
        self.preferred: str | None = None  # the mission shown last time, until the user picks one
        self.problems: list[dict] = []
        self._reads = self._shown = 0  # reads of the missions or agenda asked for, and shown
        self._wanted: str | None = None  # a meeting to select once the agenda is shown
        self._wanted_mission: str | None = None  # a mission to show once the chooser is filled
        self._checks_pending = False
        self.mission_box = QComboBox()
        self.mission_box.setAccessibleName(self.tr("Mission"))
        self.mission_box.currentIndexChanged.connect(self._mission_picked)
        label = QLabel(self.tr("&Mission:"))
        label.setBuddy(self.mission_box)
        self.home_label = QLabel()
        self.model = AgendaModel(self)
        style = self.style()
        self.model.icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, "agendaTable", self.tr("Agenda"), AgendaModel.COL_TITLE)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._activated)
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("problemsList")
        self.problems_list.setAccessibleName(self.tr("Scheduling problems"))
        self.problems_list.setWordWrap(True)
        self.problems_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems_list.itemActivated.connect(self._problem_activated)
        self.problems_list.itemClicked.connect(self._problem_activated)
        self.problems_title = QLabel(self.tr("Problems"))
        new = QPushButton(self.tr("&New meeting…"))
        new.clicked.connect(lambda: self.detail and self.new(self.detail["id"]))
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(lambda: self.edit())
        outcome = QPushButton(self.tr("&Log outcome…"))
        outcome.clicked.connect(lambda: self.log_outcome())
        documents = QPushButton(self.tr("Doc&uments…"))
        documents.clicked.connect(lambda: self.documents())
        delete = QPushButton(self.tr("&Delete…"))
        delete.clicked.connect(lambda: self.delete())
        self.new_button, self.outcome_button, self.documents_button = new, outcome, documents
        # A meeting's context menu (right-click in the list or on a calendar block): what the buttons
        # do, plus a follow-up for that meeting without logging an outcome first.
        self.meeting_actions = []
        for text, slot in ((self.tr("&Edit meeting…"), lambda: self.edit()),
                           (self.tr("&Log outcome…"), lambda: self.log_outcome()),
                           (self.tr("New &follow-up…"), lambda: self.new_followup()),
                           (self.tr("Doc&uments…"), lambda: self.documents()),
                           (self.tr("&Delete meeting…"), lambda: self.delete())):
            action = QAction(text, self)
            action.triggered.connect(lambda _c=False, slot=slot: slot())
            self.meeting_actions.append(action)
        self.table.addActions(self.meeting_actions)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.mission_box, 1)
        top.addWidget(self.home_label)
        buttons = QHBoxLayout()
        for b in (new, edit, outcome, documents, delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        problems_panel = QWidget()
        pv = QVBoxLayout(problems_panel)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.addWidget(self.problems_title)
        pv.addWidget(self.problems_list)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("agendaSplitter")
        # The agenda as a list, as a day or week calendar to plan on, or the whole trip as a
        # timeline (one band per day).
        self.timeline = TimelineView(self.planner, self.tasks)
        self.day_view, self.week_view = CalendarView("day"), CalendarView("week")
        for calendar in (self.day_view, self.week_view):
            calendar.canvas.move_requested.connect(self.move_meeting)
            calendar.canvas.open_requested.connect(lambda mid: self.edit(mid))
            calendar.canvas.travel_requested.connect(self.edit_travel)
            calendar.canvas.selection_changed.connect(self._calendar_selected)
            calendar.canvas.addActions(self.meeting_actions)
            calendar.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.views = QTabWidget()
        self.views.setObjectName("agendaViews")
        self.views.addTab(self.table, self.tr("L&ist"))
        self.views.addTab(self.day_view, self.tr("Da&y"))
        self.views.addTab(self.week_view, self.tr("&Week"))
        self.views.addTab(self.timeline, self.tr("&Timeline"))
        self.views.currentChanged.connect(self._view_changed)
        for i, keys in enumerate(("Ctrl+Shift+L", "Ctrl+Shift+D", "Ctrl+Shift+W", "Ctrl+Shift+T")):
            shortcut = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda i=i: self.show_view(i))
            self.views.setTabToolTip(i, QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        split.addWidget(self.views)
        split.addWidget(problems_panel)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addLayout(buttons)

    # Missions in the chooser --------------------------------------------------------------------
    def refresh_missions(self, select: str | None = None) -> None:
        """Read the missions for the chooser on the worker, then the chosen one's agenda."""
        self._reads += 1
        if select:
            self._wanted_mission = select
        reads, keep = self._reads, self._wanted_mission or self.mission_id() or self.preferred
        QueryOp(self, op=lambda planner: planner.missions.list(),
                success=lambda rows: self._fill_missions(rows, keep, reads)).run()

    def _fill_missions(self, rows: list[dict], keep: str | None, reads: int) -> None:
        if reads != self._reads:
            return  # a newer read is on its way
        self._shown, self._wanted_mission = reads, None
        self.mission_box.blockSignals(True)
        self.mission_box.clear()
        for m in rows:
            self.mission_box.addItem(m["title"], m["id"])
        i = self.mission_box.findData(keep) if keep else -1
        self.mission_box.setCurrentIndex(i if i >= 0 else (0 if self.mission_box.count() else -1))
        self.mission_box.blockSignals(False)
        self.reload()

    def show_mission(self, mission_id: str) -> None:
        i = self.mission_box.findData(mission_id)
        if i < 0:
            self.refresh_missions(mission_id)
        elif i != self.mission_box.currentIndex():
            self.mission_box.setCurrentIndex(i)
        else:
            self.reload()

    def mission_id(self) -> str | None:
        return self.mission_box.currentData()

    def _mission_picked(self, _i: int) -> None:
        self.reload()
        if self.mission_id():
            self.mission_changed.emit(self.mission_id())

    # Loading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the chosen mission's agenda on the worker; the selected meeting stays selected."""
        mid = self.mission_id()
        self.timeline.show_mission(mid)  # None clears it
        self.day_view.show_mission(mid)
        self.week_view.show_mission(mid)
        if self.current_meeting_id() and not self._wanted:
            self._wanted = self.current_meeting_id()
        self._reads += 1
        reads = self._reads
        if not mid:
            self._show_detail(None, reads)
            return
        QueryOp(self, op=lambda planner: planner.missions.detail(mid),
                success=lambda detail: self._show_detail(detail, reads)).run()

    def _show_detail(self, detail: dict | None, reads: int) -> None:
        if reads != self._reads:
            return  # the user picked another mission meanwhile
        self._shown = reads
        self.detail = detail
        if detail is None:
            self.model.set_meetings([])
            self._set_problems([])
            self.loaded.emit()
            return
        self.home_label.setText(self.tr("Home time: %1").replace("%1", zone_names.described(detail["home_timezone"])))
        self.model.set_meetings(detail["meetings"], detail["start"], detail["end"], detail["legs"])
        self.table.clearSpans()
        for r, row in enumerate(self.model.rows):
            if row["kind"] == "day":
                self.table.setSpan(r, 0, 1, self.model.columnCount())
        wanted, self._wanted = self._wanted, None
        if wanted:
            self.select_meeting(wanted)
        self.start_checks()
        self.loaded.emit()

    def start_checks(self) -> None:
        mid = self.mission_id()
        if not mid:
            return
        self._checks_pending = True
        self.problems_title.setText(self.tr("Problems (checking…)"))
        self.tasks.run(run_checks, self.planner, mid,
                       on_done=lambda found, m=mid: self._checks_done(m, found),
                       on_failed=lambda exc, m=mid: self._checks_failed(m, exc))

    def checks_pending(self) -> bool:
        """Whether the problems shown may still change: being checked, or the agenda being read."""
        return self._checks_pending or self.loading()

    def _checks_done(self, mission_id: str, found: list[dict]) -> None:
        if mission_id != self.mission_id():
            return
        self._checks_pending = False
        self._set_problems(found)

    def _checks_failed(self, mission_id: str, exc: BaseException) -> None:
        if mission_id != self.mission_id():
            return
        self._checks_pending = False
        self._set_problems([])
        if isinstance(exc, ImportError):
            self.problems_title.setText(self.tr("Problems: the scheduling checks are not installed"))
        else:
            self.problems_title.setText(self.tr("Problems: the checks failed (%1)").replace("%1", str(exc)))

    def _set_problems(self, problems: list[dict]) -> None:
        self.problems = problems
        self.model.set_problems(problems)
        self.day_view.set_problems(problems)
        self.week_view.set_problems(problems)
        for r, row in enumerate(self.model.rows):
            if row["kind"] == "day":
                self.table.setSpan(r, 0, 1, self.model.columnCount())
        self.problems_list.clear()
        errors = sum(1 for p in problems if p.get("severity") == "error")
        self.problems_title.setText(
            fill_in(self.tr("Problems: %1, %2"), count("error", errors), count("warning", len(problems) - errors))
            if problems else self.tr("No scheduling problems"))
        style = self.style()
        for p in problems:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical
                                      if p.get("severity") == "error"
                                      else QStyle.StandardPixmap.SP_MessageBoxWarning)
            text = problem_text(p)
            # "overlap: …"; a translator may put a space before the colon, as French does.
            item = QListWidgetItem(icon, fill_in(self.tr("%1: %2", "problem kind: what is wrong"),
                                                 problem_label(p), text))
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, (p.get("meeting_ids") or [None])[0])
            self.problems_list.addItem(item)

    # Selection ----------------------------------------------------------------------------------
    def documents(self):
        """The documents attached to the selected meeting (its programme, the talking points sent)."""
        from .documents_dialog import DocumentsDialog

        meeting = self.current_meeting()
        if meeting is None or meeting.get("kind") != "meeting":
            return None
        dialog = DocumentsDialog(self.planner, "meeting", meeting["id"], meeting["title"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def current_meeting_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.data(ROW_ROLE)
        return row.get("id") if row and row.get("kind") == "meeting" else None

    def current_meeting(self) -> dict | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if row and row.get("kind") == "meeting" else None

    def select_meeting(self, meeting_id: str) -> None:
        """Select the meeting; while the agenda is being read, once it is shown."""
        r = self.model.find(meeting_id)
        if r >= 0:
            self.table.selectRow(r)
            self.table.setCurrentIndex(self.model.index(r, AgendaModel.COL_TITLE))
        if r < 0 or self.loading():
            self._wanted = meeting_id

    def loading(self) -> bool:
        """Whether the agenda on screen is being read again."""
        return self._reads != self._shown

    # The calendar views ----------------------------------------------------------------------------
    VIEW_LIST, VIEW_DAY, VIEW_WEEK, VIEW_TIMELINE = range(4)

    def show_view(self, index: int) -> None:
        self.views.setCurrentIndex(index)
        view = self.views.currentWidget()
        (view.canvas if isinstance(view, CalendarView) else view).setFocus()

    def _view_changed(self, index: int) -> None:
        """The calendar opens on the meeting selected in the list (and the list follows back)."""
        view = self.views.widget(index)
        if isinstance(view, CalendarView):
            if self.current_meeting_id():
                view.show_date_of(self.current_meeting_id())
            view.canvas.setFocus()

    def _calendar_selected(self, block_id: str) -> None:
        """A meeting selected in the calendar is the one Edit, Log outcome and Delete act on."""
        if block_id and self.model.find(block_id) >= 0:
            self.select_meeting(block_id)

    def move_meeting(self, meeting_id: str, start, end) -> None:
        """A meeting dragged or moved from the keyboard in the calendar: written on the worker, one
        command on the undo stack; the agenda is read and checked again, so the markers follow."""
        from .calendar_items import wall_text

        block = self.day_view.canvas.block(meeting_id) or self.week_view.canvas.block(meeting_id)
        if block is None:
            return
        row = block.row
        old = {"start": row["start"][:16] + row["start"][19:], "end": row["end"][:16] + row["end"][19:]}
        new = {"start": wall_text(start, row["timezone"]), "end": wall_text(end, row["timezone"])}
        self._wanted = meeting_id
        QueryOp(self, op=lambda planner: planner.meetings.update(meeting_id, **new),
                success=lambda _version: self._meeting_moved(meeting_id, row["title"], old, new),
                failure=self._move_refused).run()

    def _meeting_moved(self, meeting_id: str, title: str, old: dict, new: dict) -> None:
        from .undo import EditFieldsCommand, history_of, push_or_done

        text = self.tr("move meeting “%1”").replace("%1", title)
        push_or_done(history_of(self), lambda h: EditFieldsCommand(h, "meeting", meeting_id, old, new, text))
        self.reload()
        self.changed.emit()

    def _move_refused(self, exc: BaseException) -> None:
        from ..errors import MissionPlannerError
        from .messages import error_text

        self.reload()  # the block goes back where it is stored
        QMessageBox.warning(self, self.tr("Move meeting"),
                            error_text(exc) if isinstance(exc, MissionPlannerError) else str(exc))

    def _problem_activated(self, item: QListWidgetItem) -> None:
        mid = item.data(Qt.ItemDataRole.UserRole)
        if mid:
            self.select_meeting(mid)

    def _activated(self, index) -> None:
        """Enter or double-click: edit a meeting; on a day's heading, schedule a meeting that day."""
        row = index.data(ROW_ROLE)
        if row and row.get("kind") == "day" and self.detail:
            self.new(self.detail["id"])
        elif row:
            self.edit(row["id"])

    def selected_day(self) -> str | None:
        """The day a new meeting goes on, as YYYY-MM-DD: the day the Day calendar shows, or in the
        list the local day of the selected row (a day heading or a meeting)."""
        if self.views.currentWidget() is self.day_view:
            canvas = self.day_view.canvas
            if canvas.days and canvas.shown:
                return canvas.days[canvas.shown[0]].date.isoformat()
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if not row:
            return None
        return row["date"] if row.get("kind") == "day" else row["start"][:10]

    def meeting_ids(self) -> list[str]:
        return [r["id"] for r in self.model.rows if r["kind"] == "meeting"]

    def selected_record(self) -> tuple[str, str] | None:
        """("meeting", id) of the selected meeting, or ("mission", id) of the mission shown."""
        if self.current_meeting_id():
            return "meeting", self.current_meeting_id()
        return ("mission", self.mission_id()) if self.mission_id() else None

    # Flows: new, edit, delete, log outcome (each goes on the window's undo stack) -----------------
    def new(self, mission_id: str | None = None) -> Task | None:
        """Schedule a meeting in `mission_id` (or the mission shown), on the selected day: the
        editor opens (as `self.editor`) once the mission's legs are read, on the worker."""
        mission_id = mission_id or self.mission_id()
        if not mission_id:
            QMessageBox.information(self, self.tr("New meeting"), self.tr("Create a mission first."))
            return None
        day = self.selected_day() if self.mission_id() == mission_id else None
        return QueryOp(self, op=lambda planner: planner.missions.detail(mission_id),
                       success=lambda detail: self._open_new(detail, day)).run()

    def _open_new(self, detail: dict, day) -> MeetingEditor | None:
        from .meeting_editor import MeetingEditor

        if not detail["legs"]:
            QMessageBox.information(self, self.tr("New meeting"),
                                    self.tr("Add a leg (a city with its time zone) to the mission first."))
            return None
        return self._open_editor(MeetingEditor(self.planner, detail, None, self, day=day))

    def edit(self, meeting_id: str | None = None) -> Task | None:
        """Open the editor (as `self.editor`) once the meeting and its mission are read."""
        from .meeting_editor import MeetingEditor

        meeting_id = meeting_id or self.current_meeting_id()
        if not meeting_id:
            return None

        def read(planner):
            meeting = planner.meetings.get(meeting_id)
            return meeting, planner.missions.detail(meeting["mission_id"])
        return QueryOp(self, op=read, success=lambda got: self._open_editor(
            MeetingEditor(self.planner, got[1], got[0], self))).run()

    editor = None  # the editor or outcome dialog opened last (kept once closed, until the next opens)

    def _open_editor(self, editor: MeetingEditor) -> MeetingEditor:
        keep_editor(self, editor)
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()
        return editor

    def _saved(self, editor: MeetingEditor) -> None:
        from .undo import CreateRecordCommand, EditFieldsCommand, history_of, push_or_done

        title = editor.values()["title"]
        if editor.created:
            text = self.tr("schedule “%1”").replace("%1", title)
            push_or_done(history_of(self), lambda h: CreateRecordCommand(h, "meeting", editor.meeting_id, text))
        elif editor.new_fields:
            text = self.tr("edit meeting “%1”").replace("%1", title)
            push_or_done(history_of(self), lambda h: EditFieldsCommand(
                h, "meeting", editor.meeting_id, editor.old_fields, editor.new_fields, text))
        self.show_mission(editor.mission["id"])
        self.meeting_saved.emit(editor.meeting_id)
        self.changed.emit()
        self.select_meeting(editor.meeting_id)

    def delete(self, meeting_id: str | None = None) -> Task | None:
        """Ask first, saying what goes with the meeting (read on the worker); the deletion can be
        undone."""
        from .undo import history_of

        meeting_id = meeting_id or self.current_meeting_id()
        if not meeting_id or history_of(self) is None:
            return None
        return QueryOp(self, op=lambda planner: (planner.meetings.get(meeting_id),
                                                 planner.meetings.deletion_impact(meeting_id)),
                       success=lambda got: self._confirm_delete(meeting_id, *got)).run()

    def _confirm_delete(self, meeting_id: str, meeting: dict, impact: dict) -> bool:
        from .undo import DeleteRecordCommand, history_of

        history = history_of(self)
        if history is None:
            return False
        text = fill_in(self.tr("Delete the meeting “%1”?\n\nIts %2 go with it. You can undo it with Edit ▸ Undo."),
                       meeting["title"], count("follow-up", impact["followups"]))
        if not ask(self, self.tr("Delete meeting"), text):
            return False
        history.push(DeleteRecordCommand(history, "meeting", meeting_id,
                                          self.tr("delete meeting “%1”").replace("%1", meeting["title"])))
        return True

    def edit_travel(self, segment_id: str) -> Task | None:
        """The journey's dialog (from the calendar): saved with undo, then the agenda is read again."""
        mission_id = self.mission_id()
        if not mission_id:
            return None

        def read(planner):
            segment = next((t for t in planner.travel.list(mission_id) if t["id"] == segment_id), None)
            return planner.missions.detail(mission_id), segment

        def opened(got) -> None:
            from .travel_editor import TravelDialog

            mission, segment = got
            if segment is None:
                return  # deleted meanwhile: the reload below shows the calendar without it
            dialog = TravelDialog(mission, segment, self)
            dialog.accepted.connect(self.reload)
            self.editor = dialog
            dialog.open()
        return QueryOp(self, op=read, success=opened).run()

    def new_followup(self, meeting_id: str | None = None) -> Task | None:
        """A follow-up of the selected meeting, without logging its outcome (as `self.editor`)."""
        from .followups_page import open_new_followup

        meeting = self.current_meeting() if meeting_id is None else {"id": meeting_id}
        if not meeting or not meeting.get("id"):
            return None
        return open_new_followup(self, {"meeting_id": meeting["id"], "meeting": meeting.get("title"),
                                        "mission_id": self.mission_id()})

    def followup_created(self, _editor) -> None:
        self.changed.emit()

    def log_outcome(self, meeting_id: str | None = None) -> Task | None:
        """Open the outcome dialog (as `self.editor`) once the meeting is read, on the worker; the
        follow-ups it adds go to our side (leads and delegations)."""
        meeting_id = meeting_id or self.current_meeting_id()
        if not meeting_id:
            return None
        return QueryOp(self, op=lambda planner: (planner.meetings.get(meeting_id),
                                                 planner.people.our_side()),
                       success=lambda got: self._open_outcome(*got)).run()

    def _open_outcome(self, meeting: dict, owners: list[dict]) -> OutcomeDialog:
        from .outcome_dialog import OutcomeDialog

        dialog = OutcomeDialog(self.planner, meeting, self, owners=owners)
        keep_editor(self, dialog)
        dialog.accepted.connect(self.changed)
        dialog.open()
        return dialog
