"""Undo and redo of edits: QUndoCommand adapters over the planner's managers.

A deleted meeting, person, organization, agreement or follow-up comes back under its own id from
the manager's `snapshot(id)` / `restore(snapshot)`. A mission comes back from its mission file, under
a new id, and a leg put back gets a new id: the stack keeps a map from the id a command first saw to
the record's current id, so older commands still find their record after an undo.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..errors import MissionPlannerError


class EditHistory(QUndoStack):
    """The application's undo stack, with the id map and a signal that data changed. Undo and redo
    run on the application's worker, one after the other in the order asked (`tasks`: the window's
    scope on the runner); `notifier.data_changed` comes when each has been carried out."""

    def __init__(self, planner, parent: QObject | None = None, tasks=None):
        super().__init__(parent)
        from .tasks import TaskScope

        self.planner = planner
        self.tasks = tasks or getattr(parent, "tasks", None) or TaskScope(self)
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


def history_of(widget) -> EditHistory | None:
    """The window's undo stack, for pages and dialogs that the main window built (None elsewhere,
    e.g. a page shown on its own in a test: the edit is then made without undo)."""
    window = widget.window() if widget is not None else None
    history = getattr(window, "history", None)
    if isinstance(history, EditHistory):
        return history
    parent = window.parent() if window is not None else None
    return history_of(parent) if parent is not None and parent is not widget else None


def push_or_done(history: EditHistory | None, command_factory) -> None:
    """Push the command an edit already carried out, when there is a stack to push it on."""
    if history is not None:
        history.push(command_factory(history))


class _Notifier(QObject):
    data_changed = Signal()
    failed = Signal(str)


class ServiceCommand(QUndoCommand):
    """A command whose first redo() was already done by the editor that pushed it."""

    def __init__(self, history: EditHistory, text: str, *, done: bool = True):
        super().__init__(text)
        self.history = history
        self.planner = history.planner
        self._skip_first = done

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, fn) -> None:
        """Carry out `fn` on the worker; a refusal is told (notifier.failed) and the command
        dropped at the next undo or redo; the pages read the data again either way."""
        notifier = self.history.notifier

        def failed(exc: BaseException) -> None:
            from .tasks import Cancelled

            if isinstance(exc, MissionPlannerError):
                from .messages import error_text

                self.setObsolete(True)
                notifier.failed.emit(error_text(exc))
            elif not isinstance(exc, Cancelled):
                notifier.failed.emit(str(exc))
            notifier.data_changed.emit()
        self.history.tasks.run(fn, on_done=lambda _r: notifier.data_changed.emit(), on_failed=failed)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


def _update_mission(planner, mission_id: str, legs=None, delegation=None, history=None, **fields) -> None:
    """A mission's fields, and, when given, its legs and its delegation set back to a snapshot."""
    if fields:
        planner.missions.update(mission_id, **fields)
    if legs is not None:
        sync_legs(planner, history, mission_id, legs)
    if delegation is not None:
        planner.missions.set_members(mission_id, [(history.current(pid) if history else pid, role)
                                                     for pid, role in delegation])


# Every field the leg dialog edits: an undo that left one out would not put it back.
LEG_KEYS = ("city", "city_native", "country", "timezone", "arrive", "depart", "check_in", "check_out",
            "hotel", "hotel_address", "hotel_phone", "embassy", "emergency", "notes")
_LEG_TIMES = ("arrive", "depart", "check_in", "check_out")


def leg_snapshot(legs: list[dict]) -> list[dict]:
    """Legs as the undo stack keeps them: id and the editable fields, times to the minute."""
    out = []
    for leg in legs:
        row = {k: leg.get(k) or "" for k in LEG_KEYS}
        for key in _LEG_TIMES:  # the wall clock to the minute, without the stored offset
            row[key] = row[key][:16]
        row["id"] = leg.get("id")
        out.append(row)
    return out


def sync_legs(planner, history: EditHistory | None, mission_id: str, target: list[dict]) -> None:
    """Make the mission's legs the `target` snapshot: remove the others, update, add back."""
    current = {leg["id"] for leg in planner.missions.detail(mission_id)["legs"]}
    wanted = [(history.current(leg["id"]) if history and leg.get("id") else leg.get("id"), leg)
              for leg in target]
    keep = {lid for lid, _leg in wanted if lid in current}
    for lid in current - keep:
        planner.missions.delete_leg(lid)
    for lid, leg in wanted:
        data = {k: leg[k] for k in LEG_KEYS}
        if lid in current:
            planner.missions.update_leg(lid, **data)
        else:
            new_id = planner.missions.add_leg(mission_id, **data)
            if history is not None and leg.get("id"):
                history.remap(lid, new_id)


# The manager of each kind of record, on the planner.
MANAGERS = {"meeting": "meetings", "person": "people", "organization": "organizations",
            "agreement": "agreements", "followup": "followups"}


def _manager(planner, kind: str):
    return getattr(planner, MANAGERS[kind])


