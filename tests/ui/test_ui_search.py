"""The search dialog as an aide uses it: typing a romanisation, results grouped by kind under
headers, what matched highlighted, Up/Down and Enter to open."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from missionplanner.ui.main_window import PAGE_PEOPLE
from missionplanner.ui.search_dialog import HEADER_ROLE, MARK_OPEN, RICH_ROLE


def _typed(qtbot, window, text):
    qtbot.keyClick(window, "K", Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    qtbot.keyClicks(dialog.query, text)
    qtbot.waitUntil(lambda: not dialog.pending and not dialog._timer.isActive() and dialog.results.count() > 0,
                    timeout=10_000)
    return dialog


def _rows(dialog):
    items = [dialog.results.item(i) for i in range(dialog.results.count())]
    return [(it.data(HEADER_ROLE), it.data(Qt.ItemDataRole.UserRole)[0], it.data(RICH_ROLE)) for it in items]


def test_results_are_grouped_by_kind_under_headers(qtbot, demo_window):
    dialog = _typed(qtbot, demo_window, "aichi")
    rows = _rows(dialog)
    headers = [(h, kind) for h, kind, _ in rows if h]
    assert {"Organizations", "People", "Meetings", "Agreements"} <= {h for h, _ in headers}
    # Each kind's results sit together under one header, the header on its first row.
    kinds = [kind for _, kind, _ in rows]
    assert len(headers) == len(set(kinds))
    for header, kind in headers:
        first = kinds.index(kind)
        assert rows[first][0] == header and kinds[first:first + kinds.count(kind)] == [kind] * kinds.count(kind)
    # The header is drawn as a band of its own above the row it heads, and a plain row has none.
    image = dialog.results.viewport().grab().toImage()
    band = dialog.results.palette().color(QPalette.ColorRole.AlternateBase).rgb()
    model = dialog.results.model()
    first_plain = next(i for i, (h, _, _) in enumerate(rows) if not h)
    for i in (0, first_plain):
        rect = dialog.results.visualRect(model.index(i, 0))
        if rect.bottom() < image.height():
            assert (image.pixel(rect.right() - 2, rect.top() + 2) == band) == (i == 0), i


def test_the_matched_romanisation_is_highlighted_and_enter_opens_the_person(qtbot, demo_window):
    w = demo_window
    dialog = _typed(qtbot, w, "Ohmura")
    header, kind, rich = _rows(dialog)[0]
    assert (header, kind) == ("People", "person")
    assert f"{MARK_OPEN}OHMURA</u></b>" in rich
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 0
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert w.stack.currentIndex() == PAGE_PEOPLE
    qtbot.waitUntil(lambda: "大村" in w.people.detail.toPlainText())


def test_an_organization_found_brings_its_people_and_meetings(qtbot, demo_window):
    w = demo_window
    qtbot.keyClick(w, "K", Qt.KeyboardModifier.ControlModifier)
    dialog = w.search_dialog
    dialog.query.setText("愛知")  # an input method commits the whole word at once
    qtbot.waitUntil(lambda: not dialog.pending and dialog.results.count() > 0, timeout=10_000)
    rows = _rows(dialog)
    assert rows[0][:2] == ("Organizations", "organization")
    kinds = {kind for _, kind, _ in rows}
    assert {"person", "meeting"} <= kinds
    assert any("Aichi Prefecture" in rich and "<i>" in rich for _, kind, rich in rows if kind == "person")
    # Down and Down walk the results, not the headers: the second row is a person.
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    assert dialog.results.currentItem().data(Qt.ItemDataRole.UserRole)[0] == "person"


def test_a_follow_up_is_found_by_its_action_and_enter_shows_it_on_the_dashboard(qtbot, demo_window):
    w = demo_window
    japan = next(m for m in w.planner.missions.list() if m["title"] == "Official mission to Japan")
    fid = w.planner.followups.create(mission_id=japan["id"], action="Draft the Nagoya seminar invitation",
                                     notes="Ask JETRO for the list of guests")
    w.planner.followups.complete(fid)  # done: the dashboard's default view (open ones) would hide it
    dialog = _typed(qtbot, w, "JETRO guests")  # words of its notes
    header, kind, rich = _rows(dialog)[0]
    assert (header, kind) == ("Follow-ups", "followup") and "Draft the Nagoya seminar invitation" in rich
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    from missionplanner.ui.main_window import PAGE_FOLLOWUPS

    assert w.stack.currentIndex() == PAGE_FOLLOWUPS
    qtbot.waitUntil(lambda: w.followups.current_id() == fid)
    assert w.followups.current()["status"] == "done"
