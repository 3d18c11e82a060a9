"""Everyday use without friction (issue 17), driven through the real widgets: the New meeting dialog
(focus on the title, the agenda's day and that day's city, a person picker that starts afresh after
each pick and finds people by post and organization), destructive questions that default to No, a
toolbar whose Undo and Redo stay short, and the small omissions of point 9."""

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from missionplanner.services import missions as mission_service
from missionplanner.services import people as people_service
from missionplanner.ui.main_window import (
    PAGE_AGENDA,
    PAGE_AGREEMENTS,
    PAGE_MISSIONS,
    PAGE_ORGANIZATIONS,
    PAGE_PEOPLE,
)
from missionplanner.ui.models import ROW_ROLE
from missionplanner.ui.tasks import runner


def _nagoya_mission(db) -> str:
    """Tokyo, a day in Nagoya (reached in the morning, left in the evening), Tokyo again."""
    lead = people_service.create_person(db, given_name="Pieter", family_name="De Crem")
    mid = mission_service.create_mission(db, title="Japan with Nagoya", start="2017-06-08", end="2017-06-11",
                                         lead_id=lead)
    for city, arrive, depart in (("Tokyo", "2017-06-08T09:00", "2017-06-10T08:00"),
                                 ("Nagoya", "2017-06-10T09:40", "2017-06-10T19:00"),
                                 ("Tokyo", "2017-06-10T21:00", "2017-06-11T18:00")):
        mission_service.add_leg(db, mid, city=city, country="JP", timezone="Asia/Tokyo",
                                arrive=arrive, depart=depart)
    return mid


def _show_mission(window, mission_id):
    window.agenda.show_mission(mission_id)
    window.tasks.wait()


def _click_row(qtbot, table, row):
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _new_meeting(qtbot, window):
    qtbot.mouseClick(window.agenda.new_button, Qt.MouseButton.LeftButton)
    window.tasks.wait()
    editor = window.agenda.editor
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and editor.isActiveWindow())
    return editor


def _close(editor, monkeypatch):
    import missionplanner.ui.meeting_editor as meeting_editor

    monkeypatch.setattr(meeting_editor, "confirm_discard", lambda _parent: True)
    editor.reject()


def test_new_meeting_opens_on_the_title_with_the_days_city(qtbot, window, db, monkeypatch):
    mid = _nagoya_mission(db)
    window.show_page(PAGE_AGENDA)
    _show_mission(window, mid)
    agenda = window.agenda
    day_row = next(r for r, row in enumerate(agenda.model.rows)
                   if row["kind"] == "day" and row["date"] == "2017-06-10")
    _click_row(qtbot, agenda.table, day_row)
    editor = _new_meeting(qtbot, window)
    qtbot.keyClicks(QApplication.focusWidget(), "Lunch with the Governor")
    assert editor.title_edit.text() == "Lunch with the Governor"   # no keystroke lost
    assert editor.city.currentData()["city"] == "Nagoya"
    assert editor.day == "2017-06-10"
    editor.start.setFocus()
    qtbot.keyClicks(editor.start.edit, "12:30")
    qtbot.keyClicks(editor.end.edit, "14:00")
    start, _end = editor.parse_times()
    assert start.isoformat() == "2017-06-10T03:30:00+00:00"  # 12:30 in Nagoya on the day picked
    _close(editor, monkeypatch)


def test_new_meeting_from_the_day_calendar_takes_the_day_shown(qtbot, window, db, monkeypatch):
    mid = _nagoya_mission(db)
    window.show_page(PAGE_AGENDA)
    _show_mission(window, mid)
    agenda = window.agenda
    tabs = agenda.views.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(agenda.VIEW_DAY).center())
    assert agenda.views.currentWidget() is agenda.day_view
    window.tasks.wait()
    for _ in range(2):  # 8 June, 9 June, 10 June
        qtbot.mouseClick(agenda.day_view.next, Qt.MouseButton.LeftButton)
    editor = _new_meeting(qtbot, window)
    assert editor.day == "2017-06-10" and editor.city.currentData()["city"] == "Nagoya"
    assert QApplication.focusWidget() is editor.title_edit
    _close(editor, monkeypatch)


def _people(db):
    aichi = people_service.create_organization(db, name="Aichi Prefecture", kind="prefecture", country="JP")
    people_service.create_person(db, given_name="Mart", family_name="Laar")
    people_service.create_person(db, given_name="Marta", family_name="Cartabia")
    people_service.create_position(db, title="Vice-Governor", organization_id=aichi)
    people_service.create_person(db, given_name="Hideaki", family_name="Ohmura", title="Governor",
                                 pronunciation="oh-MOO-rah", organization_id=aichi)


