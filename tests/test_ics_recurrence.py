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
