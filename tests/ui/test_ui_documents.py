"""Documents attached to a mission (and a meeting): attach a file from the missions page, open it in
the system's viewer, remove it (the question defaults to No)."""

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from missionplanner.services.planner import Planner
from missionplanner.ui.documents_dialog import DocumentsDialog


class _Viewer(QObject):
    def __init__(self):
        super().__init__()
        self.opened = []

    @Slot(QUrl)
    def open(self, url):
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def viewer():
    catcher = _Viewer()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher.opened
    QDesktopServices.unsetUrlHandler("file")


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_attach_open_and_remove_a_mission_document(qtbot, window, db, mission_id, tmp_path, monkeypatch, viewer):
    note = tmp_path / "note-verbale.pdf"
    note.write_bytes(b"%PDF-1.4 the hosts' programme")
    window.refresh_all()
    window.tasks.wait()
    window.missions.select(mission_id)
    window.tasks.wait()
    dialog = window.missions.documents()
    qtbot.addWidget(dialog)
    window.tasks.wait()
    assert dialog.list.count() == 0 and not dialog.open_button.isEnabled()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(note), "")))
    _click(qtbot, dialog.attach_button)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert dialog.list.item(0).text().startswith("note-verbale.pdf — ")
    assert [d["filename"] for d in Planner(db).attachments.list("mission", mission_id)] == ["note-verbale.pdf"]

    _click(qtbot, dialog.open_button)
    qtbot.waitUntil(lambda: bool(viewer), timeout=10_000)
    assert viewer[0].name == "note-verbale.pdf" and viewer[0].read_bytes() == note.read_bytes()

    asked = []

    def answer(parent, title, text, buttons, default):
        asked.append(default)
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    _click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    assert asked == [QMessageBox.StandardButton.No]  # a stray Enter keeps the document
    assert Planner(db).attachments.list("mission", mission_id) == []


def test_a_meeting_has_its_own_documents(qtbot, db, mission_id, tmp_path, monkeypatch):
    from missionplanner.services import meetings

    mid = meetings.create_meeting(db, mission_id, title="Courtesy call", start="2017-06-09T10:00",
                                  end="2017-06-09T11:00", timezone="Asia/Tokyo", city="Tokyo")
    paper = tmp_path / "talking-points.docx"
    paper.write_bytes(b"PK points")
    dialog = DocumentsDialog(Planner(db), "meeting", mid, "Courtesy call")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(paper), "")))
    _click(qtbot, dialog.attach_button)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert Planner(db).attachments.list("mission", mission_id) == []  # not the mission's
    assert dialog.windowTitle() == "Documents: Courtesy call"


def test_the_agenda_opens_the_selected_meetings_documents(qtbot, demo_window, demo_db):
    from missionplanner.services import missions
    from missionplanner.ui.main_window import PAGE_AGENDA

    w = demo_window
    japan = next(m for m in missions.list_missions(demo_db) if m["slug"] == "official-mission-japan-2017")
    w.show_page(PAGE_AGENDA)
    w.agenda.show_mission(japan["id"])
    w.tasks.wait()
    meeting = next(r for r in w.agenda.model.rows if r.get("kind") == "meeting")
    row = w.agenda.model.find(meeting["id"])
    w.agenda.table.selectRow(row)
    _click(qtbot, w.agenda.documents_button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.agenda.findChildren(DocumentsDialog)), timeout=5000)
    dialog = next(d for d in w.agenda.findChildren(DocumentsDialog) if d.isVisible())
    assert dialog.windowTitle() == f"Documents: {meeting['title']}" and dialog.kind == "meeting"
    dialog.close()
