"""Scheduling checks: what is wrong, or worth a second look, in a mission's programme.

Codes (DESIGN.md, "Scheduling checks"):

- ``overlap`` (error): one person in two meetings at once.
- ``travel`` (warning): one person's consecutive meetings in different cities closer together than the
  travel buffer for that pair of cities.
- ``outside-leg`` (error): a meeting that is not inside the stay (arrival to departure) of its city.
- ``after-hours`` (warning): a meeting starting before or ending after local business hours.
- ``holiday`` (warning): a meeting on a public holiday of the country where it takes place.
- ``arrival`` (warning): a meeting too soon after the delegation arrives in the city, or after the
  arrival of a travel segment of one of its people.
- ``before-arrival`` / ``after-departure`` (error): a meeting of someone before their first travel
  segment lands, or after their last one leaves (a meeting where they leave from or come home to is
  fine).
- ``no-travel`` (warning): someone's consecutive meetings in different cities with none of their
  travel segments in between.
- ``travel-overlap`` (error): one person's travel segments overlap.
- ``travel-clash`` (error): someone travelling during one of their meetings.

Who is in a meeting: its participants, and the mission's lead unless the meeting is marked
``without_lead`` (so a meeting nobody has been added to yet still clashes with the lead's others).
Someone with travel segments is checked against them (``no-travel``, the segment's ``arrival``,
``travel`` to catch a segment); someone without keeps the leg-based ``arrival`` and the city-pair
``travel`` buffer. Meals and receptions (vocabulary.EVENING_KINDS) are not ``after-hours``.

Cancelled meetings are ignored. The work is a sweep by time per person (sort, then scan), so a
programme of thousands of meetings is checked in well under a second.

The core, `check_meetings`, works on plain dictionaries, so the GUI can check a meeting before it is
saved (`check_candidate`).

Each problem is ``{"severity", "code", "meetings" (titles), "meeting_ids", "message", "params"}``:
``message`` is the English sentence (the CLI prints it), ``params`` the same parts as plain data, so
the GUI can say it in the interface language. Every ``params`` has ``meetings``: one entry per
meeting involved, ``{"title", "start", "end" (local "YYYY-MM-DD HH:MM"), "place" (the city, or the
zone when the meeting has no city), "mission" (another mission's title, or "")}``. Then, by code:

- ``overlap``: ``people`` (display names, sorted; None for someone without a name).
- ``travel``: ``people``, ``gap_minutes``, ``from_city``, ``to_city``, ``needed_minutes``; to catch
  a travel segment: ``people``, ``gap_minutes``, ``needed_minutes`` and ``segments`` (that one).
- ``outside-leg``, meeting in a city of the mission: ``city`` and ``stays``
  (``[{"arrive", "depart"}]``, local); in a city the mission does not go to: ``city`` and ``legs``
  (``[{"city", "arrive", "depart"}]``).
- ``arrival``: ``since_minutes``, ``city``, ``arrived`` (local "HH:MM"), ``buffer_minutes``; after a
  travel segment also ``people`` and ``segments``.
- ``before-arrival``, ``after-departure``, ``travel-clash``: ``people`` and ``segments`` (one).
- ``no-travel``: ``people``, ``from_city``, ``to_city``.
- ``travel-overlap``: ``people`` and ``segments`` (two); ``meetings`` is empty.

Every problem also has ``segment_ids`` (the travel segments involved, often none), and a segment in
``params["segments"]`` is ``{"kind", "label" (number, else carrier, else ""), "from", "to",
"depart", "arrive" (local "YYYY-MM-DD HH:MM" at each end)}``.
- ``after-hours``: ``business_start``, ``business_end`` ("HH:MM").
- ``holiday``: ``country`` (ISO code), ``holiday`` (the name the holidays package gives).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache, partial
from operator import itemgetter

from sqlalchemy import select

from ..errors import ValidationError
from ..model import Leg, Meeting, Mission, MissionMember, Participation, Person, Traveller, TravelSegment
from ..model.names import display_name
from .lookup import resolve_mission
from .timeutil import in_zone, to_utc, zone
from .vocabulary import EVENING_KINDS

ERROR, WARNING = "error", "warning"
CANDIDATE_ID = "candidate"


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a.casefold(), b.casefold()))


# Door-to-door times between the cities missions go to most (train or flight, plus getting to the
# station or airport and through it). Anything else gets `travel_default`.
DEFAULT_TRAVEL = {
    _pair("Tokyo", "Yokohama"): timedelta(hours=1, minutes=30),
    _pair("Tokyo", "Nagoya"): timedelta(hours=3),
    _pair("Tokyo", "Osaka"): timedelta(hours=3, minutes=30),
    _pair("Tokyo", "Kyoto"): timedelta(hours=3, minutes=30),
    _pair("Nagoya", "Osaka"): timedelta(hours=2),
    _pair("Nagoya", "Kyoto"): timedelta(hours=1, minutes=30),
    _pair("Osaka", "Kyoto"): timedelta(hours=1, minutes=30),
    _pair("Seoul", "Incheon"): timedelta(hours=1, minutes=30),
    _pair("Seoul", "Busan"): timedelta(hours=4),
    _pair("Tokyo", "Seoul"): timedelta(hours=6),
    _pair("Osaka", "Seoul"): timedelta(hours=5),
    _pair("Brussels", "Antwerp"): timedelta(hours=1, minutes=30),
    _pair("Brussels", "Paris"): timedelta(hours=2, minutes=30),
}


DEFAULT_DEPARTURE = {"flight": timedelta(hours=2), "train": timedelta(minutes=30),
                     "boat": timedelta(hours=1), "car": timedelta(0), "other": timedelta(minutes=30)}


@dataclass(frozen=True)
class CheckRules:
    """The thresholds of the checks; every one can be changed (settings, tests)."""

    business_start: time = time(8, 0)
    business_end: time = time(19, 0)
    travel_default: timedelta = timedelta(hours=3)
    travel: dict = field(default_factory=lambda: dict(DEFAULT_TRAVEL))
    arrival_buffer: timedelta = timedelta(hours=3)
    # From the end of a meeting to the departure of a travel segment: getting to the airport and
    # through it, to the station, to the quay.
    departure: dict = field(default_factory=lambda: dict(DEFAULT_DEPARTURE))

    def travel_buffer(self, city_a: str, city_b: str) -> timedelta:
        return self.travel.get(_pair(city_a, city_b), self.travel_default)

    def departure_buffer(self, kind: str) -> timedelta:
        return self.departure.get(kind, self.departure.get("other", timedelta(0)))


# Plain shapes ---------------------------------------------------------------------------------
#
# meeting: {"id", "title", "start", "end" (aware datetimes), "timezone", "city", "status",
#           "people": [person ids, the lead included unless without_lead], "kind" (optional)}
# segment: {"id", "kind", "carrier", "number", "from_place", "from_timezone", "depart",
#           "to_place", "to_timezone", "arrive" (aware datetimes), "travellers": [person ids]}
# leg:     {"city", "city_native", "country", "timezone", "arrive", "depart" (aware datetimes)}
# names:   {person id: display name}


def same_city(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _hm(instant: datetime, zone_name: str) -> str:
    return f"{in_zone(instant, zone_name):%H:%M}"


def _when(m: dict) -> str:
    """'"Title" (2017-06-09 10:00–11:00 Tokyo time)' in the meeting's own local time."""
    return _when_text(m["title"], m["start"], m["end"], m["timezone"], m.get("city") or "",
                      m.get("mission_title") or "")


