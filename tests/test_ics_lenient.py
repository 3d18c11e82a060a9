"""Calendar files as programs write them, lenient where RFC 5545 and the readers are (issue 18, the
lower items): UTF-16 and UTF-8 with or without a byte-order mark, a zone written with a leading slash,
old Outlook display-name zones without VTIMEZONE, empty recurrence lines. Each test asserts the UTC
instants the user's meetings get."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from missionplanner.errors import MissionPlannerError
from missionplanner.interop.ics import import_ics
from missionplanner.model import Meeting
from missionplanner.services import missions
from missionplanner.services.planner import Planner


def utc(*args):
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def brussels(db):
    mid = missions.create_mission(db, title="Brussels week", start="2026-03-02", end="2026-03-08")
    missions.add_leg(db, mid, city="Brussels", country="BE", timezone="Europe/Brussels",
                     arrive="2026-03-02T08:00", depart="2026-03-08T20:00")
    return mid


def stored(db, mid):
    with db.read() as s:
        rows = s.scalars(select(Meeting).where(Meeting.mission_id == mid).order_by(Meeting.start)).all()
        return [(m.title, m.start, m.end, m.timezone) for m in rows]


def calendar(*event_lines: str, head: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Test//EN", *filter(None, [head]),
             "BEGIN:VEVENT", "UID:one@example.org", *event_lines, "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


MEETING = calendar("DTSTART;TZID=Europe/Brussels:20260303T100000", "DTEND;TZID=Europe/Brussels:20260303T110000",
                   "SUMMARY:Réunion à Schaerbeek")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-8"])
def test_utf16_and_utf8_files_with_or_without_a_byte_order_mark_read_alike(db, brussels, encoding):
    """Windows tools save calendars as UTF-16 ('Unicode'), with or without a byte-order mark: read
    as cp1252 they were a file of NUL bytes. The accents come through in every encoding."""
    import_ics(Planner(db), MEETING.encode(encoding), brussels)
    assert stored(db, brussels) == [("Réunion à Schaerbeek", utc(2026, 3, 3, 9), utc(2026, 3, 3, 10),
                                     "Europe/Brussels")]


def test_a_zone_written_with_a_leading_slash_is_the_iana_zone(db, brussels):
    """TZID=/Europe/Stockholm (a 'globally unique' TZID, RFC 5545 3.2.19, as some servers write it)."""
    data = calendar("DTSTART;TZID=/Europe/Stockholm:20260303T100000", "DTEND;TZID=/Europe/Stockholm:20260303T110000",
                    "SUMMARY:Stockholm call")
    import_ics(Planner(db), data.encode(), brussels)
    assert stored(db, brussels) == [("Stockholm call", utc(2026, 3, 3, 9), utc(2026, 3, 3, 10), "Europe/Stockholm")]


@pytest.mark.parametrize(("tzid", "zone", "start"), [
    ("Pacific Time (US & Canada), Tijuana", "America/Los_Angeles", utc(2026, 3, 3, 18)),
    ("(GMT-08.00) Pacific Time (US & Canada); Tijuana", "America/Los_Angeles", utc(2026, 3, 3, 18)),
    ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "Europe/Brussels", utc(2026, 3, 3, 9)),
    ("Osaka, Sapporo, Tokyo", "Asia/Tokyo", utc(2026, 3, 3, 1)),
])
def test_an_old_outlook_display_name_zone_without_vtimezone_is_mapped(db, brussels, tzid, zone, start):
    """Outlook 2003 and 2007 name the zone by its display name and often leave the VTIMEZONE out: it
    was refused as an unknown zone. Its region or first known city names the IANA zone."""
    data = calendar(f'DTSTART;TZID="{tzid}":20260303T100000', f'DTEND;TZID="{tzid}":20260303T110000',
                    "SUMMARY:Old Outlook")
    import_ics(Planner(db), data.encode(), brussels)
    assert stored(db, brussels) == [("Old Outlook", start, start.replace(hour=start.hour + 1), zone)]


def test_a_zone_no_table_knows_and_no_vtimezone_defines_is_still_refused_with_its_line(db, brussels):
    data = calendar('DTSTART;TZID="Western/Central Europe":20260303T100000', "SUMMARY:Where?")
    with pytest.raises(MissionPlannerError, match="line 6.*Western/Central Europe"):
        import_ics(Planner(db), data.encode(), brussels)
    assert stored(db, brussels) == []


def test_empty_recurrence_lines_add_nothing_and_refuse_nothing(db, brussels):
    """'RRULE:' and 'RDATE:' with no value (a holiday feed, icalendar's issue 1081): one meeting."""
    data = calendar("DTSTART;TZID=Europe/Brussels:20260303T100000", "DTEND;TZID=Europe/Brussels:20260303T110000",
                    "RRULE:", "RDATE:", "EXDATE:", "SUMMARY:Once")
    import_ics(Planner(db), data.encode(), brussels)
    assert stored(db, brussels) == [("Once", utc(2026, 3, 3, 9), utc(2026, 3, 3, 10), "Europe/Brussels")]


def test_an_itip_reply_without_dtstart_is_listed_not_refused(db, brussels):
    """RFC 5546 lets a REPLY name its event by UID alone: nothing to import, the file is not refused."""
    data = calendar("ATTENDEE;PARTSTAT=ACCEPTED:mailto:aide@example.org", "SUMMARY:Accepted",
                    head="METHOD:REPLY")
    summary = import_ics(Planner(db), data.encode(), brussels)
    assert stored(db, brussels) == []
    assert summary["skipped"] == 1 and "METHOD:REPLY" in summary["details"][0]["note"]
