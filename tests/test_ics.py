"""Calendars in and out: files shaped like Outlook's, Google's and Thunderbird's real output.

Every test asserts the UTC instants a user's meetings end up at, since that is what a wrong zone
rule silently breaks.
"""

from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from missionplanner.cli import main
from missionplanner.errors import MissionPlannerError
from missionplanner.interop.ics import export_ics, import_ics
from missionplanner.model import Meeting
from missionplanner.services import meetings, missions, people
from missionplanner.services.planner import Planner


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def crlf(text: str) -> bytes:
    return text.strip("\n").replace("\n", "\r\n").encode() + b"\r\n"


@pytest.fixture
def trip(db):
    """Tokyo then Seoul, 8 to 13 June 2017 (both zones UTC+9, no DST), home Brussels (UTC+2)."""
    mid = missions.create_mission(db, title="Japan and Korea", start="2017-06-08", end="2017-06-13")
    missions.add_leg(db, mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                     arrive="2017-06-08T09:00", depart="2017-06-10T12:00")
    missions.add_leg(db, mid, city="Seoul", country="KR", timezone="Asia/Seoul",
                     arrive="2017-06-10T15:00", depart="2017-06-13T18:00")
    return mid


def stored(db, mid):
    with db.read() as s:
        rows = s.scalars(select(Meeting).where(Meeting.mission_id == mid).order_by(Meeting.start)).all()
        return [(m.title, m.start, m.end, m.timezone, m.city, m.status, m.uid) for m in rows]


def count(db):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Meeting))


OUTLOOK = crlf("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VTIMEZONE
TZID:Korea Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20170520T081500Z
DESCRIPTION:Cooperation agreement follow-up.\\n\\nInterpreter provided by the
  prefecture.\\n
DTEND;TZID="Tokyo Standard Time":20170609T110000
DTSTAMP:20170520T081500Z
DTSTART;TZID="Tokyo Standard Time":20170609T100000
LAST-MODIFIED:20170520T081500Z
LOCATION:Aichi Prefecture Tokyo Office
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Meeting with the Vice-Governor of Aichi
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0F1A1B2C3D4D2010000000000000000100
 00000A1B2C3D4E5F6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Korea Standard Time:20170611T140000
DTEND;TZID=Korea Standard Time:20170611T153000
SUMMARY:KOTRA briefing
LOCATION:KOTRA headquarters\\, Seoul
UID:outlook-kotra-1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Romance Standard Time:20170609T090000
DTEND;TZID=Romance Standard Time:20170609T093000
SUMMARY:Call with the cabinet in Brussels
UID:outlook-call-2
END:VEVENT
END:VCALENDAR
""")

GOOGLE = crlf("""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Mission Corée
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
DTSTART:20170612T010000Z
DTEND:20170612T020000Z
DTSTAMP:20170601T120000Z
UID:7kukuqrfedlm2f9t5bmd1r1ab4@google.com
CREATED:20170601T115900Z
DESCRIPTION:Talking points: hydrogen\\, fuel cells\\; port logistics.
LAST-MODIFIED:20170601T115900Z
LOCATION:Seoul City Hall
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meeting with the Mayor of Seoul
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Asia/Seoul:20170612T190000
DTEND;TZID=Asia/Seoul:20170612T210000
DTSTAMP:20170601T120000Z
UID:0d5p3l1l9c2mm1k2uvr0bq1a0k@google.com
STATUS:TENTATIVE
SUMMARY:Dinner with the Belgian business community
END:VEVENT
END:VCALENDAR
""")

THUNDERBIRD = crlf("""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Asia/Tokyo
X-LIC-LOCATION:Asia/Tokyo
BEGIN:STANDARD
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
TZNAME:JST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VTIMEZONE
TZID:/mozilla.org/20050126_1/Europe/Brussels
X-LIC-LOCATION:Europe/Brussels
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20170515T090000Z
LAST-MODIFIED:20170515T090000Z
DTSTAMP:20170515T090000Z
UID:3f0d7c62-2a0e-4b7e-9a55-1c2d3e4f5a6b
SUMMARY:JETRO investment seminar
STATUS:CONFIRMED
DTSTART;TZID=Asia/Tokyo:20170608T140000
DTEND;TZID=Asia/Tokyo:20170608T163000
LOCATION:JETRO\\, Ark Mori Building
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
UID:5a1b2c3d-0000-4b7e-9a55-aaaaaaaaaaaa
SUMMARY:Debrief with the minister's office
DTSTART;TZID=/mozilla.org/20050126_1/Europe/Brussels:20170610T070000
DTEND;TZID=/mozilla.org/20050126_1/Europe/Brussels:20170610T073000
END:VEVENT
END:VCALENDAR
""")


def test_outlook_windows_zone_names_with_vtimezone(db, trip):
    summary = import_ics(Planner(db), OUTLOOK, trip)
    assert (summary["created"], summary["updated"], summary["skipped"]) == (3, 0, 0)
    rows = stored(db, trip)
    vg, call, kotra = rows
    assert vg[:6] == ("Meeting with the Vice-Governor of Aichi", utc(2017, 6, 9, 1), utc(2017, 6, 9, 2),
                      "Asia/Tokyo", "Tokyo", "confirmed")
    assert vg[6].startswith("040000008200E00074C5B7101A82E008") and vg[6].endswith("A1B2C3D4E5F6")
    # Paris summer time (UTC+2): 09:00 in Brussels is 07:00 UTC.
    assert call[:5] == ("Call with the cabinet in Brussels", utc(2017, 6, 9, 7), utc(2017, 6, 9, 7, 30),
                        "Europe/Paris", "Tokyo")
    assert kotra[:6] == ("KOTRA briefing", utc(2017, 6, 11, 5), utc(2017, 6, 11, 6, 30), "Asia/Seoul",
                         "Seoul", "proposed")
    with db.read() as s:
        m = s.scalars(select(Meeting).where(Meeting.title == "KOTRA briefing")).one()
        assert m.venue == "KOTRA headquarters, Seoul"
        vgm = s.scalars(select(Meeting).where(Meeting.uid == vg[6])).one()
        assert vgm.objectives == "Cooperation agreement follow-up.\n\nInterpreter provided by the prefecture."


def test_google_utc_times_and_iana_zones(db, trip):
    import_ics(Planner(db), GOOGLE, trip)
    mayor, dinner = stored(db, trip)
    assert mayor[:6] == ("Meeting with the Mayor of Seoul", utc(2017, 6, 12, 1), utc(2017, 6, 12, 2),
                         "Asia/Seoul", "Seoul", "confirmed")   # a UTC time takes the leg's zone
    assert dinner[:6] == ("Dinner with the Belgian business community", utc(2017, 6, 12, 10),
                          utc(2017, 6, 12, 12), "Asia/Seoul", "Seoul", "proposed")
    with db.read() as s:
        m = s.scalars(select(Meeting).where(Meeting.uid == "7kukuqrfedlm2f9t5bmd1r1ab4@google.com")).one()
        assert m.objectives == "Talking points: hydrogen, fuel cells; port logistics."
        assert m.venue == "Seoul City Hall"


def test_thunderbird_iana_and_old_mozilla_zone_ids(db, trip):
    import_ics(Planner(db), THUNDERBIRD, trip)
    seminar, debrief = stored(db, trip)
    assert seminar[:5] == ("JETRO investment seminar", utc(2017, 6, 8, 5), utc(2017, 6, 8, 7, 30),
                           "Asia/Tokyo", "Tokyo")
    assert debrief[:4] == ("Debrief with the minister's office", utc(2017, 6, 10, 5),
                           utc(2017, 6, 10, 5, 30), "Europe/Brussels")


def test_custom_outlook_zone_is_read_from_its_vtimezone(db, trip):
    text = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VTIMEZONE
TZID:Customized Time Zone
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:custom-1
SUMMARY:Breakfast with the Ambassador
DTSTART;TZID="Customized Time Zone":20170609T073000
DTEND;TZID="Customized Time Zone":20170609T083000
END:VEVENT
END:VCALENDAR
""")
    import_ics(Planner(db), text, trip)
    [row] = stored(db, trip)
    assert row[1:5] == (utc(2017, 6, 8, 22, 30), utc(2017, 6, 8, 23, 30), "Asia/Tokyo", "Tokyo")


