import pytest

from missionplanner.services.demo import load_demo
from missionplanner.store import open_database


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "mp.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db):
    load_demo(db)
    return db


@pytest.fixture
def mission_id(db):
    from missionplanner.services import missions

    mid = missions.create_mission(db, title="Test mission", start="2017-06-08", end="2017-06-11")
    missions.add_leg(db, mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                     arrive="2017-06-08T09:00", depart="2017-06-11T18:00")
    return mid
