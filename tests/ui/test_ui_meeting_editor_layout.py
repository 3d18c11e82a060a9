"""The meeting editor as an aide writes a brief: the brief is the main area (its tab first, most of
the height), "if raised" questions have rows of their own with the line to take, and the live
checks are a strip that folds away and opens again when a new error appears."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from missionplanner.services.meetings import meeting_by_id
from missionplanner.ui.tasks import runner


def _new_editor(window, mission_id):
    window.refresh_all()
    window.tasks.wait()
    window.agenda.new(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    return window.agenda.editor


def _type_in_cell(qtbot, table, row, column, text):
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_the_brief_is_the_main_area_and_fits_a_small_screen(qtbot, window, mission_id):
    editor = _new_editor(window, mission_id)
    qtbot.waitExposed(editor)
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "&Brief"
    editor.resize(1000, 560)  # a 1024 x 600 screen, less the window's title bar
    qtbot.wait(50)
    assert editor.height() <= 560 and editor.minimumSizeHint().height() <= 560
    assert editor.tabs.height() > editor.height() / 2   # most of the height is the brief's
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_if_raised_questions_are_typed_in_rows_of_their_own_and_saved(qtbot, window, db, mission_id):
    editor = _new_editor(window, mission_id)
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.title_edit, "Meeting with METI")
    qtbot.keyClicks(editor.start.edit, "9/6/2017 14:00")
    qtbot.keyClicks(editor.end.edit, "9/6/2017 15:00")
    add = next(b for b in editor.if_raised.findChildren(type(editor.buttons.button(QDialogButtonBox.StandardButton.Save)))
               if b.text() == "Add a questi&on")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    table = editor.if_raised.table
    _type_in_cell(qtbot, table, 0, 0, "Nuclear energy cooperation")
    _type_in_cell(qtbot, table, 0, 1, "Not on the agenda of this visit; take note and report back")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    runner().wait(20_000)
    qtbot.waitUntil(lambda: not editor.isVisible())
    stored = meeting_by_id(db, editor.meeting_id)["if_raised"]
    assert stored == [{"topic": "Nuclear energy cooperation",
                       "line": "Not on the agenda of this visit; take note and report back"}]
    window.agenda.edit(editor.meeting_id)
    window.tasks.wait()
    again = window.agenda.editor
    qtbot.waitExposed(again)
    assert again.if_raised.items() == stored
    qtbot.keyClick(again, Qt.Key.Key_Escape)


def test_a_question_without_its_line_to_take_is_refused_naming_it(qtbot, window, db, mission_id, monkeypatch):
    editor = _new_editor(window, mission_id)
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.title_edit, "Meeting with JETRO")
    qtbot.keyClicks(editor.start.edit, "9/6/2017 16:00")
    qtbot.keyClicks(editor.end.edit, "9/6/2017 17:00")
    editor.if_raised.add("Visa rules for engineers", "")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    runner().wait(20_000)
    assert editor.isVisible() and editor.meeting_id is None   # nothing written
    shown = " ".join(w.text() for w in editor.findChildren(type(editor.errors.general)) if w.isVisible())
    assert "If raised 1, line to take: is required" in shown, shown  # which entry, which part
    _discard_when_asked(monkeypatch)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def _discard_when_asked(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))


def test_the_checks_strip_folds_and_opens_again_on_a_new_error(qtbot, window, db, mission_id, monkeypatch):
    from missionplanner.services import meetings, missions
    from missionplanner.services import people as people_service

    lead = people_service.create_person(db, given_name="Cécile", family_name="Jodogne")
    missions.update_mission(db, mission_id, None, lead_id=lead)  # in every meeting: they clash
    meetings.create_meeting(db, mission_id, title="METI", start="2017-06-09T10:00", end="2017-06-09T11:00",
                            city="Tokyo", timezone="Asia/Tokyo", status="confirmed")
    editor = _new_editor(window, mission_id)
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.title_edit, "JETRO")
    qtbot.keyClicks(editor.start.edit, "9/6/2017 10:30")
    qtbot.keyClicks(editor.end.edit, "9/6/2017 11:30")
    qtbot.waitUntil(lambda: editor.conflict_box.isVisible() and not editor.checking, timeout=10_000)
    assert editor.checks_toggle.text().startswith("Conflicts: 1 error")
    assert editor.conflict_list.isVisible()
    qtbot.mouseClick(editor.checks_toggle, Qt.MouseButton.LeftButton)   # folded away
    assert not editor.conflict_list.isVisible() and editor.checks_toggle.isVisible()
    meetings.create_meeting(db, mission_id, title="Keidanren", start="2017-06-09T11:00",
                            end="2017-06-09T12:00", city="Tokyo", timezone="Asia/Tokyo", status="confirmed")
    editor.end.clear()
    qtbot.keyClicks(editor.end.edit, "9/6/2017 11:45")  # now it clashes with two
    qtbot.waitUntil(lambda: editor.checks_toggle.text().startswith("Conflicts: 2 errors"), timeout=10_000)
    assert editor.conflict_list.isVisible()  # opened again: a new error is not hidden
    _discard_when_asked(monkeypatch)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
