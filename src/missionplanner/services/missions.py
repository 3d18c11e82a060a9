"""Missions, their legs and their delegation."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from ..errors import ValidationError
from ..model import (
    Affiliation,
    Agreement,
    FollowUp,
    Leg,
    Meeting,
    Mission,
    MissionMember,
    Organization,
    Participation,
    Person,
)
from . import validation as v
from .lookup import apply, check_version, get, resolve_mission
from .rows import (
    agreement_view,
    followup_view,
    leg_view,
    meeting_view,
    mission_summary,
    organization_view,
    person_brief,
    person_view,
)
from .timeutil import DEFAULT_HOME_TZ, to_utc
from .vocabulary import MISSION_KINDS, MISSION_STATUSES

# The mission's references to people, with how a refusal names them.
_PEOPLE = {"lead_id": "person (lead)", "duty_officer_id": "person (duty officer)"}


def _mission_fields(data: dict, *, partial: bool) -> dict:
    out = {}
    if not partial or "title" in data:
        out["title"] = v.column_text(data.get("title"), Mission, "title", required=True)
    if not partial or "kind" in data:
        out["kind"] = v.choice(data.get("kind", "official-mission"), MISSION_KINDS, "kind")
    if not partial or "status" in data:
        out["status"] = v.choice(data.get("status", "draft"), MISSION_STATUSES, "status")
    for key, field in (("start_date", "start"), ("end_date", "end")):
        if not partial or field in data:
            value = v.optional_date(data.get(field), field)
            if value is None:
                raise ValidationError(code="date.required", field=field)
            out[key] = value
    if not partial or "home_timezone" in data:
        home = data.get("home_timezone")
        out["home_timezone"] = v.timezone_name(DEFAULT_HOME_TZ if home in (None, "") else home,
                                               "home_timezone")
    for key in ("objectives", "notes"):
        if not partial or key in data:
            out[key] = v.text(data.get(key), key)
    if not partial or "key_messages" in data:
        out["key_messages"] = v.string_list(data.get("key_messages") or [], "key_messages")
    for key in _PEOPLE:
        if key in data:
            out[key] = data[key] or None
    if "restricted_to" in data:
        out["restricted_to"] = v.login_list(data["restricted_to"], "restricted_to")
    if "slug" in data and data["slug"]:
        out["slug"] = v.slugify(v.column_text(data["slug"], Mission, "slug"))
    return out


def mission_problems(data: dict) -> list[ValidationError]:
    """Every rule the mission's fields in `data` break, each field checked on its own, then the
    order of the dates: what the editor shows under its fields at once before saving."""
    found = v.every_problem(lambda key=key: _mission_fields({key: data[key]}, partial=True)
                            for key in data if key not in _PEOPLE)
    if not any(p.field in ("start", "end") for p in found) and data.get("start") and data.get("end"):
        start, end = v.optional_date(data["start"], "start"), v.optional_date(data["end"], "end")
        if end < start:
            found.append(ValidationError(code="mission.ends-before-start", field="end", end=end, start=start))
    return found


def leg_problems(data: dict) -> list[ValidationError]:
    """Every rule a leg's fields in `data` (wall-clock times in its zone) break, at once."""
    zone_problems = v.every_problem([lambda: v.timezone_name(data.get("timezone"))])
    zone_name = None if zone_problems else data.get("timezone")
    checks = [lambda key=key: _leg_fields({key: data[key], "timezone": zone_name or "UTC"}, _LEG_SHAPE)
              for key in data if key != "timezone" and (zone_name or key not in _LEG_TIMES)]
    found = zone_problems + v.every_problem(checks)
    if zone_name and not any(p.field in _LEG_TIMES for p in found):
        times = {k: to_utc(data[k], zone_name, field=k) for k in _LEG_TIMES if data.get(k)}
        city = data.get("city") or "…"  # (a leg still without its city: said under the city)
        if "arrive" in times and "depart" in times and times["depart"] <= times["arrive"]:
            found.append(ValidationError(code="leg.depart-before-arrive", field="depart", city=city))
        if "check_in" in times and "check_out" in times and times["check_out"] <= times["check_in"]:
            found.append(ValidationError(code="leg.check-out-before-check-in", field="check_out", city=city))
    return found


_LEG_TIMES = ("arrive", "depart", "check_in", "check_out")


class _LegShape:
    """A leg already saved, for _leg_fields to check only the fields it is given."""

    timezone = "UTC"


_LEG_SHAPE = _LegShape()


