"""A sync cut at a named point (kill -9 of the command) leaves both sides consistent, and the next
sync finishes the work without doing anything twice; writers committing while a laptop pulls never
make it skip a version (SYNC.md, "Tests")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest
from sqlalchemy import text

from missionplanner.services.planner import Planner
from missionplanner.services.sync.engine import join, sync


def _cli(laptop, *argv, fault: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "MISSIONPLANNER_SYNC_FAULT": fault or ""}
    return subprocess.run([sys.executable, "-m", "missionplanner", "--db", str(laptop), *argv],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def office(postgres_db):
    planner = Planner(postgres_db)
    mission = planner.missions.create(title="Seoul", start="2017-06-12", end="2017-06-16")
    return planner, mission


@pytest.fixture
def laptop(office, tmp_path):
    path = tmp_path / "laptop.sqlite"
    planner = Planner.open(str(path))
    join(planner.db, office[0].db.url)
    planner.close()
    return path


def _edit(path, mission, **fields) -> None:
    planner = Planner.open(str(path))
    planner.missions.update(mission, **fields)
    planner.close()


def _server(planner, sql: str):
    with planner.db.engine.connect() as conn:
        return conn.execute(text(sql)).all()


@pytest.mark.parametrize("point", ["after-pull-read", "after-pull-apply", "after-server-commit"])
def test_a_sync_killed_at_a_named_point_is_finished_by_the_next_applied_once(office, laptop, point):
    planner, mission = office
    _edit(laptop, mission, title="Seoul, edited offline")
    killed = _cli(laptop, "sync", "--json", fault=point)
    assert killed.returncode == -9, killed.stderr  # the process died there
    done = _cli(laptop, "sync", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["conflicts"] == 0
    assert planner.missions.detail(mission)["title"] == "Seoul, edited offline"
    # One edit, one version step on the server, one applied change: nothing done twice.
    assert _server(planner, f"SELECT version FROM missions WHERE id = '{mission}'") == [(2,)]
    assert len(_server(planner, "SELECT change_id FROM sync_applied_change")) == 1
    again = _cli(laptop, "sync", "--json")
    assert json.loads(again.stdout) == {"pulled": 0, "pushed": 0, "conflicts": 0}


def test_four_writers_committing_while_a_laptop_pulls_never_make_it_skip_a_version(office, laptop):
    planner, _ = office
    failures = []

    def write(n: int) -> None:
        try:
            for i in range(12):
                planner.missions.create(title=f"Writer {n} mission {i}", start="2017-06-12", end="2017-06-16")
        except Exception as exc:  # noqa: BLE001 - reported by the test below
            failures.append(exc)

    writers = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for w in writers:
        w.start()
    replica = Planner.open(str(laptop))
    try:
        while any(w.is_alive() for w in writers):
            sync(replica.db)  # pulls racing the writers' commits
        for w in writers:
            w.join()
        sync(replica.db)
        with replica.db.engine.connect() as conn:
            here = set(conn.execute(text("SELECT id, server_version FROM sync_base "
                                         "WHERE table_name = 'missions'")).all())
    finally:
        replica.close()
    assert not failures
    there = set(_server(planner, "SELECT id, server_version FROM missions"))
    assert len(there) == 49 and here == there


def test_a_server_that_stops_answering_ends_the_sync_as_unreachable_and_nothing_is_lost(
        postgres_db, tmp_path, capsys, monkeypatch):
    """A long transaction holds the version clock (a stalled server, as a laptop sees it): the
    push waits at most LOCK_TIMEOUT, the sync says the server cannot be reached (exit 3), and the
    edit stays queued until the next sync sends it."""
    from missionplanner.cli import main
    from missionplanner.services.planner import Planner
    from missionplanner.services.sync import engine

    office = Planner(postgres_db)
    mission = office.missions.create(title="Seoul", start="2017-06-12", end="2017-06-16")
    laptop = tmp_path / "anne.sqlite"
    assert main(["--db", str(laptop), "join", postgres_db.url]) == 0
    planner = Planner.open(str(laptop))
    try:
        planner.missions.update(mission, title="Seoul, edited on the plane")
    finally:
        planner.close()
    capsys.readouterr()
    monkeypatch.setattr(engine, "LOCK_TIMEOUT", 1)
    holder = postgres_db.engine.connect()
    try:
        holder.exec_driver_sql("BEGIN")
        holder.exec_driver_sql("SELECT v FROM sync_clock FOR UPDATE")  # every write waits for it
        assert main(["--db", str(laptop), "sync", "--json"]) == 3
        err = capsys.readouterr().err
        assert "cannot be reached" in err and "nothing was lost" in err
    finally:
        holder.exec_driver_sql("ROLLBACK")
        holder.close()
    assert office.missions.detail(mission)["title"] == "Seoul"
    assert main(["--db", str(laptop), "sync", "--json"]) == 0
    assert office.missions.detail(mission)["title"] == "Seoul, edited on the plane"


def test_a_laptop_that_edited_offline_on_the_previous_version_upgrades_then_pushes(office, laptop):
    """The laptop was on the previous schema when its aide edited offline; the app was upgraded
    since. Opening it migrates the file (the queued edit with it), then the sync pushes."""
    from alembic import command
    from sqlalchemy import create_engine

    from missionplanner.store.migrate import HEAD, _alembic_config

    planner, mission = office
    _edit(laptop, mission, title="Seoul, edited on the old version")
    engine = create_engine(f"sqlite:///{laptop}")
    with engine.begin() as conn:  # the file as the previous version left it
        command.downgrade(_alembic_config(conn), "0010_pg_change_notify")
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0010_pg_change_notify"
        assert conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == 1
    engine.dispose()
    done = _cli(laptop, "sync", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pushed"] == 1
    assert planner.missions.detail(mission)["title"] == "Seoul, edited on the old version"
    engine = create_engine(f"sqlite:///{laptop}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    engine.dispose()


def test_the_server_stopped_mid_push_then_restarted_gets_the_edit_once(tmp_path, monkeypatch):
    """`pg_ctl stop -m immediate` while a push writes (a server of this test's own): the sync ends as
    unreachable, nothing is half-written on either side, and after the restart the next sync sends
    the edit, applied once."""
    from missionplanner.services.sync import engine
    from missionplanner.services.sync.engine import ServerUnreachableError
    from missionplanner.store import open_database
    from postgres_server import PostgresServer

    server = PostgresServer(durable=True).start()  # every acknowledged commit survives the stop
    try:
        db = open_database(server.url(server.create_database("faults")))
        mission = Planner(db).missions.create(title="Seoul", start="2017-06-12", end="2017-06-16")
        path = tmp_path / "laptop.sqlite"
        laptop = Planner.open(str(path))
        join(laptop.db, db.url)
        laptop.close()
        laptop = Planner.open(str(path))  # now a replica: its outbox queues
        laptop.missions.update(mission, title="Seoul, edited on the plane")
        write = engine._update_rows

        def server_goes_down(sc, *args):
            server.halt()
            return write(sc, *args)
        monkeypatch.setattr(engine, "_update_rows", server_goes_down)
        with pytest.raises(ServerUnreachableError):
            sync(laptop.db)
        monkeypatch.setattr(engine, "_update_rows", write)
        server.resume()
        db.dispose()  # the office's connections died with the server
        assert Planner(db).missions.detail(mission)["title"] == "Seoul"  # nothing half-written
        assert sync(laptop.db)["pushed"] == 1
        assert sync(laptop.db) == {"pulled": 0, "pushed": 0, "conflicts": 0}
        assert Planner(db).missions.detail(mission)["title"] == "Seoul, edited on the plane"
        assert _server(Planner(db), "SELECT count(*) FROM sync_applied_change")[0][0] == 1
        laptop.close()
        db.dispose()
    finally:
        server.stop()