class EditFieldsCommand(ServiceCommand):
    """Changed fields of a record: undo writes the old values back, redo the new ones.

    A mission's old and new values may also hold "legs" (leg_snapshot) and "delegation" ((person id,
    role) pairs): undo then puts the legs and the delegation back as they were too.
    """

    def __init__(self, history, kind: str, record_id: str, old: dict, new: dict, text: str):
        super().__init__(history, text)
        self.kind, self.record_id = kind, record_id
        self.old = {k: old[k] for k in new if k in old and old[k] != new[k]}
        self.new = {k: new[k] for k in self.old}

    def _write(self, values: dict) -> None:
        if not values:
            return
        record_id = self.history.current(self.record_id)
        if self.kind == "mission":
            _update_mission(self.planner, record_id, history=self.history, **values)
        else:
            _manager(self.planner, self.kind).update(record_id, **values)

    def apply(self) -> None:
        self._write(self.new)

    def revert(self) -> None:
        self._write(self.old)


class LogOutcomeCommand(ServiceCommand):
    """An outcome logged: undo gives the meeting back its earlier outcome, decisions and status and
    removes the follow-ups the log created; redo logs the same outcome again."""

    def __init__(self, history, meeting_id: str, before: dict, logged: dict, created: set[str], text: str):
        super().__init__(history, text)
        self.meeting_id, self.before, self.logged, self.created = meeting_id, before, logged, created

    def apply(self) -> None:
        meetings = self.planner.meetings
        mid = self.history.current(self.meeting_id)
        existing = meetings.followup_ids(mid)
        meetings.log_outcome(mid, None, **self.logged)
        self.created = meetings.followup_ids(mid) - existing

    def revert(self) -> None:
        self.planner.meetings.restore_outcome(self.history.current(self.meeting_id), **self.before,
                                              drop_followups=self.created)


# Follow-ups -------------------------------------------------------------------------------------

class CompleteFollowupCommand(ServiceCommand):
    """Mark a follow-up done; undo reopens it and removes the next occurrence it scheduled."""

    def __init__(self, history, followup_id: str, spawned: str | None, text: str):
        super().__init__(history, text)
        self.original = followup_id
        self.spawned = spawned

    def apply(self) -> None:
        self.spawned = self.planner.followups.complete(self.history.current(self.original))

    def revert(self) -> None:
        if self.spawned:
            self.planner.followups.delete(self.spawned)
            self.spawned = None
        self.planner.followups.reopen(self.history.current(self.original))


class FollowupStateCommand(ServiceCommand):
    """Reopen or snooze: the status, due date, recurrence and snooze date before and after."""

    KEYS = ("status", "due", "recurrence", "snoozed_until")

    def __init__(self, history, followup_id: str, before: dict, after: dict, text: str):
        super().__init__(history, text)
        self.original = followup_id
        self.before = {k: before.get(k) for k in self.KEYS}
        self.after = {k: after.get(k) for k in self.KEYS}

    def _set(self, values: dict) -> None:
        followups = self.planner.followups
        fid = self.history.current(self.original)
        if values["status"] == "open":
            followups.reopen(fid)
        followups.update(fid, **{k: values[k] or None for k in self.KEYS if k != "recurrence"},
                         recurrence=values["recurrence"] or "")

    def apply(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)


# Meetings, people, organizations, agreements: created and deleted records ---------------------

class CreateRecordCommand(ServiceCommand):
    """A record the user created: undo deletes it (keeping its snapshot), redo restores it under
    the same id. `kind`: meeting, person, organization, agreement or followup."""

    def __init__(self, history, kind: str, record_id: str, text: str, *, done: bool = True):
        super().__init__(history, text, done=done)
        self.kind, self.record_id = kind, record_id
        self.saved: dict | None = None

    def _delete(self) -> None:
        manager = _manager(self.planner, self.kind)
        self.saved = manager.snapshot(self.record_id)
        manager.delete(self.record_id)

    def _restore(self) -> None:
        _manager(self.planner, self.kind).restore(self.saved)

    def apply(self) -> None:
        self._restore()

    def revert(self) -> None:
        self._delete()


class DeleteRecordCommand(CreateRecordCommand):
    """A record the user deleted (after confirming): redo deletes it, undo restores it, under its
    own id, with what went with it (a person's meetings, a meeting's follow-ups...)."""

    def __init__(self, history, kind: str, record_id: str, text: str):
        super().__init__(history, kind, record_id, text, done=False)

    def apply(self) -> None:
        self._delete()

    def revert(self) -> None:
        self._restore()


# Missions: kept as their mission file --------------------------------------------------------

class DeleteMissionCommand(ServiceCommand):
    """Deleting a mission keeps its mission file, so undo imports it back whole."""

    def __init__(self, history, mission_id: str, text: str):
        super().__init__(history, text, done=False)
        self.original = mission_id
        self.document: dict | None = None

    def _delete(self) -> None:
        current = self.history.current(self.original)
        self.document = self.planner.missions.export(current)
        self.planner.missions.delete(current)

    def _import(self, source: str) -> None:
        summary = self.planner.missions.import_document(self.document, source=source)
        self.history.remap(self.history.current(self.original), summary["mission_id"])

    def apply(self) -> None:
        self._delete()

    def revert(self) -> None:
        self._import("undo")


class CreateMissionCommand(DeleteMissionCommand):
    def __init__(self, history, mission_id: str, text: str):
        ServiceCommand.__init__(self, history, text)
        self.original = mission_id
        self.document = None

    def apply(self) -> None:
        self._import("redo")

    def revert(self) -> None:
        self._delete()