def _check_dates(m: Mission) -> None:
    if m.end_date < m.start_date:
        raise ValidationError(code="mission.ends-before-start", field="end", end=m.end_date,
                              start=m.start_date)


def _unique_slug(session, base: str, own_id: str | None = None) -> str:
    slug, n = base, 2
    while True:
        other = session.scalars(select(Mission.id).where(Mission.slug == slug)).first()
        if other is None or other == own_id:
            return slug
        slug, n = f"{base}-{n}", n + 1


def _check_people(session, fields: dict) -> None:
    for key, what in _PEOPLE.items():
        if fields.get(key):
            get(session, Person, fields[key], what)


def create_mission_in(session, data: dict) -> Mission:
    fields = _mission_fields(data, partial=False)
    _check_people(session, fields)
    requested = fields.pop("slug", None)
    m = Mission(**fields)
    _check_dates(m)
    if requested:
        if session.scalars(select(Mission.id).where(Mission.slug == requested)).first():
            raise ValidationError(code="mission.slug-taken", field="slug", slug=requested)
        m.slug = requested
    else:
        m.slug = _unique_slug(session, v.slugify(m.title))
    session.add(m)
    session.flush()
    return m


def create_mission(db, **data) -> str:
    with db.write() as s:
        return create_mission_in(s, data).id


def update_mission(db, mission_id: str, version: int | None = None, **changes) -> int:
    with db.write() as s:
        m = get(s, Mission, mission_id, "mission")
        check_version(m, version, "mission")
        fields = _mission_fields(changes, partial=True)
        _check_people(session=s, fields=fields)
        if "slug" in fields:
            fields["slug"] = _unique_slug(s, fields["slug"], m.id)
        apply(m, fields)
        _check_dates(m)
        s.flush()
        return m.version


def delete_mission(db, mission_id: str) -> dict:
    """Delete a mission with its legs, meetings and follow-ups; returns what went with it."""
    with db.write() as s:
        m = get(s, Mission, mission_id, "mission")
        gone = {"legs": len(m.legs), "meetings": len(m.meetings), "followups": len(m.followups)}
        s.delete(m)
        return gone


def deletion_impact(db, mission_id: str) -> dict:
    with db.read() as s:
        m = get(s, Mission, mission_id, "mission")
        return {"legs": len(m.legs), "meetings": len(m.meetings), "followups": len(m.followups)}


# Legs -------------------------------------------------------------------------------------------

def _leg_fields(data: dict, current: Leg | None) -> dict:
    out = {}
    zone_name = data.get("timezone", current.timezone if current else None)
    out["timezone"] = v.timezone_name(zone_name)
    for key, required in (("city", True), ("city_native", False), ("hotel", False),
                          ("hotel_address", False), ("hotel_phone", False),
                          ("embassy", False), ("emergency", False), ("notes", False)):
        if current is None or key in data:
            out[key] = v.column_text(data.get(key), Leg, key, required=required)
    if current is None or "country" in data:
        out["country"] = v.country(data.get("country"))
    for key in ("arrive", "depart"):
        if current is None or key in data:
            out[key] = to_utc(data.get(key), out["timezone"], field=key)
    # The stay: check-in and check-out are optional, wall clock in the leg's zone.
    for key in ("check_in", "check_out"):
        if current is None or key in data:
            value = data.get(key)
            out[key] = None if value in (None, "") else to_utc(value, out["timezone"], field=key)
    return out


def _check_leg(leg: Leg) -> None:
    if leg.depart <= leg.arrive:
        raise ValidationError(code="leg.depart-before-arrive", field="depart", city=leg.city)
    if leg.check_in and leg.check_out and leg.check_out <= leg.check_in:
        raise ValidationError(code="leg.check-out-before-check-in", field="check_out", city=leg.city)


def add_leg_in(session, mission: Mission, data: dict) -> Leg:
    leg = Leg(mission=mission, **_leg_fields(data, None))
    _check_leg(leg)
    session.add(leg)
    session.flush()
    return leg


def add_leg(db, mission_id: str, **data) -> str:
    with db.write() as s:
        return add_leg_in(s, get(s, Mission, mission_id, "mission"), data).id


def update_leg(db, leg_id: str, version: int | None = None, **changes) -> int:
    with db.write() as s:
        leg = get(s, Leg, leg_id, "leg")
        check_version(leg, version, "leg")
        apply(leg, _leg_fields(changes, leg))
        _check_leg(leg)
        s.flush()
        return leg.version


