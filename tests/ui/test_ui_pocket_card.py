"""The briefing dialog's Pocket card…: the day at a glance of each day on A6, as `brief --pocket`
prints it, made from the window in the dialog's language and classification, into its folder, and
not recorded as a version of the pack."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices

from missionplanner.ui.print_dialog import PrintDialog

JAPAN = "official-mission-japan-2017"
A6 = (297.64, 419.53)  # points


def _open_dialog(qtbot, w) -> PrintDialog:
    japan = next(r["id"] for r in w.missions.model.rows if r["slug"] == JAPAN)
    w.missions.select(japan)
    w.act_brief.trigger()
    dialog = [d for d in w.findChildren(PrintDialog) if d.isVisible()][-1]
    qtbot.waitExposed(dialog)
    return dialog


def _type_folder(qtbot, dialog, folder) -> None:
    """The pack's file, typed over the proposed one: the card goes beside it."""
    dialog.path.setFocus()
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(folder / "japan-pack.pdf"))


def _wait(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.result_path is not None or "color" in dialog.message.styleSheet(),
                    timeout=60000)


def _text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def _page_sizes(path) -> set[tuple[float, float]]:
    from pypdf import PdfReader

    return {(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in PdfReader(str(path)).pages}


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def test_a_click_on_pocket_card_makes_the_a6_card_beside_the_pack_and_opens_it(qtbot, demo_window, tmp_path,
                                                                                opened):
    w = demo_window
    mission = w.planner.briefing.data(JAPAN)
    versions_before = w.planner.briefing_versions.list(JAPAN)
    dialog = _open_dialog(qtbot, w)
    _type_folder(qtbot, dialog, tmp_path / "out")
    dialog.classification.setFocus()
    dialog.classification.lineEdit().selectAll()
    qtbot.keyClicks(dialog.classification, "RESTRICTED")

    qtbot.mouseClick(dialog.pocket_button, Qt.MouseButton.LeftButton)
    assert not dialog.pocket_button.isEnabled() and not dialog.generate_button.isEnabled()  # one at a time
    _wait(qtbot, dialog)

    card = tmp_path / "out" / f"{JAPAN}-pocket-card.pdf"
    assert dialog.result_path == str(card), dialog.message.text()
    assert card.read_bytes()[:5] == b"%PDF-"
    assert not (tmp_path / "out" / "japan-pack.pdf").exists()  # the card, not the pack
    assert _page_sizes(card) == {A6}
    text = _text(card)
    assert "Pocket card" in text and "RESTRICTED" in text
    assert "Friday, 9 June 2017" in text  # a day of the mission, on its own page
    meeting = next(m for m in mission["meetings"] if "Vice-Governor" in m["title"])
    assert " ".join(meeting["title"].split()) in text
    assert opened == [str(card)]  # "Open the PDF when it is ready" is ticked
    assert str(card) in dialog.message.text()
    assert dialog.pocket_button.isEnabled() and dialog.generate_button.isEnabled()
    assert w.planner.briefing_versions.list(JAPAN) == versions_before  # not a version of record


def test_alt_k_makes_the_card_in_the_chosen_language_and_leaves_it_closed_when_asked(qtbot, demo_window,
                                                                                    tmp_path, opened):
    w = demo_window
    dialog = _open_dialog(qtbot, w)
    _type_folder(qtbot, dialog, tmp_path)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    box = dialog.open_after
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on its tick box
    assert not dialog.open_after.isChecked()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)

    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Poc&ket card…
    _wait(qtbot, dialog)

    card = tmp_path / f"{JAPAN}-pocket-card.pdf"
    assert dialog.result_path == str(card), dialog.message.text()
    assert _page_sizes(card) == {A6}
    text = _text(card)
    assert "vendredi 9 juin 2017" in text.casefold()
    assert opened == []
    assert w.planner.briefing_versions.list(JAPAN) == []


def test_the_pack_after_the_card_is_still_the_pack_and_still_a_version(qtbot, demo_window, tmp_path, opened):
    w = demo_window
    dialog = _open_dialog(qtbot, w)
    _type_folder(qtbot, dialog, tmp_path)
    qtbot.mouseClick(dialog.pocket_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    assert dialog.result_path == str(tmp_path / f"{JAPAN}-pocket-card.pdf"), dialog.message.text()

    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    pack = tmp_path / "japan-pack.pdf"
    assert dialog.result_path == str(pack), dialog.message.text()
    assert (297.64, 419.53) not in _page_sizes(pack)
    assert [v["version"] for v in w.planner.briefing_versions.list(JAPAN)] == [1]
