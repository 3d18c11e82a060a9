import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from missionplanner.model import AuditEntry, Leg, Mission
from missionplanner.services import missions
from missionplanner.store import open_database
from missionplanner.store.migrate import HEAD, alembic_head, current_revision


def test_naive_datetime_is_refused_by_the_column(db, mission_id):
    with pytest.raises(Exception, match="naive datetime refused"):
        with db.write() as s:
            leg = s.scalars(select(Leg)).first()
            leg.arrive = datetime(2017, 6, 8, 9, 0)
            s.flush()


def test_instants_come_back_in_utc(db, mission_id):
    with db.read() as s:
        leg = s.scalars(select(Leg)).first()
        assert leg.arrive == datetime(2017, 6, 8, 0, 0, tzinfo=UTC)


def test_records_have_uuid_ids_stamps_and_versions(db, mission_id):
    with db.read() as s:
        m = s.get(Mission, mission_id)
        assert len(m.id) == 36 and m.id.count("-") == 4
        assert m.created_at.tzinfo is not None
        assert m.version == 1
    assert missions.update_mission(db, mission_id, 1, title="Renamed") == 2


def test_audit_trail_records_changes(db, mission_id):
    missions.update_mission(db, mission_id, None, title="Renamed")
    with db.read() as s:
        entries = [(e.action, e.changes, e.user) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == mission_id).order_by(AuditEntry.at))]
    assert [e[0] for e in entries] == ["create", "update"]
    assert entries[1][1]["title"] == ["Test mission", "Renamed"]
    assert entries[1][2] == db.user


def test_migrations_build_an_empty_file_to_head(tmp_path):
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    assert current_revision(db) == HEAD
    names = {r[0] for r in sqlite3.connect(path).execute("select name from sqlite_master where type='table'")}
    assert {"missions", "legs", "meetings", "people", "organizations", "followups", "agreements",
            "audit_entries", "search_entries", "participations", "affiliations"} <= names


def test_head_constant_matches_the_migration_scripts():
    # The fast start-up path trusts HEAD; a new migration must update it.
    assert HEAD == alembic_head()


def test_reopening_a_current_database_takes_no_backup(tmp_path):
    path = tmp_path / "db.sqlite"
    open_database(path).dispose()
    open_database(path).dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if "before" in p.name) == []


def test_migrating_an_old_database_takes_a_backup_first(tmp_path):
    path = tmp_path / "db.sqlite"
    db = open_database(path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0000_older'")
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    # An unversioned file with tables is backed up before Alembic touches it.
    with pytest.raises(OperationalError, match="already exists"):
        open_database(path)
    assert any("before-unversioned" in p.name for p in tmp_path.iterdir())


@pytest.mark.sqlite_file
def test_sqlite_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
