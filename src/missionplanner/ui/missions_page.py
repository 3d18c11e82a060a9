"""The Missions page: every mission, with a summary of the selected one."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from . import formatting as fmt
from .counts import count
from .messages import fill_in
from .models import ID_ROLE, MissionsModel
from .query_op import QueryOp
from .widgets import FilterProxy, ask, debounced, keep_editor, person_text, setup_table

if TYPE_CHECKING:
    from .mission_editor import MissionEditor
    from .tasks import Task



def _offset(leg: dict) -> str:
    """"UTC+9" (or "UTC+5:30") at the leg's arrival; the zone's identifier if it cannot be read."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    try:
        minutes = int(ZoneInfo(leg["timezone"]).utcoffset(datetime.fromisoformat(leg["arrive"][:16]))
                      .total_seconds() // 60)
    except (KeyError, ValueError, TypeError):
        return leg.get("timezone") or ""
    sign, minutes = ("+" if minutes >= 0 else "−"), abs(minutes)
    return f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")

class _MissionsProxy(FilterProxy):
    """Filters; sorting is left to the model, which computes one key per row."""

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        self.sourceModel().sort(column, order)


class MissionsPage(QWidget):
    """The missions list and the selected mission's summary, and the flows that create, edit and
    delete a mission (each undoable). Built with `planner=None` (the application's start, before
    SQLAlchemy is loaded), it shows rows given to refresh(rows) and waits for attach_database()
    before it reads a summary or lets its buttons act."""

    open_agenda = Signal(str)   # mission id: the user asked for its agenda
    saved = Signal(str)         # mission id: created or edited (the agenda follows it)
    changed = Signal()          # data changed: the other pages are stale
    filled = Signal()           # the list was (re)filled

    def __init__(self, planner, parent=None, tasks=None):
        super().__init__(parent)
        self.planner, self.tasks = planner, tasks
        self._wanted: str | None = None  # a mission to select once the list has it
        self.model = MissionsModel(parent=self)
        self.proxy = _MissionsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter missions"))
        self.filter.setAccessibleName(self.tr("Filter missions"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        setup_table(self.table, "missionsTable", self.tr("Missions"), MissionsModel.COL_TITLE)
        # Columns fit the rows on screen and the next 50, not 200: the first list of the window paints
        # sooner (each row considered costs eight data() calls per column).
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        # The cities fit their text up to a quarter of the list (_fit_cities): a mission to four
        # cities must not squeeze the title, which takes the spare width, to one word.
        self.table.horizontalHeader().setSectionResizeMode(MissionsModel.COL_CITIES,
                                                           QHeaderView.ResizeMode.Interactive)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MissionsModel.COL_DATES, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.activated.connect(lambda _i: self._emit(self.open_agenda))
        # The summary is read after the list has painted, once per burst of selection changes.
        self._detail_timer = debounced(self, 30, self._show_detail)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._detail_timer.start())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Mission summary"))
        self.detail.setOpenLinks(False)
        new = QPushButton(self.tr("&New mission…"))
        new.clicked.connect(lambda: self.new())
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(lambda: self.planner is not None and self.edit())
        agenda = QPushButton(self.tr("Open &agenda"))
        agenda.clicked.connect(lambda: self._emit(self.open_agenda))
        documents = QPushButton(self.tr("Doc&uments…"))
        documents.clicked.connect(lambda: self.planner is not None and self.documents())
        delete = QPushButton(self.tr("&Delete…"))
        delete.clicked.connect(lambda: self.planner is not None and self.delete())
        buttons = QHBoxLayout()
        self._buttons = (new, edit, agenda, documents, delete)
        for b in self._buttons:
            b.setEnabled(planner is not None)
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.filter)
        lv.addWidget(self.table)
        lv.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("missionsSplitter")
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.addWidget(split)

    def attach_planner(self, planner) -> None:
        self.planner = planner
        for b in self._buttons:
            b.setEnabled(True)
        self._detail_timer.start()

    def refresh(self, rows: list[dict] | None = None) -> None:
        """Reload the list: from `rows` when they were just read (on the worker at start-up), else
        read on the worker now and shown when they come."""
        if rows is None:
            QueryOp(self, op=lambda planner: planner.missions.list(), success=self._fill).run()
        else:
            self._fill(rows)

    def _fill(self, rows: list[dict]) -> None:
        keep, self._wanted = self._wanted or self.current_id(), None
        self.model.set_rows(rows)
        self._fit_cities()
        if keep:
            self.select(keep)
        elif self.model.rows:
            self.table.selectRow(0)
        self._detail_timer.start()
        self.filled.emit()

    def _fit_cities(self) -> None:
        wanted = self.table.sizeHintForColumn(MissionsModel.COL_CITIES)
        cap = max(140, self.table.viewport().width() // 4)
        self.table.horizontalHeader().resizeSection(MissionsModel.COL_CITIES, min(max(wanted, 80), cap))

    def complete(self, rows: list[dict]) -> None:
        """Every mission, when the list holds the first screen of them (`refresh(first_rows)`): the
        rest are added below, in the list's order, or the list is re-sorted with them."""
        keep = self.current_id()
        if not self.model.complete_rows(rows) and keep:
            self.select(keep)
        self._fit_cities()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def documents(self):
        """The documents attached to the selected mission (note verbale, programme, invitations)."""
        from .documents_dialog import DocumentsDialog

        mid = self.current_id()
        if mid is None:
            return None
        row = self.model.row(self.model.find(mid))
        dialog = DocumentsDialog(self.planner, "mission", mid, row["title"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def select(self, mission_id: str) -> None:
        """Select the mission; one not listed yet (just created, the list being read) is selected
        when the list next fills."""
        row = self.model.find(mission_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        else:
            self._wanted = mission_id

    def _emit(self, signal) -> None:
        mid = self.current_id()
        if mid and self.planner is not None:
            signal.emit(mid)

    def _show_detail(self) -> None:

        mid = self.current_id()
        if not mid:
            self.detail.clear()
            return
        if self.planner is None:
            return  # read once the database is attached
        # A mission's summary gathers its people and agreements: read it off the GUI thread.
        QueryOp(self, op=lambda planner: planner.missions.detail(mid), success=self._render_detail,
                failure=lambda _exc: None).run()  # (a mission deleted meanwhile: the list follows)

    def _render_detail(self, d: dict) -> None:
        if d["id"] != self.current_id():
            return  # the selection moved on while it was read
        labels = {
            "Lead": self.tr("Lead"),
            "Objectives": self.tr("Objectives"),
            "Legs": self.tr("Legs"),
            "Delegation": self.tr("Delegation"),
        }
        e = html.escape
        parts = [f"<h2>{e(d['title'])}</h2>",
                 f"<p>{e(fmt.kind_text(d['kind']))} · {e(fmt.status_text(d['status']))} · "
                 f"{e(fmt.date_span(d['start'], d['end']))}</p>"]
        if d.get("lead"):
            parts.append(f"<p><b>{e(labels['Lead'])}:</b> {e(fmt.person_label(d['lead']))}</p>")
        if d.get("objectives"):
            parts.append(f"<h3>{e(labels['Objectives'])}</h3><p>{e(d['objectives'])}</p>")
        if d.get("delegation"):  # who travels, each with their role on the mission
            parts.append(f"<h3>{e(labels['Delegation'])}</h3><ul>")
            for p in d["delegation"]:
                name, role = person_text(p), p.get("role") or ""
                parts.append(f"<li>{e(name)}{' — ' + e(role) if role and role not in name else ''}</li>")
            parts.append("</ul>")
        if d["legs"]:
            parts.append(f"<h3>{e(labels['Legs'])}</h3><ul>")
            for leg in d["legs"]:
                city = leg["city"] + (f" ({leg['city_native']})" if leg.get("city_native") else "")
                # The zone by its offset (UTC+9): a name would need Babel's locale data, which the
                # summary shown at start must not load (tests/ui/test_ui_startup.py).
                parts.append(f"<li>{e(city)}, {e(leg['country'])} — {e(_offset(leg))}<br>"
                             f"{e(fmt.date_time(leg['arrive'][:16]))} → "
                             f"{e(fmt.date_time(leg['depart'][:16]))}</li>")
            parts.append("</ul>")
        meetings = self.tr("%n meeting(s)", "", len(d["meetings"]))
        followups = self.tr("%n follow-up(s)", "", len(d["followups"]))
        parts.append(f"<p>{e(meetings)}, {e(followups)}</p>")
        self.detail.setHtml("".join(parts))

    def selected_record(self) -> tuple[str, str] | None:
        """("mission", id) of the selected mission, for Tools ▸ History."""
        mid = self.current_id()
        return ("mission", mid) if mid else None

    # Flows: new, edit, delete (each goes on the window's undo stack) ------------------------------
    def new(self) -> MissionEditor:
        from .mission_editor import MissionEditor

        return self._open_editor(MissionEditor(self.planner, None, self))

    def edit(self, mission_id: str | None = None) -> Task | None:
        """Open the editor (as `self.editor`) once the mission is read, on the worker."""
        from .mission_editor import MissionEditor

        mission_id = mission_id or self.current_id()
        if not mission_id:
            return None
        return QueryOp(self, op=lambda planner: planner.missions.detail(mission_id),
                       success=lambda mission: self._open_editor(MissionEditor(self.planner, mission, self))).run()

    editor = None  # the editor opened last (kept once closed, until the next opens)

    def _open_editor(self, editor: MissionEditor) -> MissionEditor:
        keep_editor(self, editor)
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()
        return editor

    def _saved(self, editor: MissionEditor) -> None:
        from .undo import CreateMissionCommand, EditFieldsCommand, history_of, push_or_done

        if editor.created:
            text = self.tr("create mission “%1”").replace("%1", editor.fields()["title"])
            push_or_done(history_of(self), lambda h: CreateMissionCommand(h, editor.mission_id, text))
        elif editor.new_fields:
            text = self.tr("edit mission “%1”").replace("%1", editor.new_fields["title"])
            push_or_done(history_of(self), lambda h: EditFieldsCommand(
                h, "mission", editor.mission_id, editor.old_fields, editor.new_fields, text))
        self.changed.emit()
        self.select(editor.mission_id)
        self.saved.emit(editor.mission_id)

    def delete(self, mission_id: str | None = None) -> Task | None:
        """Ask first, saying what goes with the mission (read on the worker); the deletion can be
        undone."""
        from .undo import history_of

        mission_id = mission_id or self.current_id()
        if not mission_id or history_of(self) is None:
            return None
        return QueryOp(self, op=lambda planner: (planner.missions.deletion_impact(mission_id),
                                                 planner.missions.detail(mission_id)["title"]),
                       success=lambda got: self._confirm_delete(mission_id, *got)).run()

    def _confirm_delete(self, mission_id: str, impact: dict, title: str) -> bool:
        from .undo import DeleteMissionCommand, history_of

        history = history_of(self)
        if history is None:
            return False
        text = fill_in(self.tr("Delete the mission “%1”?\n\nThis also deletes its %2, %3 and %4. You can undo "
                               "it with Edit ▸ Undo."), title, count("leg", impact["legs"]),
                       count("meeting", impact["meetings"]), count("follow-up", impact["followups"]))
        if not ask(self, self.tr("Delete mission"), text):
            return False
        history.push(DeleteMissionCommand(history, mission_id,
                                          self.tr("delete mission “%1”").replace("%1", title)))
        return True
