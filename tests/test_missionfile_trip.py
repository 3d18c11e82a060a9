"""The mission file carries the trip: journeys, stays, meeting kinds and positions (docs/mission-file.md)."""

from __future__ import annotations

import copy
import json

import pytest

from missionplanner.cli import main
from missionplanner.errors import MissionPlannerError
from missionplanner.services.planner import Planner

TRIP = {
    "format": "missionplanner/1",
    "mission": {"title": "Japan trip", "slug": "japan-trip", "start": "2017-06-07", "end": "2017-06-12",
                "lead": "jodogne", "delegation": [{"person": "aide", "role": "adviser"}]},
    "legs": [{"city": "Tokyo", "country": "JP", "timezone": "Asia/Tokyo", "arrive": "2017-06-08T09:00",
              "depart": "2017-06-11T18:00", "hotel": "Imperial Hotel", "hotel_address": "1-1-1 Uchisaiwaicho",
              "hotel_phone": "+81 3-3504-1111", "check_in": "2017-06-08T15:00",
              "check_out": "2017-06-11T11:00"}],
    "travel": [
        {"kind": "flight", "carrier": "All Nippon Airways", "number": "NH 232", "from": "Brussels",
         "from_code": "BRU", "from_timezone": "Europe/Brussels", "depart": "2017-06-07T12:00",
         "to": "Tokyo", "to_code": "HND", "to_terminal": "3", "to_timezone": "Asia/Tokyo",
         "arrive": "2017-06-08T07:45", "travellers": ["jodogne", "aide"], "notes": "illustrative"},
        {"kind": "flight", "number": "NH 231", "from": "Tokyo", "from_code": "HND",
         "from_timezone": "Asia/Tokyo", "depart": "2017-06-11T22:00", "to": "Brussels", "to_code": "BRU",
         "to_timezone": "Europe/Brussels", "arrive": "2017-06-12T05:00", "travellers": ["jodogne"]},
    ],
    "organizations": [{"key": "aichi", "name": "Aichi Prefecture", "native_name": "愛知県",
                       "kind": "prefecture", "country": "JP"}],
    "people": [
        {"key": "aide", "given_name": "Pieter", "family_name": "Aide"},
        {"key": "jodogne", "given_name": "Cécile", "family_name": "Jodogne"},
        {"key": "vice-governor", "position": "Vice-Governor of Aichi", "organization": "aichi"},
    ],
    "meetings": [
        {"title": "Courtesy call", "start": "2017-06-09T10:00", "end": "2017-06-09T11:00",
         "timezone": "Asia/Tokyo", "city": "Tokyo", "kind": "courtesy-call",
         "counterparts": ["vice-governor"], "delegation": ["jodogne"]},
        {"title": "Official dinner", "start": "2017-06-09T19:00", "end": "2017-06-09T21:30",
         "timezone": "Asia/Tokyo", "city": "Tokyo", "kind": "dinner", "dress_code": "Dark suit",
         "without_lead": True, "delegation": ["aide"]},
    ],
}


def _import(planner, doc):
    return planner.missions.import_document(copy.deepcopy(doc), source="trip.json")


def test_a_file_with_the_trip_reads_back_identically(db):
    planner = Planner(db)
    result = _import(planner, TRIP)
    assert result["travel"] == 2
    exported = planner.missions.export("japan-trip")
    assert exported["travel"][0]["travellers"] == ["jodogne", "aide"]
    assert exported["meetings"][1]["without_lead"] is True
    assert exported["legs"][0]["check_in"] == "2017-06-08T15:00"
    position = next(p for p in exported["people"] if "position" in p)
    assert position == {"key": "vice-governor-of-aichi", "position": "Vice-Governor of Aichi",
                        "organization": "aichi-prefecture"}
    text = planner.missions.dumps(exported)
    again = json.loads(text)
    again["mission"]["slug"] = "japan-trip-2"
    _import(planner, again)
    second = planner.missions.export("japan-trip-2")
    second["mission"]["slug"] = "japan-trip"
    assert planner.missions.dumps(second) == text


def test_a_position_is_never_given_a_name(db):
    planner = Planner(db)
    _import(planner, TRIP)
    [vice] = [p for p in planner.people.search("Vice") if p["kind"] == "position"]
    assert vice["name"] == "Vice-Governor of Aichi"
    assert vice["given_name"] == vice["family_name"] == ""


