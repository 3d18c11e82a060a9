"""The free-slot finder says why nothing fits and what else does: the stay's end, the arrival, a
day full of meetings; the next day in that city, another city that day."""

from datetime import date

import pytest

from missionplanner.errors import ValidationError
from missionplanner.services import meetings, missions, people
from missionplanner.services.slots import find_slots

TOKYO = "Asia/Tokyo"


@pytest.fixture
def trip(db):
    # Tokyo until 08:00 on 9 June, then Nagoya; back to Tokyo on the 12th.
    mid = missions.create_mission(db, title="Japan trip", start="2017-06-07", end="2017-06-13")
    missions.add_leg(db, mid, city="Tokyo", country="JP", timezone=TOKYO,
                     arrive="2017-06-07T09:00", depart="2017-06-09T08:00")
    missions.add_leg(db, mid, city="Nagoya", country="JP", timezone=TOKYO,
                     arrive="2017-06-09T07:00", depart="2017-06-11T18:00")
    missions.add_leg(db, mid, city="Tokyo", country="JP", timezone=TOKYO,
                     arrive="2017-06-11T19:00", depart="2017-06-13T18:00")
    ana = people.create_person(db, given_name="Ana", family_name="Martin")
    missions.set_members(db, mid, [(ana, "Head of mission")])
    return {"db": db, "mission": mid, "ana": ana}


def test_a_stay_ending_before_business_hours_is_said_with_its_time(trip):
    answer = find_slots(trip["db"], trip["mission"], date(2017, 6, 9), "Tokyo", 60)
    assert answer["slots"] == []
    assert answer["why"] == [{"code": "stay-ends", "city": "Tokyo", "at": "2017-06-09T08:00:00+09:00"}]


def test_suggestions_name_the_next_free_day_in_the_city_and_another_city_that_day(trip):
    answer = find_slots(trip["db"], trip["mission"], date(2017, 6, 9), "Tokyo", 60)
    by_city = {(s["city"], s["day"]): s["slots"] for s in answer["suggestions"]}
    # Tokyo again from the evening of the 11th: the 12th is its next day with a slot.
    assert by_city[("Tokyo", "2017-06-12")][0]["start"] == "2017-06-12T08:00:00+09:00"
    # Nagoya that same day, from 10:00 (arrived 07:00, three hours to settle).
    assert by_city[("Nagoya", "2017-06-09")][0]["start"] == "2017-06-09T10:00:00+09:00"
    assert [s["city"] for s in answer["suggestions"]] == ["Tokyo", "Nagoya"]


def test_a_day_full_of_meetings_says_how_many_and_the_longest_gap(trip):
    for start, end in (("08:00", "12:00"), ("12:30", "19:00")):
        meetings.create_meeting(trip["db"], trip["mission"], title=f"Talks {start}", timezone=TOKYO,
                                city="Nagoya", start=f"2017-06-10T{start}", end=f"2017-06-10T{end}",
                                delegation=[trip["ana"]])
    answer = find_slots(trip["db"], trip["mission"], date(2017, 6, 10), "Nagoya", 60)
    assert answer["slots"] == []
    (busy,) = answer["why"]
    assert busy["code"] == "busy" and busy["count"] == 2 and busy["longest"] == 30
    assert [m["title"] for m in busy["meetings"]] == ["Talks 08:00", "Talks 12:30"]
    # The 45-minute meeting fits nowhere that day; the 11th in Nagoya has room.
    assert answer["suggestions"][0]["day"] == "2017-06-11" and answer["suggestions"][0]["city"] == "Nagoya"
    assert find_slots(trip["db"], trip["mission"], date(2017, 6, 10), "Nagoya", 30)["slots"] != []


def test_a_day_after_the_stay_says_it_is_over_and_offers_the_nearest_day_before(trip):
    answer = find_slots(trip["db"], trip["mission"], date(2017, 6, 11), "Nagoya", 60)
    assert answer["slots"]  # the 11th in Nagoya is free until 18:00
    answer = find_slots(trip["db"], trip["mission"], date(2017, 6, 13), "Nagoya", 60)
    assert answer["why"] == [{"code": "stay-over", "city": "Nagoya", "at": "2017-06-11T18:00:00+09:00"}]
    assert answer["suggestions"][0] == {"day": "2017-06-11", "city": "Nagoya",
                                        "slots": [{"start": "2017-06-11T08:00:00+09:00",
                                                   "end": "2017-06-11T18:00:00+09:00"}]}
    assert ("Tokyo", "2017-06-13") in {(s["city"], s["day"]) for s in answer["suggestions"]}


def test_arriving_after_business_hours_is_said(trip):
    answer = find_slots(trip["db"], trip["mission"], date(2017, 6, 11), "Tokyo", 60)
    assert answer["why"] == [{"code": "arrives-late", "city": "Tokyo", "at": "2017-06-11T19:00:00+09:00",
                              "buffer": 180}]


def test_a_city_the_mission_does_not_visit_is_still_refused_by_name(trip):
    with pytest.raises(ValidationError) as err:
        find_slots(trip["db"], trip["mission"], date(2017, 6, 9), "Osaka", 60)
    assert err.value.field == "city" and "Osaka" in str(err.value)
