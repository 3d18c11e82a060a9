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
    summary = import_contacts(db, path)
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
        import_contacts(db, path)
    assert main(["--db", str(db.path), "contacts-import", str(path)]) == 2
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
        import_contacts(db, path)
    assert people_count(db) == (0, 0)
    # The limit itself is accepted (dry run: nothing written, and it says so).
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    assert import_contacts(db, path, dry_run=True)["rows"] == limit
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
        import_contacts(db, path)
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
        import_contacts(db, path)
    assert people_count(db) == (0, 0)
    # A header is printed too (ignored columns): refused as well.
    path.write_text(f"Nom;Prénom;Col{bad}umn\r\nOhmura;Hideaki;x\r\n", encoding="utf-16")
    assert main(["--db", str(db.path), "contacts-import", str(path)]) == 2
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
    from missionplanner.interop.ics import MAX_IMPORT_STEPS, MAX_RULE_STEPS, import_ics

    # 100 events repeating every second, 150,000 times each, a week before the mission: each rule is
    # under the per-rule limit, 15 million repetitions in all (the 88 s of the finding).
    events = "".join(event(f"sec{i}@example.org", f"Tick {i}", "20170601T090000", "20170601T090001",
                           "RRULE:FREQ=SECONDLY;COUNT=150000\n") for i in range(100))
    data = calendar(events)
    assert len(data) < 25_000 and 150_000 < MAX_RULE_STEPS < 100 * 150_000
    before = (stored(db, trip), audit_count(db))
    with pytest.raises(MissionPlannerError) as refused:
        import_ics(db, data, trip, dry_run=True)
    message = str(refused.value)
    assert re.search(r"calendar: line \d+: RRULE: the recurring events of this file repeat too often to "
                     r"expand \(more than 500,000 repetitions in all, the limit for one import; reached at "
                     r"the event of line \d+\)", message), message
    assert MAX_IMPORT_STEPS == 500_000
    path = tmp_path / "ticks.ics"
    path.write_bytes(data)
    assert main(["--db", str(db.path), "ics-import", str(path), "--mission", trip]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "limit for one import" in err
    assert (stored(db, trip), audit_count(db)) == before
    # One such event alone is within both limits: read, nothing of it falls in the mission.
    one = calendar(event("sec0@example.org", "Tick", "20170601T090000", "20170601T090001",
                         "RRULE:FREQ=SECONDLY;COUNT=150000\n") + event("m@example.org", "Meeting",
                                                                      "20170609T100000", "20170609T110000"))
    assert import_ics(db, one, trip)["created"] == 1
