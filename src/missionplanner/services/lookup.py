"""Helpers every service uses: fetch by id, refuse stale edits, resolve what a user typed."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, object_session

from ..errors import NotFoundError, StaleEditError
from ..model import AuditEntry, Mission


def get(session: Session, cls, record_id: str, what: str):
    obj = session.get(cls, record_id) if record_id else None
    if obj is None:
        raise NotFoundError(code="record.missing", kind=what, id=record_id)
    return obj


def check_version(obj, expected: int | None, what: str) -> None:
    """Refuse an edit made on a copy older than what is stored (another window or colleague saved),
    naming who saved the stored copy and when, from the audit trail, where it says."""
    if expected is None or obj.version == expected:
        return
    last = _last_change(obj)
    if last is None:
        raise StaleEditError(code="edit.stale", kind=what, expected=expected, stored=obj.version)
    raise StaleEditError(code="edit.stale-by", kind=what, by=last.user,
                         at=last.at.strftime("%Y-%m-%d %H:%M UTC"), expected=expected, stored=obj.version)


def _last_change(obj) -> AuditEntry | None:
    session = object_session(obj)
    if session is None:
        return None
    return session.scalars(select(AuditEntry).where(AuditEntry.entity_id == obj.id)
                           .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(1)).first()


def apply(obj, changes: dict) -> None:
    for key, value in changes.items():
        setattr(obj, key, value)


def resolve_mission(session: Session, ref: str) -> Mission:
    """A mission by id, unique id prefix, slug or exact title (the CLI's MISSION argument)."""
    ref = (ref or "").strip()
    if not ref:
        raise NotFoundError(code="mission.unnamed")
    found = session.get(Mission, ref)
    if found is not None:
        return found
    for column in (Mission.slug, Mission.title):
        found = session.scalars(select(Mission).where(column == ref)).first()
        if found is not None:
            return found
    matches = session.scalars(select(Mission).where(Mission.id.like(ref.replace("%", "") + "%"))).all()
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFoundError(code="mission.ambiguous", ref=ref, count=len(matches))
    folded = session.scalars(
        select(Mission).where(or_(func.lower(Mission.title) == ref.lower(), Mission.slug == ref.lower()))
    ).all()
    if len(folded) == 1:
        return folded[0]
    raise NotFoundError(code="mission.unknown", ref=ref)