def _offered(picker):
    model = picker.search.completer().popup().model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _type_and_wait(qtbot, picker, text):
    qtbot.keyClicks(picker.search, text)
    runner().wait(20_000)  # people are looked up on the worker
    popup = picker.search.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    return popup


def _erase(qtbot, picker, popup):
    """Escape closes the list offered (only: the dialog stays), Ctrl+A and Delete empty the box."""
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    qtbot.keyClick(picker.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(picker.search, Qt.Key.Key_Delete)
    assert picker.search.text() == ""


def test_the_picker_starts_afresh_after_each_pick(qtbot, window, db, monkeypatch):
    mid = _nagoya_mission(db)
    _people(db)
    window.show_page(PAGE_AGENDA)
    _show_mission(window, mid)
    editor = _new_meeting(qtbot, window)
    picker = editor.counterparts
    qtbot.keyClick(editor.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the People tab
    picker.search.setFocus()
    # Picked with the keyboard from the list: Down, Return.
    popup = _type_and_wait(qtbot, picker, "Laar")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.list.count() == 1)
    qtbot.waitUntil(lambda: picker.search.text() == "", timeout=1000)
    # Picked with the mouse: a click on another name offered.
    popup = _type_and_wait(qtbot, picker, "Mart")
    assert picker.search.text() == "Mart"  # not "Mart LaarMart"
    row = next(r for r, name in enumerate(_offered(picker)) if "Cartabia" in name)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(popup.model().index(row, 0)).center())
    qtbot.waitUntil(lambda: picker.list.count() == 2)
    qtbot.waitUntil(lambda: picker.search.text() == "", timeout=1000)
    # By post and organization: "Vice" and "Aichi" find the Vice-Governor position.
    popup = _type_and_wait(qtbot, picker, "Vice")
    assert any("Vice-Governor" in name for name in _offered(picker)), _offered(picker)
    _erase(qtbot, picker, popup)
    popup = _type_and_wait(qtbot, picker, "Aichi")
    offered = _offered(picker)
    assert any("Vice-Governor" in n for n in offered) and any("Ohmura" in n.title() for n in offered), offered
    _erase(qtbot, picker, popup)
    _type_and_wait(qtbot, picker, "moo")  # the pronunciation
    assert any("Ohmura" in n.title() for n in _offered(picker)), _offered(picker)
    _close(editor, monkeypatch)


# Destructive questions default to No ------------------------------------------------------------

def _press_enter_on_the_question(asked: list):
    """Once a question is on screen, press Enter on it (what a stray Return does)."""
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append((box.text(), box.defaultButton() and box.standardButton(box.defaultButton())))
            QTest.keyClick(box, Qt.Key.Key_Return)
        else:
            QTimer.singleShot(50, answer)
    QTimer.singleShot(50, answer)


def _counts(planner):
    missions = planner.missions.list()
    return {"missions": len(missions), "people": len(planner.people.search("")),
            "organizations": len(planner.organizations.list()), "agreements": len(planner.agreements.list()),
            "meetings": sum(len(planner.missions.detail(m["id"])["meetings"]) for m in missions)}


@pytest.mark.parametrize("page_index, page_name", [
    (PAGE_MISSIONS, "missions"), (PAGE_AGENDA, "agenda"), (PAGE_PEOPLE, "people"),
    (PAGE_ORGANIZATIONS, "organizations"), (PAGE_AGREEMENTS, "agreements")])
def test_enter_on_a_delete_question_deletes_nothing(qtbot, demo_window, page_index, page_name):
    window = demo_window
    before = _counts(window.planner)
    window.show_page(page_index)
    window.tasks.wait()
    page = getattr(window, page_name)
    table = page.table
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if page_name != "agenda" or (model.index(r, 0).data(ROW_ROLE) or {}).get("kind") == "meeting")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(row, 1)).center())
    window.tasks.wait()
    asked = []
    _press_enter_on_the_question(asked)
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # Edit ▸ Delete
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    window.tasks.wait()
    text, default = asked[0]
    assert text.startswith("Delete") and default == QMessageBox.StandardButton.No, asked
    assert _counts(window.planner) == before


# The toolbar at 1024 pixels ---------------------------------------------------------------------

def _schedule_with_a_long_title(qtbot, window, db):
    mid = _nagoya_mission(db)
    window.show_page(PAGE_AGENDA)
    _show_mission(window, mid)
    editor = _new_meeting(qtbot, window)
    qtbot.keyClicks(editor.title_edit, "Working lunch with the Governor of Aichi Prefecture and the Chamber")
    qtbot.keyClicks(editor.start.edit, "12:30")
    qtbot.keyClicks(editor.end.edit, "14:00")
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    window.tasks.wait()


