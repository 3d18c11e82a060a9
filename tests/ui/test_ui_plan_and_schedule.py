"""Job one: create a mission with two legs, schedule two meetings that conflict, see the conflict."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from missionplanner.services import missions as mission_service
from missionplanner.services import people as people_service
from missionplanner.ui.mission_editor import LegDialog
from missionplanner.ui.tasks import runner


def _add_leg_through_dialog(qtbot, editor, city, country, zone, arrive, depart):
    """Press "Add leg…" and fill the modal leg dialog as a user would."""
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LegDialog)
        qtbot.keyClicks(dialog.city, city)
        qtbot.keyClicks(dialog.country, country)
        dialog.zone.setEditText("")
        qtbot.keyClicks(dialog.zone.lineEdit(), zone)
        # Typed day first, as an aide types them; the echo under each says the day understood.
        qtbot.keyClicks(dialog.arrive.edit, "{2}/{1}/{0} {3}:{4:02d}".format(*arrive))
        qtbot.keyClicks(dialog.depart.edit, "{2}/{1}/{0} {3}:{4:02d}".format(*depart))
        seen["echo"] = dialog.arrive.echo.text()
        seen["values"] = dialog.values()
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(editor.add_leg_button, Qt.MouseButton.LeftButton)
    return seen["values"]


def _new_meeting(qtbot, window, mission_id, title, start, end, person_name):
    window.agenda.new(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.agenda.editor
    qtbot.keyClicks(editor.title_edit, title)
    qtbot.keyClicks(editor.start.edit, start)
    qtbot.keyClicks(editor.end.edit, end)
    qtbot.keyClicks(editor.delegation.search, person_name)
    qtbot.keyClick(editor.delegation.search, Qt.Key.Key_Return)
    runner().wait(20_000)  # people are looked up on the worker
    return editor


def test_create_mission_with_two_legs_and_see_conflicting_meetings(qtbot, window, db, monkeypatch):
    people_service.create_person(db, given_name="Cécile", family_name="Jodogne")

    editor = window.new_mission()
    qtbot.keyClicks(editor.title_edit, "Mission to Japan")
    qtbot.keyClicks(editor.start.edit, "8/6/2017")
    qtbot.keyClicks(editor.end.edit, "12/6/2017")
    leg = _add_leg_through_dialog(qtbot, editor, "Tokyo", "jp", "Asia/Tokyo",
                                  (2017, 6, 8, 9, 0), (2017, 6, 10, 18, 0))
    assert leg["timezone"] == "Asia/Tokyo" and leg["country"] == "JP"
    assert leg["arrive"] == "2017-06-08T09:00"
    _add_leg_through_dialog(qtbot, editor, "Nagoya", "JP", "Asia/Tokyo",
                            (2017, 6, 10, 20, 0), (2017, 6, 12, 18, 0))
    assert editor.legs.rowCount() == 2
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    runner().wait(20_000)  # written on the worker
    assert editor.result() == editor.DialogCode.Accepted

    missions = mission_service.list_missions(db)
    assert [m["title"] for m in missions] == ["Mission to Japan"]
    mid = missions[0]["id"]
    detail = mission_service.mission_detail(db, mid)
    assert [leg["city"] for leg in detail["legs"]] == ["Tokyo", "Nagoya"]
    assert detail["legs"][0]["arrive"].startswith("2017-06-08T09:00:00+09:00")
    qtbot.waitUntil(lambda: window.missions.model.rowCount() == 1, timeout=5000)

    first = _new_meeting(qtbot, window, mid, "Meeting with METI", "9/6/2017 10:00", "9/6/2017 11:00",
                         "Jodogne")
    # The echo under the start says the day and time understood, and the time at home: 10:00 Tokyo
    # is 03:00 in Brussels.
    assert first.start.echo.text() == "Friday, 9 June 2017, 10:00 — 03:00 in Brussels"
    assert first.delegation.ids()
    qtbot.mouseClick(first.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    runner().wait(20_000)  # written on the worker
    assert first.result() == first.DialogCode.Accepted

    second = _new_meeting(qtbot, window, mid, "Lunch with JETRO", "9/6/2017 10:30", "9/6/2017 11:30",
                          "Jodogne")
    # The conflict shows before saving.
    qtbot.waitUntil(lambda: second.conflict_box.isVisible() and not second.checking, timeout=10000)
    assert any(p["code"] == "overlap" and p["severity"] == "error" for p in second.conflicts)
    assert second.conflict_list.count() >= 1
    # Saving with an error asks first (default No); No keeps the editor open, Yes saves.
    asked = []

    def answer(reply):
        def question(parent, title, text, buttons, default):
            asked.append((text, default))
            return reply
        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    answer(QMessageBox.StandardButton.No)
    qtbot.mouseClick(second.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert second.isVisible() and "1 error in this meeting" in asked[0][0] and "Jodogne" in asked[0][0]
    assert asked[0][1] == QMessageBox.StandardButton.No
    answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(second.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    runner().wait(20_000)  # written on the worker
    assert second.result() == second.DialogCode.Accepted

    agenda = window.agenda
    assert window.stack.currentWidget() is agenda
    qtbot.waitUntil(lambda: not agenda.checks_pending(), timeout=10000)
    assert len(agenda.meeting_ids()) == 2
    for meeting_id in agenda.meeting_ids():
        assert agenda.model.severity(meeting_id) == "error"
        row = agenda.model.find(meeting_id)
        tip = agenda.model.index(row, agenda.model.COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
        assert "Jodogne" in tip or "overlap" in tip.lower() or "both" in tip.lower()
    assert agenda.problems_list.count() >= 1
    assert "error" in agenda.problems_title.text()
    # Venue-local and home times side by side.
    row = agenda.model.find(agenda.meeting_ids()[0])
    assert agenda.model.index(row, agenda.model.COL_LOCAL).data().startswith("10:00–11:00")
    assert agenda.model.index(row, agenda.model.COL_HOME).data().startswith("03:00–04:00")


def test_time_errors_are_shown_beside_the_field(qtbot, window, db, mission_id):
    window.refresh_all()
    window.tasks.wait()
    window.agenda.new(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.agenda.editor
    qtbot.keyClicks(editor.title_edit, "Bad time")
    qtbot.keyClicks(editor.start.edit, "9/6/2017 10:00")
    qtbot.keyClicks(editor.end.edit, "9/6/2017 09:00")
    editor.save()
    runner().wait(20_000)  # written on the worker
    assert editor.isVisible()  # refused: still open
    # Said once, under the field, in the end's own echo line.
    assert editor.end.echo.isVisibleTo(editor)
    assert editor.end.error_text() and "end" in editor.errors.texts()


def test_a_leg_the_service_refuses_is_named_and_nothing_is_added_twice(qtbot, window, db):
    editor = window.new_mission()
    editor.title_edit.setText("Leg errors")
    qtbot.keyClicks(editor.start.edit, "8/6/2017")
    qtbot.keyClicks(editor.end.edit, "12/6/2017")
    editor.add_leg_values({"city": "Tokyo", "city_native": "", "country": "JP", "timezone": "Asia/Tokyo",
                           "arrive": "2017-06-08T09:00", "depart": "2017-06-10T18:00", "hotel": "", "notes": ""})
    # Spring forward in Brussels: 2017-03-26 02:30 does not exist there.
    editor.add_leg_values({"city": "Brussels", "city_native": "", "country": "BE",
                           "timezone": "Europe/Brussels", "arrive": "2017-03-26T02:30",
                           "depart": "2017-03-27T10:00", "hotel": "", "notes": ""})
    editor.save()
    runner().wait(20_000)  # written on the worker
    assert editor.isVisible()  # refused: still open
    assert "Brussels" in editor.leg_errors.text() and "does not exist" in editor.leg_errors.text()
    editor.legs.rows[1].update(arrive="2017-03-26T09:00")
    editor.save()
    runner().wait(20_000)  # written on the worker
    assert not editor.isVisible()  # saved and closed
    detail = mission_service.mission_detail(db, editor.mission_id)
    assert [leg["city"] for leg in detail["legs"]] == ["Brussels", "Tokyo"]


def test_agenda_lists_every_day_with_the_city_and_empty_days(qtbot, window, db, mission_id):
    from missionplanner.services import meetings as meeting_service

    meeting_service.create_meeting(db, mission_id, title="Call", timezone="Asia/Tokyo",
                                   start="2017-06-09T10:00", end="2017-06-09T11:00", city="Tokyo")
    window.refresh_all()
    window.tasks.wait()
    window.open_agenda(mission_id)
    window.tasks.wait()
    model = window.agenda.model
    days = [r for r in model.rows if r["kind"] == "day"]
    assert [d["date"] for d in days] == ["2017-06-08", "2017-06-09", "2017-06-10", "2017-06-11"]
    labels = [model.index(model.rows.index(d), 0).data() for d in days]
    assert all("Tokyo" in label for label in labels)
    assert "no meetings" in labels[0] and "no meetings" not in labels[1]


def test_enter_on_a_day_schedules_a_meeting_that_day(qtbot, window, db, mission_id):
    from missionplanner.ui.meeting_editor import MeetingEditor

    window.refresh_all()
    window.tasks.wait()
    window.open_agenda(mission_id)
    window.tasks.wait()
    agenda = window.agenda
    row = next(i for i, r in enumerate(agenda.model.rows) if r["kind"] == "day" and r["date"] == "2017-06-10")
    agenda.table.setFocus()
    agenda.table.setCurrentIndex(agenda.model.index(row, 0))
    qtbot.keyClick(agenda.table, Qt.Key.Key_Return)
    window.tasks.wait()  # the mission's legs are read on the worker, then the editor opens
    editor = [e for e in window.findChildren(MeetingEditor) if e.isVisible()][-1]
    qtbot.keyClicks(editor.title_edit, "Afternoon call")
    qtbot.keyClicks(editor.start.edit, "15:00")  # a time alone falls on the chosen day
    qtbot.keyClicks(editor.end.edit, "16:00")
    editor.save()
    runner().wait(20_000)  # written on the worker
    assert not editor.isVisible()  # saved and closed
    saved = [m for m in mission_service.mission_detail(db, mission_id)["meetings"] if m["title"] == "Afternoon call"]
    assert saved[0]["start"].startswith("2017-06-10T15:00")


def test_mission_lead_and_delegation_are_saved(qtbot, window, db):
    jodogne = people_service.create_person(db, given_name="Cécile", family_name="Jodogne")
    people_service.create_person(db, given_name="Aide", family_name="Adviser")
    editor = window.new_mission()
    editor.title_edit.setText("With delegation")
    qtbot.keyClicks(editor.start.edit, "8/6/2017")
    qtbot.keyClicks(editor.end.edit, "9/6/2017")
    for picker, name in ((editor.lead, "Jodogne"), (editor.delegation, "Jodogne"), (editor.delegation, "Adviser")):
        qtbot.keyClicks(picker.search, name)
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
        runner().wait(20_000)  # people are looked up on the worker
    editor.save()
    runner().wait(20_000)  # written on the worker
    assert not editor.isVisible()  # saved and closed
    detail = mission_service.mission_detail(db, editor.mission_id)
    assert detail["lead"]["id"] == jodogne
    assert [p["family_name"] for p in detail["delegation"]] == ["Jodogne", "Adviser"]

    window.missions.edit(editor.mission_id)
    window.tasks.wait()  # read on the worker, then opened
    again = window.missions.editor
    assert again.lead.ids() == [jodogne] and len(again.delegation.ids()) == 2
    qtbot.keyClicks(again.lead.search, "Adviser")
    qtbot.keyClick(again.lead.search, Qt.Key.Key_Return)
    runner().wait(20_000)  # people are looked up on the worker
    assert again.lead.list.count() == 1  # one lead: choosing another replaces
    again.save()
    runner().wait(20_000)  # written on the worker
    assert not again.isVisible()  # saved and closed
    assert mission_service.mission_detail(db, editor.mission_id)["lead"]["family_name"] == "Adviser"
    window.act_undo.trigger()
    window.tasks.wait()
    assert mission_service.mission_detail(db, editor.mission_id)["lead"]["id"] == jodogne
