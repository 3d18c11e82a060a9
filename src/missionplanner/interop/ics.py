"""Calendars: export a mission's meetings as iCalendar, import Outlook, Google and Thunderbird files.

Export: one VEVENT per meeting with a stable UID (kept in `Meeting.uid`), DTSTART/DTEND with the
venue's IANA zone and a full VTIMEZONE block per zone used, so no client falls back to floating time
(written as yearly rules where the zone has them, since Outlook misreads listed transition dates).
A time in the second pass of a repeated hour is written in UTC, the one way every reader places it.

Import rules (docs/interop.md says the same for users):

- zones: an IANA TZID (Google, Thunderbird) is used as is; a Windows name ("Tokyo Standard Time",
  Outlook) is mapped through CLDR's table; any other TZID is read from its VTIMEZONE block. A meeting
  keeps the IANA zone the file names; for UTC ("Z"), floating and custom-zone times it takes the zone
  of the mission leg it falls in. A file's own zones are that import's alone (Outlook calls them all
  "Customized Time Zone"). A time without TZID beside a zoned DTSTART (DTEND, RDATE, EXDATE,
  RECURRENCE-ID) is on DTSTART's clock; other times without TZID are in the calendar's
  X-WR-TIMEZONE when it names one (Google, Apple). An old Outlook display name with no VTIMEZONE is
  read as its region's or first city's zone (windows_zones.display_name_to_iana);
- all-day events become a 09:00-18:00 meeting, in the zone of the leg of that day, on each day they
  cover (an all-day event has no hours, and business hours are what `check` expects);
- recurring events (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) are expanded within the mission's
  dates; each occurrence is a meeting whose UID is the event's UID plus "#" and the occurrence, as
  long as the first occurrence, however long before the mission it was. An EXDATE wins over an
  override of the same occurrence; a RANGE=THISANDFUTURE override moves every later occurrence.
  Our expansion, not recurring_ical_events', because it bounds the repetitions a rule may walk
  (MAX_RULE_STEPS: that library walks from DTSTART unbounded), names the line of a bad rule, places
  floating times in the leg of their own day, and keeps DTSTART as the first instance when UNTIL
  falls before it (RFC 5545 3.8.5.3; that library drops it). tests/test_ics_corpus.py compares the
  two on every public file of tests/data/ics-corpus/, each difference listed with its RFC reason;
- an event that ends when it starts is skipped and listed (a meeting must end after it starts); an
  all-day event whose DTEND is its DTSTART is one day;
- an iTIP message (CANCEL, REPLY...) may name its event by UID alone: a cancellation cancels the
  meetings made from it, the others are listed;
- a meeting already imported (same UID in this mission) is updated, never duplicated; events outside
  the mission's dates are skipped and listed; a malformed file is refused with its line and nothing
  is written.

This module reads and writes the file; what the meetings become is `services.calendars`' (through
the planner: matching by UID, the rules of a single create, cancellations, one transaction).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from ..errors import MissionPlannerError, ValidationError
from ..services.calendars import (
    STATUS_OUT,
    TRAVEL_UID_SUFFIX,
    CalendarFile,
    Cancellation,
    MissionDays,
    Occurrence,
    apply_calendar,
    calendar_meetings,
    calendar_travel,
    mission_days,
)
from ..services.timeutil import is_valid_zone, zone
from ..services.validation import clean_text
from .ical_reader import Component, ICalError, Prop, Reader, raw_text
from .wallclock import to_utc
from .windows_zones import display_name_to_iana, windows_to_iana

PRODID = "-//Mission Planner//missionplanner//EN"
STATUS_IN = {"TENTATIVE": "proposed", "CONFIRMED": "confirmed", "CANCELLED": "cancelled"}
BUSY_IN = {"BUSY": "confirmed", "OOF": "confirmed", "TENTATIVE": "proposed", "FREE": "proposed"}
ALL_DAY_HOURS = (time(9, 0), time(18, 0))
MAX_OCCURRENCES = 1000        # meetings one recurring event may produce within a mission
MAX_RULE_STEPS = 200_000      # repetitions one rule may walk (mostly before the mission starts)
# Repetitions all the rules of one import may walk together: without it, a small file of many
# FREQ=SECONDLY events, each just under MAX_RULE_STEPS, ran for minutes (issue 13, finding 8).
MAX_IMPORT_STEPS = 500_000
MAX_FILE_BYTES = 50 * 1024 * 1024   # a calendar file; read whole, so refused above this size
PROGRESS_EVERY = 500                # events between two calls of an import's `progress`
DEFAULT_LENGTH = timedelta(hours=1)
_NO_TIME = timedelta(0)
_INVITEES = ("ORGANIZER", "ATTENDEE")
# What the import reads of a file (the rest is checked for its structure, then left out: see
# ical_reader.Reader.parse); a VTIMEZONE whole, since icalendar turns it into a tzinfo.
READ = {
    "VCALENDAR": frozenset({"PRODID", "METHOD", "X-WR-CALNAME", "X-WR-RELCALID", "X-WR-TIMEZONE"}),
    "VTIMEZONE": None,
    "VEVENT": frozenset({"UID", "SEQUENCE", "RECURRENCE-ID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE",
                         "EXDATE", "SUMMARY", "LOCATION", "DESCRIPTION", "STATUS", "X-MICROSOFT-CDO-BUSYSTATUS",
                         *_INVITEES}),
}
_SECTION_LABELS = ("Counterparts:", "Delegation:")
# iTIP (RFC 5546) messages whose events may name their event by UID alone, without DTSTART.
ITIP_WITHOUT_TIMES = {"CANCEL", "REPLY", "REFRESH", "DECLINECOUNTER"}


# Export -----------------------------------------------------------------------------------------

def _person_line(name: str, title: str, organization: str) -> str:
    extra = ", ".join(x for x in (title, organization) if x)
    return name + (f" ({extra})" if extra else "")


def _description(m: dict) -> str:
    blocks = [m["objectives"]] if m["objectives"] else []
    sections = []
    for side, label in (("counterparts", "Counterparts:"), ("delegation", "Delegation:")):
        if m[side]:
            sections.append(f"{label} " + "; ".join(_person_line(*person) for person in m[side]))
    if sections:
        blocks.append("\n".join(sections))
    return "\n\n".join(blocks)


def _objectives_from(description: str) -> str:
    """The objectives in a DESCRIPTION, without the participant lines our own export adds."""
    if "\n" not in description:  # one line: a participant line (or nothing) gives no objectives
        return "" if not description or description.startswith(_SECTION_LABELS) else description.strip()
    blocks = description.split("\n\n")
    if blocks and all(line.startswith(_SECTION_LABELS) for line in blocks[-1].split("\n") if line):
        blocks = blocks[:-1]
    return "\n\n".join(blocks).strip()


def _transitions(z: tzinfo, year: int) -> list[tuple[datetime, timedelta, timedelta]]:
    """(UTC instant, offset before, offset after) of each change of UTC offset in `year`."""
    out = []
    t = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    before = t.astimezone(z).utcoffset()
    while t < end:
        nxt = t + timedelta(days=1)
        after = nxt.astimezone(z).utcoffset()
        if after != before:
            lo, hi = t, nxt
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(z).utcoffset() == before:
                    lo = mid
                else:
                    hi = mid
            out.append((hi.replace(second=0, microsecond=0), before, after))
            before = after
        t = nxt
    return out


def vtimezone(name: str, years: range):
    """The zone as a VTIMEZONE, written the way Outlook reads it best.

    Zones whose changes follow an "n-th weekday of the month" rule over `years` get one STANDARD and
    one DAYLIGHT with a yearly RRULE (as Google and Thunderbird write them: Outlook misreads listed
    dates); zones without changes one STANDARD; zones whose rules changed within `years` (Sao Paulo
    in 2019, Morocco every Ramadan) list their changes with RDATE, the only exact way to say it.
    """
    import calendar as cal_days

    import icalendar

    z = zone(name)
    changes = []   # (kind, local wall time before the change, before, after, tzname, rule)
    for year in years:
        for instant, before, after in _transitions(z, year):
            local = (instant + before).replace(tzinfo=None)
            last_day = cal_days.monthrange(local.year, local.month)[1]
            nth = -1 if local.day + 7 > last_day else (local.day - 1) // 7 + 1
            weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[local.weekday()]
            probe = (instant + timedelta(hours=1)).astimezone(z)
            kind = "DAYLIGHT" if probe.dst() else "STANDARD"
            changes.append((kind, local, before, after, probe.tzname(),
                            (local.month, f"{nth}{weekday}", local.time())))
    block = icalendar.Timezone()
    block.add("tzid", name)

    def component(kind, start, before, after, tzname):
        comp = (icalendar.TimezoneDaylight if kind == "DAYLIGHT" else icalendar.TimezoneStandard)()
        comp.add("dtstart", start)
        comp.add("tzoffsetfrom", before)
        comp.add("tzoffsetto", after)
        if tzname:
            comp.add("tzname", tzname)
        block.add_component(comp)
        return comp

    first = datetime(years.start, 1, 1, tzinfo=UTC).astimezone(z)
    if not changes:
        component("STANDARD", datetime(1970, 1, 1), first.utcoffset(), first.utcoffset(), first.tzname())
        return block
    by_kind: dict[str, list] = {}
    for change in changes:
        by_kind.setdefault(change[0], []).append(change)

    def every_year(group):  # one change a year, with no year left out
        found = [c[1].year for c in group]
        return found == list(range(found[0], found[0] + len(found)))

    regular = set(by_kind) == {"DAYLIGHT", "STANDARD"} and all(
        len({(c[2], c[3], c[5]) for c in group}) == 1 and every_year(group) for group in by_kind.values())
    if regular:
        for kind in ("DAYLIGHT", "STANDARD"):
            group = by_kind[kind]
            kind_, local, before, after, tzname, (month, byday, _at) = group[0]
            comp = component(kind, local, before, after, tzname)
            rule = {"freq": "yearly", "bymonth": month, "byday": byday}
            last_local, last_before = group[-1][1], group[-1][2]
            if last_local.year < years[-1]:
                # The rule stopped within `years` (Sao Paulo kept standard time from 2019): a yearly
                # rule without an end would bring its clock changes back every year after. UNTIL is
                # in UTC (RFC 5545), a day after the last change: dateutil compares it with the
                # local times of the changes, which are up to 14 hours later than UTC.
                rule["until"] = (last_local - last_before).replace(tzinfo=UTC) + timedelta(days=1)
            comp.add("rrule", rule)
        return block
    # The offset in force before the first change, then every change listed.
    component("DAYLIGHT" if first.dst() else "STANDARD", first.replace(tzinfo=None),
              first.utcoffset(), first.utcoffset(), first.tzname())
    groups: dict[tuple, list[datetime]] = {}
    for kind, local, before, after, tzname, _rule in changes:
        groups.setdefault((kind, before, after, tzname), []).append(local)
    for (kind, before, after, tzname), starts in groups.items():
        comp = component(kind, starts[0], before, after, tzname)
        if starts[1:]:
            comp.add("rdate", starts[1:])
    return block


def _exact(instant: datetime, zone_name: str) -> datetime:
    """The instant as DTSTART/DTEND write it: on the zone's clock (with its TZID), unless that wall-clock
    time does not say the instant. In the hour that happens twice when clocks go back, RFC 5545 reads
    a local time as its first pass (3.3.5), and so do icalendar and our own import; a meeting in the
    second pass (02:30 winter time in Brussels on 29 October 2017) is written in UTC, which every
    reader places exactly."""
    local = instant.astimezone(zone(zone_name))
    if local.replace(fold=0).astimezone(UTC) != instant:
        return instant.astimezone(UTC)
    return local


def export_ics(planner, mission_ref: str) -> bytes:
    """The mission's meetings as an iCalendar file; meetings without a UID get one, kept for re-imports."""
    import icalendar

    title, meetings = calendar_meetings(planner, mission_ref)
    journeys = calendar_travel(planner, mission_ref)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", title)
    stamp = datetime.now(UTC).replace(microsecond=0)
    if meetings or journeys:
        events = meetings + journeys
        years = range(min(e["start"] for e in events).year - 1, max(e["end"] for e in events).year + 2)
        zones = {m["timezone"] for m in meetings} | {j[k] for j in journeys for k in ("start_timezone", "end_timezone")}
        for name in sorted(zones - {"UTC", "Etc/UTC"}):
            cal.add_component(vtimezone(name, years))
    for m in meetings:
        ev = icalendar.Event()
        ev.add("uid", m["uid"])
        ev.add("dtstamp", stamp)
        ev.add("last-modified", m["updated_at"].replace(microsecond=0))
        ev.add("sequence", max(m["version"] - 1, 0))
        ev.add("dtstart", _exact(m["start"], m["timezone"]))
        ev.add("dtend", _exact(m["end"], m["timezone"]))
        ev.add("summary", m["title"])
        if m["location"]:
            ev.add("location", m["location"])
        if _description(m):
            ev.add("description", _description(m))
        ev.add("status", STATUS_OUT[m["status"]])
        ev.add("transp", "TRANSPARENT" if m["status"] == "cancelled" else "OPAQUE")
        cal.add_component(ev)
    for j in journeys:  # each end in its own zone: a flight leaves at 12:00 Brussels, lands 07:45 Tokyo
        ev = icalendar.Event()
        ev.add("uid", j["uid"])
        ev.add("dtstamp", stamp)
        ev.add("last-modified", j["updated_at"].replace(microsecond=0))
        ev.add("sequence", max(j["version"] - 1, 0))
        ev.add("dtstart", _exact(j["start"], j["start_timezone"]))
        ev.add("dtend", _exact(j["end"], j["end_timezone"]))
        ev.add("summary", j["title"])
        ev.add("location", j["location"])
        if j["description"]:
            ev.add("description", j["description"])
        ev.add("categories", ["TRAVEL", j["kind"].upper()])
        ev.add("transp", "OPAQUE")
        cal.add_component(ev)
    return cal.to_ical()