@pytest.mark.parametrize("change, where, field", [
    (lambda d: d["travel"][0].update(arrive="2017-06-07T16:00"), 'travel[0]', "arrive"),
    (lambda d: d["travel"][0].update(to_code="H N D"), 'travel[0]', "to_code"),
    (lambda d: d["travel"][1].update(travellers=["vice-governor"]), 'travel[1]', "travellers"),
    (lambda d: d["travel"][0].update(gate="B12"), 'travel[0]', None),
    (lambda d: d["meetings"][0].update(kind="party"), 'meetings[0]', "kind"),
    (lambda d: d["legs"][0].update(check_out="2017-06-08T10:00"), 'legs[0]', "check_out"),
])
def test_bad_trip_data_is_refused_naming_record_and_field_and_nothing_is_written(db, change, where, field):
    planner = Planner(db)
    doc = copy.deepcopy(TRIP)
    change(doc)
    with pytest.raises(MissionPlannerError) as err:
        planner.missions.import_document(doc, source="trip.json")
    assert where in str(err.value)
    if field:
        assert err.value.field == field
    assert planner.missions.list() == []


def test_a_file_without_the_new_fields_imports_unchanged(db):
    planner = Planner(db)
    doc = copy.deepcopy(TRIP)
    del doc["travel"]
    doc["people"] = doc["people"][:2]
    doc["meetings"] = [{k: x for k, x in m.items() if k not in ("kind", "dress_code", "without_lead")}
                       for m in doc["meetings"]]
    doc["meetings"][0]["counterparts"] = []
    for key in ("hotel_address", "hotel_phone", "check_in", "check_out"):
        del doc["legs"][0][key]
    _import(planner, doc)
    exported = planner.missions.export("japan-trip")
    assert "travel" not in exported
    assert all("kind" not in m for m in exported["meetings"])


def test_show_json_lists_the_journeys_in_both_zones(tmp_path, capsys):
    path = tmp_path / "trip.json"
    path.write_text(json.dumps(TRIP, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "mp.sqlite")
    assert main(["--db", db, "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "show", "japan-trip", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    out = shown["travel"][0]
    assert out["depart"] == {"utc": "2017-06-07T10:00:00Z", "departure_zone": "2017-06-07T12:00:00+02:00",
                             "arrival_zone": "2017-06-07T19:00:00+09:00"}
    assert out["arrive"]["arrival_zone"] == "2017-06-08T07:45:00+09:00"
    assert out["arrive"]["departure_zone"] == "2017-06-08T00:45:00+02:00"
    assert out["day_shift"] == 1 and out["travellers"] == ["Cécile Jodogne", "Pieter Aide"]
    assert shown["meetings"][1]["kind"] == "dinner"
    assert shown["legs"][0]["arrive_from_travel"] is True


def test_ics_export_holds_each_journey_in_its_two_zones_and_reads_back_without_it(db):
    import icalendar

    from missionplanner.interop.ics import export_ics, import_ics

    planner = Planner(db)
    _import(planner, TRIP)
    data = export_ics(planner, "japan-trip")
    cal = icalendar.Calendar.from_ical(data)
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {"Asia/Tokyo", "Europe/Brussels"}
    [out, home] = [e for e in cal.walk("VEVENT") if "CATEGORIES" in e and "TRAVEL" in e["CATEGORIES"].cats]
    assert str(out["SUMMARY"]) == "All Nippon Airways NH 232: Brussels (BRU) → Tokyo (HND)"
    assert out["DTSTART"].params["TZID"] == "Europe/Brussels" and out["DTEND"].params["TZID"] == "Asia/Tokyo"
    assert out["DTSTART"].dt.utcoffset().total_seconds() == 2 * 3600
    assert out["DTEND"].dt.isoformat() == "2017-06-08T07:45:00+09:00"
    assert "Travellers: Cécile Jodogne, Pieter Aide" in str(out["DESCRIPTION"])
    assert home["DTEND"].dt.isoformat() == "2017-06-12T05:00:00+02:00"
    summary = import_ics(planner, data, "japan-trip")
    assert (summary["created"], summary["unchanged"]) == (0, 2)  # the two meetings; no journey as a meeting


def test_a_file_that_cannot_be_read_is_refused_with_a_code_and_its_path(tmp_path):
    from missionplanner.services.missionfile import MissionFileError, read_document

    bad = tmp_path / "japan.json"
    bad.write_text('{"format": "missionplanner/1",\n "mission": }', encoding="utf-8")
    with pytest.raises(MissionFileError) as got:
        read_document(bad)
    assert (got.value.code, got.value.where) == ("missionfile.bad-json", str(bad))
    assert str(got.value).startswith(f"{bad}: line 2, column")
    with pytest.raises(MissionFileError) as missing:
        read_document(tmp_path / "missing.json")
    assert missing.value.code == "missionfile.no-file"
    assert str(missing.value) == f"{tmp_path / 'missing.json'}: no such file"


def test_a_wrong_format_is_refused_with_its_code(db):
    from missionplanner.services.missionfile import MissionFileError, import_document

    with pytest.raises(MissionFileError) as got:
        import_document(db, {"format": "missionplanner/9", "mission": {"title": "x"}}, source="old.json")
    assert (got.value.code, got.value.field) == ("missionfile.format", "format")
    assert got.value.params == {"expected": "missionplanner/1", "found": "missionplanner/9"}
