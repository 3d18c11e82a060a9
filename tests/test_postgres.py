"""The cabinet's shared database on PostgreSQL (issue 19): a real server, started by the test session.

`make test` runs every test that stores data a second time on PostgreSQL (`make test-postgres`); the
tests here run in the first pass and make sure that server is real and the app's main paths work there.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from missionplanner.cli import main
from missionplanner.errors import MissionPlannerError
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


def _as(database, login: str) -> str:
    """The same database's URL, connecting as `login` (the test server trusts loopback logins)."""
    from sqlalchemy.engine import make_url

    return make_url(database.url).set(username=login).render_as_string(hide_password=False)


def test_server_init_creates_the_roles_once_and_add_user_prints_what_it_must_do(postgres, capsys):
    import psycopg

    name = postgres.create_database()  # empty: init migrates it
    url = postgres.url(name)
    # Roles belong to the whole server: an earlier test of the session may have made them already.
    with psycopg.connect(f"host=127.0.0.1 port={postgres.port} user=planner_test dbname=postgres") as conn:
        there = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'planner\\_%'")}
    assert main(["server", "init", url]) == 0
    out = capsys.readouterr().out
    for role in ("planner_reader", "planner_aide", "planner_admin"):
        assert f"{role} ({'already there' if role in there else 'created'})" in out, out
    assert "schema at revision" in out
    assert main(["server", "init", url]) == 0  # a rerun (an upgrade) changes nothing it need not
    assert "planner_admin (already there)" in capsys.readouterr().out
    assert main(["--db", url, "server", "add-user", "anne.aide", "--role", "aide"]) == 0
    out = capsys.readouterr().out
    assert "login anne.aide created in planner_aide" in out
    assert "ALTER ROLE \"anne.aide\" PASSWORD" in out and "scram-sha-256" in out and "CN=anne.aide" in out
    postgres.drop_database(name)


def test_a_reader_reads_and_prints_but_any_change_is_refused_and_nothing_is_written(postgres, capsys, tmp_path):
    from missionplanner.store import open_database

    name = postgres.create_database()
    url = postgres.url(name)
    assert main(["server", "init", url]) == 0
    assert main(["--db", url, "demo"]) == 0
    assert main(["--db", url, "server", "add-user", "minister", "--role", "reader"]) == 0
    assert main(["--db", url, "server", "add-user", "anne", "--role", "aide"]) == 0
    capsys.readouterr()
    reader = _as(open_database(url, migrate=False), "minister")
    assert main(["--db", reader, "show", "official-mission-japan-2017"]) == 0
    assert main(["--db", reader, "brief", "official-mission-japan-2017", "-o", str(tmp_path / "p.pdf")]) == 0
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    before = Planner(open_database(url, migrate=False)).missions.detail("official-mission-japan-2017")["version"]
    planner = Planner(open_database(reader, migrate=False))
    with pytest.raises(MissionPlannerError, match=r"minister may read .* but not change it"):
        planner.missions.create(title="Not allowed", start="2017-06-01", end="2017-06-02")
    after = Planner(open_database(url, migrate=False)).missions.detail("official-mission-japan-2017")
    assert after["version"] == before
    assert [m["title"] for m in Planner(open_database(url, migrate=False)).missions.list()
            if m["title"] == "Not allowed"] == []
    aide = Planner(open_database(_as(planner.db, "anne"), migrate=False))
    assert aide.missions.create(title="Allowed", start="2017-06-01", end="2017-06-02")
    postgres.drop_database(name)


def test_the_server_commands_refuse_a_sqlite_file_and_create_nothing(tmp_path, capsys):
    target = tmp_path / "laptop.sqlite"
    assert main(["server", "init", str(target)]) == 2
    assert "is not a PostgreSQL database" in capsys.readouterr().err and not target.exists()
    assert main(["--db", str(target), "server", "add-user", "anne", "--role", "aide"]) == 2
    assert not target.exists()


def test_the_audit_on_the_server_names_the_login_that_made_the_change(postgres, capsys):
    from missionplanner.store import open_database

    name = postgres.create_database()
    url = postgres.url(name)
    assert main(["server", "init", url]) == 0
    assert main(["--db", url, "server", "add-user", "anne", "--role", "aide"]) == 0
    capsys.readouterr()
    anne = open_database(_as(open_database(url, migrate=False), "anne"), migrate=False)
    mid = Planner(anne).missions.create(title="Seoul", start="2017-06-12", end="2017-06-16")
    with anne.read() as s:
        users = s.execute(text('SELECT DISTINCT "user" FROM audit_entries WHERE entity_id = :i'), {"i": mid}
                          ).scalars().all()
    assert users == ["anne"]
    anne.dispose()
    postgres.drop_database(name)


def test_search_on_postgresql_is_served_by_trigram_indexes_on_the_folded_text(postgres_db):
    from missionplanner.store.search_index import _like_hits

    load_demo(postgres_db)
    with postgres_db.read() as s:
        indexes = set(s.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'search_entries'"))
                      .scalars())
        assert {"ix_search_entries_title_trgm", "ix_search_entries_body_trgm"} <= indexes
        # The query the search runs (LIKE '%word%' on title and text), as PostgreSQL would plan it on a
        # table large enough that reading it whole costs more than the indexes.
        s.execute(text("SET LOCAL enable_seqscan = off"))
        stmt = text("EXPLAIN SELECT entity_id FROM search_entries WHERE title_folded LIKE :p ESCAPE '\\' "
                    "OR body_folded LIKE :p ESCAPE '\\'")
        plan = "\n".join(s.execute(stmt, {"p": "%jodogne%"}).scalars())
        assert "ix_search_entries_title_trgm" in plan and "ix_search_entries_body_trgm" in plan, plan
        assert [r.title for r in _like_hits(s, ["jodogne"], 10)] == ["Cécile Jodogne"]
    # And a word of two letters (no trigram) or in kanji still finds what it should.
    planner = Planner(postgres_db)
    assert any("愛知県" in hit["title"] for hit in planner.search.query("愛知"))


def test_backups_and_the_doctor_are_refused_on_the_server_with_a_sentence_saying_they_are_its_own(
        postgres_db, tmp_path):
    """The server's copies are IT's (pg_dump) and its checks PostgreSQL's: the doctor's are SQLite's
    (run there, they would call a sound server damaged)."""
    planner = Planner(postgres_db)
    assert not planner.safety.file_based and planner.safety.list_backups() == []
    for attempt in (lambda: planner.safety.backup_now(tmp_path / "copy.sqlite"),
                    lambda: planner.safety.restore(tmp_path / "copy.sqlite"), planner.safety.doctor):
        with pytest.raises(MissionPlannerError, match="a shared server is backed up and checked by its IT"):
            attempt()
    assert list(tmp_path.iterdir()) == []


def test_opening_and_quitting_on_the_server_have_no_file_session_to_keep(postgres_db):
    planner = Planner(postgres_db)
    assert planner.safety.begin_session() is None  # no unclean-shutdown marker: PostgreSQL recovers itself
    planner.safety.end_session()
    assert planner.safety.backup_if_due() is None
