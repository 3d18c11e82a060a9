"""Free slots for a new meeting: business hours, the delegation's meetings, travel, the leg's dates."""

import json
from datetime import date, time

import pytest

from missionplanner.cli import main
from missionplanner.errors import ValidationError
from missionplanner.services import meetings, missions, people
from missionplanner.services.checks import CheckRules
from missionplanner.services.slots import free_slots

TOKYO = "Asia/Tokyo"


@pytest.fixture
def trip(db):
    mid = missions.create_mission(db, title="Japan trip", start="2017-06-08", end="2017-06-13")
    missions.add_leg(db, mid, city="Tokyo", country="JP", timezone=TOKYO,
                     arrive="2017-06-08T09:00", depart="2017-06-12T18:00")
    missions.add_leg(db, mid, city="Nagoya", country="JP", timezone=TOKYO,
                     arrive="2017-06-12T08:00", depart="2017-06-13T18:00")
    ana = people.create_person(db, given_name="Ana", family_name="Martin")
    missions.set_members(db, mid, [(ana, "Head of mission")])
    return {"db": db, "mission": mid, "ana": ana}


def spans(rows):
    return [(r["start"][11:16], r["end"][11:16]) for r in rows]


def test_an_empty_day_is_business_hours_in_the_city_zone(trip):
    rows = free_slots(trip["db"], trip["mission"], date(2017, 6, 9), "Tokyo", 60)
    assert rows == [{"start": "2017-06-09T08:00:00+09:00", "end": "2017-06-09T19:00:00+09:00"}]


def test_meetings_are_cut_out_and_short_gaps_dropped(trip):
    meetings.create_meeting(trip["db"], trip["mission"], title="Ministry", timezone=TOKYO,
                            city="Tokyo", start="2017-06-09T10:00", end="2017-06-09T11:00",
                            delegation=[trip["ana"]])
    meetings.create_meeting(trip["db"], trip["mission"], title="Lunch", timezone=TOKYO, city="Tokyo",
                            start="2017-06-09T11:45", end="2017-06-09T13:00")
    rows = free_slots(trip["db"], trip["mission"], date(2017, 6, 9), "tokyo", 60)
    assert spans(rows) == [("08:00", "10:00"), ("13:00", "19:00")]   # 11:00-11:45 is too short
    rows = free_slots(trip["db"], trip["mission"], date(2017, 6, 9), "Tokyo", 45)
    assert spans(rows) == [("08:00", "10:00"), ("11:00", "11:45"), ("13:00", "19:00")]


def test_cancelled_meetings_free_their_time(trip):
    meetings.create_meeting(trip["db"], trip["mission"], title="Ministry", timezone=TOKYO,
                            city="Tokyo", start="2017-06-09T10:00", end="2017-06-09T11:00",
                            status="cancelled")
    assert spans(free_slots(trip["db"], trip["mission"], date(2017, 6, 9), "Tokyo", 60)) == [
        ("08:00", "19:00")]


def test_arrival_and_departure_limit_the_day(trip):
    first = free_slots(trip["db"], trip["mission"], date(2017, 6, 8), "Tokyo", 60)
    assert spans(first) == [("12:00", "19:00")]    # landed 09:00, three hours to settle
    last = free_slots(trip["db"], trip["mission"], date(2017, 6, 12), "Tokyo", 60)
    assert spans(last) == [("08:00", "18:00")]     # leaves at 18:00


def test_travel_buffer_around_a_meeting_in_another_city(trip):
    meetings.create_meeting(trip["db"], trip["mission"], title="Nagoya lunch", timezone=TOKYO,
                            city="Nagoya", start="2017-06-12T12:00", end="2017-06-12T13:00",
                            delegation=[trip["ana"]])
    rows = free_slots(trip["db"], trip["mission"], date(2017, 6, 12), "Tokyo", 60)
    # Tokyo-Nagoya takes 3 h door to door: nothing in Tokyo from 09:00 to 16:00.
    assert spans(rows) == [("08:00", "09:00"), ("16:00", "18:00")]
    nagoya = free_slots(trip["db"], trip["mission"], date(2017, 6, 12), "Nagoya", 60)
    assert spans(nagoya) == [("11:00", "12:00"), ("13:00", "19:00")]


