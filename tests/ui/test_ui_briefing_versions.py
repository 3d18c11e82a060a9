"""The briefing dialog's Versions…: the mission's printed packs, and what changed between two of
them, said as the pack's "Changes since" page says it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from missionplanner.ui.print_dialog import PrintDialog
from missionplanner.ui.versions_dialog import VersionsDialog

JAPAN = "official-mission-japan-2017"


def _print(qtbot, dialog, target) -> None:
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_path == str(target) or "color" in dialog.message.styleSheet(),
                    timeout=60000)
    assert dialog.result_path == str(target), dialog.message.text()


def _texts(tree) -> list[str]:
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out.append(top.text(0))
        out += ["  " + top.child(j).text(0) for j in range(top.childCount())]
    return out


def test_the_versions_of_a_pack_and_what_changed_between_two(qtbot, demo_window, tmp_path, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    w = demo_window
    planner = w.planner
    mission = planner.briefing.data(JAPAN)
    w.missions.select(mission["id"])
    w.act_brief.trigger()
    dialog = [d for d in w.findChildren(PrintDialog) if d.isVisible()][-1]
    _print(qtbot, dialog, tmp_path / "v1.pdf")
    moved = mission["meetings"][1]
    planner.meetings.update(moved["id"], start="2017-06-09T14:00", end="2017-06-09T15:00")
    _print(qtbot, dialog, tmp_path / "v2.pdf")

    qtbot.mouseClick(dialog.versions_button, Qt.MouseButton.LeftButton)
    versions = [d for d in dialog.findChildren(VersionsDialog) if d.isVisible()][-1]
    qtbot.waitUntil(lambda: versions.versions.topLevelItemCount() == 2, timeout=10000)
    newest = versions.versions.topLevelItem(0)
    assert newest.text(0) == "2" and newest.text(2) == "Minister's pack" and newest.text(3) == "English"
    first = versions.versions.topLevelItem(1)
    rect = versions.versions.visualItemRect(first)
    qtbot.mouseClick(versions.versions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert versions.versions.currentItem() is first
    assert versions.other.currentText() == "Version 2"  # version 1 compared with the one after it
    qtbot.mouseClick(versions.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: versions.changes.topLevelItemCount() > 0, timeout=10000)
    lines = _texts(versions.changes)
    assert lines[0] == "Meetings moved"
    assert lines[1].startswith(f"  {moved['title']}\nwas Friday 9 June 10:00–11:00")
    assert "now Friday 9 June 14:00–15:00" in lines[1]
    assert versions.message.text() == "From version 1 to version 2:"
    versions.grab().save(str(tmp_path / "versions.png"))

    _print(qtbot, dialog, tmp_path / "v3.pdf")  # nothing changed since version 2
    versions.close()
    qtbot.mouseClick(dialog.versions_button, Qt.MouseButton.LeftButton)
    versions = [d for d in dialog.findChildren(VersionsDialog) if d.isVisible()][-1]
    qtbot.waitUntil(lambda: versions.versions.topLevelItemCount() == 3, timeout=10000)
    assert versions.other.currentText() == "Version 2"  # the newest, against the one it superseded
    versions.other.setFocus()
    qtbot.keyClick(versions, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Show changes
    qtbot.waitUntil(lambda: "No changes" in versions.message.text(), timeout=10000)
    assert versions.message.text() == "No changes from version 2 to version 3."
    assert versions.changes.topLevelItemCount() == 0
