"""The lists' columns: the meeting's title gets the spare width and is never squeezed to a few
letters in a narrow window; a column the user widened by dragging its border stays so, also after
the app is closed and opened again; a double-click on the border fits it to its contents again."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from missionplanner.services import missions
from missionplanner.ui.main_window import PAGE_AGENDA
from missionplanner.ui.models import AgendaModel


def _agenda(qtbot, window, demo_db):
    window.show_page(PAGE_AGENDA)
    window.tasks.wait()
    japan = next(m for m in missions.list_missions(demo_db) if "Japan" in m["title"])
    window.agenda.show_mission(japan["id"])
    window.tasks.wait()
    QApplication.processEvents()
    return window.agenda.table


def _drag_border(qtbot, table, column, by):
    """Drag the right border of `column` in the header by `by` pixels, with the mouse."""
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    for step in range(1, 5):
        qtbot.mouseMove(viewport, QPoint(x + by * step // 4, y))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x + by, y))


def test_the_title_takes_the_spare_width(qtbot, demo_window, demo_db):
    demo_window.resize(1400, 700)
    table = _agenda(qtbot, demo_window, demo_db)
    qtbot.waitUntil(lambda: table.columnWidth(AgendaModel.COL_TITLE) > 300)
    others = [table.columnWidth(c) for c in range(6) if c != AgendaModel.COL_TITLE]
    assert table.columnWidth(AgendaModel.COL_TITLE) > max(others)


def test_a_narrow_window_keeps_the_title_readable(qtbot, demo_window, demo_db):
    demo_window.resize(1024, 600)
    table = _agenda(qtbot, demo_window, demo_db)
    qtbot.waitUntil(lambda: demo_window.width() == 1024)
    QApplication.processEvents()
    title = table.columnWidth(AgendaModel.COL_TITLE)
    assert title >= 0.35 * table.viewport().width(), (title, table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0  # and nothing runs off to the side


def test_a_dragged_width_is_kept_across_sessions(qtbot, demo_db, make_window):
    window = make_window(demo_db)
    window.resize(1400, 700)
    table = _agenda(qtbot, window, demo_db)
    before = table.columnWidth(AgendaModel.COL_PLACE)
    _drag_border(qtbot, table, AgendaModel.COL_PLACE, 60)
    widened = table.columnWidth(AgendaModel.COL_PLACE)
    assert widened >= before + 40
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())

    again = make_window(demo_db)
    again.resize(1400, 700)
    table = _agenda(qtbot, again, demo_db)
    assert table.columnWidth(AgendaModel.COL_PLACE) == widened
    # A double-click on the border fits it to its contents again
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(AgendaModel.COL_PLACE) + header.sectionSize(AgendaModel.COL_PLACE) - 1
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    qtbot.waitUntil(lambda: table.columnWidth(AgendaModel.COL_PLACE) < widened)
