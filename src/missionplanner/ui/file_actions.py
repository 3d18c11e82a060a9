"""File menu work: mission files, calendars (.ics) and contacts (CSV/XLSX), in the background.

Calendars and contacts are read twice: first as a dry run whose summary the user confirms, then for
real; either way nothing is written unless the whole file reads without error.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..errors import MissionPlannerError
from ..output_files import write_output
from ..services import missionfile
from .counts import count
from .messages import error_text, fill_in
from .widgets import ask


def _write_mission_file(planner, ref: str, target: str) -> str:
    doc = planner.missions.export(ref)
    write_output(target, missionfile.dumps(doc))
    return target


def _write_calendar(planner, ref: str, target: str) -> str:
    from ..interop.ics import export_ics

    write_output(target, export_ics(planner, ref))
    return target


def _import_calendar(planner, path: str, ref: str, dry_run: bool, progress=None) -> dict:
    from ..interop.ics import import_ics

    return import_ics(planner, path, ref, dry_run=dry_run, progress=progress)


def _import_contacts(planner, path: str, dry_run: bool, progress=None, skip_bad_rows: bool = False) -> dict:
    from ..interop.contacts import import_contacts, write_skipped_report

    leave_out = {"skip_bad_rows": True} if skip_bad_rows else {}  # the default: all or nothing
    summary = import_contacts(planner, path, dry_run=dry_run, progress=progress, **leave_out)
    if summary.get("skipped") and not dry_run:
        summary["report"] = str(write_skipped_report(path, summary))
    return summary


def _preview_contacts(planner, path: str, progress=None) -> dict:
    """The dry run of a contacts import. When a row breaks a rule, the dry run that leaves such rows
    out, with the first refusal as `refusal`, so the user may choose to import the others; a file
    whose header or format is at fault (nothing to leave out) raises its refusal."""
    from ..interop.contacts import import_contacts

    try:
        return import_contacts(planner, path, dry_run=True, progress=progress)
    except MissionPlannerError as refusal:
        try:
            preview = import_contacts(planner, path, dry_run=True, progress=progress, skip_bad_rows=True)
        except MissionPlannerError:
            raise refusal from None
        if not preview["skipped"]:
            raise refusal from None
        return dict(preview, refusal=refusal)


class FileActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.planner, self.tasks = window.planner, window.tasks

    def _status(self, text: str, msecs: int = 0) -> None:
        self.window.statusBar().showMessage(text, msecs)

    def _error(self, title: str, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        text = str(exc) if isinstance(exc, MissionPlannerError | OSError | ValueError) else repr(exc)
        QMessageBox.warning(self.window, title, text)

    def _mission(self) -> dict | None:
        mid = self.window.current_mission_id()
        if not mid:
            QMessageBox.information(self.window, self.tr("No mission"), self.tr("Select a mission first."))
            return None
        # Its row in the missions list (id, slug, title), read on the worker: nothing read here.
        missions = self.window.missions.model
        row = missions.row(missions.find(mid))
        if row is None:  # not in the list yet (it is being read): try again in a moment
            QMessageBox.information(self.window, self.tr("No mission"), self.tr("Select a mission first."))
        return row

    # Mission files --------------------------------------------------------------------------------
    def import_mission(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import mission file"), "",
                                              self.tr("Mission files (*.json)"))
        if not path:
            return
        self._status(self.tr("Importing %1…").replace("%1", path))
        self.tasks.run(self.planner.missions.import_file, path, with_progress=True, on_done=self._mission_imported,
                       on_failed=lambda exc: self._error(self.tr("Import failed"), exc))

    def _mission_imported(self, summary: dict) -> None:
        self._status(self.tr("Imported “%1”").replace("%1", summary.get("title", "")), 5000)
        self.window.refresh_all()
        if summary.get("mission_id"):
            self.window.missions.select(summary["mission_id"])
            self.window.show_page(0)

    def export_mission(self) -> None:
        mission = self._mission()
        if mission is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export mission file"),
                                              f"{mission['slug']}.json", self.tr("Mission files (*.json)"))
        if path:
            self.tasks.run(_write_mission_file, self.planner, mission["id"], path,
                           on_done=lambda p: self._status(self.tr("Exported to %1").replace("%1", p), 5000),
                           on_failed=lambda exc: self._error(self.tr("Export failed"), exc))

    # Calendars ------------------------------------------------------------------------------------
    def export_calendar(self) -> None:
        mission = self._mission()
        if mission is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export calendar"), f"{mission['slug']}.ics",
                                              self.tr("Calendars (*.ics)"))
        if path:
            self.tasks.run(_write_calendar, self.planner, mission["id"], path,
                           on_done=lambda p: self._status(self.tr("Exported to %1").replace("%1", p), 5000),
                           on_failed=lambda exc: self._error(self.tr("Export failed"), exc))

    def import_calendar(self) -> None:
        mission = self._mission()
        if mission is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import calendar into “%1”").replace(
            "%1", mission["title"]), "", self.tr("Calendars (*.ics)"))
        if not path:
            return
        self.tasks.run(_import_calendar, self.planner, path, mission["id"], True, with_progress=True,
                       on_done=lambda r: self._confirm_calendar(path, mission, r),
                       on_failed=lambda exc: self._error(self.tr("Import failed"), exc))

    def _confirm_calendar(self, path: str, mission: dict, preview: dict) -> None:
        text = fill_in(self.tr("Importing this calendar into “%1” would create %2, update %3, leave %4 "
                               "unchanged and skip %5. Import it?"), mission["title"],
                       count("meeting", preview["created"]), str(preview["updated"]), str(preview["unchanged"]),
                       str(preview["skipped"]))
        if preview.get("cancelled"):
            text += "\n\n" + self.tr("%n of the updated meetings will be marked cancelled: the calendar "
                                     "cancels them or no longer holds them. They are kept, not deleted.", "",
                                     preview["cancelled"])
        for note in preview.get("notes", ()):  # e.g. another calendar of the same name: nothing cancelled
            text += "\n\n" + note
        if not ask(self.window, self.tr("Import calendar"), text):
            return
        self.tasks.run(_import_calendar, self.planner, path, mission["id"], False, with_progress=True,
                       on_done=lambda r: self._imported(fill_in(self.tr("%1 created, %2 updated"), count(
                           "meeting", r["created"]), str(r["updated"])), mission["id"]),
                       on_failed=lambda exc: self._error(self.tr("Import failed"), exc))

    # Contacts -------------------------------------------------------------------------------------
    def import_contacts(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import contacts"), "",
                                              self.tr("Contacts (*.csv *.xlsx)"))
        if not path:
            return
        self.tasks.run(_preview_contacts, self.planner, path, with_progress=True,
                       on_done=lambda r: self._confirm_contacts(path, r),
                       on_failed=lambda exc: self._error(self.tr("Import failed"), exc))

    def _confirm_contacts(self, path: str, preview: dict) -> None:
        text = fill_in(self.tr("This file would add %1 and %2; %3 already known. Import it?"),
                       count("person", preview["people_created"]),
                       count("organization", preview["organizations_created"]),
                       count("person", preview["people_matched"]))
        skip = "refusal" in preview
        if skip:  # some rows break a rule: the choice of importing the others (the default stays No)
            text = fill_in(self.tr("%1\n\n%2 of this file break a rule. Leave them out and import the others? "
                                   "Each row left out is listed with its reason in %3."),
                           error_text(preview["refusal"]), count("row", len(preview["skipped"])),
                           Path(path).stem + "-skipped.csv") + "\n\n" + text
        if not ask(self.window, self.tr("Import contacts"), text):
            return
        self.tasks.run(_import_contacts, self.planner, path, False, skip_bad_rows=skip, with_progress=True,
                       on_done=self._contacts_imported,
                       on_failed=lambda exc: self._error(self.tr("Import failed"), exc))

    def _contacts_imported(self, summary: dict) -> None:
        text = fill_in(self.tr("%1 added"), count("person", summary["people_created"]))
        if summary.get("report"):
            text += fill_in(self.tr("; %1 left out, listed in %2"), count("row", len(summary["skipped"])),
                            summary["report"])
        self._imported(text, None)

    def _imported(self, text: str, mission_id: str | None) -> None:
        self._status(text, 8000)
        self.window.refresh_all()
        if mission_id:
            self.window.open_agenda(mission_id)