def delete_leg(db, leg_id: str) -> None:
    with db.write() as s:
        s.delete(get(s, Leg, leg_id, "leg"))


# Delegation -------------------------------------------------------------------------------------

def set_members(db, mission_id: str, members: list[tuple[str, str]]) -> None:
    """Replace the delegation with (person id, role) pairs, in that order."""
    with db.write() as s:
        m = get(s, Mission, mission_id, "mission")
        m.members.clear()
        s.flush()
        for i, (person_id, role) in enumerate(members):
            get(s, Person, person_id, "person")
            m.members.append(MissionMember(person_id=person_id, role=v.column_text(role, MissionMember, "role"),
                                           position=i))


# Reading ----------------------------------------------------------------------------------------

def list_missions(db) -> list[dict]:
    """Every mission, newest first: the one missions list (planner.missions.list)."""
    from .lists import mission_rows

    return mission_rows(db)


def mission_id_of(db, ref: str) -> str:
    with db.read() as s:
        return resolve_mission(s, ref).id


def mission_people(m: Mission) -> list[Person]:
    """Everyone the mission involves: lead, duty officer, delegation, participants, follow-up owners."""
    seen: dict[str, Person] = {}
    if m.lead:
        seen[m.lead.id] = m.lead
    if m.duty_officer:
        seen.setdefault(m.duty_officer.id, m.duty_officer)
    for mem in m.members:
        seen.setdefault(mem.person.id, mem.person)
    for meeting in m.meetings:
        for p in meeting.participations:
            seen.setdefault(p.person.id, p.person)
        for f in meeting.followups:
            if f.owner:
                seen.setdefault(f.owner.id, f.owner)
    for f in m.followups:
        if f.owner:
            seen.setdefault(f.owner.id, f.owner)
    return sorted(seen.values(), key=lambda p: (p.family_name.casefold(), p.given_name.casefold()))


def mission_agreements(session, m: Mission, people: list[Person]) -> list[Agreement]:
    """Agreements whose parties include an organization of the mission's people, or that they signed."""
    org_ids = {a.organization_id for p in people for a in p.affiliations}
    person_ids = {p.id for p in people}
    if not org_ids and not person_ids:
        return []
    stmt = (select(Agreement)
            .where(or_(Agreement.parties.any(Organization.id.in_(org_ids)),
                       Agreement.signatories.any(Person.id.in_(person_ids))))
            .options(selectinload(Agreement.parties), selectinload(Agreement.signatories))
            .order_by(Agreement.signed, Agreement.title))
    return list(session.scalars(stmt))


def mission_detail(db, ref: str, home_tz: str | None = None, today: date | None = None) -> dict:
    """Everything about one mission: the `show` command's document."""
    with db.read() as s:
        m = resolve_mission(s, ref)
        home = home_tz or m.home_timezone
        v.timezone_name(home, "home_timezone")
        return detail_of(s, m, home, today)


# Meetings are read this many at a time, so that a mission of 100,000 meetings never has more than
# a batch of them (with their participants and follow-ups) alive as database objects: what stays is
# their plain views, where each person's brief is one dictionary shared by all their meetings.
DETAIL_BATCH = 500


def _with_posts(path):
    """Loader option: a person with their affiliations and organizations (what `person_brief` reads)."""
    return path.selectinload(Person.affiliations).selectinload(Affiliation.organization)


def _meeting_batches(s, mission_id: str):
    """The mission's meetings in programme order, a batch at a time, with what `meeting_view` reads."""
    ids = s.scalars(select(Meeting.id).where(Meeting.mission_id == mission_id).order_by(Meeting.start)).all()
    for i in range(0, len(ids), DETAIL_BATCH):
        chunk = ids[i:i + DETAIL_BATCH]
        loaded = {mt.id: mt for mt in s.scalars(select(Meeting).where(Meeting.id.in_(chunk)).options(
            _with_posts(selectinload(Meeting.participations).selectinload(Participation.person)),
            _with_posts(selectinload(Meeting.followups).selectinload(FollowUp.owner))))}
        yield [loaded[i] for i in chunk]


def _people_batches(s, person_ids: list[str]):
    for i in range(0, len(person_ids), DETAIL_BATCH):
        chunk = person_ids[i:i + DETAIL_BATCH]
        loaded = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(chunk)).options(
            selectinload(Person.affiliations).selectinload(Affiliation.organization)))}
        yield [loaded[i] for i in chunk if i in loaded]


