"""Small read helpers the desktop application needs and the other services did not offer yet.

No Qt here: plain dicts out, like every service.
"""

from __future__ import annotations

from sqlalchemy import func, select

from ..model import FollowUp, Meeting, Person
from .records import get
from .views import meeting_view


def meeting_by_id(db, meeting_id: str, home_tz: str | None = None) -> dict:
    """One meeting as the agenda shows it (local and home times, participants, follow-ups)."""
    with db.read() as s:
        m = get(s, Meeting, meeting_id, "meeting")
        return meeting_view(m, home_tz or m.mission.home_timezone)


def meeting_deletion_impact(db, meeting_id: str) -> dict:
    with db.read() as s:
        m = get(s, Meeting, meeting_id, "meeting")
        return {"followups": len(m.followups), "participants": len(m.participations)}


def count_people(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Person)) or 0


def followup_owners(db) -> list[dict]:
    """Everyone who owns at least one follow-up: the owner filter of the dashboard."""
    with db.read() as s:
        rows = s.scalars(select(Person).where(Person.id.in_(
            select(FollowUp.owner_id).where(FollowUp.owner_id.is_not(None)))).order_by(
            func.lower(Person.family_name))).all()
        return [{"id": p.id, "name": p.display_name, "native_name": p.native_name} for p in rows]


def find_people(db, text: str, limit: int | None = None, offset: int = 0) -> list[dict]:
    """People whose names (either script), title, organization or e-mail contain every word of
    `text`, ignoring case and accents ("cecile" finds Cécile); a page at a time, by family name."""
    from sqlalchemy.orm import selectinload

    from ..model import Affiliation, SearchEntry
    from ..store.textfold import fold
    from .views import person_view

    words = [w for w in fold(text or "").split() if w]
    stmt = select(Person).options(selectinload(Person.affiliations).selectinload(Affiliation.organization))
    if words:
        entry = SearchEntry.__table__
        stmt = stmt.join(entry, entry.c.entity_id == Person.id).where(entry.c.kind == "person")
        for w in words:
            pattern = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            stmt = stmt.where(entry.c.title_folded.like(pattern, escape="\\")
                              | entry.c.body_folded.like(pattern, escape="\\"))
    stmt = stmt.order_by(func.lower(Person.family_name), func.lower(Person.given_name), Person.id)
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    with db.read() as s:
        return [person_view(p) for p in s.scalars(stmt)]
