"""Background work owned by the application, and quitting that never hangs (issue 13 finding 9,
issue 14 items 2 and 3).

Every wait here is a `qtbot.waitUntil` (or a subprocess wait) whose timeout is the failure: a hang
fails the test instead of freezing the suite, and no wall-clock time is asserted beyond that."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import shiboken6

from missionplanner.services import safety
from missionplanner.ui import app as ui_app
from missionplanner.ui.tasks import Cancelled, TaskScope, runner

LONG_JOB_SECONDS = 15


class LongJob:
    """A job of 15 s that writes a file the safe way (a private temp file beside the target, then
    os.replace) and polls its cancel token through its progress callback every 10 ms."""

    def __init__(self, target: Path):
        self.target = target
        self.started = threading.Event()
        self.ended = threading.Event()
        self.outcome = None

    def __call__(self, progress):
        self.started.set()
        part = self.target.with_name(self.target.name + ".part")
        try:
            with open(part, "w", encoding="utf-8") as out:
                deadline = time.monotonic() + LONG_JOB_SECONDS
                while time.monotonic() < deadline:
                    out.write("half a document\n")
                    progress(1 - (deadline - time.monotonic()) / LONG_JOB_SECONDS)
                    time.sleep(0.01)
            os.replace(part, self.target)
            self.outcome = "finished"
        except Cancelled:
            part.unlink(missing_ok=True)
            self.outcome = "cancelled"
            raise
        finally:
            self.ended.set()


def _marker(db) -> Path:
    return Path(db.path).with_name(Path(db.path).name + ".open")


def test_jobs_run_off_the_gui_thread_and_deliver_on_it(qtbot, window):
    seen = []
    task = window.tasks.run(lambda: threading.current_thread() is threading.main_thread(),
                            on_done=lambda off: seen.append(
                                (off, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: task.ended, timeout=5000)
    assert seen == [(False, True)]


def test_a_job_cancelled_before_it_starts_fails_with_cancelled_unrun(qtbot, window):
    gate = threading.Event()
    first = window.tasks.run(gate.wait, 10)  # holds the one worker
    ran, failed = [], []
    second = window.tasks.run(lambda: ran.append(True), on_failed=failed.append)
    second.cancel()
    gate.set()
    qtbot.waitUntil(lambda: first.ended and second.ended, timeout=5000)
    assert ran == [] and len(failed) == 1 and isinstance(failed[0], Cancelled)


@pytest.mark.sqlite_file  # the session marker and the backups are the SQLite file's
def test_closing_during_a_long_job_cancels_it_quits_at_once_and_ends_the_session_after_it(
        qtbot, window, db, tmp_path, monkeypatch):
    safety.begin_session(db)
    marker = _marker(db)
    assert marker.exists()
    job = LongJob(tmp_path / "out" / "document.txt")
    job.target.parent.mkdir()
    order = []
    real_end = safety.end_session
    monkeypatch.setattr(safety, "end_session", lambda d: (order.append(
        ("session ended", job.ended.is_set())), real_end(d)))
    ui_app.end_session_when_closed(window)  # what ui.app.run does
    task = window.tasks.run(job, with_progress=True)
    qtbot.waitUntil(job.started.is_set, timeout=5000)

    window.close()
    # While the job winds down, the window says so (it is not frozen: the event loop runs).
    assert window.isVisible()
    assert window.statusBar().currentMessage() == "Finishing the work in progress…"
    qtbot.waitUntil(lambda: not marker.exists(), timeout=2000)

    assert not window.isVisible()
    assert task.cancelled and job.outcome == "cancelled"
    assert order == [("session ended", True)]  # the clean shutdown was recorded after the job ended
    assert os.listdir(job.target.parent) == []  # nothing half-written, no temporary file left
    assert not runner().busy()


def test_closing_while_a_real_briefing_pack_is_built_writes_no_pdf(qtbot, demo_window, tmp_path, monkeypatch):
    """The real job (the PDF builder, polled through its progress callback), slowed down so that
    the close certainly comes while it runs."""
    from missionplanner.ui import print_dialog

    real_build = print_dialog.build_briefing
    steps = []

    def slow_build(*args, progress, **kwargs):
        def slow(*p):
            steps.append(p)
            time.sleep(0.05)
            progress(*p)
        return real_build(*args, progress=slow, **kwargs)

    monkeypatch.setattr(print_dialog, "build_briefing", slow_build)
    monkeypatch.setattr(print_dialog.QDesktopServices, "openUrl", lambda url: True)
    w = demo_window
    ui_app.end_session_when_closed(w)
    dialog = w.print_document("briefing")
    target = tmp_path / "pdf" / "pack.pdf"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    dialog.generate()
    qtbot.waitUntil(lambda: len(steps) >= 2, timeout=20000)
    w.close()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=2000)
    assert dialog.task.cancelled and dialog.result_path is None
    assert os.listdir(target.parent) == []


def _slow_copies(monkeypatch, steps: list) -> None:
    """Every copy (backup API) in steps of 4 pages, 150 ms each: a demo database then takes seconds
    to copy, as a large one does, so the close certainly comes while a copy runs."""
    from missionplanner.store import backup

    real = backup.copy_pages
    monkeypatch.setattr(backup, "STEP_PAGES", 4)

    def slow(src, dst, progress=None):
        def step(*p):
            steps.append(p)
            time.sleep(0.15)
            progress(*p)
        return real(src, dst, step if progress is not None else None)

    monkeypatch.setattr(backup, "copy_pages", slow)


def _files(*folders: Path) -> dict[str, list[str]]:
    """What is in the folders, but SQLite's own -wal and -shm (the database closes as the app quits)."""
    return {str(f): sorted(n for n in os.listdir(f) if not n.endswith(("-wal", "-shm"))) if f.is_dir() else []
            for f in folders}


