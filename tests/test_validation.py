"""Each entity refuses bad input with a message that names the field."""

import pytest

from missionplanner.errors import StaleEditError, ValidationError
from missionplanner.services import agreements, followups, meetings, missions, people


def test_mission_rules(db):
    with pytest.raises(ValidationError) as e:
        missions.create_mission(db, title="", start="2017-06-08", end="2017-06-11")
    assert e.value.field == "title"
    with pytest.raises(ValidationError, match="ends .* before it starts") as e:
        missions.create_mission(db, title="X", start="2017-06-11", end="2017-06-08")
    assert e.value.field == "end"
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        missions.create_mission(db, title="X", start="2017-06-08", end="2017-06-11",
                                home_timezone="Mars/Olympus")
    with pytest.raises(ValidationError, match="not one of"):
        missions.create_mission(db, title="X", start="2017-06-08", end="2017-06-11", status="maybe")
    with pytest.raises(ValidationError, match="2017-13-01"):
        missions.create_mission(db, title="X", start="2017-13-01", end="2017-06-11")


def test_slugs_stay_unique(db):
    a = missions.create_mission(db, title="Mission à Tokyo", start="2017-06-08", end="2017-06-11")
    b = missions.create_mission(db, title="Mission à Tokyo", start="2018-06-08", end="2018-06-11")
    slugs = {m["id"]: m["slug"] for m in missions.list_missions(db)}
    assert slugs[a] == "mission-a-tokyo" and slugs[b] == "mission-a-tokyo-2"


def test_leg_rules(db, mission_id):
    with pytest.raises(ValidationError) as e:
        missions.add_leg(db, mission_id, city="Seoul", country="Korea", timezone="Asia/Seoul",
                         arrive="2017-06-10T09:00", depart="2017-06-11T09:00")
    assert e.value.field == "country"
    with pytest.raises(ValidationError, match="not after arrival"):
        missions.add_leg(db, mission_id, city="Seoul", country="KR", timezone="Asia/Seoul",
                         arrive="2017-06-11T09:00", depart="2017-06-10T09:00")


def _meeting(db, mission_id, **over):
    data = dict(title="Vice-Governor", start="2017-06-09T10:00", end="2017-06-09T11:00",
                timezone="Asia/Tokyo", city="Tokyo")
    data.update(over)
    return meetings.create_meeting(db, mission_id, **data)


def test_meeting_rules(db, mission_id):
    with pytest.raises(ValidationError, match="before or when it starts") as e:
        _meeting(db, mission_id, end="2017-06-09T09:00")
    assert e.value.field == "end"
    with pytest.raises(ValidationError, match="outside the mission") as e:
        _meeting(db, mission_id, start="2017-06-20T10:00", end="2017-06-20T11:00")
    with pytest.raises(ValidationError, match="unknown time zone"):
        _meeting(db, mission_id, timezone="Tokyo")
    with pytest.raises(ValidationError) as e:
        _meeting(db, mission_id, title="  ")
    assert e.value.field == "title"
    with pytest.raises(ValidationError, match="topic and a line"):
        _meeting(db, mission_id, if_raised=[{"topic": "x", "answer": "y"}])
    assert _meeting(db, mission_id)


def test_person_and_organization_rules(db):
    with pytest.raises(ValidationError) as e:
        people.create_person(db, given_name="Hideaki", family_name="")
    assert e.value.field == "family_name"
    with pytest.raises(ValidationError, match="not an e-mail"):
        people.create_person(db, family_name="Ohmura", email="ohmura at aichi")
    with pytest.raises(ValidationError) as e:
        people.create_organization(db, name="")
    assert e.value.field == "name"
    pid = people.create_person(db, given_name="Hideaki", family_name="Ohmura", native_name="大村秀章")
    person = people.person_detail(db, pid)
    assert person["name_order"] == "eastern" and person["name"] == "OHMURA Hideaki"


def test_agreement_and_followup_rules(db, mission_id):
    with pytest.raises(ValidationError) as e:
        agreements.create_agreement(db, title="")
    assert e.value.field == "title"
    with pytest.raises(ValidationError, match="recurrence rule"):
        followups.create_followup(db, mission_id=mission_id, action="Call", due="2017-07-01",
                                  recurrence="EVERY MONTH")
    with pytest.raises(ValidationError, match="needs a due date"):
        followups.create_followup(db, mission_id=mission_id, action="Call", recurrence="FREQ=MONTHLY")


def test_stale_edit_is_refused_not_overwritten(db, mission_id):
    missions.update_mission(db, mission_id, 1, title="First edit")
    with pytest.raises(StaleEditError, match="changed this mission at .* since you opened it"):
        missions.update_mission(db, mission_id, 1, title="Edit on an old copy")
    assert missions.mission_detail(db, mission_id)["title"] == "First edit"
