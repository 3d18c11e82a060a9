"""The trip day by day: travel, stays and meetings laid on local days, with the zone changes.

`trip_timeline(db, mission_id)` returns plain data (no Qt, no reportlab) for the window's timeline and
the printed pack:

    {"mission_id": str, "title": str, "home_zone": "Europe/Brussels",
     "bands": [band, ...],            # one per local date, in date order, consecutive
     "zone_changes": [change, ...]}   # every change, in the order they happen

A band is one local day of the traveller:

    {"date": date, "zone": "Asia/Tokyo",       # where the day ends (the zone of the last arrival
                                               # that day, else the previous band's zone)
     "utc_offset_hours": 9.0,                  # the band's zone at its noon
     "offset_from_home_hours": 7.0,            # band zone minus home zone at the band's noon
     "items": [piece, ...],                    # stays, then travel, then meetings, each by start
     "zone_changes": [change, ...]}            # the changes that happen on this day

Each piece is the part of a travel segment, stay or meeting that falls on the band's day. Its
`from_minute`/`to_minute` (0..1440) are wall-clock minutes since local midnight, each end read in the
zone where it happens (a flight leaves on the departure zone's clock and lands on the arrival zone's
clock; a meeting is on its venue's clock), which is what the traveller reads on their watch. An item
that runs past local midnight is cut there: an overnight flight Brussels→Tokyo has a piece on the
departure day until Brussels midnight and a piece on the arrival day from Tokyo midnight
(`continues_after` / `continues_before` say so; `piece_start`/`piece_end` are those cuts as UTC
instants). A flight that lands on an earlier local date than it left (over the date line, westward)
has a piece on each of the two dates; a piece whose end reads earlier than its start on the same date
is split likewise into [start, 24:00) and [00:00, end).

Every piece carries `type` ("travel" | "stay" | "meeting"), `id`, `label`, `start`/`end` (aware UTC
datetimes of the whole item), `start_zone`/`end_zone`, and:

- travel: `kind`, `carrier`, `number`, `from_place`, `from_code`, `from_terminal`, `to_place`,
  `to_code`, `to_terminal`, `booking_ref`, `seat`, `travellers` (display names), `with_lead`,
  `other_mission` (the title of the mission a connecting journey is recorded on, else "");
  `label` is like "SN 3115 BRU→NRT";
- stay: `leg_id`, `city`, `hotel`, `hotel_address`, `hotel_phone`, `check_in`, `check_out` (UTC or
  None); it runs from check-in (else the leg's arrival) to check-out (else the leg's departure);
- meeting: `title`, `kind`, `status`, `city`, `venue`, `without_lead`.

A zone change is `{"from_zone", "to_zone", "hours" (offset difference at that instant, e.g. 7.0 or
-7.0; 0.0 Tokyo→Seoul), "at" (UTC instant of the arrival), "date" (local date of the arrival),
"minute" (its local minute), "segment_id" or "leg_id", "label"}`. The traveller changes zone on landing.
The traveller is the mission's lead: zones follow the segments the lead is on (and those with no
traveller named); when the lead is on none, every segment counts. A segment without the lead (an
adviser flying home early) is still shown, with `with_lead` False. A leg that no segment reaches
(travel not all entered yet, or none at all) changes the zone at its arrival. Before the first
arrival the traveller is in the first such segment's departure zone, or in the home zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import or_, select

from ..model import Meeting, Mission, TravelSegment
from .lookup import get
from .timeutil import in_zone, zone
from .travel import segment_view, segments_of

DAY_MINUTES = 24 * 60
CONNECTING_SLACK = timedelta(hours=2)
_ORDER = {"stay": 0, "travel": 1, "meeting": 2}


def _minute(local: datetime) -> int:
    return local.hour * 60 + local.minute


def _midnight(day: date, zone_name: str) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone(zone_name)).astimezone(UTC)


def _offset_hours(instant: datetime, zone_name: str) -> float:
    return in_zone(instant, zone_name).utcoffset().total_seconds() / 3600


def pieces(start: datetime, end: datetime, start_zone: str, end_zone: str) -> list[dict]:
    """The parts of [start, end) on each local day: `date`, `from_minute`, `to_minute`,
    `continues_before`, `continues_after`, `piece_start`, `piece_end` (see the module's docstring)."""
    ls, le = in_zone(start, start_zone), in_zone(end, end_zone)
    ds, de = ls.date(), le.date()
    sm, em = _minute(ls), _minute(le)
    if de > ds and em == 0 and end > start:
        # Ending on the stroke of midnight belongs to the day before: no empty piece after it.
        de, em = de - timedelta(days=1), DAY_MINUTES
    if de == ds and em >= sm:
        return [_piece(ds, sm, em, False, False, start, end)]
    if de <= ds:
        # Over the date line westward (or the clock reads earlier on landing): two parts, one per
        # date, each honest about its own clock.
        return [_piece(ds, sm, DAY_MINUTES, False, True, start, _midnight(ds + timedelta(days=1), start_zone)),
                _piece(de, 0, em, True, False, _midnight(de, end_zone), end)]
    out = [_piece(ds, sm, DAY_MINUTES, False, True, start, _midnight(ds + timedelta(days=1), start_zone))]
    day = ds + timedelta(days=1)
    while day < de:
        out.append(_piece(day, 0, DAY_MINUTES, True, True, _midnight(day, end_zone),
                          _midnight(day + timedelta(days=1), end_zone)))
        day += timedelta(days=1)
    out.append(_piece(de, 0, em, True, False, _midnight(de, end_zone), end))
    return out


def _piece(day, a, b, before, after, piece_start, piece_end) -> dict:
    return {"date": day, "from_minute": a, "to_minute": b, "continues_before": before,
            "continues_after": after, "piece_start": piece_start, "piece_end": piece_end}


def travel_label(seg: dict) -> str:
    """"SN 3115 BRU→NRT": the number (else the carrier, else the kind) and each end's code or place."""
    head = seg["number"] or seg["carrier"] or seg["kind"]
    return f"{head} {seg['from_code'] or seg['from_place']}→{seg['to_code'] or seg['to_place']}"


def _travel_item(seg: dict, with_lead: bool) -> dict:
    keys = ("kind", "carrier", "number", "from_place", "from_code", "from_terminal", "to_place",
            "to_code", "to_terminal", "booking_ref", "seat", "travellers")
    return {"type": "travel", "id": seg["id"], "label": travel_label(seg), "start": seg["depart"],
            "end": seg["arrive"], "start_zone": seg["from_timezone"], "end_zone": seg["to_timezone"],
            "with_lead": with_lead, "other_mission": seg.get("other_mission", ""),
            **{k: seg[k] for k in keys}}


def _connecting(session, mission: Mission, legs) -> list[dict]:
    """Journeys recorded on another mission that bring the traveller to this mission's first stay or
    take them from its last: a Tokyo→Seoul flight between two missions is entered once, on the
    first, and the second's timeline shows it too (`other_mission` names where it is kept).

    A journey connects when it lands in the first leg's city at that leg's arrival (or leaves the last
    leg's city at its departure), give or take CONNECTING_SLACK."""
    if not legs:
        return []
    first = min(legs, key=lambda leg: leg.arrive)
    last = max(legs, key=lambda leg: leg.depart)
    found = session.scalars(
        select(TravelSegment).where(
            TravelSegment.mission_id != mission.id,
            or_(TravelSegment.arrive.between(first.arrive - CONNECTING_SLACK, first.arrive + CONNECTING_SLACK),
                TravelSegment.depart.between(last.depart - CONNECTING_SLACK, last.depart + CONNECTING_SLACK)))
        .order_by(TravelSegment.depart, TravelSegment.id))
    out = []
    for seg in found:
        lands = abs(seg.arrive - first.arrive) <= CONNECTING_SLACK and _same_place(seg.to_place, first.city)
        leaves = abs(seg.depart - last.depart) <= CONNECTING_SLACK and _same_place(seg.from_place, last.city)
        if lands or leaves:
            out.append({**segment_view(seg), "other_mission": seg.mission.title})
    return out


def _lead_segments(segments: list[dict], lead_id: str | None) -> list[dict]:
    """The segments the lead travels on (or names no one); every segment if the lead is on none."""
    mine = [s for s in segments if not s["traveller_ids"] or lead_id in s["traveller_ids"]]
    return mine if lead_id and any(lead_id in s["traveller_ids"] for s in segments) else segments


def _stay_item(leg) -> dict | None:
    start, end = leg.check_in or leg.arrive, leg.check_out or leg.depart
    if end <= start:
        return None
    return {"type": "stay", "id": leg.id, "leg_id": leg.id, "label": leg.hotel or leg.city,
            "start": start, "end": end, "start_zone": leg.timezone, "end_zone": leg.timezone,
            "city": leg.city, "hotel": leg.hotel, "hotel_address": leg.hotel_address,
            "hotel_phone": leg.hotel_phone, "check_in": leg.check_in, "check_out": leg.check_out}


def _meeting_item(m: Meeting) -> dict:
    return {"type": "meeting", "id": m.id, "label": m.title, "title": m.title, "start": m.start,
            "end": m.end, "start_zone": m.timezone, "end_zone": m.timezone, "kind": m.kind,
            "status": m.status, "city": m.city, "venue": m.venue, "without_lead": m.without_lead}


def _same_place(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _arrivals(path: list[dict], segments: list[dict], legs) -> list[dict]:
    """Where the traveller's clock changes: each landing on their path, and each leg no segment reaches."""
    out = [{"at": s["arrive"], "zone": s["to_timezone"], "segment_id": s["id"],
            "label": travel_label(s)} for s in path]
    for leg in legs:
        if not any(_same_place(s["to_place"], leg.city) for s in segments):
            out.append({"at": leg.arrive, "zone": leg.timezone, "leg_id": leg.id, "label": leg.city})
    out.sort(key=lambda a: a["at"])
    return out


def _zones_by_day(days: list[date], arrivals: list[dict], first_zone: str) -> tuple[dict, list[dict]]:
    zones, changes, current, pending = {}, [], first_zone, list(arrivals)
    for day in days:
        # Every arrival whose local date is this day or before (over the date line a later landing
        # can read an earlier date), in the order they happen.
        due = [a for a in pending if in_zone(a["at"], a["zone"]).date() <= day]
        for a in due:
            pending.remove(a)
            if a["zone"] != current:
                local = in_zone(a["at"], a["zone"])
                change = {"from_zone": current, "to_zone": a["zone"],
                          "hours": _offset_hours(a["at"], a["zone"]) - _offset_hours(a["at"], current),
                          "at": a["at"], "date": local.date(), "minute": _minute(local),
                          "label": a["label"]}
                change.update({k: a[k] for k in ("segment_id", "leg_id") if k in a})
                changes.append(change)
                current = a["zone"]
        zones[day] = current
    return zones, changes


def trip_timeline(db, mission_id: str) -> dict:
    """The mission's trip day by day (see the module's docstring for the shape)."""
    with db.read() as s:
        mission = get(s, Mission, mission_id, "mission")
        legs = list(mission.legs)
        segments = sorted([segment_view(seg) for seg in segments_of(s, mission_id)]
                          + _connecting(s, mission, legs), key=lambda seg: (seg["depart"], seg["id"]))
        meetings = list(s.scalars(select(Meeting).where(Meeting.mission_id == mission_id)
                                  .order_by(Meeting.start, Meeting.id)))
        home = mission.home_timezone or "Europe/Brussels"
        path = _lead_segments(segments, mission.lead_id)
        on_path = {s["id"] for s in path}
        items = ([i for i in map(_stay_item, legs) if i is not None]
                 + [_travel_item(seg, seg["id"] in on_path) for seg in segments]
                 + [_meeting_item(m) for m in meetings])
        arrivals = _arrivals(path, segments, legs)
        title = mission.title
    first_zone = path[0]["from_timezone"] if path and (
        not arrivals or path[0]["depart"] <= arrivals[0]["at"]) else home

    by_day: dict[date, list[dict]] = {}
    for item in items:
        for part in pieces(item["start"], item["end"], item["start_zone"], item["end_zone"]):
            by_day.setdefault(part["date"], []).append({**item, **part})
    if not by_day:
        return {"mission_id": mission_id, "title": title, "home_zone": home, "bands": [],
                "zone_changes": []}
    first, last = min(by_day), max(by_day)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    zones, changes = _zones_by_day(days, arrivals, first_zone)

    bands = []
    for day in days:
        zone_name = zones[day]
        noon = _midnight(day, zone_name) + timedelta(hours=12)
        offset = _offset_hours(noon, zone_name)
        band_items = sorted(by_day.get(day, []),
                            key=lambda p: (_ORDER[p["type"]], p["from_minute"], p["start"]))
        bands.append({"date": day, "zone": zone_name, "utc_offset_hours": offset,
                      "offset_from_home_hours": offset - _offset_hours(noon, home),
                      "items": band_items,
                      "zone_changes": [c for c in changes if c["date"] == day]})
    return {"mission_id": mission_id, "title": title, "home_zone": home, "bands": bands,
            "zone_changes": changes}
