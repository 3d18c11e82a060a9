"""Calendars, the data side: the meetings a calendar file is made of (export), and what importing one
changes (import). Reading and writing the file itself is interop/ics.py's; docs/interop.md gives the
rules for users.

Import: each event occurrence (read by interop into an `Occurrence`) updates the meeting of the
mission that has its UID, or becomes a new one (written through `services.batch`, by the rules of a
single create) unless `check_meeting` says it cannot be one (outside the mission, ending before it
starts): then it is skipped and listed. Meetings an earlier import of the same calendar created,
whose events the file no longer holds, are cancelled (see `_same_calendar`). All in one transaction;
a dry run rolls it back.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import func, select

from ..errors import ValidationError
from ..model import AuditEntry, Meeting, Mission, Person
from . import batch
from .lookup import apply, resolve_mission
from .meetings import check_meeting, meeting_fields
from .timeutil import in_zone

STATUS_OUT = {"proposed": "TENTATIVE", "requested": "TENTATIVE", "confirmed": "CONFIRMED",
              "held": "CONFIRMED", "cancelled": "CANCELLED"}  # a meeting's status as a calendar says it


@dataclass(slots=True)
class Occurrence:
    uid: str
    key: str                       # "" for a single event, else the occurrence ("20170609T010000Z")
    title: str
    start: datetime                # UTC
    end: datetime                  # UTC
    zone_name: str | None          # None: take the leg's zone
    all_day: bool
    location: str
    objectives: str
    status: str | None
    line: int
    emails: tuple[str, ...] = ()   # ORGANIZER and ATTENDEE addresses, matched to known people

    @property
    def meeting_uid(self) -> str:
        return f"{self.uid}#{self.key}" if self.key else self.uid


@dataclass(frozen=True)
class LegDays:
    city: str
    timezone: str
    arrive: datetime               # UTC
    depart: datetime               # UTC
    first: date                    # the local days of arrival and departure
    last: date


@dataclass(frozen=True)
class MissionDays:
    """What placing a calendar's events needs of a mission: its dates, its home zone and its legs."""

    id: str
    title: str
    start_date: date
    end_date: date
    home_timezone: str
    legs: tuple[LegDays, ...]

    def default_zone(self) -> str:
        return self.legs[0].timezone if self.legs else self.home_timezone

    def leg_on(self, day: date) -> LegDays | None:
        found = None
        for leg in self.legs:
            if leg.first <= day <= leg.last:
                found = leg  # on a travel day, the leg one arrives in
        return found

    def leg_at(self, instant: datetime) -> LegDays | None:
        for leg in self.legs:
            if leg.arrive <= instant <= leg.depart:
                return leg
        found = None
        for leg in self.legs:
            if leg.first - timedelta(days=1) <= instant.date() <= leg.last + timedelta(days=1) and \
                    leg.first <= in_zone(instant, leg.timezone).date() <= leg.last:
                found = leg
        return found

    def zone_of_day(self, day: date) -> str:
        leg = self.leg_on(day)
        return leg.timezone if leg else self.default_zone()


def _days_of(mission: Mission) -> MissionDays:
    legs = tuple(LegDays(leg.city, leg.timezone, leg.arrive, leg.depart, in_zone(leg.arrive, leg.timezone).date(),
                         in_zone(leg.depart, leg.timezone).date()) for leg in mission.legs)
    return MissionDays(mission.id, mission.title, mission.start_date, mission.end_date, mission.home_timezone, legs)


def mission_days(planner, mission_ref: str) -> MissionDays:
    with planner.db.read() as s:
        return _days_of(resolve_mission(s, mission_ref))


# Export -----------------------------------------------------------------------------------------

def calendar_meetings(planner, mission_ref: str) -> tuple[str, list[dict]]:
    """The mission's title and its meetings in time order, as a calendar file shows them. A meeting
    without a UID gets one, kept, so that importing the file into a calendar again updates it."""
    with planner.db.write() as s:
        mission = resolve_mission(s, mission_ref)
        meetings = sorted(mission.meetings, key=lambda m: (m.start, m.title, m.id))
        for m in meetings:
            if not m.uid:
                m.uid = f"{m.id}@missionplanner"
        s.flush()
        rows = []
        for m in meetings:
            sides = {"counterpart": [], "delegation": []}
            for p in sorted(m.participations, key=lambda p: p.position):
                aff = p.person.current_affiliation
                sides[p.side].append((p.person.display_name, p.person.title, aff.organization.name if aff else ""))
            rows.append({"uid": m.uid, "title": m.title, "start": m.start, "end": m.end, "timezone": m.timezone,
                         "location": _location(m), "objectives": m.objectives, "status": m.status,
                         "version": m.version, "updated_at": m.updated_at, "counterparts": sides["counterpart"],
                         "delegation": sides["delegation"]})
        return mission.title, rows


