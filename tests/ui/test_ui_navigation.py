"""Navigation: quick search (Ctrl+K / Ctrl+F) across scripts and accents, shortcuts, accessible names,
remembered layout, lazily fetched people."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListWidget, QPushButton, QSplitter, QTableView

from missionplanner.services import people as people_service
from missionplanner.ui.main_window import PAGE_AGENDA, PAGE_ORGANIZATIONS, PAGE_PEOPLE
from missionplanner.ui.search_dialog import SearchDialog


def _search(qtbot, window, text, shortcut=None):
    if shortcut:  # as the user presses it
        qtbot.keyClick(window, shortcut[-1], Qt.KeyboardModifier.ControlModifier)
    else:
        window.act_search.trigger()
    dialog = window.search_dialog
    assert isinstance(dialog, SearchDialog) and dialog.isVisible()
    if text.isascii():
        qtbot.keyClicks(dialog.query, text)
    else:  # QTest cannot type outside Latin-1; an input method commits the whole text at once
        dialog.query.setText(text)
    qtbot.waitUntil(lambda: dialog.results.count() > 0 or (not dialog.pending and bool(dialog.status.text())),
                    timeout=5000)
    return dialog


def _results(dialog):
    return [dialog.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.results.count())]


def test_quick_search_is_accent_insensitive_and_finds_cjk_names(qtbot, demo_window, demo_db):
    w = demo_window
    dialog = _search(qtbot, w, "cecile", shortcut="Ctrl+K")  # "Cécile" without the accent
    kinds = [k for k, _ in _results(dialog)]
    assert "person" in kinds
    dialog.close()

    dialog = _search(qtbot, w, "大村")
    found = _results(dialog)
    assert found and found[0][0] == "person"
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert w.stack.currentIndex() == PAGE_PEOPLE
    qtbot.waitUntil(lambda: "大村" in w.people.detail.toPlainText())  # read once the list has painted

    dialog = _search(qtbot, w, "서울")
    found = _results(dialog)
    assert found
    kind, rid = found[0]
    dialog._activate(dialog.results.item(0))
    if kind == "organization":
        assert w.stack.currentIndex() == PAGE_ORGANIZATIONS


def test_search_for_a_meeting_opens_its_mission_agenda(qtbot, demo_window):
    w = demo_window
    dialog = _search(qtbot, w, "vice-governor", shortcut="Ctrl+F")
    meeting = [r for r in _results(dialog) if r[0] == "meeting"]
    assert meeting
    w.go_to(*meeting[0])  # its mission is read in the background
    qtbot.waitUntil(lambda: w.agenda.current_meeting_id() == meeting[0][1], timeout=5000)
    assert w.stack.currentIndex() == PAGE_AGENDA


def test_standard_shortcuts(demo_window):
    w = demo_window
    assert w.act_new_mission.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert w.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert w.act_brief.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert w.act_quit.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert QKeySequence("Ctrl+K") in w.act_search.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Find) in w.act_search.shortcuts()
    assert [a.shortcut().toString() for a in w.page_actions] == [f"Ctrl+{i}" for i in range(1, 7)]
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Tools", "&Help"]


def test_ctrl_number_switches_pages(qtbot, demo_window):
    w = demo_window
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == PAGE_PEOPLE
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == PAGE_AGENDA


def test_main_controls_have_accessible_names(demo_window):
    w = demo_window
    assert w.sidebar.accessibleName() == "Sections"
    for cls in (QTableView, QListWidget, QLineEdit):
        for widget in w.findChildren(cls):
            if widget.isVisibleTo(w) and widget.parent() is not None and \
                    not isinstance(widget.parent(), QAbstractItemView):
                if cls is QLineEdit and widget.parent().inherits("QComboBox"):
                    continue
                assert widget.accessibleName(), widget
    for button in w.findChildren(QPushButton):
        assert button.text() or button.accessibleName(), button


def test_window_layout_is_remembered(qtbot, make_window, demo_db):
    first = make_window(demo_db)
    first.show_page(PAGE_PEOPLE)
    qtbot.waitUntil(lambda: first.people.model.rowCount() > 0, timeout=5000)  # read on the worker
    # No narrower than the window allows once the People page shows its people, so both windows lay
    # the splitter out at the same width.
    first.resize(QSize(max(760, first.minimumSizeHint().width()), 540))
    width = first.width()
    split = first.findChild(QSplitter, "peopleSplitter")
    split.setSizes([200, 400])
    sizes = split.sizes()
    first.close()
    second = make_window(demo_db)
    assert second.findChild(QSplitter, "peopleSplitter").sizes() == sizes
    assert second.height() == 540
    assert second.width() == width
    assert second.stack.currentIndex() == PAGE_PEOPLE


def test_people_are_fetched_lazily(qtbot, window, db):
    with db.write() as s:
        for i in range(450):
            people_service.create_person_in(s, {"given_name": "Person", "family_name": f"Test{i:04d}"})
    window.people.refresh()
    model = window.people.model
    qtbot.waitUntil(lambda: model.rowCount() == model.PAGE, timeout=5000)  # read on the worker
    assert model.canFetchMore()
    for _page in range(3):  # each scroll to the bottom asks the worker for the next page
        window.people.table.scrollToBottom()
        qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    qtbot.waitUntil(lambda: not model.canFetchMore(), timeout=5000)
    assert model.rowCount() == 450
    qtbot.keyClicks(window.people.filter, "Test0449")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)


def test_help_about_opens_the_about_dialog(qtbot, demo_window):
    from missionplanner.ui.about_dialog import AboutDialog

    demo_window.act_about.trigger()
    dialogs = [d for d in demo_window.findChildren(AboutDialog) if d.isVisible()]
    assert dialogs and dialogs[0].windowTitle() == "About Mission Planner"
    dialogs[0].close()


def test_meeting_editor_tab_order_follows_the_form(qtbot, demo_window, demo_db):
    from missionplanner.services import missions as mission_service

    japan = next(m["id"] for m in mission_service.list_missions(demo_db) if "japan-2017" in m["slug"])
    demo_window.agenda.new(japan)
    demo_window.tasks.wait()  # read on the worker, then opened
    editor = demo_window.agenda.editor
    editor.title_edit.setFocus()
    seen, widget = [], editor.title_edit
    while len(seen) < 8:
        if widget.accessibleName() and widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            seen.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
    assert seen == ["Title", "Kind", "City", "Venue", "Address", "Starts (local time)", "Ends (local time)",
                    "Status"]


def test_people_filter_ignores_accents_and_reads_native_names(qtbot, demo_window):
    page = demo_window.people
    qtbot.keyClicks(page.filter, "cecile")
    qtbot.waitUntil(lambda: [r["name"] for r in page.model.rows] == ["Cécile Jodogne"], timeout=3000)
    page.filter.setText("大村")
    qtbot.waitUntil(lambda: [r["native_name"] for r in page.model.rows] == ["大村秀章"], timeout=3000)


def test_only_the_page_on_screen_is_filled_at_start(qtbot, demo_window, demo_db):
    w = demo_window
    assert w.missions.model.rowCount() == 3
    assert w.organizations.model.rowCount() == 0 and w.followups.model.rowCount() == 0
    assert "overdue" in w.sidebar.item(5).text()  # the count is there before the page is shown
    w.show_page(PAGE_ORGANIZATIONS)
    w.tasks.wait(20_000)  # its first page is read on the worker
    assert w.organizations.model.rowCount() > 0
