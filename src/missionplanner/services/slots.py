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


def _check_request(day, minutes: int) -> date:
    if not isinstance(day, date) or isinstance(day, datetime):
        from .timeparse import parse_local_date

        day = parse_local_date(day if isinstance(day, str) else repr(day), field="date")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
        raise ValidationError(code="slots.minutes", field="minutes", minutes=minutes)
    if minutes > 24 * 60:
        raise ValidationError(code="slots.longer-than-day", field="minutes", minutes=minutes)
    return day


def _stays_in(legs: list[Leg], wanted: str) -> list[Leg]:
    return [leg for leg in legs if same_city(leg.city, wanted)
            or (leg.city_native and same_city(leg.city_native, wanted))]


def _local_day(instant: datetime, zone_name: str) -> date:
    return instant.astimezone(zone(zone_name)).date()


def _windows(here: list[Leg], day: date, rules: CheckRules):
    """The stretches of `day` within business hours and the stays in the city (after the arrival
    buffer), with the zone's name."""
    zone_name = here[0].timezone
    opens = _wall(day, rules.business_start, zone_name)
    closes = _wall(day, rules.business_end, zone_name)
    windows = []
    for leg in here:
        lo = max(opens, leg.arrive + rules.arrival_buffer)
        hi = min(closes, leg.depart)
        if lo < hi:
            windows.append((lo, hi))
    return zone_name, opens, closes, windows


