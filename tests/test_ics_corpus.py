"""Every calendar of tests/data/ics-corpus/ (public test calendars of icalendar,
recurring_ical_events and ical.net, see SOURCES.md) imported into a mission and compared, instant by instant,
with what `icalendar` + `x_wr_timezone` + `recurring_ical_events` find over the same window (issue 18).

The mission: fourteen days from two days before the file's first event, one leg in UTC (so a
floating time is read as UTC by both). What must agree:

- every occurrence the reference finds from the mission's second day to its last (the first and
  last days are left out: a meeting is in the mission by its own zone's date, the reference's window
  is in UTC) is a meeting, with the same start and end;
- every meeting is an occurrence the reference finds around the mission (two days either side).

An all-day occurrence is compared as the 09:00-18:00 meeting it becomes (DESIGN.md: an all-day
event has no hours; business hours are what `check` expects): that is a representation, not a
difference. Every other difference is listed in ALLOWED, file by file, with the RFC's reason. A file
the reference cannot read either must be imported or refused with its line, never crash. The whole
test takes a few seconds (one SQLite database for the module).
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
import x_wr_timezone
from sqlalchemy import select

from missionplanner.errors import MissionPlannerError
from missionplanner.interop.ics import import_ics
from missionplanner.model import Meeting
from missionplanner.services import missions
from missionplanner.services.planner import Planner
from missionplanner.store import open_database

CORPUS = Path(__file__).parent / "data" / "ics-corpus"
FILES = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.ics"))
DAYS = 14
NO_END = "no-end"            # RFC 5545 3.6.1: a DTSTART date-time without DTEND or DURATION ends when it starts
ZERO_LENGTH = "zero-length"  # RFC 5545 allows an event that ends when it starts
REFUSED = "refused"          # the file breaks an RFC 5545 rule the import keeps; the reference reads past it
FIRST_INSTANCE = "first-instance"  # RFC 5545 3.8.5.3: DTSTART is the first instance whatever the rule says

# Our import gives an event without an end an hour (a meeting needs an end; RFC 5545 3.6.1 gives it
# none, and a zero-length event is not a meeting), and lists a zero-length event as skipped instead
# of making it a meeting that ends when it starts (RFC 5545 allows it; a meeting must end after it
# starts). A refusal names the file's line, and the rule.
ALLOWED: dict[str, tuple[str, str]] = {
    "icalendar/issue_1050_forward_timezone_reference.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "icalendar/issue_1050_simple_calendar.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "icalendar/issue_1081_empty_rdate.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "icalendar/issue_1081_event_with_rrule.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "icalendar/issue_1081_list_of_properties.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "icalendar/issue_1081_tzid_param.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "icalendar/issue_1231_recurrence.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "icalendar/issue_127_categories_with_commas.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "icalendar/issue_1633_rdate_with_dates.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "icalendar/issue_1633_rdate_with_dates_and_tzid.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "icalendar/issue_722_timezone_transition_ambiguity.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "icalendar/rfc_9253_examples.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "recurring-ical-events/discourse_no_dtend.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "recurring-ical-events/duration.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "recurring-ical-events/zero_size_event.ics": (NO_END, "an event without DTEND or DURATION: an hour, not none (RFC 5545 3.6.1)"),
    "recurring-ical-events/issue_62_moved_event.ics": (
        ZERO_LENGTH, "a moved occurrence that ends when it starts: listed as skipped, not a meeting"),
    "recurring-ical-events/issue_117_until_before_dtstart.ics": (
        FIRST_INSTANCE, "UNTIL before DTSTART: DTSTART is still the first instance (RFC 5545 3.8.5.3, 3.8.2.4);"
                        " the reference gives none"),
    "icalendar/issue_168_input.ics": (REFUSED, "a line that is no content line, 'X-APPLE-RADIUS=49.9' (RFC 5545 3.1)"),
    "icalendar/issue_178_component_with_invalid_name_represented.ics": (
        REFUSED, "no VCALENDAR: the file begins with BEGIN:MYCOMP (RFC 5545 3.4)"),
    "icalendar/issue_178_custom_component_contains_other.ics": (
        REFUSED, "no VCALENDAR: the file begins with another component (RFC 5545 3.4)"),
    "icalendar/issue_350.ics": (REFUSED, "text after END:VCALENDAR (RFC 5545 3.4: a stream is VCALENDAR objects)"),
    "icalendar/issue_351_whitespace_in_property_and_params.ics": (
        REFUSED, "spaces inside a property name, 'REFRESH - INTERVAL' (RFC 5545 3.1: name is iana-token)"),
    "icalendar/issue_526_calendar_with_different_events.ics": (
        REFUSED, "TZID 'Western/Central Europe' with no VTIMEZONE and no zone of that name (RFC 5545 3.2.19)"),
    "icalendar/issue_526_calendar_with_event_subset.ics": (
        REFUSED, "TZID 'Western/Central Europe' with no VTIMEZONE and no zone of that name (RFC 5545 3.2.19)"),
    "icalendar/issue_526_calendar_with_events.ics": (
        REFUSED, "TZID 'Western/Central Europe' with no VTIMEZONE and no zone of that name (RFC 5545 3.2.19)"),
    "icalendar/issue_526_calendar_with_shuffeled_events.ics": (
        REFUSED, "TZID 'Western/Central Europe' with no VTIMEZONE and no zone of that name (RFC 5545 3.2.19)"),
    "icalendar/issue_722_missing_VTIMEZONE_custom.ics": (
        REFUSED, "a custom TZID with no VTIMEZONE (RFC 5545 3.2.19): the reference reads it as floating"),
    "icalendar/timezone_rdate.ics": (REFUSED, "a line that is no content line, 'SUMMARY=testevent' (RFC 5545 3.1)"),
    "icalendar/timezone_same_start_and_offset.ics": (
        REFUSED, "END:VCALENDARD closes BEGIN:VCALENDAR (RFC 5545 3.4, 3.6)"),
    "recurring-ical-events/end_before_start_event.ics": (
        REFUSED, "DTEND before DTSTART (RFC 5545 3.8.2.2: DTEND MUST be later)"),
    "recurring-ical-events/issue_132_swapped_start_and_end.ics": (
        REFUSED, "DTEND before DTSTART (RFC 5545 3.8.2.2: DTEND MUST be later)"),
    "recurring-ical-events/issue_201_mixed_datetime_and_date.ics": (
        REFUSED, "a DATE DTEND beside a DATE-TIME DTSTART (RFC 5545 3.8.2.2: the same value type)"),
    "recurring-ical-events/issue_201_test_matrix.ics": (REFUSED, "END:VTOOD closes BEGIN:VTODO (RFC 5545 3.6)"),
    "recurring-ical-events/issue_61_time_zone_error.ics": (
        REFUSED, "a folded line whose continuation does not begin with a space (RFC 5545 3.1)"),
}


def test_the_corpus_holds_at_least_a_hundred_calendars_each_with_its_source():
    assert len(FILES) >= 100
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert [f for f in FILES if f"`{f}`" not in sources] == []
    assert [f for f in ALLOWED if f not in FILES] == []


@pytest.fixture(scope="module")
def planner(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("corpus") / "corpus.sqlite")
    yield Planner(db)
    db.dispose()


def first_day(text: str) -> date:
    """The first day of the file's events (their DTSTART, VTIMEZONE's left out), or 1 January 2026."""
    days = []
    for event in re.findall(r"^BEGIN:VEVENT.*?^END:VEVENT", text, re.M | re.S):
        for found in re.findall(r"^DTSTART[^:\r\n]*:(\d{8})", event, re.M):
            try:
                day = date(int(found[:4]), int(found[4:6]), int(found[6:]))
            except ValueError:
                continue
            if 1900 < day.year < 2190:
                days.append(day)
    return min(days, default=date(2026, 1, 3))


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def reference(data: bytes, first: date, last: date, allowed: str) -> list[tuple[datetime, datetime]]:
    """(start, end) in UTC of each occurrence the reference finds from `first` to `last` (excluded)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # icalendar warns of the TZIDs it guesses
        cal = x_wr_timezone.to_standard(icalendar.Calendar.from_ical(data))
        found = list(recurring_ical_events.of(cal, components=["VEVENT"]).between(first, last))
    out = []
    for ev in found:
        start = ev.decoded("DTSTART")
        # recurring_ical_events gives each occurrence a DTEND (DTSTART's, for an event without an end).
        end = ev.decoded("DTEND") if "DTEND" in ev else start + ev.decoded("DURATION", timedelta(0))
        if isinstance(start, datetime):
            if allowed == NO_END and end == start:
                end = start + timedelta(hours=1)
            if allowed == ZERO_LENGTH and end == start:
                continue
            out.append((_utc(start), _utc(end)))
            continue
        day = start
        while day < max(end, start + timedelta(days=1)):  # one 09:00-18:00 meeting a day
            out.append((datetime.combine(day, time(9), UTC), datetime.combine(day, time(18), UTC)))
            day += timedelta(days=1)
    return out


