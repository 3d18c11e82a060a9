"""The demo carries the trip as the source document tells it (issue 15 point 8)."""

from __future__ import annotations

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
