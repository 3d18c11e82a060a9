"""Imports at scale: 10,000 contacts from CSV, a 2,000-event calendar, and 2,000 recurring series.

The goals are issue 14's floors, the only speed rules for this code: 10,000 contacts import in at
most 3 s, a 2,000-event Outlook calendar in at most 1 s (each all or nothing, validated by the rules
of a single create, through the planner). Two figures per file:

- the seconds the import takes (the goal's figure, at the floor's size; at another size, for
  information), with the CPU seconds beside them;
- for information, the rows written per second: every row the import adds to the database in its
  one transaction, counted in the file after the import: records (people, organizations,
  affiliations; meetings, participations), their audit entries, their `search_entries` rows, and
  the rows of the two FTS5 tables (`search_fts`, `search_fts_title`, counted by their docsize
  rows). A contact writes about seven rows, an event five. (Issue 8 asked for 20,000 rows/s.)

Each figure is compared with a baseline measured in the same run on the same file (seconds against
seconds, rows per second against rows per second):

- contacts: `csv.reader` parsing the file plus one SQLAlchemy Core `executemany` inserting the people
  into a bare table: the least any importer must do. Ours also detects the encoding and header
  language, validates every field, matches existing people and organizations, creates the
  affiliations, and writes the audit trail and search index, all in one transaction;
- calendar: `icalendar.Calendar.from_ical` parsing the whole file and walking its events, without
  storing anything. Two files of the same events: plain (nine lines an event), and as Outlook writes
  them (twenty-eight lines: Exchange's own properties, an HTML copy of the description, invitees, a
  reminder, folded lines). Ours reads the file with a line scanner that checks the nesting, splits
  each line it uses into name, parameters and value and notes its line; icalendar's value types read
  the values (`interop.ical_reader`). It then resolves zones, validates every meeting by the rules
  of a single create (`services.batch`) and stores the meetings. The calendar rows also say what
  share of the import the parse alone takes;
- recurring series (2,000 weekly meetings begun a year before a week's mission):
  `recurring_ical_events` expanding the same file into the mission's days, nothing stored. A ratio
  below 1 means our whole import takes less than that library's expansion alone (issue 18 asked for
  the library; this row is why our expansion stays).

The first row of each file gives the wall-clock seconds and the CPU seconds of the import: on a
loaded machine (other processes on the same cores) the two part, and the CPU figure is the steadier.

`python -m bench imports` runs it; `run(contacts=50, events=20)` is the test suite's smoke run.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

FLOORS = {"contacts": (10_000, 3.0), "events": (2_000, 1.0)}  # (size, at most seconds): issue 14
WRITTEN = ("people", "organizations", "affiliations", "meetings", "participations", "audit_entries",
           "search_entries", "search_fts_docsize", "search_fts_title_docsize")
START = date(2017, 6, 1)
EVENTS_PER_DAY = 20


def contacts_csv(n: int) -> bytes:
    """A French Excel export: semicolons, Windows-1252 would lose the kanji, so UTF-8 with a BOM."""
    lines = ["Nom;Prénom;Organisation;Fonction;E-mail;Téléphone;Nom natif"]
    for i in range(n):
        org = f"Organisation {i % 500}"
        native = f"大村{i}" if i % 3 == 0 else ""
        lines.append(f"Famille{i};Prénom{i};{org};Délégué {i % 7};p{i}@example.org;+32 2 000 {i:05d};{native}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def calendar_ics(n: int) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mission Planner bench//EN",
             "BEGIN:VTIMEZONE", "TZID:Tokyo Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
             "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD", "END:VTIMEZONE"]
    for i in range(n):
        day = START + timedelta(days=i // EVENTS_PER_DAY)
        minute = (i % EVENTS_PER_DAY) * 30
        hh, mm = 8 + minute // 60, minute % 60
        stamp = f"{day:%Y%m%d}T{hh:02d}{mm:02d}00"
        end = f"{day:%Y%m%d}T{hh:02d}{mm + 25:02d}00"
        lines += ["BEGIN:VEVENT", f"UID:bench-{i}@example.org", f"SUMMARY:Meeting {i} with a counterpart",
                  f"DTSTART;TZID=Tokyo Standard Time:{stamp}", f"DTEND;TZID=Tokyo Standard Time:{end}",
                  f"LOCATION:Office {i % 40}", "DESCRIPTION:Objectives\\, points to make\\; background.",
                  "STATUS:CONFIRMED", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def outlook_ics(n: int) -> bytes:
    """The same events as Outlook writes them: with its own properties, an HTML copy of the
    description, invitees, a reminder, lines folded at 75 octets."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
             "BEGIN:VTIMEZONE", "TZID:Tokyo Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
             "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD", "END:VTIMEZONE"]
    for i in range(n):
        day = START + timedelta(days=i // EVENTS_PER_DAY)
        minute = (i % EVENTS_PER_DAY) * 30
        hh, mm = 8 + minute // 60, minute % 60
        stamp = f"{day:%Y%m%d}T{hh:02d}{mm:02d}00"
        end = f"{day:%Y%m%d}T{hh:02d}{mm + 25:02d}00"
        lines += ["BEGIN:VEVENT", "CLASS:PUBLIC", "CREATED:20170501T080000Z",
                  "DESCRIPTION:Objectives\\, points to make\\; background.\\n\\nDial-in: +81 3 0000 0000",
                  f"DTEND;TZID=Tokyo Standard Time:{end}", "DTSTAMP:20170520T080000Z",
                  f"DTSTART;TZID=Tokyo Standard Time:{stamp}", "LAST-MODIFIED:20170520T080000Z",
                  f"LOCATION:Office {i % 40}", "PRIORITY:5", "SEQUENCE:0",
                  f"SUMMARY;LANGUAGE=en-us:Meeting {i} with a counterpart", "TRANSP:OPAQUE",
                  f"UID:040000008200E00074C5B7101A82E00800000000{i:08d}",
                  "ORGANIZER;CN=Cabinet:mailto:cabinet@example.be",
                  "ATTENDEE;CN=A;RSVP=TRUE:mailto:a@example.be", "ATTENDEE;CN=B;RSVP=TRUE:mailto:b@example.jp",
                  "X-ALT-DESC;FMTTYPE=text/html:<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2//EN\">\\n<HTML><HEAD>"
                  "<META NAME=\"Generator\" CONTENT=\"MS Exchange Server version rmj.rmm.rup.rpr\"><TITLE></TITLE>"
                  "</HEAD><BODY><P DIR=LTR><SPAN LANG=\"en-us\"><FONT FACE=\"Calibri\">Objectives\\, points to "
                  "make\\; background.</FONT></SPAN></P></BODY></HTML>",
                  "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                  "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE",
                  "X-MS-OLK-CONFTYPE:0",
                  "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    out = []
    for line in lines:  # folded at 75 octets, as Outlook writes (the text here is ASCII)
        while len(line) > 75:
            out.append(line[:74])
            line = " " + line[74:]
        out.append(line)
    return ("\r\n".join(out) + "\r\n").encode()


def _baseline_contacts(data: bytes, tmp: Path) -> float:
    """Seconds to read the file with csv.reader and insert its people with one Core executemany."""
    import csv
    import io

    from sqlalchemy import Column, MetaData, String, Table, create_engine, insert

    engine = create_engine(f"sqlite:///{tmp / 'baseline.sqlite'}")
    meta = MetaData()
    people = Table("people", meta, Column("id", String, primary_key=True), Column("family", String),
                   Column("given", String), Column("org", String), Column("email", String))
    meta.create_all(engine)
    t0 = time.perf_counter()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))[1:]
    with engine.begin() as conn:
        conn.execute(insert(people), [{"id": str(i), "family": r[0], "given": r[1], "org": r[2],
                                       "email": r[4]} for i, r in enumerate(rows)])
    seconds = time.perf_counter() - t0
    engine.dispose()
    return seconds


