"""Translations… (issue 16, point 4): a meeting's printed texts typed in French, Dutch and English
side by side from the meeting editor, saved, undone; the print dialog lists what is not translated."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from missionplanner.ui.print_dialog import PrintDialog
from missionplanner.ui.translations_dialog import TranslationsDialog

JAPAN = "official-mission-japan-2017"


def _meeting(planner, words: str) -> dict:
    return next(m for m in planner.missions.detail(JAPAN)["meetings"] if words in m["title"])


def _when_the_dialog_is_open(fill, left=250):
    """Call `fill(dialog)` once the Translations dialog, opened modally next, has read its texts."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, TranslationsDialog) or not dialog.editors:
        if left:
            QTimer.singleShot(20, lambda: _when_the_dialog_is_open(fill, left - 1))
        return
    fill(dialog)


def test_typed_translations_are_saved_from_the_meeting_editor_and_undone(qtbot, demo_window):
    w = demo_window
    planner = w.planner
    meeting = _meeting(planner, "Vice-Governor")
    w.open_agenda(planner.missions.resolve(JAPAN))
    w.tasks.wait()
    w.agenda.edit(meeting["id"])
    w.tasks.wait()
    editor = w.agenda.editor
    assert editor.translations_button.isEnabled()

    def type_in_the_dialog(dialog):
        french = dialog.findChild(type(dialog.editors[("objectives", "fr")]), "objectives_fr")
        french.selectAll()
        qtbot.keyClicks(french, "Confirmer les liens avec Aichi.")
        points = dialog.findChild(type(dialog.editors[("talking_points", "nl")]), "talking_points_nl")
        points.clear()
        qtbot.keyClicks(points, "Aichi bedanken.")
        qtbot.keyClick(points, Qt.Key.Key_Return)
        qtbot.keyClicks(points, "Beer Project vermelden.")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, lambda: _when_the_dialog_is_open(type_in_the_dialog))
    qtbot.mouseClick(editor.translations_button, Qt.MouseButton.LeftButton)  # returns when the dialog closes
    w.tasks.wait()
    held = planner.translations.get("meeting", meeting["id"])
    assert held["fr"]["objectives"] == "Confirmer les liens avec Aichi."
    assert held["nl"]["talking_points"] == ["Aichi bedanken.", "Beer Project vermelden."]
    assert held["en"]["objectives"] == meeting["objectives"]  # the other languages as they were
    editor.reject()
    assert "Translations" in w.act_undo.text()
    w.act_undo.trigger()
    w.tasks.wait()
    held = planner.translations.get("meeting", meeting["id"])
    assert held["fr"]["objectives"].startswith("Confirmer les excellents liens d'amitié")
    assert held["nl"]["talking_points"][0].startswith("Aichi bedanken voor het samenwerkingsakkoord")


def test_a_bad_if_raised_line_is_refused_in_the_dialog(qtbot, demo_window):
    planner = demo_window.planner
    meeting = _meeting(planner, "Vice-Governor")
    dialog = TranslationsDialog(planner, "meeting", meeting["id"], meeting["title"], demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.editors), timeout=10_000)
    box = dialog.editors[("if_raised", "fr")]
    box.clear()
    qtbot.keyClicks(box, "Une question sans ligne")  # no " — " before a line to take
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert dialog.isVisible()
    assert planner.translations.get("meeting", meeting["id"])["fr"]["if_raised"][0]["topic"].startswith("Calendrier")


def test_the_print_dialog_lists_what_the_chosen_language_lacks(qtbot, demo_window):
    w = demo_window
    planner = w.planner
    meeting = _meeting(planner, "Beer Project")
    planner.translations.set("meeting", meeting["id"], {"nl": {"background": ""}})
    w.missions.select(planner.missions.resolve(JAPAN))
    dialog = w.print_document("briefing")
    assert isinstance(dialog, PrintDialog)
    note = dialog.findChild(type(dialog.message), "untranslatedNote")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    w.tasks.wait()
    assert not note.isVisible()  # the demo is all in French
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    qtbot.waitUntil(note.isVisible, timeout=10_000)
    assert "1 text not in Dutch will print as typed" in note.text()
    assert f"Meeting \u201c{meeting['title']}\u201d: Background" in note.text()


def test_an_organizations_description_is_translated_from_its_editor(qtbot, demo_window):
    w = demo_window
    planner = w.planner
    louise = next(o for o in planner.briefing.data(JAPAN)["organizations"] if o["name"].startswith("Louise"))
    w.organizations.edit(louise["id"])
    w.tasks.wait()
    editor = w.organizations.editor
    assert editor.translations_button.isEnabled()

    def type_in_the_dialog(dialog):
        assert set(dialog.editors) == {("description", lang) for lang in ("fr", "nl", "en")}
        dutch = dialog.findChild(type(dialog.editors[("description", "nl")]), "description_nl")
        dutch.selectAll()
        qtbot.keyClicks(dutch, "Chique winkelwijk in Brussel.")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, lambda: _when_the_dialog_is_open(type_in_the_dialog))
    qtbot.mouseClick(editor.translations_button, Qt.MouseButton.LeftButton)  # returns when the dialog closes
    w.tasks.wait()
    assert planner.translations.get("organization", louise["id"])["nl"]["description"] == "Chique winkelwijk in Brussel."
    editor.reject()
