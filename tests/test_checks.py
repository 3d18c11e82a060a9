"""Scheduling checks: each code fires on a real problem and stays silent on a near miss."""

import json
from datetime import timedelta

import pytest

from missionplanner.cli import main
from missionplanner.errors import NotFoundError, ValidationError
from missionplanner.services import meetings, missions, people
from missionplanner.services.checks import CheckRules, check_candidate, check_mission

SEOUL, TOKYO = "Asia/Seoul", "Asia/Tokyo"


@pytest.fixture
def tour(db, asia_tour):
    """Seoul, then Tokyo, then a day in Nagoya, with two people of the delegation."""
    mid = asia_tour
    ana = people.create_person(db, given_name="Ana", family_name="Martin")
    bo = people.create_person(db, given_name="Bo", family_name="Peeters")
    return {"db": db, "mission": mid, "ana": ana, "bo": bo}


def meet(tour, title, start, end, city="Tokyo", who=("ana",), status="confirmed"):
    zone_name = SEOUL if city == "Seoul" else TOKYO
    return meetings.create_meeting(tour["db"], tour["mission"], title=title, timezone=zone_name,
                                   city=city, start=start, end=end, status=status,
                                   delegation=[tour[w] for w in who])


def found(tour, rules=None):
    return [(p["code"], p["meetings"]) for p in check_mission(tour["db"], tour["mission"], rules)]


def test_a_clean_programme_has_no_problems(tour):
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00")
    meet(tour, "Chamber", "2017-06-09T14:00", "2017-06-09T15:00")
    assert found(tour) == []


def test_overlap_of_one_person_is_an_error_naming_times_and_person(tour):
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00")
    meet(tour, "Chamber", "2017-06-09T10:30", "2017-06-09T11:30")
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"], p["meetings"]) for p in problems] == [
        ("overlap", "error", ["Ministry", "Chamber"])]
    message = problems[0]["message"]
    assert "Ana Martin" in message and "10:00" in message and "10:30" in message
    assert len(problems[0]["meeting_ids"]) == 2


def test_back_to_back_and_different_people_do_not_overlap(tour):
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00")
    meet(tour, "Chamber", "2017-06-09T11:00", "2017-06-09T12:00")          # right after
    meet(tour, "Embassy", "2017-06-09T10:00", "2017-06-09T11:00", who=("bo",))  # someone else
    assert found(tour) == []


def test_cancelled_meetings_are_ignored(tour):
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00")
    meet(tour, "Chamber", "2017-06-09T10:30", "2017-06-09T11:30", status="cancelled")
    assert found(tour) == []


def test_a_meeting_inside_another_and_three_at_once(tour):
    meet(tour, "Long lunch", "2017-06-09T12:00", "2017-06-09T15:00", who=("ana", "bo"))
    meet(tour, "Call", "2017-06-09T12:30", "2017-06-09T13:00", who=("ana",))
    meet(tour, "Visit", "2017-06-09T14:00", "2017-06-09T14:30", who=("bo",))
    codes = found(tour)
    assert ("overlap", ["Long lunch", "Call"]) in codes
    assert ("overlap", ["Long lunch", "Visit"]) in codes
    assert len(codes) == 2


def test_travel_between_cities_too_tight_is_a_warning(tour):
    meet(tour, "Tokyo breakfast", "2017-06-12T09:00", "2017-06-12T10:00")
    meet(tour, "Nagoya lunch", "2017-06-12T12:30", "2017-06-12T13:30", city="Nagoya")   # 2 h 30, needs 3 h
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"]) for p in problems] == [("travel", "warning")]
    assert "Tokyo" in problems[0]["message"] and "Nagoya" in problems[0]["message"]
    assert "2 h 30" in problems[0]["message"] and "3 h" in problems[0]["message"]


def test_travel_with_exactly_the_buffer_is_fine(tour):
    meet(tour, "Tokyo breakfast", "2017-06-12T09:00", "2017-06-12T10:00", who=("bo",))
    meet(tour, "Nagoya lunch", "2017-06-12T13:00", "2017-06-12T14:00", city="Nagoya", who=("bo",))
    assert found(tour) == []


