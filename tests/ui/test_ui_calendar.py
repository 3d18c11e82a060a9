"""The agenda's day and week calendar: meetings dragged, resized and moved from the keyboard, each
move one undoable command, problem markers that follow, and two clocks per day."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from missionplanner.services.planner import Planner
from missionplanner.ui.calendar_view import HOUR_HEIGHT
from missionplanner.ui.main_window import PAGE_AGENDA


def _utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(UTC)


@pytest.fixture
def planner(db):
    return Planner(db)


@pytest.fixture
def aide(planner):
    return planner.people.create(given_name="Anne", family_name="Aide")


@pytest.fixture
def meeting(planner, mission_id, aide):
    return planner.meetings.create(mission_id, title="METI call", kind="courtesy-call", timezone="Asia/Tokyo",
                                   start="2017-06-09T09:00", end="2017-06-09T10:00", city="Tokyo",
                                   delegation=[aide])


def _calendar(qtbot, window, view: str = "day", select: str | None = None):
    """The agenda page on the mission's calendar, read and checked; its canvas."""
    window.refresh_all()
    window.tasks.wait()
    window.show_page(PAGE_AGENDA)
    agenda = window.agenda
    window.tasks.wait()
    if select:
        agenda.select_meeting(select)
    agenda.show_view(agenda.VIEW_DAY if view == "day" else agenda.VIEW_WEEK)
    window.tasks.wait()
    qtbot.waitUntil(lambda: not agenda.checks_pending(), timeout=10_000)
    calendar = agenda.day_view if view == "day" else agenda.week_view
    return agenda, calendar.canvas


def _settle(qtbot, window, agenda):
    window.tasks.wait()
    qtbot.waitUntil(lambda: not agenda.checks_pending(), timeout=10_000)
    window.tasks.wait()


def _drag(canvas, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 5):  # a real drag passes through the points between
        QTest.mouseMove(canvas, start + (end - start) * i / 4)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _times(planner, meeting_id):
    row = planner.meetings.get(meeting_id)
    return _utc(row["start"]), _utc(row["end"]), row["timezone"]


def test_dragging_a_meeting_one_hour_later_moves_it_and_undo_redo_follow(qtbot, window, planner, meeting):
    agenda, canvas = _calendar(qtbot, window, "day", select=meeting)
    rect = canvas.rect_of(meeting)
    assert rect is not None and rect.top() == pytest.approx(canvas.y_for_minute(9 * 60))
    press = rect.center().toPoint()
    _drag(canvas, press, press + QPoint(0, HOUR_HEIGHT + 1))  # a minute past the hour: snaps to it
    _settle(qtbot, window, agenda)
    # 10:00 in Tokyo is 01:00 UTC; the meeting stays on Tokyo's clock.
    assert _times(planner, meeting) == (datetime(2017, 6, 9, 1, 0, tzinfo=UTC),
                                        datetime(2017, 6, 9, 2, 0, tzinfo=UTC), "Asia/Tokyo")
    assert canvas.rect_of(meeting).top() == pytest.approx(canvas.y_for_minute(10 * 60))
    assert "move meeting" in window.act_undo.text()
    window.act_undo.trigger()
    _settle(qtbot, window, agenda)
    assert _times(planner, meeting)[:2] == (datetime(2017, 6, 9, 0, 0, tzinfo=UTC),
                                            datetime(2017, 6, 9, 1, 0, tzinfo=UTC))
    assert agenda.day_view.canvas.rect_of(meeting).top() == pytest.approx(canvas.y_for_minute(9 * 60))
    window.act_redo.trigger()
    _settle(qtbot, window, agenda)
    assert _times(planner, meeting)[0] == datetime(2017, 6, 9, 1, 0, tzinfo=UTC)


