"""Long lists a page at a time (people, meetings, organizations, follow-ups) for lazy table models
over 100,000 rows, and whole lists (missions, agreements) without one query per row.

Each page is read in two short steps: the ids of the page, in list order, straight from an index that
holds the order (ix_people_sort_name, ix_meetings_start_id: no sort of the whole table), then those
rows and what a list shows beside them (current organization, mission, counterparts). Plain dicts
out, Core queries in: no ORM object is built for a row a list only shows. No Qt here.

A model calls count_*() once for its row count, then page_*(offset, limit) as the view scrolls.
mission_rows and agreement_rows return what list_missions and list_agreements return, faster.
"""

from __future__ import annotations

from sqlalchemy import and_, func, select, text

from ..model import (
    Agreement,
    FollowUp,
    Meeting,
    Mission,
    Organization,
    Participation,
    Person,
    agreement_parties,
    agreement_signatories,
)
from . import first_screen
from .followups import followups_where
from .people import organizations_where, people_matching, people_order
from .timeutil import DEFAULT_HOME_TZ, iso, local_midnight_today, zone

PAGE = 100


def _display_name(row) -> str:
    return Person.display_name.fget(row)


# People ----------------------------------------------------------------------------------------------

def count_people(db, text: str = "") -> int:
    """How many people `text` finds (services.people.people_matching: the one search rule)."""
    with db.read() as s:
        return s.scalar(people_matching(select(func.count()).select_from(Person), text)) or 0


def _run(s):
    """services.first_screen's `run` over a session (`text()`: any database SQLAlchemy speaks)."""
    return lambda sql, params: s.execute(text(sql), params).all()


def _people_briefs(s, ids: list[str]) -> dict[str, dict]:
    """The person summary (first_screen.person_summary) plus e-mail, mobile and version of these
    people."""
    if not ids:
        return {}
    out = first_screen.person_summaries(_run(s), ids)
    pc = Person.__table__.c
    for i in range(0, len(ids), 500):
        for r in s.execute(select(pc.id, pc.email, pc.mobile, pc.version).where(pc.id.in_(ids[i:i + 500]))):
            out[r.id].update(email=r.email, mobile=r.mobile, version=r.version)
    return out


def page_people(db, offset: int = 0, limit: int = PAGE, text: str = "") -> list[dict]:
    """People `offset` to `offset + limit` in name order: id, names, title, current organization."""
    ids_stmt = people_matching(select(Person.id), text).order_by(*people_order()).limit(limit).offset(offset)
    with db.read() as s:
        ids = list(s.scalars(ids_stmt))
        briefs = _people_briefs(s, ids)
    return [briefs[pid] for pid in ids]


# Missions --------------------------------------------------------------------------------------------

_BRIEF_KEYS = ("id", "name", "kind", "given_name", "family_name", "native_name", "name_order", "title",
               "organization", "organization_native", "organization_id")




def mission_rows(db, limit: int | None = None) -> list[dict]:
    """Every mission as services.missions.list_missions gives it (same keys, same order), in four
    queries instead of one per mission lead: what a missions list needs at start-up. With `limit`,
    only the first `limit` of them in that order (newest first): a first screen, read in a tenth of
    the time on a large database, for the list to show while the rest is read. The SQL is
    services.first_screen's, which the application's start also runs before SQLAlchemy is loaded."""
    with db.read() as s:
        return first_screen.mission_rows(_run(s), limit)


# Meetings --------------------------------------------------------------------------------------------

def count_meetings(db, mission_id: str | None = None, status: str | None = None) -> int:
    stmt = select(func.count()).select_from(Meeting)
    if mission_id:
        stmt = stmt.where(Meeting.mission_id == mission_id)
    if status:
        stmt = stmt.where(Meeting.status == status)
    with db.read() as s:
        return s.scalar(stmt) or 0


def page_meetings(db, offset: int = 0, limit: int = PAGE, mission_id: str | None = None,
                  status: str | None = None, newest_first: bool = True,
                  home_tz: str | None = None) -> list[dict]:
    """Meetings `offset` to `offset + limit` by start time (newest first by default).

    Times are given in the venue's zone and in the home zone (default: each mission's), like
    rows.meeting_view, with counterparts' names; the long texts are left for the detail view.
    """
    order = (Meeting.start.desc(), Meeting.id.desc()) if newest_first else (Meeting.start, Meeting.id)
    ids_stmt = select(Meeting.id).order_by(*order).limit(limit).offset(offset)
    if mission_id:
        ids_stmt = ids_stmt.where(Meeting.mission_id == mission_id)
    if status:
        ids_stmt = ids_stmt.where(Meeting.status == status)
    with db.read() as s:
        ids = list(s.scalars(ids_stmt))
        if not ids:
            return []
        rows = {r.id: r for r in s.execute(
            select(Meeting.id, Meeting.version, Meeting.mission_id, Meeting.title, Meeting.status,
                   Meeting.kind, Meeting.start, Meeting.end, Meeting.timezone, Meeting.city, Meeting.venue,
                   Mission.title.label("mission"), Mission.home_timezone)
            .join(Mission, Mission.id == Meeting.mission_id).where(Meeting.id.in_(ids)))}
        people: dict[str, dict[str, list[str]]] = {}
        for p in s.execute(
                select(Participation.meeting_id, Participation.side, Person.given_name, Person.family_name,
                       Person.name_order, Person.native_name, Person.kind, Person.title)
                .join(Person, Person.id == Participation.person_id)
                .where(and_(Participation.meeting_id.in_(ids)))
                .order_by(Participation.meeting_id, Participation.position)):
            sides = people.setdefault(p.meeting_id, {"counterpart": [], "delegation": []})
            sides.setdefault(p.side, []).append(_display_name(p))
    out = []
    for mid in ids:
        r = rows[mid]
        home = home_tz or r.home_timezone or DEFAULT_HOME_TZ
        sides = people.get(mid, {})
        out.append({
            "id": r.id, "version": r.version, "mission_id": r.mission_id, "mission": r.mission,
            "title": r.title, "status": r.status, "kind": r.kind, "city": r.city, "venue": r.venue,
            "timezone": r.timezone, "start": iso(r.start, r.timezone), "end": iso(r.end, r.timezone),
            "home_timezone": home, "start_home": iso(r.start, home), "end_home": iso(r.end, home),
            "counterparts": sides.get("counterpart", []), "delegation": sides.get("delegation", []),
        })
    return out


