"""A record's history from the audit trail: who changed which fields, from what to what, and when."""

from __future__ import annotations

from sqlalchemy import select

from ..model import AuditEntry
from .timeutil import DEFAULT_HOME_TZ, iso


def record_history(db, entity_id: str, home_tz: str = DEFAULT_HOME_TZ) -> list[dict]:
    """Oldest first. Each change is {field: [old, new]}; a create or delete lists the whole record."""
    with db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == entity_id)
                         .order_by(AuditEntry.at, AuditEntry.id)).all()
        return [{"at": iso(e.at, home_tz), "user": e.user, "action": e.action, "kind": e.entity_kind,
                 "changes": dict(e.changes or {})} for e in rows]


def describe(entry: dict) -> str:
    """One line a person can read: "2017-06-09 10:02 cecile changed title: 'A' → 'B'"."""
    when = entry["at"][:16].replace("T", " ")
    if entry["action"] == "create":
        return f"{when} {entry['user']} created it"
    if entry["action"] == "delete":
        return f"{when} {entry['user']} deleted it"
    parts = [f"{field}: {old!r} → {new!r}" for field, (old, new) in sorted(entry["changes"].items())]
    return f"{when} {entry['user']} changed " + "; ".join(parts)
