"""The cabinet's shared database on PostgreSQL (issue 19): a real server, started by the test session.

`make test` runs every test that stores data a second time on PostgreSQL (`make test-postgres`); the
tests here run in the first pass and make sure that server is real and the app's main paths work there.
"""

from __future__ import annotations

import json

from sqlalchemy import text

from missionplanner.cli import main
from missionplanner.services.demo import load_demo
from missionplanner.services.planner import Planner


def test_the_sessions_server_is_a_real_postgresql(postgres_db):
    with postgres_db.read() as s:
        version = s.execute(text("SHOW server_version_num")).scalar_one()
    assert postgres_db.engine.dialect.name == "postgresql" and int(version) >= 150000
    assert not postgres_db.is_sqlite and postgres_db.path is None


def test_the_demo_searches_and_checks_the_same_on_postgresql(postgres_db):
    load_demo(postgres_db)
    planner = Planner(postgres_db)
    titles = {hit["title"] for hit in planner.search.query("愛知")}
    assert any("愛知県" in t or "Aichi" in t for t in titles)
    assert [hit["title"] for hit in planner.search.query("cecile")] == ["Cécile Jodogne"]
    japan = planner.missions.detail("official-mission-japan-2017")
    assert {t["number"] for t in japan["travel"]} >= {"NH 232", "OZ 1085"}
    assert planner.checks.mission("official-mission-japan-2017").problems == []


def test_the_command_line_runs_on_a_postgresql_url(postgres_db, capsys):
    url = postgres_db.location
    assert url.startswith("postgresql+psycopg://")
    assert main(["--db", url, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "show", "--json", "official-mission-japan-2017"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["legs"][0]["timezone"] == "Asia/Tokyo"
    assert main(["--db", url, "check", "official-mission-japan-2017", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
