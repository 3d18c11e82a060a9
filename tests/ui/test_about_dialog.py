"""Help > About: version from the package metadata, database location, schema version, fonts."""

from __future__ import annotations

import json
from importlib.metadata import version

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from missionplanner.services.planner import Planner
from missionplanner.store import migrate, open_database
from missionplanner.ui import about_dialog
from missionplanner.ui.about_dialog import AboutDialog


def _texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel)) + "\n" + \
        dialog.fonts_view.toPlainText()


def _read(qtbot, d):
    """What the dialog reads of the data comes from the worker: wait until it is shown."""
    qtbot.waitUntil(lambda: d.findChild(QLabel, "about_schema").text() != "…", timeout=10_000)
    return d


@pytest.fixture
def dialog(qtbot, db):
    d = AboutDialog(Planner(db))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return _read(qtbot, d)


def test_shows_version_database_and_schema(dialog, db):
    text = _texts(dialog)
    assert version("missionplanner") in text
    assert dialog.findChild(QLabel, "about_version").text().startswith(version("missionplanner"))
    assert dialog.findChild(QLabel, "about_schema").text() == migrate.current_revision(db) == migrate.HEAD
    assert dialog.findChild(QLabel, "about_database").text() == db.location
    assert "PySide6" in dialog.findChild(QLabel, "about_qt").text()


def test_unversioned_database_is_said_so(qtbot, tmp_path):
    raw = open_database(tmp_path / "raw.sqlite", migrate=False)
    try:
        d = AboutDialog(Planner(raw))
        qtbot.addWidget(d)
        _read(qtbot, d)
        assert d.findChild(QLabel, "about_schema").text() == "not versioned"
    finally:
        raw.dispose()


def test_lists_bundled_fonts_with_their_licences(qtbot, db, tmp_path, monkeypatch):
    folder = tmp_path / "fonts"
    (folder / "licenses").mkdir(parents=True)
    (folder / "ipag.ttf").write_bytes(b"font")
    (folder / "licenses" / "fonts-ipafont-gothic.copyright").write_text("IPA Font License Agreement v1.0")
    (folder / "fonts.json").write_text(json.dumps([
        {"file": "ipag.ttf", "family": "IPAGothic", "script": "Japanese",
         "license": "IPA Font License Agreement v1.0",
         "license_file": "licenses/fonts-ipafont-gothic.copyright"},
        {"file": "absent.ttf", "family": "Absent", "script": "Latin", "license": "x", "license_file": "y"},
    ]))
    monkeypatch.setattr(about_dialog, "bundled_fonts_dir", lambda: folder)
    d = AboutDialog(Planner(db))
    qtbot.addWidget(d)
    text = d.fonts_view.toPlainText()
    assert "IPAGothic (Japanese): IPA Font License Agreement v1.0" in text
    assert "Absent" not in text  # listed but not shipped: not claimed
    assert "fonts-ipafont-gothic.copyright" in d.fonts_view.toHtml()  # a link to the licence text


def test_without_bundled_fonts_says_system_fonts_are_used(qtbot, db, monkeypatch):
    monkeypatch.setattr(about_dialog, "bundled_fonts_dir", lambda: None)
    monkeypatch.setenv("MISSIONPLANNER_FONTS_DIR", "/srv/fonts")
    d = AboutDialog(Planner(db))
    qtbot.addWidget(d)
    text = d.fonts_view.toPlainText()
    assert "installed on this computer" in text and "/srv/fonts" in text


def test_copy_details_puts_everything_on_the_clipboard(dialog, qtbot, db):
    qtbot.mouseClick(dialog.findChild(QPushButton, "aboutCopy"), Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert version("missionplanner") in copied and migrate.HEAD in copied and db.location in copied
