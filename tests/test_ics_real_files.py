"""Calendars nobody here wrote, read by our import and by `icalendar`, instant by instant (issue 18).

The files are the test calendars `icalendar` ships inside its wheel (an installed dependency; its
`tests/calendars` and `tests/events` folders), read where they are installed rather than copied here.
Origin: https://github.com/collective/icalendar (src/icalendar/tests/), BSD 2-Clause licence,
copyright the Plone Foundation and icalendar's contributors. A test is skipped, saying which file,
when an icalendar release stops shipping it.

- calendars/x_location.ics: a Google Calendar export (Europe/Zurich), a weekday series of 14:00-14:30
  begun on 28 October 2016, with Apple's structured location in a quoted parameter: point 1, each
  occurrence of a series begun before the mission keeps its own length.
- events/event_with_escaped_character*.ics: ORGANIZER lines with '\\,' '\\;' '\\:' '\\ ' inside the CN
  parameter, as Apple writes them: point 6, the value is found and the parameter read as icalendar
  reads it.
- calendars/issue_722_timezone_transition_ambiguity.ics: a zone the file defines itself, with a
  repeated hour; each event says the offset it must get (X-TZNAME): points 3 and 4, a custom zone is
  the file's own and a repeated time is its first pass (RFC 5545 3.3.5).
- calendars/issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics: Outlook's display name for a
  zone it defines ("(UTC-03:00) Brasília"): point 3, placed by the file's own definition.
- calendars/example.ics: a holiday feed whose all-day events end on the day they start (DTEND equal
  to DTSTART): point 5, the calendar is imported, not refused.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr
from sqlalchemy import select

from missionplanner.interop.ical_reader import Reader
from missionplanner.interop.ics import import_ics
from missionplanner.model import Meeting
from missionplanner.services import missions
from missionplanner.services.planner import Planner

ICALENDAR_TESTS = Path(icalendar.__file__).parent / "tests"


def real(name: str) -> Path:
    path = ICALENDAR_TESTS / name
    if not path.is_file():
        pytest.skip(f"this icalendar release does not ship {name}")
    return path


def stored(db, mid):
    with db.read() as s:
        rows = s.scalars(select(Meeting).where(Meeting.mission_id == mid).order_by(Meeting.start)).all()
        return [(m.title, m.start, m.end, m.uid) for m in rows]


def test_google_weekday_series_begun_months_before_keeps_its_half_hour(db):
    """Point 1. icalendar gives DTSTART, DTEND and the rule; dateutil expands the rule over the mission
    in the event's zone; every occurrence lasts DTEND - DTSTART (RFC 5545 3.8.5.3)."""
    path = real("calendars/x_location.ics")
    mid = missions.create_mission(db, title="Zurich", start="2017-06-05", end="2017-06-09")
    missions.add_leg(db, mid, city="Zurich", country="CH", timezone="Europe/Zurich",
                     arrive="2017-06-05T08:00", depart="2017-06-09T20:00")
    import_ics(Planner(db), path, mid)

    [event] = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start.year == 2016  # the series began months before the mission
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    zurich = ZoneInfo("Europe/Zurich")
    window = (datetime(2017, 6, 5, tzinfo=zurich), datetime.combine(datetime(2017, 6, 9), time.max, zurich))
    expected = [(o.astimezone(UTC), (o + (end - start)).astimezone(UTC)) for o in rule.between(*window, inc=True)]
    assert len(expected) == 5 and expected[0][1] - expected[0][0] == timedelta(minutes=30)
    assert [(r[1], r[2]) for r in stored(db, mid)] == expected


@pytest.mark.parametrize("name", ["event_with_escaped_character1", "event_with_escaped_character2",
                                  "event_with_escaped_character3", "event_with_escaped_character4",
                                  "event_with_escaped_characters"])
def test_escapes_in_a_cn_parameter_are_read_as_icalendar_reads_them(name):
    """Point 6: our line scanner finds the same CN and the same ORGANIZER value as icalendar."""
    text = real(f"events/{name}.ics").read_text(encoding="utf-8")
    theirs = icalendar.Event.from_ical(text)["ORGANIZER"]
    r = Reader(name)
    [cal] = r.parse(f"BEGIN:VCALENDAR\r\n{text.strip()}\r\nEND:VCALENDAR\r\n")
    [event] = list(cal.walk("VEVENT"))
    ours = event.first("ORGANIZER")
    assert ours.params["CN"] == theirs.params["CN"]
    assert str(ours.value) == str(theirs)


