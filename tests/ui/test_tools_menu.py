"""Tools menu: back up, restore, check and repair, history, duplicates, and the unclean-shutdown check."""

import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from missionplanner.services import missions, people
from missionplanner.services.planner import Planner
from missionplanner.services.safety import end_session
from missionplanner.ui.history_dialog import HistoryDialog
from missionplanner.ui.safety_actions import check_after_unclean_shutdown
from missionplanner.ui.tasks import runner


def _tools(window):
    return window.tools


def test_tools_menu_sits_before_help(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.index("Tools") < titles.index("Help") == len(titles) - 1


@pytest.mark.sqlite_file
def test_backup_from_the_menu_writes_a_good_copy(qtbot, window, db, tmp_path, monkeypatch):
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    _tools(window).act_backup.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    window.tasks.wait()
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert "Backup written" in window.statusBar().currentMessage()


@pytest.mark.sqlite_file
def test_restore_from_the_menu_brings_data_back(qtbot, demo_window, demo_db, tmp_path, monkeypatch):
    from missionplanner.services.safety import backup_now

    copy = backup_now(demo_db, tmp_path / "before.sqlite")
    missions.delete_mission(demo_db, missions.mission_id_of(demo_db, "official-mission-japan-2017"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2])))
    _tools(demo_window).act_restore.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "Restored" in shown[0]
    assert len(missions.list_missions(demo_db)) == 3


@pytest.mark.sqlite_file
def test_doctor_from_the_menu_reports(qtbot, demo_window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2])))
    _tools(demo_window).act_doctor.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "Integrity check: ok" in shown[0] and "No problems left." in shown[0]


def test_history_dialog_lists_changes_field_by_field(qtbot, db, mission_id):
    missions.update_mission(db, mission_id, None, title="Mission officielle au Japon")
    dialog = HistoryDialog(Planner(db), mission_id, "mission")
    qtbot.addWidget(dialog)
    runner().wait(20_000)  # the trail is read on the worker
    rows = dialog.rows()
    heads = [r[0] for r in rows if r[1]]  # the change lines name who made them
    assert len(heads) == 2 and heads[0].endswith("Created") and heads[1].endswith("Changed")
    assert ["Title", "", "Test mission", "Mission officielle au Japon"] in rows
    # A create lists what the record started with, under "After", never internal keys
    created = rows[1:rows.index(next(r for r in rows[1:] if r[1]))]
    assert ["Title", "", "", "Test mission"] in created
    assert not any(r[0] in ("id", "version", "Uid") for r in rows)


def test_history_shows_times_names_and_codes_as_the_forms_do(qtbot, db, mission_id):
    from datetime import date

    from PySide6.QtCore import QLocale

    from missionplanner.services import meetings

    lead = people.create_person(db, given_name="Pieter", family_name="De Crem")
    missions.update_mission(db, mission_id, None, lead_id=lead)
    dialog = HistoryDialog(Planner(db), mission_id, "mission")
    qtbot.addWidget(dialog)
    runner().wait(20_000)
    assert ["Led by", "", "—", "Pieter De Crem"] in dialog.rows()  # the person's name, not an id

    mid = meetings.create_meeting(db, mission_id, title="Courtesy call", start="2017-06-09T10:00",
                                  end="2017-06-09T11:00", timezone="Asia/Tokyo", city="Tokyo")
    meetings.update_meeting(db, mid, None, status="confirmed", start="2017-06-09T11:00", end="2017-06-09T12:00")
    dialog = HistoryDialog(Planner(db), mid, "meeting", home_tz="Europe/Brussels")
    qtbot.addWidget(dialog)
    runner().wait(20_000)
    rows = dialog.rows()
    # 10:00 and 11:00 in Tokyo are 03:00 and 04:00 in Brussels (summer time), said as the locale writes dates
    day = QLocale().toString(date(2017, 6, 9), QLocale.FormatType.ShortFormat)
    assert ["Start", "", f"{day} 03:00", f"{day} 04:00"] in rows
    assert ["Status", "", "proposed", "confirmed"] in rows  # the labels the lists use, not raw codes