def test_travel_buffer_comes_from_the_city_pair_table_or_the_default(tour):
    meet(tour, "Tokyo breakfast", "2017-06-12T09:00", "2017-06-12T10:00")
    meet(tour, "Nagoya lunch", "2017-06-12T12:30", "2017-06-12T13:30", city="Nagoya")
    quick = CheckRules(travel={frozenset(("tokyo", "nagoya")): timedelta(hours=2)})
    assert found(tour, quick) == []
    slow = CheckRules(travel={}, travel_default=timedelta(hours=4))
    assert [c for c, _ in found(tour, slow)] == ["travel"]


def test_outside_the_leg_is_an_error(tour):
    meet(tour, "Late Seoul call", "2017-06-08T10:00", "2017-06-08T11:00", city="Seoul")
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"]) for p in problems] == [("outside-leg", "error")]
    assert "Seoul" in problems[0]["message"] and "2017-06-07 18:00" in problems[0]["message"]


def test_a_meeting_ending_at_departure_is_inside_the_leg(tour):
    meet(tour, "Farewell", "2017-06-07T15:00", "2017-06-07T18:00", city="Seoul")
    assert found(tour) == []


def test_a_city_without_a_leg_is_outside_every_leg(tour):
    meet(tour, "Osaka visit", "2017-06-09T10:00", "2017-06-09T11:00", city="Osaka")
    problems = check_mission(tour["db"], tour["mission"])
    assert [p["code"] for p in problems] == ["outside-leg"]
    assert "Osaka" in problems[0]["message"] and "Tokyo" in problems[0]["message"]


def test_after_hours_is_a_warning_in_local_time(tour):
    meet(tour, "Early", "2017-06-09T07:30", "2017-06-09T08:30")
    meet(tour, "Dinner", "2017-06-09T18:30", "2017-06-09T20:00")
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"], p["meetings"]) for p in problems] == [
        ("after-hours", "warning", ["Early"]), ("after-hours", "warning", ["Dinner"])]
    assert "07:30" in problems[0]["message"] and "08:00" in problems[0]["message"]


def test_meetings_at_the_edges_of_business_hours_are_fine(tour):
    meet(tour, "First thing", "2017-06-09T08:00", "2017-06-09T09:00")
    meet(tour, "Last thing", "2017-06-09T18:00", "2017-06-09T19:00")
    assert found(tour) == []


def test_business_hours_are_a_rule(tour):
    meet(tour, "Last thing", "2017-06-09T18:00", "2017-06-09T19:00")
    from datetime import time

    assert [c for c, _ in found(tour, CheckRules(business_end=time(18, 0)))] == ["after-hours"]


def test_a_public_holiday_where_the_meeting_is_held(tour):
    meet(tour, "Blue House", "2017-06-06T10:00", "2017-06-06T11:00", city="Seoul")  # Memorial Day
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"]) for p in problems] == [("holiday", "warning")]
    assert "Memorial Day" in problems[0]["message"] and "KR" in problems[0]["message"]


def test_the_day_after_a_holiday_is_fine(tour):
    meet(tour, "Blue House", "2017-06-07T10:00", "2017-06-07T11:00", city="Seoul")
    assert found(tour) == []


def test_too_soon_after_arrival(tour):
    meet(tour, "Welcome", "2017-06-05T11:00", "2017-06-05T12:00", city="Seoul")
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["severity"]) for p in problems] == [("arrival", "warning")]
    assert "2 h" in problems[0]["message"] and "09:00" in problems[0]["message"]


def test_three_hours_after_arrival_is_fine(tour):
    meet(tour, "Welcome", "2017-06-05T12:00", "2017-06-05T13:00", city="Seoul")
    assert found(tour) == []


def test_errors_come_first(tour):
    meet(tour, "Dinner", "2017-06-09T18:30", "2017-06-09T20:00")
    meet(tour, "Ministry", "2017-06-10T10:00", "2017-06-10T11:00")
    meet(tour, "Chamber", "2017-06-10T10:30", "2017-06-10T11:30")
    assert [p["severity"] for p in check_mission(tour["db"], tour["mission"])] == ["error", "warning"]


