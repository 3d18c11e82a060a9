"""Recurring events of calendar files (issue 18): what the organizer deleted, moved or changed for
"this and the following" occurrences, read as RFC 5545 says and as `recurring_ical_events` (the
ecosystem's expansion over `icalendar`) reads the same file.

Every test asserts the UTC instants of the meetings a user ends up with.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar
import pytest
import recurring_ical_events
from sqlalchemy import select

from missionplanner.interop.ics import import_ics
from missionplanner.model import Meeting
from missionplanner.services import missions
from missionplanner.services.planner import Planner


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def crlf(text: str) -> bytes:
    return text.strip("\n").replace("\n", "\r\n").encode() + b"\r\n"


@pytest.fixture
def brussels(db):
    """A week in Brussels, 2 to 8 March 2026 (UTC+1)."""
    mid = missions.create_mission(db, title="Brussels week", start="2026-03-02", end="2026-03-08")
    missions.add_leg(db, mid, city="Brussels", country="BE", timezone="Europe/Brussels",
                     arrive="2026-03-02T08:00", depart="2026-03-08T20:00")
    return mid


def stored(db, mid):
    with db.read() as s:
        rows = s.scalars(select(Meeting).where(Meeting.mission_id == mid).order_by(Meeting.start)).all()
        return [(m.title, m.start, m.end) for m in rows]


def reference(data: bytes, first: date, last: date):
    """(title, start, end) in UTC of each occurrence `recurring_ical_events` finds from `first` to `last`."""
    cal = icalendar.Calendar.from_ical(data)
    out = []
    for ev in recurring_ical_events.of(cal).between(first, last):
        start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
        out.append((str(ev["SUMMARY"]), start.astimezone(UTC), end.astimezone(UTC)))
    return sorted(out, key=lambda o: o[1])


DELETED_AFTER_MOVED = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
UID:standup@example.org
SEQUENCE:2
DTSTART;TZID=Europe/Brussels:20260302T100000
DTEND;TZID=Europe/Brussels:20260302T103000
RRULE:FREQ=DAILY;COUNT=5
EXDATE;TZID=Europe/Brussels:20260303T100000
SUMMARY:Stand-up
END:VEVENT
BEGIN:VEVENT
UID:standup@example.org
SEQUENCE:1
RECURRENCE-ID;TZID=Europe/Brussels:20260303T100000
DTSTART;TZID=Europe/Brussels:20260303T150000
DTEND;TZID=Europe/Brussels:20260303T153000
SUMMARY:Stand-up (moved to the afternoon)
END:VEVENT
END:VCALENDAR
""")


def test_an_occurrence_moved_then_deleted_stays_deleted(db, brussels):
    """Point 8. The organizer moved Tuesday's stand-up (SEQUENCE 1), then deleted it (EXDATE, SEQUENCE
    2); Outlook left the old override in the file. The deleted occurrence is not in the recurrence
    set (RFC 5545 3.8.5.1), so the override names nothing: four stand-ups, none on Tuesday, as
    recurring_ical_events reads it too; the override is listed as skipped."""
    result = import_ics(Planner(db), DELETED_AFTER_MOVED, brussels)
    expected = [("Stand-up", utc(2026, 3, d, 9), utc(2026, 3, d, 9, 30)) for d in (2, 4, 5, 6)]
    assert stored(db, brussels) == expected
    assert reference(DELETED_AFTER_MOVED, date(2026, 3, 2), date(2026, 3, 9)) == expected
    notes = [d for d in result["details"] if "EXDATE" in d.get("note", "")]
    assert [s["title"] for s in notes] == ["Stand-up (moved to the afternoon)"]


def test_a_moved_occurrence_not_deleted_is_still_moved(db, brussels):
    """The same file without the EXDATE: the override moves Tuesday's stand-up to 15:00."""
    data = DELETED_AFTER_MOVED.replace(b"EXDATE;TZID=Europe/Brussels:20260303T100000\r\n", b"")
    import_ics(Planner(db), data, brussels)
    got = stored(db, brussels)
    assert ("Stand-up (moved to the afternoon)", utc(2026, 3, 3, 14), utc(2026, 3, 3, 14, 30)) in got
    assert len(got) == 5
    assert got == reference(data, date(2026, 3, 2), date(2026, 3, 9))


