"""Checks that use the trip (issue 15): meeting kinds, the mission lead, and travel segments.

Each code fires on a real problem and stays silent on its near miss, a minute away.
"""

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from missionplanner.cli import main
from missionplanner.model import Meeting, Mission, Traveller, TravelSegment
from missionplanner.services import meetings, people
from missionplanner.services.checks import check_candidate, check_meetings, check_mission
from missionplanner.services.problem_sentences import ENGLISH, problem_sentence
from missionplanner.services.timeutil import to_utc

SEOUL, TOKYO, BRUSSELS = "Asia/Seoul", "Asia/Tokyo", "Europe/Brussels"


@pytest.fixture
def tour(db, asia_tour):
    """Seoul (5-7 June), Tokyo (7-12 June), Nagoya (12-13 June); Ana and Bo of the delegation."""
    return {"db": db, "mission": asia_tour,
            "ana": people.create_person(db, given_name="Ana", family_name="Martin"),
            "bo": people.create_person(db, given_name="Bo", family_name="Peeters")}


def meet(tour, title, start, end, city="Tokyo", who=("ana",), **fields):
    zone_name = SEOUL if city == "Seoul" else TOKYO
    mid = meetings.create_meeting(tour["db"], tour["mission"], title=title, timezone=zone_name,
                                  city=city, start=start, end=end, status="confirmed",
                                  delegation=[tour[w] for w in who])
    if fields:  # kind and without_lead, set as the meeting editor will
        with tour["db"].write() as s:
            s.execute(update(Meeting).where(Meeting.id == mid).values(**fields))
    return mid


def travel(tour, number, depart, arrive, from_place="Tokyo", to_place="Nagoya", who=("ana",),
           kind="train", from_zone=TOKYO, to_zone=TOKYO):
    with tour["db"].write() as s:
        seg = TravelSegment(mission_id=tour["mission"], kind=kind, number=number,
                            from_place=from_place, from_timezone=from_zone,
                            depart=to_utc(depart, from_zone), to_place=to_place,
                            to_timezone=to_zone, arrive=to_utc(arrive, to_zone))
        seg.travellers = [Traveller(person_id=tour[w], position=n) for n, w in enumerate(who)]
        s.add(seg)


def lead(tour, who="ana"):
    with tour["db"].write() as s:
        s.execute(update(Mission).where(Mission.id == tour["mission"]).values(lead_id=tour[who]))


def found(tour):
    return [(p["code"], p["meetings"]) for p in check_mission(tour["db"], tour["mission"])]


def fly_in_and_out(tour):
    """Ana flies in from Brussels on 8 June (lands 09:00 Tokyo time) and home on 12 June (15:00)."""
    travel(tour, "NH 232", "2017-06-07T12:00", "2017-06-08T09:00", "Brussels", "Tokyo",
           kind="flight", from_zone=BRUSSELS)
    travel(tour, "NH 231", "2017-06-12T15:00", "2017-06-12T20:00", "Tokyo", "Brussels",
           kind="flight", to_zone=BRUSSELS)


# Meeting kinds ------------------------------------------------------------------------------

def test_an_official_dinner_at_nine_is_not_after_hours_but_a_meeting_is(tour):
    meet(tour, "Official dinner", "2017-06-09T21:00", "2017-06-09T22:30", kind="dinner")
    meet(tour, "Reception", "2017-06-10T21:00", "2017-06-10T22:30", kind="reception")
    meet(tour, "Late meeting", "2017-06-11T21:00", "2017-06-11T22:00", kind="meeting")
    assert found(tour) == [("after-hours", ["Late meeting"])]


# The mission lead ---------------------------------------------------------------------------

def test_a_meeting_nobody_was_added_to_clashes_with_the_leads_meeting(tour):
    lead(tour, "ana")
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00", who=("ana",))
    meet(tour, "Chamber", "2017-06-09T10:30", "2017-06-09T11:30", who=())
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["meetings"], p["params"]["people"]) for p in problems] == [
        ("overlap", ["Ministry", "Chamber"], ["Ana Martin"])]


def test_without_the_lead_clears_the_clash(tour):
    lead(tour, "ana")
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00", who=("ana",))
    meet(tour, "Chamber", "2017-06-09T10:30", "2017-06-09T11:30", who=(), without_lead=True)
    assert found(tour) == []


def test_delegation_members_clash_as_before_whoever_leads(tour):
    lead(tour, "ana")
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00", who=("bo",), without_lead=True)
    meet(tour, "Chamber", "2017-06-09T10:30", "2017-06-09T11:30", who=("bo",), without_lead=True)
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["params"]["people"]) for p in problems] == [("overlap", ["Bo Peeters"])]


