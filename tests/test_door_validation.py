"""Validation at the door (issue 13): what the red-team pass got accepted, or turned into a traceback,
is refused in one line naming the record and field, with exit 2 and nothing written.

One regression test per finding: 10 (zones and years), 11 (the mission file's shapes and texts),
7 (an agreement whose title exists), 12 (deep or huge JSON, lone surrogates, long searches).
"""

from __future__ import annotations

import copy
import json
import time

import pytest

from missionplanner.cli import main
from missionplanner.errors import ValidationError
from missionplanner.model import Agreement, Meeting, Mission, Person
from missionplanner.services import meetings, missionfile, missions, people
from missionplanner.services.agreements import create_agreement
from missionplanner.services.demo import demo_documents
from missionplanner.services.meetings import create_meeting
from missionplanner.services.missionfile import MissionFileError
from missionplanner.services.search import search
from missionplanner.services.timeparse import parse_local_input


def _japan() -> dict:
    return copy.deepcopy(dict(demo_documents())["2-official-mission-japan-2017.json"])


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _count(db, model) -> int:
    with db.read() as s:
        return s.query(model).count()


def _refused(db, doc, *fragments):
    """Importing `doc` fails naming every fragment, and leaves the database as it was."""
    before = {m: _count(db, m) for m in (Mission, Meeting, Person, Agreement)}
    with pytest.raises(MissionFileError) as e:
        missionfile.import_document(db, doc, source="x.json")
    message = str(e.value)
    for fragment in fragments:
        assert fragment in message, message
    assert "\n" not in message
    assert {m: _count(db, m) for m in before} == before
    return message


# Finding 10: zones and years -------------------------------------------------------------------

NOT_IANA = ["Etc/GMT+14", "AAA/B+3", "America/New York", "/usr/share/zoneinfo/Asia/Tokyo",
            "../zoneinfo/Asia/Tokyo", "Asia/../Asia/Tokyo", "EST5EDT,M3.2.0,M11.1.0", "asia/tokyo"]


@pytest.mark.parametrize("name", NOT_IANA)
def test_finding_10_zone_names_outside_the_iana_database_are_refused_everywhere(db, mission_id, name):
    doc = _japan()
    doc["legs"][0]["timezone"] = name
    _refused(db, doc, 'legs[0] "Tokyo": timezone: unknown time zone')
    doc = _japan()
    doc["mission"]["home_timezone"] = name
    _refused(db, doc, "mission: home_timezone: unknown time zone")
    with pytest.raises(ValidationError, match="timezone: unknown time zone"):
        missions.add_leg(db, mission_id, city="Osaka", country="JP", timezone=name,
                         arrive="2017-06-09T09:00", depart="2017-06-10T09:00")
    with pytest.raises(ValidationError, match="unknown time zone"):
        create_meeting(db, mission_id, title="M", timezone=name, start="2017-06-09T10:00",
                       end="2017-06-09T11:00")
    with pytest.raises(ValidationError, match="home_timezone: unknown time zone"):
        missions.mission_detail(db, mission_id, home_tz=name)


def test_finding_10_zones_the_database_has_are_accepted_and_ics_export_works(capsys, tmp_path):
    doc = _japan()
    doc["legs"][0]["timezone"] = "Etc/GMT-14"  # in the zone database (Etc/GMT+14 is not)
    doc["meetings"] = []
    doc["mission"]["home_timezone"] = "UTC"
    path = tmp_path / "m.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    dbpath = tmp_path / "z.sqlite"
    assert _run(capsys, "--db", dbpath, "import", path)[0] == 0
    code, _, err = _run(capsys, "--db", dbpath, "ics-export", "official-mission-japan-2017",
                        "-o", tmp_path / "m.ics")
    assert (code, err) == (0, "")
    code, _, err = _run(capsys, "--db", dbpath, "show", "official-mission-japan-2017", "--home-tz", "AAA/B+3")
    assert code == 2 and "unknown time zone 'AAA/B+3'" in err and err.count("\n") == 1


@pytest.mark.parametrize("section,index,field,value", [
    ("mission", None, "start", "0001-01-01"),
    ("mission", None, "end", "9999-12-31"),
    ("legs", 0, "depart", "9999-12-31T18:00"),
    ("meetings", 1, "start", "0001-06-09T10:00"),
    ("agreements", 0, "signed", "1899-12-31"),
    ("agreements", 0, "expires", "2201-01-01"),
])
def test_finding_10_years_outside_1900_to_2200_are_refused_naming_the_field(db, section, index, field, value):
    doc = _japan()
    record = doc[section] if index is None else doc[section][index]
    record[field] = value
    message = _refused(db, doc, f"{field}: ", "out of range (1900 to 2200)")
    assert (section if index is None else f"{section}[{index}]") in message