def recurring_ics(n: int) -> bytes:
    """`n` weekly meetings that began a year before the mission (an aide's standing meetings), in a
    zone named as Outlook names it: each must be walked from its first week to the mission's."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mission Planner bench//EN",
             "BEGIN:VTIMEZONE", "TZID:Tokyo Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
             "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD", "END:VTIMEZONE"]
    first = START - timedelta(days=364)
    for i in range(n):
        day = first + timedelta(days=(i // EVENTS_PER_DAY) % 7)
        minute = (i % EVENTS_PER_DAY) * 30
        hh, mm = 8 + minute // 60, minute % 60
        lines += ["BEGIN:VEVENT", f"UID:series-{i}@example.org", f"SUMMARY:Weekly {i}",
                  f"DTSTART;TZID=Tokyo Standard Time:{day:%Y%m%d}T{hh:02d}{mm:02d}00",
                  f"DTEND;TZID=Tokyo Standard Time:{day:%Y%m%d}T{hh:02d}{mm + 25:02d}00",
                  "RRULE:FREQ=WEEKLY", "STATUS:CONFIRMED", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def _baseline_expansion(data: bytes, start: date, end: date) -> float:
    """The library the issue named for expansion, alone: icalendar parsing the file and
    recurring_ical_events listing each series' occurrences in the mission's days. Ours does that
    and everything else of an import (issue 18: why our expansion stays)."""
    import icalendar
    import recurring_ical_events

    t0 = time.perf_counter()
    cal = icalendar.Calendar.from_ical(data)
    list(recurring_ical_events.of(cal).between(start, end + timedelta(days=1)))
    return time.perf_counter() - t0


def _baseline_calendar(data: bytes) -> float:
    import icalendar

    t0 = time.perf_counter()
    cal = icalendar.Calendar.from_ical(data)
    [(e["UID"], e.decoded("DTSTART"), e.decoded("DTEND")) for e in cal.walk("VEVENT")]
    return time.perf_counter() - t0


def _seconds_row(case: str, seconds: float, baseline: float, kind: str, n: int) -> dict:
    """The import's seconds against the floor (when `n` is the floor's size) and the baseline's."""
    size, floor = FLOORS[kind]
    goal = n == size
    return {"case": case, "figure": seconds, "baseline": baseline, "ratio": seconds / baseline,
            "goal": f"<= {floor:.0f} s" if goal else "", "ok": seconds <= floor if goal else True}


