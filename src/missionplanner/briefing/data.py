"""What the printed documents read: the mission's detail plus photos and history across missions.

All reads go through short read-only sessions; what leaves this module is plain dictionaries.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..model import Affiliation, Attachment, FollowUp, Meeting, Participation
from ..services.missions import mission_detail
from ..services.timeutil import in_zone, local_midnight_today
from ..services.views import followup_view

PERSON_KINDS = ("person", "people", "persons")


def scheduling_problems(db, ref: str) -> list[dict] | None:
    """Problems from the scheduling checks, or None when that module is not available."""
    try:
        from ..services.checks import check_mission
    except ImportError:
        return None
    return check_mission(db, ref)


def pack_data(db, ref: str, home_tz: str | None = None, today: date | None = None) -> dict:
    """`mission_detail` plus, per meeting, previous interactions and open follow-ups, and photos."""
    d = mission_detail(db, ref, home_tz=home_tz, today=today)
    home = d["home_timezone"]
    today = today or local_midnight_today(home)
    people = {p["id"]: p for p in d["people"]}
    own_meetings = {m["id"] for m in d["meetings"]}
    with db.read() as s:
        photos = {}
        if people:
            for a in s.scalars(select(Attachment).where(
                    Attachment.entity_kind.in_(PERSON_KINDS), Attachment.role == "photo",
                    Attachment.entity_id.in_(list(people)))):
                photos.setdefault(a.entity_id, a.data)
        counterpart_ids = {c["id"] for m in d["meetings"] for c in m["counterparts"] if c}
        org_ids = {c["organization_id"] for m in d["meetings"] for c in m["counterparts"]
                   if c and c["organization_id"]}
        members_of: dict[str, set[str]] = {}
        if org_ids:
            for pid, oid in s.execute(select(Affiliation.person_id, Affiliation.organization_id)
                                      .where(Affiliation.organization_id.in_(org_ids))):
                members_of.setdefault(oid, set()).add(pid)
        related = counterpart_ids | {p for ids in members_of.values() for p in ids}
        history: list[dict] = []
        if related:
            rows = s.scalars(
                select(Meeting).join(Participation)
                .where(Participation.person_id.in_(related), Participation.side == "counterpart")
                .options(selectinload(Meeting.participations).selectinload(Participation.person),
                         selectinload(Meeting.mission), selectinload(Meeting.followups))
                .order_by(Meeting.start)).unique().all()
            for m in rows:
                if m.id in own_meetings:
                    continue
                cps = [p.person for p in m.participations if p.side == "counterpart"]
                history.append({
                    "id": m.id, "start": m.start, "date": in_zone(m.start, m.timezone).date(),
                    "title": m.title, "mission": m.mission.title, "status": m.status,
                    "outcome": m.outcome, "decisions": list(m.decisions or []),
                    "people": {p.id for p in cps}, "names": [p.display_name for p in cps],
                    "open_followups": [followup_view(f, home, today) for f in m.followups
                                       if f.status == "open"],
                })
        owned = []
        if counterpart_ids:
            owned = [followup_view(f, home, today) for f in s.scalars(
                select(FollowUp).where(FollowUp.owner_id.in_(counterpart_ids), FollowUp.status == "open"))]
    for m in d["meetings"]:
        start = datetime.fromisoformat(m["start"])
        cps = {c["id"] for c in m["counterparts"] if c}
        orgs = {c["organization_id"] for c in m["counterparts"] if c and c["organization_id"]}
        concerned = cps | {p for o in orgs for p in members_of.get(o, ())}
        past = [h for h in history if h["people"] & concerned and h["start"] < start]
        m["past"] = past
        seen, open_f = set(), []
        for f in [f for f in m["followups"] if f["status"] == "open"] + \
                [f for h in past for f in h["open_followups"]] + \
                [f for f in owned if f["owner"] and f["owner"]["id"] in cps]:
            if f["id"] not in seen:
                seen.add(f["id"])
                open_f.append(f)
        m["open_followups"] = open_f
        m["agreements"] = [a for a in d["agreements"]
                           if {o["id"] for o in a["parties"]} & orgs
                           or {p["id"] for p in a["signatories"] if p} & cps]
    d["photos"] = photos
    d["today"] = today
    return d