def test_finding_10_years_out_of_range_in_services_and_typed_input(db, mission_id):
    with pytest.raises(ValidationError, match=r"due: .*the year 1 is out of range"):
        doc = _japan()
        doc["meetings"][1]["followups"][0]["due"] = "0001-01-01"
        try:
            missionfile.import_document(db, doc)
        except MissionFileError as exc:
            raise ValidationError(str(exc)) from None
    with pytest.raises(ValidationError, match="signed: .*the year 9999 is out of range"):
        create_agreement(db, title="Far future", signed="9999-01-01")
    with pytest.raises(ValidationError, match="start: .*out of range"):
        missions.create_mission(db, title="Old", start="0001-01-01", end="0001-01-02")
    from datetime import datetime

    with pytest.raises(ValidationError, match="start: the year 9999 is out of range"):
        create_meeting(db, mission_id, title="M", timezone="Asia/Tokyo", start=datetime(9999, 12, 31, 10),
                       end=datetime(9999, 12, 31, 11))
    assert missions.list_missions(db)[0]["title"] == "Test mission" and len(missions.list_missions(db)) == 1


# Finding 11: the mission file's shapes and texts -----------------------------------------------

def test_finding_11_duplicate_json_keys_are_refused_naming_the_key(capsys, tmp_path):
    text = json.dumps(_japan(), ensure_ascii=False)
    # The last "format" would win silently: say it twice, the second time wrongly.
    text = text.replace('"format": "missionplanner/1"', '"format": "missionplanner/1", "format": "other/9"', 1)
    path = tmp_path / "dup.json"
    path.write_text(text, encoding="utf-8")
    dbpath = tmp_path / "d.sqlite"
    code, out, err = _run(capsys, "--db", dbpath, "import", path)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert str(path) in err and "the key 'format' appears twice" in err
    assert json.loads(_run(capsys, "--db", dbpath, "missions", "--json")[1]) == []


@pytest.mark.parametrize("not_a_list", [0, "", False, {}], ids=["zero", "empty-text", "false", "object"])
@pytest.mark.parametrize("where,field", [
    (("meetings", 1), "followups"), (("meetings", 1), "delegation"), (("meetings", 1), "counterparts"),
    (("mission",), "delegation"), (("agreements", 0), "parties"), (("agreements", 0), "signatories"),
    ((), "legs"),
])
def test_finding_11_a_non_list_where_a_list_is_expected_is_refused(db, where, field, not_a_list):
    doc = _japan()
    record = doc
    for step in where:
        record = record[step]
    record[field] = not_a_list
    _refused(db, doc, f"{field}: expected a list" if where else f"{field}: expected a list")


def test_finding_11_the_same_person_twice_among_participants_is_refused(db):
    doc = _japan()
    doc["meetings"][1]["counterparts"] = ["vicegov", "vicegov"]
    _refused(db, doc, 'meetings[1] "Meeting with the Vice-Governor of Aichi": counterparts[1]: '
                      "'vicegov' is listed twice")
    doc = _japan()
    doc["mission"]["delegation"].append({"person": "adviser", "role": "again"})
    _refused(db, doc, "mission: delegation[2]: 'adviser' is listed twice")
    # Two keys of one file that are the same stored person (matched by name) are one person too.
    missionfile.import_document(db, dict(demo_documents())["1-state-visit-japan-2016.json"])
    doc = _japan()
    doc["people"].append(dict(doc["people"][0], key="cecile"))
    doc["meetings"][1]["delegation"] = ["jodogne", "cecile"]
    _refused(db, doc, "delegation[1]: 'cecile' is the same person as 'jodogne'")


@pytest.mark.parametrize("char", ["\x00", "\x1b[31m", "\x85", "\u202e", "\u2066", "\x7f", "\x0c"],
                         ids=["NUL", "ANSI-escape", "C1-NEL", "RTL-override", "LTR-isolate", "DEL", "form-feed"])
def test_finding_11_control_characters_are_refused_naming_record_and_field(db, char):
    for section, index, field in (("people", 2, "family_name"), ("meetings", 0, "background"),
                                  ("legs", 0, "city"), ("organizations", 1, "native_name")):
        doc = _japan()
        doc[section][index][field] = "Ohm" + char + "ura"
        message = _refused(db, doc, f"{section}[{index}]", f"{field}: contains the control character U+")
        assert char not in message  # the name shown in the message is escaped, never raw
    # Tab and newline are text; a Windows line end is kept as a newline.
    doc = _japan()
    doc["meetings"][0]["background"] = "one\ttwo\r\nthree"
    missionfile.import_document(db, doc)
    with db.read() as s:
        assert s.query(Meeting).filter(Meeting.background == "one\ttwo\nthree").count() == 1


