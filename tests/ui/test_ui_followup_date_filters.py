"""The follow-ups dashboard's "Due from" and "until" are typed as every date of the app is (day
first, "15/6/2017", "15 June 2017"): a typed date filters the list, an emptied one shows everything
again, and what cannot be read as a date filters nothing and says so."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from missionplanner.ui.date_entry import DateEntry
from missionplanner.ui.main_window import PAGE_FOLLOWUPS


def _dashboard(qtbot, w):
    """The follow-ups page showing every status (done ones included)."""
    w.show_page(PAGE_FOLLOWUPS)
    w.tasks.wait()
    page = w.followups
    status = page.status_filter
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_End)  # Show: All
    assert status.currentData() == ""
    w.tasks.wait()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _dues(page) -> list[str]:
    return sorted(r["due"] for r in page.model.rows if r.get("due"))


def _type(qtbot, entry: DateEntry, text: str) -> None:
    entry.setFocus()
    entry.edit.selectAll()
    qtbot.keyClick(entry.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(entry.edit, text)


def _settled(qtbot, page, until):
    qtbot.waitUntil(lambda: not page._due_timer.isActive(), timeout=5000)
    page.window().tasks.wait(20_000)
    qtbot.waitUntil(until, timeout=10000)


def test_a_typed_due_from_date_hides_earlier_follow_ups_and_clearing_it_shows_them(qtbot, demo_window):
    w = demo_window
    page = _dashboard(qtbot, w)
    assert isinstance(page.due_from, DateEntry) and isinstance(page.due_to, DateEntry)
    everything = _dues(page)
    assert any(d < "2017-07-01" for d in everything) and any(d >= "2017-07-01" for d in everything)

    _type(qtbot, page.due_from, "1/7/2017")  # day first: the first of July
    _settled(qtbot, page, lambda: _dues(page) and min(_dues(page)) >= "2017-07-01")
    assert _dues(page) == [d for d in everything if d >= "2017-07-01"]
    assert page.filters()["due_from"] == date(2017, 7, 1)
    assert "July 2017" in page.due_from.edit.toolTip()  # what was understood, in words
    assert page.filter_problem.isHidden()

    _type(qtbot, page.due_to, "1 September 2017")  # a month by its name
    qtbot.keyClick(page.due_to.edit, Qt.Key.Key_Return)  # Enter applies it at once
    _settled(qtbot, page, lambda: _dues(page) and max(_dues(page)) <= "2017-09-01")
    assert _dues(page) == [d for d in everything if "2017-07-01" <= d <= "2017-09-01"]

    page.due_to.setFocus()
    page.due_to.edit.selectAll()
    qtbot.keyClick(page.due_to.edit, Qt.Key.Key_Delete)
    _type(qtbot, page.due_from, "")
    _settled(qtbot, page, lambda: _dues(page) == everything)
    assert page.filters()["due_from"] is None and page.filters()["due_to"] is None


def test_an_unreadable_due_date_does_not_filter_and_is_shown_as_refused(qtbot, demo_window):
    w = demo_window
    page = _dashboard(qtbot, w)
    everything = _dues(page)
    _type(qtbot, page.due_from, "1/7/2017")
    _settled(qtbot, page, lambda: _dues(page) and min(_dues(page)) >= "2017-07-01")

    _type(qtbot, page.due_from, "someday")
    qtbot.keyClick(page.due_from.edit, Qt.Key.Key_Tab)  # leaving the field applies what it holds
    _settled(qtbot, page, lambda: _dues(page) == everything)  # nothing filters, not the last good date
    assert page.filters()["due_from"] is None
    assert page.filter_problem.isVisible()
    said = page.filter_problem.text()
    assert said.startswith("Due from is not applied:") and "someday" in said
    assert "#b3261e" in page.due_from.edit.styleSheet()  # framed as refused
    assert "someday" in page.due_from.edit.toolTip()
    assert page.due_from.text() == "someday"  # kept as typed, to be corrected

    _type(qtbot, page.due_from, "1/9/2017")
    _settled(qtbot, page, lambda: _dues(page) and min(_dues(page)) >= "2017-09-01")
    assert page.filter_problem.isHidden()
    assert page.due_from.edit.styleSheet() == ""


def test_the_calendar_opens_on_alt_down_and_a_picked_day_filters(qtbot, demo_window):
    from PySide6.QtWidgets import QCalendarWidget

    w = demo_window
    page = _dashboard(qtbot, w)
    _type(qtbot, page.due_from, "30/6/2017")
    _settled(qtbot, page, lambda: _dues(page) and min(_dues(page)) >= "2017-06-30")
    qtbot.keyClick(page.due_from.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = page.due_from.findChild(QCalendarWidget)
    qtbot.waitUntil(calendar.isVisible, timeout=5000)
    assert calendar.selectedDate().toPython() == date(2017, 6, 30)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)  # to 1 July
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    _settled(qtbot, page, lambda: page.filters()["due_from"] == date(2017, 7, 1))
    qtbot.waitUntil(lambda: _dues(page) and min(_dues(page)) >= "2017-07-01", timeout=10000)


def test_a_search_hit_empties_the_due_range_to_show_its_follow_up(qtbot, demo_window):
    w = demo_window
    page = _dashboard(qtbot, w)
    early = next(r for r in page.model.rows if r.get("due") and r["due"] < "2017-07-01")
    _type(qtbot, page.due_from, "1/7/2017")
    _settled(qtbot, page, lambda: early["id"] not in [r["id"] for r in page.model.rows])
    page.select(early["id"])  # what a search hit does
    page.window().tasks.wait(20_000)
    qtbot.waitUntil(lambda: page.current_id() == early["id"], timeout=10000)
    assert page.due_from.text() == "" and page.filters()["due_from"] is None
    assert "#b3261e" not in page.due_from.edit.styleSheet()
