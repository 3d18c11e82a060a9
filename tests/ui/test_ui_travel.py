"""The trip in the editors (issue 15): a mission's travel segments in its Travel tab, the stay on a
leg, and a meeting's kind, dress code and lead, driven with the keyboard and the mouse."""

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from missionplanner.ui.mission_editor import LegDialog
from missionplanner.ui.tasks import runner

SHOTS = Path(os.environ.get("MISSIONPLANNER_TEST_SHOTS", "/tmp/h6-shots"))


@pytest.fixture
def japan(window):
    """A saved mission to Japan (7-11 June 2017) led by Cécile Jodogne, with an aide in its
    delegation and a leg in Tokyo: (mission id, lead id, aide id)."""
    planner = window.planner
    lead = planner.people.create(given_name="Cécile", family_name="Jodogne")
    aide = planner.people.create(given_name="Marc", family_name="Dubois")
    mid = planner.missions.create(title="Mission to Japan", start="2017-06-07", end="2017-06-11",
                                  lead_id=lead)
    planner.missions.add_leg(mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                             arrive="2017-06-08T09:00", depart="2017-06-11T18:00")
    planner.missions.set_members(mid, [(aide, "adviser")])
    window.refresh_all()
    window.tasks.wait()
    return mid, lead, aide


def _open_mission(window, mid):
    window.missions.edit(mid)
    runner().wait(20_000)  # read on the worker, then opened
    editor = window.missions.editor
    runner().wait(20_000)  # its travel, read on the worker
    return editor


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type_zone(qtbot, combo, zone):
    combo.lineEdit().selectAll()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(combo.lineEdit(), zone)


def _fill_flight(qtbot, dialog, arrival):
    qtbot.keyClicks(dialog.carrier, "All Nippon Airways")
    qtbot.keyClicks(dialog.number, "NH 232")
    qtbot.keyClicks(dialog.from_place, "Brussels")
    qtbot.keyClicks(dialog.from_code, "bru")
    _type_zone(qtbot, dialog.from_zone, "Europe/Brussels")
    qtbot.keyClicks(dialog.depart.edit, "7/6/2017 12:00")
    qtbot.keyClicks(dialog.to_place, "Tokyo")
    qtbot.keyClicks(dialog.to_code, "HND")
    _type_zone(qtbot, dialog.to_zone, "Asia/Tokyo")
    qtbot.keyClicks(dialog.arrive.edit, arrival)


