"""Backups, restore, doctor, privacy, unclean-shutdown check and the audit trail."""

import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from missionplanner.cli import main
from missionplanner.model import AuditEntry
from missionplanner.services import missions, people
from missionplanner.services.safety import (
    RestoreError,
    backup_now,
    begin_session,
    end_session,
    restore,
    run_doctor,
)
from missionplanner.services.search import search
from missionplanner.store import open_database
from missionplanner.store.backup import automatic_backups, backup_if_due, rotate, take_automatic_backup

# The SQLite file itself: its backups, restore and checks (not run on PostgreSQL).
pytestmark = pytest.mark.sqlite_file


def _integrity(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


WRITER = textwrap.dedent("""
    import sys
    from missionplanner.store import open_database
    from missionplanner.services import people
    db = open_database(sys.argv[1], auto_backup=False)
    for i in range(150):
        people.create_person(db, family_name=f"writer-{i}")
""")


def test_backup_while_another_process_writes(tmp_path):
    path = tmp_path / "live.sqlite"
    db = open_database(path)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)])
    copies = []
    while writer.poll() is None and len(copies) < 8:
        copies.append(backup_now(db, tmp_path / f"copy-{len(copies)}.sqlite"))
    assert writer.wait(timeout=120) == 0
    copies.append(backup_now(db, tmp_path / "final.sqlite"))
    for c in copies:
        assert _integrity(c) == "ok"
    final = open_database(copies[-1], auto_backup=False)
    assert len(people.list_people(final)) == 150


def test_rotation_keeps_daily_weekly_monthly(db):
    now = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)
    for days in range(0, 400, 1):
        take_automatic_backup(db, "daily", now - timedelta(days=days))
    kept = [when for when, _ in automatic_backups(db)]
    assert kept[0] == now
    assert len(kept) <= 7 + 4 + 6
    # The last seven days are all there, and something from about six months ago survives.
    assert {(now - k).days for k in kept} >= set(range(7))
    assert max((now - k).days for k in kept) >= 150
    assert rotate(db, now=now) == []


def test_daily_backup_only_when_the_last_is_old(db):
    now = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)
    assert backup_if_due(db, now=now) is not None
    assert backup_if_due(db, now=now + timedelta(hours=5)) is None
    assert backup_if_due(db, now=now + timedelta(days=1, hours=1)) is not None


def test_opening_an_existing_database_takes_the_daily_backup(tmp_path):
    path = tmp_path / "mp.sqlite"
    open_database(path).dispose()
    assert not (tmp_path / "backups").exists()  # a brand-new file has nothing to protect
    db = open_database(path)
    assert len(automatic_backups(db)) == 1


def test_restore_a_good_backup_and_keep_the_replaced_data(demo_db, tmp_path):
    copy = backup_now(demo_db, tmp_path / "good.sqlite")
    mid = missions.mission_id_of(demo_db, "official-mission-japan-2017")
    missions.delete_mission(demo_db, mid)
    result = restore(demo_db, copy)
    assert missions.mission_id_of(demo_db, "official-mission-japan-2017") == mid
    saved = open_database(result["previous_saved_to"], auto_backup=False)
    assert len(missions.list_missions(saved)) == 2


def test_restore_refuses_corrupt_foreign_and_newer_files(demo_db, tmp_path):
    before = missions.list_missions(demo_db)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello")
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("create table recipes (name text)")
    conn.commit()
    conn.close()
    corrupt = tmp_path / "corrupt.sqlite"
    good = backup_now(demo_db, tmp_path / "for-corruption.sqlite")
    data = bytearray(good.read_bytes())
    data[4096 * 2: 4096 * 6] = b"\xff" * (4096 * 4)
    corrupt.write_bytes(bytes(data))
    newer = backup_now(demo_db, tmp_path / "newer.sqlite")
    conn = sqlite3.connect(newer)
    conn.execute("update alembic_version set version_num = '9999_future'")
    conn.commit()
    conn.close()
    for path, reason in ((text_file, "not an SQLite file"), (foreign, "not a Mission Planner database"),
                         (corrupt, "integrity|damaged"), (newer, "newer version"),
                         (tmp_path / "missing.sqlite", "no such file")):
        with pytest.raises(RestoreError, match=reason):
            restore(demo_db, path)
    assert missions.list_missions(demo_db) == before


