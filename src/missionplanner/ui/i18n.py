"""Translations: Qt Linguist .ts sources in resources/translations, compiled .qm loaded at start.

The install step compiles the .qm files (`make install`); when one is missing (a fresh checkout, a
wheel built without it) it is compiled on demand into the user's cache folder with lrelease, and as a
last resort the .ts XML is read directly, so a language never silently falls back to English.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"en": "English", "fr": "Français", "nl": "Nederlands"}
BASENAME = "missionplanner"


def translations_dir() -> Path:
    from ..package_data import resources_dir

    return resources_dir() / "translations"


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("missionplanner")) / "translations"


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def choose_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def _lrelease() -> list[str] | None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    if exe.exists():
        return [str(exe)]
    import PySide6

    bundled = Path(PySide6.__file__).with_name("lrelease")
    return [str(bundled)] if bundled.exists() else None


def compiled_file(lang: str) -> Path | None:
    """The .qm for `lang`: next to the .ts, or compiled on demand into the cache folder."""
    ts = translations_dir() / f"{BASENAME}_{lang}.ts"
    qm = ts.with_suffix(".qm")
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return None
    cached = cache_dir() / qm.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return None
    import subprocess

    cached.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([*tool, "-silent", str(ts), "-qm", str(cached)], check=True, timeout=60,
                       capture_output=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return cached if cached.exists() else None


class TsTranslator(QTranslator):
    """Reads a .ts file directly: the fallback when no compiled .qm can be had."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self._table: dict[tuple[str, str], str] = {}
        import xml.etree.ElementTree as ET

        root = ET.parse(path).getroot()
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not tr.text:
                    continue
                self._table[(name, msg.findtext("source") or "")] = tr.text

    def translate(self, context, source, disambiguation=None, n=-1):
        return self._table.get((context, source), "")

    def isEmpty(self) -> bool:
        return not self._table


_installed: list[QTranslator] = []


def install(app: QCoreApplication, lang: str) -> str:
    """Install the translators for `lang` (ours and Qt's own dialogs); returns the language used."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale({"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}.get(lang, "en_GB")))
    # English is the source language, but its catalogue is installed too: it holds the plural
    # forms ("1 meeting", "2 meetings") of the "%n meeting(s)" sources.
    qt = QTranslator(app)
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours: QTranslator | None = None
    qm = compiled_file(lang)
    if qm is not None:
        ours = QTranslator(app)
        if not ours.load(str(qm)):
            ours = None
    if ours is None:
        ts = translations_dir() / f"{BASENAME}_{lang}.ts"
        if ts.exists():
            ours = TsTranslator(ts, app)
    if ours is not None:
        app.installTranslator(ours)
        _installed.append(ours)
    return lang