def _tick(qtbot, box):
    """Tick a check box as a keyboard user does: focus it, press Space."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def _ok(qtbot, dialog):
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    runner().wait(20_000)  # written on the worker


def test_an_overnight_flight_is_listed_with_plus_one_day_and_undone(qtbot, window, japan):
    mid, lead, aide = japan
    editor = _open_mission(window, mid)
    tab_bar = editor.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    assert editor.tabs.currentWidget() is editor.travel
    travel = editor.travel
    _click(qtbot, travel.add_button)
    dialog = travel.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    _fill_flight(qtbot, dialog, "8/6/2017 07:45")
    # Before saving, the arrival says it lands the next day, local dates.
    assert dialog.ends["to"]["hint"].text().startswith("+1 day")
    _tick(qtbot, dialog.travellers[lead])
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "travel-dialog.png"))
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    runner().wait(20_000)  # the list read again

    [segment] = window.planner.travel.list(mid)
    assert segment["depart"] == datetime(2017, 6, 7, 10, 0, tzinfo=UTC)  # 12:00 CEST
    assert segment["arrive"] == datetime(2017, 6, 7, 22, 45, tzinfo=UTC)  # 07:45 JST on the 8th
    assert segment["from_code"] == "BRU" and segment["traveller_ids"] == [lead]
    assert travel.table.rowCount() == 1
    row = [travel.table.item(0, c).text() for c in range(travel.table.columnCount())]
    assert "12:00" in row[0] and "CEST" in row[0]
    assert row[1] == "Brussels (BRU) → Tokyo (HND)"
    assert "NH 232" in row[2]
    assert "07:45" in row[3] and row[3].endswith("+1 day")
    assert "Jodogne" in row[4]
    editor.resize(900, 560)
    editor.grab().save(str(SHOTS / "travel-tab.png"))

    # Edit ▸ Undo takes the flight away again, Redo puts it back.
    _click(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    window.history.undo()
    runner().wait(20_000)
    assert window.planner.travel.list(mid) == []
    window.history.redo()
    runner().wait(20_000)
    assert [s["number"] for s in window.planner.travel.list(mid)] == ["NH 232"]


def test_an_arrival_before_the_departure_is_shown_beside_the_arrival_and_nothing_is_saved(qtbot, window, japan):
    mid, _lead, _aide = japan
    editor = _open_mission(window, mid)
    editor.tabs.setCurrentWidget(editor.travel)
    _click(qtbot, editor.travel.add_button)
    dialog = editor.travel.dialog
    # 06:00 in Tokyo on the 7th is 23:00 in Brussels the day before: before the 12:00 departure.
    _fill_flight(qtbot, dialog, "7/6/2017 06:00")
    _ok(qtbot, dialog)
    assert dialog.isVisible()  # refused: still open
    # Said once, under the arrival, in its echo line.
    assert dialog.arrive.echo.isVisibleTo(dialog) and "arrive" in dialog.errors.texts()
    assert dialog.arrive.error_text()
    assert not dialog.errors.general.isVisibleTo(dialog)
    assert window.planner.travel.list(mid) == []
    # Corrected, it saves.
    dialog.arrive.clear()
    qtbot.keyClicks(dialog.arrive.edit, "8/6/2017 07:45")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert len(window.planner.travel.list(mid)) == 1


def test_a_segment_is_edited_and_deleted_from_the_travel_tab(qtbot, window, japan):
    mid, lead, aide = japan
    window.planner.travel.create(mid, kind="train", carrier="JR Central", number="Nozomi 21",
                                 from_place="Tokyo", from_timezone="Asia/Tokyo", depart="2017-06-10T09:00",
                                 to_place="Nagoya", to_timezone="Asia/Tokyo", arrive="2017-06-10T10:40",
                                 traveller_ids=[lead])
    editor = _open_mission(window, mid)
    travel = editor.travel
    assert travel.table.rowCount() == 1 and "+1 day" not in travel.table.item(0, 3).text()
    travel.table.selectRow(0)
    _click(qtbot, travel.edit_button)
    dialog = travel.dialog
    assert dialog.kind.currentData() == "train" and dialog.depart.text() == "2017-06-10 09:00"
    qtbot.keyClicks(dialog.seat, "12A")
    _tick(qtbot, dialog.travellers[aide])
    _ok(qtbot, dialog)
    runner().wait(20_000)
    [segment] = window.planner.travel.list(mid)
    assert segment["seat"] == "12A" and set(segment["traveller_ids"]) == {lead, aide}

    _click(qtbot, travel.delete_button)
    _click(qtbot, travel.confirm.button(QMessageBox.StandardButton.Yes))
    runner().wait(20_000)
    assert window.planner.travel.list(mid) == []
    assert travel.table.rowCount() == 0
    _click(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    window.history.undo()  # the deletion
    runner().wait(20_000)
    assert [s["seat"] for s in window.planner.travel.list(mid)] == ["12A"]


def test_a_new_mission_offers_travel_once_saved(qtbot, window):
    editor = window.new_mission()
    assert not editor.travel.add_button.isEnabled()
    assert "Save the mission first" in editor.travel.note.text()


def test_the_stay_of_a_leg_is_typed_in_the_leg_and_read_back(qtbot, window, japan):
    mid, _lead, _aide = japan
    editor = _open_mission(window, mid)
    editor.leg_view.selectRow(0)

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LegDialog)
        qtbot.keyClicks(dialog.hotel, "Imperial Hotel")
        qtbot.keyClicks(dialog.hotel_address, "1-1-1 Uchisaiwaicho, Chiyoda-ku")
        qtbot.keyClicks(dialog.hotel_phone, "+81 3 3504 1111")
        qtbot.keyClicks(dialog.check_in.edit, "8/6/2017 15:00")
        qtbot.keyClicks(dialog.check_out.edit, "11/6/2017 11:00")
        _click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    QTimer.singleShot(0, fill)
    editor.edit_leg()
    _click(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Save))
    runner().wait(20_000)
    assert not editor.isVisible()
    [leg] = window.planner.missions.detail(mid)["legs"]
    assert leg["hotel_address"] == "1-1-1 Uchisaiwaicho, Chiyoda-ku" and leg["hotel_phone"] == "+81 3 3504 1111"
    assert leg["check_in"].startswith("2017-06-08T15:00") and leg["check_out"].startswith("2017-06-11T11:00")
    # Opened again, the leg shows them in its own zone.
    editor = _open_mission(window, mid)
    row = editor.legs.rows[0]
    dialog = LegDialog(row, editor.start_day(), editor)
    assert dialog.check_in.text() == "2017-06-08 15:00" and dialog.hotel.text() == "Imperial Hotel"


def test_a_new_meeting_starts_with_the_lead_and_keeps_its_kind_and_dress_code(qtbot, window, japan):
    mid, lead, _aide = japan
    window.agenda.new(mid)
    runner().wait(20_000)  # the mission read on the worker, then the editor opened
    editor = window.agenda.editor
    assert editor.delegation.ids() == [lead]
    qtbot.keyClicks(editor.title_edit, "Official dinner with the Governor")
    editor.kind.setFocus()
    for _ in range(4):  # meeting, courtesy call, breakfast, lunch, dinner
        qtbot.keyClick(editor.kind, Qt.Key.Key_Down)
    assert editor.kind.currentData() == "dinner" and editor.kind.currentText() == "Dinner"
    qtbot.keyClicks(editor.dress_code, "Dark suit")
    qtbot.keyClicks(editor.start.edit, "9/6/2017 19:00")
    qtbot.keyClicks(editor.end.edit, "9/6/2017 21:00")
    _click(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Save))
    runner().wait(20_000)
    assert editor.result() == editor.DialogCode.Accepted
    saved = window.planner.meetings.get(editor.meeting_id)
    assert saved["kind"] == "dinner" and saved["dress_code"] == "Dark suit"
    assert [p["id"] for p in saved["delegation"]] == [lead] and not saved["without_lead"]

    window.agenda.edit(editor.meeting_id)
    runner().wait(20_000)
    again = window.agenda.editor
    assert again is not editor
    assert again.kind.currentData() == "dinner" and again.dress_code.text() == "Dark suit"
    again.tabs.setCurrentIndex(0)
    _tick(qtbot, again.without_lead)
    qtbot.keyClick(again.kind, Qt.Key.Key_Up)  # lunch
    _click(qtbot, again.buttons.button(QDialogButtonBox.StandardButton.Save))
    runner().wait(20_000)
    stored = window.planner.meetings.get(editor.meeting_id)
    assert stored["without_lead"] and stored["kind"] == "lunch"
    # Undo puts the kind and the lead back.
    window.history.undo()
    runner().wait(20_000)
    stored = window.planner.meetings.get(editor.meeting_id)
    assert stored["kind"] == "dinner" and not stored["without_lead"]


def test_a_flight_over_the_date_line_lands_the_day_before(qtbot):
    from missionplanner.ui.travel_editor import TravelDialog

    dialog = TravelDialog({"id": "m", "start": "2017-06-16", "home_timezone": "Europe/Brussels"})
    qtbot.addWidget(dialog)
    dialog.show()
    _type_zone(qtbot, dialog.from_zone, "Asia/Tokyo")
    qtbot.keyClicks(dialog.depart.edit, "17/6/2017 00:30")
    _type_zone(qtbot, dialog.to_zone, "Pacific/Honolulu")
    qtbot.keyClicks(dialog.arrive.edit, "16/6/2017 12:30")  # 7 hours later, on the calendar's day before
    assert dialog.ends["to"]["hint"].text() == "-1 day · 7 h 00 min under way"
