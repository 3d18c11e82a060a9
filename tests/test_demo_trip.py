"""The demo carries the trip as the source document tells it (issue 15 point 8)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

from missionplanner.cli import main
from missionplanner.services.planner import Planner


def test_the_japan_demo_has_its_flights_hotel_and_kinds(demo_db):
    planner = Planner(demo_db)
    japan = planner.missions.detail("official-mission-japan-2017")
    flights = {t["number"]: t for t in japan["travel"]}
    outbound = flights["NH 232"]
    assert outbound["depart"]["departure_zone"] == "2017-06-07T15:05:00+02:00"
    assert outbound["arrive"]["arrival_zone"] == "2017-06-08T09:40:00+09:00"
    assert outbound["day_shift"] == 1
    onward = flights["OZ 1085"]  # Sunday 11 June, 18:00: the day of the departure for Seoul
    assert onward["depart"]["departure_zone"].startswith("2017-06-11T18:00")
    assert (onward["from_code"], onward["to_code"]) == ("HND", "GMP")
    [tokyo] = japan["legs"]
    assert tokyo["hotel_phone"] and tokyo["check_in"] == "2017-06-08T12:00:00+09:00"
    assert tokyo["depart"] == "2017-06-11T18:00:00+09:00" and tokyo["depart_from_travel"]
    kinds = {m["title"]: m["kind"] for m in japan["meetings"]}
    assert kinds["Meeting with the Vice-Governor of Aichi"] == "courtesy-call"


def test_people_whose_names_the_source_does_not_give_are_positions(demo_db):
    planner = Planner(demo_db)
    people = planner.people.search("")
    positions = {p["name"] for p in people if p["kind"] == "position"}
    assert "Vice-Governor of Aichi Prefecture" in positions
    assert "Adviser, foreign trade" in positions
    fake = [p["name"] for p in people if p["kind"] == "person" and "confirm" in p["name"].lower()]
    assert fake == []


def test_the_demo_trip_has_no_scheduling_problem(demo_db):
    planner = Planner(demo_db)
    for slug in ("official-mission-japan-2017", "economic-mission-korea-2017"):
        assert planner.checks.mission(slug).problems == [], slug


def _show(capsys, db: str, slug: str) -> dict:
    assert main(["--db", db, "show", "--json", slug]) == 0
    return json.loads(capsys.readouterr().out)


def test_show_json_gives_each_flight_on_both_clocks(tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    japan = _show(capsys, db, "official-mission-japan-2017")
    flights = {t["number"]: t for t in japan["travel"] if t["kind"] == "flight"}
    assert set(flights) == {"NH 232", "OZ 1085", "NH 231"}
    outbound = flights["NH 232"]
    # Overnight: leaves Brussels Wednesday afternoon, lands in Tokyo Thursday morning.
    assert outbound["depart"]["departure_zone"] == "2017-06-07T15:05:00+02:00"
    assert outbound["arrive"]["departure_zone"] == "2017-06-08T02:40:00+02:00"
    assert outbound["arrive"]["arrival_zone"] == "2017-06-08T09:40:00+09:00"
    # The departure for Seoul is on Sunday 11 June: that day is part of the Japan mission's programme.
    onward = flights["OZ 1085"]
    leaves = datetime.fromisoformat(onward["depart"]["departure_zone"])
    assert (leaves.date(), leaves.strftime("%A"), leaves.hour) == (date(2017, 6, 11), "Sunday", 18)
    assert onward["travellers"] == ["Cécile Jodogne"]
    # The Korea mission's stay starts when that flight lands, the day before its programme (Monday 12).
    korea = _show(capsys, db, "economic-mission-korea-2017")
    [seoul] = korea["legs"]
    assert seoul["arrive"] == onward["arrive"]["arrival_zone"] == "2017-06-11T20:20:00+09:00"
    assert seoul["check_in"] > seoul["arrive"] and korea["start"] == "2017-06-12"
    assert [t["to_code"] for t in korea["travel"]] == ["CDG", "ZYR"]


def test_the_vice_governor_is_a_post_not_a_made_up_person(tmp_path, capsys, demo_db):
    db = str(tmp_path / "demo.sqlite")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    japan = _show(capsys, db, "official-mission-japan-2017")
    [vice] = [p for p in japan["people"] if "Vice-Governor" in p["title"]]
    assert vice["kind"] == "position" and vice["given_name"] == vice["family_name"] == ""
    meeting = next(m for m in japan["meetings"] if m["title"] == "Meeting with the Vice-Governor of Aichi")
    assert meeting["kind"] == "courtesy-call" and meeting["dress_code"]
    # Nobody in the whole demo is a named person standing in for an unknown one.
    placeholder = re.compile(r"\b(tbc|tbd|tba|n/?a|unknown|nn|x{2,}|to be confirmed)\b", re.IGNORECASE)
    named = [p["name"] for p in Planner(demo_db).people.search("") if p["kind"] == "person"]
    assert named and [n for n in named if placeholder.search(n)] == []


def test_show_in_plain_text_lists_each_journey_on_its_local_clocks_and_the_hotel(tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "show", "official-mission-japan-2017"]) == 0
    out = capsys.readouterr().out
    travel = out[out.index("Travel"):out.index("Meetings")]
    # Leaves Brussels at 15:05 on Wednesday, lands at Narita at 09:40 on Thursday, Tokyo time.
    assert re.search(r"2017-06-07 15:05 Brussels \(BRU\) → 2017-06-08 09:40 Tokyo \(NRT T1\) \(next day\)"
                     r"\s+flight NH 232", travel)
    assert re.search(r"2017-06-11 18:00 .*\(HND International\) → 2017-06-11 20:20 Seoul \(GMP\).*OZ 1085",
                     travel)
    assert "check-in 2017-06-08 12:00" in out[:out.index("Travel")]
    assert re.search(r"Meeting with the Vice-Governor of Aichi \[held, courtesy-call\]", out)


def test_the_korea_demo_has_a_programme_over_its_days_marked_to_be_confirmed(demo_db):
    """From Monday 12 June (the source's one fact) to the day before the flight home; nothing the
    source does not say is given as settled: no meeting confirmed, no venue, counterparts as posts."""
    planner = Planner(demo_db)
    korea = planner.missions.detail("economic-mission-korea-2017")
    meetings = korea["meetings"]
    days = sorted({m["start"][:10] for m in meetings})
    assert days == ["2017-06-12", "2017-06-13", "2017-06-14", "2017-06-15"]
    assert min(m["start"] for m in meetings).startswith("2017-06-12T14:00")
    assert {m["status"] for m in meetings} <= {"proposed", "requested"}
    assert all(m["venue"] == "(to be confirmed)" for m in meetings)
    assert all("to be confirmed" in m["reason"] or "to be confirmed" in m["objectives"].lower()
               for m in meetings)
    counterparts = [c for m in meetings for c in m["counterparts"]]
    assert counterparts and all(c["kind"] == "position" for c in counterparts)
    assert {m["city"] for m in meetings} == {"Seoul"}


def test_the_japan_missions_official_meetings_stay_in_tokyo(demo_db):
    japan = Planner(demo_db).missions.detail("official-mission-japan-2017")
    assert {m["city"] for m in japan["meetings"]} == {"Tokyo"}  # where the source places them


def test_the_demo_meetings_carry_french_dutch_and_english(demo_db):
    planner = Planner(demo_db)
    for slug in ("state-visit-japan-2016", "official-mission-japan-2017", "economic-mission-korea-2017"):
        for lang in ("fr", "nl", "en"):
            assert planner.translations.missing(slug, lang) == [], (slug, lang)
        for m in planner.missions.detail(slug)["meetings"]:
            held = planner.translations.get("meeting", m["id"])
            assert held["en"]["title"] == m["title"]
            assert held["fr"]["title"] != m["title"] or held["nl"]["title"] != m["title"], m["title"]