def _toolbar_overflows(window) -> list[str]:
    """The toolbar's actions whose buttons are not on it (pushed into the » extension menu)."""
    bar = window.toolbar
    return [a.iconText() for a in bar.actions()
            if not a.isSeparator() and not bar.widgetForAction(a).isVisible()]


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_undo_is_short_on_the_toolbar_and_in_full_elsewhere(qtbot, make_window, db, lang):
    window = make_window(db, lang)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    _schedule_with_a_long_title(qtbot, window, db)
    undo = window.act_undo
    assert "Working lunch with the Governor of Aichi Prefecture and the Chamber" in undo.text()  # Edit menu
    assert "Working lunch" in undo.toolTip() and "Ctrl+Z" in undo.toolTip()
    button = window.toolbar.widgetForAction(undo)
    assert "Working lunch" not in button.text() and button.text() == undo.iconText()
    assert len(button.text()) < 20
    QApplication.processEvents()
    assert _toolbar_overflows(window) == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # undone: Redo now names the step
    window.tasks.wait()
    qtbot.waitUntil(lambda: "Working lunch" in window.act_redo.toolTip())
    assert "Working lunch" not in window.toolbar.widgetForAction(window.act_redo).text()
    QApplication.processEvents()
    assert _toolbar_overflows(window) == []


# Small omissions (point 9) ------------------------------------------------------------------------

def _click_cell(qtbot, table, row, column=0):
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(row, column)).center())


def test_the_mission_summary_names_the_delegation(qtbot, demo_window):
    w = demo_window
    w.show_page(PAGE_MISSIONS)
    table = w.missions.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data() == "Official mission to Japan")
    _click_cell(qtbot, table, row)
    qtbot.waitUntil(lambda: "Official mission to Japan" in w.missions.detail.toPlainText())
    w.tasks.wait()
    text = w.missions.detail.toPlainText()
    assert "Delegation" in text and "Cécile Jodogne — Head of mission" in text, text
    assert "Adviser, foreign trade (name to be confirmed)" in text, text


def test_the_person_detail_shows_the_honorific(qtbot, demo_window, demo_db):
    ohmura = next(p for p in people_service.list_people(demo_db) if p.get("native_name") == "大村秀章")
    people_service.update_person(demo_db, ohmura["id"], honorific="H.E.")
    w = demo_window
    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    table = w.people.table
    row = next(r for r in range(table.model().rowCount()) if "OHMURA" in (table.model().index(r, 0).data() or ""))
    _click_cell(qtbot, table, row)
    qtbot.waitUntil(lambda: "大村秀章" in w.people.detail.toPlainText())
    assert "H.E. OHMURA Hideaki" in w.people.detail.toPlainText(), w.people.detail.toPlainText()


def test_the_local_time_names_the_meetings_city(qtbot, window, db):
    from missionplanner.services.planner import Planner

    mid = _nagoya_mission(db)
    Planner(db).meetings.create(mid, title="Lunch with the Governor", city="Nagoya", timezone="Asia/Tokyo",
                                start="2017-06-10T12:30", end="2017-06-10T14:00")
    window.show_page(PAGE_AGENDA)
    _show_mission(window, mid)
    model = window.agenda.table.model()
    row = next(r for r, x in enumerate(model.rows) if x["kind"] == "meeting")
    assert model.index(row, model.COL_LOCAL).data() == "12:30–14:00 Nagoya"


def _arrow_points_down(header, section) -> bool:
    """Whether the sort arrow painted in `section` of `header` is wider at its top than its bottom."""
    image = header.grab().toImage()
    left = header.sectionViewportPosition(section)
    right = left + header.sectionSize(section) - 3
    widths = []
    for y in range(2, image.height() - 2):
        dark = [x for x in range(right - 16, right) if image.pixelColor(x, y).lightness() < 140]
        if dark:
            widths.append(len(dark))
    assert len(widths) >= 2, "no sort arrow found"
    return widths[0] > widths[-1]


def test_the_missions_sort_arrow_points_the_way_the_list_runs(qtbot, demo_window):
    from missionplanner.ui.models import MissionsModel

    w = demo_window
    w.show_page(PAGE_MISSIONS)
    header = w.missions.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # newest first
    assert _arrow_points_down(header, MissionsModel.COL_DATES)
    rect = header.rect()
    x = header.sectionViewportPosition(MissionsModel.COL_DATES) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder  # oldest first: the arrow turns up
    assert not _arrow_points_down(header, MissionsModel.COL_DATES)


def _open_report(qtbot, w):
    from missionplanner.ui.print_dialog import PrintDialog

    w.show_page(PAGE_MISSIONS)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w.missions.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # File ▸ Outcome report…
    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(PrintDialog)))
    return [d for d in w.findChildren(PrintDialog) if d.isVisible()][-1]


def _generate(qtbot, dialog):
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_path is not None or "color" in dialog.message.styleSheet(),
                    timeout=60000)