# The UIDs our export gives journeys. A calendar file read back skips them: a journey is kept in the
# mission's travel, not made into a meeting.
TRAVEL_UID_SUFFIX = "@missionplanner-travel"


def calendar_travel(planner, mission_ref: str) -> list[dict]:
    """The mission's journeys as a calendar shows them: one event from departure (in the departure
    zone) to arrival (in the arrival zone)."""
    from .travel import segments_of

    with planner.db.read() as s:
        mission = resolve_mission(s, mission_ref)
        rows = []
        for t in segments_of(s, mission.id):
            ends = [" ".join(x for x in (place, f"({code})" if code else "") if x)
                    for place, code in ((t.from_place, t.from_code), (t.to_place, t.to_code))]
            service = " ".join(x for x in (t.carrier, t.number) if x)
            details = [f"{label}: {value}" for label, value in (
                ("Departure terminal", t.from_terminal), ("Arrival terminal", t.to_terminal),
                ("Booking reference", t.booking_ref), ("Seat", t.seat)) if value]
            travellers = ", ".join(x.person.display_name for x in sorted(t.travellers, key=lambda x: x.position))
            if travellers:
                details.append(f"Travellers: {travellers}")
            if t.notes:
                details.append(t.notes)
            rows.append({"uid": f"{t.id}{TRAVEL_UID_SUFFIX}", "kind": t.kind,
                         "title": f"{service}: {ends[0]} → {ends[1]}" if service else f"{ends[0]} → {ends[1]}",
                         "start": t.depart, "end": t.arrive, "start_timezone": t.from_timezone,
                         "end_timezone": t.to_timezone, "location": ends[0], "description": "\n".join(details),
                         "version": t.version, "updated_at": t.updated_at})
        return rows


def _location(m: Meeting) -> str:
    return m.venue or m.address or m.city


# Import -----------------------------------------------------------------------------------------

_COUNTED_AS = {"create": "created", "update": "updated", "unchanged": "unchanged", "skip": "skipped"}
_KEY_TAG = "imported from calendar "  # the audit summary of each meeting an import creates
# ... followed by the calendar's key, then " [calendar MARKID]": MARK is 8 hex digits naming the
# program that wrote the file (PRODID, see _prodid_mark), ID 8 naming the calendar: drawn at its
# first import, passed on to the meetings each import recognised as the same calendar creates.
_CALENDAR_ID = re.compile(r" \[calendar ([0-9a-f]{8})([0-9a-f]{8})\]\Z")


def _prodid_mark(prodid: str) -> str:
    """8 hex digits naming the program that wrote a calendar, whatever its version ("Google
    Calendar 70.9054" and "Google Calendar 71.1" are the same program)."""
    program = re.sub(r"[\d.]+", "", prodid).casefold()
    return hashlib.sha256(program.encode("utf-8", "surrogatepass")).hexdigest()[:8]


@dataclass(frozen=True)
class Cancellation:
    """An iTIP cancellation (METHOD:CANCEL) that names its event without its times: it cancels the
    meetings an import of that event made, found by UID."""

    uid: str
    key: str                       # "" for the whole event (every occurrence), else one occurrence
    title: str
    line: int


@dataclass
class CalendarFile:
    """What an import knows of the file as a whole (see `_same_calendar`)."""

    key: str                       # its name as a calendar ("x-wr-calname=Agenda"); "" when it has none
    prodid: str                    # the program that wrote it
    event_uids: set[str]           # the UID of every event it holds
    full: bool                     # a published calendar, not an invitation or a cancellation message
    skipped: list[dict] = field(default_factory=list)  # events outside the mission, already listed
    cancels: list[Cancellation] = field(default_factory=list)  # cancellations without times