def test_finding_11_control_characters_are_refused_by_the_services_too(db):
    with pytest.raises(ValidationError, match="family_name: contains the control character U\\+202E"):
        people.create_person(db, family_name="evil\u202etxt.exe")


@pytest.mark.parametrize("section,index,field,limit", [
    ("people", 2, "family_name", 200), ("people", 2, "honorific", 80), ("meetings", 0, "title", 300),
    ("meetings", 0, "city", 120), ("legs", 0, "city_native", 120), ("organizations", 0, "phone", 80),
    ("people", 2, "biography", 100_000), ("meetings", 0, "background", 100_000),
])
def test_finding_11_column_lengths_and_long_text_limits_are_enforced(db, section, index, field, limit):
    doc = _japan()
    doc[section][index][field] = "x" * limit
    if field == "city":  # the meeting's city must be the leg's
        doc["legs"][0]["city"] = doc[section][index][field]
    missionfile.import_document(db, copy.deepcopy(doc), dry_run=True)  # at the limit: accepted
    doc[section][index][field] = "x" * (limit + 1)
    _refused(db, doc, f"{field}: is longer than {limit} characters")


def test_finding_11_column_lengths_are_enforced_by_the_services(db, mission_id):
    with pytest.raises(ValidationError, match="given_name: is longer than 200 characters"):
        people.create_person(db, family_name="Ohmura", given_name="H" * 201)
    with pytest.raises(ValidationError, match="requested_by: is longer than 300 characters"):
        create_meeting(db, mission_id, title="M", timezone="Asia/Tokyo", start="2017-06-09T10:00",
                       end="2017-06-09T11:00", requested_by="r" * 301)


@pytest.mark.parametrize("code", ["XX", "ZZ", "EU", "QO"])
def test_finding_11_country_codes_must_be_iso_3166(db, code):
    doc = _japan()
    doc["legs"][0]["country"] = code
    _refused(db, doc, f"country: '{code}' is not a two-letter ISO country code")
    with pytest.raises(ValidationError, match="is not a two-letter ISO country code"):
        people.create_organization(db, name="Somewhere", country=code)
    assert people.create_organization(db, name="Pristina office", country="xk")  # Kosovo, as CLDR has it


def test_finding_11_times_are_given_to_the_minute(db):
    doc = _japan()
    doc["meetings"][1]["start"] = "2017-06-09T10:00:30"
    _refused(db, doc, "start: '2017-06-09T10:00:30' has seconds; give the time to the minute")
    doc = _japan()
    doc["legs"][0]["arrive"] = "2017-06-08T09:00:00.500"
    _refused(db, doc, "arrive: ", "has seconds")
    with pytest.raises(ValidationError, match="has seconds"):
        parse_local_input("9/6/2017 10:30:15", "Asia/Tokyo")
    # ":00" seconds are a minute exactly, and read back the same after export.
    doc = _japan()
    doc["meetings"][1]["start"] = "2017-06-09T10:00:00"
    missionfile.import_document(db, doc)
    assert missionfile.export_mission(db, "official-mission-japan-2017")["meetings"][1]["start"] == \
        "2017-06-09T10:00"


def test_finding_11_a_file_without_slug_imported_twice_is_refused_as_a_duplicate(db):
    doc = _japan()
    del doc["mission"]["slug"]
    first = missionfile.import_document(db, copy.deepcopy(doc))
    _refused(db, copy.deepcopy(doc), "a mission with the same title and dates is already in the database",
             f"(slug {first['slug']!r})")
    assert len(missions.list_missions(db)) == 1
    # Told so with a slug of its own, the same trip can be a second mission.
    doc["mission"]["slug"] = "japan-second-copy"
    missionfile.import_document(db, doc)
    assert len(missions.list_missions(db)) == 2


def test_finding_11_meetings_per_mission_are_limited(db):
    doc = _japan()
    doc["meetings"] = [doc["meetings"][0]] * (meetings.MAX_MEETINGS + 1)
    _refused(db, doc, "meetings: 10,001 meetings; the limit is 10,000 per mission")


