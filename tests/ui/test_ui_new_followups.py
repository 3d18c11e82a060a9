"""Follow-ups made where the aide is: from the dashboard and from a meeting's context menu, not only
while logging an outcome; each shows the meeting it came from and leads back to it."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from missionplanner.ui.main_window import PAGE_AGENDA, PAGE_FOLLOWUPS


def _click_cell(qtbot, table, row, column=0):
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(row, column)).center())


def _save(qtbot, editor):
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _japan(w):
    return next(m for m in w.planner.missions.list() if m["title"] == "Official mission to Japan")


def _rows(page):
    return {r["action"]: r for r in page.model.rows}


def test_a_follow_up_made_on_the_dashboard_for_a_meeting_shows_that_meeting_and_undo_takes_it_back(
        qtbot, demo_window):
    w = demo_window
    w.show_page(PAGE_FOLLOWUPS)
    w.tasks.wait()
    page = w._page(PAGE_FOLLOWUPS)
    japan = _japan(w)
    page.mission_filter.setCurrentIndex(page.mission_filter.findData(japan["id"]))
    w.tasks.wait()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()  # our side, the missions and the mission's meetings are read on the worker
    editor = page.editor
    qtbot.waitExposed(editor)
    assert editor.windowTitle() == "New follow-up"
    assert editor.mission.currentData() == japan["id"]       # the mission the dashboard shows
    assert QApplication.focusWidget() is editor.action        # typing starts with the action
    meetings = [editor.meeting.itemText(i) for i in range(editor.meeting.count())]
    vice = next(i for i, t in enumerate(meetings) if "Vice-Governor" in t)
    editor.meeting.setFocus()
    for _ in range(vice):
        qtbot.keyClick(editor.meeting, Qt.Key.Key_Down)
    qtbot.keyClicks(editor.action, "Send the Aichi seminar programme")
    # The owner is found by any part of the name, and only among our side.
    owners = [editor.owner.itemText(i) for i in range(editor.owner.count())]
    assert not any("OHMURA" in o for o in owners)
    editor.owner.lineEdit().selectAll()
    qtbot.keyClicks(editor.owner.lineEdit(), "jodog")  # part of the name, any case
    popup = editor.owner.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())] == ["Cécile Jodogne"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.owner.currentText() == "Cécile Jodogne" and editor.owner.owner_id() is not None
    _save(qtbot, editor)
    w.tasks.wait()
    qtbot.waitUntil(lambda: "Send the Aichi seminar programme" in _rows(page))
    row = _rows(page)["Send the Aichi seminar programme"]
    assert "Vice-Governor" in row["meeting"] and row["owner"]["name"] == "Cécile Jodogne"
    r = page.model.rows.index(row)
    assert "Vice-Governor" in page.model.index(r, page.model.COL_MEETING).data()
    assert w.statusBar().currentMessage() == "Follow-up added: Send the Aichi seminar programme"

    assert "new follow-up “Send the Aichi seminar programme”" in w.act_undo.text()
    w.act_undo.trigger()  # Edit ▸ Undo
    w.tasks.wait()
    qtbot.waitUntil(lambda: "Send the Aichi seminar programme" not in _rows(page))


def test_an_owner_typed_in_full_or_in_part_is_kept_and_a_stranger_is_not(qtbot, demo_window):
    w = demo_window
    w.show_page(PAGE_FOLLOWUPS)
    w.tasks.wait()
    page = w._page(PAGE_FOLLOWUPS)
    for action, typed in (("Call the embassy", "Ohmura"), ("Book the interpreter", "jodogne")):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        w.tasks.wait()
        editor = page.editor
        qtbot.waitExposed(editor)
        qtbot.keyClicks(editor.action, action)
        editor.owner.lineEdit().selectAll()
        qtbot.keyClicks(editor.owner.lineEdit(), typed)  # no pick from the list: Save straight away
        _save(qtbot, editor)
        w.tasks.wait()
    owners = {f["action"]: (f.get("owner") or {}).get("name") for f in w.planner.followups.list()}
    assert owners["Call the embassy"] is None             # a counterpart is not on our side
    assert owners["Book the interpreter"] == "Cécile Jodogne"  # the only one whose name holds it


def _context_menu_pick(qtbot, widget, pos, text):
    """Right-click `widget` at `pos` and choose the entry `text` with the keyboard."""
    def choose():
        menu = QApplication.activePopupWidget()
        assert menu is not None, "no context menu"
        for action in menu.actions():
            if action.text().replace("&", "") == text:
                menu.setActiveAction(action)
                qtbot.keyClick(menu, Qt.Key.Key_Return)
                return
        menu.close()
        raise AssertionError([a.text() for a in menu.actions()])
    QTimer.singleShot(200, choose)
    # What the window system sends on a right click (QTest's mouse events do not make one).
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos)))


def test_a_meetings_context_menu_makes_a_follow_up_of_it_and_the_dashboard_leads_back(qtbot, demo_window):
    w = demo_window
    w.show_page(PAGE_AGENDA)
    w.tasks.wait()
    japan = _japan(w)
    w.agenda.show_mission(japan["id"])
    w.tasks.wait()
    rows = w.agenda.model.rows
    r = next(i for i, row in enumerate(rows) if row["kind"] == "meeting" and "Vice-Governor" in row["title"])
    meeting = rows[r]
    table = w.agenda.table
    _click_cell(qtbot, table, r, 2)
    cell = table.visualRect(table.model().index(r, 2)).center()
    _context_menu_pick(qtbot, table.viewport(), cell, "New follow-up…")
    w.tasks.wait()
    editor = w.agenda.editor
    qtbot.waitExposed(editor)
    assert editor.mission is None                       # made for this meeting: nothing to choose
    assert meeting["title"] in editor.source.text()
    qtbot.keyClicks(editor.action, "Thank-you letter to the Vice-Governor")
    _save(qtbot, editor)
    w.tasks.wait()
    stored = [f for f in w.planner.followups.list(mission=japan["id"])
              if f["action"] == "Thank-you letter to the Vice-Governor"]
    assert len(stored) == 1 and stored[0]["meeting_id"] == meeting["id"]
    # The meeting was not marked held: no outcome was logged.
    assert w.planner.meetings.get(meeting["id"])["status"] == meeting["status"]

    w.show_page(PAGE_FOLLOWUPS)
    w.tasks.wait()
    page = w._page(PAGE_FOLLOWUPS)
    qtbot.waitUntil(lambda: "Thank-you letter to the Vice-Governor" in _rows(page))
    r = page.model.rows.index(_rows(page)["Thank-you letter to the Vice-Governor"])
    _click_cell(qtbot, page.table, r, page.model.COL_ACTION)
    assert page.meeting_button.isEnabled()
    qtbot.mouseClick(page.meeting_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()
    qtbot.waitUntil(lambda: w.current_page() is w.agenda)
    qtbot.waitUntil(lambda: w.agenda.current_meeting_id() == meeting["id"])


def test_the_editor_of_a_follow_up_links_to_its_meeting(qtbot, demo_window):
    w = demo_window
    japan = _japan(w)
    meeting = next(m for m in w.planner.meetings.page(0, 100, mission_id=japan["id"])
                   if "Vice-Governor" in m["title"])
    w.planner.followups.create(meeting_id=meeting["id"], action="Book the return visit")
    w.show_page(PAGE_FOLLOWUPS)
    w.tasks.wait()
    page = w._page(PAGE_FOLLOWUPS)
    page.refresh_rows()
    w.tasks.wait()
    qtbot.waitUntil(lambda: "Book the return visit" in _rows(page))
    r = page.model.rows.index(_rows(page)["Book the return visit"])
    _click_cell(qtbot, page.table, r, page.model.COL_ACTION)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()
    editor = page.editor
    qtbot.waitExposed(editor)
    assert meeting["title"] in editor.source.text() and editor.source.isVisible()
    editor.source.linkActivated.emit(meeting["id"])  # what a click on the link sends
    w.tasks.wait()
    assert not editor.isVisible()
    qtbot.waitUntil(lambda: w.agenda.current_meeting_id() == meeting["id"])
