"""Issue 13: a safety path that cannot lose the last good copy (findings 1, 2, 3, 5, 12, 13).

Each test is named after the finding it guards and checks what a user would find: which files are
there afterwards, what the command said, what the data holds.
"""

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.services import missions, people
from missionplanner.services.demo import demo_documents
from missionplanner.services.safety import RestoreError, backup_now, restore, run_doctor
from missionplanner.store import open_database
from missionplanner.store.backup import (
    DamagedDatabaseError,
    automatic_backups,
    backup_dir,
    backup_if_due,
    leftovers,
    take_automatic_backup,
)

# The SQLite file itself: its backups, restore and checks (not run on PostgreSQL).
pytestmark = pytest.mark.sqlite_file

MP = [sys.executable, "-m", "missionplanner"]
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and signals")


def _cli(db_path, *argv, **kwargs):
    return subprocess.run([*MP, "--db", str(db_path), *argv], capture_output=True, text=True,
                          timeout=300, **kwargs)


def _one_line_error(result) -> str:
    """The contract for a refusal: exit 2, one line on stderr, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _temp_files(*folders) -> list[Path]:
    found = []
    for folder in folders:
        folder = Path(folder)
        if folder.is_dir():
            found += [p for p in folder.iterdir() if ".part" in p.name or p.name.startswith(".staging")]
    return found


def _corrupt(path: Path, first_page: int = 2, pages: int = 6) -> None:
    """Page-level damage: whole pages overwritten, the header left intact."""
    data = bytearray(path.read_bytes())
    data[4096 * first_page: 4096 * (first_page + pages)] = b"\xff" * (4096 * pages)
    path.write_bytes(bytes(data))


def _titles(db) -> set[str]:
    return {m["title"] for m in missions.list_missions(db)}


def _add_trigger(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


# Finding 1: two restores (or two backups) on one day destroyed the safety copy -----------------------

def test_finding_1_two_restores_on_one_day_keep_every_safety_copy(demo_db, tmp_path):
    good = backup_now(demo_db, tmp_path / "good.sqlite")
    before = _titles(demo_db)
    people.create_person(demo_db, family_name="Added after the backup")
    first = restore(demo_db, good)
    people.create_person(demo_db, family_name="Added after the first restore")
    second = restore(demo_db, good)
    # Every copy the restores named is still there, and holds what it replaced.
    for result, name in ((first, "Added after the backup"), (second, "Added after the first restore")):
        saved = Path(result["previous_saved_to"])
        assert saved.is_file(), saved
        copy = open_database(saved, auto_backup=False)
        try:
            assert any(p["name"].endswith(name) or name in p["name"] for p in people.list_people(copy))
        finally:
            copy.dispose()
    assert first["previous_saved_to"] != second["previous_saved_to"]
    assert _titles(demo_db) == before


def test_finding_1_two_backup_commands_on_one_day_keep_both_copies(tmp_path):
    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    made = []
    for _ in range(2):
        result = _cli(path, "backup")
        assert result.returncode == 0, result.stderr
        made.append(Path(result.stdout.strip().removeprefix("backup written to ")))
    assert made[0] != made[1] and all(p.is_file() for p in made)


def test_finding_1_rotation_deletes_only_daily_copies(db):
    now = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)
    kept = [take_automatic_backup(db, reason, now - timedelta(days=300, minutes=i))
            for i, reason in enumerate(["manual", "before-restore", "manual", "before-restore"])]
    for days in range(0, 400, 3):
        take_automatic_backup(db, "daily", now - timedelta(days=days))
    take_automatic_backup(db, "before-restore", now)
    assert all(p.is_file() for p in kept)  # a year of daily rotation later, none of them went
    daily = [p for _, p in automatic_backups(db) if p.name.endswith("_daily.sqlite")]
    assert len(daily) <= 7 + 4 + 6


def test_finding_1_the_restore_message_names_a_file_that_exists(tmp_path):
    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    good = tmp_path / "good.sqlite"
    assert _cli(path, "backup", "-o", str(good)).returncode == 0
    named = []
    for _ in range(2):
        result = _cli(path, "restore", str(good))
        assert result.returncode == 0, result.stderr
        named.append(Path(result.stdout.strip().rsplit(" saved in ", 1)[1]))
    assert all(p.is_file() for p in named) and named[0] != named[1]


# Finding 2: restore brought back an older state (its -wal ignored); the CLI left a -wal ---------------

def test_finding_2_restore_includes_what_is_only_in_the_backups_wal(demo_db, tmp_path):
    source = tmp_path / "source.sqlite"
    backup_now(demo_db, source)
    live = open_database(source, auto_backup=False)
    holder = sqlite3.connect(source)  # keeps the -wal from being folded in when `live` closes
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("SELECT count(*) FROM people").fetchone()
    people.create_person(live, family_name="Newest commit")
    live.dispose()
    # What a user copies from a folder where a program still had the file open: both files.
    candidate = tmp_path / "candidate" / "mp.sqlite"
    candidate.parent.mkdir()
    shutil.copyfile(source, candidate)
    shutil.copyfile(f"{source}-wal", f"{candidate}-wal")
    holder.close()
    assert Path(f"{candidate}-wal").stat().st_size > 0
    restore(demo_db, candidate)
    assert any(p["name"].endswith("Newest commit") or "Newest commit" in p["name"]
               for p in people.list_people(demo_db))


def test_finding_2_after_a_cli_write_the_sqlite_file_alone_holds_the_newest_commit(tmp_path):
    path = tmp_path / "mp.sqlite"
    assert _cli(path, "demo").returncode == 0
    doc = dict(demo_documents())["2-official-mission-japan-2017.json"]
    doc["mission"]["slug"] = "copied-to-usb"
    doc["mission"]["title"] = "Mission copied to a USB key"
    mission_file = tmp_path / "mission.json"
    mission_file.write_text(json.dumps(doc), encoding="utf-8")
    result = _cli(path, "import", str(mission_file))
    assert result.returncode == 0, result.stderr
    usb = tmp_path / "usb"
    usb.mkdir()
    shutil.copyfile(path, usb / "mp.sqlite")  # the .sqlite alone, as the README suggests
    copy = open_database(usb / "mp.sqlite", auto_backup=False)
    try:
        assert "Mission copied to a USB key" in _titles(copy)
    finally:
        copy.dispose()


# Finding 3: restore accepted foreign triggers, views, tables and wrong columns; doctor saw nothing ----

def test_finding_3_restore_refuses_a_foreign_trigger_and_the_followups_survive(demo_db, tmp_path):
    hostile = backup_now(demo_db, tmp_path / "hostile.sqlite")
    _add_trigger(hostile, "CREATE TRIGGER wipe_followups AFTER INSERT ON missions "
                          "BEGIN DELETE FROM followups; END")
    with demo_db.engine.connect() as conn:
        followups = conn.exec_driver_sql("SELECT count(*) FROM followups").scalar()
    assert followups > 0
    with pytest.raises(RestoreError, match="foreign trigger wipe_followups"):
        restore(demo_db, hostile)
    doc = dict(demo_documents())["2-official-mission-japan-2017.json"]
    doc["mission"]["slug"], doc["mission"]["title"] = "after-refusal", "After the refusal"
    from missionplanner.services.missionfile import import_document

    import_document(demo_db, doc)
    with demo_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM followups").scalar() >= followups
    assert not list(backup_dir(demo_db).glob("before-restore-*"))  # refused before saving anything


@pytest.mark.parametrize("change, reason", [
    ("CREATE VIEW everything AS SELECT * FROM people", "foreign view everything"),
    ("CREATE TABLE notes (x)", "foreign table notes"),
    ("CREATE INDEX ix_sneaky ON people (email)", "foreign index ix_sneaky"),
    ("ALTER TABLE meetings ADD COLUMN payload TEXT", "table meetings: foreign column payload"),
])
def test_finding_3_restore_refuses_foreign_views_tables_indexes_and_columns(demo_db, tmp_path, change,
                                                                             reason):
    bad = backup_now(demo_db, tmp_path / "bad.sqlite")
    _add_trigger(bad, change)
    before = _titles(demo_db)
    with pytest.raises(RestoreError, match=reason):
        restore(demo_db, bad)
    assert _titles(demo_db) == before


def test_finding_3_restore_refuses_right_tables_with_wrong_columns(demo_db, tmp_path):
    bad = backup_now(demo_db, tmp_path / "wrong-columns.sqlite")
    conn = sqlite3.connect(bad)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("ALTER TABLE legs DROP COLUMN hotel")
    conn.commit()
    conn.close()
    result = _cli(demo_db.path, "restore", str(bad))
    line = _one_line_error(result)
    assert "table legs: missing column hotel" in line
    assert len(missions.list_missions(demo_db)) == 3


def test_finding_3_doctor_reports_foreign_objects(tmp_path):
    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    _add_trigger(path, "CREATE TRIGGER wipe_followups AFTER INSERT ON missions "
                       "BEGIN DELETE FROM followups; END")
    result = _cli(path, "doctor")
    assert result.returncode == 1, result.stderr
    assert "foreign trigger wipe_followups" in result.stdout
    db = open_database(path, auto_backup=False)
    try:
        assert any("wipe_followups" in p for p in run_doctor(db)["problems"])
    finally:
        db.dispose()


def test_finding_3_doctor_reports_wrong_columns_instead_of_crashing(tmp_path):
    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE meetings DROP COLUMN venue")
    conn.commit()
    conn.close()
    result = _cli(path, "doctor")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "table meetings: missing column venue" in result.stdout
    shown = _cli(path, "show", "official-mission-japan-2017")
    assert "venue" in _one_line_error(shown)  # a command on that file: one line, not a traceback


# Finding 5: a damaged database was backed up as if good; tracebacks; a 0-byte file taken for new ------

@pytest.fixture
def damaged(tmp_path):
    """A demo database with page-level damage, a good manual backup of it taken before, and no daily
    copy yet (so opening it would take one)."""
    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    good = Path(_cli(path, "backup").stdout.strip().removeprefix("backup written to "))
    for _, p in automatic_backups(type("D", (), {"path": path})()):
        p.unlink()
    _corrupt(path)
    return path, good


def test_finding_5_every_command_refuses_a_damaged_database_in_one_line(damaged, tmp_path):
    path, good = damaged
    before = sorted(p.name for p in backup_dir(type("D", (), {"path": path})()).iterdir())
    for argv in (["missions"], ["show", "official-mission-japan-2017"], ["search", "aichi"],
                 ["backup"], ["backup", "-o", str(tmp_path / "out.sqlite")],
                 ["export", "official-mission-japan-2017", "-o", str(tmp_path / "out.json")]):
        result = _cli(path, *argv)
        line = _one_line_error(result)
        assert "damaged" in line and str(good) in line, (argv, line)  # the way out, by path
    after = sorted(p.name for p in (path.parent / "backups").iterdir())
    assert after == before  # no copy of the damaged file joined the backups
    assert not (tmp_path / "out.sqlite").exists() and not (tmp_path / "out.json").exists()
    assert _temp_files(path.parent, path.parent / "backups") == []


def test_finding_5_no_change_is_written_to_a_damaged_file_even_after_the_days_backup(tmp_path):
    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    assert _cli(path, "missions").returncode == 0  # today's backup taken: the next opens take none
    daily = list((tmp_path / "backups").glob("auto-*_daily.sqlite"))
    assert len(daily) == 1
    _corrupt(path)
    damaged_bytes = path.read_bytes()
    doc = dict(demo_documents())["2-official-mission-japan-2017.json"]
    doc["mission"]["slug"], doc["mission"]["title"] = "on-damage", "Written on a damaged file"
    mission_file = tmp_path / "mission.json"
    mission_file.write_text(json.dumps(doc), encoding="utf-8")
    line = _one_line_error(_cli(path, "import", str(mission_file)))
    assert "damaged" in line and str(daily[0]) in line
    assert path.read_bytes() == damaged_bytes


def test_finding_5_doctor_reports_damage_without_a_traceback(damaged):
    path, good = damaged
    result = _cli(path, "doctor")
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr
    assert "damaged" in result.stdout + result.stderr and str(good) in result.stdout + result.stderr


def test_finding_5_restore_brings_back_a_damaged_database(damaged):
    path, good = damaged
    result = _cli(path, "restore", str(good))
    assert result.returncode == 0, result.stderr
    saved = Path(result.stdout.strip().rsplit(" saved in ", 1)[1])
    assert saved.is_file()  # the damaged data is kept too: it is still the user's
    assert _cli(path, "missions").returncode == 0
    assert _cli(path, "doctor").returncode == 0


def test_finding_5_restore_repairs_a_database_whose_first_page_is_damaged(damaged, tmp_path):
    path, good = damaged
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\0" * 3996  # the schema's own page: SQLite cannot even read the table list
    path.write_bytes(bytes(data))
    assert "damaged" in _one_line_error(_cli(path, "missions"))
    result = _cli(path, "restore", str(good))
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip().rsplit(" saved in ", 1)[1]).read_bytes()[100:4096] == b"\0" * 3996
    listing = _cli(path, "missions", "--json")
    assert listing.returncode == 0 and len(json.loads(listing.stdout)) == 3


def test_finding_5_restore_never_replaces_a_file_that_is_not_a_database(tmp_path):
    good = tmp_path / "good.sqlite"
    assert main(["--db", str(tmp_path / "mp.sqlite"), "demo"]) == 0
    assert main(["--db", str(tmp_path / "mp.sqlite"), "backup", "-o", str(good)]) == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("the minister's speech, draft 3\n")
    assert "not an SQLite file" in _one_line_error(_cli(notes, "restore", str(good)))
    assert notes.read_text() == "the minister's speech, draft 3\n"


def test_finding_5_a_copy_that_fails_the_check_is_not_kept(tmp_path):
    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    db = open_database(path, auto_backup=False)
    now = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)
    for days in range(10):  # a good rotation of ten days
        take_automatic_backup(db, "daily", now - timedelta(days=days + 1))
    good = [p for _, p in automatic_backups(db)]
    db.dispose()
    _corrupt(path)  # under the open handle: opening it now would be refused at once
    try:
        for day in range(10):  # ten more days of opening a damaged file
            with pytest.raises(DamagedDatabaseError):
                backup_if_due(db, now=now + timedelta(days=day))
    finally:
        db.dispose()
    assert [p for _, p in automatic_backups(db)] == good  # nothing pushed out, nothing added
    assert leftovers(backup_dir(db)) == []


def test_finding_5_an_empty_or_foreign_file_is_refused_not_initialised(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    notes = tmp_path / "notes.sqlite"
    notes.write_text("minutes of the meeting\n" * 50)
    for path, reason in ((empty, "empty file"), (notes, "not an SQLite file")):
        content = path.read_bytes()
        for argv in (["missions"], ["demo"], ["doctor"]):
            assert reason in _one_line_error(_cli(path, *argv))
        assert path.read_bytes() == content
        assert not (tmp_path / "backups").exists()


def test_finding_5_a_missing_file_is_still_created(tmp_path):
    path = tmp_path / "new" / "mp.sqlite"
    result = _cli(path, "missions")
    assert result.returncode == 0, result.stderr
    assert path.stat().st_size > 0
    assert [p.name for p in path.parent.iterdir()] == ["mp.sqlite"]


def _page_of(path: Path, index: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    finally:
        conn.close()


def _overwrite_page(path: Path, page: int) -> None:
    """One page scribbled over, as a bad sector or a half-copied file leaves it; the file's size,
    and here its modification time, unchanged (only its change time moves)."""
    before = path.stat()
    with open(path, "r+b") as fh:
        fh.seek(4096 * (page - 1))
        fh.write(b"\x5a" * 4096)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """Verdicts of the quick check kept in this test's own cache folder (for its subprocesses too),
    not in the user's, which other runs share."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("MISSIONPLANNER_HOME", raising=False)