@lru_cache(maxsize=8192)  # a meeting in many problems is described once
def _when_text(title: str, start: datetime, end: datetime, zone_name: str, city: str,
               mission_title: str) -> str:
    start, end = in_zone(start, zone_name), in_zone(end, zone_name)
    end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
    other = f", mission \u201c{mission_title}\u201d" if mission_title else ""
    return (f"\u201c{title}\u201d ({start:%Y-%m-%d %H:%M}\u2013{end_text} {city or zone_name} time"
            f"{other})")


@lru_cache(maxsize=8192)
def _when_parts(title: str, start: datetime, end: datetime, zone_name: str, city: str,
                mission_title: str) -> tuple[str, str, str, str, str]:
    start, end = in_zone(start, zone_name), in_zone(end, zone_name)
    return (title, f"{start:%Y-%m-%d %H:%M}", f"{end:%Y-%m-%d %H:%M}", city or zone_name,
            mission_title)


def _meeting_params(m: dict) -> dict:
    """The parts `_when` is made of, as plain data (local times as "YYYY-MM-DD HH:MM")."""
    title, start, end, place, mission_title = _when_parts(
        m["title"], m["start"], m["end"], m["timezone"], m.get("city") or "",
        m.get("mission_title") or "")
    return {"title": title, "start": start, "end": end, "place": place, "mission": mission_title}


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


def _duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} h {minutes:02d}"
    return f"{hours} h" if hours else f"{minutes} min"


def _problem(severity: str, code: str, meetings: list[dict], message: str,
             segments: tuple = (), **params) -> dict:
    problem = {"severity": severity, "code": code, "meetings": [m["title"] for m in meetings],
               "meeting_ids": [m["id"] for m in meetings],
               "segment_ids": [seg["id"] for seg in segments], "message": message,
               "params": {"meetings": [_meeting_params(m) for m in meetings], **params}}
    if segments:
        problem["params"]["segments"] = [_segment_params(seg) for seg in segments]
    return problem


_KIND_WORDS = {"flight": "the flight", "train": "the train", "car": "the car", "boat": "the boat",
               "other": "the journey"}


def _segment_params(seg: dict) -> dict:
    return {"kind": seg.get("kind") or "other",
            "label": (seg.get("number") or seg.get("carrier") or "").strip(),
            "from": seg["from_place"], "to": seg["to_place"],
            "depart": f"{in_zone(seg['depart'], seg['from_timezone']):%Y-%m-%d %H:%M}",
            "arrive": f"{in_zone(seg['arrive'], seg['to_timezone']):%Y-%m-%d %H:%M}"}


