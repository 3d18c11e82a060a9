"""Job three: log an outcome with a follow-up and find it on the dashboard; mark done, reopen, snooze."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem

from missionplanner.services import followups as followup_service
from missionplanner.services.meetings import meeting_by_id
from missionplanner.ui.main_window import PAGE_AGENDA, PAGE_FOLLOWUPS
from missionplanner.ui.outcome_dialog import OutcomeDialog
from missionplanner.ui.tasks import runner


def _first_meeting(window, title_part):
    window.show_page(PAGE_AGENDA)
    window.tasks.wait()  # the missions and the agenda are read in the background
    for mission_index in range(window.agenda.mission_box.count()):
        window.agenda.mission_box.setCurrentIndex(mission_index)
        window.tasks.wait()
        for row in window.agenda.model.rows:
            if row["kind"] == "meeting" and title_part in row["title"]:
                return row
    raise AssertionError(title_part)


def test_log_outcome_with_followup_then_see_it_on_the_dashboard(qtbot, demo_window, demo_db):
    w = demo_window
    meeting = _first_meeting(w, "Vice-Governor")
    w.agenda.select_meeting(meeting["id"])
    assert w.agenda.current_meeting_id() == meeting["id"]
    before = w._overdue

    qtbot.mouseClick(w.agenda.outcome_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()  # the meeting is read on the worker, then the dialog opens
    dialog = [d for d in w.findChildren(OutcomeDialog) if d.isVisible()][-1]
    dialog.outcome.clear()
    qtbot.keyClicks(dialog.outcome, "Agreed to prepare a joint seminar in Nagoya.")
    dialog.decisions.clear()
    qtbot.keyClicks(dialog.decisions, "Joint seminar in autumn")
    row = dialog.add_followup()
    dialog.followups.setItem(row, dialog.COL_ACTION, QTableWidgetItem("Send the seminar programme to Aichi"))
    owner = dialog.followups.cellWidget(row, dialog.COL_OWNER)
    owner.setCurrentIndex(1)
    due = dialog.followups.cellWidget(row, dialog.COL_DUE)
    due.edit.selectAll()
    qtbot.keyClicks(due.edit, "31/2")  # no such day: refused with its row, nothing written
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text().startswith("Follow-up 1: ")
    due.edit.selectAll()
    three_days_ago = date.today() - timedelta(days=3)
    qtbot.keyClicks(due.edit, f"{three_days_ago.day}/{three_days_ago.month}/{three_days_ago.year}")  # day first
    assert due.edit.toolTip() == QLocale().toString(QDate(three_days_ago), QLocale.FormatType.LongFormat)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    runner().wait(20_000)  # written on the worker
    assert dialog.result() == dialog.DialogCode.Accepted

    stored = meeting_by_id(demo_db, meeting["id"])
    assert stored["status"] == "held"
    assert stored["outcome"].startswith("Agreed to prepare")
    assert stored["decisions"] == ["Joint seminar in autumn"]
    assert [f["action"] for f in stored["followups"]].count("Send the seminar programme to Aichi") == 1

    w.show_page(PAGE_FOLLOWUPS)
    w.tasks.wait()
    page = w.followups
    actions = [r["action"] for r in page.model.rows]
    assert "Send the seminar programme to Aichi" in actions
    r = actions.index("Send the seminar programme to Aichi")
    assert page.model.rows[r]["overdue"]
    assert "overdue" in page.model.index(r, page.model.COL_DUE).data()
    assert page.model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert w._overdue == before + 1
    assert str(before + 1) in w.sidebar.item(PAGE_FOLLOWUPS).text()

    # Mark done: it leaves the open list and the overdue count goes down.
    page.table.selectRow(r)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    page.window().tasks.wait(20_000)  # read and written on the worker
    assert "Send the seminar programme to Aichi" not in [x["action"] for x in page.model.rows]
    assert w._overdue == before
    # Reopen it from the "Done" view.
    page.status_filter.setCurrentIndex(page.status_filter.findData("done"))
    page.window().tasks.wait(20_000)
    r = [x["action"] for x in page.model.rows].index("Send the seminar programme to Aichi")
    page.table.selectRow(r)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    page.window().tasks.wait(20_000)
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    page.window().tasks.wait(20_000)
    r = [x["action"] for x in page.model.rows].index("Send the seminar programme to Aichi")
    # Snooze a week: no longer overdue.
    page.table.selectRow(r)
    page.snooze(7)
    page.window().tasks.wait(20_000)
    row = [x for x in page.model.rows if x["action"] == "Send the seminar programme to Aichi"][0]
    assert not row["overdue"]
    assert row["due"] == (date.today() + timedelta(days=7)).isoformat()


def test_dashboard_filters_by_mission_owner_and_due_range(qtbot, demo_window, demo_db):
    demo_window.show_page(PAGE_FOLLOWUPS)
    demo_window.tasks.wait()
    page = demo_window.followups
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    page.window().tasks.wait(20_000)
    everything = len(page.model.rows)
    assert everything >= 1
    mission_id = page.model.rows[0]["mission_id"]
    page.mission_filter.setCurrentIndex(page.mission_filter.findData(mission_id))
    page.window().tasks.wait(20_000)
    assert all(r["mission_id"] == mission_id for r in page.model.rows)
    page.mission_filter.setCurrentIndex(0)
    page.window().tasks.wait(20_000)
    owner = next(r["owner"]["id"] for r in page.model.rows if r.get("owner"))
    page.owner_filter.setCurrentIndex(page.owner_filter.findData(owner))
    page.window().tasks.wait(20_000)
    assert page.model.rows and all(r["owner"]["id"] == owner for r in page.model.rows)
    page.owner_filter.setCurrentIndex(0)
    page.window().tasks.wait(20_000)
    qtbot.keyClicks(page.due_from.edit, "1/1/2100")  # typed as every date is, then Enter
    qtbot.keyClick(page.due_from.edit, Qt.Key.Key_Return)
    page.window().tasks.wait(20_000)
    assert page.model.rowCount() == 0
    page.due_from.edit.clear()
    qtbot.keyClick(page.due_from.edit, Qt.Key.Key_Return)
    page.window().tasks.wait(20_000)
    assert page.model.rowCount() == everything
    assert followup_service.count_overdue(demo_db) == demo_window._overdue


def test_logging_an_outcome_can_be_undone_and_redone(qtbot, demo_window, demo_db):
    w = demo_window
    meeting = _first_meeting(w, "Vice-Governor")
    original = meeting_by_id(demo_db, meeting["id"])
    w.agenda.log_outcome(meeting["id"])
    w.tasks.wait()  # read on the worker, then opened
    dialog = w.agenda.editor
    dialog.outcome.setPlainText("Agreed on a joint seminar.")
    dialog.decisions.setPlainText("Seminar in Nagoya")
    row = dialog.add_followup()
    dialog.followups.setItem(row, dialog.COL_ACTION, QTableWidgetItem("Send the programme"))
    dialog.save()
    runner().wait(20_000)  # written on the worker
    assert not dialog.isVisible()  # saved and closed
    assert "log outcome" in w.act_undo.text()

    w.act_undo.trigger()
    w.tasks.wait()
    back = meeting_by_id(demo_db, meeting["id"])
    assert (back["outcome"], back["decisions"], back["status"]) == (original["outcome"], original["decisions"],
                                                                     original["status"])
    assert [f["action"] for f in back["followups"]] == [f["action"] for f in original["followups"]]

    w.act_redo.trigger()
    w.tasks.wait()
    again = meeting_by_id(demo_db, meeting["id"])
    assert (again["outcome"], again["status"]) == ("Agreed on a joint seminar.", "held")
    assert [f["action"] for f in again["followups"]].count("Send the programme") == 1
    w.act_undo.trigger()
    w.tasks.wait()
    assert "Send the programme" not in [f["action"] for f in meeting_by_id(demo_db, meeting["id"])["followups"]]