def test_all_day_events_become_business_hours_in_the_leg_zone(db, trip):
    text = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20170609
DTEND;VALUE=DATE:20170610
UID:allday-1@google.com
SUMMARY:Site visits in Nagoya
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20170611
DTEND;VALUE=DATE:20170613
UID:allday-2@google.com
SUMMARY:Seoul trade fair
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20170701
UID:allday-3@google.com
SUMMARY:Back at the office
END:VEVENT
END:VCALENDAR
""")
    summary = import_ics(Planner(db), text, trip)
    assert (summary["created"], summary["skipped"]) == (3, 1)
    rows = stored(db, trip)
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("Site visits in Nagoya", utc(2017, 6, 9, 0), utc(2017, 6, 9, 9), "Asia/Tokyo"),
        ("Seoul trade fair", utc(2017, 6, 11, 0), utc(2017, 6, 11, 9), "Asia/Seoul"),
        ("Seoul trade fair", utc(2017, 6, 12, 0), utc(2017, 6, 12, 9), "Asia/Seoul"),
    ]
    assert rows[0][6] == "allday-1@google.com"
    assert [r[6] for r in rows[1:]] == ["allday-2@google.com#20170611", "allday-2@google.com#20170612"]
    skipped = [d for d in summary["details"] if d["action"] == "skip"]
    assert skipped[0]["title"] == "Back at the office" and "outside" in skipped[0]["note"]
    # Re-import: nothing new.
    again = import_ics(Planner(db), text, trip)
    assert (again["created"], again["unchanged"]) == (0, 3)


RECURRING = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:daily-briefing
SUMMARY:Delegation briefing
DTSTART;TZID=Tokyo Standard Time:20170601T083000
DTEND;TZID=Tokyo Standard Time:20170601T090000
RRULE:FREQ=DAILY;UNTIL=20170612T233000Z
EXDATE;TZID=Tokyo Standard Time:20170610T083000
END:VEVENT
BEGIN:VEVENT
UID:daily-briefing
RECURRENCE-ID;TZID=Tokyo Standard Time:20170611T083000
SUMMARY:Delegation briefing (late start)
DTSTART;TZID=Tokyo Standard Time:20170611T093000
DTEND;TZID=Tokyo Standard Time:20170611T100000
END:VEVENT
BEGIN:VEVENT
UID:weekly-call
SUMMARY:Weekly call with Brussels
DTSTART;TZID=Europe/Brussels:20170501T100000
DTEND;TZID=Europe/Brussels:20170501T103000
RRULE:FREQ=WEEKLY;BYDAY=MO,FR
END:VEVENT
END:VCALENDAR
"""


def test_recurring_events_are_expanded_within_the_mission(db, trip):
    summary = import_ics(Planner(db), crlf(RECURRING), trip)
    rows = stored(db, trip)
    briefings = [r for r in rows if r[0].startswith("Delegation briefing")]
    # 8 June .. 13 June (the rule ends 12 June 23:30 UTC = 13 June 08:30 Tokyo), minus the 10th.
    assert [(r[1], r[0]) for r in briefings] == [
        (utc(2017, 6, 7, 23, 30), "Delegation briefing"),
        (utc(2017, 6, 8, 23, 30), "Delegation briefing"),
        (utc(2017, 6, 11, 0, 30), "Delegation briefing (late start)"),
        (utc(2017, 6, 11, 23, 30), "Delegation briefing"),
        (utc(2017, 6, 12, 23, 30), "Delegation briefing"),
    ]
    assert briefings[2][6] == "daily-briefing#20170610T233000Z"
    calls = [r for r in rows if r[0] == "Weekly call with Brussels"]
    # Friday 9 and Monday 12 June, 10:00 Brussels summer time = 08:00 UTC.
    assert [r[1] for r in calls] == [utc(2017, 6, 9, 8), utc(2017, 6, 12, 8)]
    assert summary["created"] == 7
    again = import_ics(Planner(db), crlf(RECURRING), trip)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 7)
    assert len(stored(db, trip)) == 7


def test_rdate_in_utc_adds_an_occurrence_on_the_events_clock(db, trip):
    text = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:rdate-1
SUMMARY:Press point
DTSTART;TZID=Asia/Tokyo:20170609T100000
DURATION:PT30M
RDATE:20170612T010000Z
END:VEVENT
END:VCALENDAR
""")
    import_ics(Planner(db), text, trip)
    rows = stored(db, trip)
    assert [(r[1], r[2], r[6]) for r in rows] == [
        (utc(2017, 6, 9, 1), utc(2017, 6, 9, 1, 30), "rdate-1#20170609T010000Z"),
        (utc(2017, 6, 12, 1), utc(2017, 6, 12, 1, 30), "rdate-1#20170612T010000Z"),
    ]


def test_known_invitees_join_the_meeting_on_their_side(db, trip):
    own = people.create_person(db, given_name="Cécile", family_name="Jodogne", email="CJodogne@gov.brussels")
    gov = people.create_person(db, given_name="Hideaki", family_name="Ohmura", email="governor@pref.aichi.lg.jp")
    missions.set_members(db, trip, [(own, "Head of mission")])
    text = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Jodogne, Cécile":mailto:cjodogne@gov.brussels
ATTENDEE;CN="Ohmura Hideaki";RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:governor@pref.aichi.lg.jp
ATTENDEE;CN=Unknown Secretary;ROLE=OPT-PARTICIPANT:mailto:secretariat@pref.aichi.lg.jp
ATTENDEE;CN="Jodogne, Cécile";ROLE=REQ-PARTICIPANT:MAILTO:cjodogne@gov.brussels
UID:invite-1
SUMMARY:Courtesy call on the Governor
DTSTART;TZID=Tokyo Standard Time:20170609T150000
DTEND;TZID=Tokyo Standard Time:20170609T153000
END:VEVENT
END:VCALENDAR
""")
    summary = import_ics(Planner(db), text, trip)
    assert summary["details"][0]["participants"] == ["Cécile Jodogne", "Hideaki Ohmura"]
    detail = missions.mission_detail(db, trip)
    [meeting] = detail["meetings"]
    assert [p["id"] for p in meeting["counterparts"]] == [gov]
    assert [p["id"] for p in meeting["delegation"]] == [own]
    assert meeting["start"] == "2017-06-09T15:00:00+09:00"


def test_reimport_updates_by_uid_instead_of_duplicating(db, trip):
    import_ics(Planner(db), GOOGLE, trip)
    moved = GOOGLE.replace(b"DTSTART:20170612T010000Z", b"DTSTART:20170612T003000Z") \
                  .replace(b"SUMMARY:Meeting with the Mayor of Seoul", b"SUMMARY:Meeting with Mayor Park")
    summary = import_ics(Planner(db), moved, trip)
    assert (summary["created"], summary["updated"], summary["unchanged"]) == (0, 1, 1)
    update = next(d for d in summary["details"] if d["action"] == "update")
    assert update["changes"] == ["start", "title"]
    mayor = stored(db, trip)[0]
    assert mayor[:3] == ("Meeting with Mayor Park", utc(2017, 6, 12, 0, 30), utc(2017, 6, 12, 2))
    assert len(stored(db, trip)) == 2


