"""Print: generate a briefing pack from the dialog, in the background, and find the file."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from missionplanner.ui.print_dialog import PrintDialog


def test_generate_briefing_pack_from_the_dialog(qtbot, demo_window, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    w = demo_window
    w.missions.select(w.missions.model.rows[0]["id"])
    w.act_brief.trigger()
    dialog = [d for d in w.findChildren(PrintDialog) if d.isVisible()][-1]
    target = tmp_path / "out" / "pack.pdf"
    dialog.path.setText(str(target))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.classification.setEditText("RESTREINT")
    assert set(dialog.options()) >= {"lang", "classification", "home_tz", "paper"}
    progress = []
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    dialog.task.progress.connect(lambda p, _t: progress.append(p))
    qtbot.waitUntil(lambda: dialog.result_path is not None or "color" in dialog.message.styleSheet(),
                    timeout=60000)
    assert dialog.result_path == str(target), dialog.message.text()
    assert target.read_bytes()[:5] == b"%PDF-"
    assert opened == [str(target)]
    assert str(target) in dialog.message.text()


def test_cancel_stops_the_build_and_writes_nothing(qtbot, demo_window, tmp_path, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    w = demo_window
    dialog = w.print_document("briefing")
    target = tmp_path / "cancelled.pdf"
    dialog.path.setText(str(target))
    dialog.generate()
    dialog.task.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=60000)
    assert dialog.result_path is None
    assert not target.exists()


def test_generate_outcome_report_from_the_file_menu(qtbot, demo_window, tmp_path, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    w = demo_window
    w.act_report.trigger()
    dialog = [d for d in w.findChildren(PrintDialog) if d.isVisible()][-1]
    assert dialog.kind == "report" and not dialog.section_boxes
    target = tmp_path / "report.pdf"
    dialog.path.setText(str(target))
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.open_after.setChecked(False)
    dialog.generate()
    qtbot.waitUntil(lambda: dialog.result_path is not None or "color" in dialog.message.styleSheet(),
                    timeout=60000)
    assert dialog.result_path == str(target), dialog.message.text()
    assert target.read_bytes()[:5] == b"%PDF-"


def test_the_dialog_makes_the_working_pack_with_its_drafting_officer_when_asked(qtbot, demo_window, tmp_path,
                                                                               monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtTest import QTest

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    w = demo_window
    japan = next(r["id"] for r in w.missions.model.rows if r["slug"] == "official-mission-japan-2017")
    w.missions.select(japan)
    w.act_brief.trigger()
    dialog = [d for d in w.findChildren(PrintDialog) if d.isVisible()][-1]
    assert dialog.edition.currentData() == "minister"  # the minister's clean pack unless asked
    target = tmp_path / "working.pdf"
    dialog.path.setText(str(target))
    dialog.edition.setFocus()
    QTest.keyClick(dialog.edition, Qt.Key.Key_Down)  # as a keyboard user chooses the second edition
    assert dialog.edition.currentData() == "working"
    QTest.keyClicks(dialog.drafting_officer, "Anne Aide")
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_path is not None or "color" in dialog.message.styleSheet(),
                    timeout=60000)
    assert dialog.result_path == str(target), dialog.message.text()
    reader = PdfReader(str(target))
    cover = reader.pages[0].extract_text()
    assert "Anne Aide" in cover and "Working edition" in cover
    assert reader.metadata.author == "Anne Aide"
