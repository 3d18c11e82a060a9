"""The mission editor's Briefing tab (issue 16, front matter): the trip's key messages, typed one a
line, and the duty officer, picked like the lead; saved with the mission, printed first in the pack,
and put back by Undo. Driven with the keyboard and the mouse."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton

from missionplanner.services import missions as mission_service
from missionplanner.ui.tasks import runner

JAPAN = "official-mission-japan-2017"


def test_key_messages_and_duty_officer_are_typed_saved_and_undone(qtbot, demo_window, demo_db, open_mission_editor):
    mission_id = mission_service.mission_id_of(demo_db, JAPAN)
    before = mission_service.mission_detail(demo_db, mission_id)
    assert len(before["key_messages"]) == 4 and before["duty_officer"]["title"] == "Adviser, foreign trade"
    editor = open_mission_editor(demo_window, mission_id)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Briefing
    assert editor.tabs.currentWidget().isAncestorOf(editor.key_messages)
    points = editor.key_messages
    assert [points.list.item(i).text() for i in range(points.list.count())] == before["key_messages"]

    add = next(b for b in points.findChildren(QPushButton) if b.text() == "&Add")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)  # a new line, open to be typed over
    qtbot.waitUntil(lambda: points.list.findChild(QLineEdit) is not None)
    line = points.list.findChild(QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "Brussels is open for Japanese investment")
    qtbot.keyClick(line, Qt.Key.Key_Return)

    picker = editor.duty_officer
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "jodogne")
    runner().wait(20_000)  # people are looked up on the worker
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # a single pick replaces the adviser
    qtbot.waitUntil(lambda: picker.list.count() == 1 and "Jodogne" in picker.list.item(0).text(), timeout=10_000)

    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    demo_window.tasks.wait(20_000)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    after = mission_service.mission_detail(demo_db, mission_id)
    assert after["key_messages"] == [*before["key_messages"], "Brussels is open for Japanese investment"]
    assert after["duty_officer"]["family_name"] == "Jodogne"

    demo_window.act_undo.trigger()
    demo_window.tasks.wait()
    undone = mission_service.mission_detail(demo_db, mission_id)
    assert undone["key_messages"] == before["key_messages"]
    assert undone["duty_officer"]["id"] == before["duty_officer"]["id"]