def _segment_text(seg: dict) -> str:
    """'NH 232 from Brussels (2017-06-07 12:00) to Tokyo (2017-06-08 07:45)', local at each end."""
    p = _segment_params(seg)
    label = p["label"] or _KIND_WORDS.get(p["kind"], _KIND_WORDS["other"])
    return f"{label} from {p['from']} ({p['depart']}) to {p['to']} ({p['arrive']})"


def _people(person_ids, names: dict) -> list[str | None]:
    """The names of `person_ids` in the order `_who` gives them; None for an unknown person."""
    return sorted((names.get(p) for p in person_ids), key=lambda n: "someone" if n is None else n)


def _who(people: list[str | None]) -> str:
    shown = ["someone" if n is None else n for n in people]
    if len(shown) <= 2:
        return " and ".join(shown)
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def _legs_for(m: dict, legs: list[dict]) -> list[dict]:
    city = (m.get("city") or "").strip()
    if city:
        return [leg for leg in legs
                if same_city(leg["city"], city) or (leg.get("city_native") and
                                                      same_city(leg["city_native"], city))]
    return [leg for leg in legs if leg["timezone"] == m["timezone"]]


@lru_cache(maxsize=64)
def _holidays(country: str, year: int):
    import holidays

    try:
        return holidays.country_holidays(country, years=year)
    except NotImplementedError:  # a country the package does not know: nothing to warn about
        return {}


def holiday_name(country: str, day: date) -> str | None:
    if not country:
        return None
    return _holidays(country.upper(), day.year).get(day)


# The sweep ------------------------------------------------------------------------------------
#
# One pass over the meetings in time order, keeping per person the meetings still running and the
# one they left last. Each pair (overlap, or travel too tight) is found when its later meeting comes,
# with everyone it concerns, so nothing is kept per pair: a programme whose people are double-booked
# millions of times is checked in the memory of its meetings. Problems are yielded as a sort key and
# a function that writes the problem, so that only the ones kept are ever written out.

def _sort_key(severity: str, first: dict, code: str, ids: tuple) -> tuple:
    """Errors first, then by the start of the first meeting named, then code and meetings."""
    return (severity != ERROR, first["start"], code, ids)


class _Trips:
    """Each traveller's travel segments in order of departure, sorted once, for look-ups by time."""

    def __init__(self, segments: list[dict]):
        by_person: dict[str, list[dict]] = defaultdict(list)
        for seg in segments:
            for pid in dict.fromkeys(seg["travellers"]):
                by_person[pid].append(seg)
        self.segments: dict[str, list[dict]] = {}
        self._departs: dict[str, list[datetime]] = {}
        self._longest: dict[str, timedelta] = {}
        for pid, segs in by_person.items():
            segs.sort(key=lambda g: (g["depart"], g["arrive"], g["id"]))
            self.segments[pid] = segs
            self._departs[pid] = [g["depart"] for g in segs]
            self._longest[pid] = max(g["arrive"] - g["depart"] for g in segs)

    def __contains__(self, pid) -> bool:
        return pid in self.segments

    def _under_way(self, pid: str, before: int, at: datetime):
        """The segments among the first `before` that are still under way after `at`."""
        segs, reach = self.segments[pid], at - self._longest[pid]
        for k in range(before - 1, -1, -1):
            if segs[k]["depart"] <= reach:  # left so long ago it has landed, as all before it
                return
            if segs[k]["arrive"] > at:
                yield segs[k]

    def during(self, pid: str, start: datetime, end: datetime) -> list[dict]:
        """The person's segments under way at some time between `start` and `end`."""
        return list(self._under_way(pid, bisect_left(self._departs[pid], end), start))

    def moves_between(self, pid: str, after: datetime, before: datetime) -> bool:
        """Whether the person travels at some time between `after` and `before`."""
        departs = self._departs[pid]
        j = bisect_left(departs, after)
        return j < bisect_left(departs, before) or next(self._under_way(pid, j, after), None) is not None


def _at(m: dict, place: str, zone_name: str) -> bool:
    """Whether meeting `m` is where a segment leaves from or goes to ("Tokyo" is at "Tokyo Station")."""
    city = (m.get("city") or "").strip().casefold()
    if not city:
        return m["timezone"] == zone_name
    place = place.strip().casefold()
    return city == place or place.startswith(city + " ") or city.startswith(place + " ")


