"""A record's history from the audit trail: who changed which fields, from what to what, and when."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select

from ..model import AuditEntry, Meeting, Mission, Organization, Person
from .timeutil import DEFAULT_HOME_TZ, iso

# Keys the audit keeps for the machine (identity, sync and calendar bookkeeping): nobody edits them,
# so the history a person reads leaves them out.
_BOOKKEEPING = {"id", "uid", "version", "created_at", "updated_at", "server_version"}
# An instant as the audit stores it (UTC, with its offset): shown in the reader's home time instead.
_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)")
# Reference fields, and the record whose name stands for the id.
_REFERENCES = {"organization_id": Organization, "mission_id": Mission, "person_id": Person,
               "lead_id": Person, "duty_officer_id": Person, "owner_id": Person, "filled_by_id": Person,
               "meeting_id": Meeting}


def record_history(db, entity_id: str, home_tz: str = DEFAULT_HOME_TZ) -> list[dict]:
    """Oldest first. Each change is {field: [old, new]}; a create or delete lists the whole record.
    `fields` gives the same change as readable rows (see `readable_fields`)."""
    with db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == entity_id)
                         .order_by(AuditEntry.at, AuditEntry.id)).all()
        entries = [{"at": iso(e.at, home_tz), "user": e.user, "action": e.action, "kind": e.entity_kind,
                    "changes": dict(e.changes or {})} for e in rows]
        names = _reference_names(s, entries)
    for entry in entries:
        entry["fields"] = readable_fields(entry, home_tz, names)
    return entries


def readable_fields(entry: dict, home_tz: str = DEFAULT_HOME_TZ,
                    names: dict[str, str] | None = None) -> list[tuple[str, object, object]]:
    """(field, before, after) for each field a person would recognise, in the record's field order:
    a create has nothing before, a delete nothing after, and empty values are left out of both.
    Instants are in `home_tz`, and references carry the name of what they point to."""
    names = names or {}
    rows = []
    for field, value in entry["changes"].items():
        if field in _BOOKKEEPING:
            continue
        if entry["action"] == "update":
            before, after = value
        elif entry["action"] == "delete":
            before, after = value, None
        else:
            before, after = None, value
        if entry["action"] != "update" and _empty(before) and _empty(after):
            continue
        rows.append((field, _shown(field, before, home_tz, names), _shown(field, after, home_tz, names)))
    return rows


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _shown(field: str, value, home_tz: str, names: dict[str, str]):
    if isinstance(value, str) and field in _REFERENCES:
        return names.get(value, value)
    if isinstance(value, str) and _INSTANT.fullmatch(value):
        return iso(datetime.fromisoformat(value.replace("Z", "+00:00")), home_tz)
    return value


def _reference_names(s, entries: list[dict]) -> dict[str, str]:
    wanted: dict[type, set[str]] = {}
    for entry in entries:
        for field, value in entry["changes"].items():
            if field in _REFERENCES:
                values = value if entry["action"] == "update" else [value]
                wanted.setdefault(_REFERENCES[field], set()).update(v for v in values if isinstance(v, str) and v)
    names = {}
    for model, ids in wanted.items():
        for record in s.scalars(select(model).where(model.id.in_(ids))):
            names[record.id] = getattr(record, "display_name", None) or getattr(record, "title", None) \
                or getattr(record, "name", "")
    return names