def apply_calendar(planner, mission_ref: str, occurrences: list[Occurrence], calendar: CalendarFile,
                   dry_run: bool = False, progress: Callable[[], None] | None = None,
                   progress_every: int = 500) -> dict:
    """Update, create and cancel the mission's meetings as the occurrences say; all or nothing.

    A refusal is a ValidationError whose `where` is "line N" when one event is at fault.
    """
    tick = progress or (lambda: None)
    with planner.db.write() as s:
        mission = resolve_mission(s, mission_ref)
        days = _days_of(mission)
        existing = {m.uid: m for m in mission.meetings if m.uid}
        wanted = {e for occ in occurrences for e in occ.emails}
        people = {p.email.lower(): p for p in s.scalars(select(Person).where(
            func.lower(Person.email).in_(wanted)))} if wanted else {}
        members = {mm.person_id for mm in mission.members} | ({mission.lead_id} if mission.lead_id else set())
        summary = {"mission_id": mission.id, "created": 0, "updated": 0, "unchanged": 0, "skipped": 0,
                   "cancelled": 0, "calendar": calendar.key, "dry_run": dry_run, "details": [], "notes": []}
        new: list[tuple[int, dict]] = []  # (line, meeting) of the meetings to create, written at the end
        seen: set[str] = set()
        for i, occ in enumerate(sorted(occurrences, key=lambda o: (o.start, o.meeting_uid)), start=1):
            if i % progress_every == 0:
                tick()
            uid = occ.meeting_uid[:255]
            if uid in seen:
                continue
            seen.add(uid)
            leg = days.leg_at(occ.start)
            detail = {"uid": uid, "title": occ.title, "line": occ.line, "note": ""}
            try:
                if uid in existing:
                    detail.update(_update(existing[uid], occ, leg))
                else:
                    detail.update(_create(new, mission, occ, uid, leg, days, people, members))
            except ValidationError as exc:
                raise ValidationError.like(exc, where=f"line {occ.line}", field=exc.field) from None
            summary[_COUNTED_AS[detail["action"]]] += 1
            summary["cancelled"] += bool(detail.get("cancelled"))
            summary["details"].append(detail)
        for cancel in calendar.cancels:
            for detail in _cancel_by_uid(existing, cancel, seen):
                summary[_COUNTED_AS[detail["action"]]] += 1
                summary["cancelled"] += bool(detail.get("cancelled"))
                summary["details"].append(detail)
        for skipped in calendar.skipped:
            summary["skipped"] += 1
            summary["details"].append(skipped)
        tag = ""
        if calendar.key:
            key = calendar.key
            earlier = _earlier_imports(s, mission, key)
            same = [g for g in earlier if _same_calendar(g, key, calendar.event_uids, calendar.prodid)]
            calendar_id = same[0].calendar_id if same else uuid.uuid4().hex[:8]
            tag = f"{_KEY_TAG}{key} [calendar {_prodid_mark(calendar.prodid)}{calendar_id}]"
            if earlier and not same and calendar.full:
                summary["notes"].append(
                    f"another calendar called {key.partition('=')[2]!r} was imported into this mission "
                    "before; this file is not a newer copy of it (it holds less than half of its events, "
                    "or another program wrote it), so none of its meetings is cancelled")
            if same and calendar.full:
                present = seen | {d["uid"][:255] for d in calendar.skipped}
                for detail in _cancel_missing(same, present):
                    summary["updated"] += 1
                    summary["cancelled"] += 1
                    summary["details"].append(detail)
        tick()
        try:
            batch.create_meetings_in(s, mission, [row for _line, row in new], user=planner.db.user, summary=tag,
                                     labels=[f"line {line}" for line, _row in new],
                                     record=planner.recorder(s))
        except batch.BatchError as exc:
            raise ValidationError.like(exc, where=exc.where, field=exc.field) from None
        except ValidationError as exc:  # at most MAX_MEETINGS in a mission, as everywhere else
            if exc.code != "meeting.too-many":
                raise
            raise ValidationError(code="calendar.too-many-meetings", count=exc.params["count"],
                                  limit=exc.params["limit"], adding=len(new)) from None
        s.flush()
        if dry_run:
            s.rollback()
        return summary


def _local(instant: datetime, zone_name: str) -> str:
    return in_zone(instant, zone_name).isoformat(timespec="minutes")


@dataclass(slots=True)
class _Import:
    """The meetings earlier imports under one calendar key created in a mission that belong to one
    calendar: those whose audit entry carries one calendar id."""

    calendar_id: str                 # 8 hex digits
    prodid_mark: str                 # "" when only versions before calendar ids wrote its meetings
    meetings: list[Meeting]