def _pairs(meetings: list[dict], rules: CheckRules, trips: _Trips | None = None):
    """(code, earlier meeting, later meeting, person ids) for every overlap, tight travel and, for
    people with travel segments, a change of city with none of them in between."""
    trips = trips or _Trips([])
    running: dict[str, list] = defaultdict(list)  # person -> heap of (end, order, meeting)
    left_last: dict[str, dict] = {}  # person -> the meeting they left last (latest end so far)
    order = sorted(meetings, key=lambda m: (m["start"], m["end"], m["id"]))
    for n, m in enumerate(order):
        overlaps: dict[str, tuple[dict, set]] = {}
        travels: dict[str, tuple[dict, set]] = {}
        unplanned: dict[str, tuple[dict, set]] = {}
        city = (m.get("city") or "").strip().casefold()
        for pid in dict.fromkeys(m["people"]):
            heap = running[pid]
            while heap and heap[0][0] <= m["start"]:
                heapq.heappop(heap)
            for _, _, other in heap:
                overlaps.setdefault(other["id"], (other, set()))[1].add(pid)
            heapq.heappush(heap, (m["end"], n, m))
            previous = left_last.get(pid)
            if previous is not None and previous["end"] <= m["start"]:
                before = (previous.get("city") or "").strip().casefold()
                if not (before and city and before != city):
                    pass
                elif pid in trips:
                    if not trips.moves_between(pid, previous["end"], m["start"]):
                        unplanned.setdefault(previous["id"], (previous, set()))[1].add(pid)
                elif m["start"] - previous["end"] < rules.travel_buffer(before, city):
                    travels.setdefault(previous["id"], (previous, set()))[1].add(pid)
            if previous is None or m["end"] > previous["end"]:
                left_last[pid] = m
        for other, person_ids in overlaps.values():
            yield "overlap", other, m, person_ids
        for previous, person_ids in travels.values():
            yield "travel", previous, m, person_ids
        for previous, person_ids in unplanned.values():
            yield "no-travel", previous, m, person_ids


def _overlap_problem(a: dict, b: dict, person_ids, names: dict) -> dict:
    people = _people(person_ids, names)
    return _problem(ERROR, "overlap", [a, b],
                    f"{_who(people)} cannot be in two meetings at once: {_when(a)} and {_when(b)} "
                    f"overlap", people=people)


def _travel_problem(a: dict, b: dict, person_ids, names: dict, rules: CheckRules) -> dict:
    people = _people(person_ids, names)
    gap = b["start"] - a["end"]
    need = rules.travel_buffer(a["city"], b["city"])
    return _problem(WARNING, "travel", [a, b],
                    f"{_who(people)} would have {_duration(gap)} to get from {a['city']} to "
                    f"{b['city']} between {_when(a)} and {_when(b)}; allow at least {_duration(need)}",
                    people=people, gap_minutes=_minutes(gap), from_city=a["city"], to_city=b["city"],
                    needed_minutes=_minutes(need))


def _no_travel_problem(a: dict, b: dict, person_ids, names: dict) -> dict:
    people = _people(person_ids, names)
    return _problem(WARNING, "no-travel", [a, b],
                    f"No travel is planned for {_who(people)} from {a['city']} to {b['city']} between "
                    f"{_when(a)} and {_when(b)}", people=people, from_city=a["city"], to_city=b["city"])


def _trip_pairs(live: list[dict], trips: _Trips, rules: CheckRules, mine):
    """(code, meeting, segment, person ids) for a meeting against its people's travel segments:
    before-arrival, after-departure, travel-clash, arrival (after a segment lands) and travel (too
    little time to catch one). Each traveller's meetings are put in order once."""
    found: dict[tuple, tuple[dict, dict, set]] = {}

    def add(code, m, seg, pid):
        found.setdefault((code, m["id"], seg["id"]), (m, seg, set()))[2].add(pid)

    by_person: dict[str, list[dict]] = defaultdict(list)
    for m in sorted(live, key=lambda m: (m["start"], m["end"], m["id"])):
        for pid in dict.fromkeys(m["people"]):
            if pid not in trips:
                continue
            by_person[pid].append(m)
            if not mine(m):
                continue
            segs = trips.segments[pid]
            first, last = segs[0], segs[-1]
            if m["start"] < first["arrive"] and not _at(m, first["from_place"], first["from_timezone"]):
                add("before-arrival", m, first, pid)
            elif m["end"] > last["depart"] and not _at(m, last["to_place"], last["to_timezone"]):
                add("after-departure", m, last, pid)
            else:
                for seg in trips.during(pid, m["start"], m["end"]):
                    add("travel-clash", m, seg, pid)
    for pid, ms in by_person.items():
        starts = [m["start"] for m in ms]
        by_end = sorted(ms, key=lambda m: m["end"])
        ends = [m["end"] for m in by_end]
        for seg in trips.segments[pid]:
            i = bisect_left(starts, seg["arrive"])  # the first meeting once landed
            if i < len(ms) and mine(ms[i]) and ms[i]["start"] - seg["arrive"] < rules.arrival_buffer:
                add("arrival", ms[i], seg, pid)
            i = bisect_right(ends, seg["depart"]) - 1  # the last meeting over before it leaves
            if i >= 0 and mine(by_end[i]) and \
                    seg["depart"] - by_end[i]["end"] < rules.departure_buffer(seg.get("kind") or "other"):
                add("travel", by_end[i], seg, pid)
    for (code, _, _), (m, seg, person_ids) in found.items():
        yield code, m, seg, person_ids