def test_outlook_cancellation_cancels_the_imported_meeting(db, trip):
    import_ics(Planner(db), OUTLOOK, trip)
    cancel = crlf("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
DTSTART;TZID=Korea Standard Time:20170611T140000
DTEND;TZID=Korea Standard Time:20170611T153000
SUMMARY:Canceled: KOTRA briefing
UID:outlook-kotra-1
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""")
    summary = import_ics(Planner(db), cancel, trip)
    assert summary["updated"] == 1 and summary["details"][0]["changes"] == ["status", "title"]
    kotra = [r for r in stored(db, trip) if r[6] == "outlook-kotra-1"]
    assert [(r[0], r[5]) for r in kotra] == [("Canceled: KOTRA briefing", "cancelled")]


def test_native_script_text_round_trips(db, trip):
    title = "愛知県知事との会談：経済協力協定の署名一か月後のフォローアップ" * 3
    mid = meetings.create_meeting(db, trip, title=title, start="2017-06-09T10:00", end="2017-06-09T11:00",
                                  timezone="Asia/Tokyo", venue="名古屋市中区三の丸三丁目1番2号",
                                  objectives="目的：" + "協力" * 80 + "\n二行目, ; \\ 終わり")
    data = export_ics(Planner(db), trip)
    assert max(len(line) for line in data.split(b"\r\n")) <= 75  # folded by octets, as RFC 5545 says
    other = missions.create_mission(db, title="Copy", start="2017-06-08", end="2017-06-13")
    import_ics(Planner(db), data, other)
    with db.read() as s:
        original = s.get(Meeting, mid)
        copy = s.scalars(select(Meeting).where(Meeting.mission_id == other)).one()
        assert (copy.title, copy.venue, copy.objectives) == (original.title, original.venue,
                                                             original.objectives)


def test_dry_run_reports_and_writes_nothing(db, trip):
    summary = import_ics(Planner(db), OUTLOOK, trip, dry_run=True)
    assert summary["created"] == 3 and summary["dry_run"] is True
    assert [d["start"] for d in summary["details"] if d["title"] == "KOTRA briefing"] == ["2017-06-11T14:00+09:00"]
    assert stored(db, trip) == []


def test_export_has_zones_uids_and_round_trips(db, trip, tmp_path):
    ohmura = people.create_person(db, given_name="Hideaki", family_name="Ohmura", native_name="大村秀章",
                                  title="Governor")
    mid = meetings.create_meeting(db, trip, title="Courtesy call on Governor Ohmura",
                                  start="2017-06-09T10:00", end="2017-06-09T11:00", timezone="Asia/Tokyo",
                                  city="Tokyo", venue="Aichi Prefectural Office", status="held",
                                  objectives="Confirm the cooperation agreement.", counterparts=[ohmura])
    meetings.create_meeting(db, trip, title="Seoul Chamber lunch", start="2017-06-12T12:00",
                            end="2017-06-12T13:30", timezone="Asia/Seoul", city="Seoul",
                            status="requested")
    meetings.create_meeting(db, trip, title="Call home", start="2017-06-10T08:00", end="2017-06-10T08:30",
                            timezone="Europe/Brussels", status="cancelled")
    data = export_ics(Planner(db), trip)
    cal = icalendar.Calendar.from_ical(data)
    tzids = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    assert tzids == {"Asia/Tokyo", "Asia/Seoul", "Europe/Brussels"}
    brussels = next(tz for tz in cal.walk("VTIMEZONE") if tz["TZID"] == "Europe/Brussels")
    assert brussels.walk("DAYLIGHT") and brussels.walk("STANDARD")
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    call = events["Courtesy call on Governor Ohmura"]
    assert str(call["UID"]) == f"{mid}@missionplanner"
    assert call["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert call["DTSTART"].dt.astimezone(UTC) == utc(2017, 6, 9, 1)
    assert str(call["STATUS"]) == "CONFIRMED" and str(call["LOCATION"]) == "Aichi Prefectural Office"
    assert "Confirm the cooperation agreement." in str(call["DESCRIPTION"])
    assert "OHMURA Hideaki (Governor)" in str(call["DESCRIPTION"])
    assert str(events["Seoul Chamber lunch"]["STATUS"]) == "TENTATIVE"
    assert str(events["Call home"]["STATUS"]) == "CANCELLED"
    before = stored(db, trip)
    assert all(r[6] for r in before)  # UIDs kept for later re-imports

    # Re-importing our own export changes nothing.
    summary = import_ics(Planner(db), data, trip)
    assert (summary["created"], summary["updated"], summary["unchanged"]) == (0, 0, 3)
    assert stored(db, trip) == before
    with db.read() as s:
        m = s.get(Meeting, mid)
        assert (m.status, m.objectives) == ("held", "Confirm the cooperation agreement.")

    # Into another database: the same meetings, times, zones and places.
    from missionplanner.store import open_database

    other = open_database(tmp_path / "other.sqlite")
    try:
        oid = missions.create_mission(other, title="Copy", start="2017-06-08", end="2017-06-13")
        missions.add_leg(other, oid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                         arrive="2017-06-08T09:00", depart="2017-06-10T12:00")
        missions.add_leg(other, oid, city="Seoul", country="KR", timezone="Asia/Seoul",
                         arrive="2017-06-10T15:00", depart="2017-06-13T18:00")
        import_ics(Planner(other), data, oid)
        copied = stored(other, oid)
        assert [(r[0], r[1], r[2], r[3], r[6]) for r in copied] == [(r[0], r[1], r[2], r[3], r[6]) for r in before]
        assert [r[5] for r in copied] == ["confirmed", "cancelled", "proposed"]
    finally:
        other.dispose()


@pytest.mark.parametrize("zone_name", ["Europe/Brussels", "America/New_York", "Australia/Sydney",
                                       "Asia/Tokyo", "America/Sao_Paulo", "Africa/Casablanca"])
def test_exported_zone_definitions_give_the_zones_offsets(zone_name):
    """Outlook misreads VTIMEZONEs made of listed dates (RDATE); rules are written where they exist."""
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from missionplanner.interop.ics import _transitions, vtimezone

    text = vtimezone(zone_name, range(2016, 2020)).to_ical().decode()
    # Sao Paulo stopped summer time in 2019: no yearly rule fits, the changes are listed.
    assert ("RDATE" in text) == (zone_name in ("America/Sao_Paulo", "Africa/Casablanca"))
    if zone_name == "Europe/Brussels":
        assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text
    tzi = icalendar.Timezone.from_ical(text.replace(zone_name, "Custom")).to_tz(lookup_tzid=False)
    z = ZoneInfo(zone_name)
    t = utc(2017, 1, 1)
    samples = []
    while t < utc(2019, 1, 1):
        samples.append(t)
        t += timedelta(hours=6)
    for year in (2017, 2018):  # and a minute either side of each change
        samples += [i + d for i, _, _ in _transitions(z, year) for d in (-timedelta(minutes=1), timedelta(0))]
    for t in samples:
        assert t.astimezone(tzi).utcoffset() == t.astimezone(z).utcoffset(), t


def test_malformed_file_is_refused_with_its_line_and_nothing_is_imported(db, trip):
    broken = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:ok-1
SUMMARY:A good meeting
DTSTART;TZID=Asia/Tokyo:20170609T100000
DTEND;TZID=Asia/Tokyo:20170609T110000
END:VEVENT
BEGIN:VEVENT
UID:bad-1
SUMMARY:A bad meeting
DTSTART;TZID=Asia/Tokyo:20170632T100000
DTEND;TZID=Asia/Tokyo:20170609T110000
END:VEVENT
END:VCALENDAR
""")
    with pytest.raises(MissionPlannerError) as exc:
        import_ics(Planner(db), broken, trip)
    assert "line 12" in str(exc.value) and "DTSTART" in str(exc.value)
    assert count(db) == 0

    cut = b"\r\n".join(OUTLOOK.split(b"\r\n")[:60])
    with pytest.raises(MissionPlannerError, match=r"line \d+: BEGIN:VEVENT of line \d+ is never closed"):
        import_ics(Planner(db), cut, trip)
    with pytest.raises(MissionPlannerError, match="line 1: not an iCalendar file"):
        import_ics(Planner(db), b"Subject,Start Date\r\nLunch,2017-06-09\r\n", trip)
    ends_first = GOOGLE.replace(b"DTEND:20170612T020000Z", b"DTEND:20170612T000000Z")
    with pytest.raises(MissionPlannerError, match="line 10: DTEND: the event ends before"):
        import_ics(Planner(db), ends_first, trip)
    assert count(db) == 0


