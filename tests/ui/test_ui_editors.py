"""Editors in detail: free slots, talking points order, a new person inline, agreements, mission
files through the File menu, preferences."""

import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog

from missionplanner.services import agreements as agreement_service
from missionplanner.services import missions as mission_service
from missionplanner.services import people as people_service
from missionplanner.services.meetings import meeting_by_id
from missionplanner.ui import settings
from missionplanner.ui.free_slot_dialog import FreeSlotDialog
from missionplanner.ui.preferences import PreferencesDialog
from missionplanner.ui.tasks import runner
from missionplanner.ui.widgets import NewPersonDialog


def _click_ok_in_modal(qtbot, cls, action=None, tries=250):
    """Once a modal `cls` shows (some open after a read on the worker), act in it and accept it."""
    def run(left=tries):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls) and left > 0:
            QTimer.singleShot(20, lambda: run(left - 1))
            return
        assert isinstance(dialog, cls), dialog
        if action:
            action(dialog)
        dialog.accept()
    QTimer.singleShot(0, run)


def test_find_a_free_slot_fills_the_times(qtbot, window, db, mission_id):
    window.refresh_all()
    window.tasks.wait()
    window.agenda.new(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.agenda.editor
    qtbot.keyClicks(editor.start.edit, "9/6/2017 10:00")
    qtbot.keyClicks(editor.end.edit, "9/6/2017 11:30")
    seen = {}
    def when_found(dialog):  # the slots are asked on the worker: once shown, keep the first
        qtbot.waitUntil(lambda: dialog.list.count() > 0, timeout=10_000)
        seen["count"] = dialog.list.count()
    _click_ok_in_modal(qtbot, FreeSlotDialog, when_found)
    qtbot.mouseClick(editor.slot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "count" in seen and editor.start.text().startswith("2017-06-09"), timeout=10_000)
    assert seen["count"] >= 1
    start, end = editor.parse_times()
    assert (end - start).total_seconds() == 90 * 60
    assert editor.start.text().startswith("2017-06-09")


def test_talking_points_keep_their_order(qtbot, window, db, mission_id):
    window.refresh_all()
    window.tasks.wait()
    window.agenda.new(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.agenda.editor
    editor.title_edit.setText("Order test")
    editor.start.setText("9/6/2017 14:00")
    editor.end.setText("9/6/2017 15:00")
    points = editor.talking_points
    for text in ("first", "second", "third"):
        points.add()
        points.list.currentItem().setText(text)
    points.list.setCurrentRow(2)
    points.move(-1)
    points.move(-1)
    assert points.points() == ["third", "first", "second"]
    editor.save()
    runner().wait(20_000)  # written on the worker
    assert not editor.isVisible()  # saved and closed
    assert meeting_by_id(db, editor.meeting_id)["talking_points"] == ["third", "first", "second"]


def test_new_person_inline_from_the_meeting_editor(qtbot, window, db, mission_id):
    window.refresh_all()
    window.tasks.wait()
    window.agenda.new(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.agenda.editor

    def fill(dialog):
        dialog.given.setText("Hideaki")
        dialog.family.setText("Ohmura")
        dialog.native.setText("大村秀章")
        dialog._save()
        runner().wait(20_000)  # created on the worker (the dialog closes then)
    _click_ok_in_modal(qtbot, NewPersonDialog, fill)
    qtbot.mouseClick(editor.counterparts.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.counterparts.list.count() == 1, timeout=10_000)
    window.tasks.wait()
    assert "大村秀章" in editor.counterparts.list.item(0).text()
    assert people_service.list_people(db, "Ohmura")[0]["native_name"] == "大村秀章"
    # Creating someone from inside an editor is an edit like any other: Edit > Undo takes it back.
    assert "create person “Hideaki Ohmura”" in window.act_undo.text()
    window.act_undo.trigger()
    window.tasks.wait()
    assert people_service.list_people(db, "Ohmura") == []


def test_agreement_editor_creates_with_parties_and_signatories(qtbot, window, db):
    org = people_service.create_organization(db, name="Aichi Prefecture", native_name="愛知県",
                                             kind="prefecture", country="JP")
    people_service.create_person(db, given_name="Hideaki", family_name="Ohmura", organization_id=org)
    window.refresh_all()
    window.tasks.wait()
    page = window.agreements

    page.new()
    window.tasks.wait()  # the possible parties are read on the worker, then the editor opens
    dialog = page.editor
    dialog.title_edit.setText("Cooperation agreement Aichi / Brussels-Capital")
    dialog.signed.setText("2017-05-08")
    dialog.parties.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.signatories.search.setText("Ohmura")
    dialog.signatories._add_first()
    runner().wait(20_000)  # people are looked up on the worker
    dialog.save()
    runner().wait(20_000)  # written on the worker
    rows = agreement_service.list_agreements(db)
    assert [a["title"] for a in rows] == ["Cooperation agreement Aichi / Brussels-Capital"]
    assert rows[0]["parties"][0]["native_name"] == "愛知県"
    assert rows[0]["signatories"][0]["family_name"] == "Ohmura"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)  # the list is read again


def test_agreement_editor_shows_bad_dates_beside_the_field(qtbot, window, db):
    from missionplanner.ui.agreements_page import AgreementEditor

    editor = AgreementEditor(window.planner, None, window)
    editor.title_edit.setText("X")
    qtbot.keyClicks(editor.signed.edit, "8 May")
    qtbot.keyClicks(editor.expires.edit, "31/2/2030")
    editor.save()
    window.tasks.wait()
    assert editor.result() != QDialog.DialogCode.Accepted
    # Both refused at once, each in its own echo line under the field.
    assert "8 May" in editor.signed.error_text() and "31/2/2030" in editor.expires.error_text()


def test_export_then_import_mission_file_from_the_file_menu(qtbot, demo_window, demo_db, tmp_path, monkeypatch):
    w = demo_window
    mission = next(m for m in w.missions.model.rows if "Korea" in m["title"])
    w.missions.select(mission["id"])
    target = tmp_path / "korea.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    w.act_export.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    w.tasks.wait()
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["format"] == "missionplanner/1"
    doc["mission"]["slug"] = "korea-copy"
    doc["mission"]["title"] = "Korea (copy)"
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    w.act_import.trigger()
    qtbot.waitUntil(lambda: any(m["title"] == "Korea (copy)" for m in w.missions.model.rows), timeout=10000)
    assert "Korea (copy)" in [m["title"] for m in mission_service.list_missions(demo_db)]


def test_import_error_is_shown_with_its_reason(qtbot, demo_window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "missionplanner/1", "mission": {"title": "x"}, "surprise": 1}', encoding="utf-8")
    shown = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    demo_window.act_import.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "surprise" in shown[0]


def test_preferences_change_language_and_home_zone(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []  # a new language offers a restart: "No" here, it applies at the next start
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.No))
    dialog = PreferencesDialog(window)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.home_zone.set_zone("Asia/Tokyo")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert settings.get(settings.LANGUAGE) == "nl"
    assert settings.get(settings.HOME_ZONE) == "Asia/Tokyo"
    assert asked == ["Restart Mission Planner"] and window.isVisible()
    bad = PreferencesDialog(window)
    bad.home_zone.set_zone("Mars/Olympus")
    bad.save()
    assert bad.error.text() and settings.get(settings.HOME_ZONE) == "Asia/Tokyo"


def test_calendar_export_then_reimport_and_contacts_import(qtbot, demo_window, demo_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    w = demo_window
    japan = next(m for m in w.missions.model.rows if m["slug"] == "official-mission-japan-2017")
    w.missions.select(japan["id"])
    ics = tmp_path / "japan.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(ics), "")))
    w.act_export_ics.trigger()
    qtbot.waitUntil(ics.exists, timeout=10000)
    assert b"BEGIN:VCALENDAR" in ics.read_bytes()

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(ics), "")))
    w.act_import_ics.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "unchanged" in asked[0]
    w.tasks.wait()
    qtbot.waitUntil(lambda: "created" in w.statusBar().currentMessage(), timeout=10000)

    contacts = tmp_path / "contacts.csv"
    contacts.write_text("First name,Last name,Organization\nJi-hoon,Kim,Seoul Metropolitan Government\n",
                        encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(contacts), "")))
    asked.clear()
    w.act_import_contacts.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "1 person" in asked[0]
    w.tasks.wait()
    qtbot.waitUntil(lambda: bool(people_service.list_people(demo_db, "Kim")), timeout=10000)