def test_a_delegation_member_busy_in_another_mission_blocks_the_slot(trip):
    other = missions.create_mission(trip["db"], title="Side visit", start="2017-06-09",
                                    end="2017-06-09")
    meetings.create_meeting(trip["db"], other, title="Side call", timezone=TOKYO, city="Tokyo",
                            start="2017-06-09T15:00", end="2017-06-09T16:00",
                            counterparts=[], delegation=[trip["ana"]])
    rows = free_slots(trip["db"], trip["mission"], date(2017, 6, 9), "Tokyo", 60)
    assert spans(rows) == [("08:00", "15:00"), ("16:00", "19:00")]


def test_business_hours_are_a_rule(trip):
    rules = CheckRules(business_start=time(9, 30), business_end=time(17, 0))
    rows = free_slots(trip["db"], trip["mission"], date(2017, 6, 9), "Tokyo", 60, rules)
    assert spans(rows) == [("09:30", "17:00")]


def test_unknown_city_names_the_city_and_lists_the_legs(trip):
    with pytest.raises(ValidationError) as err:
        free_slots(trip["db"], trip["mission"], date(2017, 6, 9), "Osaka", 60)
    message = str(err.value)
    assert err.value.field == "city"
    assert "Osaka" in message and "Tokyo" in message and "Nagoya" in message


def test_a_day_outside_the_stay_is_refused(trip):
    with pytest.raises(ValidationError, match="2017-06-14") as err:
        free_slots(trip["db"], trip["mission"], date(2017, 6, 14), "Tokyo", 60)
    assert err.value.field == "date"


def test_minutes_must_be_positive(trip):
    with pytest.raises(ValidationError) as err:
        free_slots(trip["db"], trip["mission"], date(2017, 6, 9), "Tokyo", 0)
    assert err.value.field == "minutes"


def test_cli_slots_reads_the_date_as_typed(trip, capsys):
    path = trip["db"].location
    code = main(["--db", path, "slots", "Japan trip", "--date", "9 juin 2017", "--city", "Tokyo",
                 "--minutes", "60", "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert json.loads(out) == [{"start": "2017-06-09T08:00:00+09:00",
                                "end": "2017-06-09T19:00:00+09:00"}]
    code = main(["--db", path, "slots", "Japan trip", "--date", "9/6/2017", "--city", "Tokyo",
                 "--minutes", "60"])
    out, _ = capsys.readouterr()
    assert code == 0 and "08:00–19:00" in out


def test_cli_slots_bad_input_exits_2(trip, capsys):
    path = trip["db"].location
    code = main(["--db", path, "slots", "Japan trip", "--date", "someday", "--city", "Tokyo",
                 "--minutes", "60"])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and "someday" in err
    code = main(["--db", path, "slots", "Japan trip", "--date", "2017-06-09", "--city", "Osaka",
                 "--minutes", "60"])
    out, err = capsys.readouterr()
    assert code == 2 and "Osaka" in err and "Tokyo" in err


def test_demo_slots(demo_db):
    rows = free_slots(demo_db, "official-mission-japan-2017", date(2017, 6, 9), "Tokyo", 60)
    assert spans(rows) == [("08:00", "10:00"), ("11:00", "16:00"), ("17:00", "19:00")]


def test_the_day_may_be_typed(trip):
    typed = free_slots(trip["db"], trip["mission"], "vendredi 9 juin 2017", "Tokyo", 60)
    assert typed == free_slots(trip["db"], trip["mission"], date(2017, 6, 9), "Tokyo", 60)
    with pytest.raises(ValidationError, match="someday"):
        free_slots(trip["db"], trip["mission"], "someday", "Tokyo", 60)