def test_a_new_meeting_is_checked_with_the_lead_in_it(tour):
    lead(tour, "ana")
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00", who=("ana",))
    draft = {"title": "Chamber", "timezone": TOKYO, "city": "Tokyo", "start": "2017-06-09T10:30",
             "end": "2017-06-09T11:30"}
    assert [p["code"] for p in check_candidate(tour["db"], tour["mission"], draft)] == ["overlap"]
    assert check_candidate(tour["db"], tour["mission"], dict(draft, without_lead=True)) == []


# Arrival and departure ----------------------------------------------------------------------

def test_a_meeting_before_the_traveller_lands(tour):
    fly_in_and_out(tour)
    meet(tour, "Too early", "2017-06-08T08:59", "2017-06-08T09:30")
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"]) for p in problems] == [("before-arrival", "error")]
    assert "NH 232" in problems[0]["message"] and "Ana Martin" in problems[0]["message"]
    assert problems[0]["params"]["segments"][0]["arrive"] == "2017-06-08 09:00"
    assert len(problems[0]["segment_ids"]) == 1


def test_a_meeting_at_landing_is_not_before_arrival(tour):
    fly_in_and_out(tour)
    meet(tour, "Straight from the airport", "2017-06-08T09:00", "2017-06-08T09:30")
    assert [code for code, _ in found(tour)] == ["arrival"]


def test_too_little_time_after_a_segment_lands(tour):
    fly_in_and_out(tour)
    meet(tour, "Welcome", "2017-06-08T11:59", "2017-06-08T12:30")
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"]) for p in problems] == [("arrival", "warning")]
    p = problems[0]["params"]
    assert (p["since_minutes"], p["city"], p["arrived"], p["buffer_minutes"]) == (179, "Tokyo", "09:00", 180)


def test_three_hours_after_landing_is_fine(tour):
    fly_in_and_out(tour)
    meet(tour, "Welcome", "2017-06-08T12:00", "2017-06-08T12:30")
    assert found(tour) == []


def test_a_meeting_running_past_the_flight_home(tour):
    fly_in_and_out(tour)
    meet(tour, "Farewell", "2017-06-12T14:00", "2017-06-12T15:01")
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"]) for p in problems] == [("after-departure", "error")]
    assert "NH 231" in problems[0]["message"]


def test_a_meeting_ending_as_the_flight_leaves_is_too_tight_but_not_after_departure(tour):
    fly_in_and_out(tour)
    meet(tour, "Farewell", "2017-06-12T14:00", "2017-06-12T15:00")
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"]) for p in problems] == [("travel", "warning")]
    p = problems[0]["params"]
    assert (p["gap_minutes"], p["needed_minutes"]) == (0, 120)


def test_time_to_catch_a_flight(tour):
    fly_in_and_out(tour)
    meet(tour, "Farewell", "2017-06-12T12:00", "2017-06-12T13:01")
    assert [code for code, _ in found(tour)] == ["travel"]
    with tour["db"].write() as s:
        s.execute(update(Meeting).values(end=to_utc("2017-06-12T13:00", TOKYO)))
    assert found(tour) == []


def test_a_meeting_where_the_traveller_leaves_from_or_comes_home_to_is_fine():
    def at(day, hour):
        return datetime(2017, 6, day, hour, tzinfo=UTC)

    out = {"id": "out", "kind": "flight", "number": "NH 232", "from_place": "Brussels",
           "from_timezone": BRUSSELS, "depart": at(7, 10), "to_place": "Tokyo", "to_timezone": TOKYO,
           "arrive": at(8, 0), "travellers": ["x"]}
    briefing = {"id": "b", "title": "Briefing", "start": at(6, 8), "end": at(6, 9),
                "timezone": BRUSSELS, "city": "Brussels", "status": "confirmed", "people": ["x"]}
    tokyo = dict(briefing, id="t", title="Tokyo call", timezone=TOKYO, city="Tokyo")
    assert check_meetings([briefing], [], travel=[out]) == []
    assert [p["code"] for p in check_meetings([tokyo], [], travel=[out])] == ["before-arrival"]


# Between cities -----------------------------------------------------------------------------

def two_cities(tour, who=("ana",)):
    meet(tour, "Tokyo breakfast", "2017-06-12T09:00", "2017-06-12T10:00", who=who)
    meet(tour, "Nagoya visit", "2017-06-12T14:00", "2017-06-12T15:00", city="Nagoya", who=who)


def test_another_city_with_no_travel_between(tour):
    travel(tour, "NH 232", "2017-06-07T12:00", "2017-06-08T09:00", "Brussels", "Tokyo",
           kind="flight", from_zone=BRUSSELS)
    travel(tour, "Nozomi 1", "2017-06-13T16:00", "2017-06-13T17:00", "Nagoya", "Tokyo")
    two_cities(tour)
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"], p["meetings"]) for p in problems] == [
        ("no-travel", "warning", ["Tokyo breakfast", "Nagoya visit"])]
    p = problems[0]["params"]
    assert (p["from_city"], p["to_city"], p["people"]) == ("Tokyo", "Nagoya", ["Ana Martin"])