@pytest.mark.sqlite_file  # the session marker and the backups are the SQLite file's
@pytest.mark.parametrize("job", ["backup", "restore"])
def test_closing_during_a_backup_or_restore_stops_it_at_once_and_leaves_the_data_and_no_file(
        qtbot, demo_window, demo_db, tmp_path, monkeypatch, job):
    from missionplanner.services import missions as mission_service
    from missionplanner.store.backup import backup_dir, private_folder

    good = safety.backup_now(demo_db, tmp_path / "good.sqlite")
    mission_service.create_mission(demo_db, title="Added after the backup", start="2026-01-05",
                                   end="2026-01-06")
    titles = sorted(m["title"] for m in mission_service.list_missions(demo_db))
    out = tmp_path / "out"
    out.mkdir()
    private_folder(backup_dir(demo_db))
    folders = (out, backup_dir(demo_db), Path(demo_db.path).parent)
    before = _files(*folders)
    steps = []
    _slow_copies(monkeypatch, steps)
    ui_app.end_session_when_closed(demo_window)
    outcome = []
    if job == "backup":
        task = demo_window.tasks.run(safety.backup_now, demo_db, out / "copy.sqlite", with_progress=True,
                                     on_done=outcome.append)
    else:
        task = demo_window.tasks.run(safety.restore, demo_db, good, with_progress=True, on_done=outcome.append)
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=20000)
    demo_window.close()
    qtbot.waitUntil(lambda: not demo_window.isVisible(), timeout=2000)  # quits within 2 s
    qtbot.waitUntil(lambda: task.ended, timeout=2000)
    assert task.cancelled and outcome == []
    assert _files(*folders) == before  # no copy, no staging or before-restore copy, no temp file
    assert sorted(m["title"] for m in mission_service.list_missions(demo_db)) == titles


