"""Laptop replicas against the session's PostgreSQL (SYNC.md): join, sync both ways, merges,
conflicts and their resolution, through the command line a cabinet's scripts use."""

from __future__ import annotations

import json

import pytest

from missionplanner.cli import main
from missionplanner.errors import ValidationError
from missionplanner.services.planner import Planner


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _sync(capsys, laptop) -> dict:
    code, out, err = _run(capsys, "--db", str(laptop), "sync", "--json")
    assert code == 0, err
    return json.loads(out)


def _planner(path) -> Planner:
    return Planner.open(str(path))


@pytest.fixture
def server(postgres_db):
    planner = Planner(postgres_db)
    mission = planner.missions.create(title="Seoul", start="2017-06-12", end="2017-06-16")
    return postgres_db, planner, mission


@pytest.fixture
def laptops(server, tmp_path, capsys):
    db, _, _ = server
    paths = []
    for name in ("anne", "bart"):
        path = tmp_path / f"{name}.sqlite"
        code, out, err = _run(capsys, "--db", str(path), "join", db.url)
        assert code == 0, err
        paths.append(path)
    return paths


def _mission(planner, mission) -> dict:
    return planner.missions.detail(mission)


def _title(path, mission) -> str:
    planner = _planner(path)
    try:
        return _mission(planner, mission)["title"]
    finally:
        planner.close()


def _edit(path, mission, **fields) -> None:
    planner = _planner(path)
    try:
        planner.missions.update(mission, **fields)
    finally:
        planner.close()


def test_join_copies_the_server_and_an_offline_edit_reaches_the_other_laptop(server, laptops, capsys):
    db, office, mission = server
    anne, bart = laptops
    assert _title(anne, mission) == "Seoul"
    planner = _planner(bart)  # what join copied is found by the laptop's search
    assert mission in {hit["id"] for hit in planner.search.query("seoul")}
    planner.close()
    _edit(anne, mission, title="Seoul, princely mission")
    assert _sync(capsys, anne) == {"pulled": 1, "pushed": 1, "conflicts": 0}
    assert _mission(office, mission)["title"] == "Seoul, princely mission"
    assert _sync(capsys, bart)["pulled"] >= 1
    assert _title(bart, mission) == "Seoul, princely mission"
    planner = _planner(bart)  # what a pull brings is found by the laptop's search
    assert mission in {hit["id"] for hit in planner.search.query("princely")}
    planner.close()
    assert _sync(capsys, anne) == {"pulled": 0, "pushed": 0, "conflicts": 0}  # quiet: nothing twice


def test_join_refuses_a_file_with_data_of_its_own(server, tmp_path, capsys):
    db, _, _ = server
    path = tmp_path / "mine.sqlite"
    planner = _planner(path)
    planner.missions.create(title="Tokyo", start="2017-06-12", end="2017-06-16")
    planner.close()
    code, out, err = _run(capsys, "--db", str(path), "join", db.url)
    assert code == 2 and "already holds data of its own" in err


def test_an_unreachable_server_exits_3_and_keeps_the_edit(server, laptops, capsys, postgres):
    db, office, mission = server
    anne, _ = laptops
    _edit(anne, mission, title="Seoul (offline)")
    planner = _planner(anne)
    with planner.db.engine.begin() as conn:
        url = conn.exec_driver_sql("SELECT server_url FROM sync_state").scalar()
        conn.exec_driver_sql("UPDATE sync_state SET server_url = ?", (url.replace(str(postgres.port), "1"),))
    planner.close()
    code, out, err = _run(capsys, "--db", str(anne), "sync", "--json")
    assert code == 3 and "cannot be reached" in err
    planner = _planner(anne)
    with planner.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sync_state SET server_url = ?", (url,))
    planner.close()
    assert _sync(capsys, anne)["pushed"] == 1
    assert _mission(office, mission)["title"] == "Seoul (offline)"


