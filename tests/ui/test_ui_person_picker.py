"""The meeting editor's person picker finds people by the People page's rule: accents and case
ignored ("cecile" finds Cécile), and "%" or "_" typed as themselves, not as wildcards."""

from PySide6.QtCore import Qt

from missionplanner.services import missions as mission_service
from missionplanner.services import people as people_service
from missionplanner.ui.tasks import runner


def _editor(window, db, monkeypatch):
    import missionplanner.ui.meeting_editor as meeting_editor

    monkeypatch.setattr(meeting_editor, "confirm_discard", lambda _parent: True)  # leave without asking
    mission_id = mission_service.list_missions(db)[0]["id"]
    window.agenda.new(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.agenda.editor
    assert editor is not None
    return editor


def _type(qtbot, picker, text):
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, text)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # adds the first match, if any
    runner().wait(20_000)  # people are looked up on the worker


def _names(picker):
    return [picker.list.item(i).text() for i in range(picker.list.count())]


def test_the_picker_finds_cecile_without_her_accent(qtbot, demo_window, demo_db, monkeypatch):
    editor = _editor(demo_window, demo_db, monkeypatch)
    picker = editor.delegation
    _type(qtbot, picker, "cecile jodo")
    assert any("Cécile" in name for name in _names(picker)), _names(picker)
    assert picker.search.text() == ""
    editor.reject()


def test_the_picker_offers_accented_matches_in_its_list(qtbot, demo_window, demo_db, monkeypatch):
    editor = _editor(demo_window, demo_db, monkeypatch)
    picker = editor.delegation
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "CECILE")
    runner().wait(20_000)  # people are looked up on the worker
    shown = picker.search.completer().popup().model()  # what the drop-down list offers
    offered = [shown.index(r, 0).data() for r in range(shown.rowCount())]
    assert any("Cécile" in name for name in offered), offered
    editor.reject()


def test_percent_and_underscore_are_literal(qtbot, demo_window, demo_db, monkeypatch):
    people_service.create_person(demo_db, given_name="Rate", family_name="Fifty_50%")
    editor = _editor(demo_window, demo_db, monkeypatch)
    picker = editor.delegation
    for typed in ("%", "_", "y_50%"):  # as wildcards they would match whoever comes first
        picker.list.clear()
        _type(qtbot, picker, typed)
        assert len(_names(picker)) == 1 and "Fifty_50%" in _names(picker)[0], (typed, _names(picker))
    picker.list.clear()
    _type(qtbot, picker, "o%")  # no name holds "o%": nobody is added
    assert _names(picker) == []
    editor.reject()