def _travel_overlaps(trips: _Trips):
    """(earlier segment, later segment, person ids) for every pair of one person's segments that
    overlap."""
    found: dict[tuple, tuple[dict, dict, set]] = {}
    for pid, segs in trips.segments.items():
        latest = None  # the segment landing last so far
        for seg in segs:
            if latest is not None and seg["depart"] < latest["arrive"]:
                found.setdefault((latest["id"], seg["id"]), (latest, seg, set()))[2].add(pid)
            if latest is None or seg["arrive"] > latest["arrive"]:
                latest = seg
    return found.values()


def _trip_problem(code: str, m: dict, seg: dict, person_ids, names: dict, rules: CheckRules) -> dict:
    people = _people(person_ids, names)
    who, trip = _who(people), _segment_text(seg)
    if code == "before-arrival":
        return _problem(ERROR, code, [m], f"{_when(m)} starts before the arrival of {who} ({trip})",
                        (seg,), people=people)
    if code == "after-departure":
        return _problem(ERROR, code, [m], f"{_when(m)} ends after the departure of {who} ({trip})",
                        (seg,), people=people)
    if code == "travel-clash":
        return _problem(ERROR, code, [m], f"{who} would be travelling during {_when(m)}: {trip}",
                        (seg,), people=people)
    if code == "arrival":
        since, arrived = m["start"] - seg["arrive"], _hm(seg["arrive"], seg["to_timezone"])
        return _problem(WARNING, code, [m],
                        f"{_when(m)} starts {_duration(since)} after arriving in {seg['to_place']} "
                        f"({arrived}); allow at least {_duration(rules.arrival_buffer)}", (seg,),
                        since_minutes=_minutes(since), city=seg["to_place"], arrived=arrived,
                        buffer_minutes=_minutes(rules.arrival_buffer), people=people)
    gap, need = seg["depart"] - m["end"], rules.departure_buffer(seg.get("kind") or "other")
    return _problem(WARNING, "travel", [m],
                    f"{who} would have {_duration(gap)} between {_when(m)} and {trip}; allow at "
                    f"least {_duration(need)}", (seg,),
                    people=people, gap_minutes=_minutes(gap), needed_minutes=_minutes(need))


def _travel_overlap_problem(a: dict, b: dict, person_ids, names: dict) -> dict:
    people = _people(person_ids, names)
    return _problem(ERROR, "travel-overlap", [],
                    f"{_who(people)} cannot be on {_segment_text(a)} and {_segment_text(b)} at once",
                    (a, b), people=people)


def _per_meeting(m: dict, legs: list[dict], rules: CheckRules, travelling: bool = False) -> list[dict]:
    out = []
    zone_name = m["timezone"]
    start, end = in_zone(m["start"], zone_name), in_zone(m["end"], zone_name)

    candidates = _legs_for(m, legs)
    inside = [leg for leg in candidates if leg["arrive"] <= m["start"] and m["end"] <= leg["depart"]]
    if candidates and not inside:
        stays = "; ".join(_stay(leg) for leg in candidates)
        out.append(_problem(ERROR, "outside-leg", [m],
                            f"{_when(m)} is outside the stay in {candidates[0]['city']} ({stays})",
                            city=candidates[0]["city"], stays=[_stay_params(leg) for leg in candidates]))
    elif not candidates and (m.get("city") or "").strip() and legs:
        cities = ", ".join(f"{leg['city']} {_stay(leg)}" for leg in legs)
        out.append(_problem(ERROR, "outside-leg", [m],
                            f"{_when(m)} is in {m['city']}, where the mission does not go "
                            f"(legs: {cities})",
                            city=m["city"],
                            legs=[{"city": leg["city"], **_stay_params(leg)} for leg in legs]))
    for leg in inside[:1] if not travelling else ():  # travellers: from their segments instead
        since = m["start"] - leg["arrive"]
        if since < rules.arrival_buffer:
            arrived = _hm(leg["arrive"], leg["timezone"])
            out.append(_problem(WARNING, "arrival", [m],
                                f"{_when(m)} starts {_duration(since)} after arriving in "
                                f"{leg['city']} ({arrived}); allow at "
                                f"least {_duration(rules.arrival_buffer)}",
                                since_minutes=_minutes(since), city=leg["city"], arrived=arrived,
                                buffer_minutes=_minutes(rules.arrival_buffer)))

    too_early = start.time() < rules.business_start
    too_late = end.date() > start.date() or end.time() > rules.business_end
    if (too_early or too_late) and m.get("kind") not in EVENING_KINDS:
        opens, closes = f"{rules.business_start:%H:%M}", f"{rules.business_end:%H:%M}"
        out.append(_problem(WARNING, "after-hours", [m],
                            f"{_when(m)} is outside local business hours ({opens}\u2013{closes})",
                            business_start=opens, business_end=closes))

    country = next((leg["country"] for leg in (inside or candidates)), "")
    name = holiday_name(country, start.date())
    if name:
        out.append(_problem(WARNING, "holiday", [m],
                            f"{_when(m)} falls on a public holiday in {_country_name(country)}: "
                            f"{name}", country=country.upper(), holiday=name))
    return out


@lru_cache(maxsize=64)
def _country_name(code: str) -> str:
    """"South Korea (KR)" from CLDR, or the code alone if CLDR does not know it."""
    from babel import Locale

    name = Locale("en").territories.get(code.upper())
    return f"{name} ({code.upper()})" if name else code.upper()