# Reading events -----------------------------------------------------------------------------------

@dataclass(slots=True)
class Frame:
    """How the wall-clock values of one property are anchored: UTC, a zone, floating, or a date."""

    kind: str                      # "utc" | "zone" | "floating" | "date"
    tzinfo: tzinfo | None = None
    zone_name: str | None = None   # an IANA name when the file gives one (directly or via Windows)


class _Calendar:
    def __init__(self, reader: Reader, calendars: list[Component], mission: MissionDays):
        self.r = reader
        self.mission = mission
        self.vtimezones: dict[str, Component] = {}
        for cal in calendars:
            for tzc in cal.walk("VTIMEZONE"):
                tzid = reader.text(tzc.first("TZID"))
                if not tzid:
                    raise reader.error(tzc.line, "ical.vtimezone-no-tzid")
                self.vtimezones.setdefault(tzid, tzc)
        # The zones of this import, by TZID: a zone a file defines itself is this file's alone (Outlook
        # calls every such zone "Customized Time Zone"), so it is never kept beyond the import.
        self.frames: dict[str, Frame] = {}
        # Google and Apple write a calendar's zone as X-WR-TIMEZONE and its times without TZID: they
        # mean that zone, and every reader that shows them as Google does reads them so (the
        # x-wr-timezone convention). A name no zone table knows leaves them floating.
        self.floating = Frame("floating")
        for cal in calendars:
            named = reader.text(cal.first("X-WR-TIMEZONE"))
            for name in (named, windows_to_iana(named) or ""):
                if name and is_valid_zone(name):
                    self.floating = Frame("zone", zone(name), name)
                    break
            if named:
                break
        self.days = (mission.start_date, mission.end_date)
        self.window = (mission.start_date - timedelta(days=1), mission.end_date + timedelta(days=1))
        self.skipped: list[dict] = []
        self.steps = 0  # recurrence repetitions walked so far, by every rule (MAX_IMPORT_STEPS)
        self.event_uids: set[str] = set()  # the UID of every event of the file (calendar identity)
        self.cancels: list[Cancellation] = []  # iTIP cancellations that name their event by UID alone

    # Zones ----------------------------------------------------------------------------------

    def frame(self, prop: Prop) -> Frame:
        tzid = prop.params.get("TZID", "").strip()
        if not tzid:
            return self.floating
        if tzid not in self.frames:
            self.frames[tzid] = self._resolve(tzid, prop)
        return self.frames[tzid]

    def _resolve(self, tzid: str, prop: Prop) -> Frame:
        candidates = [tzid, windows_to_iana(tzid) or ""]
        parts = tzid.strip("/").split("/")
        # Old Thunderbird and other servers prefix the IANA name: /mozilla.org/20050126_1/Europe/Brussels
        # (or writes it with a leading slash: /Europe/Stockholm).
        candidates += ["/".join(parts[-n:]) for n in (3, 2) if len(parts) >= n]
        for name in candidates:
            if name and is_valid_zone(name):
                return Frame("zone", zone(name), name)
        vtz = self.vtimezones.get(tzid)
        if vtz is None:
            # Old Outlook: a display name, no VTIMEZONE ("Pacific Time (US & Canada), Tijuana").
            named = display_name_to_iana(tzid)
            if named and is_valid_zone(named):
                return Frame("zone", zone(named), named)
            raise self.r.error(prop.line, "ical.unknown-tzid", prop.name, tzid=tzid)
        try:
            tzi = vtz.tzinfo()
            tzi.utcoffset(datetime(2020, 1, 1))
        except Exception as exc:  # icalendar raises many kinds on a broken block
            raise self.r.error(vtz.line, "ical.bad-vtimezone", tzid=tzid, reason=str(exc)) from None
        return Frame("zone", tzi, None)

    # Values ---------------------------------------------------------------------------------

    def when(self, prop: Prop, value: date | datetime | None = None) -> tuple[date | datetime, Frame]:
        """The naive wall-clock value of a DTSTART-like property (or `value`, one of an RDATE's) and
        how it is anchored."""
        if value is None:
            value = self.r.date_or_datetime(prop)
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                return value.replace(tzinfo=None), Frame("utc", UTC, None)
            return value, self.frame(prop)
        return value, Frame("date")

    def on_clock_of(self, start_p: Prop | None, frame: Frame) -> Frame:
        """The frame of a time written without a zone (DTEND, RDATE, EXDATE, RECURRENCE-ID) beside a
        DTSTART that has one: DTSTART's (RFC 5545 3.8.2.2, 3.8.5: they are on the same clock), not
        the leg's. Any other frame is kept."""
        if frame.kind != "floating" or start_p is None:
            return frame
        _value, own = self.when(start_p)
        return own if own.kind in ("zone", "utc") else frame

    def utc(self, naive: datetime, frame: Frame, prop: Prop) -> datetime:
        if frame.kind == "utc":
            return naive.replace(tzinfo=UTC)
        z = zone(self.mission.zone_of_day(naive.date())) if frame.kind == "floating" else frame.tzinfo
        try:
            return to_utc(naive, z)
        except (OverflowError, ValueError) as exc:
            raise self.r.error(prop.line, "ical.cannot-place", prop.name, time=str(naive), reason=str(exc)) from None

    def key_of(self, value: date | datetime, frame: Frame, prop: Prop) -> str:
        if isinstance(value, datetime):
            return self.utc(value, frame, prop).strftime("%Y%m%dT%H%M%SZ")
        return value.strftime("%Y%m%d")

    def near_mission(self, value: date | datetime) -> bool:
        day = value.date() if isinstance(value, datetime) else value
        return self.window[0] <= day <= self.window[1]

    # Events ---------------------------------------------------------------------------------

    def events(self, calendars: list[Component]) -> list[Occurrence]:
        masters: dict[str, tuple[int, Component]] = {}
        overrides: dict[tuple[str, str], tuple[int, Component]] = {}
        exceptions: list[tuple[str, int, Component]] = []  # (uid, sequence, event) with a RECURRENCE-ID
        for cal in calendars:
            method = cal.first("METHOD")
            method_name = self.r.text(method).upper() if method is not None else ""
            cancel = method_name == "CANCEL"
            for ev in cal.walk("VEVENT"):
                if cancel and ev.first("STATUS") is None:  # Outlook's cancellation message
                    ev.props.append(Prop("STATUS", {}, "CANCELLED", method.line))
                uid = self.uid(ev)
                if uid.endswith(TRAVEL_UID_SUFFIX):  # a journey of our own export, not a meeting
                    continue
                if ev.first("DTSTART") is None and method_name in ITIP_WITHOUT_TIMES:
                    self.itip_without_times(uid, ev, method_name)
                    continue
                seq = self.sequence(ev)
                if ev.first("RECURRENCE-ID") is not None:
                    exceptions.append((uid, seq, ev))
                elif uid not in masters or masters[uid][0] <= seq:
                    masters[uid] = (seq, ev)
        for uid, seq, ev in exceptions:  # keyed once the series' own clock is known
            rid = ev.first("RECURRENCE-ID")
            value, frame = self.when(rid)
            if uid in masters:
                frame = self.on_clock_of(masters[uid][1].first("DTSTART"), frame)
            key = self.key_of(value, frame, rid)
            if uid in masters and isinstance(value, datetime) and self.all_day(masters[uid][1]):
                # An all-day series' occurrence named by a date-time (some servers write
                # RECURRENCE-ID:20260303T000000Z): RFC 5545 3.8.4.4 wants DTSTART's type; its date
                # is the occurrence meant.
                key = value.strftime("%Y%m%d")
            if (uid, key) not in overrides or overrides[(uid, key)][0] <= seq:
                overrides[(uid, key)] = (seq, ev)
        self.event_uids |= set(masters) | {uid for uid, _key in overrides}
        out: list[Occurrence] = []
        for uid, (_seq, ev) in masters.items():
            own = {key: o for (u, key), (_s, o) in overrides.items() if u == uid}
            out.extend(self.expand(uid, ev, own))
        for (uid, key), (_seq, ev) in overrides.items():
            if uid not in masters:  # an exception sent alone (Outlook does): a meeting of its own
                out.extend(self.single(uid, ev, key))
        return out

    def all_day(self, ev: Component) -> bool:
        start_p = ev.first("DTSTART")
        return start_p is not None and not isinstance(self.r.date_or_datetime(start_p), datetime)

    def itip_without_times(self, uid: str, ev: Component, method: str) -> None:
        """An event of an iTIP message that names its event by UID alone (RFC 5546 lets CANCEL, REPLY,
        REFRESH and DECLINECOUNTER leave DTSTART out): a cancellation cancels the meetings made from
        that event (all of them, or the occurrence its RECURRENCE-ID names); the others carry nothing
        to import and are listed as skipped."""
        title = (self.clean(ev.first("SUMMARY")) or "(untitled event)")[:300]
        self.event_uids.add(uid)
        rid = ev.first("RECURRENCE-ID")
        key = ""
        if rid is not None:
            value, frame = self.when(rid)
            key = self.key_of(value, frame, rid)
        if method == "CANCEL":
            self.cancels.append(Cancellation(uid, key, title, ev.line))
        else:
            self.skip(uid, key, {"title": title, "line": ev.line},
                      f"METHOD:{method} message without times: nothing to import")

    def uid(self, ev: Component) -> str:
        prop = ev.first("UID")
        if self.r.raw(prop):
            return _clean_text(self.r, prop, escaped=False)[:200]
        # RFC 5545 requires a UID; for files without one, a stable stand-in makes re-imports match.
        seed = "|".join(self.r.text(ev.first(n)) for n in ("SUMMARY", "DTSTART", "LOCATION"))
        return hashlib.sha1(seed.encode()).hexdigest()[:20] + "@imported"

    def sequence(self, ev: Component) -> int:
        prop = ev.first("SEQUENCE")
        if prop is None:
            return 0
        if isinstance(prop.value, int):
            return prop.value
        raise self.r.error(prop.line, "ical.sequence-not-number", "SEQUENCE", value=self.r.raw(prop)[:20])

    def times(self, ev: Component):
        """(start value, frame, length, start prop) where length is a timedelta or a number of days.

        A length of zero is kept (RFC 5545 allows an event that ends when it starts): `occurrences`
        lists it as skipped, since a meeting must end after it starts. An end before the start is
        refused."""
        start_p = ev.first("DTSTART")
        if start_p is None:
            raise self.r.error(ev.line, "ical.no-dtstart", "DTSTART")
        start, frame = self.when(start_p)
        end_p, dur_p = ev.first("DTEND"), ev.first("DURATION")
        if frame.kind == "date":
            days = 1
            if end_p is not None:
                end, _ = self.when(end_p)
                if isinstance(end, datetime):
                    raise self.r.error(end_p.line, "ical.end-datetime-start-date", "DTEND")
                days = (end - start).days
            elif dur_p is not None:
                days = self.r.duration(dur_p).days
            if days < 0:
                raise self.r.error((end_p or dur_p).line, "ical.ends-before-start", (end_p or dur_p).name)
            # An all-day event that ends on the day it starts (Apple's holiday feeds write it so):
            # RFC 5545 gives a date without an end one day; read such an end as that day too.
            return start, frame, max(days, 1), start_p
        if end_p is not None:
            end, end_frame = self.when(end_p)
            if not isinstance(end, datetime):
                raise self.r.error(end_p.line, "ical.end-date-start-datetime", "DTEND")
            if end_frame.kind == "floating" and frame.kind != "floating":
                # RFC 5545 3.8.2.2: DTEND is in DTSTART's zone unless it names its own. A floating
                # end beside a zoned start is DTSTART's wall clock, not the leg's.
                end_frame = frame
            if not (self.near_mission(start) or self.near_mission(end) or ev.first("RRULE") or ev.first("RDATE")):
                return start, frame, DEFAULT_LENGTH, start_p  # one event, skipped anyway; do not convert
            length = self.length(start, frame, start_p, end, end_frame, end_p)
            bad = end_p
        elif dur_p is not None:
            length, bad = self.r.duration(dur_p), dur_p
        else:
            length, bad = DEFAULT_LENGTH, None  # RFC 5545: no end; a meeting needs one, so an hour
        if length < _NO_TIME:
            raise self.r.error(bad.line, "ical.ends-before-start", bad.name)
        return start, frame, length, start_p

    def length(self, start: datetime, frame: Frame, start_p: Prop, end: datetime, end_frame: Frame,
               end_p: Prop) -> timedelta:
        """DTEND - DTSTART as an exact duration (RFC 5545 3.8.5.3: every occurrence of a recurring
        event lasts as long as the first), however long before the mission the first one is. Far
        from the mission, a time that cannot be placed (year 1 east of UTC) gives the wall-clock
        difference: exact but for a clock change within the event."""
        try:
            return self.utc(end, end_frame, end_p) - self.utc(start, frame, start_p)
        except ICalError:
            if self.near_mission(start) or self.near_mission(end):
                raise
            return end - start

    def fields(self, ev: Component) -> dict:
        status_p = ev.first("STATUS")
        status = None
        if status_p is not None:
            status = STATUS_IN.get(self.r.text(status_p).upper())
        if status is None:
            busy = ev.first("X-MICROSOFT-CDO-BUSYSTATUS")
            status = BUSY_IN.get(self.r.text(busy).upper()) if busy is not None else None
        return {"title": (self.clean(ev.first("SUMMARY")) or "(untitled event)")[:300],
                "location": self.clean(ev.first("LOCATION")),
                "objectives": _objectives_from(self.clean(ev.first("DESCRIPTION"))),
                "status": status, "line": ev.line,
                "emails": self.emails(ev)}

    def clean(self, prop: Prop | None) -> str:
        """A text property's value, refused with its line when it holds a control character (other
        than tab and newline) or a bidirectional override: it would reach the terminal and the
        files we write as it is."""
        return _clean_text(self.r, prop)

    def emails(self, ev: Component) -> tuple[str, ...]:
        """The ORGANIZER and ATTENDEE addresses, in the file's order, each once."""
        invitees = [p for p in ev.props if p.name in _INVITEES]
        if not invitees:
            return ()
        return tuple(dict.fromkeys(self.email(p) for p in invitees if self.email(p)))

    def email(self, prop: Prop) -> str:
        value = self.r.text(prop)
        return value[7:].strip().lower() if value.lower().startswith("mailto:") else ""

    def single(self, uid: str, ev: Component, key: str = "") -> list[Occurrence]:
        start, frame, length, start_p = self.times(ev)
        return self.occurrences(uid, key, start, frame, length, start_p, self.fields(ev))

    def occurrences(self, uid, key, start, frame, length, start_p, info) -> list[Occurrence]:
        """One event (or one occurrence) as meetings: all-day events give one meeting per day."""
        if isinstance(start, datetime):
            if not self.near_mission(start):
                self.skip(uid, key, info, f"{start:%Y-%m-%d} is outside the mission")
                return []
            if length == _NO_TIME:  # RFC 5545 allows it; a meeting must end after it starts
                self.skip(uid, key, info, "zero-length event (it ends when it starts): not a meeting")
                return []
            begin = self.utc(start, frame, start_p)
            try:
                end = begin + length
            except OverflowError:
                raise self.r.error(start_p.line, "ical.too-long", "DURATION") from None
            return [Occurrence(uid, key, info["title"], begin, end, frame.zone_name, False, info["location"],
                               info["objectives"], info["status"], info["line"], info["emails"])]
        try:
            last = start + timedelta(days=length - 1)
        except OverflowError:
            last = date.max
        if last < self.window[0] or start > self.window[1]:
            self.skip(uid, key, info, f"{start:%Y-%m-%d} is outside the mission")
            return []
        out = []
        day = max(start, self.window[0])
        while day <= min(last, self.window[1]):
            zone_name = self.mission.zone_of_day(day)
            z = zone(zone_name)
            begin = to_utc(datetime.combine(day, ALL_DAY_HOURS[0]), z)
            end = to_utc(datetime.combine(day, ALL_DAY_HOURS[1]), z)
            day_key = key if length == 1 else "#".join(k for k in (key, day.strftime("%Y%m%d")) if k)
            out.append(Occurrence(uid, day_key, info["title"], begin, end, zone_name, True,
                                  info["location"], info["objectives"], info["status"], info["line"],
                                  info["emails"]))
            day += timedelta(days=1)
        return out

    def skip(self, uid, key, info, note) -> None:
        self.skipped.append({"action": "skip", "uid": f"{uid}#{key}" if key else uid, "title": info["title"],
                             "line": info["line"], "note": note})

    def expand(self, uid: str, ev: Component, overrides: dict[str, Component]) -> list[Occurrence]:
        rrules, rdates = ev.all("RRULE"), ev.all("RDATE")
        if not rrules and not rdates:
            if overrides:  # an override of a non-recurring event: the override wins
                return self.single(uid, next(iter(overrides.values())))
            return self.single(uid, ev)
        start, frame, length, start_p = self.times(ev)
        info = self.fields(ev)
        starts, own_lengths = self.recurrence_starts(ev, start, frame, start_p, rrules, rdates)
        excluded = self.exdates(ev, frame)
        # An occurrence the organizer deleted (EXDATE) is not in the recurrence set (RFC 5545 3.8.5.1),
        # so an override of it names no instance (3.8.4.4): Outlook and Google leave the override of
        # an occurrence later deleted in the file, with its older SEQUENCE. It stays deleted.
        for key in [k for k in overrides if k in excluded]:
            self.skip(uid, key, self.fields(overrides.pop(key)), "occurrence deleted by the organizer (EXDATE)")
        out: list[Occurrence] = []
        onwards = self.this_and_future(overrides)
        for occ in starts:
            key = self.key_of(occ, frame, start_p)
            if key in excluded or (isinstance(occ, datetime) and occ.strftime("%Y%m%d") in excluded):
                if key in overrides:
                    self.skip(uid, key, self.fields(overrides.pop(key)),
                              "occurrence deleted by the organizer (EXDATE)")
                continue
            if key in overrides:
                override = overrides.pop(key)
                o_start, o_frame, o_length, o_prop = self.times(override)
                out.extend(self.occurrences(uid, key, o_start, o_frame, o_length, o_prop,
                                            self.fields(override)))
                continue
            changed = next((o for o in reversed(onwards) if o[0] < key), None) if isinstance(occ, datetime) else None
            if changed is not None:  # a later occurrence of a RANGE=THISANDFUTURE change
                _rid, shift, o_length, o_prop, o_info = changed
                moved = self.utc(occ, frame, start_p) + shift
                out.extend(self.occurrences(uid, key, moved.replace(tzinfo=None), Frame("utc", UTC, frame.zone_name),
                                            o_length, o_prop, o_info))
            else:
                out.extend(self.occurrences(uid, key, occ, frame, own_lengths.get(occ, length), start_p, info))
        for key, override in overrides.items():  # moved onto a date the rule does not produce
            o_start, o_frame, o_length, o_prop = self.times(override)
            out.extend(self.occurrences(uid, key, o_start, o_frame, o_length, o_prop, self.fields(override)))
        if len(out) > MAX_OCCURRENCES:
            raise self.r.error(ev.line, "ical.too-many-occurrences", "RRULE", count=len(out), limit=MAX_OCCURRENCES)
        return out

    def this_and_future(self, overrides: dict[str, Component]) -> list[tuple]:
        """The overrides whose RECURRENCE-ID says RANGE=THISANDFUTURE, by the occurrence they change:
        (its key, how far it moves it, the new length, its DTSTART, its fields). RFC 5545 3.8.4.4: the
        change applies to that occurrence and every later one, each moved by as much as it moves
        the first (Outlook and Google write it when "this and following events" are edited).
        Date-time series only: a key of a date-time occurrence is its instant in UTC."""
        out = []
        for key, override in overrides.items():
            rid = override.first("RECURRENCE-ID")
            if rid.params.get("RANGE", "").upper() != "THISANDFUTURE" or len(key) != 16:
                continue
            o_start, o_frame, o_length, o_prop = self.times(override)
            if not isinstance(o_start, datetime) or not isinstance(o_length, timedelta):
                continue
            was = datetime.strptime(key, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            out.append((key, self.utc(o_start, o_frame, o_prop) - was, o_length, o_prop, self.fields(override)))
        return sorted(out, key=lambda o: o[0])

    def recurrence_starts(self, ev, start, frame, start_p, rrules, rdates) -> tuple[list, dict]:
        """The occurrences' starts on DTSTART's clock, in order, and the lengths of those an
        `RDATE;VALUE=PERIOD` gives with their own end or duration (RFC 5545 3.8.5.2)."""
        from dateutil.rrule import rrulestr

        is_date = not isinstance(start, datetime)
        base = datetime.combine(start, time()) if is_date else start
        lo = datetime.combine(self.window[0], time())
        hi = datetime.combine(self.window[1], time(23, 59, 59))
        found = {start} if self.near_mission(start) else set()
        for prop in rrules:
            text = self.r.raw(prop)
            # UNTIL is compared below in DTSTART's frame (dateutil wants it in the same kind as DTSTART).
            parts = [p for p in text.split(";") if p]
            kept = [p for p in parts if p.partition("=")[0].upper() != "UNTIL"]
            until = self.until(prop, frame) if len(kept) < len(parts) else None
            try:
                rule = rrulestr(";".join(kept), dtstart=base)
            except Exception as exc:  # dateutil raises ValueError, TypeError, KeyError... on bad rules
                raise self.r.error(prop.line, "ical.bad-rule-reason", "RRULE", rule=text[:60], reason=str(exc)) from None
            budget = MAX_IMPORT_STEPS - self.steps  # what the rules read before this one left
            step = 0
            try:
                for step, occ in enumerate(rule, start=1):
                    if step > MAX_RULE_STEPS:
                        raise self.r.error(prop.line, "ical.rule-too-often", "RRULE", limit=MAX_RULE_STEPS)
                    if step > budget:
                        raise self.r.error(prop.line, "ical.rules-too-often", "RRULE", limit=MAX_IMPORT_STEPS,
                                           line=ev.line)
                    if occ > hi or (until is not None and occ > until):
                        break
                    if occ >= lo:
                        found.add(occ.date() if is_date else occ)
                        if len(found) > MAX_OCCURRENCES:
                            break
            except (ValueError, OverflowError) as exc:
                raise self.r.error(prop.line, "ical.cannot-expand", "RRULE", reason=str(exc)) from None
            self.steps += step
        own_lengths: dict = {}
        for prop in rdates:
            for listed, period in zip(self.r.dates(prop), self.r.period_lengths(prop), strict=True):
                value, own = self.when(prop, listed)
                if own.kind == "floating" and frame.kind in ("zone", "utc"):
                    own = frame  # on DTSTART's clock
                if isinstance(value, datetime) and own.kind != "date" and frame.kind in ("zone", "utc") \
                        and (own.kind, own.tzinfo) != (frame.kind, frame.tzinfo):
                    # An RDATE in another zone than DTSTART: the same instant on DTSTART's clock.
                    value = self.utc(value, own, prop).astimezone(frame.tzinfo).replace(tzinfo=None)
                if isinstance(value, datetime) and is_date:
                    value = value.date()
                elif not isinstance(value, datetime) and not is_date:
                    value = datetime.combine(value, base.time())
                if self.near_mission(value):
                    found.add(value)
                    if period is not None and isinstance(value, datetime):
                        own_lengths[value] = period
        return sorted(found), own_lengths

    def until(self, prop: Prop, frame: Frame) -> datetime:
        """The UNTIL of a recurrence rule, as a naive time on DTSTART's clock."""
        v = self.r.until(prop)
        if isinstance(v, datetime) and v.tzinfo is not None:
            if frame.kind in ("zone",):
                try:
                    return v.astimezone(frame.tzinfo).replace(tzinfo=None)
                except (OverflowError, ValueError):
                    return v.replace(tzinfo=None)
            return v.replace(tzinfo=None)
        if isinstance(v, datetime):
            return v
        return datetime.combine(v, time(23, 59, 59))

    def exdates(self, ev: Component, frame: Frame) -> set[str]:
        out = set()
        for prop in ev.all("EXDATE"):
            for listed in self.r.dates(prop):
                value, ex_frame = self.when(prop, listed)
                if ex_frame.kind == "floating" and frame.kind in ("zone", "utc"):
                    ex_frame = frame  # on DTSTART's clock
                if isinstance(value, datetime) and not self.near_mission(value):
                    continue
                out.add(self.key_of(value, ex_frame, prop))
        return out


# Import -----------------------------------------------------------------------------------------

def _read(path_or_bytes) -> tuple[str, str]:
    if isinstance(path_or_bytes, bytes | bytearray):
        raw, source = bytes(path_or_bytes), "calendar"
    else:
        path = Path(path_or_bytes)
        source = str(path)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ICalError(code="ical.too-large", where=source, size=size / 2**20, limit=MAX_FILE_BYTES / 2**20)
            raw = path.read_bytes()
        except FileNotFoundError:
            raise MissionPlannerError(code="file.no-such-file", path=str(path)) from None
        except IsADirectoryError:
            raise MissionPlannerError(code="ical.folder", path=str(path)) from None
    utf16 = _utf16(raw)
    if utf16:  # Windows tools ("Unicode" in Notepad, PowerShell's Out-File) write UTF-16
        try:
            return raw.decode(utf16), source
        except UnicodeDecodeError as exc:
            raise ICalError(code="ical.encoding", where=source, byte=exc.start) from None
    try:
        return raw.decode("utf-8-sig"), source
    except UnicodeDecodeError:
        pass
    try:  # old Outlook versions write the Windows code page
        return raw.decode("cp1252"), source
    except UnicodeDecodeError as exc:
        raise ICalError(code="ical.encoding", where=source, byte=exc.start) from None


def _utf16(raw: bytes) -> str | None:
    """The UTF-16 codec a calendar file is written in, from its byte-order mark or, without one,
    from the NUL bytes beside the ASCII of 'BEGIN:'; None for any other encoding."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if raw[:12:2] == b"BEGIN:" and not raw[1:12:2].strip(b"\x00"):
        return "utf-16-le"
    if raw[1:12:2] == b"BEGIN:" and not raw[:12:2].strip(b"\x00"):
        return "utf-16-be"
    return None


def _clean_text(reader: Reader, prop: Prop | None, escaped: bool = True) -> str:
    """`reader.text(prop)` (or the raw value), refused with the property's line when it holds a
    character `validation.clean_text` refuses (NUL, ESC, bidirectional overrides...)."""
    if prop is None:
        return ""
    value = reader.text(prop) if escaped else reader.raw(prop)
    try:
        return clean_text(value, prop.name)
    except ValidationError as exc:
        # Placed as reader.error places its own refusals, keeping the rule's code and parts.
        where = f"{reader.source}: line {prop.line}" if prop.line else reader.source
        raise ICalError.like(exc, where=where, field=prop.name) from None


def _check_calendar_names(reader: Reader, calendars: list[Component]) -> None:
    for cal in calendars:
        for name in ("X-WR-CALNAME", "X-WR-RELCALID", "PRODID"):
            for prop in cal.all(name):
                _clean_text(reader, prop, escaped=False)


def calendar_key(calendars: list[Component], source: str, named: bool) -> str:
    """The name under which a file may be "the same calendar" as an earlier one: its X-WR-RELCALID,
    else its X-WR-CALNAME, else the file's name; "" when there is none (bytes with neither header).

    A name is not enough to cancel anything: two people's calendars are both called "Agenda". See
    `_same_calendar` for what else must agree."""
    for name in ("X-WR-RELCALID", "X-WR-CALNAME"):
        for cal in calendars:
            prop = cal.first(name)
            if raw_text(prop):
                return f"{name.lower()}={raw_text(prop)[:200]}"
    return f"file={Path(source).name[:200]}" if named else ""


def _prodid(calendars: list[Component]) -> str:
    for cal in calendars:
        prop = cal.first("PRODID")
        if raw_text(prop):
            return raw_text(prop)
    return ""


def _is_full_calendar(calendars: list[Component]) -> bool:
    """A published calendar (no METHOD, or PUBLISH), not an invitation or a cancellation message:
    only a whole calendar says anything about the events it does not contain."""
    for cal in calendars:
        method = cal.first("METHOD")
        if method is not None and raw_text(method).upper() != "PUBLISH":
            return False
    return True


def import_ics(planner, path_or_bytes, mission_ref: str, dry_run: bool = False, progress=None) -> dict:
    """Read a calendar into a mission's meetings; all or nothing. Returns what was (or would be) done.

    A meeting an earlier import of the same calendar (see `calendar_key` and
    `services.calendars._same_calendar`) created in this mission, whose event the file no longer
    holds, is marked cancelled (never deleted). Such cancellations, and those of events now marked
    STATUS:CANCELLED, are updates whose detail says `cancelled`; `summary["cancelled"]` counts them.

    `progress`, when given, is called with no argument between steps of the work (every
    PROGRESS_EVERY events); it may raise to cancel the import, which then writes nothing.
    """
    text, source = _read(path_or_bytes)
    reader = Reader(source)
    calendars = reader.parse(text, READ)
    _check_calendar_names(reader, calendars)
    key = calendar_key(calendars, source, not isinstance(path_or_bytes, bytes | bytearray))
    mission = mission_days(planner, mission_ref)
    cal = _Calendar(reader, calendars, mission)
    occurrences = cal.events(calendars)
    if progress is not None:
        progress()
    identity = CalendarFile(key, _prodid(calendars), cal.event_uids, _is_full_calendar(calendars), cal.skipped,
                            cal.cancels)
    try:
        return apply_calendar(planner, mission.id, occurrences, identity, dry_run=dry_run, progress=progress,
                              progress_every=PROGRESS_EVERY)
    except ValidationError as exc:
        where = f"{source}: {exc.where}" if exc.where else source
        raise ICalError.like(exc, where=where, field=exc.field) from None


