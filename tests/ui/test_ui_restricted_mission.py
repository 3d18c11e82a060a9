"""Restricting a mission to named people from its editor: the logins typed are kept (sorted, once
each), a name that is not a login is refused under the field, and Undo brings the old list back."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from missionplanner.services import missions as mission_service


def _save(qtbot, window, editor):
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    window.tasks.wait(20_000)


def test_restrict_a_mission_from_its_editor_and_undo(qtbot, window, db, mission_id, open_mission_editor):
    editor = open_mission_editor(window, mission_id)
    editor.restricted_to.clear()
    qtbot.keyClicks(editor.restricted_to, "Bob, anne")
    _save(qtbot, window, editor)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    assert mission_service.mission_detail(db, mission_id)["restricted_to"] == ["anne", "bob"]
    window.act_undo.trigger()
    window.tasks.wait()
    assert mission_service.mission_detail(db, mission_id)["restricted_to"] == []


def test_a_name_that_is_not_a_login_is_refused_under_the_field(qtbot, window, db, mission_id, open_mission_editor):
    editor = open_mission_editor(window, mission_id)
    qtbot.keyClicks(editor.restricted_to, "anne, Robert Smith")
    _save(qtbot, window, editor)
    assert editor.isVisible()
    qtbot.waitUntil(lambda: "is not a login name" in editor.errors.labels["restricted_to"].text(), timeout=10_000)
    assert mission_service.mission_detail(db, mission_id)["restricted_to"] == []
