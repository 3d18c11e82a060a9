"""One way to type a date in every editor (issue 17): day first, the year kept, a calendar, and an
echo under the field of what was understood, in the interface language."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QDialogButtonBox

from missionplanner.services import missions as mission_service
from missionplanner.ui import i18n
from missionplanner.ui.date_entry import DateEntry
from missionplanner.ui.mission_editor import LegDialog
from missionplanner.ui.tasks import runner


@pytest.fixture
def language(qapp):
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")


def _save(qtbot, editor):
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_new_mission_reads_8_6_2017_as_8_june_and_keeps_a_typed_year(qtbot, window, db):
    editor = window.new_mission()
    qtbot.keyClicks(editor.title_edit, "Mission to Japan")
    qtbot.keyClicks(editor.start.edit, "8/6/2017")
    assert editor.start.echo.text() == "Thursday, 8 June 2017"
    qtbot.keyClicks(editor.end.edit, "2017-06-12")  # ISO: the year typed is the year kept
    assert editor.end.echo.text() == "Monday, 12 June 2017"
    _save(qtbot, editor)
    runner().wait(20_000)
    assert not editor.isVisible()
    detail = mission_service.mission_detail(db, editor.mission_id)
    assert (detail["start"], detail["end"]) == ("2017-06-08", "2017-06-12")


def test_a_bad_or_empty_date_says_why_under_the_field_and_blocks_saving(qtbot, window, db):
    editor = window.new_mission()
    qtbot.keyClicks(editor.title_edit, "Refused")
    qtbot.keyClicks(editor.start.edit, "31/2/2017")
    # Said as it is typed, in the echo line under the field.
    assert editor.start.echo.text().startswith("⚠ Start: cannot read '31/2/2017' as a date;")
    _save(qtbot, editor)
    runner().wait(20_000)
    assert editor.isVisible() and mission_service.list_missions(db) == []
    said = editor.errors.texts()
    assert "cannot read '31/2/2017' as a date" in said["start"]
    assert said["end"] == "⚠ End is required"  # the empty end too, at the same time
    assert "" not in said  # nothing repeated in the general line
    # Corrected, the message goes, and the save goes through.
    editor.start.edit.selectAll()
    qtbot.keyClicks(editor.start.edit, "28/2/2017")
    qtbot.keyClicks(editor.end.edit, "1 mars 2017")
    assert editor.errors.texts() == {}
    _save(qtbot, editor)
    runner().wait(20_000)
    assert not editor.isVisible()
    detail = mission_service.mission_detail(db, editor.mission_id)
    assert (detail["start"], detail["end"]) == ("2017-02-28", "2017-03-01")


def test_the_calendar_button_picks_a_day_and_keeps_the_typed_time(qtbot, window):
    entry = DateEntry("datetime", "start")
    qtbot.addWidget(entry)
    entry.set_zone("Asia/Tokyo", "Europe/Brussels")
    entry.show()
    qtbot.keyClicks(entry.edit, "9/6/2017 10:30")
    qtbot.mouseClick(entry.button, Qt.MouseButton.LeftButton)
    calendar = entry.findChild(QCalendarWidget, "dateEntryCalendar")
    qtbot.waitUntil(lambda: calendar is not None and calendar.isVisible(), timeout=5000)
    assert calendar.selectedDate() == QDate(2017, 6, 9)  # opens on the day typed
    # Two days on with the keyboard, then Enter: the day changes, the time stays.
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.text() == "2017-06-11 10:30", timeout=5000)
    assert entry.echo.text() == "Sunday, 11 June 2017, 10:30 — 03:30 in Brussels"


def test_alt_down_opens_the_calendar_from_the_keyboard(qtbot, window):
    entry = DateEntry("date", "due", required=False)
    qtbot.addWidget(entry)
    entry.show()
    entry.set_default_day(QDate(2017, 6, 8).toPython())
    qtbot.keyClick(entry.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = entry.findChild(QCalendarWidget, "dateEntryCalendar")
    qtbot.waitUntil(lambda: calendar is not None and calendar.isVisible(), timeout=5000)
    assert calendar.selectedDate() == QDate(2017, 6, 8)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.text() == "2017-06-08", timeout=5000)
    assert entry.value().isoformat() == "2017-06-08"


def test_a_leg_is_typed_day_first_with_its_echo_in_the_leg_zone(qtbot, window):
    dialog = LegDialog(None, QDate(2017, 6, 8).toPython(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.city, "Tokyo")
    qtbot.keyClicks(dialog.country, "JP")
    dialog.zone.set_zone("Asia/Tokyo")
    qtbot.keyClicks(dialog.arrive.edit, "8/6/2017 9h30")
    qtbot.keyClicks(dialog.depart.edit, "10 juin 18:00")  # no year: the arrival's
    assert dialog.arrive.echo.text() == "Thursday, 8 June 2017, 09:30"
    assert dialog.values()["arrive"] == "2017-06-08T09:30" and dialog.values()["depart"] == "2017-06-10T18:00"


def test_the_meeting_editor_echoes_in_french_with_the_time_in_brussels(qtbot, make_window, db, mission_id, language):
    window = make_window(db, "fr")
    window.agenda.new(mission_id)
    window.tasks.wait()
    editor = window.agenda.editor
    qtbot.keyClicks(editor.start.edit, "9/6/2017 10h30")
    assert editor.start.echo.text() == "vendredi 9 juin 2017, 10:30 — 03:30 à Bruxelles"
    qtbot.keyClicks(editor.end.edit, "11:00")  # the start's day
    assert editor.end.echo.text() == "vendredi 9 juin 2017, 11:00 — 04:00 à Bruxelles"
    editor.end.edit.clear()
    qtbot.keyClicks(editor.end.edit, "lundi 9 juin 2017 11:00")
    assert editor.end.echo.text().startswith("⚠ Fin")  # the wrong weekday, said with its subject
