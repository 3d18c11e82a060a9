"""No page reads or writes the database on the GUI thread: a scripted session (pages, selections and
details, another mission's agenda, a refresh, search and its result) with the planner's database
watched; every session must be opened on the worker thread."""

import threading
import traceback

import pytest
from PySide6.QtCore import Qt

from missionplanner.services.planner import Planner
from missionplanner.ui.main_window import (
    PAGE_AGENDA,
    PAGE_AGREEMENTS,
    PAGE_FOLLOWUPS,
    PAGE_MISSIONS,
    PAGE_ORGANIZATIONS,
    PAGE_PEOPLE,
)


@pytest.fixture
def watched(monkeypatch, demo_db):
    """The demo database, recording where each session it opens comes from when on the GUI thread."""
    on_gui = []
    for name in ("read", "write", "connect"):
        real = getattr(demo_db, name, None)
        if real is None:
            continue

        def wrapper(*args, _real=real, _name=name, **kwargs):
            if threading.current_thread() is threading.main_thread():
                on_gui.append((_name, "".join(traceback.format_stack(limit=8)[:-1])))
            return _real(*args, **kwargs)
        monkeypatch.setattr(demo_db, name, wrapper)
    return demo_db, on_gui


def _settle(window):
    window.tasks.wait(20_000)


def _where(on_gui) -> str:
    """The distinct places in ui/ that opened a session on the GUI thread, then the first stacks."""
    places = sorted({line.strip() for _name, stack in on_gui for line in stack.splitlines()
                     if "/missionplanner/ui/" in line and "main_window.py" not in line} or {"?"})
    stacks = "\n\n".join(f"{name} opened on the GUI thread at:\n{stack}" for name, stack in on_gui[:2])
    return "\n".join(places) + "\n\n" + stacks


# The pages whose lists and details are read on the worker (the tests below also open every editor
# and dialog, save them, and ask every deletion's question, with the same watch).
PORTED_PAGES = (PAGE_MISSIONS, PAGE_AGENDA, PAGE_AGREEMENTS, PAGE_PEOPLE, PAGE_ORGANIZATIONS,
                PAGE_FOLLOWUPS)


def test_browsing_the_ported_pages_reads_nothing_on_the_gui_thread(qtbot, watched):
    from missionplanner.ui.app import build_window

    db, on_gui = watched
    window = build_window(Planner(db), "en")
    qtbot.addWidget(window)
    window.show()
    _settle(window)
    for index in PORTED_PAGES:
        window.show_page(index)
        _settle(window)
        table = window.current_page().table
        for row in (1, 0):  # a detail is read for each selected row
            table.selectRow(row)
            qtbot.wait(60)
            _settle(window)
    window.agenda.mission_box.setCurrentIndex(1)  # another mission's agenda
    _settle(window)
    window.refresh_all()  # what every change does
    _settle(window)
    dialog = window.open_search()
    qtbot.keyClicks(dialog.query, "aichi")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=5000)
    meeting = next(dialog.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.results.count())
                   if dialog.results.item(i).data(Qt.ItemDataRole.UserRole)[0] == "meeting")
    dialog.close()
    window.go_to(*meeting)
    qtbot.waitUntil(lambda: window.agenda.current_meeting_id() == meeting[1], timeout=5000)
    _settle(window)
    assert on_gui == [], _where(on_gui)


def test_scrolling_filtering_and_follow_up_actions_read_nothing_on_the_gui_thread(qtbot, watched):
    """The People list scrolled page by page, filtered, sorted Organizations, the Follow-ups page's
    filters and counts, editing a follow-up, and marking one done."""
    from missionplanner.services import people as people_service
    from missionplanner.ui.app import build_window

    db, on_gui = watched
    with db.write() as s:  # more people than one page of the lazy list
        for i in range(450):
            people_service.create_person_in(s, {"given_name": "Person", "family_name": f"Test{i:04d}"})
    on_gui.clear()
    window = build_window(Planner(db), "en")
    qtbot.addWidget(window)
    window.show()
    _settle(window)
    window.show_page(PAGE_PEOPLE)
    _settle(window)
    people = window.people
    for _page in range(3):
        people.table.scrollToBottom()
        qtbot.wait(30)
        _settle(window)
    assert people.model.rowCount() > people.model.PAGE
    people.filter.setText("Test0449")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=5000)
    _settle(window)
    window.show_page(PAGE_ORGANIZATIONS)
    _settle(window)
    window.organizations.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    _settle(window)
    window.show_page(PAGE_FOLLOWUPS)
    _settle(window)
    page = window.followups
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    _settle(window)
    page.mission_filter.setCurrentIndex(1)
    _settle(window)
    page.mission_filter.setCurrentIndex(0)
    _settle(window)
    assert "shown" in page.summary.text()
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    _settle(window)
    page.table.selectRow(0)
    page.edit()  # the follow-up editor opens and saves on the worker
    _settle(window)
    page.editor.notes.setPlainText("Saved on the worker")
    page.editor.save()
    _settle(window)
    assert not page.editor.isVisible()
    page.table.selectRow(0)
    action = page.current()["action"]
    page.mark_done()
    _settle(window)
    assert action not in [r["action"] for r in page.model.rows]
    assert on_gui == [], _where(on_gui)