def test_check_a_meeting_before_saving_it(tour):
    ministry = meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00")
    meet(tour, "Embassy", "2017-06-09T15:00", "2017-06-09T16:00", who=("bo",))
    draft = {"title": "Chamber", "timezone": TOKYO, "city": "Tokyo", "start": "2017-06-09T10:30",
             "end": "2017-06-09T11:30", "delegation": [tour["ana"]]}
    problems = check_candidate(tour["db"], tour["mission"], draft)
    assert [(p["code"], p["meetings"]) for p in problems] == [("overlap", ["Ministry", "Chamber"])]
    # Moving the stored meeting onto its own slot does not clash with itself.
    edit = dict(draft, title="Ministry", start="2017-06-09T10:30")
    assert check_candidate(tour["db"], tour["mission"], edit, exclude_meeting_id=ministry) == []
    # Nothing was saved.
    assert len(missions.mission_detail(tour["db"], tour["mission"])["meetings"]) == 2
    late = dict(draft, start="2017-06-09T19:30", end="2017-06-09T20:30")
    assert [p["code"] for p in check_candidate(tour["db"], tour["mission"], late)] == ["after-hours"]


def test_candidate_with_bad_times_is_refused(tour):
    with pytest.raises(ValidationError) as err:
        check_candidate(tour["db"], tour["mission"], {"title": "X", "timezone": TOKYO,
                                                      "start": "2017-06-09T10:30",
                                                      "end": "2017-06-09T10:00"})
    assert err.value.field == "end"


def test_unknown_mission(db):
    with pytest.raises(NotFoundError, match="Atlantis"):
        check_mission(db, "Atlantis")


def test_the_demo_missions_are_clean(demo_db):
    for slug in ("official-mission-japan-2017", "economic-mission-korea-2017",
                 "state-visit-japan-2016"):
        assert check_mission(demo_db, slug) == []


# Command line --------------------------------------------------------------------------------

def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_check_exit_codes_and_json(tour, capsys):
    path = tour["db"].location
    code, out, err = run(capsys, "--db", path, "check", "Asia tour", "--json")
    assert (code, json.loads(out), err) == (0, [], "")

    meet(tour, "Dinner", "2017-06-09T18:30", "2017-06-09T20:00")
    code, out, _ = run(capsys, "--db", path, "check", "Asia tour", "--json")
    assert code == 0 and [p["code"] for p in json.loads(out)] == ["after-hours"]

    meet(tour, "Ministry", "2017-06-10T10:00", "2017-06-10T11:00")
    meet(tour, "Chamber", "2017-06-10T10:30", "2017-06-10T11:30")
    code, out, _ = run(capsys, "--db", path, "check", "Asia tour", "--json")
    rows = json.loads(out)
    assert code == 1
    assert {"severity", "code", "meetings", "message"} <= set(rows[0])
    assert rows[0]["code"] == "overlap"

    code, out, _ = run(capsys, "--db", path, "check", "Asia tour")
    lines = out.strip().splitlines()
    assert code == 1 and len(lines) == 2
    assert lines[0].startswith("error") and "overlap" in lines[0] and "Ministry" in lines[0]
    assert lines[1].startswith("warning") and "after-hours" in lines[1]


def test_cli_check_unknown_mission_is_a_usage_error(tour, capsys):
    code, out, err = run(capsys, "--db", tour["db"].location, "check", "Atlantis")
    assert code == 2 and out == "" and "Atlantis" in err


def test_cli_check_text_mode_on_a_clean_mission(tour, capsys):
    code, out, _ = run(capsys, "--db", tour["db"].location, "check", "Asia tour")
    assert code == 0 and "No scheduling problems" in out


def test_a_person_booked_in_another_mission_at_the_same_time(tour):
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00")
    side = missions.create_mission(tour["db"], title="Side visit", start="2017-06-09", end="2017-06-09")
    meetings.create_meeting(tour["db"], side, title="Side call", timezone=TOKYO, city="Tokyo",
                            start="2017-06-09T10:30", end="2017-06-09T11:30", delegation=[tour["ana"]])
    # Outside business hours, but that is the other mission's business, not this one's.
    meetings.create_meeting(tour["db"], side, title="Side dinner", timezone=TOKYO, city="Tokyo",
                            start="2017-06-09T20:00", end="2017-06-09T21:00", delegation=[tour["bo"]])
    problems = check_mission(tour["db"], tour["mission"])
    assert [(p["code"], p["meetings"]) for p in problems] == [("overlap", ["Ministry", "Side call"])]
    assert "Side visit" in problems[0]["message"]
    # Seen from the side visit, the same clash shows; the tour's own hours are not its concern.
    assert [p["code"] for p in check_mission(tour["db"], side)] == ["overlap", "after-hours"]
    draft = {"title": "Chamber", "timezone": TOKYO, "city": "Tokyo", "start": "2017-06-09T11:00",
             "end": "2017-06-09T12:00", "delegation": [tour["ana"]]}
    clash = check_candidate(tour["db"], tour["mission"], draft)
    assert [(p["code"], p["meetings"]) for p in clash] == [("overlap", ["Side call", "Chamber"])]