def test_closing_during_a_contacts_import_cancels_it_and_writes_nothing(qtbot, demo_window, demo_db, tmp_path,
                                                                        monkeypatch):
    """File > Import contacts, answered Yes, then the window closed while the import runs (its
    progress calls slowed, so the close certainly comes during it): nobody is added."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from missionplanner.interop import contacts as contacts_io
    from missionplanner.services import people as people_service

    source = tmp_path / "contacts.csv"
    source.write_text("First name,Last name,Organization\n" + "".join(
        f"Person{i},Family{i},Org {i % 7}\n" for i in range(200)), encoding="utf-8")
    known = len(people_service.list_people(demo_db))
    monkeypatch.setattr(contacts_io, "PROGRESS_EVERY", 5)
    real_import = contacts_io.import_contacts
    steps = []

    def slow_import(planner, path, dry_run=False, progress=None):
        def slow():
            if not dry_run:
                steps.append(1)
                time.sleep(0.1)
            progress()
        return real_import(planner, path, dry_run=dry_run, progress=slow if progress else None)

    monkeypatch.setattr(contacts_io, "import_contacts", slow_import)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    ui_app.end_session_when_closed(demo_window)
    demo_window.act_import_contacts.trigger()
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=20000)
    demo_window.close()
    qtbot.waitUntil(lambda: not demo_window.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: not runner().busy(), timeout=5000)
    assert len(steps) < 40  # stopped well before its 200 rows
    assert len(people_service.list_people(demo_db)) == known


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_destroying_windows_in_any_order_while_jobs_run_never_hangs(qtbot, db, tmp_path, order):
    from missionplanner.services import missions as mission_service

    windows = [ui_app.build_window(db, "en") for _ in range(3)]  # not qtbot's: destroyed here
    for w in windows:
        w.show()
    jobs = []
    for i, w in enumerate(windows):
        job = LongJob(tmp_path / f"out-{i}.txt")
        jobs.append(job)
        w.tasks.run(job, with_progress=True)
        # and short ones that cannot be cancelled, on the database, with results for the window
        w.tasks.run(mission_service.list_missions, db, on_done=lambda rows, w=w: w.setWindowTitle(str(len(rows))))
    qtbot.waitUntil(jobs[0].started.is_set, timeout=5000)
    windows[order[0]].close()  # one window closes (finishing) before it is destroyed
    for index in order:
        shiboken6.delete(windows[index])  # the C++ object goes at once, its job still running
    qtbot.waitUntil(lambda: not runner().busy(), timeout=2000)
    assert all(job.outcome in (None, "cancelled") for job in jobs)  # none ran its 15 s
    assert not any(job.target.exists() for job in jobs)


def test_a_scope_whose_owner_is_gone_drops_results_without_error(qtbot):
    from PySide6.QtCore import QObject

    owner = QObject()
    scope = TaskScope(owner)
    gate = threading.Event()
    got = []
    task = scope.run(gate.wait, 5, on_done=got.append, on_failed=got.append)
    shiboken6.delete(owner)
    gate.set()
    qtbot.waitUntil(lambda: task.ended, timeout=5000)
    assert got == []


def _run_app_and_signal(tmp_path, db_path: Path, signum: int) -> tuple[subprocess.CompletedProcess, Path]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONFAULTHANDLER="1")
    marker = db_path.with_name(db_path.name + ".open")
    proc = subprocess.Popen([sys.executable, "-m", "missionplanner", "--db", str(db_path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the app never began its session"
        time.sleep(0.3)  # let it settle into its event loop (a first-start question may be open)
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), marker


@pytest.mark.sqlite_file  # the session marker and the backups are the SQLite file's
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_quits_the_app_like_closing_its_window(tmp_path, demo_db, signum):
    path = Path(demo_db.path)
    demo_db.dispose()
    done, marker = _run_app_and_signal(tmp_path, path, signum)
    assert done.returncode == 0, done.stderr[-3000:]
    assert not marker.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_while_the_first_start_question_is_open_still_quits_cleanly(tmp_path):
    """An empty database: the window asks whether to load the demo (a modal question) when the
    signal comes; the question is dismissed, the window closes, the session ends."""
    done, marker = _run_app_and_signal(tmp_path, tmp_path / "empty.sqlite", signal.SIGTERM)
    assert done.returncode == 0, done.stderr[-3000:]
    assert not marker.exists()
