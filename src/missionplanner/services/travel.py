"""Travel segments: the flights, trains, cars and boats of a mission, each end in its own zone.

A segment's departure is read as the wall clock of its departure zone and its arrival as the wall
clock of its arrival zone (DESIGN.md's rules for a time the clocks skip or repeat hold at each end);
both are stored as UTC instants. So a flight from Tokyo that lands in Honolulu "the day before" in
local time is valid: only the instants must be in order.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..errors import ValidationError
from ..model import Mission, Person, Traveller, TravelSegment
from . import validation as v
from .lookup import apply, check_version, get
from .snapshots import row_of
from .timeutil import in_zone, to_utc
from .vocabulary import TRAVEL_KINDS

TEXT_FIELDS = ("carrier", "number", "from_terminal", "to_terminal", "booking_ref", "seat", "notes")
CODE_FIELDS = ("from_code", "to_code")
PLACE_FIELDS = ("from_place", "to_place")
TRAVEL_KEYS = {"kind", "from_timezone", "to_timezone", "depart", "arrive", "traveller_ids",
               *TEXT_FIELDS, *CODE_FIELDS, *PLACE_FIELDS}

# An IATA airport code (BRU, NRT) or a station code (8814001, NGO-S): letters, digits and dashes.
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{1,9}$")


def _code(value, field: str) -> str:
    code = v.column_text(value, TravelSegment, field)
    if code and not _CODE.match(code):
        raise ValidationError(code="travel.bad-code", field=field, value=code)
    return code.upper()


def travel_fields(data: dict, current: TravelSegment | None) -> dict:
    unknown = set(data) - TRAVEL_KEYS
    if unknown:
        raise ValidationError(code="travel.unknown-fields", fields=", ".join(sorted(unknown)))
    out = {}
    if current is None or "kind" in data:
        out["kind"] = v.choice(data.get("kind") or "flight", TRAVEL_KINDS, "kind")
    for key in PLACE_FIELDS:
        if current is None or key in data:
            out[key] = v.column_text(data.get(key), TravelSegment, key, required=True)
    for key in CODE_FIELDS:
        if current is None or key in data:
            out[key] = _code(data.get(key), key)
    for key in TEXT_FIELDS:
        if current is None or key in data:
            out[key] = v.column_text(data.get(key), TravelSegment, key)
    for zone_key, time_key in (("from_timezone", "depart"), ("to_timezone", "arrive")):
        zone_name = v.timezone_name(data.get(zone_key, getattr(current, zone_key, None)), zone_key)
        out[zone_key] = zone_name
        if current is None or time_key in data or zone_key in data:
            # A zone changed alone keeps the stored wall clock: the aide corrected the zone, not the time.
            value = data.get(time_key) if time_key in data or current is None else \
                in_zone(getattr(current, time_key), getattr(current, zone_key)).replace(tzinfo=None)
            out[time_key] = to_utc(value, zone_name, field=time_key)
    return out


def check_segment(seg: TravelSegment, mission: Mission) -> None:
    if seg.arrive <= seg.depart:
        raise ValidationError(code="travel.arrives-before-departure", field="arrive",
                              arrive=f"{in_zone(seg.arrive, seg.to_timezone):%Y-%m-%d %H:%M} {seg.to_timezone}",
                              depart=f"{in_zone(seg.depart, seg.from_timezone):%Y-%m-%d %H:%M} {seg.from_timezone}")
    for key, instant, zone_name in (("depart", seg.depart, seg.from_timezone),
                                    ("arrive", seg.arrive, seg.to_timezone)):
        day = in_zone(instant, zone_name).date()
        # A day either side: the outbound flight may leave the evening before the mission starts.
        if (day - mission.end_date).days > 1 or (mission.start_date - day).days > 1:
            raise ValidationError(code="travel.outside-mission", field=key, day=day,
                                  start=mission.start_date, end=mission.end_date)


def may_travel(mission: Mission) -> dict[str, Person]:
    """Who can be on the mission's segments: its lead and its delegation."""
    people = {m.person_id: m.person for m in mission.members}
    if mission.lead_id:
        people[mission.lead_id] = mission.lead
    return people


def set_travellers(session, seg: TravelSegment, mission: Mission, person_ids) -> None:
    ids = v.string_list(person_ids, "travellers") if person_ids is not None else []
    allowed = may_travel(mission)
    seen: list[str] = []
    for pid in ids:
        if pid in seen:
            raise ValidationError(code="travel.traveller-twice", field="travellers", id=pid)
        if pid not in allowed:
            person = session.get(Person, pid)
            if person is None:
                raise ValidationError(code="record.missing", field="travellers", kind="person", id=pid)
            raise ValidationError(code="travel.traveller-not-in-delegation", field="travellers",
                                  name=person.display_name)
        seen.append(pid)
    for t in list(seg.travellers):
        seg.travellers.remove(t)
    session.flush()
    for i, pid in enumerate(seen):
        seg.travellers.append(Traveller(person_id=pid, position=i))


def create_segment_in(session, mission: Mission, data: dict) -> TravelSegment:
    seg = TravelSegment(mission=mission, **travel_fields(data, None))
    check_segment(seg, mission)
    session.add(seg)
    session.flush()
    set_travellers(session, seg, mission, data.get("traveller_ids"))
    session.flush()
    return seg