def test_finding_5_damage_in_pages_a_command_does_not_read_is_refused_at_open(tmp_path, own_cache):
    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    assert _cli(path, "missions").returncode == 0  # today's backup taken: no copy (and its check) due
    daily = next((tmp_path / "backups").glob("auto-*_daily.sqlite"))
    _overwrite_page(path, _page_of(path, "ix_audit_entries_at"))  # the history's index
    conn = sqlite3.connect(path)
    try:  # SQLite itself lists the missions from that file without a word
        assert conn.execute("SELECT count(*) FROM missions").fetchone()[0] == 3
    finally:
        conn.close()
    damaged_bytes = path.read_bytes()
    for argv in (["missions"], ["missions", "--json"], ["search", "aichi"]):
        line = _one_line_error(_cli(path, *argv))
        assert "damaged" in line and str(daily) in line, line  # the way out: the newest good backup
    assert path.read_bytes() == damaged_bytes
    assert _cli(path, "restore", str(daily)).returncode == 0
    assert _cli(path, "missions").returncode == 0


def test_an_unchanged_file_is_checked_once_and_a_changed_one_again(tmp_path, monkeypatch, own_cache):
    """SQLite's quick check reads the whole file (0.7 s for 0.9 GB): it runs again only when the
    file changed outside Mission Planner since it last passed."""
    from missionplanner.store import checked

    path = tmp_path / "mp.sqlite"
    checks = []
    real = checked.quick_check

    def counted(conn, progress=None):
        if Path(conn.execute("PRAGMA database_list").fetchone()[2]) == path:  # not a backup's copy
            checks.append(1)
        return real(conn, progress)

    monkeypatch.setattr(checked, "quick_check", counted)
    assert main(["--db", str(path), "demo"]) == 0  # created here, written here, closed: known sound
    for _ in range(3):
        assert main(["--db", str(path), "missions"]) == 0
    doc = dict(demo_documents())["2-official-mission-japan-2017.json"]
    doc["mission"]["slug"], doc["mission"]["title"] = "written-here", "Written here"
    mission_file = tmp_path / "mission.json"
    mission_file.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["--db", str(path), "import", str(mission_file)]) == 0
    assert main(["--db", str(path), "missions"]) == 0
    assert checks == []  # nothing but Mission Planner touched the file: never read whole again
    other = sqlite3.connect(path)  # another program writes into it
    other.execute("UPDATE missions SET title = title || ' (edited elsewhere)' WHERE slug = 'written-here'")
    other.commit()
    other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    other.close()
    assert main(["--db", str(path), "missions"]) == 0
    assert main(["--db", str(path), "missions"]) == 0
    assert checks == [1]  # checked once after the outside change, then known sound again