def test_calendar_import_question_says_how_many_meetings_it_cancels(qtbot, demo_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    w = demo_window
    japan = next(m for m in w.missions.model.rows if m["slug"] == "official-mission-japan-2017")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No))
    preview = {"created": 0, "updated": 2, "unchanged": 3, "skipped": 0, "cancelled": 1}
    w.files._confirm_calendar("/nowhere/coree.ics", japan, preview)
    assert "update 2" in asked[0] and "1 of the updated meetings will be marked cancelled" in asked[0]
    assert "(s)" not in asked[0]
    w.files._confirm_calendar("/nowhere/coree.ics", japan, dict(preview, cancelled=0))
    assert "cancelled" not in asked[1]


def test_meeting_editor_records_who_asked_for_the_meeting(qtbot, window, db, mission_id):
    window.refresh_all()
    window.tasks.wait()
    window.agenda.new(mission_id)
    window.tasks.wait()  # read on the worker, then opened
    editor = window.agenda.editor
    editor.title_edit.setText("Courtesy call")
    editor.start.setText("9/6/2017 14:00")
    editor.end.setText("9/6/2017 15:00")
    qtbot.keyClicks(editor.requested_by, "Embassy of Belgium in Tokyo")
    editor.save()
    runner().wait(20_000)  # written on the worker
    assert not editor.isVisible()  # saved and closed
    assert meeting_by_id(db, editor.meeting_id)["requested_by"] == "Embassy of Belgium in Tokyo"
    window.agenda.edit(editor.meeting_id)
    window.tasks.wait()  # read on the worker, then opened
    again = window.agenda.editor
    assert again.requested_by.text() == "Embassy of Belgium in Tokyo"


def test_agreement_document_is_attached_shown_and_opened(qtbot, window, db, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    aid = agreement_service.create_agreement(db, title="Partnership Louise / Sakae-Machi")
    doc = tmp_path / "partnership.pdf"
    doc.write_bytes(b"%PDF-1.4 partnership")
    window.go_to("agreement", aid)
    page = window.agreements
    qtbot.waitUntil(lambda: page.current() is not None, timeout=5000)
    assert not page.open_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(doc), "")))
    qtbot.mouseClick(page.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "partnership.pdf" in page.detail.toPlainText(), timeout=5000)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    window.tasks.wait()  # the document is written to the cache on the worker
    assert opened and open(opened[0], "rb").read() == b"%PDF-1.4 partnership"
