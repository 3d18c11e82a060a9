"""Start-up as `missionplanner` runs it (ui.app.start_window): the window's shell is on screen before
the database is opened, then the page on screen fills with the database's rows."""

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox

from missionplanner.services import missions as mission_service
from missionplanner.services.planner import Planner
from missionplanner.ui import app as ui_app
from missionplanner.ui import settings
from missionplanner.ui.main_window import PAGE_PEOPLE


class _Painted(QObject):
    def __init__(self):
        super().__init__()
        self.painted = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _start(qtbot, monkeypatch, path):
    spy = _Painted()
    opened = []
    real_open = ui_app.open_for_window

    def open_for_window(db_arg, *args):
        opened.append(spy.painted)  # had the window painted when the database was first touched?
        return real_open(db_arg, *args)

    monkeypatch.setattr(ui_app, "open_for_window", open_for_window)
    window = ui_app.start_window(str(path), "en")
    qtbot.addWidget(window)
    window.installEventFilter(spy)
    return window, opened


def _finish(window):
    window.tasks.wait()
    if window.planner is not None:
        window.planner.db.dispose()


def test_window_paints_before_the_database_is_opened_then_lists_the_missions(qtbot, monkeypatch, demo_db):
    window, opened = _start(qtbot, monkeypatch, demo_db.location)
    filled = []
    window.first_list_filled.connect(lambda: filled.append(window.missions.model.rowCount()))
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
        # On screen at once, with its sections and menus, though nothing has been read yet.
        assert window.planner is None and not opened
        assert window.sidebar.item(0).text() == "Missions"
        assert [a.text() for a in window.menuBar().actions()][:3] == ["&File", "&Edit", "&View"]
        assert not window.act_new_mission.isEnabled()  # nothing to add a mission to yet
        assert window.act_quit.isEnabled()
    assert opened == [True]  # the database was opened once, after the window had painted
    assert filled and filled[0] > 0  # the list had its rows when the window said it was filled
    titles = [r["title"] for r in window.missions.model.rows]
    assert sorted(titles) == sorted(m["title"] for m in mission_service.list_missions(demo_db))
    assert window.stack.currentWidget() is window.missions and window.missions.isEnabled()
    assert window.missions.current_id() is not None  # the newest mission is selected
    assert window.act_new_mission.isEnabled() and not window.act_undo.isEnabled()
    assert "&Tools" in [a.text() for a in window.menuBar().actions()]
    assert window.menuBar().actions()[-1].text() == "&Help"
    _finish(window)


def test_start_on_the_page_left_last_time_fills_that_page(qtbot, monkeypatch, demo_db):
    settings.put(settings.LAST_PAGE, PAGE_PEOPLE)
    window, opened = _start(qtbot, monkeypatch, demo_db.location)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
    assert opened == [True]
    assert window.stack.currentWidget() is window.people
    window.tasks.wait(20_000)  # its first page is read on the worker
    assert window.people.model.rowCount() > 0
    _finish(window)


def test_a_database_that_cannot_be_opened_is_explained_and_the_window_closes(qtbot, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _parent, _title, text, *a: shown.append(text)))
    folder = tmp_path / "not-a-database.sqlite"
    folder.mkdir()  # a folder where the file should be
    window, _opened = _start(qtbot, monkeypatch, folder)
    window.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "could not be opened" in shown[0]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    _finish(window)


_STARTUP_MODULES = r"""
import sys
from PySide6.QtCore import QEventLoop, QTimer
from missionplanner.ui.app import create_app, start_window
app = create_app(["test"])
window = start_window(sys.argv[1], "en")
loop = QEventLoop()
window.ready.connect(lambda: QTimer.singleShot(100, loop.quit))
QTimer.singleShot(60_000, loop.quit)
window.show()
loop.exec()
window.tasks.wait()
print(window.missions.model.rowCount(), " ".join(sorted({m.split(".")[0] for m in sys.modules})))
"""


