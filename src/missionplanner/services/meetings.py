"""Meetings: scheduling in the venue's zone, participants, and the outcome afterwards."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select

from ..errors import ValidationError
from ..model import FollowUp, Meeting, Mission, Participation, Person
from . import validation as v
from .lookup import apply, check_version, get
from .rows import meeting_view
from .timeutil import in_zone, to_utc
from .vocabulary import MEETING_KINDS, MEETING_STATUSES

_TEXT_FIELDS = ("city", "venue", "address", "reason", "requested_by", "objectives", "background", "arrangements",
                "outcome", "uid", "dress_code")


# The most meetings one mission may hold: the briefing pack is measured up to this size (bench/).
MAX_MEETINGS = 10_000


def check_room(session, mission: Mission, adding: int = 1) -> None:
    """Refuse a meeting beyond MAX_MEETINGS in one mission, naming the limit."""
    from sqlalchemy import func, select

    held = session.scalar(select(func.count()).select_from(Meeting).where(Meeting.mission_id == mission.id)) or 0
    if held + adding > MAX_MEETINGS:
        raise ValidationError(code="meeting.too-many", count=held, limit=MAX_MEETINGS)


MEETING_KEYS = {"title", "timezone", "start", "end", "status", "kind", "without_lead", "talking_points",
                "decisions", "if_raised", "counterparts", "delegation", *_TEXT_FIELDS}


def meeting_fields(data: dict, current: Meeting | None) -> dict:
    out = {}
    if current is None or "title" in data:
        out["title"] = v.column_text(data.get("title"), Meeting, "title", required=True)
    zone_name = data.get("timezone", current.timezone if current else None)
    out["timezone"] = v.timezone_name(zone_name)
    for key in ("start", "end"):
        if current is None or key in data:
            out[key] = to_utc(data.get(key), out["timezone"], field=key)
    if current is None or "status" in data:
        out["status"] = v.choice(data.get("status", "proposed"), MEETING_STATUSES, "status")
    if current is None or "kind" in data:
        out["kind"] = v.choice(data.get("kind") or "meeting", MEETING_KINDS, "kind")
    if current is None or "without_lead" in data:
        out["without_lead"] = v.flag(data.get("without_lead"), "without_lead")
    # A field left out (None) is what v.text, v.string_list and v.if_raised make of None: "" or [].
    # Said here without the calls, since an import validates thousands of meetings with most left out.
    for key in _TEXT_FIELDS:
        if current is None or key in data:
            value = data.get(key)
            out[key] = "" if value is None else v.column_text(value, Meeting, key)
    for key in ("talking_points", "decisions"):
        if current is None or key in data:
            value = data.get(key)
            out[key] = [] if value is None else v.string_list(value, key)
    if current is None or "if_raised" in data:
        value = data.get("if_raised")
        out["if_raised"] = [] if value is None else v.if_raised(value)
    return out


class _Saved:
    """A meeting already saved, for meeting_fields to check only the fields it is given."""

    def __init__(self, zone_name: str):
        self.timezone = zone_name


def meeting_problems(data: dict) -> list[ValidationError]:
    """Every rule the meeting's fields in `data` break, each field on its own, then the order of
    its times: what the editor shows under its fields at once before saving."""
    zone_problems = v.every_problem([lambda: v.timezone_name(data.get("timezone"))])
    zone_name = None if zone_problems else data["timezone"]
    shape = _Saved(zone_name or "UTC")
    found = zone_problems + v.every_problem(
        lambda key=key: meeting_fields({key: data[key]}, shape) for key in data
        if key != "timezone" and key in MEETING_KEYS and (zone_name or key not in ("start", "end")))
    if zone_name and data.get("start") and data.get("end") \
            and not any(p.field in ("start", "end") for p in found):
        start, end = to_utc(data["start"], zone_name, field="start"), to_utc(data["end"], zone_name, field="end")
        if end <= start:
            found.append(ValidationError(code="meeting.ends-before-start", field="end",
                                         end=f"{in_zone(end, zone_name):%Y-%m-%d %H:%M}",
                                         start=f"{in_zone(start, zone_name):%Y-%m-%d %H:%M}"))
    return found


def check_meeting(m: Meeting, mission: Mission) -> None:
    if m.end <= m.start:
        raise ValidationError(code="meeting.ends-before-start", field="end",
                              end=f"{in_zone(m.end, m.timezone):%Y-%m-%d %H:%M}",
                              start=f"{in_zone(m.start, m.timezone):%Y-%m-%d %H:%M}")
    local_start = in_zone(m.start, m.timezone).date()
    local_end = in_zone(m.end, m.timezone).date()
    if local_start < mission.start_date or local_end > mission.end_date:
        raise ValidationError(code="meeting.outside-mission", field="start", day=local_start,
                              start=mission.start_date, end=mission.end_date)


def set_participants(session, m: Meeting, counterparts: list[str], delegation: list[str]) -> None:
    for p in list(m.participations):
        m.participations.remove(p)
    session.flush()
    seen = set()
    for side, ids in (("counterpart", counterparts), ("delegation", delegation)):
        for i, pid in enumerate(ids):
            if (pid, side) in seen:
                continue
            seen.add((pid, side))
            get(session, Person, pid, "person")
            m.participations.append(Participation(person_id=pid, side=side, position=i))


def create_meeting_in(session, mission: Mission, data: dict) -> Meeting:
    unknown = set(data) - MEETING_KEYS
    if unknown:
        raise ValidationError(code="meeting.unknown-fields", fields=", ".join(sorted(unknown)))
    check_room(session, mission)
    m = Meeting(mission=mission, **meeting_fields(data, None))
    check_meeting(m, mission)
    session.add(m)
    session.flush()
    set_participants(session, m, data.get("counterparts") or [], data.get("delegation") or [])
    session.flush()
    return m


def create_meeting(db, mission_id: str, **data) -> str:
    with db.write() as s:
        return create_meeting_in(s, get(s, Mission, mission_id, "mission"), data).id


def update_meeting(db, meeting_id: str, version: int | None = None, **changes) -> int:
    with db.write() as s:
        m = get(s, Meeting, meeting_id, "meeting")
        check_version(m, version, "meeting")
        counterparts = changes.pop("counterparts", None)
        delegation = changes.pop("delegation", None)
        apply(m, meeting_fields(changes, m))
        check_meeting(m, m.mission)
        if counterparts is not None or delegation is not None:
            current = {side: [p.person_id for p in m.participations if p.side == side]
                       for side in ("counterpart", "delegation")}
            set_participants(s, m, counterparts if counterparts is not None else current["counterpart"],
                             delegation if delegation is not None else current["delegation"])
        s.flush()
        return m.version


def delete_meeting(db, meeting_id: str) -> dict:
    with db.write() as s:
        m = get(s, Meeting, meeting_id, "meeting")
        gone = {"followups": len(m.followups), "participants": len(m.participations)}
        s.delete(m)
        return gone


def followup_ids(db, meeting_id: str) -> set[str]:
    """The follow-ups that came out of a meeting."""
    from sqlalchemy import select

    with db.read() as s:
        return set(s.scalars(select(FollowUp.id).where(FollowUp.meeting_id == meeting_id)))


def restore_outcome(db, meeting_id: str, *, outcome: str, decisions: list[str], status: str,
                    drop_followups=()) -> int:
    """Undo of `log_outcome`, in one transaction: the outcome, decisions and status the meeting had,
    without the follow-ups that logging created (those already deleted are passed over)."""
    with db.write() as s:
        m = get(s, Meeting, meeting_id, "meeting")
        apply(m, meeting_fields({"outcome": outcome, "decisions": decisions, "status": status}, m))
        for fid in drop_followups:
            f = s.get(FollowUp, fid)
            if f is not None and f.meeting_id == m.id:
                s.delete(f)
        s.flush()
        return m.version


def log_outcome(db, meeting_id: str, version: int | None, *, outcome: str, decisions: list[str],
                followups: list[dict] = ()) -> int:
    """After the meeting: outcome, decisions and new follow-ups in one step; the status becomes held."""
    from .followups import followup_fields

    with db.write() as s:
        m = get(s, Meeting, meeting_id, "meeting")
        check_version(m, version, "meeting")
        m.outcome = v.column_text(outcome, Meeting, "outcome")
        m.decisions = v.string_list(list(decisions), "decisions")
        m.status = "held"
        for i, data in enumerate(followups):
            try:
                fields = followup_fields(s, data, None)
            except ValidationError as exc:
                raise ValidationError.like(exc, field=f"followups[{i}].{exc.field or ''}".rstrip(".")) \
                    from None
            s.add(FollowUp(mission_id=m.mission_id, meeting_id=m.id, **fields))
        s.flush()
        return m.version


def meeting_by_id(db, meeting_id: str, home_tz: str | None = None) -> dict:
    """One meeting as the agenda shows it (local and home times, participants, follow-ups)."""
    with db.read() as s:
        m = get(s, Meeting, meeting_id, "meeting")
        return meeting_view(m, home_tz or m.mission.home_timezone)


def meeting_deletion_impact(db, meeting_id: str) -> dict:
    """What deleting a meeting takes with it: its follow-ups and participants, counted."""
    with db.read() as s:
        m = get(s, Meeting, meeting_id, "meeting")
        return {"followups": len(m.followups), "participants": len(m.participations)}


def meetings_starting(db, after: datetime, until: datetime) -> list[dict]:
    """Meetings that start after `after` and no later than `until` (aware instants), not cancelled
    and not yet held, by start: what a reminder announces. Times are returned as aware UTC
    instants with the venue's zone, for the reminder to say in whichever zone the aide is."""
    after, until = after.astimezone(timezone.utc), until.astimezone(timezone.utc)
    with db.read() as s:
        rows = s.execute(select(Meeting.id, Meeting.title, Meeting.start, Meeting.timezone, Meeting.city,
                                Meeting.venue, Mission.title.label("mission"))
                         .join(Mission, Mission.id == Meeting.mission_id)
                         .where(Meeting.start > after, Meeting.start <= until,
                                Meeting.status.not_in(("cancelled", "held")))
                         .order_by(Meeting.start, Meeting.id)).all()
    return [{"id": r.id, "title": r.title, "start": r.start.astimezone(timezone.utc), "timezone": r.timezone, "city": r.city,
             "venue": r.venue, "mission": r.mission} for r in rows]
