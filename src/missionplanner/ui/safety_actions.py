"""The Tools menu: back up, restore, check and repair, record history, duplicate people.

Everything here goes through services (safety, history, duplicates); long work runs on the window's
task manager so the GUI never freezes while a large database is copied or checked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from .history_dialog import HistoryDialog
from .query_op import QueryOp
from .widgets import ask


class DuplicatesDialog(QDialog):
    """Likely duplicate people, each pair mergeable (the first kept); the last merge can be undone."""

    def __init__(self, planner, parent=None):
        super().__init__(parent)
        self.planner = planner
        self.last_merge = None
        self.setWindowTitle(self.tr("Duplicate people"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Likely duplicate people"))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(self.tr("&Merge (keep the first)"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button = buttons.addButton(self.tr("&Undo last merge"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button.clicked.connect(self.undo_last)
        layout.addWidget(buttons)
        self.reload()

    def _run(self, op, success) -> None:
        """`op(planner)` on the worker, the buttons off meanwhile; a refusal is told."""
        self.merge_button.setEnabled(False)
        self.undo_button.setEnabled(False)
        QueryOp(self, op=op, planner=self.planner, success=success,
                failure=lambda exc: (QMessageBox.warning(self, self.windowTitle(), str(exc)), self.reload())).run()

    def reload(self) -> None:
        """The likely pairs, found on the worker."""
        self._run(lambda planner: planner.people.find_duplicates(), self._fill)

    def _fill(self, pairs: list[dict]) -> None:
        self.list.clear()
        for pair in pairs:
            keep, drop = pair["a"], pair["b"]
            text = f"{keep['name']}  ⇐  {drop['name']}    ({'; '.join(pair['reasons'])})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (keep["id"], drop["id"]))
            self.list.addItem(item)
        if pairs:
            self.list.setCurrentRow(0)
        self.info.setText(self.tr("%n likely duplicate pair(s). Merging keeps every meeting, affiliation "
                                  "and follow-up of both.", "", len(pairs)))
        self.merge_button.setEnabled(bool(pairs))
        self.undo_button.setEnabled(self.last_merge is not None)

    def merge_selected(self) -> None:
        """Merge the selected pair on the worker (one transaction: nothing half-done)."""
        item = self.list.currentItem()
        if item is None:
            return
        keep_id, drop_id = item.data(Qt.ItemDataRole.UserRole)
        self._run(lambda planner: planner.people.merge(keep_id, drop_id), self._merged)

    def _merged(self, merge) -> None:
        self.last_merge = merge
        self.reload()

    def undo_last(self) -> None:
        if self.last_merge is None:
            return
        merge, self.last_merge = self.last_merge, None
        self._run(lambda planner: planner.people.undo_merge(merge), lambda _r: self.reload())


class SafetyActions(QObject):
    """The Tools menu of a main window (which provides planner, tasks, refresh_all, current_page).

    The window hands over the menu to add Back up and Restore to and the action they go above:
    nothing here looks a menu up by its (translated) text."""

    KINDS = ("mission", "meeting", "person", "organization", "agreement", "followup")

    def __init__(self, window, file_menu=None, before=None):
        super().__init__(window)
        self.window = window
        self.planner = window.planner
        self.act_backup = self._action(self.tr("Bac&k up now…"), self.backup)
        self.act_restore = self._action(self.tr("&Restore from a backup…"), self.restore)
        self.act_doctor = self._action(self.tr("&Check and repair the database"), self.doctor)
        self.act_history = self._action(self.tr("&History of the selected record…"), self.record_history)
        self.act_duplicates = self._action(self.tr("Find d&uplicate people…"), self.duplicates)
        menu = window.menuBar().addMenu(self.tr("&Tools"))
        menu.menuAction().setObjectName("toolsMenu")
        for a in (self.act_backup, self.act_restore, self.act_doctor, None, self.act_history,
                  self.act_duplicates):
            menu.addSeparator() if a is None else menu.addAction(a)
        # Where desktop users look for them too: File, just above Quit.
        if file_menu is not None and before is not None:
            file_menu.insertAction(before, self.act_backup)
            file_menu.insertAction(before, self.act_restore)
            file_menu.insertSeparator(before)
        self.menu = menu
        if not self.planner.safety.file_based:
            # The cabinet's server: its backups are IT's (pg_dump), its checks PostgreSQL's.
            why = self.tr("The cabinet's shared database is backed up and checked on its server, by IT")
            for action in (self.act_backup, self.act_restore, self.act_doctor):
                action.setEnabled(False)
                action.setToolTip(why)
                action.setStatusTip(why)
            menu.setToolTipsVisible(True)

    def add_people_page_actions(self, page) -> None:
        """Duplicates and history where people are listed: a button and the list's context menu."""
        if page.layout() is None:
            return
        button = QPushButton(self.tr("Find d&uplicates…"))
        button.setAccessibleName(self.tr("Find duplicate people"))
        button.clicked.connect(self.duplicates)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        page.layout().addLayout(row)
        page.duplicates_button = button
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        page.table.addAction(self.act_history)
        page.table.addAction(self.act_duplicates)

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        return action

    def _failed(self, exc) -> None:
        from ..errors import MissionPlannerError
        from .messages import error_text

        text = error_text(exc) if isinstance(exc, MissionPlannerError) else str(exc)
        QMessageBox.warning(self.window, self.window.windowTitle(), text)

    def backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the database"),
                                              "missionplanner-backup.sqlite",
                                              self.tr("Mission Planner database (*.sqlite)"))
        if not path:
            return
        self.window.statusBar().showMessage(self.tr("Backing up…"))
        self.window.tasks.run(self.planner.safety.backup_now, path, with_progress=True, on_done=self._backed_up, on_failed=self._failed)

    def _backed_up(self, path) -> None:
        self.window.statusBar().showMessage(self.tr("Backup written to %1").replace("%1", str(path)), 8000)

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore from a backup"), "",
                                              self.tr("Mission Planner database (*.sqlite);;All files (*)"))
        if not path:
            return
        if not ask(self.window, self.tr("Restore from a backup"),
                   self.tr("Replace all current data with the backup %1? The current data is saved first and "
                           "can be restored in turn.").replace("%1", path)):
            return
        self.window.tasks.run(self.planner.safety.restore, path, with_progress=True, on_done=self._restored, on_failed=self._failed)

    def _restored(self, result: dict) -> None:
        self.window.refresh_all()
        QMessageBox.information(self.window, self.tr("Restore from a backup"),
                                self.tr("Restored. The data it replaced is saved in %1.")
                                .replace("%1", result["previous_saved_to"]))

    def doctor(self) -> None:
        self.window.statusBar().showMessage(self.tr("Checking the database…"))
        self.window.tasks.run(self.planner.safety.doctor, with_progress=True, on_done=self._doctor_done, on_failed=self._failed)

    def _doctor_done(self, report: dict) -> None:
        self.window.statusBar().clearMessage()
        self.window.refresh_all()
        lines = [self.tr("Integrity check: %1").replace(
            "%1", self.tr("ok") if not report["integrity"] else self.tr("FAILED"))]
        lines.append(self.tr("Links to deleted records: %1 found, %2 removed")
                     .replace("%1", str(report["orphans_found"])).replace("%2", str(report["orphans_removed"])))
        lines += [self.tr("Fixed: %1").replace("%1", line) for line in report["fixed"]]
        lines += [self.tr("Problem: %1").replace("%1", line) for line in report["problems"]]
        if not report["problems"]:
            lines.append(self.tr("No problems left."))
        box = QMessageBox.warning if report["problems"] else QMessageBox.information
        box(self.window, self.tr("Check and repair the database"), "\n".join(lines))
        self.last_report = report

    def current_record(self) -> tuple[str, str] | None:
        """(what, id) of the record selected on the page in view: a meeting, a person, a mission...
        (the mission in view, on a page that selects none of its own)."""
        labels = dict(zip(self.KINDS, (self.tr("mission"), self.tr("meeting"), self.tr("person"),
                                       self.tr("organization"), self.tr("agreement"), self.tr("follow-up")),
                          strict=True))
        page = self.window.current_page()
        selected = getattr(page, "selected_record", None)
        if selected is not None:
            record = selected()
            return (labels[record[0]], record[1]) if record else None
        mission_id = self.window.current_mission_id()
        return (labels["mission"], mission_id) if mission_id else None

    def record_history(self) -> HistoryDialog | None:
        record = self.current_record()
        if record is None:
            QMessageBox.information(self.window, self.tr("History"), self.tr("Select a record first."))
            return None
        what, rid = record
        dialog = HistoryDialog(self.planner, rid, what, self.window, home_tz=getattr(self.window, "home_zone", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.planner, self.window)
        dialog.finished.connect(lambda _r: self.window.refresh_all())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


def check_after_unclean_shutdown(window, planner) -> list[str] | None:
    """Run SQLite's quick check when the last session did not end cleanly; warn if it found damage."""
    problems = planner.safety.begin_session()
    if problems:
        QMessageBox.warning(window, window.windowTitle(), QObject.tr(
            window, "Mission Planner was not closed properly last time, and the database check found "
            "problems:\n%1\n\nUse Tools > Check and repair the database, or restore a backup.")
            .replace("%1", "\n".join(problems[:5])))
    return problems