def test_finding_11_meetings_per_mission_are_limited_in_the_editors_too(db, mission_id, monkeypatch):
    monkeypatch.setattr(meetings, "MAX_MEETINGS", 2)  # the same rule as at 10,000, without the 10,000
    for hour in (10, 11):
        create_meeting(db, mission_id, title=f"M{hour}", timezone="Asia/Tokyo", start=f"2017-06-09T{hour}:00",
                       end=f"2017-06-09T{hour}:30")
    with pytest.raises(ValidationError, match="the mission has 2 meetings; the limit is 2 per mission"):
        create_meeting(db, mission_id, title="M12", timezone="Asia/Tokyo", start="2017-06-09T12:00",
                       end="2017-06-09T12:30")
    assert _count(db, Meeting) == 2


# Finding 7 (the agreement half): an agreement whose title exists -------------------------------

def test_finding_7_an_agreement_whose_title_exists_is_matched_or_refused_with_its_differences(db):
    missionfile.import_document(db, _japan())
    title = "Cooperation agreement Aichi Prefecture / Brussels-Capital Region"
    # Identical: matched, not duplicated, and said so.
    doc = _japan()
    doc["mission"]["slug"] = "japan-again"
    summary = missionfile.import_document(db, copy.deepcopy(doc), dry_run=True)
    assert summary["matched_agreements"] == 2 and summary["agreements"] == 0
    # Different scope, parties and signatories: refused, naming the agreement and what differs.
    doc["agreements"][0].update(scope="Economic, cultural and academic collaboration.",
                                parties=["aichi", "brussels", "louise"], signatories=["ohmura", "jodogne"])
    message = _refused(db, doc, f'agreements[0] "{title}"', "differs in scope, parties, signatories")
    assert "status" not in message
    with db.read() as s:
        stored = s.query(Agreement).filter_by(title=title).one()
        assert stored.scope == "Economic and cultural collaboration."
        assert len(stored.parties) == 2 and len(stored.signatories) == 1


# Finding 12: deep or huge JSON, lone surrogates, long searches ---------------------------------

@pytest.mark.parametrize("case,content,reason", [
    ("deep", '{"format": "missionplanner/1", "mission": ' + "[" * 5000 + "]" * 5000 + "}",
     "nested more than 32 levels deep"),
    ("big-integer", '{"format": "missionplanner/1", "mission": {"title": ' + "9" * 5000 + "}}",
     "a number of 5,000 digits (the limit is 30)"),
    ("lone-surrogate", '{"format": "missionplanner/1", "mission": {"title": "Visit \\ud800"}}',
     "a lone surrogate \\ud800 (not a character) at file.mission.title"),
])
def test_finding_12_hostile_json_gives_one_line_naming_the_file_and_exit_2(capsys, tmp_path, case, content,
                                                                          reason):
    path = tmp_path / f"{case}.json"
    path.write_text(content, encoding="utf-8")
    dbpath = tmp_path / "h.sqlite"
    code, out, err = _run(capsys, "--db", dbpath, "import", path)
    assert code == 2 and out == ""
    assert err == f"missionplanner: {path}: {reason}\n"
    assert json.loads(_run(capsys, "--db", dbpath, "missions", "--json")[1]) == []


def test_finding_12_a_search_of_1000_words_is_refused_at_once(capsys, demo_db, tmp_path):
    words = " ".join(f"word{n}" for n in range(1000))
    started = time.perf_counter()
    with pytest.raises(ValidationError, match="the limit is 500"):
        search(demo_db, words)
    with pytest.raises(ValidationError, match="the search text has 40 words; the limit is 32"):
        search(demo_db, " ".join(["a"] * 40))
    assert time.perf_counter() - started < 2
    # At the limits the search runs, and quickly.
    started = time.perf_counter()
    search(demo_db, " ".join(["aichi"] * 32))
    search(demo_db, "愛" * 500)
    assert time.perf_counter() - started < 5
    dbpath = tmp_path / "s.sqlite"
    code, out, err = _run(capsys, "--db", dbpath, "search", words)
    assert code == 2 and out == "" and err.count("\n") == 1 and "the limit is 500" in err


def test_finding_12_a_folder_a_pipe_or_an_oversized_file_is_refused_without_reading_it(capsys, tmp_path,
                                                                                      monkeypatch):
    import os

    dbpath = tmp_path / "f.sqlite"
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)  # opening it would wait for a writer forever
    for target in (tmp_path, pipe):
        code, out, err = _run(capsys, "--db", dbpath, "import", target)
        assert (code, out, err) == (2, "", f"missionplanner: {target}: not a regular file\n")
    monkeypatch.setattr(missionfile, "MAX_FILE_BYTES", 1024)
    big = tmp_path / "big.json"
    big.write_text(json.dumps(_japan()), encoding="utf-8")
    code, _, err = _run(capsys, "--db", dbpath, "import", big)
    assert code == 2 and f"{big}: larger than 1,024 bytes" in err and err.count("\n") == 1
