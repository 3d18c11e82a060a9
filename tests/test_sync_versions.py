"""Both sides of a sync on one schema (SYNC.md, "Schema versions"): a laptop whose app is newer than
the server is refused with what IT must do, a laptop older than the server is told to upgrade its
app; either way nothing is sent, its offline edits stay queued, and the sync goes through once both
sides agree. (A laptop that edited offline on the previous schema and was then upgraded:
tests/test_sync_faults.py.)"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from missionplanner.cli import main
from missionplanner.services.planner import Planner
from missionplanner.store.migrate import alembic_head


@pytest.fixture
def office(postgres_db):
    planner = Planner(postgres_db)
    mission = planner.missions.create(title="Seoul", start="2017-06-12", end="2017-06-16")
    return planner, mission


@pytest.fixture
def laptop(postgres_db, office, tmp_path, capsys):
    path = tmp_path / "anne.sqlite"
    assert main(["--db", str(path), "join", postgres_db.url]) == 0
    planner = Planner.open(str(path))
    try:
        planner.missions.update(office[1], title="Seoul, edited on the plane")
    finally:
        planner.close()
    capsys.readouterr()
    return path


def _stamp_server(planner, revision: str) -> None:
    with planner.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def _queued(path) -> int:
    planner = Planner.open(str(path))
    try:
        with planner.db.engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar()
    finally:
        planner.close()


def test_a_laptop_newer_than_the_server_is_refused_and_keeps_its_edit(office, laptop, capsys):
    planner, mission = office
    _stamp_server(planner, "0006_postgres_sync_clock")  # a server IT has not upgraded yet
    assert main(["--db", str(laptop), "sync", "--json"]) == 2
    err = capsys.readouterr().err
    assert f"this version of the app (schema {alembic_head()}) is newer than the server's " \
           "(schema 0006_postgres_sync_clock)" in err
    assert "ask IT to upgrade the server (server init)" in err
    assert planner.missions.detail(mission)["title"] == "Seoul"  # nothing sent
    assert _queued(laptop) == 1
    _stamp_server(planner, alembic_head())  # IT upgraded it
    assert main(["--db", str(laptop), "sync", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pushed"] == 1
    assert planner.missions.detail(mission)["title"] == "Seoul, edited on the plane"


def test_a_laptop_older_than_the_server_is_told_to_upgrade_and_keeps_its_edit(office, laptop, capsys):
    planner, mission = office
    _stamp_server(planner, "0099_a_later_version")  # upgraded by a newer app than this laptop's
    assert main(["--db", str(laptop), "sync", "--json"]) == 2
    err = capsys.readouterr().err
    assert "the server's schema (0099_a_later_version) is newer than this app's" in err
    assert "upgrade the app, then sync: your offline edits are kept" in err
    assert planner.missions.detail(mission)["title"] == "Seoul"
    assert _queued(laptop) == 1