def test_unknown_zone_without_definition_is_refused(db, trip):
    text = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:x
SUMMARY:Somewhere
DTSTART;TZID=Atlantis Standard Time:20170609T100000
DTEND;TZID=Atlantis Standard Time:20170609T110000
END:VEVENT
END:VCALENDAR
""")
    with pytest.raises(MissionPlannerError, match="line 6: DTSTART: unknown time zone TZID='Atlantis Standard Time'"):
        import_ics(Planner(db), text, trip)
    assert count(db) == 0


def test_cli_export_import_and_errors(tmp_path, capsys, db, trip):
    meetings.create_meeting(db, trip, title="Courtesy call", start="2017-06-09T10:00",
                            end="2017-06-09T11:00", timezone="Asia/Tokyo", city="Tokyo")
    path = db.location
    out_file = tmp_path / "mission.ics"
    assert main(["--db", path, "ics-export", trip, "-o", str(out_file)]) == 0
    assert b"BEGIN:VTIMEZONE" in out_file.read_bytes()
    capsys.readouterr()
    (tmp_path / "outlook.ics").write_bytes(OUTLOOK)
    assert main(["--db", path, "ics-import", str(tmp_path / "outlook.ics"), "--mission", trip,
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would create" in out and "dry run: 3 created" in out
    assert main(["--db", path, "ics-import", str(out_file), "--mission", trip]) == 0
    assert "0 created, 0 updated, 1 unchanged" in capsys.readouterr().out
    (tmp_path / "bad.ics").write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert main(["--db", path, "ics-import", str(tmp_path / "bad.ics"), "--mission", trip]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.ics: line 2" in err
    assert count(db) == 1


# Property tests -----------------------------------------------------------------------------------

_lines = st.sampled_from([
    "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "VERSION:2.0", "UID:p1", "UID:p2",
    "SUMMARY:Prop test", "DTSTART;TZID=Asia/Tokyo:20170609T100000", "DTEND;TZID=Asia/Tokyo:20170609T110000",
    "DTSTART:20170609T010000Z", "DTEND:20170609T003000Z", "DTSTART;VALUE=DATE:20170610",
    "DTEND;VALUE=DATE:20170609", "DURATION:PT45M", "DURATION:P", "RRULE:FREQ=DAILY;COUNT=3",
    "RRULE:FREQ=HOURLY", "RRULE:FREQ=NOPE", "EXDATE:20170610T010000Z", "RECURRENCE-ID:20170610T010000Z",
    "DTSTART;TZID=Nowhere:20170609T100000", "BEGIN:VTIMEZONE", "END:VTIMEZONE", "TZID:Nowhere",
    "BEGIN:STANDARD", "END:STANDARD", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "DTSTART:16010101T000000",
    "STATUS:CANCELLED", " folded", "DTSTART:99991231T235959Z", "DTSTART:00010101T000000",
    "RDATE:20170611T010000Z,20170612", "X-WR-TIMEZONE:Asia/Tokyo",
])


def _check_property(db, trip, data: bytes):
    before = stored(db, trip)
    try:
        import_ics(Planner(db), data, trip)
    except MissionPlannerError:
        assert stored(db, trip) == before


@given(st.text(max_size=400))
def test_arbitrary_text_imports_or_is_refused_cleanly(db, trip, text):
    _check_property(db, trip, text.encode("utf-8", "surrogatepass"))


@given(st.lists(_lines, max_size=30))
def test_shuffled_calendar_lines_import_or_are_refused_cleanly(db, trip, lines):
    _check_property(db, trip, "\r\n".join(["BEGIN:VCALENDAR"] + lines + ["END:VCALENDAR"]).encode())


def test_skipped_and_repeated_hours_read_as_rfc_5545_says(db):
    """Other programs' files are not refused for a wall-clock time our own forms would refuse."""
    mid = missions.create_mission(db, title="Brussels spring", start="2017-03-25", end="2017-10-30")
    text = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:gap
SUMMARY:In the skipped hour
DTSTART;TZID=Europe/Brussels:20170326T023000
DURATION:PT1H
END:VEVENT
BEGIN:VEVENT
UID:overlap
SUMMARY:In the repeated hour
DTSTART;TZID=Europe/Brussels:20171029T023000
DURATION:PT1H
END:VEVENT
END:VCALENDAR
""")
    import_ics(Planner(db), text, mid)
    gap, overlap = stored(db, mid)
    assert gap[1:3] == (utc(2017, 3, 26, 1, 30), utc(2017, 3, 26, 2, 30))  # 03:30 summer time
    assert overlap[1:3] == (utc(2017, 10, 29, 0, 30), utc(2017, 10, 29, 1, 30))  # the first 02:30


def test_weekly_all_day_event_from_thunderbird(db, trip):
    text = crlf("""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
