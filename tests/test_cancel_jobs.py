"""Long jobs stop when cancelled (issue 13, finding 9): backup, restore, the mission-file import, the
doctor and the crash check take a `progress` callback (the GUI passes its task's token, which raises
once the window closes); whenever it raises, nothing is half-written and the data is as before.

Each test cancels at every point the job offers, one run per point, and looks at what a user would
find afterwards: the files in the folders, the data in the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from missionplanner.services import missions, people
from missionplanner.services.demo import demo_documents
from missionplanner.services.missionfile import import_document
from missionplanner.services.safety import backup_now, begin_session, restore, run_doctor
from missionplanner.store import backup
from missionplanner.store.backup import backup_dir


class Stop(Exception):
    """What the GUI's token raises once its task was cancelled."""


def stop_at(n: int):
    """A progress callback that raises on its n-th call; `.calls` counts them."""
    def progress(*_args):
        progress.calls += 1
        if progress.calls >= n:
            raise Stop()
    progress.calls = 0
    return progress


def _files(*folders: Path) -> dict[str, list[str]]:
    return {str(f): sorted(p.name for p in f.iterdir()) if f.is_dir() else [] for f in folders}


def _state(db) -> tuple:
    return (sorted(m["title"] for m in missions.list_missions(db)),
            sorted(p["name"] for p in people.list_people(db)))


@pytest.fixture
def small_steps(monkeypatch):
    """Copies in steps of 8 pages: the demo database then takes a dozen steps, each a point to stop."""
    monkeypatch.setattr(backup, "STEP_PAGES", 8)


@pytest.mark.sqlite_file
def test_a_backup_cancelled_at_any_step_keeps_nothing(demo_db, tmp_path, small_steps):
    out = tmp_path / "out"
    out.mkdir()
    folders = (out, backup_dir(demo_db), demo_db.path.parent)
    before = _files(*folders)
    stopped = 0
    for n in range(1, 1000):
        progress = stop_at(n)
        try:
            backup_now(demo_db, out / "copy.sqlite", progress=progress)
        except Stop:
            stopped += 1
            assert _files(*folders) == before, n  # no copy, no temporary file beside it
            continue
        break
    assert stopped >= 10  # every step of the copy and of its check was a point to stop
    assert (out / "copy.sqlite").is_file()
    # A manual copy into the backups folder, stopped half-way: neither kept nor rotated.
    backup.private_folder(backup_dir(demo_db))
    before = _files(*folders)
    with pytest.raises(Stop):
        backup_now(demo_db, progress=stop_at(3))
    assert _files(*folders) == before


@pytest.mark.sqlite_file
def test_a_restore_cancelled_at_any_point_leaves_the_data_and_no_file(demo_db, tmp_path, small_steps):
    good = backup_now(demo_db, tmp_path / "good.sqlite")
    people.create_person(demo_db, family_name="Added after the backup")
    data = _state(demo_db)
    backup.private_folder(backup_dir(demo_db))
    folders = (backup_dir(demo_db), demo_db.path.parent)
    before = _files(*folders)
    stopped = 0
    for n in range(1, 1000):
        progress = stop_at(n)
        try:
            result = restore(demo_db, good, progress=progress)
        except Stop:
            stopped += 1
            assert _state(demo_db) == data, n
            assert _files(*folders) == before, n  # no staging copy, no before-restore copy
            continue
        break
    # Stopped while checking the backup, staging it, saving the current data and replacing it.
    assert stopped >= 30
    assert "Added after the backup" not in str(_state(demo_db))
    assert Path(result["previous_saved_to"]).is_file()


def test_a_cancelled_mission_file_import_writes_nothing(db):
    doc = dict(demo_documents())["2-official-mission-japan-2017.json"]
    data = _state(db)
    stopped = 0
    for n in range(1, 100):
        try:
            import_document(db, doc, progress=stop_at(n))
        except Stop:
            stopped += 1
            assert _state(db) == data
            continue
        break
    assert stopped >= 2  # before the meetings and after the last one, before the commit
    assert doc["mission"]["title"] in _state(db)[0]


@pytest.mark.sqlite_file
def test_the_doctor_and_the_crash_check_stop_when_cancelled(demo_db):
    with pytest.raises(Stop):
        run_doctor(demo_db, progress=stop_at(1))
    assert begin_session(demo_db) is None
    # No end_session: as after a crash, the next start runs the quick check, which can be stopped.
    with pytest.raises(Stop):
        begin_session(demo_db, progress=stop_at(1))
    assert begin_session(demo_db) == []