def _earlier_imports(s, mission: Mission, key: str) -> list[_Import]:
    legacy = f"{_KEY_TAG}{key}"
    rows = s.execute(select(AuditEntry.summary, AuditEntry.at, Meeting).join(
        Meeting, Meeting.id == AuditEntry.entity_id).where(
        AuditEntry.entity_kind == Meeting.__tablename__, AuditEntry.action == "create",
        Meeting.mission_id == mission.id, Meeting.uid != "",
        (AuditEntry.summary == legacy) | AuditEntry.summary.startswith(f"{legacy} [calendar ",
                                                                       autoescape=True),
    ).order_by(AuditEntry.at, Meeting.start, Meeting.id)).all()
    groups: dict[str, _Import] = {}
    for summary, at, meeting in rows:
        m = _CALENDAR_ID.search(summary)
        if m is not None and summary[:m.start()] == legacy:
            mark, calendar_id = m.group(1), m.group(2)
        elif summary == legacy:
            # Written before calendar ids: one import wrote one stamp on all the meetings it created,
            # so each such import is one calendar, whose id is drawn from that stamp. A newer copy
            # recognised as that calendar passes the id on to the meetings it adds.
            mark, calendar_id = "", hashlib.sha256(str(at).encode()).hexdigest()[:8]
        else:
            continue
        group = groups.setdefault(calendar_id, _Import(calendar_id, mark, []))
        group.prodid_mark = group.prodid_mark or mark
        group.meetings.append(meeting)
    return list(groups.values())


def _event_of(meeting_uid: str, event_uids: set[str]) -> str:
    """The UID of the event a meeting came from: its own, or the part before a '#' (an occurrence)."""
    if meeting_uid in event_uids:
        return meeting_uid
    at = meeting_uid.find("#")
    while at >= 0:
        if meeting_uid[:at] in event_uids:
            return meeting_uid[:at]
        at = meeting_uid.find("#", at + 1)
    return meeting_uid.partition("#")[0]


def _same_calendar(earlier: _Import, key: str, event_uids: set[str], prodid: str) -> bool:
    """Whether the file is a newer copy of the calendar an earlier import read, so that what it no
    longer holds may be cancelled. A calendar identifier (X-WR-RELCALID) is enough on its own. The
    same name (or file name) is not: two people's calendars are both called "Agenda". The file must
    also hold at least half of the events that import created (an event's UID stays with it; a
    newer copy keeps most of them) and come from the same program (PRODID, whatever its version);
    a file that holds no event at all must come from the same program. Meetings imported before
    this rule have no program recorded: for them the events alone decide."""
    if key.startswith("x-wr-relcalid="):
        return True
    same_program = earlier.prodid_mark == _prodid_mark(prodid)
    if not event_uids:  # nothing to compare but the program
        return bool(earlier.prodid_mark) and same_program
    if earlier.prodid_mark and not same_program:
        return False
    events = {_event_of(m.uid, event_uids) for m in earlier.meetings}
    kept = len(events & event_uids)
    return kept > 0 and 2 * kept >= len(events)


def _cancel_missing(same: list[_Import], present: set[str]) -> list[dict]:
    """Cancel the meetings earlier imports of this calendar created that the file no longer has."""
    gone = sorted((m for g in same for m in g.meetings if m.status != "cancelled" and m.uid not in present),
                  key=lambda m: (m.start, m.id))
    out = []
    for m in gone:
        m.status = "cancelled"
        out.append({"action": "update", "uid": m.uid, "title": m.title, "line": None,
                    "start": _local(m.start, m.timezone), "end": _local(m.end, m.timezone),
                    "timezone": m.timezone, "city": m.city, "changes": ["status"], "cancelled": True,
                    "note": "cancelled: no longer in the calendar"})
    return out


def _cancel_by_uid(existing: dict[str, Meeting], cancel: Cancellation, seen: set[str]) -> list[dict]:
    """Cancel the meetings of the mission made from the event a cancellation names: the whole event
    (the meeting with its UID and every occurrence, "UID#...") or the one occurrence it names. A
    cancellation of an event the mission does not hold is listed as skipped."""
    if cancel.key:
        wanted = {f"{cancel.uid}#{cancel.key}"[:255]}
        found = [existing[u] for u in wanted if u in existing]
        if not found and cancel.uid[:255] in existing:
            found = [existing[cancel.uid[:255]]]  # a single event cancelled by its RECURRENCE-ID
    else:
        prefix = f"{cancel.uid}#"
        found = [m for u, m in existing.items() if u == cancel.uid[:255] or u.startswith(prefix)]
    found = sorted((m for m in found if m.uid not in seen), key=lambda m: (m.start, m.id))
    if not found:
        uid = f"{cancel.uid}#{cancel.key}" if cancel.key else cancel.uid
        return [{"action": "skip", "uid": uid[:255], "title": cancel.title, "line": cancel.line,
                 "note": "cancellation of an event this mission does not hold"}]
    out = []
    for m in found:
        seen.add(m.uid)
        detail = {"uid": m.uid, "title": m.title, "line": cancel.line, "start": _local(m.start, m.timezone),
                  "end": _local(m.end, m.timezone), "timezone": m.timezone, "city": m.city}
        if m.status == "cancelled":
            out.append(dict(detail, action="unchanged", note=""))
            continue
        m.status = "cancelled"
        out.append(dict(detail, action="update", changes=["status"], cancelled=True,
                        note="cancelled in the calendar"))
    return out