# Parameters: the parts of each message as plain data (the GUI says them in its own language) -------

def _when(m):
    end = m["end"][11:] if m["end"][:10] == m["start"][:10] else m["end"]
    other = f", mission \u201c{m['mission']}\u201d" if m["mission"] else ""
    return f"\u201c{m['title']}\u201d ({m['start']}\u2013{end} {m['place']} time{other})"


def _dur(minutes):
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} h {minutes:02d}"
    return f"{hours} h" if hours else f"{minutes} min"


def _who(people):
    shown = ["someone" if n is None else n for n in people]
    return " and ".join(shown) if len(shown) <= 2 else ", ".join(shown[:-1]) + " and " + shown[-1]


def english_from_params(problem):
    """The message built again from `params` alone: proof that they carry every part of it."""
    p = problem["params"]
    w = [_when(m) for m in p["meetings"]]
    stay = "{arrive} to {depart}".format
    return {
        "overlap": lambda: f"{_who(p['people'])} cannot be in two meetings at once: {w[0]} and {w[1]} overlap",
        "travel": lambda: (f"{_who(p['people'])} would have {_dur(p['gap_minutes'])} to get from "
                           f"{p['from_city']} to {p['to_city']} between {w[0]} and {w[1]}; allow at least "
                           f"{_dur(p['needed_minutes'])}"),
        "outside-leg": lambda: (
            f"{w[0]} is in {p['city']}, where the mission does not go (legs: "
            + ", ".join(f"{leg['city']} {stay(**leg)}" for leg in p["legs"]) + ")"
            if "legs" in p else
            f"{w[0]} is outside the stay in {p['city']} ({'; '.join(stay(**s) for s in p['stays'])})"),
        "arrival": lambda: (f"{w[0]} starts {_dur(p['since_minutes'])} after arriving in {p['city']} "
                            f"({p['arrived']}); allow at least {_dur(p['buffer_minutes'])}"),
        "after-hours": lambda: (f"{w[0]} is outside local business hours "
                                f"({p['business_start']}\u2013{p['business_end']})"),
        "holiday": lambda: (f"{w[0]} falls on a public holiday in "
                            f"{ {'KR': 'South Korea', 'JP': 'Japan'}[p['country']]} ({p['country']}): "
                            f"{p['holiday']}"),
    }[problem["code"]]()


@pytest.fixture
def every_problem(tour):
    """A programme with one problem or more of every code and shape."""
    cy = people.create_person(tour["db"], given_name="Cy", family_name="Dubois")
    tour["cy"] = cy
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00", who=("ana", "bo", "cy"))
    meet(tour, "Chamber", "2017-06-09T10:30", "2017-06-09T11:30", who=("ana", "bo", "cy"))
    meet(tour, "Tokyo breakfast", "2017-06-12T09:00", "2017-06-12T10:00")
    meet(tour, "Nagoya lunch", "2017-06-12T12:30", "2017-06-12T13:30", city="Nagoya")
    meet(tour, "Late Seoul call", "2017-06-08T10:00", "2017-06-08T11:00", city="Seoul", who=("bo",))
    meet(tour, "Osaka visit", "2017-06-10T10:00", "2017-06-10T11:00", city="Osaka", who=("bo",))
    meet(tour, "Welcome", "2017-06-05T11:00", "2017-06-05T12:00", city="Seoul", who=("bo",))
    meet(tour, "Blue House", "2017-06-06T10:00", "2017-06-06T11:00", city="Seoul", who=("bo",))
    meet(tour, "Dinner", "2017-06-10T18:30", "2017-06-11T00:30", who=("cy",))
    side = missions.create_mission(tour["db"], title="Side visit", start="2017-06-11", end="2017-06-11")
    meetings.create_meeting(tour["db"], side, title="Side call", timezone=TOKYO, city="Tokyo",
                            start="2017-06-11T10:30", end="2017-06-11T11:30", delegation=[tour["ana"]])
    meet(tour, "Embassy", "2017-06-11T10:00", "2017-06-11T11:00")
    return check_mission(tour["db"], tour["mission"])


