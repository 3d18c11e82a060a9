"""The mission file (`format: "missionplanner/1"`): import all or nothing, export that reads back.

Keys tie records together inside a file; ids are assigned on import. Unknown fields are refused so a
typo never loses data silently. Every error names where it is: `meetings[2] "Title": start: ...`.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..errors import MissionPlannerError, ValidationError
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
from .agreements import agreement_fields
from .meetings import check_meeting, meeting_fields
from .missions import _check_leg, _leg_fields, create_mission_in, mission_agreements, mission_people
from .people import find_organization, find_person, organization_fields, person_fields
from .records import resolve_mission
from .timeutil import wall_clock_text

FORMAT = "missionplanner/1"

TOP = {"format", "mission", "legs", "organizations", "people", "meetings", "agreements"}
MISSION = {"title", "slug", "kind", "status", "start", "end", "home_timezone", "lead", "objectives",
           "notes", "delegation"}
LEG = {"city", "city_native", "country", "timezone", "arrive", "depart", "hotel", "embassy",
       "emergency", "notes"}
ORG = {"key", "name", "native_name", "kind", "country", "city", "address", "website", "email", "phone",
       "description"}
PERSON = {"key", "given_name", "family_name", "native_name", "name_order", "title", "honorific",
          "organization", "form_of_address", "pronunciation", "biography", "email", "mobile", "phone",
          "notes"}
MEETING = {"title", "start", "end", "timezone", "city", "venue", "address", "status", "counterparts",
           "delegation", "reason", "requested_by", "objectives", "talking_points", "if_raised", "background",
           "arrangements", "outcome", "decisions", "followups", "uid"}
FOLLOWUP = {"action", "owner", "due", "recurrence", "status", "notes"}
AGREEMENT = {"title", "kind", "status", "signed", "signed_approximate", "expires", "parties",
             "signatories", "scope", "notes"}


class MissionFileError(MissionPlannerError):
    """A mission file that cannot be imported; the message names the file and the place."""


def _where(section: str, index: int, item) -> str:
    label = ""
    if isinstance(item, dict):
        label = item.get("key") or item.get("title") or item.get("city") or item.get("action") or ""
    return f'{section}[{index}]' + (f' "{label}"' if label else "")


def _fields(item, allowed: set[str], where: str) -> dict:
    if not isinstance(item, dict):
        raise ValidationError("expected an object", where=where)
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise ValidationError(f"unknown field(s) {', '.join(unknown)} (allowed: {', '.join(sorted(allowed))})",
                              where=where)
    return item


def _section(doc: dict, name: str) -> list:
    value = doc.get(name, [])
    if not isinstance(value, list):
        raise ValidationError("expected a list", where=name)
    return value


def _rename(data: dict, mapping: dict) -> dict:
    return {mapping.get(k, k): val for k, val in data.items()}


class _Importer:
    def __init__(self, session):
        self.s = session
        self.orgs: dict[str, Organization] = {}
        self.people: dict[str, Person] = {}
        self.counts = {"organizations": 0, "people": 0, "legs": 0, "meetings": 0, "followups": 0,
                       "agreements": 0, "matched_people": 0, "matched_organizations": 0}

    def person(self, key, where: str) -> Person:
        if not isinstance(key, str) or key not in self.people:
            raise ValidationError(f"no person with key {key!r} in this file", where=where)
        return self.people[key]

    def org(self, key, where: str) -> Organization:
        if not isinstance(key, str) or key not in self.orgs:
            raise ValidationError(f"no organization with key {key!r} in this file", where=where)
        return self.orgs[key]

    def run(self, doc) -> dict:
        if not isinstance(doc, dict):
            raise ValidationError("the file must hold a JSON object")
        _fields(doc, TOP, "file")
        if doc.get("format") != FORMAT:
            raise ValidationError(f"expected format {FORMAT!r}, found {doc.get('format')!r}", field="format")
        for i, item in enumerate(_section(doc, "organizations")):
            self.organization(i, item)
        for i, item in enumerate(_section(doc, "people")):
            self.person_record(i, item)
        mission = self.mission(doc.get("mission"))
        for i, item in enumerate(_section(doc, "legs")):
            self.leg(mission, i, item)
        for i, item in enumerate(_section(doc, "meetings")):
            self.meeting(mission, i, item)
        for i, item in enumerate(_section(doc, "agreements")):
            self.agreement(i, item)
        self.s.flush()
        return {"mission_id": mission.id, "slug": mission.slug, "title": mission.title, **self.counts}

    def organization(self, i, item):
        where = _where("organizations", i, item)
        _fields(item, ORG, where)
        key = item.get("key")
        if not isinstance(key, str) or not key:
            raise ValidationError("is required", where=where, field="key")
        if key in self.orgs:
            raise ValidationError(f"duplicate key {key!r}", where=where, field="key")
        try:
            data = organization_fields({k: x for k, x in item.items() if k != "key"}, None)
        except ValidationError as exc:
            raise ValidationError(exc.plain, where=where, field=exc.field) from None
        existing = find_organization(self.s, data["name"], data["country"])
        if existing is not None:
            self.counts["matched_organizations"] += 1
            self.orgs[key] = existing
            return
        org = Organization(**data)
        self.s.add(org)
        self.orgs[key] = org
        self.counts["organizations"] += 1

    def person_record(self, i, item):
        where = _where("people", i, item)
        _fields(item, PERSON, where)
        key = item.get("key")
        if not isinstance(key, str) or not key:
            raise ValidationError("is required", where=where, field="key")
        if key in self.people:
            raise ValidationError(f"duplicate key {key!r}", where=where, field="key")
        try:
            data = person_fields({k: x for k, x in item.items() if k not in ("key", "organization")}, None)
        except ValidationError as exc:
            raise ValidationError(exc.plain, where=where, field=exc.field) from None
        org = self.org(item["organization"], f"{where}: organization") if item.get("organization") else None
        existing = find_person(self.s, data["given_name"], data["family_name"], data["native_name"])
        if existing is not None:
            self.counts["matched_people"] += 1
            self.people[key] = existing
            if org is not None and not any(a.organization is org for a in existing.affiliations):
                existing.affiliations.append(Affiliation(organization=org, role=data["title"]))
            return
        p = Person(**data)
        if org is not None:
            p.affiliations.append(Affiliation(organization=org, role=data["title"]))
        self.s.add(p)
        self.people[key] = p
        self.counts["people"] += 1

    def mission(self, item) -> Mission:
        where = "mission"
        _fields(item, MISSION, where)
        data = {k: x for k, x in item.items() if k not in ("lead", "delegation")}
        lead = self.person(item["lead"], "mission: lead") if item.get("lead") else None
        if data.get("slug") and self.s.scalars(select(Mission.id).where(
                Mission.slug == v.slugify(data["slug"]))).first():
            raise ValidationError(f"a mission with slug {data['slug']!r} is already in the database",
                                  where=where, field="slug")
        try:
            mission = create_mission_in(self.s, data)
        except ValidationError as exc:
            raise ValidationError(exc.plain, where=where, field=exc.field) from None
        mission.lead = lead
        delegation = item.get("delegation") or []
        if not isinstance(delegation, list):
            raise ValidationError("expected a list", where=where, field="delegation")
        for n, member in enumerate(delegation):
            mwhere = f"mission: delegation[{n}]"
            if isinstance(member, str):
                member = {"person": member}
            _fields(member, {"person", "role"}, mwhere)
            person = self.person(member.get("person"), mwhere)
            mission.members.append(MissionMember(person=person, role=v.text(member.get("role"), "role"),
                                                 position=n))
        return mission

    def leg(self, mission, i, item):
        where = _where("legs", i, item)
        _fields(item, LEG, where)
        try:
            leg = Leg(mission=mission, **_leg_fields(item, None))
            _check_leg(leg)
        except ValidationError as exc:
            raise ValidationError(exc.plain, where=where, field=exc.field) from None
        self.s.add(leg)
        self.counts["legs"] += 1

    def meeting(self, mission, i, item):
        where = _where("meetings", i, item)
        _fields(item, MEETING, where)
        data = {k: x for k, x in item.items() if k not in ("counterparts", "delegation", "followups")}
        try:
            m = Meeting(mission=mission, **meeting_fields(data, None))
            check_meeting(m, mission)
        except ValidationError as exc:
            raise ValidationError(exc.plain, where=where, field=exc.field) from None
        self.s.add(m)

        for side, key in (("counterpart", "counterparts"), ("delegation", "delegation")):
            keys = item.get(key) or []
            if not isinstance(keys, list):
                raise ValidationError("expected a list of person keys", where=where, field=key)
            for n, pk in enumerate(keys):
                person = self.person(pk, f"{where}: {key}[{n}]")
                m.participations.append(Participation(person=person, side=side, position=n))
        followups = item.get("followups") or []
        if not isinstance(followups, list):
            raise ValidationError("expected a list", where=where, field="followups")
        for n, f in enumerate(followups):
            fwhere = f"{where}: {_where('followups', n, f)}"
            _fields(f, FOLLOWUP, fwhere)
            owner = self.person(f["owner"], f"{fwhere}: owner") if f.get("owner") else None
            try:
                due = v.optional_date(f.get("due"), "due")
                rec = v.rrule_text(f.get("recurrence"))
                if rec and due is None:
                    raise ValidationError("a recurring follow-up needs a due date", field="due")
                fu = FollowUp(mission=mission, meeting=m, action=v.text(f.get("action"), "action", required=True),
                              owner=owner, due=due, recurrence=rec,
                              status=v.choice(f.get("status") or "open", ("open", "done", "cancelled"),
                                              "status"),
                              notes=v.text(f.get("notes"), "notes"))
            except ValidationError as exc:
                raise ValidationError(exc.plain, where=fwhere, field=exc.field) from None
            self.s.add(fu)
            self.counts["followups"] += 1
        self.counts["meetings"] += 1

    def agreement(self, i, item):
        where = _where("agreements", i, item)
        _fields(item, AGREEMENT, where)
        data = {k: x for k, x in item.items() if k not in ("parties", "signatories")}
        try:
            fields = agreement_fields(data, None)
        except ValidationError as exc:
            raise ValidationError(exc.plain, where=where, field=exc.field) from None
        for key in ("parties", "signatories"):
            if not isinstance(item.get(key) or [], list):
                raise ValidationError("expected a list of keys", where=where, field=key)
        parties = [self.org(k, f"{where}: parties") for k in item.get("parties") or []]
        signatories = [self.person(k, f"{where}: signatories") for k in item.get("signatories") or []]
        existing = self.s.scalars(select(Agreement).where(Agreement.title == fields["title"])).first()
        if existing is not None:
            return
        self.s.add(Agreement(parties=parties, signatories=signatories, **fields))
        self.counts["agreements"] += 1


def read_document(path: str | Path) -> dict:
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise MissionFileError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise MissionFileError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise MissionFileError(f"{path}: line {exc.lineno}, column {exc.colno}: {exc.msg}") from None


def import_document(db, doc: dict, *, dry_run: bool = False, source: str = "") -> dict:
    """Import one mission file; on any error nothing is written and the error names the place."""
    prefix = f"{source}: " if source else ""
    with db.write() as s:
        try:
            summary = _Importer(s).run(doc)
        except ValidationError as exc:
            raise MissionFileError(prefix + str(exc)) from None
        if dry_run:
            s.rollback()
            summary["dry_run"] = True
            summary["mission_id"] = None
        return summary


def import_file(db, path: str | Path, *, dry_run: bool = False) -> dict:
    return import_document(db, read_document(path), dry_run=dry_run, source=str(path))


# Export -----------------------------------------------------------------------------------------

def _clean(d: dict) -> dict:
    """Leave out empty values, so a file holds what was said and round trips stay identical."""
    return {k: x for k, x in d.items() if x not in ("", None, [], {}, False)}


def _keys(names: list[tuple[str, str]]) -> dict[str, str]:
    out, used = {}, set()
    for ident, base in names:
        base = v.slugify(base) if base else "x"
        key, n = base, 2
        while key in used:
            key, n = f"{base}-{n}", n + 1
        used.add(key)
        out[ident] = key
    return out


def export_mission(db, ref: str) -> dict:
    with db.read() as s:
        m = resolve_mission(s, ref)
        people = mission_people(m)
        agreements = mission_agreements(s, m, people)
        for a in agreements:
            for p in a.signatories:
                if p not in people:
                    people.append(p)
        orgs: dict[str, Organization] = {}
        for p in people:
            for a in p.affiliations:
                orgs.setdefault(a.organization.id, a.organization)
        for a in agreements:
            for o in a.parties:
                orgs.setdefault(o.id, o)
        org_list = sorted(orgs.values(), key=lambda o: (o.name.casefold(), o.id))
        org_key = _keys([(o.id, o.name) for o in org_list])
        people.sort(key=lambda p: (p.family_name.casefold(), p.given_name.casefold(), p.id))
        person_key = _keys([(p.id, p.family_name) for p in people])

        def date_text(d: date | None):
            return d.isoformat() if d else None

        doc = {"format": FORMAT}
        doc["mission"] = _clean({
            "title": m.title, "slug": m.slug, "kind": m.kind, "status": m.status,
            "start": m.start_date.isoformat(), "end": m.end_date.isoformat(),
            "home_timezone": m.home_timezone, "lead": person_key.get(m.lead_id),
            "objectives": m.objectives, "notes": m.notes,
            "delegation": [_clean({"person": person_key[mem.person_id], "role": mem.role})
                           for mem in m.members],
        })
        doc["legs"] = [_clean({
            "city": leg.city, "city_native": leg.city_native, "country": leg.country,
            "timezone": leg.timezone, "arrive": wall_clock_text(leg.arrive, leg.timezone),
            "depart": wall_clock_text(leg.depart, leg.timezone), "hotel": leg.hotel,
            "embassy": leg.embassy, "emergency": leg.emergency, "notes": leg.notes,
        }) for leg in m.legs]
        doc["organizations"] = [_clean({
            "key": org_key[o.id], "name": o.name, "native_name": o.native_name, "kind": o.kind,
            "country": o.country, "city": o.city, "address": o.address, "website": o.website,
            "email": o.email, "phone": o.phone, "description": o.description,
        }) for o in org_list]
        doc["people"] = []
        for p in people:
            aff = p.current_affiliation
            doc["people"].append(_clean({
                "key": person_key[p.id], "given_name": p.given_name, "family_name": p.family_name,
                "native_name": p.native_name,
                "name_order": p.name_order if p.name_order != person_fields(
                    {"family_name": "x", "native_name": p.native_name}, None)["name_order"] else "",
                "title": p.title, "honorific": p.honorific,
                "organization": org_key.get(aff.organization_id) if aff else None,
                "form_of_address": p.form_of_address, "pronunciation": p.pronunciation,
                "biography": p.biography, "email": p.email, "mobile": p.mobile, "phone": p.phone,
                "notes": p.notes,
            }))
        doc["meetings"] = []
        for mt in sorted(m.meetings, key=lambda x: (x.start, x.title, x.id)):
            parts = sorted(mt.participations, key=lambda p: p.position)
            doc["meetings"].append(_clean({
                "title": mt.title, "start": wall_clock_text(mt.start, mt.timezone),
                "end": wall_clock_text(mt.end, mt.timezone), "timezone": mt.timezone,
                "city": mt.city, "venue": mt.venue, "address": mt.address, "status": mt.status,
                "counterparts": [person_key[p.person_id] for p in parts if p.side == "counterpart"],
                "delegation": [person_key[p.person_id] for p in parts if p.side == "delegation"],
                "reason": mt.reason, "requested_by": mt.requested_by, "objectives": mt.objectives,
                "talking_points": list(mt.talking_points or []), "if_raised": list(mt.if_raised or []),
                "background": mt.background, "arrangements": mt.arrangements, "outcome": mt.outcome,
                "decisions": list(mt.decisions or []), "uid": mt.uid,
                "followups": [_clean({
                    "action": f.action, "owner": person_key.get(f.owner_id), "due": date_text(f.due),
                    "recurrence": f.recurrence, "status": f.status if f.status != "open" else "",
                    "notes": f.notes,
                }) for f in sorted(mt.followups, key=lambda f: (f.due or date.max, f.action, f.id))],
            }))
        doc["agreements"] = [_clean({
            "title": a.title, "kind": a.kind, "status": a.status, "signed": date_text(a.signed),
            "signed_approximate": a.signed_approximate, "expires": date_text(a.expires),
            "parties": [org_key[o.id] for o in a.parties],
            "signatories": [person_key[p.id] for p in a.signatories],
            "scope": a.scope, "notes": a.notes,
        }) for a in sorted(agreements, key=lambda a: (a.title, a.id))]
        return doc


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