@pytest.mark.sqlite_file  # the first screen and the daily copy read the SQLite file
def test_starting_the_window_loads_no_document_calendar_or_migration_library(tmp_path, demo_db):
    """PDF (reportlab), calendars (icalendar), migrations (alembic), holidays, Babel and XLSX
    (openpyxl) are imported when first used, never to show the window and its first list."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    proc = subprocess.run([sys.executable, "-c", _STARTUP_MODULES, str(demo_db.path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows, modules = proc.stdout.strip().splitlines()[-1].split(" ", 1)
    assert int(rows) > 0
    assert not set(modules.split()) & {"reportlab", "icalendar", "alembic", "holidays", "babel", "openpyxl"}


@pytest.mark.sqlite_file  # the first screen and the daily copy read the SQLite file
def test_after_start_the_crash_check_and_the_daily_backup_run_off_the_gui_thread(qtbot, monkeypatch, demo_db):
    import threading

    from missionplanner.services import safety

    ran = {}

    def begin_session(db, progress=None):
        ran["check"] = threading.current_thread() is threading.main_thread()
        return ["*** in database main ***\nPage 7: btreeInitPage() returns error code 11"]

    def backup_if_due(db, progress=None):
        ran["backup"] = threading.current_thread() is threading.main_thread()

    warned = []
    monkeypatch.setattr(safety, "begin_session", begin_session)
    monkeypatch.setattr(safety, "backup_if_due", backup_if_due)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: warned.append(text)))
    window, _opened = _start(qtbot, monkeypatch, demo_db.location)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
    ui_app._after_ready(window)  # what run() does once the window is ready
    qtbot.waitUntil(lambda: "backup" in ran and bool(warned), timeout=10000)
    assert ran == {"check": False, "backup": False}  # neither on the GUI thread
    assert "not closed properly" in warned[0] and "Page 7" in warned[0]
    window.reminder.timer.stop()
    _finish(window)


def _shown_ids(page) -> list[str]:
    from missionplanner.ui.models import ID_ROLE

    return [page.proxy.index(i, 0).data(ID_ROLE) for i in range(page.proxy.rowCount())]


def _more_missions(db, monkeypatch) -> list[dict]:
    """Two missions more than the demo's three, and a first screen of two: the list starts with the
    two newest, the rest come after. Returns every mission, newest first."""
    from missionplanner.services import first_screen

    mission_service.create_mission(db, title="Zagreb fair", start="2031-05-02", end="2031-05-04")
    mission_service.create_mission(db, title="Aarhus visit", start="2001-03-01", end="2001-03-02")
    monkeypatch.setattr(first_screen, "FIRST_MISSIONS", 2)
    return mission_service.list_missions(db)


@pytest.mark.sqlite_file  # the first screen and the daily copy read the SQLite file
def test_the_missions_list_shows_a_first_screen_then_every_mission_in_its_order(qtbot, monkeypatch, demo_db):
    from PySide6.QtCore import Qt

    from missionplanner.ui.models import MissionsModel

    expected = _more_missions(demo_db, monkeypatch)
    window, _ = _start(qtbot, monkeypatch, demo_db.location)
    first = []
    window.first_list_filled.connect(lambda: first.append(_shown_ids(window.missions)))
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
    assert first == [[m["id"] for m in expected[:2]]]  # the first screen: the two newest
    page = window.missions
    qtbot.waitUntil(lambda: page.model.rowCount() == len(expected), timeout=10000)
    assert _shown_ids(page) == [m["id"] for m in expected]  # every mission, newest first
    assert page.current_id() == expected[0]["id"]  # the selection stayed on the newest
    page.table.sortByColumn(MissionsModel.COL_TITLE, Qt.SortOrder.AscendingOrder)
    by_title = sorted(expected, key=lambda m: m["title"].casefold())
    assert _shown_ids(page) == [m["id"] for m in by_title]
    page.table.sortByColumn(MissionsModel.COL_DATES, Qt.SortOrder.AscendingOrder)
    assert _shown_ids(page) == [m["id"] for m in reversed(expected)]
    _finish(window)


@pytest.mark.sqlite_file  # the first screen and the daily copy read the SQLite file
def test_sorting_and_filtering_before_the_rest_of_the_missions_came_cover_them_all(qtbot, monkeypatch, demo_db):
    from PySide6.QtCore import Qt

    from missionplanner.ui.models import MissionsModel

    expected = _more_missions(demo_db, monkeypatch)
    window, _ = _start(qtbot, monkeypatch, demo_db.location)
    selected = []

    def on_first_screen():  # the user sorts by title before the other missions are in
        page = window.missions
        page.table.sortByColumn(MissionsModel.COL_TITLE, Qt.SortOrder.AscendingOrder)
        selected.append(page.current_id())

    window.first_list_filled.connect(on_first_screen)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
    page = window.missions
    qtbot.waitUntil(lambda: page.model.rowCount() == len(expected), timeout=10000)
    by_title = sorted(expected, key=lambda m: m["title"].casefold())
    assert _shown_ids(page) == [m["id"] for m in by_title]
    assert page.current_id() == selected[0] is not None  # the selected mission stays selected
    page.filter.setText("aarhus")  # the oldest mission, not in the first screen
    assert _shown_ids(page) == [m["id"] for m in expected if m["title"] == "Aarhus visit"]
    _finish(window)


_FIRST_LIST_MODULES = r"""
import sys
from PySide6.QtCore import QEventLoop, QTimer
from missionplanner.ui.app import create_app, start_window
app = create_app(["test"])
window = start_window(sys.argv[1], "en")
loop = QEventLoop()
seen = {}