def test_every_problem_carries_the_parts_of_its_message(every_problem):
    codes = {p["code"] for p in every_problem}
    assert codes == {"overlap", "travel", "outside-leg", "arrival", "after-hours", "holiday"}
    assert {"legs" in p["params"] for p in every_problem if p["code"] == "outside-leg"} == {True, False}
    for p in every_problem:
        assert english_from_params(p) == p["message"], p["code"]
        assert [m["title"] for m in p["params"]["meetings"]] == p["meetings"]
    json.dumps(every_problem)  # plain data: the CLI's --json writes it as it is


def test_problem_parameters_hold_the_values_not_their_wording(every_problem):
    by = {(p["code"], tuple(p["meetings"])): p["params"] for p in every_problem}
    overlap = by[("overlap", ("Ministry", "Chamber"))]
    assert overlap["people"] == ["Ana Martin", "Bo Peeters", "Cy Dubois"]
    assert overlap["meetings"][0] == {"title": "Ministry", "start": "2017-06-09 10:00",
                                      "end": "2017-06-09 11:00", "place": "Tokyo", "mission": ""}
    assert by[("overlap", ("Embassy", "Side call"))]["meetings"][1]["mission"] == "Side visit"
    travel = by[("travel", ("Tokyo breakfast", "Nagoya lunch"))]
    assert (travel["gap_minutes"], travel["needed_minutes"]) == (150, 180)
    assert (travel["from_city"], travel["to_city"], travel["people"]) == ("Tokyo", "Nagoya", ["Ana Martin"])
    assert by[("outside-leg", ("Late Seoul call",))] == dict(
        by[("outside-leg", ("Late Seoul call",))], city="Seoul",
        stays=[{"arrive": "2017-06-05 09:00", "depart": "2017-06-07 18:00"}])
    elsewhere = by[("outside-leg", ("Osaka visit",))]
    assert elsewhere["city"] == "Osaka"
    assert [leg["city"] for leg in elsewhere["legs"]] == ["Seoul", "Tokyo", "Nagoya"]
    arrival = by[("arrival", ("Welcome",))]
    assert (arrival["since_minutes"], arrival["buffer_minutes"], arrival["arrived"], arrival["city"]) == (
        120, 180, "09:00", "Seoul")
    hours = by[("after-hours", ("Dinner",))]
    assert (hours["business_start"], hours["business_end"]) == ("08:00", "19:00")
    assert hours["meetings"][0]["end"] == "2017-06-11 00:30"
    holiday = by[("holiday", ("Blue House",))]
    assert (holiday["country"], holiday["holiday"]) == ("KR", "Memorial Day")


def test_problems_name_people_by_the_one_name_rule(tour):
    ohmura = people.create_person(tour["db"], given_name="Hideaki", family_name="Ohmura",
                                  name_order="eastern")
    tour["ohmura"] = ohmura
    meet(tour, "Ministry", "2017-06-09T10:00", "2017-06-09T11:00", who=("ohmura",))
    meet(tour, "Chamber", "2017-06-09T10:30", "2017-06-09T11:30", who=("ohmura",))
    [problem] = check_mission(tour["db"], tour["mission"])
    assert problem["params"]["people"] == ["OHMURA Hideaki"]
    assert problem["message"].startswith("OHMURA Hideaki cannot be in two meetings at once")


def test_problems_of_meetings_checked_as_plain_data_carry_parameters_too():
    from datetime import UTC, datetime

    from missionplanner.services.checks import check_meetings

    def at(hour):
        return datetime(2017, 6, 9, hour, tzinfo=UTC)

    plain = [{"id": "a", "title": "A", "start": at(1), "end": at(3), "timezone": TOKYO, "city": "",
              "status": "confirmed", "people": ["x", "y"]},
             {"id": "b", "title": "B", "start": at(2), "end": at(4), "timezone": TOKYO, "city": "",
              "status": "confirmed", "people": ["x", "y"]}]
    [problem] = check_meetings(plain, [], {"y": "Yuki Sato"})  # x has no name: "someone"
    assert problem["params"]["people"] == ["Yuki Sato", None]
    assert problem["params"]["meetings"][0]["place"] == TOKYO  # no city: the zone
    assert problem["message"].startswith("Yuki Sato and someone cannot be in two meetings at once: "
                                         "\u201cA\u201d (2017-06-09 10:00\u201312:00 Asia/Tokyo time)")
    assert english_from_params(problem) == problem["message"]