def _rate_row(case: str, rate: float, baseline: float) -> dict:
    """A figure for information, with no goal of its own."""
    return {"case": case, "figure": rate, "baseline": baseline, "ratio": rate / baseline, "goal": "", "ok": True}


def _rows_in(db) -> int:
    """Rows in the tables an import writes (see WRITTEN)."""
    with db.engine.connect() as conn:
        return sum(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in WRITTEN)


def _parse_seconds(data: bytes) -> float:
    """The parse alone, as the import runs it: the line scanner and icalendar's value types."""
    from missionplanner.interop.ical_reader import Reader
    from missionplanner.interop.ics import READ, _read

    t0 = time.perf_counter()
    text, source = _read(data)
    Reader(source).parse(text, READ)
    return time.perf_counter() - t0


def run(contacts: int = 10_000, events: int = 2_000) -> list[dict]:
    from missionplanner.interop.contacts import import_contacts
    from missionplanner.interop.ics import import_ics
    from missionplanner.services.planner import Planner

    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        csv_path = tmp / "contacts.csv"
        csv_path.write_bytes(contacts_csv(contacts))
        planner = Planner.open(tmp / "bench.sqlite")
        try:
            before = _rows_in(planner.db)
            c0, t0 = time.process_time(), time.perf_counter()
            summary = import_contacts(planner, csv_path)
            seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
            assert summary["people_created"] == contacts
            written = _rows_in(planner.db) - before
            baseline = _baseline_contacts(csv_path.read_bytes(), tmp)
            rows.append(_seconds_row(f"contacts CSV import, {contacts} contacts (seconds, of which CPU {cpu:.2f} s)",
                                     seconds, baseline, "contacts", contacts))
            rows.append(_rate_row(f"contacts CSV import, {written} rows written (rows/s, all tables incl. "
                                  "audit, search, FTS; for information)", written / seconds,
                                  contacts / baseline))

            days = max(1, (events + EVENTS_PER_DAY - 1) // EVENTS_PER_DAY)
            end = START + timedelta(days=days - 1)
            for label, data in (("", calendar_ics(events)), (" from Outlook", outlook_ics(events))):
                mid = planner.missions.create(title=f"Bench calendar{label}", start=START.isoformat(),
                                              end=end.isoformat())
                planner.missions.add_leg(mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                                         arrive=f"{START}T07:00", depart=f"{end}T20:00")
                before = _rows_in(planner.db)
                c0, t0 = time.process_time(), time.perf_counter()
                summary = import_ics(planner, data, mid)
                seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
                assert summary["created"] == events, summary["skipped"]
                written = _rows_in(planner.db) - before
                share = _parse_seconds(data) / seconds
                baseline = _baseline_calendar(data)
                rows.append(_seconds_row(f"ICS import, {events} events{label} (seconds, of which CPU {cpu:.2f} s; "
                                         f"parsing is {share:.0%} of it; baseline: icalendar alone, whole file)",
                                         seconds, baseline, "events", events))
                rows.append(_rate_row(f"ICS import{label}, {written} rows written (rows/s, all tables incl. audit, "
                                      "search, FTS; for information)", written / seconds, events / baseline))
            # Recurring series that began a year before the mission (a week of it): the expansion's
            # own cost, against recurring_ical_events doing only the expansion of the same file.
            week = START + timedelta(days=6)
            mid = planner.missions.create(title="Bench recurring calendar", start=START.isoformat(),
                                          end=week.isoformat())
            planner.missions.add_leg(mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                                     arrive=f"{START}T07:00", depart=f"{week}T20:00")
            data = recurring_ics(events)
            c0, t0 = time.process_time(), time.perf_counter()
            summary = import_ics(planner, data, mid)
            seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
            assert summary["created"] == events, summary["skipped"]
            rows.append(_seconds_row(f"ICS import, {events} weekly series begun a year before (seconds, of which "
                                     f"CPU {cpu:.2f} s; baseline: recurring_ical_events expanding the same file, "
                                     "nothing stored)", seconds, _baseline_expansion(data, START, week),
                                     "events", events))
        finally:
            planner.close()
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