@pytest.mark.parametrize("name", FILES)
def test_each_calendar_gives_the_instants_the_reference_gives(planner, name):
    path = CORPUS / name
    data = path.read_bytes()
    kind, _reason = ALLOWED.get(name, ("", ""))
    start = first_day(data.decode("utf-8", "replace")) - timedelta(days=2)
    last = start + timedelta(days=DAYS - 1)
    mid = missions.create_mission(planner.db, title=name[:60], start=start.isoformat(), end=last.isoformat())
    missions.add_leg(planner.db, mid, city="Geneva", country="CH", timezone="UTC",
                     arrive=f"{start}T00:00", depart=f"{last}T23:59")
    ours_refusal = None
    try:
        import_ics(planner, path, mid)
    except MissionPlannerError as exc:
        ours_refusal = str(exc)
    with planner.db.read() as s:
        ours = Counter((_utc(m.start), _utc(m.end)) for m in s.scalars(select(Meeting).where(Meeting.mission_id == mid)))
    try:
        inner = reference(data, start + timedelta(days=1), last, kind)
        around = reference(data, start - timedelta(days=2), last + timedelta(days=3), kind)
    except Exception:  # noqa: BLE001 - the reference cannot read it: ours must not crash, nor half-import
        if ours_refusal is not None:
            assert re.search(r": line \d+", ours_refusal), ours_refusal
            assert not ours
        return
    if kind == REFUSED:
        assert ours_refusal is not None and re.search(r": line \d+", ours_refusal), ours_refusal
        assert not ours  # all or nothing
        return
    assert ours_refusal is None, ours_refusal
    lo, hi = datetime.combine(start + timedelta(days=1), time(), UTC), datetime.combine(last, time(), UTC)
    wanted = Counter(o for o in inner if lo <= o[0] < hi)
    missing = wanted - ours
    extra = ours - Counter(around)
    if kind == FIRST_INSTANCE:
        extra = Counter()
    assert (sorted(missing), sorted(extra)) == ([], [])