def test_undo_and_redo_run_on_the_worker(qtbot, watched):
    from missionplanner.ui.app import build_window
    from missionplanner.ui.undo import EditFieldsCommand

    db, on_gui = watched
    planner = Planner(db)
    window = build_window(planner, "en")
    qtbot.addWidget(window)
    window.show()
    window.show_page(PAGE_AGREEMENTS)
    _settle(window)
    agreement = planner.agreements.list()[0]
    planner.agreements.update(agreement["id"], scope="renewed")  # what an editor would have saved
    window.history.push(EditFieldsCommand(window.history, "agreement", agreement["id"],
                                          {"scope": agreement["scope"]}, {"scope": "renewed"}, "edit"))
    _settle(window)
    on_gui.clear()  # (the test made that edit on the GUI thread; the window did not)
    window.act_undo.trigger()
    _settle(window)
    assert next(a for a in window.agreements.model.rows if a["id"] == agreement["id"])["scope"] == agreement["scope"]
    window.act_redo.trigger()
    _settle(window)
    assert next(a for a in window.agreements.model.rows if a["id"] == agreement["id"])["scope"] == "renewed"
    assert on_gui == [], _where(on_gui)


def test_the_watch_sees_a_read_on_the_gui_thread(watched):
    db, on_gui = watched
    Planner(db).missions.list()
    assert [name for name, _stack in on_gui] == ["read"]


def test_opening_editors_and_asking_to_delete_read_nothing_on_the_gui_thread(qtbot, watched, monkeypatch):
    """Each editor (person, organization, mission, meeting, new meeting, outcome) opens with what it
    was read on the worker, each deletion's question says what goes, read there too, and so do the
    History and Duplicates dialogs."""
    from PySide6.QtWidgets import QMessageBox

    from missionplanner.ui.app import build_window

    db, on_gui = watched
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No))
    window = build_window(Planner(db), "en")
    qtbot.addWidget(window)
    window.show()
    _settle(window)
    opened = []
    for index, page in ((PAGE_PEOPLE, window.people), (PAGE_ORGANIZATIONS, window.organizations),
                        (PAGE_MISSIONS, window.missions)):
        window.show_page(index)
        _settle(window)
        page.table.selectRow(0)
        _settle(window)
        page.edit()
        _settle(window)
        opened.append(page.editor)
        page.editor.done(0)
        page.delete()
        _settle(window)
        history = window.tools.record_history()  # Tools ▸ History of the selected record
        _settle(window)
        assert history.rows()  # the trail was read (on the worker) and shown
        history.close()
    duplicates = window.tools.duplicates()  # Tools ▸ Find duplicate people
    _settle(window)
    assert duplicates.info.text()
    duplicates.close()
    window.show_page(PAGE_AGENDA)
    _settle(window)
    agenda = window.agenda
    meeting = agenda.meeting_ids()[0]
    for open_it in (lambda: agenda.edit(meeting), lambda: agenda.new(), lambda: agenda.log_outcome(meeting)):
        open_it()
        _settle(window)
        opened.append(agenda.editor)
        agenda.editor.done(0)
    agenda.delete(meeting)
    _settle(window)
    assert len({id(e) for e in opened}) == 6 and all(e is not None for e in opened)
    assert len(asked) == 4 and all(text.startswith("Delete") for text in asked)  # each deletion asked, nothing deleted
    assert meeting in agenda.meeting_ids()
    assert on_gui == [], _where(on_gui)


