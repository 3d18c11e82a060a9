"""Validation shown all at once (issue 17): every refusal under its own field, with its subject,
never beside the field (squeezing it), never twice after a second Save."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from missionplanner.services import followups as followup_service
from missionplanner.services import missions as mission_service
from missionplanner.services import people as people_service
from missionplanner.ui import i18n
from missionplanner.ui.followups_page import FollowupEditor
from missionplanner.ui.main_window import PAGE_FOLLOWUPS, PAGE_PEOPLE
from missionplanner.ui.mission_editor import LegDialog
from missionplanner.ui.people_editor import PersonEditor
from missionplanner.ui.tasks import runner


@pytest.fixture
def language(qapp):
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")


def _click_save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    runner().wait(20_000)


def _shown(dialog, text_part: str) -> list[QLabel]:
    return [label for label in dialog.findChildren(QLabel)
            if label.isVisible() and text_part in label.text()]


def _under(dialog, field_widget, message: QLabel) -> None:
    """The message sits under the field, as wide as the field's column, and the field keeps its width."""
    field_top = field_widget.mapTo(dialog, field_widget.rect().topLeft())
    message_top = message.mapTo(dialog, message.rect().topLeft())
    assert message_top.y() >= field_top.y() + field_widget.height() - 1
    assert field_widget.width() > 150  # not squeezed by a message beside it


def _new_person(qtbot, window):
    window.show_page(PAGE_PEOPLE)
    window.tasks.wait()
    window.people.new()
    window.tasks.wait()
    editor = next(e for e in window.findChildren(PersonEditor) if e.isVisible())
    return editor


def test_a_person_with_two_faults_shows_both_under_their_fields_once(qtbot, window, db):
    editor = _new_person(qtbot, window)
    qtbot.keyClicks(editor.widgets["given_name"], "Ana")
    qtbot.keyClicks(editor.widgets["email"], "ana@")
    _click_save(qtbot, editor)
    assert editor.isVisible() and people_service.list_people(db, "Ana") == []
    [required] = _shown(editor, "Family name is required")
    [email] = _shown(editor, "E-mail: 'ana@' is not an e-mail address")
    _under(editor, editor.widgets["family_name"], required)
    _under(editor, editor.widgets["email"], email)
    _click_save(qtbot, editor)  # a second Save: the same messages, not two of each
    assert len(_shown(editor, "Family name is required")) == 1 and len(_shown(editor, "is not an e-mail")) == 1
    assert editor.focusWidget() is editor.widgets["family_name"]  # the first one to fix
    # Fixed, both go and the person is saved.
    qtbot.keyClicks(editor.widgets["family_name"], "Martin")
    qtbot.keyClicks(editor.widgets["email"], "example.be")
    _click_save(qtbot, editor)
    assert not editor.isVisible()
    assert [p["family_name"] for p in people_service.list_people(db, "Martin")] == ["Martin"]


def test_the_person_editor_says_it_in_french(qtbot, make_window, db, language):
    window = make_window(db, "fr")
    editor = _new_person(qtbot, window)
    _click_save(qtbot, editor)
    assert len(_shown(editor, "Le nom de famille est obligatoire")) == 1


def test_a_mission_without_title_or_dates_says_all_three(qtbot, window, db):
    editor = window.new_mission()
    qtbot.keyClicks(editor.end.edit, "9/6/2017")
    qtbot.keyClicks(editor.start.edit, "12/6/2017")  # after the end
    _click_save(qtbot, editor)
    assert editor.isVisible() and mission_service.list_missions(db) == []
    said = editor.errors.texts()
    assert said["title"] == "Title is required"
    assert said["end"].startswith("⚠ End: ")  # ends before it starts, said under the end
    _under(editor, editor.title_edit, _shown(editor, "Title is required")[0])
    editor.end.edit.clear()
    _click_save(qtbot, editor)
    assert editor.errors.texts() == {"title": "Title is required", "end": "⚠ End is required"}


def test_a_leg_says_every_fault_before_it_closes(qtbot, window):
    dialog = LegDialog(None, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.country, "XX")
    dialog.zone.set_zone("Asia/Tokyo")
    qtbot.keyClicks(dialog.arrive.edit, "10/6/2017 09:00")
    qtbot.keyClicks(dialog.depart.edit, "8/6/2017 18:00")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    said = dialog.errors.texts()
    assert set(said) == {"city", "country", "depart"}
    assert said["city"] == "City is required" and "XX" in said["country"]
    _under(dialog, dialog.city, _shown(dialog, "City is required")[0])


def test_a_meeting_without_title_ending_before_it_starts(qtbot, window, db, mission_id):
    window.agenda.new(mission_id)
    window.tasks.wait()
    editor = window.agenda.editor
    qtbot.keyClicks(editor.start.edit, "9/6/2017 10:00")
    qtbot.keyClicks(editor.end.edit, "9/6/2017 09:00")
    _click_save(qtbot, editor)
    assert editor.isVisible()
    qtbot.wait(500)  # the live checks run after a pause in typing: they leave the refusals said
    said = editor.errors.texts()
    assert said["title"] == "Title is required" and said["end"].startswith("⚠ End: ")
    _click_save(qtbot, editor)
    assert len(_shown(editor, "Title is required")) == 1 and len(_shown(editor, "End: ")) == 1


def test_a_follow_up_without_action_and_with_a_bad_due_date(qtbot, window, db, mission_id):
    followup_service.create_followup(db, mission_id=mission_id, action="Send the minutes", due="2017-06-20")
    window.show_page(PAGE_FOLLOWUPS)
    window.tasks.wait()
    page = window.followups
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    window.tasks.wait()
    editor = next(e for e in page.findChildren(FollowupEditor) if e.isVisible())
    editor.action.clear()
    editor.due.edit.clear()
    qtbot.keyClicks(editor.due.edit, "31/6/2017")
    _click_save(qtbot, editor)
    assert editor.isVisible()
    said = editor.errors.texts()
    assert said["action"] == "Action is required" and "31/6/2017" in said["due"]
    assert [f["action"] for f in followup_service.list_followups(db)] == ["Send the minutes"]
