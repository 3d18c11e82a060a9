"""A record deleted on a laptop while a colleague added to it (a meeting in a mission): the delete
met an edit, so it is a conflict like any delete against an edit (SYNC.md, "Conflicts"). The pull
failed on the meeting's foreign key before, at every sync after: the laptop could sync no more."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from missionplanner.services.planner import Planner
from missionplanner.services.sync.engine import join, list_conflicts, resolve, sync

CALL = dict(city="Seoul", timezone="Asia/Seoul", start="2017-06-13T10:00", end="2017-06-13T11:00")


def _meetings(planner, mission) -> set[str]:
    with planner.db.read() as session:
        return {t for (t,) in session.execute(text("SELECT title FROM meetings WHERE mission_id = :m"),
                                               {"m": mission})}


@pytest.fixture
def office(postgres_db):
    planner = Planner(postgres_db)
    mission = planner.missions.create(title="Seoul", start="2017-06-12", end="2017-06-16")
    planner.meetings.create(mission, title="Samsung courtesy call", **CALL)
    return planner, mission


@pytest.fixture
def laptop(office, tmp_path):
    path = tmp_path / "laptop.sqlite"
    planner = Planner.open(str(path))
    join(planner.db, office[0].db.url)
    planner.close()
    planner = Planner.open(str(path))
    yield planner
    planner.close()


def _deleted_here_while_a_meeting_came_there(office, laptop):
    planner, mission = office
    laptop.missions.delete(mission)  # on the plane
    added = planner.meetings.create(mission, title="Hyundai lunch", **CALL)  # at the office meanwhile
    assert sync(laptop.db) == {"pulled": 1, "pushed": 0, "conflicts": 1}
    (c,) = list_conflicts(laptop.db)
    assert (c["table_name"], c["row_id"], c["fields"], c["mine"]) == ("missions", mission, ["(deleted here)"], None)
    # Back on the laptop, whole, until the aide decides; nothing deleted on the server.
    assert _meetings(laptop, mission) == {"Samsung courtesy call", "Hyundai lunch"} == _meetings(planner, mission)
    return c, added


def test_keeping_theirs_keeps_the_mission_with_the_colleagues_meeting(office, laptop):
    planner, mission = office
    c, added = _deleted_here_while_a_meeting_came_there(office, laptop)
    resolve(laptop, c["id"], "theirs")
    assert sync(laptop.db) == {"pulled": 0, "pushed": 0, "conflicts": 0}
    assert laptop.meetings.get(added)["title"] == "Hyundai lunch"
    assert planner.missions.detail(mission)["title"] == "Seoul"


def test_keeping_mine_deletes_it_on_the_server_knowingly(office, laptop):
    planner, mission = office
    c, _ = _deleted_here_while_a_meeting_came_there(office, laptop)
    resolve(laptop, c["id"], "mine")
    assert laptop.missions.list() == []
    assert sync(laptop.db)["conflicts"] == 0
    assert planner.missions.list() == [] and _meetings(planner, mission) == set()