# Organizations ---------------------------------------------------------------------------------------

def count_organizations(db, text: str = "", kind: str | None = None) -> int:
    with db.read() as s:
        return s.scalar(organizations_where(select(func.count()).select_from(Organization), text, kind)) or 0


# Follow-ups ------------------------------------------------------------------------------------------

def count_followups(db, *, mission: str | None = None, overdue: bool = False, status: str | None = None,
                    owner_id: str | None = None, due_from=None, due_to=None,
                    home_tz: str = DEFAULT_HOME_TZ, today=None) -> int:
    today = today or local_midnight_today(home_tz)
    with db.read() as s:
        stmt = followups_where(s, select(func.count()).select_from(FollowUp), mission, overdue, status,
                                owner_id, due_from, due_to, today)
        return s.scalar(stmt) or 0


def page_followups(db, offset: int = 0, limit: int = PAGE, *, mission: str | None = None,
                   overdue: bool = False, status: str | None = None, owner_id: str | None = None,
                   due_from=None, due_to=None, home_tz: str = DEFAULT_HOME_TZ, today=None) -> list[dict]:
    """services.followups.list_followups a page at a time: same filters, keys and order (due date,
    undated last, then action), with Core queries."""
    zone(home_tz, "home_tz")
    today = today or local_midnight_today(home_tz)
    meeting_title = select(Meeting.title).where(Meeting.id == FollowUp.meeting_id).scalar_subquery()
    mission_title = select(Mission.title).where(Mission.id == FollowUp.mission_id).scalar_subquery()
    stmt = select(FollowUp.id, FollowUp.version, FollowUp.action, FollowUp.status, FollowUp.due,
                  FollowUp.recurrence, FollowUp.owner_id, FollowUp.mission_id, FollowUp.meeting_id,
                  FollowUp.snoozed_until, FollowUp.notes, meeting_title.label("meeting"),
                  mission_title.label("mission"))
    with db.read() as s:
        stmt = followups_where(s, stmt, mission, overdue, status, owner_id, due_from, due_to, today)
        rows = s.execute(stmt.order_by(FollowUp.due.is_(None), FollowUp.due, FollowUp.action, FollowUp.id)
                         .limit(limit).offset(offset)).all()
        owners = _people_briefs(s, list({r.owner_id for r in rows if r.owner_id}))
    return [{
        "id": r.id, "version": r.version, "action": r.action, "status": r.status,
        "due": r.due.isoformat() if r.due else None, "recurrence": r.recurrence,
        "owner": {k: owners[r.owner_id][k] for k in _BRIEF_KEYS} if r.owner_id in owners else None,
        "mission_id": r.mission_id, "meeting_id": r.meeting_id, "meeting": r.meeting, "mission": r.mission,
        "snoozed_until": r.snoozed_until.isoformat() if r.snoozed_until else None,
        "overdue": bool(r.status == "open" and r.due and r.due < today), "notes": r.notes,
    } for r in rows]


# Agreements ------------------------------------------------------------------------------------------

def agreement_rows(db) -> list[dict]:
    """services.agreements.list_agreements (same keys and order) in four queries, not one per party."""
    with db.read() as s:
        agreements = s.execute(
            select(Agreement.id, Agreement.version, Agreement.title, Agreement.kind, Agreement.status,
                   Agreement.signed, Agreement.signed_approximate, Agreement.expires, Agreement.scope,
                   Agreement.notes).order_by(Agreement.title)).all()
        parties: dict[str, list[dict]] = {}
        for p in s.execute(
                select(agreement_parties.c.agreement_id, Organization.id, Organization.name,
                       Organization.native_name)
                .join(Organization, Organization.id == agreement_parties.c.organization_id)
                .order_by(Organization.name)):
            parties.setdefault(p.agreement_id, []).append(
                {"id": p.id, "name": p.name, "native_name": p.native_name})
        signed_by = s.execute(
            select(agreement_signatories.c.agreement_id, agreement_signatories.c.person_id, Person.family_name)
            .join(Person, Person.id == agreement_signatories.c.person_id)
            .order_by(Person.family_name)).all()
        briefs = _people_briefs(s, list({r.person_id for r in signed_by}))
    signatories: dict[str, list[dict]] = {}
    for r in signed_by:
        signatories.setdefault(r.agreement_id, []).append({k: briefs[r.person_id][k] for k in _BRIEF_KEYS})
    return [{
        "id": a.id, "version": a.version, "title": a.title, "kind": a.kind, "status": a.status,
        "signed": a.signed.isoformat() if a.signed else None, "signed_approximate": a.signed_approximate,
        "expires": a.expires.isoformat() if a.expires else None, "scope": a.scope, "notes": a.notes,
        "parties": parties.get(a.id, []), "signatories": signatories.get(a.id, []),
    } for a in agreements]
