import pytest
from PySide6.QtCore import QSettings


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Before any widget is closed or fixture torn down (the database disposed, its folder
    removed), cancel the test's background jobs and wait for them with the event loop running:
    no job outlives its test, and nothing waits on a worker while holding the interpreter lock."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        from missionplanner.ui.tasks import runner

        jobs = runner()
        if not jobs.drain(60_000):
            import faulthandler
            import sys

            faulthandler.dump_traceback(sys.stderr)  # where the worker (and everyone) is
            pytest.fail(f"background jobs still running 60 s after their test was cancelled: {jobs.describe()}")
    return (yield)


@pytest.fixture(autouse=True)
def settings_dir(tmp_path):
    """Every test gets its own settings folder: no window layout or language leaks between tests."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


def _window(qtbot, database, lang="en"):
    from missionplanner.ui.app import build_window

    w = build_window(database, lang)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    # Not QTest.qWaitForWindowActive: it holds the interpreter lock while it waits, so a worker
    # thread still finishing could never hand its result back.
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    w.tasks.wait(20_000)  # settled: what it reads in the background (overdue count, details) is in
    return w


@pytest.fixture
def open_mission_editor():
    """Opens the window's mission editor on a mission, as Edit mission does (read on the worker)."""
    def open_it(window, mission_id):
        window.refresh_all()
        window.tasks.wait()
        window.missions.edit(mission_id)
        window.tasks.wait()
        return window.missions.editor
    return open_it


@pytest.fixture
def window(qtbot, db):
    w = _window(qtbot, db)
    yield w
    w.tasks.wait()


@pytest.fixture
def demo_window(qtbot, demo_db):
    w = _window(qtbot, demo_db)
    yield w
    w.tasks.wait()


@pytest.fixture
def make_window(qtbot):
    made = []

    def make(database, lang="en"):
        w = _window(qtbot, database, lang)
        made.append(w)
        return w

    yield make
    from PySide6.QtWidgets import QApplication

    from missionplanner.ui import i18n

    for w in made:
        w.tasks.wait()
    i18n.install(QApplication.instance(), "en")
