"""Free slots for a new meeting: business hours, the delegation's other meetings, travel buffers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import or_, select

from ..errors import ValidationError
from ..model import Leg, Meeting, Participation
from .checks import CheckRules, delegation_ids, same_city
from .lookup import resolve_mission
from .timeutil import iso, wall_to_utc, zone


def _wall(day: date, at, zone_name: str) -> datetime:
    """The instant of a local wall-clock time; a time in a DST gap moves forward to exist."""
    return wall_to_utc(datetime(day.year, day.month, day.day, at.hour, at.minute), zone(zone_name),
                       refuse=False)


def _leg_text(leg: Leg) -> str:
    z = leg.timezone
    arrive, depart = leg.arrive.astimezone(zone(z)), leg.depart.astimezone(zone(z))
    return f"{leg.city} ({arrive:%Y-%m-%d} to {depart:%Y-%m-%d})"


def _subtract(window: tuple[datetime, datetime], busy: list[tuple[datetime, datetime]]):
    start, end = window
    free = []
    cursor = start
    for b_start, b_end in sorted(busy):
        if b_end <= cursor:
            continue
        if b_start >= end:
            break
        if b_start > cursor:
            free.append((cursor, b_start))
        cursor = max(cursor, b_end)
        if cursor >= end:
            break
    if cursor < end:
        free.append((cursor, end))
    return free


def free_slots(db, mission_ref: str, day: date, city: str, minutes: int,
               rules: CheckRules | None = None) -> list[dict]:
    """Stretches of `day` in `city` long enough for a meeting of `minutes`.

    `day` is a date, or text typed as the parser reads it ("9/6/2017", "9 juin 2017").
    Each is {"start", "end"} in ISO 8601 with the city's UTC offset. A slot lies within business
    hours, within the stay in that city (and not sooner after arrival than the arrival buffer), and
    clear of every meeting of the delegation, with the travel buffer around meetings elsewhere.
    """
    rules = rules or CheckRules()
    if not isinstance(day, date) or isinstance(day, datetime):
        from .timeparse import parse_local_date

        day = parse_local_date(day if isinstance(day, str) else repr(day), field="date")
    if not isinstance(minutes, int) or minutes <= 0:
        raise ValidationError(code="slots.minutes", field="minutes", minutes=minutes)
    if minutes > 24 * 60:
        raise ValidationError(code="slots.longer-than-day", field="minutes", minutes=minutes)
    with db.read() as s:
        mission = resolve_mission(s, mission_ref)
        legs = list(s.scalars(select(Leg).where(Leg.mission_id == mission.id).order_by(Leg.arrive)))
        wanted = (city or "").strip()
        here = [leg for leg in legs if same_city(leg.city, wanted)
                or (leg.city_native and same_city(leg.city_native, wanted))]
        if not here:
            listed = ", ".join(_leg_text(leg) for leg in legs) or "none yet"
            raise ValidationError(code="slots.no-leg", field="city", city=wanted, legs=listed)
        zone_name = here[0].timezone
        opens = _wall(day, rules.business_start, zone_name)
        closes = _wall(day, rules.business_end, zone_name)
        windows = []
        for leg in here:
            lo = max(opens, leg.arrive + rules.arrival_buffer)
            hi = min(closes, leg.depart)
            if lo < hi:
                windows.append((lo, hi))
        if not windows:
            on_leg = [leg for leg in here
                      if leg.arrive.astimezone(zone(zone_name)).date() <= day
                      <= leg.depart.astimezone(zone(zone_name)).date()]
            if not on_leg:
                stays = ", ".join(_leg_text(leg) for leg in here)
                raise ValidationError(code="slots.not-in-stay", field="date", day=day.isoformat(),
                                      city=here[0].city, stays=stays)
            return []  # in town that day, but only outside business hours

        people = delegation_ids(s, mission)
        reach = max([rules.travel_default, *rules.travel.values()]) + timedelta(days=1)
        lo_all, hi_all = opens - reach, closes + reach
        stmt = (select(Meeting.id, Meeting.start, Meeting.end, Meeting.city, Meeting.timezone)
                .where(Meeting.status != "cancelled", Meeting.start < hi_all, Meeting.end > lo_all))
        if people:
            involved = select(Participation.meeting_id).where(Participation.person_id.in_(people))
            stmt = stmt.where(or_(Meeting.mission_id == mission.id, Meeting.id.in_(involved)))
        else:
            stmt = stmt.where(Meeting.mission_id == mission.id)
        busy = []
        for m in s.execute(stmt).all():
            other_city = (m.city or "").strip()
            if other_city and not same_city(other_city, wanted):
                pad = rules.travel_buffer(other_city, wanted)
            else:
                pad = timedelta(0)
            busy.append((m.start - pad, m.end + pad))

    need = timedelta(minutes=minutes)
    out = []
    for window in windows:
        for start, end in _subtract(window, busy):
            if end - start >= need:
                out.append({"start": iso(start, zone_name), "end": iso(end, zone_name)})
    return out


__all__ = ["free_slots"]