RANGE_THIS_AND_FUTURE = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:review@example.org
DTSTART;TZID=Europe/Brussels:20260302T100000
DTEND;TZID=Europe/Brussels:20260302T110000
RRULE:FREQ=DAILY;COUNT=6
SUMMARY:Review
END:VEVENT
BEGIN:VEVENT
UID:review@example.org
SEQUENCE:1
RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Brussels:20260304T100000
DTSTART;TZID=Europe/Brussels:20260304T140000
DTEND;TZID=Europe/Brussels:20260304T143000
SUMMARY:Review (afternoons)
END:VEVENT
END:VCALENDAR
""")


def test_a_change_to_this_and_the_following_occurrences_moves_all_of_them(db, brussels):
    """'This and following events' moved to 14:00 and shortened to half an hour from Wednesday: RFC
    5545 3.8.4.4 (RANGE=THISANDFUTURE) applies it to Wednesday and every later occurrence, each moved
    as much; Monday and Tuesday keep 10:00-11:00. The same as recurring_ical_events."""
    import_ics(Planner(db), RANGE_THIS_AND_FUTURE, brussels)
    before = [("Review", utc(2026, 3, d, 9), utc(2026, 3, d, 10)) for d in (2, 3)]
    after = [("Review (afternoons)", utc(2026, 3, d, 13), utc(2026, 3, d, 13, 30)) for d in (4, 5, 6, 7)]
    assert stored(db, brussels) == before + after
    assert reference(RANGE_THIS_AND_FUTURE, date(2026, 3, 2), date(2026, 3, 9)) == before + after


def test_an_all_day_series_occurrence_named_in_utc_is_replaced_not_doubled(db, brussels):
    """Some servers name an all-day occurrence by a UTC date-time (RECURRENCE-ID:20260303T000000Z):
    it is Tuesday's occurrence, replaced by the override, not a second event that day."""
    data = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Server//EN
BEGIN:VEVENT
UID:fair@example.org
DTSTART;VALUE=DATE:20260302
DTEND;VALUE=DATE:20260303
RRULE:FREQ=DAILY;COUNT=3
SUMMARY:Fair
END:VEVENT
BEGIN:VEVENT
UID:fair@example.org
RECURRENCE-ID:20260303T000000Z
DTSTART;VALUE=DATE:20260303
DTEND;VALUE=DATE:20260304
SUMMARY:Fair (hall B)
END:VEVENT
END:VCALENDAR
""")
    import_ics(Planner(db), data, brussels)
    # An all-day event is a 09:00-18:00 meeting in the leg's zone (UTC+1 in March).
    assert stored(db, brussels) == [("Fair", utc(2026, 3, 2, 8), utc(2026, 3, 2, 17)),
                                    ("Fair (hall B)", utc(2026, 3, 3, 8), utc(2026, 3, 3, 17)),
                                    ("Fair", utc(2026, 3, 4, 8), utc(2026, 3, 4, 17))]


def test_floating_times_of_a_google_calendar_are_in_its_x_wr_timezone(db, brussels):
    """Google and Apple write the calendar's zone as X-WR-TIMEZONE and times without TZID: a 10:00
    meeting of a New York calendar is 15:00 UTC, not 10:00 in the Brussels leg's zone; the meeting
    keeps the calendar's zone. As x-wr-timezone with recurring_ical_events read it."""
    data = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
X-WR-CALNAME:UN office
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
UID:call@example.org
DTSTART:20260303T100000
DTEND:20260303T110000
SUMMARY:Call with New York
END:VEVENT
END:VCALENDAR
""")
    import_ics(Planner(db), data, brussels)
    assert stored(db, brussels) == [("Call with New York", utc(2026, 3, 3, 15), utc(2026, 3, 3, 16))]
    with db.read() as s:
        assert s.scalars(select(Meeting.timezone)).all() == ["America/New_York"]
    import x_wr_timezone

    cal = x_wr_timezone.to_standard(icalendar.Calendar.from_ical(data))
    [ev] = recurring_ical_events.of(cal).between(date(2026, 3, 2), date(2026, 3, 9))
    assert ev.decoded("DTSTART").astimezone(UTC) == utc(2026, 3, 3, 15)


def test_a_series_whose_until_is_before_its_start_keeps_its_first_occurrence(db, brussels):
    """Where we and recurring_ical_events disagree, RFC 5545 decides: DTSTART is the first instance
    of the recurrence set (3.8.5.3, 3.8.2.4), so a rule whose UNTIL falls before it (a series cut
    short by an editor that moved the start afterwards) still has that occurrence, and nothing after.
    recurring_ical_events gives none: the meeting would silently vanish."""
    data = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Editor//EN
BEGIN:VEVENT
UID:cut@example.org
DTSTART;TZID=Europe/Brussels:20260303T100000
DTEND;TZID=Europe/Brussels:20260303T110000
RRULE:FREQ=WEEKLY;UNTIL=20260301T000000Z
SUMMARY:Briefing
END:VEVENT
END:VCALENDAR
""")
    import_ics(Planner(db), data, brussels)
    assert stored(db, brussels) == [("Briefing", utc(2026, 3, 3, 9), utc(2026, 3, 3, 10))]
    assert reference(data, date(2026, 3, 2), date(2026, 3, 9)) == []