def create_segment(db, mission_id: str, **data) -> str:
    with db.write() as s:
        return create_segment_in(s, get(s, Mission, mission_id, "mission"), data).id


def update_segment(db, segment_id: str, version: int | None = None, **changes) -> int:
    with db.write() as s:
        seg = get(s, TravelSegment, segment_id, "travel segment")
        check_version(seg, version, "travel segment")
        travellers = changes.pop("traveller_ids", None)
        apply(seg, travel_fields(changes, seg))
        check_segment(seg, seg.mission)
        if travellers is not None:
            set_travellers(s, seg, seg.mission, travellers)
        s.flush()
        return seg.version


def delete_segment(db, segment_id: str) -> None:
    with db.write() as s:
        s.delete(get(s, TravelSegment, segment_id, "travel segment"))


# Reading ----------------------------------------------------------------------------------------

def segment_view(seg: TravelSegment) -> dict:
    """One segment: its fields, `depart`/`arrive` as aware UTC datetimes, and who travels."""
    out = {c: getattr(seg, c) for c in ("id", "version", "mission_id", "kind", "from_timezone",
                                        "to_timezone", "depart", "arrive", *TEXT_FIELDS,
                                        *CODE_FIELDS, *PLACE_FIELDS)}
    people = [t.person for t in sorted(seg.travellers, key=lambda t: t.position)]
    out["traveller_ids"] = [p.id for p in people]
    out["travellers"] = [p.display_name for p in people]
    out["day_shift"] = (in_zone(seg.arrive, seg.to_timezone).date()
                        - in_zone(seg.depart, seg.from_timezone).date()).days
    return out


def segments_of(session, mission_id: str) -> list[TravelSegment]:
    return list(session.scalars(
        select(TravelSegment).where(TravelSegment.mission_id == mission_id)
        .options(selectinload(TravelSegment.travellers).selectinload(Traveller.person))
        .order_by(TravelSegment.depart, TravelSegment.id)))


def list_segments(db, mission_id: str) -> list[dict]:
    with db.read() as s:
        get(s, Mission, mission_id, "mission")
        return [segment_view(seg) for seg in segments_of(s, mission_id)]


def segment_json(seg: dict) -> dict:
    """A segment for --json: each instant in UTC, in the departure zone and in the arrival zone."""
    def both(instant):
        return {"utc": instant.isoformat(timespec="seconds").replace("+00:00", "Z"),
                "departure_zone": in_zone(instant, seg["from_timezone"]).isoformat(timespec="seconds"),
                "arrival_zone": in_zone(instant, seg["to_timezone"]).isoformat(timespec="seconds")}

    out = {k: val for k, val in seg.items() if k not in ("depart", "arrive", "mission_id")}
    out["depart"], out["arrive"] = both(seg["depart"]), both(seg["arrive"])
    out["travellers"] = seg["travellers"]
    return out


# Undo -------------------------------------------------------------------------------------------

def segment_snapshot(db, segment_id: str) -> dict:
    with db.read() as s:
        seg = get(s, TravelSegment, segment_id, "travel segment")
        return {"segment": row_of(seg), "travellers": [row_of(t) for t in seg.travellers]}


def restore_segment(db, snapshot: dict) -> str:
    with db.write() as s:
        row = snapshot["segment"]
        if s.get(TravelSegment, row["id"]) is not None:
            raise ValidationError(code="restore.exists", kind="travel segment")
        get(s, Mission, row["mission_id"], "mission")
        s.add(TravelSegment(**row))
        s.flush()
        for t in snapshot["travellers"]:
            if s.get(Person, t["person_id"]) is not None:
                s.add(Traveller(**t))
        return row["id"]



# Legs from travel -------------------------------------------------------------------------------

def _same_place(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def legs_with_travel(leg_rows: list[dict], segments: list[dict]) -> list[dict]:
    """Leg rows whose arrival and departure come from the journeys that reach and leave each city,
    where there are some (`arrive_from_travel`, `depart_from_travel`); the stored times otherwise.

    A journey reaches a leg when it lands in the leg's city (by name, case aside). The stay runs
    from the first of the delegation to land to the last to leave: an adviser flying home early does
    not end the minister's stay."""
    from .timeutil import iso

    out = []
    for row in leg_rows:
        row = dict(row, arrive_from_travel=False, depart_from_travel=False)
        arrivals = [s for s in segments if _same_place(s["to_place"], row["city"])]
        if arrivals:
            first = arrivals[0]
            row["arrive"], row["arrive_from_travel"] = iso(first["arrive"], row["timezone"]), True
            leaving = [s for s in segments if _same_place(s["from_place"], row["city"])
                       and s["depart"] >= first["arrive"]]
            if leaving:
                row["depart"], row["depart_from_travel"] = iso(leaving[-1]["depart"], row["timezone"]), True
        else:
            leaving = [s for s in segments if _same_place(s["from_place"], row["city"])]
            if leaving:
                row["depart"], row["depart_from_travel"] = iso(leaving[-1]["depart"], row["timezone"]), True
        out.append(row)
    return out