def test_doctor_repairs_a_damaged_database(demo_db):
    path = demo_db.path
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO participations (id, meeting_id, person_id, side, position, created_at, "
                 "updated_at, version) VALUES ('orphan', 'no-such-meeting', 'no-such-person', "
                 "'counterpart', 0, '2017-01-01', '2017-01-01', 1)")
    conn.execute("UPDATE meetings SET \"end\" = start WHERE title LIKE 'Visit to the Brussels Beer%'")
    conn.execute("DELETE FROM search_entries")
    conn.commit()
    conn.close()
    assert search(demo_db, "aichi") == []
    report = run_doctor(demo_db)
    assert report["integrity"] == []
    assert report["orphans_found"] == 1 and report["orphans_removed"] == 1
    assert any("Brussels Beer Project" in p and "ends before it starts" in p for p in report["problems"])
    assert search(demo_db, "aichi")
    assert run_doctor(demo_db)["orphans_found"] == 0


def test_doctor_cli_exit_codes(tmp_path, capsys):
    path = str(tmp_path / "d.sqlite")
    main(["--db", path, "demo"])
    assert main(["--db", path, "doctor"]) == 0
    assert "No problems left" in capsys.readouterr().out


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_and_backups_are_private(db, tmp_path):
    assert oct(db.path.stat().st_mode & 0o777) == "0o600"
    assert oct(backup_now(db).stat().st_mode & 0o777) == "0o600"
    assert oct(backup_now(db, tmp_path / "x.sqlite").stat().st_mode & 0o777) == "0o600"


def test_quick_check_after_an_unclean_shutdown(db):
    assert begin_session(db) is None  # first start
    end_session(db)
    assert begin_session(db) is None  # clean shutdown before
    # No end_session: the app was killed.
    assert begin_session(db) == []


def test_audit_trail_for_create_update_delete(db):
    pid = people.create_person(db, family_name="Ohmura")
    people.update_person(db, pid, 1, given_name="Hideaki")
    people.delete_person(db, pid)
    with db.read() as s:
        rows = [(e.action, e.changes) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == pid).order_by(AuditEntry.at))]
    assert [r[0] for r in rows] == ["create", "update", "delete"]
    assert rows[1][1] == {"given_name": ["", "Hideaki"]}
    assert rows[2][1]["family_name"] == "Ohmura"


def test_record_history_reads_field_by_field(db, mission_id):
    from missionplanner.services.history import record_history

    missions.update_mission(db, mission_id, None, title="Mission officielle au Japon")
    entries = record_history(db, mission_id, "Asia/Tokyo")
    assert [e["action"] for e in entries] == ["create", "update"]
    assert entries[1]["fields"] == [("title", "Test mission", "Mission officielle au Japon")]
    assert entries[1]["user"] == db.user
    created = dict((field, after) for field, _before, after in entries[0]["fields"])
    assert created["title"] == "Test mission" and "id" not in created and "version" not in created
    assert entries[0]["at"].endswith("+09:00")  # when, in the reader's zone


def test_the_command_line_opens_no_network_connection(tmp_path, monkeypatch, capsys):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    path = str(tmp_path / "offline.sqlite")
    for argv in (["demo"], ["missions", "--json"], ["show", "official-mission-japan-2017", "--json"],
                 ["search", "愛知"], ["followups", "--overdue"], ["backup"], ["doctor"]):
        assert main(["--db", path, *argv]) == 0


def test_restore_migrates_a_backup_from_an_older_schema(demo_db, tmp_path):
    from alembic import command

    from missionplanner.store.migrate import HEAD, _alembic_config, current_revision

    old = backup_now(demo_db, tmp_path / "old-schema.sqlite")
    old_db = open_database(old, migrate=False, auto_backup=False)
    with old_db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "-1")  # as a copy made before the last migration
    assert current_revision(old_db) != HEAD
    old_db.dispose()
    missions.delete_mission(demo_db, missions.mission_id_of(demo_db, "economic-mission-korea-2017"))
    result = restore(demo_db, old)
    assert result["schema_was"] != HEAD
    assert current_revision(demo_db) == HEAD
    assert len(missions.list_missions(demo_db)) == 3
    detail = missions.mission_detail(demo_db, "official-mission-japan-2017")
    assert all("requested_by" in m for m in detail["meetings"])
