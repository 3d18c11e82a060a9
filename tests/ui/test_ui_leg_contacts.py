"""A stay's embassy and emergency numbers, which the pack's contacts page prints, are typed in the leg
dialog (they could only come from a mission file), saved with the mission and put back by Undo with
every other field of the leg; the French pack prints their French text."""

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from missionplanner.briefing.pack import build_briefing
from missionplanner.services import missions as mission_service
from missionplanner.ui.mission_editor import LegDialog

JAPAN = "official-mission-japan-2017"


def test_embassy_and_emergency_numbers_are_typed_saved_and_undone(qtbot, demo_window, demo_db, open_mission_editor):
    mission_id = mission_service.mission_id_of(demo_db, JAPAN)
    before = mission_service.mission_detail(demo_db, mission_id)["legs"][0]
    editor = open_mission_editor(demo_window, mission_id)
    editor.leg_view.selectRow(0)

    def type_in_the_leg(left=250):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LegDialog):
            if left:
                QTimer.singleShot(20, lambda: type_in_the_leg(left - 1))
            return
        dialog.embassy.selectAll()
        qtbot.keyClicks(dialog.embassy, "Embassy of Belgium, +81 3 3262 0191")
        qtbot.mouseClick(dialog.emergency, Qt.MouseButton.LeftButton)
        dialog.emergency.selectAll()
        qtbot.keyClicks(dialog.emergency, "Police 110")
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, type_in_the_leg)
    editor.edit_leg()  # returns when the dialog closes
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    demo_window.tasks.wait(20_000)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    leg = mission_service.mission_detail(demo_db, mission_id)["legs"][0]
    assert (leg["embassy"], leg["emergency"]) == ("Embassy of Belgium, +81 3 3262 0191", "Police 110")
    assert leg["hotel_phone"] == before["hotel_phone"] and leg["check_in"] == before["check_in"]

    demo_window.act_undo.trigger()
    demo_window.tasks.wait()
    leg = mission_service.mission_detail(demo_db, mission_id)["legs"][0]
    assert (leg["embassy"], leg["emergency"]) == (before["embassy"], before["emergency"])
    assert leg["check_in"] == before["check_in"] and leg["hotel_address"] == before["hotel_address"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_the_french_pack_gives_the_stays_numbers_in_french(demo_window, tmp_path):
    out = tmp_path / "fr.pdf"
    build_briefing(demo_window.planner, JAPAN, out, lang="fr")
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Ambassade de Belgique à Tokyo" in text and "Police 110, pompiers et ambulance 119" in text
    assert "Embassy of Belgium in Tokyo" not in text
