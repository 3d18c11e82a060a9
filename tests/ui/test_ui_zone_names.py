"""Zones and cities in the interface language (CLDR through Babel): "Bruxelles" and "heure du Japon"
in French, "Brussel" in Dutch; the IANA identifier only as a hint where a zone is chosen."""

import pytest
from PySide6.QtCore import Qt

from missionplanner.ui import i18n
from missionplanner.ui.widgets import ZoneComboBox


def _type(widget, text):
    """Key presses as a keyboard sends them, accented letters included (QTest's keyClicks takes
    ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def language(qapp):
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")


def test_the_zone_list_names_zones_in_the_interface_language(qtbot, language):
    language("fr")
    box = ZoneComboBox()
    qtbot.addWidget(box)
    box.set_zone("Asia/Seoul")
    assert box.currentText() == "Séoul — heure de la Corée (Asia/Seoul)"
    assert box.zone() == "Asia/Seoul"
    language("nl")
    box = ZoneComboBox()
    qtbot.addWidget(box)
    box.set_zone("Europe/Brussels")
    assert box.currentText().startswith("Brussel — ")


@pytest.mark.parametrize("typed", ["Séoul", "séoul", "Asia/Seoul", "asia/seoul"])
def test_a_zone_typed_as_a_city_or_an_identifier(qtbot, language, typed):
    language("fr")
    box = ZoneComboBox()
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.setEditText("")
    _type(box.lineEdit(), typed)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Escape)  # closes the completer's list, keeps the text
    assert box.zone() == "Asia/Seoul"


def test_an_unknown_zone_stays_as_typed_for_the_service_to_refuse(qtbot):
    box = ZoneComboBox()
    qtbot.addWidget(box)
    box.setEditText("Mars/Olympus")
    assert box.zone() == "Mars/Olympus"


def test_the_summary_gives_the_offset_and_the_agenda_names_zones_in_french(qtbot, demo_window, language):
    from missionplanner.ui.main_window import PAGE_AGENDA

    language("fr")
    w = demo_window
    japan = next(r for r in w.missions.model.rows if "Japan" in r["title"])
    w.missions.select(japan["id"])
    w.tasks.wait()
    qtbot.waitUntil(lambda: "Tokyo" in w.missions.detail.toPlainText(), timeout=5000)
    summary = w.missions.detail.toPlainText()
    assert "Tokyo (東京), JP — UTC+9" in summary and "Asia/Tokyo" not in summary
    w.show_page(PAGE_AGENDA)
    w.tasks.wait()
    home = w.agenda.home_label.text()
    assert "Bruxelles — heure d’Europe centrale" in home and "Europe/Brussels" not in home
