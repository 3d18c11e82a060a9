import copy
import json

import pytest

from missionplanner.services import missionfile, missions
from missionplanner.services.demo import demo_documents
from missionplanner.services.missionfile import MissionFileError
from missionplanner.store import open_database


def _japan():
    return copy.deepcopy(dict(demo_documents())["2-official-mission-japan-2017.json"])


@pytest.mark.parametrize("name,doc", demo_documents())
def test_round_trip_gives_the_same_document(tmp_path, name, doc):
    first = open_database(tmp_path / "a.sqlite")
    missionfile.import_document(first, doc)
    exported = missionfile.export_mission(first, doc["mission"]["slug"])
    second = open_database(tmp_path / "b.sqlite")
    missionfile.import_document(second, exported)
    assert missionfile.export_mission(second, doc["mission"]["slug"]) == exported


def test_one_bad_meeting_leaves_the_database_unchanged(db):
    doc = _japan()
    doc["meetings"][2]["end"] = "2017-06-09T15:00"  # before its start
    with pytest.raises(MissionFileError) as e:
        missionfile.import_document(db, doc, source="japan.json")
    message = str(e.value)
    assert "japan.json" in message
    assert 'meetings[2] "Visit to the Brussels Beer Project branch in Tokyo"' in message
    assert "end" in message
    assert missions.list_missions(db) == []
    with db.read() as s:
        from missionplanner.model import Person

        assert s.query(Person).count() == 0


def test_unknown_fields_are_refused(db):
    doc = _japan()
    doc["people"][0]["nickname"] = "Cécile"
    with pytest.raises(MissionFileError, match=r'people\[0\] "jodogne": unknown field\(s\) nickname'):
        missionfile.import_document(db, doc)


def test_duplicate_and_missing_keys(db):
    doc = _japan()
    doc["people"].append(dict(doc["people"][0]))
    with pytest.raises(MissionFileError, match="duplicate key 'jodogne'"):
        missionfile.import_document(db, doc)
    doc = _japan()
    doc["meetings"][1]["counterparts"] = ["nobody"]
    with pytest.raises(MissionFileError, match=r"counterparts\[0\]: no person with key 'nobody'"):
        missionfile.import_document(db, doc)


def test_gap_time_in_a_file_is_refused_with_the_time(db):
    doc = _japan()
    doc["mission"].update(start="2017-03-25", end="2017-03-27")
    doc["legs"] = [{"city": "Brussels", "country": "BE", "timezone": "Europe/Brussels",
                    "arrive": "2017-03-26T02:30", "depart": "2017-03-27T10:00"}]
    doc["meetings"] = []
    with pytest.raises(MissionFileError, match="2017-03-26 02:30 does not exist in Europe/Brussels"):
        missionfile.import_document(db, doc)


def test_dry_run_writes_nothing(db):
    summary = missionfile.import_document(db, _japan(), dry_run=True)
    assert summary["meetings"] == 4
    assert missions.list_missions(db) == []


def test_bad_json_names_the_line(tmp_path, db):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "missionplanner/1",\n  "mission": {,\n}', encoding="utf-8")
    with pytest.raises(MissionFileError, match=r"broken.json: line 3"):
        missionfile.import_file(db, path)


def test_importing_twice_reuses_people_and_refuses_the_same_mission(db):
    doc = _japan()
    missionfile.import_document(db, doc)
    with pytest.raises(MissionFileError, match="already in the database"):
        missionfile.import_document(db, doc)
    korea = dict(demo_documents())["3-princely-mission-korea-2017.json"]
    summary = missionfile.import_document(db, korea)
    assert summary["matched_people"] == 1  # Cécile Jodogne is the same person


def test_export_is_plain_utf8_json_with_native_names(demo_db):
    text = missionfile.dumps(missionfile.export_mission(demo_db, "official-mission-japan-2017"))
    assert "大村秀章" in text and "愛知県" in text
    assert json.loads(text)["meetings"][1]["start"] == "2017-06-09T10:00"


def test_key_messages_and_duty_officer_come_in_and_go_out_with_the_mission(db):
    doc = _japan()
    missionfile.import_document(db, doc)
    held = missions.mission_detail(db, "official-mission-japan-2017")
    assert held["key_messages"] == doc["mission"]["key_messages"]
    assert held["duty_officer"]["title"] == "Adviser, foreign trade"  # the file's "adviser"
    out = missionfile.export_mission(db, "official-mission-japan-2017")["mission"]
    assert out["duty_officer"] == out["delegation"][1]["person"]  # the adviser, by the export's key
    assert out["key_messages"] == doc["mission"]["key_messages"]
    assert out["translations"]["fr"]["key_messages"][1].startswith("Bruxelles soutient")


def test_a_bad_duty_officer_or_key_message_is_refused_naming_it(db):
    doc = _japan()
    doc["mission"]["duty_officer"] = "nobody"
    with pytest.raises(MissionFileError, match=r"mission: duty_officer: no person with key 'nobody'"):
        missionfile.import_document(db, doc)
    doc = _japan()
    doc["mission"]["key_messages"] = ["Fine", 42]
    with pytest.raises(MissionFileError, match="key_messages"):
        missionfile.import_document(db, doc)
    assert missions.list_missions(db) == []
