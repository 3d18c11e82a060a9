"""Undo and redo of edits (QUndoStack): field edits, creations and deletions go through services.

Deleting and restoring gives a record a new id; the stack keeps a map from the id a command first
saw to the record's current id, so older commands still find their record after an undo.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..errors import MissionPlannerError
from ..services import followups as followup_service
from ..services import meetings as meeting_service
from ..services import missionfile
from ..services import missions as mission_service


class EditHistory(QUndoStack):
    """The application's undo stack, with the id map and a signal that data changed."""

    def __init__(self, db, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self._ids: dict[str, str] = {}
        self.notifier = _Notifier(self)

    def current(self, record_id: str) -> str:
        seen = set()
        while record_id in self._ids and record_id not in seen:
            seen.add(record_id)
            record_id = self._ids[record_id]
        return record_id

    def remap(self, original: str, now: str) -> None:
        if original != now:
            self._ids[original] = now


class _Notifier(QObject):
    data_changed = Signal()
    failed = Signal(str)


class ServiceCommand(QUndoCommand):
    """A command whose first redo() was already done by the editor that pushed it."""

    def __init__(self, history: EditHistory, text: str, *, done: bool = True):
        super().__init__(text)
        self.history = history
        self.db = history.db
        self._skip_first = done

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, fn) -> None:
        try:
            fn()
        except MissionPlannerError as exc:
            self.setObsolete(True)
            self.history.notifier.failed.emit(str(exc))
        self.history.notifier.data_changed.emit()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class EditFieldsCommand(ServiceCommand):
    """Changed fields of a mission or a meeting: undo writes the old values back."""

    UPDATERS = {"mission": mission_service.update_mission, "meeting": meeting_service.update_meeting}

    def __init__(self, history, kind: str, record_id: str, old: dict, new: dict, text: str):
        super().__init__(history, text)
        self.kind, self.record_id = kind, record_id
        self.old = {k: old[k] for k in new if k in old and old[k] != new[k]}
        self.new = {k: new[k] for k in self.old}

    def apply(self) -> None:
        if self.new:
            self.UPDATERS[self.kind](self.db, self.history.current(self.record_id), **self.new)

    def revert(self) -> None:
        if self.old:
            self.UPDATERS[self.kind](self.db, self.history.current(self.record_id), **self.old)


def meeting_create_args(view: dict) -> dict:
    """The create_meeting arguments that rebuild a meeting from its view."""
    keys = ("title", "timezone", "start", "end", "status", "city", "venue", "address", "reason",
            "objectives", "background", "arrangements", "outcome", "talking_points", "decisions",
            "if_raised")
    args = {k: view[k] for k in keys if k in view}
    args["counterparts"] = [p["id"] for p in view.get("counterparts") or []]
    args["delegation"] = [p["id"] for p in view.get("delegation") or []]
    return args


def _restore_meeting(db, snapshot: dict) -> str:
    new_id = meeting_service.create_meeting(db, snapshot["mission_id"], **meeting_create_args(snapshot))
    for f in snapshot.get("followups") or []:
        followup_service.create_followup(
            db, meeting_id=new_id, action=f["action"], owner_id=(f.get("owner") or {}).get("id"),
            due=f.get("due"), recurrence=f.get("recurrence") or "", status=f.get("status") or "open",
            notes=f.get("notes") or "")
    return new_id


class DeleteMeetingCommand(ServiceCommand):
    def __init__(self, history, snapshot: dict, text: str):
        super().__init__(history, text, done=False)
        self.snapshot = snapshot
        self.original = snapshot["id"]

    def apply(self) -> None:
        meeting_service.delete_meeting(self.db, self.history.current(self.original))

    def revert(self) -> None:
        snap = dict(self.snapshot, mission_id=self.history.current(self.snapshot["mission_id"]))
        self.history.remap(self.history.current(self.original), _restore_meeting(self.db, snap))


class CreateMeetingCommand(ServiceCommand):
    def __init__(self, history, meeting_id: str, text: str):
        super().__init__(history, text)
        self.original = meeting_id
        self.snapshot: dict | None = None

    def apply(self) -> None:
        snap = dict(self.snapshot, mission_id=self.history.current(self.snapshot["mission_id"]))
        self.history.remap(self.history.current(self.original), _restore_meeting(self.db, snap))

    def revert(self) -> None:
        from ..services.gui_queries import meeting_by_id

        current = self.history.current(self.original)
        self.snapshot = meeting_by_id(self.db, current)
        meeting_service.delete_meeting(self.db, current)


class DeleteMissionCommand(ServiceCommand):
    """Deleting a mission keeps its mission file, so undo imports it back whole."""

    def __init__(self, history, mission_id: str, text: str):
        super().__init__(history, text, done=False)
        self.original = mission_id
        self.document: dict | None = None

    def apply(self) -> None:
        current = self.history.current(self.original)
        self.document = missionfile.export_mission(self.db, current)
        mission_service.delete_mission(self.db, current)

    def revert(self) -> None:
        summary = missionfile.import_document(self.db, self.document, source="undo")
        self.history.remap(self.history.current(self.original), summary["mission_id"])


class CreateMissionCommand(ServiceCommand):
    def __init__(self, history, mission_id: str, text: str):
        super().__init__(history, text)
        self.original = mission_id
        self.document: dict | None = None

    def apply(self) -> None:
        summary = missionfile.import_document(self.db, self.document, source="redo")
        self.history.remap(self.history.current(self.original), summary["mission_id"])

    def revert(self) -> None:
        current = self.history.current(self.original)
        self.document = missionfile.export_mission(self.db, current)
        mission_service.delete_mission(self.db, current)
