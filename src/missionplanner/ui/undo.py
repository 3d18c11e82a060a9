"""Undo and redo of edits (QUndoStack): field edits, creations and deletions go through services.

Deleting and restoring gives a record a new id; the stack keeps a map from the id a command first
saw to the record's current id, so older commands still find their record after an undo.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..errors import MissionPlannerError
from ..services import agreements as agreement_service
from ..services import followups as followup_service
from ..services import meetings as meeting_service
from ..services import missionfile
from ..services import missions as mission_service
from ..services import people as people_service


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
            from .messages import error_text

            self.history.notifier.failed.emit(error_text(exc))
        self.history.notifier.data_changed.emit()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


def _update_mission(db, mission_id: str, legs=None, delegation=None, history=None, **fields) -> None:
    """A mission's fields, and, when given, its legs and its delegation set back to a snapshot."""
    if fields:
        mission_service.update_mission(db, mission_id, **fields)
    if legs is not None:
        sync_legs(db, history, mission_id, legs)
    if delegation is not None:
        mission_service.set_members(db, mission_id, [(history.current(pid) if history else pid, role)
                                                     for pid, role in delegation])


LEG_KEYS = ("city", "city_native", "country", "timezone", "arrive", "depart", "hotel", "notes")


def leg_snapshot(legs: list[dict]) -> list[dict]:
    """Legs as the undo stack keeps them: id and the editable fields, times to the minute."""
    out = []
    for leg in legs:
        row = {k: leg.get(k) or "" for k in LEG_KEYS}
        row["arrive"], row["depart"] = row["arrive"][:16], row["depart"][:16]
        row["id"] = leg.get("id")
        out.append(row)
    return out


def sync_legs(db, history: EditHistory | None, mission_id: str, target: list[dict]) -> None:
    """Make the mission's legs the `target` snapshot: remove the others, update, add back."""
    current = {leg["id"] for leg in mission_service.mission_detail(db, mission_id)["legs"]}
    wanted = [(history.current(leg["id"]) if history and leg.get("id") else leg.get("id"), leg)
              for leg in target]
    keep = {lid for lid, _leg in wanted if lid in current}
    for lid in current - keep:
        mission_service.delete_leg(db, lid)
    for lid, leg in wanted:
        data = {k: leg[k] for k in LEG_KEYS}
        if lid in current:
            mission_service.update_leg(db, lid, **data)
        else:
            new_id = mission_service.add_leg(db, mission_id, **data)
            if history is not None and leg.get("id"):
                history.remap(lid, new_id)


def _update_person(db, person_id: str, **fields) -> None:
    people_service.update_person(db, person_id, **fields)


class EditFieldsCommand(ServiceCommand):
    """Changed fields of a record: undo writes the old values back, redo the new ones.

    A mission's old and new values may also hold "legs" (leg_snapshot) and "delegation" ((person id,
    role) pairs): undo then puts the legs and the delegation back as they were too.
    """

    UPDATERS = {"mission": _update_mission, "meeting": meeting_service.update_meeting,
                "person": _update_person, "organization": people_service.update_organization,
                "agreement": agreement_service.update_agreement,
                "followup": followup_service.update_followup}

    def __init__(self, history, kind: str, record_id: str, old: dict, new: dict, text: str):
        super().__init__(history, text)
        self.kind, self.record_id = kind, record_id
        self.old = {k: old[k] for k in new if k in old and old[k] != new[k]}
        self.new = {k: new[k] for k in self.old}

    def _write(self, values: dict) -> None:
        if not values:
            return
        extra = {"history": self.history} if self.kind == "mission" else {}
        self.UPDATERS[self.kind](self.db, self.history.current(self.record_id), **values, **extra)

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
        mid = self.history.current(self.meeting_id)
        existing = meeting_service.followup_ids(self.db, mid)
        meeting_service.log_outcome(self.db, mid, None, **self.logged)
        self.created = meeting_service.followup_ids(self.db, mid) - existing

    def revert(self) -> None:
        meeting_service.restore_outcome(self.db, self.history.current(self.meeting_id), **self.before,
                                        drop_followups=self.created)


# Follow-ups -------------------------------------------------------------------------------------

class CompleteFollowupCommand(ServiceCommand):
    """Mark a follow-up done; undo reopens it and removes the next occurrence it scheduled."""

    def __init__(self, history, followup_id: str, spawned: str | None, text: str):
        super().__init__(history, text)
        self.original = followup_id
        self.spawned = spawned

    def apply(self) -> None:
        self.spawned = followup_service.complete_followup(self.db, self.history.current(self.original))

    def revert(self) -> None:
        if self.spawned:
            followup_service.delete_followup(self.db, self.spawned)
            self.spawned = None
        followup_service.reopen_followup(self.db, self.history.current(self.original))