def _stay(leg: dict) -> str:
    stay = _stay_params(leg)
    return f"{stay['arrive']} to {stay['depart']}"


def _stay_params(leg: dict) -> dict:
    z = leg["timezone"]
    return {"arrive": f"{in_zone(leg['arrive'], z):%Y-%m-%d %H:%M}",
            "depart": f"{in_zone(leg['depart'], z):%Y-%m-%d %H:%M}"}


# At most this many problems are listed (errors first, then by time); the count says how many there
# are in all. A programme with more is not one anybody reads problem by problem.
MAX_PROBLEMS = 10_000


@dataclass
class CheckResult:
    problems: list[dict]  # the first `limit` problems, errors first, then by time
    total: int  # how many problems there are in all
    errors: int  # how many of them are errors

    @property
    def truncated(self) -> bool:
        return self.total > len(self.problems)


def _candidates(meetings: list[dict], legs: list[dict], names: dict, rules: CheckRules,
                only: str | None, travel: list[dict]):
    """Every problem as (sort key, function writing it), in no particular order."""
    live = [m for m in meetings if m.get("status") != "cancelled"]
    foreign = {m["id"] for m in live if m.get("mission_title")}
    trips = _Trips(travel)
    for code, a, b, person_ids in _pairs(live, rules, trips):
        if a["id"] in foreign and b["id"] in foreign:
            continue  # another mission's meeting matters only where it meets one of ours
        if only is not None and only not in (a["id"], b["id"]):
            continue
        if code == "overlap":
            yield (_sort_key(ERROR, a, code, (a["id"], b["id"])),
                   partial(_overlap_problem, a, b, person_ids, names))
        elif code == "no-travel":
            yield (_sort_key(WARNING, a, code, (a["id"], b["id"])),
                   partial(_no_travel_problem, a, b, person_ids, names))
        else:
            yield (_sort_key(WARNING, a, code, (a["id"], b["id"])),
                   partial(_travel_problem, a, b, person_ids, names, rules))
    def mine(m: dict) -> bool:
        return m["id"] not in foreign and (only is None or m["id"] == only)

    for code, m, seg, person_ids in _trip_pairs(live, trips, rules, mine):
        severity = WARNING if code in ("arrival", "travel") else ERROR
        yield (_sort_key(severity, m, code, (m["id"], seg["id"])),
               partial(_trip_problem, code, m, seg, person_ids, names, rules))
    if only is None:
        for a, b, person_ids in _travel_overlaps(trips):
            if not (a.get("mission_title") and b.get("mission_title")):
                yield (_sort_key(ERROR, {"start": a["depart"]}, "travel-overlap", (a["id"], b["id"])),
                       partial(_travel_overlap_problem, a, b, person_ids, names))
    for m in live:
        if mine(m):
            travelling = any(pid in trips for pid in m["people"])
            for problem in _per_meeting(m, legs, rules, travelling):
                yield (_sort_key(problem["severity"], m, problem["code"], (m["id"],)),
                       (lambda p=problem: p))


def check_meetings_counted(meetings: list[dict], legs: list[dict], names: dict | None = None,
                           rules: CheckRules | None = None, *, only: str | None = None,
                           limit: int | None = MAX_PROBLEMS,
                           travel: list[dict] | None = None) -> CheckResult:
    """`check_meetings`, keeping the first `limit` problems (None: all) and counting the rest."""
    rules = rules or CheckRules()
    total = errors = 0

    def counted():
        nonlocal total, errors
        for key, write in _candidates(meetings, legs, names or {}, rules, only, travel or []):
            total += 1
            errors += not key[0]
            yield key, write

    first = itemgetter(0)
    kept = sorted(counted(), key=first) if limit is None else heapq.nsmallest(limit, counted(), key=first)
    return CheckResult([write() for _, write in kept], total, errors)


def check_meetings(meetings: list[dict], legs: list[dict], names: dict | None = None,
                   rules: CheckRules | None = None, *, only: str | None = None,
                   limit: int | None = MAX_PROBLEMS, travel: list[dict] | None = None) -> list[dict]:
    """Every problem in `meetings` (plain dicts) and `travel` (segments), at most `limit`; with
    `only`, those involving that meeting id.

    A meeting or segment with a `mission_title` belongs to another mission: it counts against ours
    (the same person cannot be in both), but its own legs and hours are not ours to check.
    """
    return check_meetings_counted(meetings, legs, names, rules, only=only, limit=limit,
                                  travel=travel).problems


# Reading the database -------------------------------------------------------------------------

