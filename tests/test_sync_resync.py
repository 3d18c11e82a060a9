"""Tombstone expiry (SYNC.md, step 1): `server prune` deletes the tombstones every laptop has pulled
and forgets laptops idle too long; a forgotten laptop reads everything again at its next sync, so it
misses no delete, and keeps the edits it made offline."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from missionplanner.cli import main
from missionplanner.services.planner import Planner


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _sync(capsys, path) -> dict:
    code, out, err = _run(capsys, "--db", str(path), "sync", "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_laptop_away_past_the_tombstones_reads_everything_again_and_keeps_its_edits(postgres_db, tmp_path, capsys):
    office = Planner(postgres_db)
    kept = office.missions.create(title="Seoul", start="2017-06-12", end="2017-06-16")
    doomed = office.missions.create(title="Busan", start="2017-06-17", end="2017-06-18")
    laptops = {}
    for name in ("anne", "bart"):
        laptops[name] = tmp_path / f"{name}.sqlite"
        code, _out, err = _run(capsys, "--db", str(laptops[name]), "join", postgres_db.url)
        assert code == 0, err
    anne = Planner.open(str(laptops["anne"]))  # on a long trip, offline
    try:
        anne.missions.update(kept, title="Seoul, princely mission")
        made_offline = anne.missions.create(title="Incheon port visit", start="2017-06-15", end="2017-06-15")
    finally:
        anne.close()
    office.missions.delete(doomed)                      # a tombstone on the server
    office.missions.update(kept, objectives="Trade and investment")
    _sync(capsys, laptops["bart"])                      # bart pulled the tombstone
    with postgres_db.engine.begin() as conn:            # anne's laptop last seen four months ago
        conn.execute(text("UPDATE sync_device SET last_seen = now() - interval '120 days' "
                          "WHERE last_pull_version < (SELECT max(last_pull_version) FROM sync_device)"))
    code, out, err = _run(capsys, "--db", postgres_db.url, "server", "prune", "--idle-days", "90")
    assert code == 0, err
    assert out.startswith("1 tombstones deleted") and "1 laptops not seen for 90 days forgotten" in out
    with postgres_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_tombstone")).scalar() == 0

    assert _sync(capsys, laptops["anne"])["conflicts"] == 0
    anne = Planner.open(str(laptops["anne"]))
    try:
        titles = {m["id"]: m["title"] for m in anne.missions.list()}
        assert doomed not in titles                     # the delete it never saw as a tombstone
        detail = anne.missions.detail(kept)
        assert (detail["title"], detail["objectives"]) == ("Seoul, princely mission", "Trade and investment")
        assert titles[made_offline] == "Incheon port visit"
    finally:
        anne.close()
    assert office.missions.detail(kept)["title"] == "Seoul, princely mission"  # its edit went up
    assert office.missions.detail(made_offline)["title"] == "Incheon port visit"
    with postgres_db.engine.connect() as conn:          # and the server knows the laptop again
        assert conn.execute(text("SELECT count(*) FROM sync_device")).scalar() == 2


def test_prune_refuses_a_number_of_days_below_one(postgres_db, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--db", postgres_db.url, "server", "prune", "--idle-days", "0"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "--idle-days" in err and "from 1" in err
