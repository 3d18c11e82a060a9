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
    from .people import list_people

    return list_people(db, text, limit=limit, offset=offset)