class FollowupStateCommand(ServiceCommand):
    """Reopen or snooze: the status, due date, recurrence and snooze date before and after."""

    KEYS = ("status", "due", "recurrence", "snoozed_until")

    def __init__(self, history, followup_id: str, before: dict, after: dict, text: str):
        super().__init__(history, text)
        self.original = followup_id
        self.before = {k: before.get(k) for k in self.KEYS}
        self.after = {k: after.get(k) for k in self.KEYS}

    def _set(self, values: dict) -> None:
        fid = self.history.current(self.original)
        if values["status"] == "open":
            followup_service.reopen_followup(self.db, fid)
        followup_service.update_followup(self.db, fid, **{k: values[k] or None for k in self.KEYS
                                                          if k != "recurrence"},
                                         recurrence=values["recurrence"] or "")

    def apply(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)


# Agreements, people, organizations: created records --------------------------------------------

class CreateRecordCommand(ServiceCommand):
    """A record the user created: undo deletes it, redo creates it again from what it held."""

    def __init__(self, history, record_id: str, text: str, *, snapshot, delete, create):
        super().__init__(history, text)
        self.original = record_id
        self._snapshot, self._delete, self._create = snapshot, delete, create
        self.saved: dict | None = None

    def apply(self) -> None:
        self.history.remap(self.history.current(self.original), self._create(self.db, self.saved))

    def revert(self) -> None:
        current = self.history.current(self.original)
        self.saved = self._snapshot(self.db, current)
        self._delete(self.db, current)


class DeleteRecordCommand(CreateRecordCommand):
    """A record the user deleted (after confirming): undo creates it again from its snapshot."""

    def __init__(self, history, record_id: str, text: str, **kw):
        super().__init__(history, record_id, text, **kw)
        self._skip_first = False

    def apply(self) -> None:
        CreateRecordCommand.revert(self)

    def revert(self) -> None:
        CreateRecordCommand.apply(self)


def _agreement_snapshot(db, agreement_id: str) -> dict:
    a = next(x for x in agreement_service.list_agreements(db) if x["id"] == agreement_id)
    return {"record_id": agreement_id, "title": a["title"], "kind": a["kind"], "status": a["status"],
            "signed": a["signed"], "signed_approximate": a["signed_approximate"],
            "expires": a["expires"], "scope": a["scope"], "notes": a["notes"],
            "parties": [p["id"] for p in a["parties"]],
            "signatories": [p["id"] for p in a["signatories"]]}


def agreement_command(cls, history, agreement_id: str, text: str):
    """Create or delete an agreement so that it can be undone; it comes back under its own id."""
    def create(db, saved):
        return agreement_service.create_agreement(
            db, **dict(saved, parties=[history.current(i) for i in saved["parties"]],
                       signatories=[history.current(i) for i in saved["signatories"]]))
    return cls(history, agreement_id, text, snapshot=_agreement_snapshot,
               delete=agreement_service.delete_agreement, create=create)


PERSON_KEYS = ("given_name", "family_name", "native_name", "name_order", "title", "honorific",
               "form_of_address", "pronunciation", "biography", "email", "mobile", "phone", "notes")
ORGANIZATION_KEYS = ("name", "native_name", "kind", "country", "city", "address", "website", "email",
                     "phone", "description")


def person_command(cls, history, person_id: str, text: str):
    def snapshot(db, pid):
        p = people_service.person_detail(db, pid)
        return dict({k: p.get(k) or "" for k in PERSON_KEYS}, organization_id=p.get("organization_id"))

    def create(db, saved):
        org = saved.get("organization_id")
        return people_service.create_person(
            db, **dict(saved, organization_id=history.current(org) if org else None))
    return cls(history, person_id, text, snapshot=snapshot, delete=people_service.delete_person,
               create=create)


def delete_person_command(history, person_id: str, text: str) -> DeleteRecordCommand:
    """Deleting a person; undo brings them back under their id with their meetings, delegations,
    signatures, affiliations, owned follow-ups and led missions."""
    return DeleteRecordCommand(history, person_id, text, snapshot=people_service.person_record,
                               delete=people_service.delete_person, create=people_service.restore_person)


def create_person_command(history, person_id: str, text: str) -> CreateRecordCommand:
    """A person the user created: undo deletes them, redo brings them back under the same id."""
    return CreateRecordCommand(history, person_id, text, snapshot=people_service.person_record,
                               delete=people_service.delete_person, create=people_service.restore_person)


def create_organization_command(history, org_id: str, text: str) -> CreateRecordCommand:
    return CreateRecordCommand(history, org_id, text, snapshot=people_service.organization_record,
                               delete=people_service.delete_organization,
                               create=people_service.restore_organization)


def delete_organization_command(history, org_id: str, text: str) -> DeleteRecordCommand:
    return DeleteRecordCommand(history, org_id, text, snapshot=people_service.organization_record,
                               delete=people_service.delete_organization,
                               create=people_service.restore_organization)


def organization_command(cls, history, org_id: str, text: str):
    def snapshot(db, oid):
        o = people_service.organization_detail(db, oid)
        return {k: o.get(k) or "" for k in ORGANIZATION_KEYS}

    def create(db, saved):
        return people_service.create_organization(db, **saved)
    return cls(history, org_id, text, snapshot=snapshot, delete=people_service.delete_organization,
               create=create)


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