def test_saving_editors_writes_nothing_on_the_gui_thread(qtbot, watched):
    """Saving a changed person and organization, a new organization, a mission, a meeting (whose
    person picker looks someone up) and a meeting's outcome writes on the worker."""
    from missionplanner.ui.app import build_window

    db, on_gui = watched
    window = build_window(Planner(db), "en")
    qtbot.addWidget(window)
    window.show()
    _settle(window)
    for index, page, field in ((PAGE_PEOPLE, window.people, "pronunciation"),
                               (PAGE_ORGANIZATIONS, window.organizations, "city")):
        window.show_page(index)
        _settle(window)
        page.table.selectRow(0)
        _settle(window)
        page.edit()
        _settle(window)
        page.editor.widgets[field].setText("changed on the worker")
        page.editor.save()
        _settle(window)
    window.organizations.new().widgets["name"].setText("Saved on the worker")
    window.organizations.editor.save()
    _settle(window)
    assert window.organizations.model.row(window.organizations.model.find(
        window.organizations.current_id()))["name"] == "Saved on the worker"
    window.show_page(PAGE_MISSIONS)
    _settle(window)
    window.missions.table.selectRow(0)
    _settle(window)
    window.missions.edit()
    _settle(window)
    window.missions.editor.objectives.setPlainText("Saved on the worker")
    window.missions.editor.save()
    _settle(window)
    assert not window.missions.editor.isVisible()
    window.show_page(PAGE_AGENDA)
    _settle(window)
    agenda = window.agenda
    meeting = agenda.meeting_ids()[0]
    agenda.edit(meeting)
    _settle(window)
    agenda.editor.venue.setText("Saved on the worker")
    from missionplanner.ui.free_slot_dialog import FreeSlotDialog

    agenda.editor.find_slot()  # the free slots are searched on the worker
    _settle(window)
    slots = [d for d in agenda.editor.findChildren(FreeSlotDialog) if d.isVisible()]
    assert len(slots) == 1
    slots[0].done(0)
    from missionplanner.ui.widgets import NewPersonDialog

    agenda.editor.counterparts.new_button.click()  # a person created from inside the editor
    _settle(window)
    inline = next(d for d in agenda.editor.findChildren(NewPersonDialog) if d.isVisible())
    inline.family.setText("Created on the worker")
    inline._save()
    _settle(window)
    assert any("Created on the worker".upper() in agenda.editor.counterparts.list.item(i).text().upper()
               for i in range(agenda.editor.counterparts.list.count()))
    qtbot.keyClicks(agenda.editor.delegation.search, "cecile")  # the person picker looks people up
    _settle(window)
    assert agenda.editor.delegation.search.completer().model().rowCount() > 0
    agenda.editor.delegation.search.clear()
    agenda.editor.save()
    _settle(window)
    assert not agenda.editor.isVisible()
    agenda.log_outcome(meeting)
    _settle(window)
    agenda.editor.outcome.setPlainText("Logged on the worker")
    agenda.editor.save()
    _settle(window)
    assert not agenda.editor.isVisible()
    assert on_gui == [], _where(on_gui)


def test_agreements_editor_deletion_and_documents_read_nothing_on_the_gui_thread(qtbot, watched, monkeypatch,
                                                                                 tmp_path):
    """The agreement editor opens, saves; the deletion asks; a document is attached and opened."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from missionplanner.ui.app import build_window

    db, on_gui = watched
    doc = tmp_path / "agreement.pdf"
    doc.write_bytes(b"%PDF-1.4 agreement")
    asked, opened = [], []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(doc), "")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    window = build_window(Planner(db), "en")
    qtbot.addWidget(window)
    window.show()
    window.show_page(PAGE_AGREEMENTS)
    _settle(window)
    page = window.agreements
    page.table.selectRow(0)
    _settle(window)
    page.edit()
    _settle(window)
    page.editor.notes.setPlainText("Saved on the worker")
    page.editor.save()
    _settle(window)
    assert not page.editor.isVisible()
    page.delete()
    _settle(window)
    page.attach_document()
    _settle(window)
    page.open_document()
    _settle(window)
    assert len(asked) == 1 and opened and open(opened[0], "rb").read() == b"%PDF-1.4 agreement"
    assert on_gui == [], _where(on_gui)


def test_the_print_dialog_opens_without_reading_on_the_gui_thread(qtbot, watched):
    """File ▸ Briefing pack takes the mission from the list already read."""
    from missionplanner.ui.app import build_window

    db, on_gui = watched
    window = build_window(Planner(db), "en")
    qtbot.addWidget(window)
    window.show()
    _settle(window)
    window.missions.table.selectRow(0)
    _settle(window)
    dialog = window.print_document("briefing")
    assert dialog.path.text().endswith(f"{dialog.mission['slug']}-briefing.pdf")
    dialog.done(0)
    assert on_gui == [], _where(on_gui)


def test_the_calendar_reads_and_moves_meetings_on_the_worker(qtbot, watched):
    """The agenda's Day and Week calendars read the mission, its travel and its days' zones on the
    worker; a meeting moved there (Alt+Down) is written, undone and redone there too."""
    from PySide6.QtTest import QTest

    from missionplanner.ui.app import build_window

    db, on_gui = watched
    window = build_window(Planner(db), "en")
    qtbot.addWidget(window)
    window.show()
    window.show_page(PAGE_AGENDA)
    _settle(window)
    agenda = window.agenda
    for view in (agenda.VIEW_WEEK, agenda.VIEW_DAY):
        agenda.show_view(view)
        _settle(window)
    canvas = agenda.week_view.canvas
    meeting = next(b for b in canvas.blocks if b.type == "meeting")
    agenda.show_view(agenda.VIEW_WEEK)
    canvas.setFocus()
    canvas.select(meeting.id)
    QTest.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    _settle(window)
    qtbot.waitUntil(lambda: not agenda.checks_pending(), timeout=10_000)
    _settle(window)
    assert agenda.week_view.canvas.block(meeting.id).start > meeting.start  # moved 15 minutes
    for action in (window.act_undo, window.act_redo):
        action.trigger()
        _settle(window)
    assert on_gui == [], _where(on_gui)