def _load(session, mission_id: str, exclude: str | None = None):
    lead_id = session.scalar(select(Mission.lead_id).where(Mission.id == mission_id))
    rows = session.execute(
        select(Meeting.id, Meeting.title, Meeting.start, Meeting.end, Meeting.timezone, Meeting.city,
               Meeting.status, Meeting.kind, Meeting.without_lead)
        .where(Meeting.mission_id == mission_id, Meeting.status != "cancelled")
    ).all()
    meetings = {r.id: {"id": r.id, "title": r.title, "start": r.start, "end": r.end,
                       "timezone": r.timezone, "city": r.city or "", "status": r.status,
                       "kind": r.kind or "meeting",
                       "people": [lead_id] if lead_id and not r.without_lead else []}
                for r in rows if r.id != exclude}
    pairs = session.execute(
        select(Participation.meeting_id, Participation.person_id)
        .join(Meeting, Meeting.id == Participation.meeting_id)
        .where(Meeting.mission_id == mission_id, Meeting.status != "cancelled")
    ).all()
    for meeting_id, person_id in pairs:
        m = meetings.get(meeting_id)
        if m is not None and person_id not in m["people"]:
            m["people"].append(person_id)
    names = _names(session, {person_id for _, person_id in pairs} | ({lead_id} if lead_id else set()))
    legs = [{"city": leg.city, "city_native": leg.city_native, "country": leg.country,
             "timezone": leg.timezone, "arrive": leg.arrive, "depart": leg.depart}
            for leg in session.scalars(select(Leg).where(Leg.mission_id == mission_id)
                                       .order_by(Leg.arrive))]
    return list(meetings.values()), legs, names


def _names(session, person_ids) -> dict[str, str]:
    ids = list(person_ids)
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):  # SQLite limits the number of bound parameters
        for r in session.execute(select(Person.id, Person.given_name, Person.family_name,
                                        Person.name_order, Person.kind, Person.title)
                                 .where(Person.id.in_(ids[i:i + 500]))):
            out[r.id] = display_name(r.given_name or "", r.family_name or "", r.name_order or "western",
                                     r.kind, r.title or "")
    return out


def _name(given: str, family: str, order: str) -> str:
    return display_name(given or "", family or "", order or "western")


def _others(session, mission_id: str, meetings: list[dict], rules: CheckRules) -> list[dict]:
    """Other missions' meetings that share a person with `meetings` and come close in time."""
    people = sorted({p for m in meetings for p in m["people"]})
    if not people:
        return []
    reach = max([rules.travel_default, *rules.travel.values()])
    lo = min(m["start"] for m in meetings) - reach
    hi = max(m["end"] for m in meetings) + reach
    wanted = set(people)
    found: dict[str, dict] = {}
    for i in range(0, len(people), 500):  # SQLite limits the number of bound parameters
        rows = session.execute(
            select(Meeting.id, Meeting.title, Meeting.start, Meeting.end, Meeting.timezone,
                   Meeting.city, Meeting.status, Mission.title.label("mission_title"),
                   Participation.person_id)
            .join(Participation, Participation.meeting_id == Meeting.id)
            .join(Mission, Mission.id == Meeting.mission_id)
            .where(Meeting.mission_id != mission_id, Meeting.status != "cancelled",
                   Meeting.start < hi, Meeting.end > lo,
                   Participation.person_id.in_(people[i:i + 500]))
        ).all()
        # A mission's lead is in its meetings without being listed (unless without the lead)
        led = session.execute(
            select(Meeting.id, Meeting.title, Meeting.start, Meeting.end, Meeting.timezone,
                   Meeting.city, Meeting.status, Mission.title.label("mission_title"),
                   Mission.lead_id.label("person_id"))
            .join(Mission, Mission.id == Meeting.mission_id)
            .where(Meeting.mission_id != mission_id, Meeting.status != "cancelled",
                   Meeting.without_lead.is_(False), Meeting.start < hi, Meeting.end > lo,
                   Mission.lead_id.in_(people[i:i + 500]))
        ).all()
        for r in [*rows, *led]:
            m = found.setdefault(r.id, {
                "id": r.id, "title": r.title, "start": r.start, "end": r.end, "timezone": r.timezone,
                "city": r.city or "", "status": r.status, "people": [],
                "mission_title": r.mission_title})
            if r.person_id in wanted and r.person_id not in m["people"]:
                m["people"].append(r.person_id)
    return list(found.values())


def _travel(session, mission_id: str, meetings: list[dict], rules: CheckRules) -> list[dict]:
    """This mission's travel segments, and other missions' that carry people of `meetings` close to
    them in time (a flight between two missions belongs to one of them)."""
    columns = (TravelSegment.id, TravelSegment.kind, TravelSegment.carrier, TravelSegment.number,
               TravelSegment.from_place, TravelSegment.from_timezone, TravelSegment.depart,
               TravelSegment.to_place, TravelSegment.to_timezone, TravelSegment.arrive,
               Traveller.person_id, Mission.title.label("mission_title"))
    base = (select(*columns).join(Traveller, Traveller.segment_id == TravelSegment.id)
            .join(Mission, Mission.id == TravelSegment.mission_id))
    found: dict[str, dict] = {}

    def keep(rows, ours: bool):
        for r in rows:
            entry = found.setdefault(r.id, {
                "id": r.id, "kind": r.kind, "carrier": r.carrier, "number": r.number,
                "from_place": r.from_place, "from_timezone": r.from_timezone, "depart": r.depart,
                "to_place": r.to_place, "to_timezone": r.to_timezone, "arrive": r.arrive,
                "travellers": [], "mission_title": "" if ours else r.mission_title})
            if r.person_id not in entry["travellers"]:
                entry["travellers"].append(r.person_id)

    keep(session.execute(base.where(TravelSegment.mission_id == mission_id)
                         .order_by(Traveller.position)).all(), True)
    people = sorted({p for m in meetings for p in m["people"]})
    if people:
        reach = max([rules.travel_default, *rules.travel.values()])
        lo = min(m["start"] for m in meetings) - reach
        hi = max(m["end"] for m in meetings) + reach
        for i in range(0, len(people), 500):  # SQLite limits the number of bound parameters
            keep(session.execute(base.where(
                TravelSegment.mission_id != mission_id, TravelSegment.depart < hi,
                TravelSegment.arrive > lo, Traveller.person_id.in_(people[i:i + 500]))).all(), False)
    return list(found.values())