def filled():
    page = window.missions
    seen["filled"] = (page.model.rowCount(), "sqlalchemy" in sys.modules, window.planner is None,
                      [b.isEnabled() for b in page._buttons])


def ready():
    seen["ready"] = ("sqlalchemy" in sys.modules, window.planner is not None,
                     all(b.isEnabled() for b in window.missions._buttons))
    QTimer.singleShot(100, loop.quit)


window.first_list_filled.connect(filled)
window.ready.connect(ready)
QTimer.singleShot(60_000, loop.quit)
window.show()
loop.exec()
window.tasks.wait()
print(repr(seen))
"""


@pytest.mark.sqlite_file  # the first screen and the daily copy read the SQLite file
def test_the_first_screen_of_missions_shows_before_sqlalchemy_is_loaded(tmp_path, demo_db):
    """On a database whose schema is current, the missions list is filled from the file with the
    standard library's sqlite3 before SQLAlchemy and the model are imported (most of the start's
    time); its buttons wait for the database to be attached."""
    import ast
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    proc = subprocess.run([sys.executable, "-c", _FIRST_LIST_MODULES, str(demo_db.path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    seen = ast.literal_eval(proc.stdout.strip().splitlines()[-1])
    rows, sqlalchemy_loaded, no_db, buttons = seen["filled"]
    assert rows == len(mission_service.list_missions(demo_db)) and not sqlalchemy_loaded and no_db
    assert not any(buttons)  # New, Edit, Open agenda, Delete: nothing to act on yet
    assert seen["ready"] == (True, True, True)


def test_a_database_to_migrate_is_opened_before_its_missions_are_listed(qtbot, monkeypatch, demo_db):
    """An older schema is not read behind the migration's back: the list waits for the full open."""
    with demo_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0002_older'")
    shown = []
    window, opened = _start(qtbot, monkeypatch, demo_db.location)
    monkeypatch.setattr(window, "show_first_screen", lambda rows: shown.append(rows) or False)
    window.first_list_filled.connect(lambda: shown.append(window.planner is not None))
    monkeypatch.setattr(ui_app, "open_for_window", lambda *a: (opened.append(True), Planner(demo_db))[1])
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
    assert shown == [None, True]  # no first screen from the file; the list came after the open
    _finish(window)


@pytest.mark.sqlite_file  # the first screen and the daily copy read the SQLite file
def test_acting_on_the_first_screen_waits_for_the_database(qtbot, demo_db):
    """The list shown before the database is attached selects and filters, but opens nothing."""
    from missionplanner.services import first_screen
    from missionplanner.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    rows = first_screen.first_screen(demo_db.path)
    with qtbot.waitSignal(window.first_list_filled):
        assert window.show_first_screen(rows)
    page = window.missions
    assert page.model.rowCount() == len(rows) and page.current_id() == rows[0]["id"]
    opened = []
    page.open_agenda.connect(opened.append)
    page.table.activated.emit(page.table.currentIndex())
    assert opened == [] and page.detail.toPlainText() == ""
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.attach(Planner(demo_db), in_background=True)
    page.table.activated.emit(page.table.currentIndex())
    assert opened == [rows[0]["id"]]
    qtbot.waitUntil(lambda: rows[0]["title"] in page.detail.toPlainText(), timeout=5000)
    _finish(window)


_SHELL = r"""
import sys
import PySide6.QtCore as QtCore
from missionplanner.ui.app import create_app, start_window
app = create_app(["test"])
window = start_window(sys.argv[1], "en")
shortcuts = {a.text(): [s.toString() for s in a.shortcuts()] for a in window.actions()}
print(repr(("Qt" in vars(QtCore), window.toolbar.toolButtonStyle().name, shortcuts)))
"""


def test_the_shell_is_built_without_the_qt_namespace_and_keeps_its_shortcuts(tmp_path):
    """The shell paints before PySide6 builds the Qt namespace's enums (~50 ms); what it sets by
    key name instead still takes effect."""
    import ast
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    proc = subprocess.run([sys.executable, "-c", _SHELL, str(tmp_path / "new.sqlite")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    qt_built, style, shortcuts = ast.literal_eval(proc.stdout.strip().splitlines()[-1])
    assert not qt_built
    assert style == "ToolButtonTextBesideIcon"  # the toolbar's text beside its icons
    assert shortcuts["&New mission…"][0] == "Ctrl+N" and shortcuts["Edit &mission…"] == ["Ctrl+E"]
    assert shortcuts["&Search…"][:2] == ["Ctrl+K", "Ctrl+F"]
    assert {"Ctrl+Z"} <= set(shortcuts["&Undo"]) and {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(shortcuts["&Redo"])