def test_duplicates_dialog_merges_and_undoes(qtbot, window, db):
    org = people.create_organization(db, name="Aichi Prefecture", country="JP")
    a = people.create_person(db, given_name="Hideaki", family_name="Ohmura", organization_id=org)
    b = people.create_person(db, given_name="Hideaki", family_name="Omura", organization_id=org)
    dialog = _tools(window).duplicates()
    qtbot.addWidget(dialog)
    window.tasks.wait()  # the pairs are found on the worker
    assert dialog.list.count() == 1
    dialog.merge_selected()
    window.tasks.wait()
    assert {p["id"] for p in people.list_people(db)} == {a}
    assert dialog.list.count() == 0 and dialog.undo_button.isEnabled()
    dialog.undo_last()
    window.tasks.wait()
    assert {p["id"] for p in people.list_people(db)} == {a, b}


@pytest.mark.sqlite_file
def test_quick_check_after_an_unclean_shutdown(window, db, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warned.append(a[2])))
    end_session(db)
    assert check_after_unclean_shutdown(window, window.planner) is None  # clean start
    assert check_after_unclean_shutdown(window, window.planner) == []  # killed before: checked, found nothing
    assert warned == []


def test_backup_and_restore_are_also_in_the_file_menu(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Back up now…" in texts and "Restore from a backup…" in texts
    assert texts.index("Restore from a backup…") < texts.index("Quit")


def test_history_of_the_selected_person(qtbot, window, db):
    pid = people.create_person(db, given_name="Hideaki", family_name="Ohmura")
    people.update_person(db, pid, 1, native_name="大村秀章")
    window.go_to("person", pid)
    qtbot.waitUntil(lambda: window.tools.current_record() is not None, timeout=5000)
    assert window.tools.current_record()[1] == pid
    dialog = window.tools.record_history()
    qtbot.addWidget(dialog)
    window.tasks.wait()  # the trail is read on the worker
    assert ["Name in native script", "", "—", "大村秀章"] in dialog.rows()


def test_people_page_offers_duplicates(qtbot, window, db):
    from PySide6.QtCore import Qt

    org = people.create_organization(db, name="Aichi Prefecture", country="JP")
    people.create_person(db, given_name="Hideaki", family_name="Ohmura", organization_id=org)
    people.create_person(db, given_name="Hideaki", family_name="Oomura", organization_id=org)
    window.show_page(2)
    qtbot.mouseClick(window.people.duplicates_button, Qt.MouseButton.LeftButton)
    from missionplanner.ui.safety_actions import DuplicatesDialog

    qtbot.waitUntil(lambda: bool(window.findChildren(DuplicatesDialog)), timeout=5000)
    dialog = window.findChildren(DuplicatesDialog)[0]
    window.tasks.wait()
    assert dialog.list.count() == 1 and "Ohmura" in dialog.list.item(0).text()


def test_on_the_cabinets_server_backup_restore_and_repair_are_left_to_it(make_window, postgres_db):
    """The server is backed up and checked by IT (pg_dump, PostgreSQL): the file actions are greyed
    out and say why."""
    window = make_window(postgres_db)
    tools = window.tools
    for action in (tools.act_backup, tools.act_restore, tools.act_doctor):
        assert not action.isEnabled() and "backed up and checked on its server" in action.toolTip()
    assert tools.act_history.isEnabled() and tools.act_duplicates.isEnabled()


def test_history_reads_in_french(qtbot, qapp, db, mission_id):
    from missionplanner.ui import i18n

    missions.update_mission(db, mission_id, None, title="Mission officielle au Japon")
    i18n.install(qapp, "fr")
    try:
        dialog = HistoryDialog(Planner(db), mission_id, "mission")
        qtbot.addWidget(dialog)
        runner().wait(20_000)
        rows = dialog.rows()
    finally:
        i18n.install(qapp, "en")
    assert ["Titre", "", "Test mission", "Mission officielle au Japon"] in rows
    assert rows[0][0].endswith("Créé") and dialog.view.headerItem().text(2) == "Avant"
