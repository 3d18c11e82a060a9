"""QueryOp: work on the window's planner runs on the worker thread, its result comes back on the GUI
thread to a living widget; failures go to the failure callback; a widget gone meanwhile gets nothing."""

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from missionplanner.errors import NotFoundError
from missionplanner.ui.query_op import QueryOp, planner_of


def test_the_op_runs_off_the_gui_thread_and_its_result_comes_back_on_it(qtbot, demo_window):
    page = demo_window.missions
    assert planner_of(page) is demo_window.planner
    seen = []

    def op(planner):
        seen.append(threading.current_thread() is threading.main_thread())
        return planner.missions.list()

    got = []
    QueryOp(page, op=op, success=lambda rows: got.append((threading.current_thread() is threading.main_thread(),
                                                           len(rows)))).run()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert seen == [False] and got == [(True, 3)]


def test_a_failure_goes_to_the_failure_callback(qtbot, demo_window):
    failed = []
    QueryOp(demo_window.people, op=lambda planner: planner.people.detail("no-such-id"),
            success=lambda _r: failed.append("succeeded?"), failure=failed.append).run()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert isinstance(failed[0], NotFoundError)


def test_a_widget_destroyed_meanwhile_gets_no_result(qtbot, demo_window):
    gate = threading.Event()
    child = QWidget(demo_window)
    got = []
    task = QueryOp(child, op=lambda planner: gate.wait(5), success=got.append, failure=got.append).run()
    shiboken6.delete(child)
    gate.set()
    qtbot.waitUntil(lambda: task.ended, timeout=5000)
    assert got == []