def test_a_zone_the_file_defines_places_each_time_as_the_file_says(db):
    """Points 3 and 4: 'MyTimezone' goes from +12 to +10 at 08:00 on 5 May 2024, so 06:00-08:00 happens
    twice; each event's X-TZNAME says which offset RFC 5545 gives it (the first pass for a repeated
    time). Read twice in one process, by icalendar and by our import, with the same answers."""
    path = real("calendars/issue_722_timezone_transition_ambiguity.ics")
    offsets = {"winter": timedelta(hours=12), "summer": timedelta(hours=10)}
    expected = {}
    for event in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
        wall = datetime.strptime(event["DTSTART"].to_ical().decode(), "%Y%m%dT%H%M%S")
        expected[str(event["UID"])] = (wall - offsets[str(event["X-TZNAME"])]).replace(tzinfo=UTC)
        assert event.decoded("DTSTART").astimezone(UTC) == expected[str(event["UID"])]  # icalendar agrees
    mid = missions.create_mission(db, title="Pacific", start="2024-03-01", end="2024-08-10")
    missions.add_leg(db, mid, city="Auckland", country="NZ", timezone="Pacific/Auckland",
                     arrive="2024-03-01T08:00", depart="2024-08-10T20:00")
    for _ in range(2):
        import_ics(Planner(db), path, mid)
        assert {r[3]: r[1] for r in stored(db, mid)} == expected


def test_an_outlook_display_name_zone_is_placed_by_the_file_s_definition(db):
    """Point 3: the file's own definition of "(UTC-03:00) Brasília" places the meeting where icalendar
    does (13:30 at UTC-3 in May 2017, 16:30 UTC); the meeting takes its leg's zone."""
    path = real("calendars/issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics")
    [event] = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    theirs = (event.decoded("DTSTART").astimezone(UTC), event.decoded("DTEND").astimezone(UTC))
    assert theirs[0] == datetime(2017, 5, 11, 16, 30, tzinfo=UTC)
    mid = missions.create_mission(db, title="Brasilia", start="2017-05-10", end="2017-05-12")
    missions.add_leg(db, mid, city="Brasilia", country="BR", timezone="America/Sao_Paulo",
                     arrive="2017-05-10T08:00", depart="2017-05-12T20:00")
    import_ics(Planner(db), path, mid)
    assert [(r[1], r[2]) for r in stored(db, mid)] == [theirs]


def test_a_holiday_feed_whose_days_end_when_they_start_is_imported(db):
    """Point 5. Allowed difference, with its reason: icalendar reads DTEND:20220101 beside
    DTSTART:20220101 as an event of no length; RFC 5545 (3.8.2.2) wants an all-day DTEND later than
    DTSTART and gives a date without an end one day (3.6.1), so such an event is read as the one day it
    names (a meeting from 09:00 to 18:00 in the leg's zone, as every all-day event) instead of
    refusing the whole feed."""
    path = real("calendars/example.ics")
    events = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert all(e.decoded("DTSTART") == e.decoded("DTEND") for e in events)  # as the file writes them
    mid = missions.create_mission(db, title="Moscow", start="2022-01-01", end="2022-01-08")
    missions.add_leg(db, mid, city="Moscow", country="RU", timezone="Europe/Moscow",
                     arrive="2022-01-01T08:00", depart="2022-01-08T20:00")
    summary = import_ics(Planner(db), path, mid)
    assert (summary["created"], summary["skipped"]) == (2, 1)  # 8 March is after the mission
    assert [(r[0], r[1], r[2]) for r in stored(db, mid)] == [
        ("New Year's Day", datetime(2022, 1, 1, 6, tzinfo=UTC), datetime(2022, 1, 1, 15, tzinfo=UTC)),
        ("Orthodox Christmas", datetime(2022, 1, 7, 6, tzinfo=UTC), datetime(2022, 1, 7, 15, tzinfo=UTC)),
    ]
