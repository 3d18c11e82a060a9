"""Languages: a French window shows French labels, Dutch too; the .qm is compiled on demand when the
install step did not build it, and the .ts is read directly as a last resort."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from missionplanner.ui import i18n
from missionplanner.ui.main_window import PAGE_FOLLOWUPS, PAGE_ORGANIZATIONS, PAGE_PEOPLE


def test_french_window_shows_french_labels(make_window, demo_db):
    w = make_window(demo_db, "fr")
    assert [a.text() for a in w.menuBar().actions()] == ["&Fichier", "&Édition", "&Affichage", "&Outils", "Ai&de"]
    assert w.sidebar.item(PAGE_PEOPLE).text() == "Personnes"
    assert w.sidebar.item(PAGE_FOLLOWUPS).text().startswith("Suivis")
    assert w.act_new_mission.text() == "&Nouvelle mission…"
    assert w.missions.model.headerData(0, Qt.Orientation.Horizontal) == "Titre"
    w.show_page(PAGE_ORGANIZATIONS)
    w.tasks.wait(20_000)
    orgs = w.organizations.model
    kinds = {orgs.index(r, orgs.COL_KIND).data() for r in range(orgs.rowCount())}
    assert "préfecture" in kinds
    editor = w.new_mission()
    assert editor.windowTitle() == "Nouvelle mission"
    # Qt's own strings (standard buttons) come from Qt's French catalogue.
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Enregistrer"
    editor.reject()


def test_dutch_window_shows_dutch_labels(make_window, db):
    w = make_window(db, "nl")
    assert w.sidebar.item(PAGE_PEOPLE).text() == "Personen"
    assert [a.text() for a in w.menuBar().actions()][0] == "&Bestand"


def test_every_string_is_translated_in_the_sources():
    for lang in ("fr", "nl", "en"):
        root = ET.parse(i18n.translations_dir() / f"missionplanner_{lang}.ts").getroot()
        unfinished = [m.findtext("source") for m in root.iter("message")
                      if m.find("translation").get("type") == "unfinished"]
        assert unfinished == [], (lang, unfinished[:5])


def test_missing_qm_is_compiled_on_demand(tmp_path, monkeypatch):
    source = tmp_path / "translations"
    source.mkdir()
    shutil.copy(i18n.translations_dir() / "missionplanner_fr.ts", source)
    monkeypatch.setattr(i18n, "translations_dir", lambda: source)
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    compiled = i18n.compiled_file("fr")
    assert compiled == tmp_path / "cache" / "missionplanner_fr.qm"
    assert compiled.stat().st_size > 0


def test_ts_is_read_directly_when_nothing_can_be_compiled(tmp_path, monkeypatch):
    source = tmp_path / "translations"
    source.mkdir()
    shutil.copy(i18n.translations_dir() / "missionplanner_nl.ts", source)
    monkeypatch.setattr(i18n, "translations_dir", lambda: source)
    monkeypatch.setattr(i18n, "compiled_file", lambda lang: None)
    app = QApplication.instance()
    try:
        i18n.install(app, "nl")
        assert app.translate("MainWindow", "People") == "Personen"
    finally:
        i18n.install(app, "en")
    assert app.translate("MainWindow", "People") == "People"


def test_every_string_of_the_window_is_in_each_translation(tmp_path):
    """lupdate over ui/ finds no (context, text) that a committed .ts lacks: a new tr() string
    without its French and Dutch fails here, not in front of a user."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or lupdate)
    ui = Path(i18n.__file__).parent
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sorted(str(p) for p in ui.glob("*.py")), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)

    def messages(path):
        root = ET.parse(path).getroot()
        return {(ctx.findtext("name"), m.findtext("source")) for ctx in root.iter("context")
                for m in ctx.iter("message")}

    found = messages(fresh)
    assert len(found) > 500  # the scan read the window's sources
    lacking = {}
    for lang in ("en", "fr", "nl"):
        missing = sorted(found - messages(i18n.translations_dir() / f"missionplanner_{lang}.ts"))
        if missing:
            lacking[lang] = missing
    assert lacking == {}, "strings without a translation (run pyside6-lupdate from resources/translations):\n" + \
        "\n".join(f"  {lang}: {ctx} / {src!r}" for lang, missing in lacking.items() for ctx, src in missing)