UID:c1b2a3d4-weekly-allday
SUMMARY:Embassy open day
RRULE:FREQ=WEEKLY;BYDAY=FR,MO
DTSTART;VALUE=DATE:20170602
DTEND;VALUE=DATE:20170603
END:VEVENT
END:VCALENDAR
""")
    import_ics(Planner(db), text, trip)
    rows = stored(db, trip)
    assert [(r[1], r[3], r[6]) for r in rows] == [
        (utc(2017, 6, 9, 0), "Asia/Tokyo", "c1b2a3d4-weekly-allday#20170609"),
        (utc(2017, 6, 12, 0), "Asia/Seoul", "c1b2a3d4-weekly-allday#20170612"),
    ]


# Re-imports: events gone from the calendar, and cancelled ones --------------------------------------

def _without_dinner(calendar: bytes) -> bytes:
    start = calendar.index(b"BEGIN:VEVENT\r\nDTSTART;TZID=Asia/Seoul")
    return calendar[:start] + calendar[calendar.index(b"END:VEVENT\r\n", start) + len(b"END:VEVENT\r\n"):]


def test_event_gone_from_a_reimported_calendar_is_cancelled_not_deleted(db, trip):
    import_ics(Planner(db), GOOGLE, trip)
    own = meetings.create_meeting(db, trip, title="Our own debrief", start="2017-06-12T18:00",
                                  end="2017-06-12T18:30", timezone="Asia/Seoul")
    import_ics(Planner(db), THUNDERBIRD, trip)  # another calendar: its meetings are not the Google one's
    before = stored(db, trip)
    shorter = _without_dinner(GOOGLE)

    preview = import_ics(Planner(db), shorter, trip, dry_run=True)
    assert preview["cancelled"] == 1 and preview["calendar"] == "x-wr-calname=Mission Corée"
    [gone] = [d for d in preview["details"] if d.get("cancelled")]
    assert (gone["action"], gone["changes"], gone["uid"]) == ("update", ["status"],
                                                              "0d5p3l1l9c2mm1k2uvr0bq1a0k@google.com")
    assert gone["title"] == "Dinner with the Belgian business community"
    assert "no longer in the calendar" in gone["note"] and gone["start"] == "2017-06-12T19:00+09:00"
    assert stored(db, trip) == before  # a dry run writes nothing

    summary = import_ics(Planner(db), shorter, trip)
    assert (summary["created"], summary["updated"], summary["unchanged"], summary["cancelled"]) == (0, 1, 1, 1)
    after = {r[6]: r for r in stored(db, trip)}
    assert len(after) == len(before) + 0 and after["0d5p3l1l9c2mm1k2uvr0bq1a0k@google.com"][5] == "cancelled"
    assert {uid: r for uid, r in after.items() if uid != "0d5p3l1l9c2mm1k2uvr0bq1a0k@google.com"} == \
        {r[6]: r for r in before if r[6] != "0d5p3l1l9c2mm1k2uvr0bq1a0k@google.com"}
    with db.read() as s:
        assert s.get(Meeting, own).status == "proposed"  # typed in by hand: no calendar owns it
    again = import_ics(Planner(db), shorter, trip)  # already cancelled: nothing more to say
    assert again["cancelled"] == 0 and again["updated"] == 0


def test_status_cancelled_in_a_reimport_is_listed_as_a_cancellation(db, trip):
    import_ics(Planner(db), GOOGLE, trip)
    cancelled = GOOGLE.replace(b"STATUS:TENTATIVE", b"STATUS:CANCELLED")
    preview = import_ics(Planner(db), cancelled, trip, dry_run=True)
    [detail] = [d for d in preview["details"] if d.get("cancelled")]
    assert detail["changes"] == ["status"] and detail["note"] == "cancelled in the calendar"
    assert preview["cancelled"] == 1
    import_ics(Planner(db), cancelled, trip)
    dinner = [r for r in stored(db, trip) if r[6] == "0d5p3l1l9c2mm1k2uvr0bq1a0k@google.com"]
    assert [r[5] for r in dinner] == ["cancelled"]


def test_an_invitation_or_an_unnamed_calendar_cancels_nothing_else(db, trip, tmp_path):
    import_ics(Planner(db), GOOGLE, trip)
    invitation = GOOGLE.replace(b"METHOD:PUBLISH", b"METHOD:REQUEST")
    assert import_ics(Planner(db), _without_dinner(invitation), trip)["cancelled"] == 0
    unnamed = GOOGLE.replace(b"X-WR-CALNAME:Mission Cor\xc3\xa9e\r\n", b"")
    assert import_ics(Planner(db), _without_dinner(unnamed), trip)["cancelled"] == 0  # bytes, no name: unknown
    assert {r[5] for r in stored(db, trip)} == {"confirmed", "proposed"}
    # A file without a calendar name is known by its file name.
    path = tmp_path / "korea.ics"
    path.write_bytes(THUNDERBIRD)
    first = import_ics(Planner(db), path, trip)
    assert first["calendar"] == "file=korea.ics" and first["created"] >= 2
    kept = THUNDERBIRD[:THUNDERBIRD.index(b"BEGIN:VEVENT")] + b"END:VCALENDAR\r\n"
    path.write_bytes(kept)
    summary = import_ics(Planner(db), path, trip)
    assert summary["cancelled"] == first["created"]
    assert {r[5] for r in stored(db, trip) if r[6] in {d["uid"] for d in first["details"]}} == {"cancelled"}


def test_bulk_created_meetings_read_back_as_the_session_would_have_written_them(db, trip):
    """New meetings skip the ORM: the audit trail and the search index must hold what its hooks write."""
    from sqlalchemy import text

    from missionplanner.model import AuditEntry, Participation
    from missionplanner.services.search import rebuild_index, search
    from missionplanner.store.audit import _snapshot

    gov = people.create_person(db, given_name="Hideaki", family_name="Ohmura", email="governor@pref.aichi.lg.jp")
    invitation = GOOGLE.replace(b"UID:0d5p3l1l9c2mm1k2uvr0bq1a0k@google.com\r\n",
                                b"UID:0d5p3l1l9c2mm1k2uvr0bq1a0k@google.com\r\n"
                                b"ATTENDEE:mailto:governor@pref.aichi.lg.jp\r\n")
    import_ics(Planner(db), invitation, trip)
    with db.read() as s:
        records = [*s.scalars(select(Meeting)), *s.scalars(select(Participation))]
        audits = {a.entity_id: a for a in s.scalars(select(AuditEntry).where(AuditEntry.action == "create"))}
        assert len(records) == 3 and {type(r) for r in records} == {Meeting, Participation}
        for r in records:
            assert r.created_at.tzinfo is UTC and r.updated_at == r.created_at and r.version == 1
            assert audits[r.id].changes == _snapshot(r), r
        mayor = next(r for r in records if isinstance(r, Meeting) and "Mayor" in r.title)
        assert mayor.talking_points == [] and mayor.start == utc(2017, 6, 12, 1)
        assert [p.person_id for p in s.get(Meeting, next(
            r.meeting_id for r in records if isinstance(r, Participation))).participations] == [gov]

    def index():
        with db.read() as s:
            return set(s.execute(text("SELECT entity_id, kind, title, title_folded, body_folded, "
                                      "snippet_source FROM search_entries")).all())

    before, found = index(), [r["title"] for r in search(db, "hydrogen")]
    assert found == ["Meeting with the Mayor of Seoul"]
    rebuild_index(db)
    assert index() == before and [r["title"] for r in search(db, "hydrogen")] == found


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2060, 12, 31)),
       st.sampled_from(["Europe/Brussels", "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Tokyo",
                        "America/New_York", "Africa/Casablanca", "Pacific/Apia", "Asia/Kathmandu"]))
def test_placing_a_wall_clock_time_reads_it_as_dateutil_does(naive, name):
    """The importer's round-trip placing equals datetime_exists + resolve_imaginary + astimezone."""
    from dateutil import tz as dtz

    from missionplanner.interop.wallclock import to_utc
    from missionplanner.services.timeutil import zone

    z = zone(name)
    aware = naive.replace(tzinfo=z, fold=0)
    if not dtz.datetime_exists(aware):
        aware = dtz.resolve_imaginary(aware)
    assert to_utc(naive, z) == aware.astimezone(UTC)


