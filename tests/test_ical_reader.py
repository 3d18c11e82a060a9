"""The calendar reader: icalendar's values, each property paired with its line; errors name the line."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from missionplanner.interop.ical_reader import ICalError, Reader


def crlf(*lines: str) -> str:
    return "\r\n".join(lines) + "\r\n"


EVENT = crlf(
    "BEGIN:VCALENDAR",                                       # 1
    "VERSION:2.0",                                           # 2
    "BEGIN:VEVENT",                                          # 3
    "UID:a\\,b",                                             # 4
    "SUMMARY:R\u00e9union\\, Tokyo\\; 10",                   # 5
    " h",                                                    # 6 (continues line 5)
    "DTSTART;TZID=Tokyo Standard Time:20170609T100000",      # 7
    "DTEND:20170609T020000Z",                                # 8
    "ATTENDEE;CN=A:mailto:a@example.org",                    # 9
    "EXDATE;VALUE=DATE:20170610,20170611",                   # 10
    "ATTENDEE;CN=B:mailto:b@example.org",                    # 11
    "DURATION:PT1H30M",                                      # 12
    "END:VEVENT",                                            # 13
    "END:VCALENDAR")                                         # 14


def test_each_property_has_icalendar_s_value_and_its_line():
    r = Reader("t.ics")
    [cal] = r.parse(EVENT)
    [ev] = list(cal.walk("VEVENT"))
    assert (cal.line, ev.line) == (1, 3)
    assert [(p.name, p.line) for p in ev.props] == [
        ("UID", 4), ("SUMMARY", 5), ("DTSTART", 7), ("DTEND", 8), ("ATTENDEE", 9), ("EXDATE", 10),
        ("ATTENDEE", 11), ("DURATION", 12)]
    assert r.text(ev.first("SUMMARY")) == "R\u00e9union, Tokyo; 10h"
    assert r.raw(ev.first("UID")) == "a\\,b"
    assert r.date_or_datetime(ev.first("DTSTART")) == datetime(2017, 6, 9, 10)  # the wall clock, as written
    assert ev.first("DTSTART").params["TZID"] == "Tokyo Standard Time"
    assert r.date_or_datetime(ev.first("DTEND")) == datetime(2017, 6, 9, 2, tzinfo=UTC)
    assert [r.text(p) for p in ev.all("ATTENDEE")] == ["mailto:a@example.org", "mailto:b@example.org"]
    assert r.dates(ev.first("EXDATE")) == [date(2017, 6, 10), date(2017, 6, 11)]
    assert r.duration(ev.first("DURATION")) == timedelta(hours=1, minutes=30)


@pytest.mark.parametrize("lines, line, message", [
    (("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:x"), 3, "BEGIN:VEVENT of line 2 is never closed"),
    (("Subject,Start Date", "Lunch,2017-06-09"), 1, "not an iCalendar file"),
    (("BEGIN:VCALENDAR", "BEGIN:VEVENT", "END:VTODO", "END:VCALENDAR"), 3, "END:VTODO closes BEGIN:VEVENT of line 2"),
    (("BEGIN:VCALENDAR", "END:VCALENDAR", "X"), 3, "text after END:VCALENDAR"),
    (("BEGIN:VCALENDAR", "BEGIN:VEVENT", "BAD LINE", "END:VEVENT", "END:VCALENDAR"), 3, "expected NAME:VALUE"),
    ((" folded", "BEGIN:VCALENDAR"), 1, "continuation line"),
    (("BEGIN:VCALENDAR", *["BEGIN:X"] * 8, *["END:X"] * 8, "END:VCALENDAR"), 9, "nested too deeply"),
])
def test_a_file_that_is_not_well_formed_is_refused_with_its_line(lines, line, message):
    with pytest.raises(ICalError, match=rf"^t\.ics: line {line}: .*{message}"):
        Reader("t.ics").parse(crlf(*lines))


@pytest.mark.parametrize("value, expected", [
    ("20170609T100000", datetime(2017, 6, 9, 10)),
    ("20170609T100000Z", datetime(2017, 6, 9, 10, tzinfo=UTC)),
    ("20161231T235960Z", datetime(2016, 12, 31, 23, 59, 59, tzinfo=UTC)),  # a leap second, as RFC 5545 allows
    ("20170609", date(2017, 6, 9)),
    ("20170632T100000", "cannot read '20170632T100000' as a real date"),
    ("20170229", "cannot read '20170229' as a real date"),
    ("20171301T000000", "cannot read"),
    ("20170609T240000", "cannot read"),
    ("tomorrow", "cannot read 'tomorrow'"),
])
def test_date_and_time_values(value, expected):
    r = Reader("t.ics")
    text = crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:x", f"DTSTART:{value}", "END:VEVENT", "END:VCALENDAR")
    [ev] = list(r.parse(text)[0].walk("VEVENT"))
    if isinstance(expected, str):
        with pytest.raises(ICalError, match=rf"^t\.ics: line 4: DTSTART: {expected}"):
            r.date_or_datetime(ev.first("DTSTART"))
    else:
        got = r.date_or_datetime(ev.first("DTSTART"))
        assert got == expected and type(got) is type(expected)


body_lines = st.sampled_from(["UID:a", "uid:b", "DTSTART;TZID=Asia/Tokyo:20170609T100000", 'X-Y;A="b:c":d',
                              "SUMMARY:a:b", "summary;LANGUAGE=fr:R\u00e9union", "Dt-End:1", "ATTENDEE:mailto:x@y.z",
                              "TZID:Tokyo Standard Time", "BEGIN:VTIMEZONE", "END:VTIMEZONE", "BEGIN:VEVENT",
                              "END:VEVENT", "begin:standard", "end:STANDARD", " folded", "", "\n"])


@given(st.lists(body_lines, max_size=14))
def test_any_well_nested_file_is_read_with_a_line_for_every_property(middle):
    """Whatever the mix of components and properties, each property line is found where it is."""
    lines = ["BEGIN:VCALENDAR", *middle, "END:VCALENDAR"]
    text = "\r\n".join(lines) + "\r\n"
    r = Reader("t.ics")
    try:
        calendars = r.parse(text)
    except ICalError as exc:
        assert "line" in str(exc)
        return
    numbered = text.replace("\r\n", "\n").split("\n")

    def check(comp):
        assert numbered[comp.line - 1].upper().startswith("BEGIN:")
        for p in comp.props:
            assert numbered[p.line - 1].upper().startswith(p.name), (p, numbered[p.line - 1])
            assert p.value is not None
        for child in comp.children:
            check(child)

    for cal in calendars:
        check(cal)


READ = {"VCALENDAR": frozenset({"PRODID"}), "VTIMEZONE": None, "VEVENT": frozenset({"UID", "DTSTART", "DESCRIPTION"})}

OUTLOOK_EVENT = crlf(
    "BEGIN:VCALENDAR",                                              # 1
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",   # 2
    "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",                            # 3
    "BEGIN:VTIMEZONE",                                             # 4
    "TZID:Tokyo Standard Time",                                    # 5
    "BEGIN:STANDARD",                                              # 6
    "DTSTART:16010101T000000",                                     # 7
    "TZOFFSETFROM:+0900",                                          # 8
    "TZOFFSETTO:+0900",                                            # 9
    "END:STANDARD",                                                # 10
    "END:VTIMEZONE",                                               # 11
    "BEGIN:VEVENT",                                                # 12
    "X-ALT-DESC;FMTTYPE=text/html:<HTML><BODY>\\x</BODY></HTML>",   # 13
    "UID:040000008200E00074C5B7101A82E008",                        # 14
    "DTSTART;TZID=Tokyo Standard Time:20170609T100000",            # 15
    "BEGIN:VALARM",                                                # 16
    "DESCRIPTION:Reminder",                                        # 17
    "TRIGGER:-PT15M",                                              # 18
    "END:VALARM",                                                  # 19
    "DESCRIPTION:The objectives",                                  # 20
    "END:VEVENT",                                                  # 21
    "END:VCALENDAR")                                               # 22


def test_only_what_the_import_reads_goes_to_icalendar_with_the_lines_unchanged():
    r = Reader("t.ics")
    [cal] = r.parse(OUTLOOK_EVENT, READ)
    assert [(p.name, p.line) for p in cal.props] == [("PRODID", 2)]
    [tz] = list(cal.walk("VTIMEZONE"))
    [standard] = tz.children
    assert [p.name for p in tz.props] == ["TZID"] and [p.line for p in standard.props] == [7, 8, 9]
    assert tz.tzinfo().utcoffset(datetime(2017, 6, 9)) == timedelta(hours=9)
    [ev] = list(cal.walk("VEVENT"))
    assert [(p.name, p.line) for p in ev.props] == [("UID", 14), ("DTSTART", 15), ("DESCRIPTION", 20)]
    assert ev.children == [] and r.text(ev.first("DESCRIPTION")) == "The objectives"  # not the reminder's
    # Everything is read without `read`.
    [whole] = Reader("t.ics").parse(OUTLOOK_EVENT)
    [ev] = list(whole.walk("VEVENT"))
    assert [c.name for c in ev.children] == ["VALARM"] and ev.first("X-ALT-DESC").line == 13


def test_what_is_left_out_is_still_checked_for_its_structure():
    broken = OUTLOOK_EVENT.replace("END:VALARM", "END:VTODO")
    with pytest.raises(ICalError, match=r"^t\.ics: line 19: END:VTODO closes BEGIN:VALARM of line 16"):
        Reader("t.ics").parse(broken, READ)
    with pytest.raises(ICalError, match=r"^t\.ics: line 18: expected NAME:VALUE"):
        Reader("t.ics").parse(OUTLOOK_EVENT.replace("TRIGGER:-PT15M", "TRIGGER -PT15M"), READ)


def test_parameters_are_split_as_rfc_5545_writes_them():
    """A quoted parameter value may hold ';', ':' and ','; names are caseless; the value keeps its colons."""
    r = Reader("t.ics")
    text = crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:x",
                'DTSTART;tzid="America/Sao_Paulo";VALUE=DATE-TIME:20170609T100000',
                'ATTENDEE;CN="Dupont; Jean: chef, cabinet";ROLE=REQ-PARTICIPANT;MEMBER="a","b":mailto:j@example.be',
                "X-ALT-DESC;FMTTYPE=text/html:<a href=\"http://x\">b</a>",
                "END:VEVENT", "END:VCALENDAR")
    [ev] = list(r.parse(text)[0].walk("VEVENT"))
    start, who, alt = ev.first("DTSTART"), ev.first("ATTENDEE"), ev.first("X-ALT-DESC")
    assert start.params == {"TZID": "America/Sao_Paulo", "VALUE": "DATE-TIME"}
    assert r.date_or_datetime(start) == datetime(2017, 6, 9, 10)
    assert who.params == {"CN": "Dupont; Jean: chef, cabinet", "ROLE": "REQ-PARTICIPANT", "MEMBER": "a,b"}
    assert r.text(who) == "mailto:j@example.be"
    assert r.raw(alt) == '<a href="http://x">b</a>'


@pytest.mark.parametrize("line, message", [
    ('DTSTART;TZID="Europe/Brussels:20170609T100000', "expected ':' before the value of DTSTART"),
    ("DTSTART;=x:20170609T100000", "expected PARAMETER=VALUE after DTSTART;"),
    ("DTSTART;TZID:20170609T100000", "expected PARAMETER=VALUE after DTSTART;"),
])
def test_a_property_line_whose_parameters_cannot_be_split_is_refused_with_its_line(line, message):
    text = crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:x", line, "END:VEVENT", "END:VCALENDAR")
    with pytest.raises(ICalError, match=rf"^t\.ics: line 4: {message}"):
        Reader("t.ics").parse(text)


def test_a_value_its_type_cannot_read_is_refused_with_its_line_where_it_is_used():
    r = Reader("t.ics")
    text = crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:x", "SEQUENCE:two", "DURATION:an hour",
                "RRULE:FREQ=SOMETIMES", "END:VEVENT", "END:VCALENDAR")
    [ev] = list(r.parse(text)[0].walk("VEVENT"))  # read without complaint: nothing uses them yet
    assert r.raw(ev.first("SEQUENCE")) == "two"
    with pytest.raises(ICalError, match=r"^t\.ics: line 5: DURATION: cannot read 'an hour' as a duration"):
        r.duration(ev.first("DURATION"))
    with pytest.raises(ICalError, match=r"^t\.ics: line 6: RRULE: cannot read the recurrence rule 'FREQ=SOMETIMES'"):
        r.until(ev.first("RRULE"))


@pytest.mark.parametrize("line, params, value", [
    # Apple's iPhone and macOS exports: an address in a parameter, its ';' and ',' escaped.
    ("X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Roppongi 6-10-1\\; Minato-ku\\, Tokyo;X-APPLE-RADIUS=70;"
     "X-TITLE=Roppongi Hills:geo:35.660,139.729",
     {"VALUE": "URI", "X-ADDRESS": "Roppongi 6-10-1; Minato-ku, Tokyo", "X-APPLE-RADIUS": "70",
      "X-TITLE": "Roppongi Hills"}, "geo:35.660,139.729"),
    ('ATTENDEE;CN=Dupont\\; Jean;PARTSTAT=ACCEPTED:mailto:j@example.be',
     {"CN": "Dupont; Jean", "PARTSTAT": "ACCEPTED"}, "mailto:j@example.be"),
    ('ORGANIZER;CN="Jean \\"JD\\" Dupont";EMAIL="j@example.be":mailto:j@example.be',
     {"CN": 'Jean "JD" Dupont', "EMAIL": "j@example.be"}, "mailto:j@example.be"),
    ('ATTENDEE;CN=Jean "JD" Dupont:mailto:j@example.be', {"CN": 'Jean "JD" Dupont'}, "mailto:j@example.be"),
    ('DTSTART;X-NOTE=a\\;b;TZID=Asia/Tokyo:20170609T100000', {"X-NOTE": "a;b", "TZID": "Asia/Tokyo"},
     "20170609T100000"),
    # An escaped ':' gives the standard's reading a wrong value ("b;TZID=..."): the escape is read first.
    ('DTSTART;X-NOTE=a\\:b;TZID=Asia/Tokyo:20170609T100000', {"X-NOTE": "a:b", "TZID": "Asia/Tokyo"},
     "20170609T100000"),
    # A backslash that escapes nothing stays; one before a closing quote is the standard's reading.
    ('ORGANIZER;CN=Society\\ 2014:mailto:s@example.org', {"CN": "Society\\ 2014"}, "mailto:s@example.org"),
    ('ATTACH;X-FILENAME="C:\\notes\\":https://example.org/n', {"X-FILENAME": "C:\\notes\\"},
     "https://example.org/n"),
])
def test_parameters_apple_writes_with_backslashes_are_read_leniently(line, params, value):
    """Issue 18, point 6: an iPhone export was refused for an escaped ';' in a parameter. RFC 5545 has
    no escapes in parameters, but a reading that keeps the escaped character is the only one that
    finds the value; the standard's reading is tried first."""
    from missionplanner.interop.ical_reader import split_content_line

    name, got, raw = split_content_line(line)
    assert (got, raw) == (params, value)


@pytest.mark.parametrize("line, message", [
    ("SUMMARY;X-FOO=a\\;b", "expected PARAMETER=VALUE after SUMMARY;"),  # the standard's reading says why
    ('ATTENDEE;CN="Dupont\\;x:mailto:j@example.be', "expected ':' before the value of ATTENDEE"),
    ("SUMMARY;X-FOO\\;=b:x", "expected PARAMETER=VALUE after SUMMARY;"),
])
def test_a_line_neither_reading_splits_is_still_refused_with_its_line(line, message):
    text = crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:x", line, "END:VEVENT", "END:VCALENDAR")
    with pytest.raises(ICalError, match=rf"^t\.ics: line 4: {message}"):
        Reader("t.ics").parse(text)
