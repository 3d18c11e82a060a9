"""Positions whose holder is not known yet, in the window: created from the People page, listed and
offered by the pickers as positions ("name to be confirmed", never a made-up name), filled later
with a person from the People page, and the filling undone with Edit ▸ Undo."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from missionplanner.services import meetings as meeting_service
from missionplanner.services import people as people_service
from missionplanner.ui.tasks import runner

PAGE_PEOPLE = 2
SHOTS = Path("/tmp/h2-positions")


def _aichi(db) -> str:
    return people_service.create_organization(db, name="Aichi Prefecture", native_name="愛知県",
                                              kind="prefecture", country="JP")


def _ohmura(db, aichi: str) -> str:
    return people_service.create_person(db, given_name="Hideaki", family_name="Ohmura", native_name="大村秀章",
                                        title="Governor of Aichi", organization_id=aichi)


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _visible(parent, cls):
    return next(e for e in parent.findChildren(cls) if e.isVisible())


def _people_names(page):
    return [page.model.data(page.model.index(r, page.model.COL_NAME)) for r in range(page.model.rowCount())]


def _shot(widget, name):
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


def test_a_position_is_created_from_the_people_page_and_listed_as_one(qtbot, window, db):
    from missionplanner.ui.people_editor import PersonEditor

    w = window
    _ohmura(db, _aichi(db))
    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    _click(qtbot, w.people.new_position_button)
    w.tasks.wait()  # the editor opens once the organizations are read
    editor = _visible(w.people, PersonEditor)
    assert editor.is_position.isChecked() and not editor.names_box.isVisible()
    assert editor.windowTitle() == "New position"
    qtbot.keyClicks(editor.widgets["title"], "Vice-Governor of Aichi")
    org = editor.widgets["organization_id"]
    org.setCurrentIndex(org.findText("Aichi", Qt.MatchFlag.MatchStartsWith))
    _click(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Save))
    w.tasks.wait(20_000)
    position = people_service.person_detail(db, editor.record_id)
    assert position["kind"] == "position" and position["family_name"] == "" and position["given_name"] == ""
    assert position["organization"].startswith("Aichi")

    w.people.filter.setText("")
    w.people.refresh()
    w.tasks.wait()
    assert "Vice-Governor of Aichi (name to be confirmed)" in _people_names(w.people)
    w.people.select(position["id"])
    w.tasks.wait()
    qtbot.waitUntil(lambda: "name to be confirmed" in w.people.detail.toPlainText())
    assert w.people.fill_button.isEnabled()
    _shot(w, "people-page-with-position.png")
    assert sorted(_people_names(w.people)) == ["OHMURA Hideaki",
                                               "Vice-Governor of Aichi (name to be confirmed)"]
    w.people.select(people_service.list_people(db, "Ohmura")[0]["id"])
    w.tasks.wait()
    assert not w.people.fill_button.isEnabled()  # a person is not a position to fill


def _meeting_editor(window, mission_id, monkeypatch):
    import missionplanner.ui.meeting_editor as meeting_editor

    monkeypatch.setattr(meeting_editor, "confirm_discard", lambda _parent: True)
    window.refresh_all()
    window.tasks.wait()
    window.agenda.new(mission_id)
    window.tasks.wait()
    return window.agenda.editor


def _offered(qtbot, picker, typed):
    picker.list.clear()
    picker.search.clear()
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, typed)
    runner().wait(20_000)  # looked up on the worker
    shown = picker.search.completer().popup().model()
    return [shown.index(r, 0).data() for r in range(shown.rowCount())]


def test_the_picker_offers_a_position_by_its_post_and_organization(qtbot, window, db, mission_id, monkeypatch):
    aichi = _aichi(db)
    _ohmura(db, aichi)
    people_service.create_position(db, title="Vice-Governor of Aichi", organization_id=aichi)
    editor = _meeting_editor(window, mission_id, monkeypatch)
    picker = editor.counterparts
    assert sorted(_offered(qtbot, picker, "aichi")) == ["OHMURA Hideaki (大村秀章)",
                                                        "Vice-Governor of Aichi — position, name to be confirmed"]
    assert _offered(qtbot, picker, "prefecture vice") == ["Vice-Governor of Aichi — position, name to be confirmed"]
    assert _offered(qtbot, picker, "Vice") == ["Vice-Governor of Aichi — position, name to be confirmed"]
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # adds the first one found
    runner().wait(20_000)
    assert [picker.list.item(i).text() for i in range(picker.list.count())] == \
        ["Vice-Governor of Aichi (name to be confirmed)"]
    _shot(editor, "meeting-editor-with-position.png")
    editor.reject()


def test_fill_a_position_from_the_people_page_then_undo(qtbot, window, db, mission_id):
    from missionplanner.services.planner import Planner
    from missionplanner.ui.people_editor import FillPositionDialog

    w = window
    planner = Planner(db)
    aichi = _aichi(db)
    ohmura = {"id": _ohmura(db, aichi)}
    vice = people_service.create_position(db, title="Vice-Governor of Aichi", organization_id=aichi)
    meeting = meeting_service.create_meeting(
        db, mission_id, title="Courtesy call on the Vice-Governor", start="2017-06-09T15:00",
        end="2017-06-09T16:00", timezone="Asia/Tokyo", city="Tokyo", counterparts=[vice])

    def counterparts():
        return [p["id"] for p in planner.meetings.get(meeting)["counterparts"]]

    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    qtbot.keyClicks(w.people.filter, "vice")
    qtbot.waitUntil(lambda: w.people.model.rowCount() == 1)
    w.tasks.wait()
    w.people.table.setFocus()
    qtbot.keyClick(w.people.table, Qt.Key.Key_Down)  # the first (and only) row
    w.tasks.wait()
    assert w.people.fill_button.isEnabled()
    _click(qtbot, w.people.fill_button)
    dialog = _visible(w.people, FillPositionDialog)
    # The holder is a person: the position itself is not offered.
    assert not any("Vice-Governor" in text for text in _offered(qtbot, dialog.picker, "Vice"))
    dialog.picker.search.clear()
    qtbot.keyClicks(dialog.picker.search, "Ohmura")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    runner().wait(20_000)
    assert dialog.picker.ids() == [ohmura["id"]]
    _shot(dialog, "fill-position-dialog.png")
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    w.tasks.wait(20_000)
    assert counterparts() == [ohmura["id"]]
    assert people_service.person_detail(db, vice)["filled_by_id"] == ohmura["id"]
    assert "Vice-Governor" in w.act_undo.text()

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.people.table.setFocus()
    qtbot.keyClick(w.people.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo
    w.tasks.wait(20_000)
    assert counterparts() == [vice]
    assert people_service.person_detail(db, vice)["filled_by_id"] is None


def test_a_position_is_created_inline_from_the_meeting_editor(qtbot, window, db, mission_id, monkeypatch):
    from missionplanner.ui.widgets import NewPersonDialog

    _aichi(db)
    editor = _meeting_editor(window, mission_id, monkeypatch)
    picker = editor.counterparts
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "Vice-Governor of Aichi")
    runner().wait(20_000)
    _click(qtbot, picker.new_button)
    runner().wait(20_000)  # opens once the organizations are read
    dialog = _visible(editor, NewPersonDialog)
    dialog.is_position.click()
    assert dialog.title_edit.text() == "Vice-Governor of Aichi" and dialog.family.text() == ""
    assert not dialog.family.isEnabled() and dialog.windowTitle() == "New position"
    org = dialog.organization
    org.setCurrentIndex(org.findText("Aichi", Qt.MatchFlag.MatchStartsWith))
    _click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    runner().wait(20_000)
    assert [picker.list.item(i).text() for i in range(picker.list.count())] == \
        ["Vice-Governor of Aichi (name to be confirmed)"]
    [position] = people_service.list_people(db, "Vice")
    assert position["kind"] == "position" and position["family_name"] == "" and position["organization"]
    editor.reject()