def test_another_city_with_the_train_between(tour):
    travel(tour, "Nozomi 21", "2017-06-12T10:30", "2017-06-12T11:00")
    two_cities(tour)
    assert found(tour) == []


def test_someone_without_travel_segments_keeps_the_city_pair_buffer(tour):
    travel(tour, "Nozomi 21", "2017-06-12T10:30", "2017-06-12T11:00")
    two_cities(tour, who=("bo",))  # four hours between: enough by the table, no segment asked for
    assert found(tour) == []


def test_too_little_time_to_catch_the_train(tour):
    travel(tour, "Nozomi 21", "2017-06-12T10:29", "2017-06-12T11:00")
    two_cities(tour)
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["meetings"]) for p in problems] == [("travel", ["Tokyo breakfast"])]
    p = problems[0]["params"]
    assert (p["gap_minutes"], p["needed_minutes"]) == (29, 30)
    assert "Nozomi 21 from Tokyo (2017-06-12 10:29)" in problems[0]["message"]


# Travel against travel and meetings ---------------------------------------------------------

def test_overlapping_travel_of_one_traveller(tour):
    travel(tour, "Nozomi 21", "2017-06-10T10:00", "2017-06-10T12:00")
    travel(tour, "Kodama 5", "2017-06-10T11:59", "2017-06-10T13:00", "Nagoya", "Tokyo")
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"], p["meetings"]) for p in problems] == [
        ("travel-overlap", "error", [])]
    assert [s["label"] for s in problems[0]["params"]["segments"]] == ["Nozomi 21", "Kodama 5"]


def test_back_to_back_travel_and_other_travellers_do_not_overlap(tour):
    travel(tour, "Nozomi 21", "2017-06-10T10:00", "2017-06-10T12:00")
    travel(tour, "Kodama 5", "2017-06-10T12:00", "2017-06-10T13:00", "Nagoya", "Tokyo")
    travel(tour, "Hikari 3", "2017-06-10T11:00", "2017-06-10T13:00", who=("bo",))
    assert found(tour) == []


def test_travelling_during_a_meeting(tour):
    fly_in_and_out(tour)
    meet(tour, "Ministry", "2017-06-10T10:00", "2017-06-10T11:00")
    travel(tour, "", "2017-06-10T10:59", "2017-06-10T11:30", "Tokyo", "Yokohama", kind="car")
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"], p["meetings"]) for p in problems] == [
        ("travel-clash", "error", ["Ministry"])]
    assert "the car from Tokyo" in problems[0]["message"]


def test_leaving_as_the_meeting_ends_is_no_clash(tour):
    fly_in_and_out(tour)
    meet(tour, "Ministry", "2017-06-10T10:00", "2017-06-10T11:00")
    travel(tour, "", "2017-06-10T11:00", "2017-06-10T11:30", "Tokyo", "Yokohama", kind="car")
    assert found(tour) == []


# Every new problem said again from its parts, and on the command line ------------------------

@pytest.fixture
def every_trip_problem(tour):
    fly_in_and_out(tour)
    meet(tour, "Too early", "2017-06-08T08:00", "2017-06-08T08:30")
    meet(tour, "Welcome", "2017-06-08T10:00", "2017-06-08T10:30")
    travel(tour, "", "2017-06-09T10:30", "2017-06-09T11:00", "Tokyo", "Yokohama", kind="car")
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00")
    meet(tour, "Lunch", "2017-06-10T08:00", "2017-06-10T09:31")
    travel(tour, "Nozomi 21", "2017-06-10T10:00", "2017-06-10T12:00")
    travel(tour, "Kodama 5", "2017-06-10T11:00", "2017-06-10T13:00", "Nagoya", "Tokyo")
    meet(tour, "Nagoya visit", "2017-06-12T10:00", "2017-06-12T11:00", city="Nagoya")
    meet(tour, "Farewell", "2017-06-12T14:00", "2017-06-12T16:00")
    meet(tour, "Late call", "2017-06-12T17:00", "2017-06-12T18:00")
    return check_mission(tour["db"], tour["mission"])


def test_every_trip_problem_reads_the_same_from_its_parts(every_trip_problem):
    codes = {p["code"] for p in every_trip_problem}
    assert {"before-arrival", "after-departure", "arrival", "no-travel", "travel",
            "travel-overlap", "travel-clash"} <= codes
    for p in every_trip_problem:
        assert problem_sentence(p, ENGLISH.__getitem__, str) == p["message"], p["code"]
    json.dumps(every_trip_problem)


def test_cli_check_reports_the_trip_codes(tour, every_trip_problem, capsys):
    code = main(["--db", tour["db"].location, "check", "Asia tour", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 1
    assert {"before-arrival", "travel-overlap", "no-travel"} <= {r["code"] for r in rows}
    assert all(r["message"] and "segment_ids" in r for r in rows)
