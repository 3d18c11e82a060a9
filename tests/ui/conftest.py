import pytest
from PySide6.QtCore import QSettings


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
    return w


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