def test_edits_of_different_fields_merge_and_of_the_same_field_conflict(server, laptops, capsys):
    db, office, mission = server
    anne, bart = laptops
    _edit(anne, mission, title="Seoul, by Anne")
    _edit(bart, mission, objectives="Trade, by Bart")
    _sync(capsys, anne)
    assert _sync(capsys, bart)["conflicts"] == 0
    seen = _mission(office, mission)
    assert (seen["title"], seen["objectives"]) == ("Seoul, by Anne", "Trade, by Bart")
    _sync(capsys, anne)
    assert _title(anne, mission) == "Seoul, by Anne"

    _edit(anne, mission, title="Anne's title")
    _edit(bart, mission, title="Bart's title")
    _sync(capsys, anne)
    assert _sync(capsys, bart)["conflicts"] == 1
    code, out, _ = _run(capsys, "--db", str(bart), "conflicts", "--json")
    (conflict,) = json.loads(out)
    assert conflict["fields"] == ["title"]
    assert (conflict["mine"]["title"], conflict["theirs"]["title"]) == ("Bart's title", "Anne's title")
    assert _title(bart, mission) == "Bart's title"  # nothing overwritten while it is open
    assert _mission(office, mission)["title"] == "Anne's title"
    code, out, err = _run(capsys, "--db", str(bart), "resolve", str(conflict["id"]), "--mine")
    assert code == 0, err
    assert _sync(capsys, bart) == {"pulled": 1, "pushed": 1, "conflicts": 0}
    assert _mission(office, mission)["title"] == "Bart's title"
    _sync(capsys, anne)
    assert _title(anne, mission) == "Bart's title"


def test_a_delete_against_an_edit_is_a_conflict_and_theirs_restores_the_row(server, laptops, capsys):
    db, office, mission = server
    anne, bart = laptops
    planner = _planner(anne)
    planner.missions.delete(mission)
    planner.close()
    _edit(bart, mission, title="Seoul, still on")
    _sync(capsys, anne)
    assert _sync(capsys, bart)["conflicts"] == 1
    code, out, _ = _run(capsys, "--db", str(bart), "conflicts", "--json")
    (conflict,) = json.loads(out)
    assert conflict["theirs"] is None and conflict["mine"]["title"] == "Seoul, still on"
    code, out, err = _run(capsys, "--db", str(bart), "resolve", str(conflict["id"]), "--theirs")
    assert code == 0, err
    _sync(capsys, bart)
    planner = _planner(bart)
    assert mission not in {m["id"] for m in planner.missions.list()}
    planner.close()


def _outbox(path) -> list[tuple[str, str, list]]:
    planner = _planner(path)
    with planner.db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT table_name, op, fields FROM sync_outbox ORDER BY seq").all()
    planner.close()
    return [(t, op, json.loads(f)) for t, op, f in rows]


def test_an_edit_on_a_replica_is_queued_with_its_fields_and_a_refused_one_is_not(server, laptops):
    _, _, mission = server
    anne, _ = laptops
    _edit(anne, mission, objectives="Trade")
    (queued,) = _outbox(anne)
    assert queued[:2] == ("missions", "update") and "objectives" in queued[2] and "title" not in queued[2]
    with pytest.raises(ValidationError):
        _edit(anne, mission, title="")  # refused by validation: nothing written, nothing queued
    assert len(_outbox(anne)) == 1


def test_a_file_that_never_joined_queues_nothing(tmp_path):
    path = tmp_path / "alone.sqlite"
    planner = _planner(path)
    planner.missions.create(title="Tokyo", start="2017-06-12", end="2017-06-16")
    planner.close()
    assert _outbox(path) == []


def test_a_laptop_newer_than_the_server_is_refused_clearly(server, laptops, capsys):
    db, _, _ = server
    anne, _ = laptops
    with db.engine.begin() as conn:  # the server still on an older schema than this app
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0006_pg_sync_clock'")
    code, out, err = _run(capsys, "--db", str(anne), "sync", "--json")
    assert code == 2 and "newer than the server's" in err and "server init" in err


def test_a_readers_laptop_joins_and_pulls(server, tmp_path, capsys):
    from sqlalchemy.engine import make_url

    from missionplanner.store.server import add_login, create_roles

    db, office, mission = server
    create_roles(db)
    add_login(db, "olga", "reader")
    url = make_url(db.url).set(username="olga").render_as_string(hide_password=False)
    path = tmp_path / "olga.sqlite"
    code, out, err = _run(capsys, "--db", str(path), "join", url)
    assert code == 0, err
    office.missions.update(mission, title="Seoul, seen by Olga")
    assert _sync(capsys, path)["pulled"] == 1
    assert _title(path, mission) == "Seoul, seen by Olga"
    # Her laptop is listed among the devices, under her login, with how far it pulled.
    with db.engine.connect() as conn:
        devices = conn.exec_driver_sql("SELECT login, last_pull_version FROM sync_device").all()
        newest = conn.exec_driver_sql("SELECT max(server_version) FROM missions").scalar()
    assert ("olga", newest) in [tuple(d) for d in devices]
