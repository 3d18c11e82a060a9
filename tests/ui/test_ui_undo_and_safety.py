"""Undo/redo of edits and deletions, delete confirmations that say what goes, unsaved-changes
prompts, stale edits, the first-start demo offer and the daily reminder."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from missionplanner.services import meetings as meeting_service
from missionplanner.services import missions as mission_service
from missionplanner.services.meetings import meeting_by_id
from missionplanner.ui import app as ui_app
from missionplanner.ui.reminders import DailyReminder
from missionplanner.ui.tasks import runner


def _answer(monkeypatch, button, seen=None):
    def fake(parent, title, text, *args, **kwargs):
        if seen is not None:
            seen.append(text)
        return button
    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake))


def test_edit_mission_then_undo_and_redo(qtbot, window, db, mission_id):
    window.refresh_all()
    window.tasks.wait()
    window.missions.edit(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.missions.editor
    editor.title_edit.setText("Renamed mission")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    runner().wait(20_000)  # written on the worker
    assert mission_service.mission_detail(db, mission_id)["title"] == "Renamed mission"
    assert window.act_undo.isEnabled()
    assert "Renamed mission" in window.act_undo.text()
    window.act_undo.trigger()
    window.tasks.wait()
    assert mission_service.mission_detail(db, mission_id)["title"] == "Test mission"
    assert window.missions.model.rows[0]["title"] == "Test mission"
    window.act_redo.trigger()
    window.tasks.wait()
    assert mission_service.mission_detail(db, mission_id)["title"] == "Renamed mission"


def test_delete_meeting_says_what_goes_and_undo_brings_it_back(qtbot, window, db, mission_id, monkeypatch):
    mid = meeting_service.create_meeting(db, mission_id, title="Courtesy call", timezone="Asia/Tokyo",
                                         start="2017-06-09T10:00", end="2017-06-09T11:00", city="Tokyo",
                                         talking_points=["one", "two"])
    from missionplanner.services import followups

    followups.create_followup(db, meeting_id=mid, action="Thank-you letter", due="2017-06-20")
    window.refresh_all()
    window.tasks.wait()
    window.open_agenda(mission_id)
    window.tasks.wait()
    window.agenda.select_meeting(mid)
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    window.agenda.table.setFocus()
    qtbot.keyClick(window.agenda.table, Qt.Key.Key_Delete)
    window.tasks.wait()  # what goes with it is read on the worker, then the question
    assert asked and "Courtesy call" in asked[0] and "1 follow-up" in asked[0]
    window.tasks.wait()
    assert window.agenda.meeting_ids() == []
    window.act_undo.trigger()
    window.tasks.wait()
    restored = window.agenda.meeting_ids()
    assert len(restored) == 1
    again = meeting_by_id(db, restored[0])
    assert again["talking_points"] == ["one", "two"]
    assert [f["action"] for f in again["followups"]] == ["Thank-you letter"]
    window.act_redo.trigger()
    window.tasks.wait()
    assert window.agenda.meeting_ids() == []


def test_delete_mission_confirms_with_its_contents_and_can_be_undone(qtbot, demo_window, demo_db, monkeypatch):
    w = demo_window
    before = len(mission_service.list_missions(demo_db))
    target = next(m for m in w.missions.model.rows if "Korea" in m["title"])
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    w.missions.delete(target["id"])
    w.tasks.wait()  # what goes with it is read on the worker, then the question
    assert "1 leg, 6 meetings and 0 follow-ups" in asked[0] and "(s)" not in asked[0]
    assert len(mission_service.list_missions(demo_db)) == before
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    w.missions.delete(target["id"])
    w.tasks.wait()
    assert len(mission_service.list_missions(demo_db)) == before - 1
    w.act_undo.trigger()
    w.tasks.wait()
    titles = [m["title"] for m in mission_service.list_missions(demo_db)]
    assert target["title"] in titles and len(titles) == before


def test_unsaved_changes_prompt_in_the_meeting_editor(qtbot, window, db, mission_id, monkeypatch):
    window.refresh_all()
    window.tasks.wait()
    window.agenda.new(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.agenda.editor
    qtbot.keyClicks(editor.title_edit, "Draft")
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    editor.reject()
    assert asked and editor.isVisible()
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()


def test_stale_edit_offers_to_reload(qtbot, window, db, mission_id, monkeypatch):
    window.refresh_all()
    window.tasks.wait()
    window.missions.edit(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.missions.editor
    mission_service.update_mission(db, mission_id, title="Changed by a colleague")
    editor.title_edit.setText("My change")
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    editor.save()
    runner().wait(20_000)  # written on the worker
    assert editor.isVisible()  # refused: still open
    assert asked and f"{db.user} changed this mission at " in asked[0]  # who, and when
    assert editor.title_edit.text() == "Changed by a colleague"
    editor.title_edit.setText("My change")
    editor.save()
    runner().wait(20_000)  # written on the worker
    assert not editor.isVisible()  # saved and closed
    assert mission_service.mission_detail(db, mission_id)["title"] == "My change"


def test_first_start_offers_the_demo(qtbot, window, db, monkeypatch):
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.planner.missions.is_empty()
    assert ui_app.offer_demo(window, True)
    qtbot.waitUntil(lambda: window.missions.model.rowCount() == 3, timeout=20000)
    assert not window.planner.missions.is_empty()  # no longer empty: not offered again
    assert not ui_app.offer_demo(window, False)


def test_daily_reminder_fires_once_a_day(qtbot, demo_window, demo_db):
    reminder = DailyReminder(demo_window.planner, "Europe/Brussels", demo_window.windowIcon(), demo_window)
    reminder.tray = None  # as on a desktop without a system tray
    reminder.banner.connect(demo_window.show_banner)
    assert reminder.check()
    qtbot.waitUntil(demo_window.banner.isVisible, timeout=5000)
    assert "overdue" in demo_window.banner_text.text()
    assert not reminder.check()  # once a day


def test_closing_an_editor_while_its_check_runs_is_safe(qtbot, window, db, mission_id, monkeypatch):
    window.refresh_all()
    window.tasks.wait()
    window.agenda.new(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.agenda.editor
    editor.title_edit.setText("Closing early")
    editor.start.setText("9/6/2017 10:00")
    editor.end.setText("9/6/2017 11:00")
    editor.run_checks()
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    editor.reject()
    window.tasks.wait()
    qtbot.wait(50)  # the check's answer arrives after the editor is gone: nothing may raise


def test_edit_meeting_then_undo(qtbot, window, db, mission_id):
    mid = meeting_service.create_meeting(db, mission_id, title="Call", timezone="Asia/Tokyo",
                                         start="2017-06-09T10:00", end="2017-06-09T11:00", city="Tokyo")
    window.refresh_all()
    window.tasks.wait()
    window.agenda.edit(mid)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.agenda.editor
    editor.title_edit.setText("Call at METI")
    editor.start.setText("9/6/2017 14:00")
    editor.end.setText("9/6/2017 15:00")
    editor.save()
    runner().wait(20_000)  # written on the worker
    assert not editor.isVisible()  # saved and closed
    after = meeting_by_id(db, mid)
    assert after["title"] == "Call at METI" and after["start"].startswith("2017-06-09T14:00")
    window.act_undo.trigger()
    window.tasks.wait()
    before = meeting_by_id(db, mid)
    assert before["title"] == "Call" and before["start"].startswith("2017-06-09T10:00")


# Follow-ups: done, reopen, snooze and edit can all be undone ------------------------------------

def _followups_page(window, db, mission_id, **data):
    from missionplanner.services import followups

    fid = followups.create_followup(db, mission_id=mission_id, **data)
    window.show_page(5)
    window.tasks.wait()
    page = window.followups
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    page.refresh_rows()
    window.tasks.wait()  # the rows are read on the worker
    page.table.selectRow(page.model.find(fid))
    return page, fid


def _state(db, fid):
    from missionplanner.services import followups

    return followups.followup_state(db, fid)


def test_mark_followup_done_then_undo_reopens_it(qtbot, window, db, mission_id):
    page, fid = _followups_page(window, db, mission_id, action="Send the minutes", due="2017-06-20")
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    window.tasks.wait()  # written on the worker
    assert _state(db, fid)["status"] == "done"
    assert window.act_undo.text() == "&Undo mark follow-up “Send the minutes” done"
    window.act_undo.trigger()
    window.tasks.wait()
    assert _state(db, fid)["status"] == "open"
    row = page.model.rows[page.model.find(fid)]
    assert row["status"] == "open"
    window.act_redo.trigger()
    window.tasks.wait()
    assert _state(db, fid)["status"] == "done"


def test_undo_done_on_a_recurring_followup_removes_the_next_occurrence(qtbot, window, db, mission_id):
    from missionplanner.services import followups

    page, fid = _followups_page(window, db, mission_id, action="Monthly report", due="2017-07-01",
                                recurrence="FREQ=MONTHLY;COUNT=3")
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    window.tasks.wait()  # written on the worker
    assert len(followups.list_followups(db)) == 2
    window.act_undo.trigger()
    window.tasks.wait()
    remaining = followups.list_followups(db)
    assert [(f["id"], f["status"]) for f in remaining] == [(fid, "open")]


def test_snooze_and_reopen_can_be_undone(qtbot, window, db, mission_id):
    page, fid = _followups_page(window, db, mission_id, action="Call the embassy", due="2017-06-20")
    page.snooze(7)
    window.tasks.wait()
    assert _state(db, fid)["due"] != "2017-06-20" and _state(db, fid)["snoozed_until"]
    assert "snooze" in window.act_undo.text()
    window.act_undo.trigger()
    window.tasks.wait()
    assert _state(db, fid) == {"status": "open", "due": "2017-06-20", "recurrence": "",
                               "snoozed_until": None}
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    window.tasks.wait()  # written on the worker
    page.table.selectRow(page.model.find(fid))
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    window.tasks.wait()
    assert _state(db, fid)["status"] == "open"
    window.act_undo.trigger()
    window.tasks.wait()
    assert _state(db, fid)["status"] == "done"


def test_edit_a_followup_then_undo(qtbot, window, db, mission_id, monkeypatch):
    from missionplanner.services import followups

    page, fid = _followups_page(window, db, mission_id, action="Send the minutes", due="2017-06-20")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    window.tasks.wait()  # the people it can go to are read on the worker, then the editor opens
    from missionplanner.ui.followups_page import FollowupEditor

    editor = next(e for e in page.findChildren(FollowupEditor) if e.isVisible())
    editor.action.setText("Send the signed minutes")
    editor.due.setText("2017-06-30")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    window.tasks.wait()  # the list is read again on the worker
    stored = next(f for f in followups.list_followups(db) if f["id"] == fid)
    assert (stored["action"], stored["due"]) == ("Send the signed minutes", "2017-06-30")
    assert "Send the signed minutes" in page.model.rows[page.model.find(fid)]["action"]
    window.act_undo.trigger()
    window.tasks.wait()
    stored = next(f for f in followups.list_followups(db) if f["id"] == fid)
    assert (stored["action"], stored["due"]) == ("Send the minutes", "2017-06-20")
    # An edit left unsaved asks before it is thrown away.
    page.edit()
    window.tasks.wait()
    editor = page.editor
    editor.action.setText("Something else")
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    editor.reject()
    assert asked and editor.isVisible()
    editor.done(0)


# Agreements: create, edit and delete can be undone ----------------------------------------------

def _agreements(window):
    window.show_page(4)
    window.tasks.wait()
    return window.agreements


def test_create_edit_and_delete_an_agreement_with_undo(qtbot, demo_window, demo_db, monkeypatch):
    from missionplanner.services import agreements as agreement_service
    from missionplanner.ui.agreements_page import AgreementEditor

    w = demo_window
    page = _agreements(w)
    before = {a["title"] for a in agreement_service.list_agreements(demo_db)}

    page.new()
    w.tasks.wait()  # the possible parties are read on the worker, then the editor opens
    dialog = page.editor
    assert isinstance(dialog, AgreementEditor)
    dialog.title_edit.setText("Memorandum Seoul / Brussels")
    dialog.scope.setPlainText("start-ups")
    dialog.save()
    w.tasks.wait()  # written on the worker
    titles = {a["title"] for a in agreement_service.list_agreements(demo_db)}
    assert "Memorandum Seoul / Brussels" in titles
    assert "create agreement" in w.act_undo.text()
    w.act_undo.trigger()
    w.tasks.wait()
    assert {a["title"] for a in agreement_service.list_agreements(demo_db)} == before
    w.act_redo.trigger()
    w.tasks.wait()
    created = next(a for a in agreement_service.list_agreements(demo_db)
                   if a["title"] == "Memorandum Seoul / Brussels")
    assert created["scope"] == "start-ups"

    # Edit the Aichi agreement's scope, undo it.
    page.refresh()
    page.window().tasks.wait()
    aichi = next(a for a in agreement_service.list_agreements(demo_db) if "Aichi" in a["title"])
    page.select(aichi["id"])

    w.tasks.wait()
    page.edit()
    w.tasks.wait()
    page.editor.scope.setPlainText("economic, cultural and academic")
    page.editor.save()
    w.tasks.wait()
    assert next(a for a in agreement_service.list_agreements(demo_db)
                if a["id"] == aichi["id"])["scope"] == "economic, cultural and academic"
    w.act_undo.trigger()
    w.tasks.wait()
    assert next(a for a in agreement_service.list_agreements(demo_db)
                if a["id"] == aichi["id"])["scope"] == aichi["scope"]

    # Delete asks, says what goes with it, and comes back whole on undo.
    w.show_page(4)
    w.tasks.wait()
    page.select(aichi["id"])
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()  # what goes with it is read on the worker, then the question
    assert asked and aichi["title"] in asked[0] and "2 part" in asked[0] and "1 signator" in asked[0]
    assert any(a["id"] == aichi["id"] for a in agreement_service.list_agreements(demo_db))
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.delete()
    w.tasks.wait()
    assert not any(a["id"] == aichi["id"] for a in agreement_service.list_agreements(demo_db))
    assert page.model.find(aichi["id"]) < 0
    w.act_undo.trigger()
    w.tasks.wait()
    back = next(a for a in agreement_service.list_agreements(demo_db) if a["id"] == aichi["id"])
    assert back["parties"] == aichi["parties"] and back["signatories"] == aichi["signatories"]
    assert page.model.find(aichi["id"]) >= 0


def test_undo_a_mission_edit_puts_legs_and_delegation_back(qtbot, window, db, mission_id):
    from missionplanner.services import people as people_service

    pid = people_service.create_person(db, given_name="Cécile", family_name="Jodogne")
    window.refresh_all()
    window.tasks.wait()
    window.missions.edit(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.missions.editor
    editor.add_leg_values({"city": "Nagoya", "city_native": "名古屋", "country": "JP",
                           "timezone": "Asia/Tokyo", "arrive": "2017-06-10T09:00",
                           "depart": "2017-06-10T20:00", "hotel": "", "notes": ""})
    editor.delegation.add_person(people_service.person_detail(db, pid))
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    runner().wait(20_000)  # written on the worker
    detail = mission_service.mission_detail(db, mission_id)
    assert [leg["city"] for leg in detail["legs"]] == ["Tokyo", "Nagoya"]
    assert [p["id"] for p in detail["delegation"]] == [pid]
    window.act_undo.trigger()
    window.tasks.wait()
    detail = mission_service.mission_detail(db, mission_id)
    assert [leg["city"] for leg in detail["legs"]] == ["Tokyo"]
    assert detail["delegation"] == []
    window.act_redo.trigger()
    window.tasks.wait()
    detail = mission_service.mission_detail(db, mission_id)
    assert [leg["city"] for leg in detail["legs"]] == ["Tokyo", "Nagoya"]
    assert [p["id"] for p in detail["delegation"]] == [pid]
    # Removing a leg, undone, brings it back with its fields.
    window.missions.edit(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.missions.editor
    editor.leg_view.selectRow(1)
    editor.remove_leg()
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    runner().wait(20_000)  # written on the worker
    assert [leg["city"] for leg in mission_service.mission_detail(db, mission_id)["legs"]] == ["Tokyo"]
    window.act_undo.trigger()
    window.tasks.wait()
    legs = mission_service.mission_detail(db, mission_id)["legs"]
    assert [(leg["city"], leg["city_native"]) for leg in legs] == [("Tokyo", ""), ("Nagoya", "名古屋")]
    window.act_redo.trigger()
    window.tasks.wait()
    window.act_undo.trigger()
    window.tasks.wait()
    assert len(mission_service.mission_detail(db, mission_id)["legs"]) == 2


# Changing the language offers a restart, which goes through the unsaved-changes prompts ---------

def test_language_change_offers_a_restart_that_keeps_unsaved_edits_safe(qtbot, window, db, mission_id,
                                                                        monkeypatch):
    from missionplanner.ui import preferences, settings

    registered, quits, asked = [], [], []
    monkeypatch.setattr(preferences.atexit, "register", lambda fn, *a: registered.append((fn, a)))
    monkeypatch.setattr(preferences.QCoreApplication, "quit", staticmethod(lambda: quits.append(1)))
    discard = [QMessageBox.StandardButton.Cancel]

    def fake(parent, title, text, *args, **kwargs):
        asked.append(title)
        if "Restart" in title:
            return QMessageBox.StandardButton.Yes
        return discard[0]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake))

    window.missions.edit(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.missions.editor
    editor.title_edit.setText("Not saved yet")

    def change_language():
        dialog = preferences.PreferencesDialog(window)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.save()
        assert dialog.restart_requested
        qtbot.wait(50)

    change_language()
    assert settings.get(settings.LANGUAGE) == "fr"
    assert "Restart Mission Planner" in asked and "Unsaved changes" in asked
    assert editor.isVisible() and window.isVisible()  # "Cancel" in the editor's prompt stops the restart
    assert not registered and not quits
    discard[0] = QMessageBox.StandardButton.Discard
    settings.put(settings.LANGUAGE, "")
    change_language()
    from shiboken6 import isValid

    assert not (isValid(editor) and editor.isVisible()) and not window.isVisible()
    assert quits and registered
    fn, (argv,) = registered[0]
    assert fn is preferences.start_again and argv == preferences.command_line()
    assert mission_service.mission_detail(db, mission_id)["title"] == "Test mission"


def test_no_restart_offer_when_the_language_stays(qtbot, window, monkeypatch):
    from missionplanner.ui import preferences

    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a)))
    dialog = preferences.PreferencesDialog(window)
    dialog.save()
    assert not asked and not dialog.restart_requested
