"""The audit trail: every create, change and delete is recorded by the session itself.

Hooking the flush rather than each service means no code path can forget to audit.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from ..model import AuditEntry, Base, BriefingVersion, SearchEntry, new_id, utcnow

_SKIP = {"created_at", "updated_at", "version"}
# A printed pack's version row is itself the record of who issued what and when (and a reader, who
# may record the packs they print, may not write the audit trail).
_NOT_AUDITED = (AuditEntry, SearchEntry, BriefingVersion)


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, Base):
        return getattr(value, "id", None)
    return value


def _snapshot(obj) -> dict:
    state = inspect(obj)
    out = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP:
            continue
        out[attr.key] = _plain(getattr(obj, attr.key))
    return out


def _changes(obj) -> dict:
    state = inspect(obj)
    out = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                out[attr.key] = [_plain(old), _plain(new)]
    return out


def install(factory, user_of) -> None:
    @event.listens_for(factory, "before_flush")
    def _before_flush(session: Session, _ctx, _instances):
        rows = []
        now = utcnow()
        user = user_of()
        for obj in session.new:
            if isinstance(obj, Base) and not isinstance(obj, _NOT_AUDITED):
                if getattr(obj, "id", None) is None:
                    obj.id = new_id()
                rows.append(("create", obj, _snapshot(obj)))
        for obj in session.dirty:
            if isinstance(obj, Base) and not isinstance(obj, _NOT_AUDITED) and session.is_modified(obj):
                changes = _changes(obj)
                if changes:
                    rows.append(("update", obj, changes))
        for obj in session.deleted:
            if isinstance(obj, Base) and not isinstance(obj, _NOT_AUDITED):
                rows.append(("delete", obj, _snapshot(obj)))
        if not rows:
            return
        session.connection().execute(
            insert(AuditEntry.__table__),
            [
                {
                    "id": new_id(), "at": now, "user": user, "action": action,
                    "entity_kind": obj.__tablename__, "entity_id": obj.id, "changes": changes,
                    "summary": "",
                }
                for action, obj, changes in rows
            ],
        )
