"""Issue 13, calendar and contact imports: one regression test per finding, named after it.

Finding 6 (stale XLSX dimension), finding 7 (two calendars of the same name), finding 8 (runaway
recurrence, huge workbooks and files), finding 11 (control characters in names read from files).
Each test fails on the code before the fix.
"""

import io
import re
import zipfile

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from missionplanner.cli import main
from missionplanner.errors import MissionPlannerError
from missionplanner.interop import contacts as contacts_mod
from missionplanner.interop.contacts import import_contacts
from missionplanner.model import AuditEntry, Meeting, Organization, Person
from missionplanner.services import missions
from missionplanner.services.planner import Planner


def people_count(db):
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Person)),
                s.scalar(select(func.count()).select_from(Organization)))


def workbook_bytes(rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def rewrite_part(xlsx: bytes, name: str, change) -> bytes:
    """The workbook with one part of its zip rewritten by `change(text) -> text`."""
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == name:
                data = change(data.decode()).encode()
            dst.writestr(info.filename, data)
    return out.getvalue()


TEN_PEOPLE = [["Family name", "Given name"]] + [[f"Person{i}", f"Given{i}"] for i in range(10)]


# Finding 6: a stale <dimension> tag ------------------------------------------------------------------

def test_finding_6_stale_xlsx_dimension_imports_every_row(db, tmp_path):
    xlsx = workbook_bytes(TEN_PEOPLE)
    stale = rewrite_part(xlsx, "xl/worksheets/sheet1.xml",
                         lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:B2"', xml))
    assert b'ref="A1:B2"' in zipfile.ZipFile(io.BytesIO(stale)).read("xl/worksheets/sheet1.xml")
    path = tmp_path / "people.xlsx"
    path.write_bytes(stale)
    summary = import_contacts(Planner(db), path)
    assert summary["rows"] == 10 and summary["people_created"] == 10
    with db.read() as s:
        assert sorted(s.scalars(select(Person.family_name))) == sorted(f"Person{i}" for i in range(10))


# Finding 8: bounded contact files ------------------------------------------------------------------------

def test_finding_8_xlsx_expanding_past_the_limit_is_refused_before_reading(db, tmp_path, capsys):
    # A small workbook whose one cell holds 60 MB of text once unzipped (a few hundred KB zipped).
    xlsx = workbook_bytes([["Family name", "Notes"], ["Ohmura", "PLACEHOLDER"]])
    huge = "A" * (60 * 1024 * 1024)
    bomb = rewrite_part(xlsx, "xl/worksheets/sheet1.xml", lambda xml: xml.replace("PLACEHOLDER", huge))
    assert len(bomb) < 2 * 1024 * 1024
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(bomb)
    with pytest.raises(MissionPlannerError, match=r"bomb\.xlsx: the workbook expands to \d+ MB once unzipped, "
                                                  r"more than the limit of 50 MB"):
        import_contacts(Planner(db), path)
    assert main(["--db", db.location, "contacts-import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "limit of 50 MB" in err
    assert people_count(db) == (0, 0)


def test_finding_8_too_many_contact_rows_are_refused_naming_the_limit(db, tmp_path):
    limit = contacts_mod.MAX_CONTACT_ROWS
    lines = ["Family name,Given name"] + [f"Name{i},Given" for i in range(limit + 1)]
    path = tmp_path / "everyone.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(MissionPlannerError, match=rf"everyone\.csv: line {limit + 2}: more than 100,000 "
                                                  r"contacts in one file \(the limit\)"):
        import_contacts(Planner(db), path)
    assert people_count(db) == (0, 0)
    # The limit itself is accepted (dry run: nothing written, and it says so).
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    assert import_contacts(Planner(db), path, dry_run=True)["rows"] == limit
    assert people_count(db) == (0, 0)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_finding_8_a_cell_longer_than_the_limit_is_refused_with_its_line_and_column(db, tmp_path, kind):
    long = "x" * (contacts_mod.MAX_CELL_CHARS + 1)
    rows = [["Family name", "Given name", "Notes"], ["Ohmura", "Hideaki", "short"], ["Park", "Won-soon", long]]
    path = tmp_path / f"long.{kind}"
    if kind == "csv":
        path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
        where = r"long\.csv: line 3: column 3"
    else:  # Excel (and openpyxl) write at most 32,767 characters in a cell; other programs do not
        rows[2][2] = "PLACEHOLDER"
        path.write_bytes(rewrite_part(workbook_bytes(rows), "xl/worksheets/sheet1.xml",
                                      lambda xml: xml.replace("PLACEHOLDER", long)))
        where = r"long\.xlsx: row 3: column C"
    with pytest.raises(MissionPlannerError, match=rf"{where}: the cell holds 100,001 characters, more than "
                                                  r"the limit of 100,000"):
        import_contacts(Planner(db), path)
    assert people_count(db) == (0, 0)


# Finding 11 (contacts half): control characters in names read from a file ----------------------------

@pytest.mark.parametrize("bad", ["\x00", "\x1b[31m", "\u202e", "\u2067"])
def test_finding_11_control_characters_in_contact_names_are_refused_with_line_and_column(db, tmp_path,
                                                                                         capsys, bad):
    path = tmp_path / "names.csv"
    path.write_text(f"Nom;Prénom;Organisation\r\nOhmura;Hideaki;Aichi\r\nDu{bad}pré;Hélène;BLCC\r\n",
                    encoding="utf-16")  # UTF-16: the one text encoding where a NUL may appear
    with pytest.raises(MissionPlannerError, match=r"names\.csv: line 3: Nom: contains the control "
                                                  r"character U\+"):
        import_contacts(Planner(db), path)
    assert people_count(db) == (0, 0)
    # A header is printed too (ignored columns): refused as well.
    path.write_text(f"Nom;Prénom;Col{bad}umn\r\nOhmura;Hideaki;x\r\n", encoding="utf-16")
    assert main(["--db", db.location, "contacts-import", str(path)]) == 2
    out, err = capsys.readouterr()
    assert "line 1: column 3: contains the control character" in err and "\x1b" not in out + err
    assert people_count(db) == (0, 0)


# Calendars ---------------------------------------------------------------------------------------------

def crlf(text: str) -> bytes:
    return text.strip("\n").replace("\n", "\r\n").encode() + b"\r\n"


@pytest.fixture
def trip(db):
    """Tokyo, 8 to 13 June 2017."""
    mid = missions.create_mission(db, title="Japan", start="2017-06-08", end="2017-06-13")
    missions.add_leg(db, mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                     arrive="2017-06-08T09:00", depart="2017-06-13T18:00")
    return mid


def stored(db, mid):
    with db.read() as s:
        rows = s.scalars(select(Meeting).where(Meeting.mission_id == mid).order_by(Meeting.uid)).all()
        return [(m.uid, m.title, m.start, m.end, m.status, m.version) for m in rows]


def audit_count(db):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def calendar(events: str, name: str | None = "Agenda", prodid: str = "-//Google Inc//Google Calendar 70.9054//EN",
             extra: str = "") -> bytes:
    head = f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\nMETHOD:PUBLISH\n"
    if name is not None:
        head += f"X-WR-CALNAME:{name}\n"
    return crlf(head + extra + events + "END:VCALENDAR\n")


def event(uid: str, title: str, start: str, end: str, extra: str = "") -> str:
    return (f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20170601T000000Z\nDTSTART;TZID=Asia/Tokyo:{start}\n"
            f"DTEND;TZID=Asia/Tokyo:{end}\nSUMMARY:{title}\n{extra}END:VEVENT\n")


# Finding 8: recurrence steps per import, not only per rule -------------------------------------------

def test_finding_8_many_small_secondly_events_are_refused_by_the_import_wide_step_limit(db, trip, tmp_path,
                                                                                        capsys):
    from missionplanner.interop.ics import MAX_RULE_STEPS, import_ics

    # 100 events repeating every second, 150,000 times each, a week before the mission: each rule is
    # under the per-rule limit, 15 million repetitions in all (the 88 s of the finding).
    events = "".join(event(f"sec{i}@example.org", f"Tick {i}", "20170601T090000", "20170601T090001",
                           "RRULE:FREQ=SECONDLY;COUNT=150000\n") for i in range(100))
    data = calendar(events)
    assert len(data) < 25_000 and 150_000 < MAX_RULE_STEPS < 100 * 150_000
    before = (stored(db, trip), audit_count(db))
    with pytest.raises(MissionPlannerError) as refused:
        import_ics(Planner(db), data, trip, dry_run=True)
    message = str(refused.value)
    assert re.search(r"calendar: line \d+: RRULE: the recurring events of this file repeat too often to "
                     r"expand \(more than 500,000 repetitions in all, the limit for one import; reached at "
                     r"the event of line \d+\)", message), message
    path = tmp_path / "ticks.ics"
    path.write_bytes(data)
    assert main(["--db", db.location, "ics-import", str(path), "--mission", trip]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "limit for one import" in err
    assert (stored(db, trip), audit_count(db)) == before
    # One such event alone is within both limits: read, nothing of it falls in the mission.
    one = calendar(event("sec0@example.org", "Tick", "20170601T090000", "20170601T090001",
                         "RRULE:FREQ=SECONDLY;COUNT=150000\n") + event("m@example.org", "Meeting",
                                                                      "20170609T100000", "20170609T110000"))
    assert import_ics(Planner(db), one, trip)["created"] == 1


# Finding 7 (calendar half): two different calendars both called "Agenda" ---------------------------

MINE = [event("gov@mine", "Governor of Aichi", "20170609T100000", "20170609T110000"),
        event("jetro@mine", "JETRO Nagoya", "20170610T100000", "20170610T110000"),
        event("dinner@mine", "Dinner with the community", "20170611T190000", "20170611T210000")]
THEIRS = [event("press@theirs", "Press briefing", "20170609T150000", "20170609T160000"),
          event("visit@theirs", "Factory visit", "20170612T100000", "20170612T120000")]


def statuses(db, mid):
    return {uid: status for uid, _t, _s, _e, status, _v in stored(db, mid)}


def test_finding_7_a_different_calendar_with_the_same_name_cancels_nothing(db, trip, tmp_path, capsys):
    from missionplanner.interop.ics import import_ics

    assert import_ics(Planner(db), calendar("".join(MINE)), trip)["created"] == 3
    before = stored(db, trip)
    # A colleague's calendar, also called "Agenda", also from Google: none of my meetings is in it.
    path = tmp_path / "agenda.ics"
    path.write_bytes(calendar("".join(THEIRS)))
    preview = import_ics(Planner(db), path, trip, dry_run=True)
    assert (preview["created"], preview["cancelled"]) == (2, 0)
    assert stored(db, trip) == before
    assert main(["--db", db.location, "ics-import", str(path), "--mission", trip]) == 0
    out = capsys.readouterr().out
    assert "note: another calendar called 'Agenda' was imported into this mission before" in out
    assert "2 created, 0 updated, 0 unchanged" in out and "cancelled" not in out.split("note:")[0]
    assert statuses(db, trip) == {"gov@mine": "proposed", "jetro@mine": "proposed",
                                  "dinner@mine": "proposed", "press@theirs": "proposed",
                                  "visit@theirs": "proposed"}
    # Each calendar's newer copy cancels its own removed meeting, never the other calendar's.
    summary = import_ics(Planner(db), calendar(MINE[0] + MINE[1]), trip)
    assert summary["cancelled"] == 1 and summary["notes"] == []
    summary = import_ics(Planner(db), calendar(THEIRS[0]), trip)
    assert summary["cancelled"] == 1
    assert statuses(db, trip) == {"gov@mine": "proposed", "jetro@mine": "proposed",
                                  "dinner@mine": "cancelled", "press@theirs": "proposed",
                                  "visit@theirs": "cancelled"}


def test_finding_7_a_real_reimport_still_cancels_the_removed_meeting(db, trip):
    from missionplanner.interop.ics import import_ics

    import_ics(Planner(db), calendar("".join(MINE)), trip)
    # A newer copy written by a newer version of the same program, with one more meeting.
    later = "-//Google Inc//Google Calendar 71.2//EN"
    extra = event("lunch@mine", "Lunch with the consul", "20170612T120000", "20170612T130000")
    assert import_ics(Planner(db), calendar("".join(MINE) + extra, prodid=later), trip)["created"] == 1
    # The next copy has neither the dinner nor the lunch: both were this calendar's, both cancelled.
    preview = import_ics(Planner(db), calendar(MINE[0] + MINE[1], prodid=later), trip, dry_run=True)
    assert sorted(d["uid"] for d in preview["details"] if d.get("cancelled")) == ["dinner@mine", "lunch@mine"]
    assert "cancelled" not in statuses(db, trip).values()
    import_ics(Planner(db), calendar(MINE[0] + MINE[1], prodid=later), trip)
    assert statuses(db, trip) == {"gov@mine": "proposed", "jetro@mine": "proposed",
                                  "dinner@mine": "cancelled", "lunch@mine": "cancelled"}
    # Another program's calendar of the same name holding one of these events cancels nothing.
    outlook = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
    assert import_ics(Planner(db), calendar(MINE[0], prodid=outlook), trip)["cancelled"] == 0
    assert statuses(db, trip)["jetro@mine"] == "proposed"


def test_finding_7_meetings_imported_before_calendar_ids_are_told_apart_by_their_events(db, trip):
    """A database from before this rule: its audit trail names the calendar and nothing else."""
    from sqlalchemy import update

    from missionplanner.interop.ics import import_ics

    import_ics(Planner(db), calendar("".join(MINE)), trip)
    with db.write() as s:  # what the previous version wrote
        s.execute(update(AuditEntry).where(AuditEntry.summary.startswith("imported from calendar "))
                  .values(summary="imported from calendar x-wr-calname=Agenda"))
    assert import_ics(Planner(db), calendar("".join(THEIRS)), trip)["cancelled"] == 0
    assert "cancelled" not in statuses(db, trip).values()
    lunch = event("lunch@mine", "Lunch with the consul", "20170612T120000", "20170612T130000")
    summary = import_ics(Planner(db), calendar(MINE[0] + MINE[1] + lunch), trip)
    assert (summary["cancelled"], summary["created"]) == (1, 1)
    assert statuses(db, trip)["dinner@mine"] == "cancelled"
    # The lunch this copy added belongs to the same calendar: the next copy without it cancels it.
    assert import_ics(Planner(db), calendar(MINE[0] + MINE[1]), trip)["cancelled"] == 1
    assert statuses(db, trip)["lunch@mine"] == "cancelled"
    assert [st for uid, st in statuses(db, trip).items() if uid.endswith("@theirs")] == ["proposed"] * 2


# Finding 11 (calendar half): control characters in names read from a calendar ----------------------

@pytest.mark.parametrize("bad", ["\x00", "\x1b[2J", "\u202e", "\u2066"])
@pytest.mark.parametrize("where", ["SUMMARY", "LOCATION", "X-WR-CALNAME"])
def test_finding_11_control_characters_in_calendar_names_are_refused_with_line_and_field(
        db, trip, tmp_path, capsys, bad, where):
    from missionplanner.interop.ics import import_ics

    good = event("gov@mine", "Governor of Aichi", "20170609T100000", "20170609T110000")
    if where == "X-WR-CALNAME":
        data, line = calendar(good, name=f"Agen{bad}da"), 5
    else:  # the second event, outside the mission: even a skipped event's title is printed
        extra = "LOCATION:Nagoya\n" if where == "SUMMARY" else f"LOCATION:Nag{bad}oya\n"
        title = f"Old {bad}meeting" if where == "SUMMARY" else "Old meeting"
        data = calendar(good + event("old@mine", title, "20160609T100000", "20160609T110000", extra))
        line = 6 + 7 + (5 if where == "SUMMARY" else 6)
    before = (stored(db, trip), audit_count(db))
    with pytest.raises(MissionPlannerError, match=rf"^calendar: line {line}: {where}: contains the control "
                                                  rf"character U\+{ord(bad[0]):04X}"):
        import_ics(Planner(db), data, trip)
    path = tmp_path / "names.ics"
    path.write_bytes(data)
    assert main(["--db", db.location, "ics-import", str(path), "--mission", trip, "--dry-run"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and f"line {line}: {where}:" in err
    assert not any(c in err for c in "\x00\x1b\u202e\u2066")
    assert (stored(db, trip), audit_count(db)) == before


def test_finding_8_a_calendar_cannot_push_a_mission_past_its_meeting_limit(db, trip):
    from missionplanner.interop.ics import import_ics
    from missionplanner.services.meetings import MAX_MEETINGS

    # 11 events of 1,000 one-minute occurrences each: 11,000 meetings, past the 10,000 of a mission.
    events = "".join(event(f"slot{i}@example.org", f"Slot {i}", "20170609T000000", "20170609T000100",
                           "RRULE:FREQ=MINUTELY;COUNT=1000\n") for i in range(11))
    before = (stored(db, trip), audit_count(db))
    with pytest.raises(MissionPlannerError, match=r"^calendar: the mission has 0 meetings; the limit is "
                                                  r"10,000 per mission: this file would add 11,000 more"):
        import_ics(Planner(db), calendar(events), trip)
    assert (stored(db, trip), audit_count(db)) == before and MAX_MEETINGS == 10_000
    assert import_ics(Planner(db), calendar(events[:events.index("BEGIN:VEVENT", 10)]), trip)["created"] == 1000


@pytest.mark.parametrize("name", ["huge.ics", "huge.csv"])
def test_finding_8_a_file_past_50_mb_is_refused_before_it_is_read(db, trip, tmp_path, capsys, name):
    path = tmp_path / name
    with path.open("wb") as f:  # 51 MB without writing them (a sparse file): refused by its size
        f.write(b"BEGIN:VCALENDAR\r\n" if name.endswith(".ics") else b"Family name\r\n")
        f.truncate(51 * 1024 * 1024)
    command = ["ics-import", str(path), "--mission", trip] if name.endswith(".ics") else \
        ["contacts-import", str(path)]
    assert main(["--db", db.location, *command]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{name}: the file is 51 MB, more than the limit of 50 MB" in err
    assert people_count(db) == (0, 0) and stored(db, trip) == []


def test_finding_11_a_workbook_header_with_a_bidi_override_names_its_row_and_column(db, tmp_path):
    path = tmp_path / "people.xlsx"
    path.write_bytes(workbook_bytes([["Family name", "Given name", "Notes\u202etxt.exe"],
                                     ["Ohmura", "Hideaki", ""]]))
    with pytest.raises(MissionPlannerError, match=r"people\.xlsx: row 1: column C: contains the control "
                                                  r"character U\+202E"):
        import_contacts(Planner(db), path)
    assert people_count(db) == (0, 0)