def _busy(s, mission, people, wanted: str, opens: datetime, closes: datetime, rules: CheckRules):
    """The delegation's meetings around the day, each widened by the travel from its city."""
    reach = max([rules.travel_default, *rules.travel.values()]) + timedelta(days=1)
    lo_all, hi_all = opens - reach, closes + reach
    stmt = (select(Meeting.id, Meeting.title, Meeting.start, Meeting.end, Meeting.city, Meeting.timezone)
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
        busy.append((m.start - pad, m.end + pad, m))
    return busy


def _day(s, mission, legs, people, day: date, wanted: str, minutes: int, rules: CheckRules):
    """(slots, why): the free slots of `day` in the city `wanted`, and when there are none, the
    reasons in parts a screen can say in its language."""
    here = _stays_in(legs, wanted)
    zone_name, opens, closes, windows = _windows(here, day, rules)
    city = here[0].city
    why: list[dict] = []
    if not windows:
        on_day = [leg for leg in here
                  if _local_day(leg.arrive, zone_name) <= day <= _local_day(leg.depart, zone_name)]
        if not on_day:
            before = [leg for leg in here if _local_day(leg.depart, zone_name) < day]
            after = [leg for leg in here if _local_day(leg.arrive, zone_name) > day]
            if before and not after:
                last = max(before, key=lambda leg: leg.depart)
                why.append({"code": "stay-over", "city": city, "at": iso(last.depart, zone_name)})
            elif after and not before:
                first = min(after, key=lambda leg: leg.arrive)
                why.append({"code": "stay-not-begun", "city": city, "at": iso(first.arrive, zone_name)})
            else:
                why.append({"code": "not-in-city", "city": city, "day": day.isoformat()})
            return [], why
        for leg in on_day:
            if leg.depart <= opens:
                why.append({"code": "stay-ends", "city": city, "at": iso(leg.depart, zone_name)})
            elif leg.arrive + rules.arrival_buffer >= closes:
                why.append({"code": "arrives-late", "city": city, "at": iso(leg.arrive, zone_name),
                            "buffer": int(rules.arrival_buffer.total_seconds() // 60)})
        return [], why

    busy = _busy(s, mission, people, wanted, opens, closes, rules)
    need = timedelta(minutes=minutes)
    out, longest = [], timedelta(0)
    for window in windows:
        for start, end in _subtract(window, [(b[0], b[1]) for b in busy]):
            longest = max(longest, end - start)
            if end - start >= need:
                out.append({"start": iso(start, zone_name), "end": iso(end, zone_name)})
    if not out:
        lo, hi = min(w[0] for w in windows), max(w[1] for w in windows)
        for leg in here:
            if opens < leg.depart < closes and _local_day(leg.depart, zone_name) == day:
                why.append({"code": "stay-ends", "city": city, "at": iso(leg.depart, zone_name)})
            if opens < leg.arrive + rules.arrival_buffer < closes and _local_day(leg.arrive, zone_name) == day:
                why.append({"code": "arrives-late", "city": city, "at": iso(leg.arrive, zone_name),
                            "buffer": int(rules.arrival_buffer.total_seconds() // 60)})
        taken = sorted({b[2].id: b[2] for b in busy if b[0] < hi and b[1] > lo}.values(), key=lambda m: m.start)
        if taken:
            why.append({"code": "busy", "count": len(taken), "longest": int(longest.total_seconds() // 60),
                        "meetings": [{"title": m.title, "start": iso(m.start, zone_name),
                                      "end": iso(m.end, zone_name)} for m in taken]})
    return out, why


def free_slots(db, mission_ref: str, day: date, city: str, minutes: int,
               rules: CheckRules | None = None) -> list[dict]:
    """Stretches of `day` in `city` long enough for a meeting of `minutes`.

    `day` is a date, or text typed as the parser reads it ("9/6/2017", "9 juin 2017").
    Each is {"start", "end"} in ISO 8601 with the city's UTC offset. A slot lies within business
    hours, within the stay in that city (and not sooner after arrival than the arrival buffer), and
    clear of every meeting of the delegation, with the travel buffer around meetings elsewhere.
    """
    rules = rules or CheckRules()
    day = _check_request(day, minutes)
    with db.read() as s:
        mission = resolve_mission(s, mission_ref)
        legs = list(s.scalars(select(Leg).where(Leg.mission_id == mission.id).order_by(Leg.arrive)))
        wanted = (city or "").strip()
        here = _stays_in(legs, wanted)
        if not here:
            listed = ", ".join(_leg_text(leg) for leg in legs) or "none yet"
            raise ValidationError(code="slots.no-leg", field="city", city=wanted, legs=listed)
        slots, why = _day(s, mission, legs, delegation_ids(s, mission), day, wanted, minutes, rules)
        if not slots and any(w["code"] in ("stay-over", "stay-not-begun", "not-in-city") for w in why):
            stays = ", ".join(_leg_text(leg) for leg in here)
            raise ValidationError(code="slots.not-in-stay", field="date", day=day.isoformat(),
                                  city=here[0].city, stays=stays)
        return slots


def find_slots(db, mission_ref: str, day, city: str, minutes: int,
               rules: CheckRules | None = None, *, look_ahead: int = 31) -> dict:
    """What the free-slot dialog shows: the free slots of `day` in `city`; when there are none, why
    (`why`: parts, each with a `code`: "stay-ends" — the stay in the city ends at `at`;
    "arrives-late"; "stay-over"; "stay-not-begun"; "not-in-city"; "busy" — `count` meetings leave
    at most `longest` minutes) and suggestions: the next day in that city with a slot (the nearest
    before, when the stay is over) and the other cities of the mission with a slot that day, each
    {"day", "city", "slots"}."""
    rules = rules or CheckRules()
    day = _check_request(day, minutes)
    with db.read() as s:
        mission = resolve_mission(s, mission_ref)
        legs = list(s.scalars(select(Leg).where(Leg.mission_id == mission.id).order_by(Leg.arrive)))
        wanted = (city or "").strip()
        here = _stays_in(legs, wanted)
        if not here:
            listed = ", ".join(_leg_text(leg) for leg in legs) or "none yet"
            raise ValidationError(code="slots.no-leg", field="city", city=wanted, legs=listed)
        people = delegation_ids(s, mission)
        slots, why = _day(s, mission, legs, people, day, wanted, minutes, rules)
        answer = {"day": day.isoformat(), "city": here[0].city, "minutes": minutes, "slots": slots,
                  "why": why, "suggestions": []}
        if slots:
            return answer
        zone_name = here[0].timezone
        first = min(_local_day(leg.arrive, zone_name) for leg in here)
        last = max(_local_day(leg.depart, zone_name) for leg in here)
        later = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        ahead = [d for d in later if d > day][:look_ahead]
        behind = [d for d in reversed(later) if d < day][:look_ahead]
        for candidates in (ahead, behind):  # the next day; the nearest before when none is left
            found = _first_day(s, mission, legs, people, candidates, wanted, minutes, rules)
            if found:
                answer["suggestions"].append(found)
                break
        seen = {here[0].city.casefold()}
        for leg in legs:
            if leg.city.casefold() in seen \
                    or not _local_day(leg.arrive, leg.timezone) <= day <= _local_day(leg.depart, leg.timezone):
                continue
            seen.add(leg.city.casefold())
            other, _why = _day(s, mission, legs, people, day, leg.city, minutes, rules)
            if other:
                answer["suggestions"].append({"day": day.isoformat(), "city": leg.city, "slots": other})
        return answer


def _first_day(s, mission, legs, people, days, wanted, minutes, rules) -> dict | None:
    for d in days:
        slots, _why = _day(s, mission, legs, people, d, wanted, minutes, rules)
        if slots:
            return {"day": d.isoformat(), "city": _stays_in(legs, wanted)[0].city, "slots": slots}
    return None


__all__ = ["find_slots", "free_slots"]
