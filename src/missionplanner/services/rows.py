"""Plain dictionaries built from records: what the GUI, the CLI's --json and the PDF read.

No ORM object leaves a session; these are the shapes that cross the service boundary.
"""

from __future__ import annotations

from datetime import date

from ..model import Agreement, FollowUp, Leg, Meeting, Mission, Organization, Person
from .first_screen import person_summary
from .timeutil import iso, local_midnight_today


def person_brief(p: Person | None) -> dict | None:
    """The one person summary (first_screen.person_summary) of a loaded Person."""
    if p is None:
        return None
    aff = p.current_affiliation
    org = (aff.organization.id, aff.organization.name, aff.organization.native_name) if aff else None
    return person_summary(p.id, p.given_name, p.family_name, p.native_name, p.name_order, p.title, p.kind,
                          org)


def person_view(p: Person) -> dict:
    out = person_brief(p)
    out.update({
        "version": p.version, "honorific": p.honorific, "form_of_address": p.form_of_address,
        "pronunciation": p.pronunciation, "biography": p.biography, "email": p.email,
        "mobile": p.mobile, "phone": p.phone, "notes": p.notes,
        "affiliations": [
            {"id": a.id, "organization_id": a.organization_id, "organization": a.organization.name,
             "role": a.role, "start": a.start_date.isoformat() if a.start_date else None,
             "end": a.end_date.isoformat() if a.end_date else None}
            for a in p.affiliations
        ],
    })
    return out


def organization_view(o: Organization) -> dict:
    return {
        "id": o.id, "version": o.version, "name": o.name, "native_name": o.native_name, "kind": o.kind,
        "country": o.country, "city": o.city, "address": o.address, "website": o.website,
        "email": o.email, "phone": o.phone, "description": o.description,
    }


def leg_view(leg: Leg) -> dict:
    return {
        "id": leg.id, "version": leg.version, "city": leg.city, "city_native": leg.city_native,
        "country": leg.country, "timezone": leg.timezone, "arrive": iso(leg.arrive, leg.timezone),
        "depart": iso(leg.depart, leg.timezone), "hotel": leg.hotel, "hotel_address": leg.hotel_address,
        "hotel_phone": leg.hotel_phone,
        "check_in": iso(leg.check_in, leg.timezone) if leg.check_in else None,
        "check_out": iso(leg.check_out, leg.timezone) if leg.check_out else None,
        "embassy": leg.embassy, "emergency": leg.emergency, "notes": leg.notes,
    }


def followup_view(f: FollowUp, home_tz: str, today: date | None = None) -> dict:
    today = today or local_midnight_today(home_tz)
    return {
        "id": f.id, "version": f.version, "action": f.action, "status": f.status,
        "due": f.due.isoformat() if f.due else None, "recurrence": f.recurrence,
        "owner": person_brief(f.owner), "mission_id": f.mission_id, "meeting_id": f.meeting_id,
        "meeting": f.meeting.title if f.meeting else None,
        "mission": f.mission.title if f.mission else None,
        "snoozed_until": f.snoozed_until.isoformat() if f.snoozed_until else None,
        "overdue": bool(f.status == "open" and f.due and f.due < today),
        "notes": f.notes,
    }


def meeting_view(m: Meeting, home_tz: str, today: date | None = None) -> dict:
    parts = sorted(m.participations, key=lambda p: p.position)
    return {
        "id": m.id, "version": m.version, "mission_id": m.mission_id, "title": m.title,
        "status": m.status, "kind": m.kind, "dress_code": m.dress_code, "without_lead": m.without_lead,
        "timezone": m.timezone, "city": m.city, "venue": m.venue,
        "address": m.address,
        "start": iso(m.start, m.timezone), "end": iso(m.end, m.timezone),
        "home_timezone": home_tz, "start_home": iso(m.start, home_tz), "end_home": iso(m.end, home_tz),
        "counterparts": [person_brief(p.person) for p in parts if p.side == "counterpart"],
        "delegation": [person_brief(p.person) for p in parts if p.side == "delegation"],
        "reason": m.reason, "requested_by": m.requested_by, "objectives": m.objectives, "talking_points": list(m.talking_points or []),
        "if_raised": list(m.if_raised or []), "background": m.background,
        "arrangements": m.arrangements, "outcome": m.outcome, "decisions": list(m.decisions or []),
        "followups": [followup_view(f, home_tz, today) for f in sorted(
            m.followups, key=lambda f: (f.due or date.max, f.action))],
        "uid": m.uid,
    }


def agreement_view(a: Agreement) -> dict:
    return {
        "id": a.id, "version": a.version, "title": a.title, "kind": a.kind, "status": a.status,
        "signed": a.signed.isoformat() if a.signed else None,
        "signed_approximate": a.signed_approximate,
        "expires": a.expires.isoformat() if a.expires else None, "scope": a.scope, "notes": a.notes,
        "parties": [{"id": o.id, "name": o.name, "native_name": o.native_name} for o in a.parties],
        "signatories": [person_brief(p) for p in a.signatories],
    }


def mission_summary(m: Mission) -> dict:
    return {
        "id": m.id, "version": m.version, "slug": m.slug, "title": m.title, "kind": m.kind,
        "status": m.status, "start": m.start_date.isoformat(), "end": m.end_date.isoformat(),
        "home_timezone": m.home_timezone,
        "lead": person_brief(m.lead),
        "cities": [leg.city for leg in m.legs],
    }