def detail_of(s, m: Mission, home: str, today: date | None) -> dict:
    """`mission_detail`'s document for a mission (the briefing pack reads it too).

    Everyone the mission involves (lead, delegation, participants, follow-up owners, then the
    signatories of agreements that concern them), the organizations they belong to, those
    agreements, and the meetings in order, read a batch at a time (`DETAIL_BATCH`).
    """
    involved: dict[str, None] = {}  # person ids, in the order mission_people meets them
    if m.lead_id:
        involved[m.lead_id] = None
    for mem in m.members:
        involved.setdefault(mem.person_id)
    if m.duty_officer_id:
        involved.setdefault(m.duty_officer_id)
    briefs: dict[str, dict] = {}  # person id -> the one brief every meeting view shares
    meetings = []
    for batch in _meeting_batches(s, m.id):
        for mt in batch:
            view = meeting_view(mt, home, today)
            for side in ("counterparts", "delegation"):
                view[side] = [briefs.setdefault(b["id"], b) if b else b for b in view[side]]
            meetings.append(view)
            involved.update((p.person_id, None) for p in mt.participations)
            involved.update((f.owner_id, None) for f in mt.followups if f.owner_id)
    mission_followups = sorted(s.scalars(select(FollowUp).where(FollowUp.mission_id == m.id)
                                         .options(_with_posts(selectinload(FollowUp.owner)))),
                               key=lambda f: (f.due or date.max, f.action))
    involved.update((f.owner_id, None) for f in mission_followups if f.owner_id)

    people: list[dict] = []
    known_orgs: dict[str, Organization] = {}
    for batch in _people_batches(s, list(involved)):
        for p in batch:
            people.append(person_view(p))
            known_orgs.update((a.organization_id, a.organization) for a in p.affiliations)
    people.sort(key=lambda p: (p["family_name"].casefold(), p["given_name"].casefold()))
    agreements = _agreements_of(s, set(known_orgs), set(involved))
    seen = set(involved)
    for a in agreements:
        for p in a.signatories:
            if p.id not in seen:
                seen.add(p.id)
                people.append(person_view(p))
                known_orgs.update((aff.organization_id, aff.organization) for aff in p.affiliations)
    orgs: dict[str, Organization] = {}  # people's organizations (in the people's order), then parties
    for p in people:
        for aff in p["affiliations"]:
            orgs.setdefault(aff["organization_id"], known_orgs[aff["organization_id"]])
    for a in agreements:
        for o in a.parties:
            orgs.setdefault(o.id, o)
    from .travel import legs_with_travel, segment_json, segment_view, segments_of

    travel = [segment_view(seg) for seg in segments_of(s, m.id)]
    out = mission_summary(m)
    out.update({
        "objectives": m.objectives, "key_messages": list(m.key_messages or []),
        "duty_officer": person_brief(m.duty_officer), "notes": m.notes, "home_timezone": home,
        "restricted_to": [login for login in m.restricted_to.split(",") if login],
        "legs": legs_with_travel([leg_view(leg) for leg in m.legs], travel),
        "travel": [segment_json(seg) for seg in travel],
        "delegation": [dict(person_view(mem.person), role=mem.role) for mem in m.members],
        "meetings": meetings,
        "people": people,
        "organizations": [organization_view(o) for o in sorted(orgs.values(), key=lambda o: o.name)],
        "agreements": [agreement_view(a) for a in agreements],
        "followups": [followup_view(f, home, today) for f in mission_followups],
    })
    return out


def _agreements_of(s, org_ids: set[str], person_ids: set[str]) -> list[Agreement]:
    """Agreements with a party among `org_ids` or a signatory among `person_ids` (as
    `mission_agreements`, from ids)."""
    if not org_ids and not person_ids:
        return []
    stmt = (select(Agreement)
            .where(or_(Agreement.parties.any(Organization.id.in_(org_ids)),
                       Agreement.signatories.any(Person.id.in_(person_ids))))
            .options(selectinload(Agreement.parties), _with_posts(selectinload(Agreement.signatories)))
            .order_by(Agreement.signed, Agreement.title))
    return list(s.scalars(stmt))


def meeting_counts_by_mission(db) -> dict[str, int]:
    from sqlalchemy import func

    with db.read() as s:
        return dict(s.execute(select(Meeting.mission_id, func.count()).group_by(Meeting.mission_id)).all())


__all__ = [
    "add_leg", "create_mission", "delete_leg", "delete_mission", "deletion_impact", "list_missions",
    "mission_detail", "mission_id_of", "set_members", "update_leg", "update_mission",
]