def test_dragging_the_lower_edge_changes_the_end_only(qtbot, window, planner, meeting):
    agenda, canvas = _calendar(qtbot, window, "day", select=meeting)
    rect = canvas.rect_of(meeting)
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    _drag(canvas, edge, edge + QPoint(0, HOUR_HEIGHT // 2))  # half an hour longer
    _settle(qtbot, window, agenda)
    assert _times(planner, meeting)[:2] == (datetime(2017, 6, 9, 0, 0, tzinfo=UTC),
                                            datetime(2017, 6, 9, 1, 30, tzinfo=UTC))


def test_alt_arrows_move_and_resize_the_selected_meeting(qtbot, window, planner, meeting):
    agenda, canvas = _calendar(qtbot, window, "week", select=meeting)
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     canvas.rect_of(meeting).center().toPoint())
    assert canvas.selected == meeting
    QTest.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    _settle(qtbot, window, agenda)
    assert _times(planner, meeting)[:2] == (datetime(2017, 6, 9, 0, 15, tzinfo=UTC),
                                            datetime(2017, 6, 9, 1, 15, tzinfo=UTC))
    canvas = agenda.week_view.canvas
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # the next day
    _settle(qtbot, window, agenda)
    assert _times(planner, meeting)[0] == datetime(2017, 6, 10, 0, 15, tzinfo=UTC)
    QTest.keyClick(canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    _settle(qtbot, window, agenda)
    assert _times(planner, meeting)[:2] == (datetime(2017, 6, 10, 0, 15, tzinfo=UTC),
                                            datetime(2017, 6, 10, 1, 0, tzinfo=UTC))


def test_dragging_to_the_next_column_of_the_week_moves_it_a_day(qtbot, window, planner, meeting):
    agenda, canvas = _calendar(qtbot, window, "week", select=meeting)
    rect = canvas.rect_of(meeting)
    press = rect.center().toPoint()
    _drag(canvas, press, press + QPoint(int(canvas.column_width()), 0))
    _settle(qtbot, window, agenda)
    assert _times(planner, meeting) == (datetime(2017, 6, 10, 0, 0, tzinfo=UTC),
                                        datetime(2017, 6, 10, 1, 0, tzinfo=UTC), "Asia/Tokyo")


def test_each_view_has_its_shortcut(qtbot, window, meeting):
    agenda, _canvas = _calendar(qtbot, window, "day", select=meeting)
    assert window.isActiveWindow()  # no part of the calendar opened as a window of its own
    for keys, view in (("W", agenda.VIEW_WEEK), ("L", agenda.VIEW_LIST), ("D", agenda.VIEW_DAY),
                       ("T", agenda.VIEW_TIMELINE)):
        QTest.keySequence(window.focusWidget(), f"Ctrl+Shift+{keys}")
        assert agenda.views.currentIndex() == view


def test_tab_goes_from_block_to_block(qtbot, window, planner, mission_id, meeting, aide):
    later = planner.meetings.create(mission_id, title="Lunch", kind="lunch", timezone="Asia/Tokyo",
                                    start="2017-06-09T12:00", end="2017-06-09T13:00", city="Tokyo")
    agenda, canvas = _calendar(qtbot, window, "day", select=meeting)
    canvas.setFocus()
    canvas.select(meeting)
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected == later
    QTest.keyClick(canvas, Qt.Key.Key_Backtab)
    assert canvas.selected == meeting
    assert agenda.current_meeting_id() == meeting  # the list follows: Edit acts on it


def test_a_move_into_an_overlap_marks_both_blocks_and_undo_clears_them(qtbot, window, planner, mission_id,
                                                                       meeting, aide):
    other = planner.meetings.create(mission_id, title="JETRO briefing", timezone="Asia/Tokyo",
                                    start="2017-06-09T11:00", end="2017-06-09T12:00", city="Tokyo",
                                    delegation=[aide])
    agenda, canvas = _calendar(qtbot, window, "day", select=meeting)
    assert not canvas.block(meeting).problems and not canvas.block(other).problems
    rect = canvas.rect_of(other)
    _drag(canvas, rect.center().toPoint(), rect.center().toPoint() - QPoint(0, int(1.5 * HOUR_HEIGHT)))
    _settle(qtbot, window, agenda)
    canvas = agenda.day_view.canvas
    assert [p["code"] for p in canvas.block(other).problems] == ["overlap"]
    assert [p["code"] for p in canvas.block(meeting).problems] == ["overlap"]
    tip = canvas.tooltip(canvas.block(other))
    assert "Anne Aide" in tip and "METI call" in tip  # the problem said, through messages.problem_text
    window.act_undo.trigger()
    _settle(qtbot, window, agenda)
    assert not agenda.day_view.canvas.block(other).problems
    assert not agenda.day_view.canvas.block(meeting).problems


def test_a_tokyo_day_has_tokyo_hours_beside_brussels_hours(qtbot, window, meeting):
    _agenda, canvas = _calendar(qtbot, window, "day", select=meeting)
    ruler = canvas.ruler(0)
    [(y, local, home)] = [r for r in ruler if r[1] == "09:00"]
    assert home == "02:00"  # June: Tokyo is seven hours ahead of Brussels
    assert y == pytest.approx(canvas.rect_of(meeting).top())
    day, zones = canvas.header_text(0)
    assert "Tokyo" in zones and "Brussels" in zones and "-7" in zones
    assert "METI call" in canvas.tooltip(canvas.block(meeting))
    assert "Courtesy call" in canvas.tooltip(canvas.block(meeting))  # the kind is shown


def test_double_click_opens_the_meeting_editor(qtbot, window, meeting):
    agenda, canvas = _calendar(qtbot, window, "day", select=meeting)
    QTest.mouseDClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      canvas.rect_of(meeting).center().toPoint())
    window.tasks.wait()
    assert agenda.editor is not None and agenda.editor.isVisible()
    assert agenda.editor.meeting_id == meeting
    agenda.editor.reject()


def test_the_demo_week_has_each_day_on_its_own_clock_with_travel(qtbot, demo_window, tmp_path):
    window = demo_window
    agenda = window.agenda
    window.show_page(PAGE_AGENDA)
    window.tasks.wait()
    japan = next(agenda.mission_box.itemData(i) for i in range(agenda.mission_box.count())
                 if agenda.mission_box.itemText(i) == "Official mission to Japan")
    agenda.show_mission(japan)
    window.tasks.wait()
    agenda.show_view(agenda.VIEW_WEEK)
    window.tasks.wait()
    qtbot.waitUntil(lambda: not agenda.checks_pending(), timeout=10_000)
    canvas = agenda.week_view.canvas
    zones = [canvas.days[i].zone for i in canvas.shown]
    assert zones[0] == "Europe/Brussels" and "Asia/Tokyo" in zones and zones[-1] == "Asia/Seoul"
    travel = [b for b in canvas.blocks if b.type == "travel"]
    assert travel and all(canvas.rect_of(b.id) is not None for b in travel)
    window.resize(1400, 900)
    agenda.week_view.grab().save(str(tmp_path / "calendar-week.png"))


def test_a_move_out_of_the_mission_is_refused_and_the_block_stays(qtbot, window, planner, meeting, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: said.append(text))
    agenda, canvas = _calendar(qtbot, window, "week", select=meeting)
    canvas.setFocus()
    canvas.select(meeting)
    for _ in range(3):  # 9 June, then 10 and 11 June, then past the mission's last day
        QTest.keyClick(agenda.week_view.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        _settle(qtbot, window, agenda)
    # The message names the mission's end, written as the window writes dates.
    assert len(said) == 1 and "11/06/2017" in said[0]
    assert _times(planner, meeting)[0] == datetime(2017, 6, 11, 0, 0, tzinfo=UTC)
    canvas = agenda.week_view.canvas
    assert canvas.days[canvas.shown[-1]].minute_of(canvas.block(meeting).start) == 9 * 60


def test_a_journey_opens_from_the_calendar_and_its_change_is_saved_with_undo(qtbot, window, planner,
                                                                           mission_id, meeting):
    """A flight is not dragged (its times are the timetable's); double-click opens it to be edited."""
    segment = planner.travel.create(mission_id, kind="flight", number="NH 232", from_place="Brussels",
                                    from_code="BRU", from_timezone="Europe/Brussels",
                                    depart="2017-06-07T15:05", to_place="Tokyo", to_code="NRT",
                                    to_timezone="Asia/Tokyo", arrive="2017-06-08T09:40")
    agenda, canvas = _calendar(qtbot, window, "week")
    rect = canvas.rect_of(segment)
    assert rect is not None
    QTest.mouseDClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center().toPoint())
    window.tasks.wait()
    dialog = agenda.editor
    assert dialog is not None and dialog.isVisible() and dialog.number.text() == "NH 232"
    dialog.seat.setText("12A")
    dialog.save()
    window.tasks.wait()
    assert not dialog.isVisible()
    assert [t["seat"] for t in planner.travel.list(mission_id)] == ["12A"]
    assert "NH 232" in window.act_undo.text()
    window.act_undo.trigger()
    window.tasks.wait()
    assert [t["seat"] for t in planner.travel.list(mission_id)] == [""]
