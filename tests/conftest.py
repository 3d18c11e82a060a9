import os

import pytest

from missionplanner.services.demo import load_demo
from missionplanner.store import open_database

# MISSIONPLANNER_TEST_DB=postgresql: the `db` fixture is a fresh database on the session's own
# PostgreSQL server (tests/postgres_server.py) instead of a SQLite file (`make test-postgres`).
BACKEND = os.environ.get("MISSIONPLANNER_TEST_DB", "sqlite")


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL, run what stores data through the `db` fixture, minus what tests the SQLite
    file itself (backups, restore, the file's checks: marked `sqlite_file`). The rest does not
    depend on the database and ran in the SQLite pass."""
    if BACKEND != "postgresql":
        return
    keep, drop = [], []
    for item in items:
        uses_db = "db" in getattr(item, "fixturenames", ())
        (keep if uses_db and item.get_closest_marker("sqlite_file") is None else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def postgres():
    """The test session's PostgreSQL server, with a migrated template database to copy."""
    from postgres_server import PostgresServer

    server = PostgresServer().start()
    try:
        template = server.create_database("mp_template")
        open_database(server.url(template)).dispose()
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_db(postgres):
    """A fresh, migrated database on the session's PostgreSQL server."""
    name = postgres.create_database(template="mp_template")
    database = open_database(postgres.url(name), migrate=False)  # a copy of the migrated template
    yield database
    database.dispose()
    postgres.drop_database(name)


@pytest.fixture
def db(request, tmp_path):
    if BACKEND == "postgresql":
        yield request.getfixturevalue("postgres_db")
        return
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
