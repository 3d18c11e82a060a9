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


@pytest.fixture
def asia_tour(db) -> str:
    """A mission to Seoul, then Tokyo, then a day in Nagoya (5 to 14 June 2017): the scheduling
    checks' test ground. Its id."""
    from missionplanner.services import missions

    mid = missions.create_mission(db, title="Asia tour", start="2017-06-05", end="2017-06-14")
    for city, country, zone, arrive, depart in (
            ("Seoul", "KR", "Asia/Seoul", "2017-06-05T09:00", "2017-06-07T18:00"),
            ("Tokyo", "JP", "Asia/Tokyo", "2017-06-07T23:00", "2017-06-12T18:00"),
            ("Nagoya", "JP", "Asia/Tokyo", "2017-06-12T08:00", "2017-06-13T18:00")):
        missions.add_leg(db, mid, city=city, country=country, timezone=zone, arrive=arrive, depart=depart)
    return mid