# Finding 12, database-open parts: full disk, newer schema, busy, read-only --------------------------

@posix_only
def test_finding_12_nearly_full_disk_reads_still_work_with_a_warning(tmp_path):
    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    size = path.stat().st_size

    def small_disk():  # writes past this size fail, as on a nearly full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size // 2, size // 2))

    result = _cli(path, "missions", preexec_fn=small_disk)
    assert result.returncode == 0, result.stderr
    assert "Official mission to Japan" in result.stdout
    assert "Traceback" not in result.stderr
    assert "daily backup could not be taken" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _temp_files(tmp_path, tmp_path / "backups") == []
    assert not list((tmp_path / "backups").glob("*.sqlite"))
    # A copy asked for on that disk: refused in one line, nothing half-written left.
    out = tmp_path / "out"
    out.mkdir()
    for argv in (["backup"], ["backup", "-o", str(out / "copy.sqlite")]):
        line = _one_line_error(_cli(path, *argv, preexec_fn=small_disk))
        assert "not enough space" in line
    assert list(out.iterdir()) == [] and _temp_files(tmp_path, tmp_path / "backups") == []


def test_finding_12_a_newer_schema_is_refused_and_not_copied(tmp_path):
    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    for argv in (["missions"], ["doctor"], ["backup"]):
        line = _one_line_error(_cli(path, *argv))
        assert "newer version" in line and "0099_from_the_future" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mp.sqlite"]  # no copy, no backups folder