def check_mission_counted(db, mission_ref: str, rules: CheckRules | None = None, *,
                          limit: int | None = MAX_PROBLEMS) -> CheckResult:
    """The scheduling problems of one mission (id, id prefix, slug or title), errors first: the
    first `limit` of them, and how many there are in all.

    A delegate's meetings in other missions count too: nobody can be in two missions at once.
    """
    rules = rules or CheckRules()
    with db.read() as s:
        mission = resolve_mission(s, mission_ref)
        meetings, legs, names = _load(s, mission.id)
        travel = _travel(s, mission.id, meetings, rules)
        meetings.extend(_others(s, mission.id, meetings, rules))
    return check_meetings_counted(meetings, legs, names, rules, limit=limit, travel=travel)


def check_mission(db, mission_ref: str, rules: CheckRules | None = None, *,
                  limit: int | None = MAX_PROBLEMS) -> list[dict]:
    """`check_mission_counted`'s problems (at most MAX_PROBLEMS of them by default)."""
    return check_mission_counted(db, mission_ref, rules, limit=limit).problems


def candidate_meeting(data: dict) -> dict:
    """A meeting being edited (form values) as the plain shape the checks read.

    Accepts `start`/`end` as aware datetimes, naive wall-clock datetimes or ISO text in `timezone`,
    and participants as `people` or `counterparts` + `delegation` (person ids).
    """
    zone_name = data.get("timezone") or ""
    zone(zone_name)
    start = to_utc(data.get("start"), zone_name, field="start")
    end = to_utc(data.get("end"), zone_name, field="end")
    if end <= start:
        raise ValidationError(code="meeting.ends-before-start-plain", field="end")
    people = list(data.get("people") or [])
    for key in ("counterparts", "delegation"):
        people.extend(p for p in data.get(key) or [] if p not in people)
    return {"id": data.get("id") or CANDIDATE_ID, "title": data.get("title") or "(new meeting)",
            "start": start, "end": end, "timezone": zone_name, "city": data.get("city") or "",
            "status": data.get("status") or "proposed", "kind": data.get("kind") or "meeting",
            "without_lead": bool(data.get("without_lead")), "people": people}


def check_candidate(db, mission_id: str, candidate: dict, exclude_meeting_id: str | None = None,
                    rules: CheckRules | None = None) -> list[dict]:
    """The problems a meeting would have if saved as `candidate`, before saving it.

    `exclude_meeting_id` is the stored meeting being edited, so it does not clash with itself.
    """
    plain = candidate_meeting(candidate)
    if plain["status"] == "cancelled":
        return []
    rules = rules or CheckRules()
    with db.read() as s:
        mission = resolve_mission(s, mission_id)
        if mission.lead_id and not plain["without_lead"] and mission.lead_id not in plain["people"]:
            plain["people"].append(mission.lead_id)
        meetings, legs, names = _load(s, mission.id, exclude=exclude_meeting_id or plain["id"])
        names.update(_names(s, [p for p in plain["people"] if p not in names]))
        travel = _travel(s, mission.id, [plain], rules)
        meetings.extend(m for m in _others(s, mission.id, [plain], rules)
                        if m["id"] != exclude_meeting_id)
    meetings.append(plain)
    return check_meetings(meetings, legs, names, rules, only=plain["id"], travel=travel)


def delegation_ids(session, mission) -> set[str]:
    """The mission's delegation: lead, members and whoever sits on the delegation side."""
    ids = {mission.lead_id} if mission.lead_id else set()
    ids.update(session.scalars(select(MissionMember.person_id)
                               .where(MissionMember.mission_id == mission.id)))
    ids.update(session.scalars(
        select(Participation.person_id).join(Meeting, Meeting.id == Participation.meeting_id)
        .where(Meeting.mission_id == mission.id, Participation.side == "delegation")))
    return ids


__all__ = ["MAX_PROBLEMS", "CheckResult", "CheckRules", "DEFAULT_TRAVEL", "candidate_meeting",
           "check_candidate", "check_meetings", "check_meetings_counted", "check_mission",
           "check_mission_counted", "holiday_name"]
