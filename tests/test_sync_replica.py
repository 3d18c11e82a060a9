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
    assert _sync(capsys, anne) == {"pulled": 0, "pushed": 1, "conflicts": 0}  # its own edit is not pulled back
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
    assert _sync(capsys, bart) == {"pulled": 0, "pushed": 1, "conflicts": 0}
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


def test_two_laptops_that_made_the_same_mission_name_offline_both_keep_theirs_told_apart(server, laptops, capsys):
    db, office, _ = server
    anne, bart = laptops
    made = {}
    for path in (anne, bart):  # the same title offline: the same slug on each laptop
        planner = _planner(path)
        try:
            made[path] = planner.missions.create(title="Osaka Expo visit", start="2025-05-05", end="2025-05-09")
            slug = planner.missions.detail(made[path])["slug"]
        finally:
            planner.close()
    assert _sync(capsys, anne)["pushed"] >= 1
    assert _sync(capsys, bart)["pushed"] >= 1   # refused before: the slug was taken on the server
    on_server = {m["id"]: m["slug"] for m in office.missions.list() if m["title"] == "Osaka Expo visit"}
    assert on_server[made[anne]] == slug                       # the first to arrive keeps the name
    assert on_server[made[bart]] == f"{slug}-{made[bart][:4]}"  # the second is told apart, not lost
    _sync(capsys, anne)
    for path in (anne, bart):  # each laptop holds both, with the server's names
        planner = _planner(path)
        try:
            here = {m["id"]: m["slug"] for m in planner.missions.list() if m["title"] == "Osaka Expo visit"}
        finally:
            planner.close()
        assert here == on_server, path


def test_a_name_taken_on_the_server_between_pull_and_push_is_told_apart_at_the_push(server, laptops, capsys):
    """The other laptop's mission reaches the server after this laptop's pull and before its push."""
    from missionplanner.services.sync import engine as sync_engine
    from missionplanner.store import replica

    db, office, _ = server
    anne, bart = laptops
    planner = _planner(bart)
    try:
        mine = planner.missions.create(title="Nagoya trade fair", start="2025-10-01", end="2025-10-03")
        slug = planner.missions.detail(mine)["slug"]
    finally:
        planner.close()
    theirs = office.missions.create(title="Nagoya trade fair", start="2025-10-01", end="2025-10-03")
    bart_db = _planner(bart)
    try:
        with bart_db.db.engine.connect() as lc:
            state = replica.state(lc)
        server = sync_engine.server_engine(state["server_url"])
        try:
            with server.connect() as sc:
                names = sync_engine.synced_tables(sc)
            assert sync_engine._push(bart_db.db, server, names, state["device_id"]) == (1, 0)
        finally:
            server.dispose()
        assert bart_db.missions.detail(mine)["slug"] == f"{slug}-{mine[:4]}"  # the server's name, here too
    finally:
        bart_db.close()
    assert office.missions.detail(theirs)["slug"] == slug
    assert office.missions.detail(mine)["slug"] == f"{slug}-{mine[:4]}"
    assert _sync(capsys, bart)["conflicts"] == 0


def _parties(planner, agreement) -> set[str]:
    row = next(a for a in planner.agreements.list() if a["id"] == agreement)
    return {p["name"] for p in row["parties"]}, {p["name"] for p in row.get("signatories") or []}


def test_an_agreements_parties_and_signatories_travel_with_it_both_ways(server, laptops, capsys):
    db, office, _ = server
    anne, bart = laptops
    aichi = office.organizations.create(name="Aichi Prefecture")
    region = office.organizations.create(name="Brussels-Capital Region")
    governor = office.people.create(given_name="Hideaki", family_name="Ohmura")
    agreement = office.agreements.create(title="Friendship agreement", parties=[aichi])
    for path in (anne, bart):
        _sync(capsys, path)
    planner = _planner(anne)  # offline: a party and a signatory added, nothing else
    try:
        planner.agreements.update(agreement, parties=[aichi, region], signatories=[governor])
    finally:
        planner.close()
    assert _sync(capsys, anne)["pushed"] >= 1
    both = {"Aichi Prefecture", "Brussels-Capital Region"}
    assert _parties(office, agreement) == (both, {"Hideaki Ohmura"})
    _sync(capsys, bart)
    planner = _planner(bart)
    try:
        assert _parties(planner, agreement) == (both, {"Hideaki Ohmura"})
    finally:
        planner.close()
    office.agreements.update(agreement, parties=[region], signatories=[])  # at the office
    _sync(capsys, anne)
    planner = _planner(anne)
    try:
        assert _parties(planner, agreement) == ({"Brussels-Capital Region"}, set())
    finally:
        planner.close()


def test_keeping_theirs_in_a_conflict_keeps_my_edit_of_another_field(server, laptops, capsys):
    db, office, mission = server
    anne, bart = laptops
    _edit(anne, mission, title="Anne's title", objectives="Anne's objectives")
    _edit(bart, mission, title="Bart's title")
    _sync(capsys, bart)
    assert _sync(capsys, anne)["conflicts"] == 1  # the title; the objectives merged
    code, out, _ = _run(capsys, "--db", str(anne), "conflicts", "--json")
    (conflict,) = json.loads(out)
    assert conflict["fields"] == ["title"]
    code, out, err = _run(capsys, "--db", str(anne), "resolve", str(conflict["id"]), "--theirs")
    assert code == 0, err
    _sync(capsys, anne)
    seen = _mission(office, mission)
    assert (seen["title"], seen["objectives"]) == ("Bart's title", "Anne's objectives")


def test_join_takes_the_servers_search_rows_when_they_are_folded_alike(server, tmp_path, capsys):
    from sqlalchemy import select

    from missionplanner.model import SearchEntry
    from missionplanner.store import search_index

    db, office, _mission = server
    ohmura = office.people.create(given_name="Hideaki", family_name="Ohmura", native_name="大村秀章")
    office.search.query("aichi")  # the server's first search stamps its index with the folding version
    with db.engine.connect() as conn:
        assert search_index.stored_version(conn) == search_index.FOLD_VERSION
        on_server = {r.entity_id: tuple(r) for r in conn.execute(select(SearchEntry.__table__))}
    path = tmp_path / "carla.sqlite"
    code, _out, err = _run(capsys, "--db", str(path), "join", db.url)
    assert code == 0, err
    planner = _planner(path)
    try:
        with planner.db.engine.connect() as conn:
            here = {r.entity_id: tuple(r) for r in conn.execute(select(SearchEntry.__table__))}
            assert search_index.is_current(conn)
        assert here == on_server
        assert ohmura in {h["id"] for h in planner.search.query("Omura")}  # the readings came along
    finally:
        planner.close()


def test_a_merged_value_is_written_only_for_the_fields_in_conflict(server, laptops, capsys):
    db, office, mission = server
    anne, _bart = laptops
    _edit(anne, mission, objectives="Trade")
    office.missions.update(mission, objectives="Investment")
    assert _sync(capsys, anne)["conflicts"] == 1
    planner = _planner(anne)
    try:
        (conflict,) = planner.sync.conflicts()
        with pytest.raises(ValidationError) as refused:
            planner.sync.resolve_merged(conflict["id"], {"title": "Something else"})
        assert refused.value.code == "sync.merge-fields" and "objectives" in str(refused.value)
        assert planner.sync.resolve_merged(conflict["id"], {"objectives": "Trade and investment"})["kept"] == "merged"
        assert planner.sync.conflicts() == []
    finally:
        planner.close()
    _sync(capsys, anne)
    assert _mission(office, mission)["objectives"] == "Trade and investment"