def _venue(occ: Occurrence, city: str) -> str:
    return "" if occ.location.casefold() == city.casefold() else occ.location


def _create(new: list[tuple[int, dict]], mission: Mission, occ: Occurrence, uid: str, leg: LegDays | None,
            days: MissionDays, people: dict[str, Person], members: set[str]) -> dict:
    """A new meeting for the occurrence, added to `new`; or the reason it is skipped (outside the
    mission, or ending before it starts, by the rule of every new meeting: `check_meeting`)."""
    zone_name = occ.zone_name or (leg.timezone if leg else days.zone_of_day(occ.start.date()))
    city = leg.city if leg else ""
    out = {"start": _local(occ.start, zone_name), "end": _local(occ.end, zone_name), "timezone": zone_name,
           "city": city}
    try:
        check_meeting(SimpleNamespace(start=occ.start, end=occ.end, timezone=zone_name), mission)
    except ValidationError as exc:
        return dict(out, action="skip", note=exc.plain)
    # Invitees already known by their e-mail join the meeting: our delegation on its side, others
    # as counterparts. Participants of meetings imported earlier are left as the user set them.
    sides: dict[str, list[str]] = {"counterparts": [], "delegation": []}
    names = []
    for email in occ.emails:
        person = people.get(email)
        if person is None or person.id in sides["counterparts"] + sides["delegation"]:
            continue
        sides["delegation" if person.id in members else "counterparts"].append(person.id)
        names.append(person.display_name)
    new.append((occ.line, {"title": occ.title, "timezone": zone_name, "start": occ.start, "end": occ.end,
                           "city": city, "venue": _venue(occ, city), "status": occ.status or "proposed",
                           "objectives": occ.objectives, "uid": uid, **sides}))
    if names:
        out["participants"] = names
    if occ.all_day:
        out["note"] = "all-day event: imported as 09:00-18:00 local time"
    return dict(out, action="create")


def _update(m: Meeting, occ: Occurrence, leg: LegDays | None) -> dict:
    changes: dict = {}
    if occ.title != m.title:
        changes["title"] = occ.title
    if occ.zone_name and occ.zone_name != m.timezone:
        changes["timezone"] = occ.zone_name
    if occ.start != m.start:
        changes["start"] = occ.start
    if occ.end != m.end:
        changes["end"] = occ.end
    if occ.location and occ.location != _location(m):
        changes["venue"] = _venue(occ, m.city)
    if occ.status and STATUS_OUT[occ.status] != STATUS_OUT[m.status]:
        changes["status"] = occ.status
    if occ.objectives and occ.objectives != m.objectives:
        changes["objectives"] = occ.objectives
    if ("start" in changes or "end" in changes) and leg is not None and leg.city != m.city:
        changes["city"] = leg.city
    zone_name = changes.get("timezone", m.timezone)
    if not changes:
        return {"action": "unchanged", "start": _local(m.start, zone_name), "end": _local(m.end, zone_name),
                "timezone": zone_name, "city": m.city}
    fields = meeting_fields(changes, m)
    trial = Meeting(title=fields.get("title", m.title), start=fields.get("start", m.start),
                    end=fields.get("end", m.end), timezone=fields.get("timezone", m.timezone))
    out = {"start": _local(trial.start, trial.timezone), "end": _local(trial.end, trial.timezone),
           "timezone": trial.timezone, "city": changes.get("city", m.city), "changes": sorted(changes)}
    try:
        check_meeting(trial, m.mission)
    except ValidationError as exc:
        return dict(out, action="skip", note=f"not updated: {exc.plain}")
    apply(m, fields)
    if changes.get("status") == "cancelled":
        out.update(cancelled=True, note="cancelled in the calendar")
    return dict(out, action="update")