def test_finding_12_a_busy_database_is_said_then_refused_in_one_line(tmp_path, monkeypatch, capsys):
    from missionplanner.store import database

    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    doc = dict(demo_documents())["2-official-mission-japan-2017.json"]
    doc["mission"]["slug"], doc["mission"]["title"] = "second-import", "Second import"
    mission_file = tmp_path / "mission.json"
    mission_file.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 1500)
    monkeypatch.setattr(database, "BUSY_NOTICE_MS", 200)
    other = sqlite3.connect(path, isolation_level=None)  # the first import, still writing
    other.execute("BEGIN IMMEDIATE")
    try:
        capsys.readouterr()
        assert main(["--db", str(path), "import", str(mission_file)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert len(err) == 2 and "busy" in err[0] and "waiting" in err[0]
    assert "stayed busy" in err[1] and "nothing was changed" in err[1]
    assert main(["--db", str(path), "import", str(mission_file)]) == 0  # once it is free, it works


HOLD_WRITE_LOCK = """
import sqlite3, sys, time

conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")  # what another program's long import holds
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


@pytest.mark.parametrize("held", [3, 14], ids=["released-in-time", "held-too-long"])
def test_finding_12_two_processes_the_second_waits_with_a_message_then_goes_on_or_says_why(tmp_path, held):
    """Another process holds the write lock while the command line imports: the import says at once
    that it waits, then either goes on when the lock is released (3 s), or, after the 10 s it waits
    (store.database.BUSY_TIMEOUT_MS), stops with one clear line and exit 2, nothing written."""
    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    assert _cli(path, "missions").returncode == 0  # the day's backup taken: the import only writes
    doc = dict(demo_documents())["2-official-mission-japan-2017.json"]
    doc["mission"]["slug"], doc["mission"]["title"] = "second-import", "Second import"
    mission_file = tmp_path / "mission.json"
    mission_file.write_text(json.dumps(doc), encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, str(path), str(held)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        result = _cli(path, "import", str(mission_file))
    finally:
        holder.wait(timeout=60)
    err = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert "busy" in err[0] and "waiting up to 10 s" in err[0], err
    listing = _cli(path, "missions", "--json")
    titles = {m["title"] for m in json.loads(listing.stdout)}
    if held < 10:
        assert result.returncode == 0 and len(err) == 1, result.stderr
        assert "Second import" in titles
    else:
        assert result.returncode == 2 and len(err) == 2, result.stderr
        assert "stayed busy for 10 s" in err[1] and "nothing was changed" in err[1]
        assert "Second import" not in titles


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder holding a demo database, mounted read-only (as a write-protected USB key)."""
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("needs mount")
    source = tmp_path / "rw"
    source.mkdir()
    assert main(["--db", str(source / "mp.sqlite"), "demo"]) == 0
    shutil.rmtree(source / "backups", ignore_errors=True)
    mounted = tmp_path / "ro"
    mounted.mkdir()
    if os.geteuid() == 0:
        done = subprocess.run(f"mount --bind '{source}' '{mounted}' && "
                              f"mount -o remount,ro,bind '{mounted}'", shell=True, capture_output=True)
        if done.returncode != 0:
            subprocess.run(["umount", "-l", str(mounted)], capture_output=True)
            pytest.skip("cannot mount read-only here")
        yield mounted
        subprocess.run(["umount", "-l", str(mounted)], capture_output=True)
    else:
        os.chmod(source / "mp.sqlite", 0o400)
        os.chmod(source, 0o500)
        yield source
        os.chmod(source, 0o700)


def test_finding_12_a_read_only_folder_reads_and_refuses_writes(read_only_folder, tmp_path):
    path = read_only_folder / "mp.sqlite"
    listing = _cli(path, "missions", "--json")
    assert listing.returncode == 0, listing.stderr
    assert len(json.loads(listing.stdout)) == 3
    assert _cli(path, "show", "official-mission-japan-2017").returncode == 0
    doc = dict(demo_documents())["2-official-mission-japan-2017.json"]
    doc["mission"]["slug"] = "ro-import"
    mission_file = tmp_path / "mission.json"
    mission_file.write_text(json.dumps(doc), encoding="utf-8")
    assert "read-only" in _one_line_error(_cli(path, "import", str(mission_file)))
    assert "read-only" in _one_line_error(_cli(path, "restore", str(path)))
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["mp.sqlite"]


# Finding 13: backups and their folder owner-only from the first byte --------------------------------

@posix_only
def test_finding_13_backups_are_owner_only_from_the_first_byte(tmp_path, monkeypatch):
    from missionplanner.store import backup as backup_module

    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    folder = tmp_path / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # as an earlier version left it
    modes = []
    original = backup_module.backup_into

    def watching(src, tmp, **kw):
        modes.append(os.stat(tmp).st_mode & 0o777)  # the file as it is when the data goes in
        return original(src, tmp, **kw)

    monkeypatch.setattr(backup_module, "backup_into", watching)
    db = open_database(path)
    try:
        copies = [backup_now(db), backup_now(db, tmp_path / "elsewhere.sqlite")]
    finally:
        db.dispose()
    assert modes and set(modes) == {0o600}
    assert os.stat(folder).st_mode & 0o777 == 0o700
    assert all(os.stat(p).st_mode & 0o777 == 0o600 for p in [*copies, *folder.iterdir()])


# Staging beside the database, leftovers removed --------------------------------------------------------

def test_restore_stages_beside_the_database_and_leaves_nothing(demo_db, tmp_path, monkeypatch):
    from missionplanner.services import safety

    good = backup_now(demo_db, tmp_path / "good.sqlite")
    staged_in = []
    original = safety.backup_into

    def watching(src, tmp, **kw):
        staged_in.append(Path(tmp).parent)
        return original(src, tmp, **kw)

    monkeypatch.setattr(safety, "backup_into", watching)
    restore(demo_db, good)
    assert staged_in == [backup_dir(demo_db)]  # the same disk as the database, not /tmp
    assert leftovers(backup_dir(demo_db)) == []


@posix_only
def test_leftovers_of_a_killed_run_go_on_the_next_open_but_not_a_live_ones(tmp_path):
    import fcntl

    path = tmp_path / "mp.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    dead = [folder / ".staging-killed.sqlite", folder / ".staging-killed.sqlite-wal",
            folder / ".auto-x_daily.sqlite.abcd.part", tmp_path / ".mp.sqlite.efgh.part"]
    for p in dead:
        p.write_bytes(b"x" * 100)
    live = folder / ".staging-live.sqlite"
    live.write_bytes(b"y")
    fd = os.open(live, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another process's restore, in progress
    try:
        assert _cli(path, "missions").returncode == 0
        assert not any(p.exists() for p in dead)
        assert live.exists()
    finally:
        os.close(fd)


# make stress, at its smallest -------------------------------------------------------------------------

def test_commands_killed_mid_way_leave_a_sound_database_and_nothing_behind(tmp_path):
    from bench.kill_harness import run_command_kills

    counts = run_command_kills(1, workdir=tmp_path, seed=3)
    assert counts["problems"] == []
    assert counts["kills"] + counts["completed"] == 4 and counts["reopened_fine"] == 4
    assert counts["inconsistent"] == counts["leftovers"] == counts["bad_db"] == counts["bad_backups"] == 0
