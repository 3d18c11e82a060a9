"""store.quick_open and services.first_screen.first_screen: the first screen of missions read with
sqlite3 alone, only from a file whose schema is current (else the full open creates, migrates or
reports)."""

import sqlite3

import pytest

from missionplanner.services import first_screen, lists
from missionplanner.store import quick_open

# The SQLite file itself: read with sqlite3 alone (not run on PostgreSQL).
pytestmark = pytest.mark.sqlite_file


def test_a_current_database_gives_its_newest_missions_as_the_list_shows_them(demo_db):
    rows = first_screen.first_screen(demo_db.path)
    assert rows == lists.mission_rows(demo_db)  # the demo's three missions, newest first
    assert [r["start"] for r in rows] == sorted((r["start"] for r in rows), reverse=True)
    assert any(r["lead"] and r["lead"]["organization"] for r in rows)  # a lead with a post


def test_the_first_screen_stops_at_its_length(demo_db, monkeypatch):
    monkeypatch.setattr(first_screen, "FIRST_MISSIONS", 2)
    assert first_screen.first_screen(demo_db.path) == lists.mission_rows(demo_db)[:2]


def test_nothing_is_read_from_a_file_that_is_missing_old_foreign_or_not_sqlite(tmp_path, demo_db):
    missing = tmp_path / "missing.sqlite"
    assert first_screen.first_screen(missing) is None
    assert not missing.exists()  # never created here: the full open does that
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert quick_open.open_current(empty) is None
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database, just notes\n" * 100)
    assert first_screen.first_screen(text) is None
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE t (x)")
    assert first_screen.first_screen(other) is None  # no alembic_version: not ours
    assert quick_open.open_current("postgresql://planner@server/missions") is None
    with demo_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0002_older'")
    assert first_screen.first_screen(demo_db.path) is None  # to be migrated first