def test_cli_says_which_updates_cancel_meetings(tmp_path, capsys, db, trip):
    calendar = tmp_path / "coree.ics"
    calendar.write_bytes(GOOGLE)
    path = db.location
    assert main(["--db", path, "ics-import", str(calendar), "--mission", trip]) == 0
    capsys.readouterr()
    calendar.write_bytes(_without_dinner(GOOGLE))
    assert main(["--db", path, "ics-import", str(calendar), "--mission", trip, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Dinner with the Belgian business community (status) — cancelled: no longer in the calendar" in out
    assert "dry run: 0 created, 1 updated (1 of them cancelled)" in out


@given(st.lists(st.sampled_from(["", " ", "Objectives", "Counterparts: Ohmura", "Delegation: Jodogne", "\n", "\n\n",
                                 "  Counterparts: x", "Delegation:"]), max_size=6).map("".join))
def test_objectives_read_from_a_description_as_block_by_block(description):
    from missionplanner.interop.ics import _SECTION_LABELS, _objectives_from

    blocks = description.split("\n\n")
    if blocks and all(line.startswith(_SECTION_LABELS) for line in blocks[-1].split("\n") if line):
        blocks = blocks[:-1]
    assert _objectives_from(description) == "\n\n".join(blocks).strip()


def test_a_control_character_in_an_event_is_refused_with_its_code_and_line(db, trip):
    bad = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Calendar//EN
BEGIN:VEVENT
UID:bell@example.org
DTSTART:20170608T010000Z
DTEND:20170608T020000Z
SUMMARY:Ring\x07the bell
END:VEVENT
END:VCALENDAR
""")
    with pytest.raises(MissionPlannerError) as got:
        import_ics(Planner(db), bad, "Japan and Korea")
    # The window translates the refusal from its code; the place still names the line.
    assert got.value.code == "text.control-character"
    assert (got.value.field, got.value.where.rsplit(": ", 1)[-1]) == ("SUMMARY", "line 8")
    assert count(db) == 0


# Issue 18 ------------------------------------------------------------------------------------------

GOOGLE_WEEKLY_SINCE_JANUARY = crlf("""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Embassy Tokyo
X-WR-TIMEZONE:Asia/Tokyo
BEGIN:VTIMEZONE
TZID:Asia/Tokyo
X-LIC-LOCATION:Asia/Tokyo
BEGIN:STANDARD
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
TZNAME:JST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Asia/Tokyo:20170105T100000
DTEND;TZID=Asia/Tokyo:20170105T120000
RRULE:FREQ=WEEKLY;BYDAY=TH
DTSTAMP:20170601T120000Z
UID:5m8h0q2r3s4t5u6v7w8x9y0z1a@google.com
CREATED:20161220T090000Z
DESCRIPTION:
LAST-MODIFIED:20161220T090000Z
LOCATION:Embassy of Belgium\\, Tokyo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Weekly embassy coordination
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART:20170102T080000Z
DTEND:20170102T083000Z
RRULE:FREQ=DAILY
DTSTAMP:20170601T120000Z
UID:1b2c3d4e5f6g7h8i9j0k1l2m3n@google.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Press review
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")


def test_a_series_begun_before_the_mission_keeps_its_own_length(db, trip):
    """Issue 18, point 1: every occurrence lasts as long as the first (RFC 5545 3.8.5.3), not an hour."""
    import_ics(Planner(db), GOOGLE_WEEKLY_SINCE_JANUARY, trip)
    rows = stored(db, trip)
    weekly = [(r[1], r[2]) for r in rows if r[0] == "Weekly embassy coordination"]
    assert weekly == [(utc(2017, 6, 8, 1), utc(2017, 6, 8, 3))]  # Thursday 8 June, 10:00-12:00 Tokyo
    press = {r[2] - r[1] for r in rows if r[0] == "Press review"}
    assert press == {utc(2017, 1, 1, 0, 30) - utc(2017, 1, 1)}
    # A series begun in Brussels winter time keeps its two hours in summer time (10:00-12:00 CEST).
    recurring = crlf(RECURRING)
    with_length = recurring.replace(b"DTEND;TZID=Europe/Brussels:20170501T103000",
                                    b"DTEND;TZID=Europe/Brussels:20170501T120000") \
                           .replace(b"DTSTART;TZID=Europe/Brussels:20170501T100000",
                                    b"DTSTART;TZID=Europe/Brussels:20170102T100000") \
                           .replace(b"DTEND;TZID=Europe/Brussels:20170501T120000",
                                    b"DTEND;TZID=Europe/Brussels:20170102T120000")
    import_ics(Planner(db), with_length, trip)
    calls = [(r[1], r[2]) for r in stored(db, trip) if r[0] == "Weekly call with Brussels"]
    assert calls == [(utc(2017, 6, 9, 8), utc(2017, 6, 9, 10)), (utc(2017, 6, 12, 8), utc(2017, 6, 12, 10))]
    briefings = {r[2] - r[1] for r in stored(db, trip) if r[0] == "Delegation briefing"}
    assert briefings == {utc(2017, 1, 1, 0, 30) - utc(2017, 1, 1)}  # 08:30-09:00 since 1 June


def test_zero_length_events_are_listed_not_refused(db, trip):
    """Issue 18, point 5: RFC 5545 allows an event that ends when it starts (a reminder, a deadline).
    A meeting must end after it starts (the meeting rules refuse end == start), so the event is
    skipped with a note and the rest of the calendar comes in. An all-day event whose DTEND is its
    DTSTART (Apple's holiday feeds) is one day, as a date without an end is."""
    text = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 13.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B1E6A3C0-1F2D-4E5A-9B8C-7D6E5F4A3B2C
DTSTAMP:20170601T120000Z
DTSTART;TZID=Asia/Tokyo:20170609T170000
DTEND;TZID=Asia/Tokyo:20170609T170000
SUMMARY:Deadline: speaking notes to the cabinet
END:VEVENT
BEGIN:VEVENT
UID:holiday-20170611@holidays.example
DTSTAMP:20170601T120000Z
DTSTART;VALUE=DATE:20170611
DTEND;VALUE=DATE:20170611
SUMMARY:Holiday
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:ok-1
DTSTAMP:20170601T120000Z
DTSTART;TZID=Asia/Tokyo:20170609T100000
DTEND;TZID=Asia/Tokyo:20170609T110000
SUMMARY:A real meeting
END:VEVENT
BEGIN:VEVENT
UID:ok-2
DTSTAMP:20170601T120000Z
DTSTART;TZID=Asia/Tokyo:20170609T120000
DURATION:PT0S
SUMMARY:Photo opportunity
END:VEVENT
END:VCALENDAR
""")
    summary = import_ics(Planner(db), text, trip)
    assert (summary["created"], summary["skipped"]) == (2, 2)
    assert [(r[0], r[1], r[2]) for r in stored(db, trip)] == [
        ("A real meeting", utc(2017, 6, 9, 1), utc(2017, 6, 9, 2)),
        ("Holiday", utc(2017, 6, 11, 0), utc(2017, 6, 11, 9)),
    ]
    notes = {d["title"]: d["note"] for d in summary["details"] if d["action"] == "skip"}
    assert set(notes) == {"Deadline: speaking notes to the cabinet", "Photo opportunity"}
    assert all("zero-length" in note for note in notes.values())
    # An end before the start is still refused, with its line, and nothing is written.
    backwards = text.replace(b"DTEND;TZID=Asia/Tokyo:20170609T110000", b"DTEND;TZID=Asia/Tokyo:20170609T090000")
    with pytest.raises(MissionPlannerError, match="line 24: DTEND: the event ends before"):
        import_ics(Planner(db), backwards, trip)
    assert len(stored(db, trip)) == 2


def test_a_floating_dtend_is_read_on_dtstart_s_clock(db):
    """Issue 18, point 10: RFC 5545 gives DTEND DTSTART's zone when it names none; reading it in the
    leg's zone made a Brussels 10:00-11:00 call in a Tokyo leg "end before it starts"."""
    mid = missions.create_mission(db, title="Tokyo", start="2017-06-08", end="2017-06-11")
    missions.add_leg(db, mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                     arrive="2017-06-08T09:00", depart="2017-06-11T18:00")
    text = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example Corp.//CalDAV Client//EN
BEGIN:VEVENT
UID:floating-end-1
DTSTAMP:20170601T120000Z
DTSTART;TZID=Europe/Brussels:20170609T100000
DTEND:20170609T110000
SUMMARY:Call with the cabinet
END:VEVENT
BEGIN:VEVENT
UID:floating-end-2
DTSTAMP:20170601T120000Z
DTSTART:20170610T010000Z
DTEND:20170610T023000
SUMMARY:Press call
END:VEVENT
END:VCALENDAR
""")
    import_ics(Planner(db), text, mid)
    assert [(r[0], r[1], r[2], r[3]) for r in stored(db, mid)] == [
        ("Call with the cabinet", utc(2017, 6, 9, 8), utc(2017, 6, 9, 9), "Europe/Brussels"),
        ("Press call", utc(2017, 6, 10, 1), utc(2017, 6, 10, 2, 30), "Asia/Tokyo"),
    ]


def _outlook_invitation(uid: str, start: str, end: str, offset: str = "", rules: str = "") -> bytes:
    """An Outlook invitation whose zone Outlook cannot name: every such zone is "Customized Time Zone".
    `offset`: a zone without clock changes; `rules`: its STANDARD and DAYLIGHT blocks."""
    rules = rules or f"""BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:{offset}
TZOFFSETTO:{offset}
END:STANDARD"""
    return crlf(f"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:Customized Time Zone
{rules}
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Protocol Office":mailto:protocol@example.org
DTSTART;TZID="Customized Time Zone":{start}
DTEND;TZID="Customized Time Zone":{end}
DTSTAMP:20170520T081500Z
SUMMARY;LANGUAGE=en-gb:{uid}
UID:{uid}
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")


CUSTOMIZED_BRUSSELS = """BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT"""


def test_each_outlook_invitation_is_read_with_its_own_customized_time_zone(db, trip):
    """Issue 18, point 3: icalendar keeps the first definition of each TZID for the whole process; the
    desktop app is one process, so a second invitation was read with the first one's zone (14:00
    Tokyo became 21:00). The zones a file defines are that import's alone."""
    # Any earlier reading of such a file in the process, by icalendar itself or by an import.
    icalendar.Calendar.from_ical(_outlook_invitation("elsewhere", "20170609T090000", "20170609T100000", "-0500"))
    import_ics(Planner(db), _outlook_invitation("Call with Brussels", "20170609T100000", "20170609T110000",
                                                rules=CUSTOMIZED_BRUSSELS), trip)
    import_ics(Planner(db), _outlook_invitation("Lunch in Tokyo", "20170609T140000", "20170609T150000", "+0900"),
               trip)
    assert [(r[0], r[1], r[2]) for r in stored(db, trip)] == [
        ("Lunch in Tokyo", utc(2017, 6, 9, 5), utc(2017, 6, 9, 6)),       # 14:00 in Tokyo, not 21:00
        ("Call with Brussels", utc(2017, 6, 9, 8), utc(2017, 6, 9, 9)),   # 10:00 summer time in Brussels
    ]


def test_a_tzid_with_a_leading_slash_is_its_iana_zone(db, trip):
    text = GOOGLE.replace(b"TZID=Asia/Seoul", b"TZID=/Asia/Seoul")
    import_ics(Planner(db), text, trip)
    dinner = [r for r in stored(db, trip) if r[0].startswith("Dinner")]
    assert [(r[1], r[3]) for r in dinner] == [(utc(2017, 6, 12, 10), "Asia/Seoul")]


def test_a_meeting_in_the_repeated_hour_is_exported_so_readers_place_it_exactly(db, tmp_path):
    """Issue 18, point 4: 02:30 on 29 October 2017 happens twice in Brussels. Written as
    TZID=Europe/Brussels:20171029T023000, a standard reader takes the first pass (RFC 5545 3.3.5), an
    hour early for a meeting in the second; such a time is written in UTC. Checked by reading the
    export with icalendar and with our own import, and comparing instants."""
    mid = missions.create_mission(db, title="Brussels autumn", start="2017-10-27", end="2017-10-31")
    missions.add_leg(db, mid, city="Brussels", country="BE", timezone="Europe/Brussels",
                     arrive="2017-10-27T09:00", depart="2017-10-31T18:00")
    meetings.create_meeting(db, mid, title="First pass", start="2017-10-29T02:15+02:00",
                            end="2017-10-29T02:45+02:00", timezone="Europe/Brussels", city="Brussels")
    meetings.create_meeting(db, mid, title="Second pass", start="2017-10-29T02:15+01:00",
                            end="2017-10-29T02:45+01:00", timezone="Europe/Brussels", city="Brussels")
    meetings.create_meeting(db, mid, title="Across the change", start="2017-10-29T01:30+02:00",
                            end="2017-10-29T02:30+01:00", timezone="Europe/Brussels", city="Brussels")
    before = {r[0]: (r[1], r[2]) for r in stored(db, mid)}
    assert before["Second pass"] == (utc(2017, 10, 29, 1, 15), utc(2017, 10, 29, 1, 45))
    assert before["Across the change"] == (utc(2017, 10, 28, 23, 30), utc(2017, 10, 29, 1, 30))
    data = export_ics(Planner(db), mid)

    read = {str(e["SUMMARY"]): (e.decoded("DTSTART").astimezone(UTC), e.decoded("DTEND").astimezone(UTC))
            for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    assert read == before
    events = {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    assert events["First pass"]["DTSTART"].params["TZID"] == "Europe/Brussels"  # the first pass: exact
    assert events["Second pass"]["DTSTART"].to_ical() == b"20171029T011500Z"

    from missionplanner.store import open_database

    other = open_database(tmp_path / "other.sqlite")
    try:
        oid = missions.create_mission(other, title="Copy", start="2017-10-27", end="2017-10-31")
        missions.add_leg(other, oid, city="Brussels", country="BE", timezone="Europe/Brussels",
                         arrive="2017-10-27T09:00", depart="2017-10-31T18:00")
        import_ics(Planner(other), data, oid)
        assert {r[0]: (r[1], r[2]) for r in stored(other, oid)} == before
        assert {r[3] for r in stored(other, oid)} == {"Europe/Brussels"}
    finally:
        other.dispose()
    # Re-imported into its own mission: nothing changes.
    summary = import_ics(Planner(db), data, mid)
    assert (summary["created"], summary["updated"], summary["unchanged"]) == (0, 0, 3)


IPHONE = crlf("""
BEGIN:VCALENDAR
METHOD:PUBLISH
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 16.5//EN
X-WR-CALNAME:Mission
BEGIN:VTIMEZONE
TZID:Asia/Tokyo
BEGIN:STANDARD
DTSTART:19510908T010000
RDATE:19510908T010000
TZNAME:JST
TZOFFSETFROM:+1000
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20170528T091512Z
UID:6F3B2A1C-8D4E-4F5A-9B6C-1D2E3F4A5B6C
DTEND;TZID=Asia/Tokyo:20170609T160000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Visit to the Mori Art Museum
LAST-MODIFIED:20170528T091630Z
DTSTAMP:20170528T091630Z
DTSTART;TZID=Asia/Tokyo:20170609T150000
LOCATION:Mori Art Museum\\nRoppongi Hills Mori Tower 53F\\, 6-10-1 Roppongi
 \\, Minato-ku\\, Tokyo\\nJapan
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Roppongi Hills Mori Tower 5
 3F\\; 6-10-1 Roppongi\\, Minato-ku\\, Tokyo\\nJapan;X-APPLE-MAPKIT-HANDLE=CAE
 SvAEIrhgaEglKAyUIsK1BQBFyLnIA9W1hQCJhCgVKYXBhbhICSlAaBVRva3lv;X-APPLE-RAD
 IUS=141.1750923920424;X-APPLE-REFERENCEFRAME=1;X-TITLE=Mori Art Museum:geo
 :35.660464,139.729249
ORGANIZER;CN=Protocol\\; Embassy of Belgium;EMAIL=protocol@example.org:mailto
 :protocol@example.org
ATTENDEE;CN="Jean \\"JD\\" Dupont";CUTYPE=INDIVIDUAL;EMAIL="j.dupont@example.be";P
 ARTSTAT=ACCEPTED:mailto:j.dupont@example.be
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D
UID:0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Roppongi\\; Tokyo;X-TITLE=Mo
 ri:geo:35.660464,139.729249
END:VALARM
END:VEVENT
END:VCALENDAR
""")


def test_an_iphone_export_with_escapes_in_parameters_is_read(db, trip):
    """Issue 18, point 6: an iPhone export was refused for the escaped ';' Apple writes inside
    parameters (the address of X-APPLE-STRUCTURED-LOCATION, a CN). Those parameters are not used;
    the line's value is read as Apple meant it."""
    people.create_person(db, given_name="Jean", family_name="Dupont", email="j.dupont@example.be")
    summary = import_ics(Planner(db), IPHONE, trip)
    assert summary["created"] == 1
    [row] = stored(db, trip)
    assert row[:4] == ("Visit to the Mori Art Museum", utc(2017, 6, 9, 6), utc(2017, 6, 9, 7), "Asia/Tokyo")
    assert summary["details"][0]["participants"] == ["Jean Dupont"]  # from the ATTENDEE line


def _itip(method: str, *events: str) -> bytes:
    body = "\n".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT" for e in events)
    return crlf(f"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:{method}
{body}
END:VCALENDAR
""")


def test_itip_messages_without_times_cancel_by_uid_or_are_listed(db, trip):
    """Issue 18, point 5b: RFC 5546 lets a CANCEL, a REPLY or a REFRESH name its event by UID alone,
    without DTSTART; such a file was refused. A cancellation cancels the meetings made from that event
    (every occurrence, or the one its RECURRENCE-ID names); the others are listed, nothing changes."""
    import_ics(Planner(db), OUTLOOK, trip)
    import_ics(Planner(db), crlf(RECURRING), trip)
    before = {r[6]: r[5] for r in stored(db, trip)}
    cancel = _itip("CANCEL", """
UID:outlook-kotra-1
SEQUENCE:2
DTSTAMP:20170605T080000Z
SUMMARY:Canceled: KOTRA briefing
ORGANIZER;CN=KOTRA:mailto:events@kotra.example
""", """
UID:daily-briefing
RECURRENCE-ID;TZID=Tokyo Standard Time:20170612T083000
SEQUENCE:1
DTSTAMP:20170605T080000Z
""", """
UID:weekly-call
SEQUENCE:3
DTSTAMP:20170605T080000Z
""", """
UID:never-imported
DTSTAMP:20170605T080000Z
SUMMARY:Canceled: something else
""")
    dry = import_ics(Planner(db), cancel, trip, dry_run=True)
    assert dry["cancelled"] == 4 and {r[6]: r[5] for r in stored(db, trip)} == before
    summary = import_ics(Planner(db), cancel, trip)
    assert (summary["updated"], summary["cancelled"], summary["skipped"], summary["created"]) == (4, 4, 1, 0)
    after = {r[6]: r[5] for r in stored(db, trip)}
    cancelled = sorted(uid for uid, status in after.items() if status == "cancelled")
    assert cancelled == ["daily-briefing#20170611T233000Z", "outlook-kotra-1",
                         "weekly-call#20170609T080000Z", "weekly-call#20170612T080000Z"]
    assert after["daily-briefing#20170612T233000Z"] != "cancelled"
    skipped = [d for d in summary["details"] if d["action"] == "skip"]
    assert [(d["uid"], d["line"]) for d in skipped] == [("never-imported", 23)]

    reply = _itip("REPLY", """
UID:outlook-call-2
DTSTAMP:20170605T080000Z
ATTENDEE;PARTSTAT=DECLINED:mailto:someone@example.org
""")
    summary = import_ics(Planner(db), reply, trip)
    assert (summary["updated"], summary["created"], summary["skipped"]) == (0, 0, 1)
    assert "METHOD:REPLY" in summary["details"][0]["note"]
    assert {r[6]: r[5] for r in stored(db, trip)} == after

    # A published calendar still needs DTSTART: refused with the line, nothing written.
    published = _itip("PUBLISH", "UID:outlook-call-2\nSUMMARY:No time")
    with pytest.raises(MissionPlannerError, match="line 5: DTSTART: VEVENT without DTSTART"):
        import_ics(Planner(db), published, trip)


@given(st.datetimes(min_value=datetime(2005, 1, 1), max_value=datetime(2035, 12, 31)),
       st.sampled_from(["Europe/Brussels", "America/Sao_Paulo", "Australia/Lord_Howe", "America/New_York",
                        "Africa/Casablanca", "Pacific/Apia", "Asia/Tokyo"]))
def test_a_zone_a_file_defines_places_times_as_its_iana_zone_does(naive, name):
    """A VTIMEZONE zone (dateutil's, whose fromutc is off near a change) is read from its offsets alone:
    our own export's definition of a zone places every wall-clock time, gaps and repeated hours
    included, where the IANA zone does (RFC 5545: moved forward in a gap, first pass when repeated)."""
    from missionplanner.interop.ical_reader import Reader
    from missionplanner.interop.ics import vtimezone
    from missionplanner.interop.wallclock import by_offsets, to_utc
    from missionplanner.services.timeutil import zone

    block = vtimezone(name, range(naive.year - 1, naive.year + 2)).to_ical().decode()
    [cal] = Reader("z.ics").parse(f"BEGIN:VCALENDAR\r\n{block}END:VCALENDAR\r\n")
    [definition] = list(cal.walk("VTIMEZONE"))
    assert by_offsets(naive, definition.tzinfo()) == to_utc(naive, zone(name))
    assert by_offsets(naive, zone(name)) == to_utc(naive, zone(name))


def test_an_exported_zone_whose_rule_stopped_does_not_bring_its_changes_back():
    """Sao Paulo kept standard time from 2019. Exported for 2018-2020, its one rule per change fits
    the years it ran; without an end (UNTIL) a reader that trusts the VTIMEZONE (Outlook, or ours for
    a 'Customized Time Zone') put every November-February after it an hour off."""
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from missionplanner.interop.ics import vtimezone

    text = vtimezone("America/Sao_Paulo", range(2018, 2021)).to_ical().decode()
    assert "UNTIL=" in text and "RDATE" not in text
    tzi = icalendar.Timezone.from_ical(text.replace("America/Sao_Paulo", "Custom")).to_tz(lookup_tzid=False)
    z = ZoneInfo("America/Sao_Paulo")
    t = utc(2018, 2, 18, 3)  # from the first change the block describes (an export has a year before)
    while t < utc(2021, 1, 1):
        assert t.astimezone(tzi).utcoffset() == t.astimezone(z).utcoffset(), t
        t += timedelta(hours=7)


def test_a_broken_event_outside_the_mission_is_still_only_skipped(db, trip):
    """Working out every series' own length (point 1) does not refuse a calendar for a single event
    long before the mission that ends before it starts: it is skipped, as before. A series with such
    an end would give the mission meetings, so it is refused with its line."""
    old = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:old-broken
SUMMARY:Old and broken
DTSTART;TZID=Asia/Tokyo:20150609T100000
DTEND;TZID=Asia/Tokyo:20150609T090000
END:VEVENT
END:VCALENDAR
""")
    summary = import_ics(Planner(db), old, trip)
    assert (summary["created"], summary["skipped"]) == (0, 1)
    series = old.replace(b"SUMMARY:Old and broken", b"SUMMARY:Old and broken\r\nRRULE:FREQ=WEEKLY")
    with pytest.raises(MissionPlannerError, match="line 9: DTEND: the event ends before"):
        import_ics(Planner(db), series, trip)


def test_floating_exdate_rdate_and_recurrence_id_are_on_the_series_clock(db, trip):
    """Point 10, the same rule for the other times of a series: an EXDATE, RDATE or RECURRENCE-ID
    without TZID beside a zoned DTSTART is on DTSTART's clock (RFC 5545 3.8.5), not the leg's (Tokyo
    here): the excluded day stayed, the added one came seven hours early, the moved one twice."""
    text = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example Corp.//CalDAV Client//EN
BEGIN:VEVENT
UID:brussels-call
DTSTAMP:20170601T120000Z
SUMMARY:Call with Brussels
DTSTART;TZID=Europe/Brussels:20170601T100000
DTEND;TZID=Europe/Brussels:20170601T103000
RRULE:FREQ=DAILY;COUNT=12
EXDATE:20170609T100000
RDATE:20170613T160000
END:VEVENT
BEGIN:VEVENT
UID:brussels-call
DTSTAMP:20170601T120000Z
RECURRENCE-ID:20170611T100000
SUMMARY:Call with Brussels (moved)
DTSTART;TZID=Europe/Brussels:20170611T113000
DTEND;TZID=Europe/Brussels:20170611T120000
END:VEVENT
END:VCALENDAR
""")
    import_ics(Planner(db), text, trip)
    assert [(r[0], r[1]) for r in stored(db, trip)] == [
        ("Call with Brussels", utc(2017, 6, 8, 8)),
        ("Call with Brussels", utc(2017, 6, 10, 8)),              # not the 9th: excluded
        ("Call with Brussels (moved)", utc(2017, 6, 11, 9, 30)),  # instead of 10:00 Brussels
        ("Call with Brussels", utc(2017, 6, 12, 8)),
        ("Call with Brussels", utc(2017, 6, 13, 14)),             # the added 16:00 Brussels
    ]


def test_rdate_periods_give_their_occurrences_their_own_length(db, trip):
    """RFC 5545 3.8.5.2: an RDATE of VALUE=PERIOD says when that occurrence starts and how long it
    lasts (a duration or an end), in UTC or in a zone; other occurrences keep the event's length."""
    text = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CalConnect//Interop sample//EN\r\n"
            b"BEGIN:VEVENT\r\nUID:periods@example.org\r\nDTSTAMP:20170601T000000Z\r\nSUMMARY:Working sessions\r\n"
            b"DTSTART;TZID=Asia/Tokyo:20170609T100000\r\nDTEND;TZID=Asia/Tokyo:20170609T110000\r\n"
            b"RDATE;VALUE=PERIOD:20170610T010000Z/PT30M,20170611T010000Z/20170611T030000Z\r\n"
            b"RDATE;TZID=Asia/Tokyo;VALUE=PERIOD:20170612T150000/PT2H30M\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    assert import_ics(Planner(db), text, trip)["created"] == 4
    spans = sorted((r[1], r[2]) for r in stored(db, trip))
    assert [(end - start) / timedelta(minutes=1) for start, end in spans] == [60, 30, 120, 150]