def test_no_pdf_viewer_is_said_with_the_files_path(qtbot, demo_window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))  # no viewer
    dialog = _open_report(qtbot, demo_window)
    target = tmp_path / "report.pdf"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(target))
    _generate(qtbot, dialog)
    assert target.exists()
    message = dialog.message.text()
    assert "No PDF viewer" in message and str(target) in message and dialog.message.isVisible()


def test_the_print_dialog_remembers_its_choices(qtbot, demo_window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    dialog = _open_report(qtbot, demo_window)
    folder = tmp_path / "briefings"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(folder / "japan.pdf"))
    dialog.classification.lineEdit().selectAll()
    qtbot.keyClicks(dialog.classification.lineEdit(), "CONFIDENTIAL")
    dialog.paper.setFocus()
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)          # US Letter
    dialog.language.setFocus()
    for _ in range(dialog.language.count()):
        if dialog.language.currentData() == "nl":
            break
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert (dialog.paper.currentData(), dialog.language.currentData()) == ("letter", "nl")
    _generate(qtbot, dialog)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    again = _open_report(qtbot, demo_window)
    assert again is not dialog
    assert again.classification.currentText() == "CONFIDENTIAL"
    assert again.paper.currentData() == "letter" and again.language.currentData() == "nl"
    assert again.path.text().startswith(str(folder))
    again.reject()


# Follow-ups ---------------------------------------------------------------------------------------

def _followups_page(qtbot, w):
    from missionplanner.ui.main_window import PAGE_FOLLOWUPS

    w.show_page(PAGE_FOLLOWUPS)
    w.tasks.wait()
    page = w._page(PAGE_FOLLOWUPS)
    status = page.status_filter
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Home)  # Show: open ones
    w.tasks.wait()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def test_mark_done_says_so_and_ctrl_z_undoes_it(qtbot, demo_window):
    w = demo_window
    page = _followups_page(qtbot, w)
    _click_cell(qtbot, page.table, 0, page.model.COL_ACTION)
    f = page.current()
    assert f["status"] == "open"
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() != "")
    assert w.statusBar().currentMessage() == f"Marked done: {f['action']} — Ctrl+Z to undo"
    assert w.planner.followups.state(f["id"])["status"] == "done"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    w.tasks.wait()
    qtbot.waitUntil(lambda: w.planner.followups.state(f["id"])["status"] == "open")


def test_the_owner_list_holds_our_side_sorted(qtbot, demo_window, demo_db):
    w = demo_window
    planner = w.planner
    japan = next(m for m in planner.missions.list() if m["title"] == "Official mission to Japan")
    members = [(p["id"], p.get("role") or "") for p in planner.missions.detail(japan["id"])["delegation"]]
    for given, family in (("Émile", "Bastin"), ("Zeger", "Aerts")):
        members.append((people_service.create_person(demo_db, given_name=given, family_name=family), "Adviser"))
    planner.missions.set_members(japan["id"], members)
    _nagoya_mission(demo_db)  # led by Pieter De Crem
    page = _followups_page(qtbot, w)
    _click_cell(qtbot, page.table, 0, page.model.COL_ACTION)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()
    editor = page.editor
    qtbot.waitExposed(editor)
    owners = [editor.owner.itemText(i) for i in range(1, editor.owner.count())]
    assert any("Jodogne" in o for o in owners), owners                  # the lead
    assert any("Adviser, foreign trade" in o for o in owners), owners   # the delegation
    assert not any("OHMURA" in o or "Vice-Governor" in o for o in owners), owners  # counterparts
    assert page.current()["mission"] == "Official mission to Japan"
    assert owners == ["Adviser, foreign trade (name to be confirmed)", "Zeger Aerts", "Émile Bastin",
                      "Pieter De Crem", "Cécile Jodogne"], owners  # by family name; no counterpart
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_the_leg_of_a_day_is_where_most_of_it_is_spent():
    from missionplanner.ui.meeting_editor import leg_of_day

    legs = [{"arrive": "2017-06-08T09:00:00+09:00", "depart": "2017-06-10T08:00:00+09:00"},   # Tokyo
            {"arrive": "2017-06-10T09:40:00+09:00", "depart": "2017-06-10T19:00:00+09:00"},   # Nagoya
            {"arrive": "2017-06-10T21:00:00+09:00", "depart": "2017-06-12T00:00:00+09:00"}]   # Tokyo
    assert leg_of_day(legs, "2017-06-08") == 0
    assert leg_of_day(legs, "2017-06-10") == 1      # 9 h 20 in Nagoya, 8 h and 3 h in Tokyo
    assert leg_of_day(legs, "2017-06-11") == 2
    assert leg_of_day(legs, "2017-06-12") is None   # left at midnight: no part of that day
    assert leg_of_day(legs, "2017-06-07") is None
