"""Travel segments through the planner: each end in its own zone, the trip's rules, undo, and legs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from missionplanner.errors import ValidationError
from missionplanner.services.planner import Planner


@pytest.fixture
def planner(db):
    return Planner(db)


@pytest.fixture
def trip(planner):
    """A Japan mission, 7 to 12 June 2017, led by Cécile Jodogne with one aide in the delegation."""
    lead = planner.people.create(given_name="Cécile", family_name="Jodogne")
    aide = planner.people.create(given_name="Pieter", family_name="Aide")
    mid = planner.missions.create(title="Japan", start="2017-06-07", end="2017-06-12", lead_id=lead)
    planner.missions.set_members(mid, [(aide, "adviser")])
    planner.missions.add_leg(mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                             arrive="2017-06-08T09:00", depart="2017-06-12T18:00")
    return {"mission": mid, "lead": lead, "aide": aide}


def flight(**over):
    data = dict(kind="flight", carrier="All Nippon Airways", number="NH 232", from_place="Brussels",
                from_code="BRU", from_timezone="Europe/Brussels", depart="2017-06-07T12:00",
                to_place="Tokyo", to_code="hnd", to_terminal="3", to_timezone="Asia/Tokyo",
                arrive="2017-06-08T07:45")
    data.update(over)
    return data


def test_an_overnight_flight_is_stored_in_utc_from_each_end_zone(planner, trip):
    sid = planner.travel.create(trip["mission"], **flight(traveller_ids=[trip["lead"], trip["aide"]]))
    [seg] = planner.travel.list(trip["mission"])
    assert seg["id"] == sid
    assert seg["depart"] == datetime(2017, 6, 7, 10, 0, tzinfo=UTC)  # 12:00 CEST
    assert seg["arrive"] == datetime(2017, 6, 7, 22, 45, tzinfo=UTC)  # 07:45 JST next day
    assert seg["day_shift"] == 1
    assert seg["to_code"] == "HND"
    assert seg["travellers"] == ["Cécile Jodogne", "Pieter Aide"]


def test_a_flight_over_the_date_line_lands_the_day_before(planner, trip):
    planner.missions.add_leg(trip["mission"], city="Honolulu", country="US", timezone="Pacific/Honolulu",
                             arrive="2017-06-11T10:00", depart="2017-06-12T10:00")
    planner.travel.create(trip["mission"], **flight(
        number="NH 184", from_place="Tokyo", from_code="NRT", from_timezone="Asia/Tokyo",
        depart="2017-06-11T21:00", to_place="Honolulu", to_code="HNL", to_timezone="Pacific/Honolulu",
        arrive="2017-06-11T09:00"))
    [seg] = planner.travel.list(trip["mission"])
    assert seg["arrive"] - seg["depart"] == (datetime(2017, 6, 11, 19, 0, tzinfo=UTC)
                                             - datetime(2017, 6, 11, 12, 0, tzinfo=UTC))
    assert seg["day_shift"] == 0
    with pytest.raises(ValidationError) as err:  # 23:30 on the 10th in Honolulu is before take-off
        planner.travel.update(seg["id"], arrive="2017-06-10T23:30")
    assert err.value.code == "travel.arrives-before-departure"


def test_arrival_before_departure_is_refused_naming_the_field(planner, trip):
    with pytest.raises(ValidationError) as err:
        planner.travel.create(trip["mission"], **flight(arrive="2017-06-07T18:00"))  # 09:00 UTC < 10:00 UTC
    assert err.value.code == "travel.arrives-before-departure"
    assert err.value.field == "arrive"
    assert planner.travel.list(trip["mission"]) == []


def test_a_departure_in_the_spring_gap_is_refused_and_a_fold_needs_an_offset(planner, db):
    mid = planner.missions.create(title="Spring", start="2017-03-25", end="2017-03-27")
    with pytest.raises(ValidationError) as err:
        planner.travel.create(mid, **flight(depart="2017-03-26T02:30", arrive="2017-03-26T20:00"))
    assert err.value.code == "time.gap" and err.value.field == "depart"
    autumn = planner.missions.create(title="Autumn", start="2017-10-28", end="2017-10-30")
    with pytest.raises(ValidationError) as err:
        planner.travel.create(autumn, **flight(from_place="Tokyo", from_timezone="Asia/Tokyo",
                                               depart="2017-10-29T08:00", to_place="Brussels",
                                               to_timezone="Europe/Brussels", arrive="2017-10-29T02:30"))
    assert err.value.code == "time.ambiguous" and err.value.field == "arrive"
    planner.travel.create(autumn, **flight(from_place="Tokyo", from_timezone="Asia/Tokyo",
                                           depart="2017-10-29T08:00", to_place="Brussels",
                                           to_timezone="Europe/Brussels", arrive="2017-10-29T02:30+01:00"))
    [seg] = planner.travel.list(autumn)
    assert seg["arrive"] == datetime(2017, 10, 29, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize("field, value, code", [
    ("kind", "rocket", "choice.unknown"),
    ("from_code", "BR U", "travel.bad-code"),
    ("to_timezone", "Asia/Nowhere", "zone.unknown"),
    ("from_place", "", "field.required"),
    ("notes", "bell\x07", "text.control-character"),
])
def test_bad_fields_are_refused_and_nothing_is_written(planner, trip, field, value, code):
    with pytest.raises(ValidationError) as err:
        planner.travel.create(trip["mission"], **flight(**{field: value}))
    assert err.value.code == code
    assert err.value.field == field
    assert planner.travel.list(trip["mission"]) == []


def test_a_traveller_must_be_in_the_delegation(planner, trip):
    stranger = planner.people.create(given_name="Taro", family_name="Yamada")
    with pytest.raises(ValidationError) as err:
        planner.travel.create(trip["mission"], **flight(traveller_ids=[trip["lead"], stranger]))
    assert err.value.code == "travel.traveller-not-in-delegation"
    assert "Taro Yamada" in str(err.value)
    assert planner.travel.list(trip["mission"]) == []


def test_update_checks_the_version_and_delete_is_undone_under_the_same_id(planner, trip):
    sid = planner.travel.create(trip["mission"], **flight(traveller_ids=[trip["aide"]]))
    version = planner.travel.list(trip["mission"])[0]["version"]
    planner.travel.update(sid, version, seat="12A")
    with pytest.raises(Exception) as err:
        planner.travel.update(sid, version, seat="14C")
    assert getattr(err.value, "code", "") == "edit.stale-by"
    saved = planner.travel.snapshot(sid)
    planner.travel.delete(sid)
    assert planner.travel.list(trip["mission"]) == []
    assert planner.travel.restore(saved) == sid
    [seg] = planner.travel.list(trip["mission"])
    assert seg["seat"] == "12A" and seg["traveller_ids"] == [trip["aide"]]


def test_the_leg_takes_its_arrival_and_departure_from_the_journeys(planner, trip):
    planner.travel.create(trip["mission"], **flight())
    planner.travel.create(trip["mission"], **flight(number="NH 231", from_place="Tokyo", from_code="HND",
                                                    from_timezone="Asia/Tokyo", depart="2017-06-11T22:00",
                                                    to_place="Brussels", to_code="BRU",
                                                    to_timezone="Europe/Brussels", arrive="2017-06-12T05:00"))
    [leg] = planner.missions.detail(trip["mission"])["legs"]
    assert leg["arrive"] == "2017-06-08T07:45:00+09:00" and leg["arrive_from_travel"]
    assert leg["depart"] == "2017-06-11T22:00:00+09:00" and leg["depart_from_travel"]


def test_the_stay_is_kept_on_the_leg(planner, trip):
    [leg] = planner.missions.detail(trip["mission"])["legs"]
    planner.missions.update_leg(leg["id"], hotel="Imperial Hotel", hotel_address="1-1-1 Uchisaiwaicho",
                                hotel_phone="+81 3-3504-1111", check_in="2017-06-08T15:00",
                                check_out="2017-06-12T11:00")
    [leg] = planner.missions.detail(trip["mission"])["legs"]
    assert (leg["hotel_phone"], leg["check_in"]) == ("+81 3-3504-1111", "2017-06-08T15:00:00+09:00")
    with pytest.raises(ValidationError) as err:
        planner.missions.update_leg(leg["id"], check_out="2017-06-08T10:00")
    assert err.value.code == "leg.check-out-before-check-in"


def test_meetings_carry_their_kind_dress_code_and_without_the_lead(planner, trip):
    mid = planner.meetings.create(trip["mission"], title="Official dinner", start="2017-06-09T19:00",
                                  end="2017-06-09T21:30", timezone="Asia/Tokyo", kind="dinner",
                                  dress_code="Dark suit", without_lead=True)
    row = planner.meetings.get(mid)
    assert (row["kind"], row["dress_code"], row["without_lead"]) == ("dinner", "Dark suit", True)
    with pytest.raises(ValidationError) as err:
        planner.meetings.update(mid, kind="party")
    assert err.value.code == "choice.unknown" and err.value.field == "kind"
    with pytest.raises(ValidationError) as err:
        planner.meetings.update(mid, without_lead="yes")
    assert err.value.code == "flag.not-boolean"


def test_every_travel_write_passes_the_outbox(db, trip):
    from missionplanner.services.outbox import RecordingOutbox

    recording = RecordingOutbox()
    planner = Planner(db, outbox=recording)
    sid = planner.travel.create(trip["mission"], **flight(traveller_ids=[trip["aide"]]))
    tables = {(c.kind, c.id) for c in recording.changes}
    assert ("travel_segments", sid) in tables
    assert any(c.kind == "travellers" for c in recording.changes)
