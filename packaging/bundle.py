"""What goes into the frozen application: shared by packaging/linux and packaging/windows specs.

The spec files call these helpers at build time (PyInstaller executes a spec as Python):

- ``stage_package``: a copy of the installed package layout (``src/missionplanner`` with ``db/`` as
  ``missionplanner/db`` and ``resources/`` as ``missionplanner/resources``, as pyproject.toml maps
  them), so PyInstaller analyses the same tree a wheel holds, whatever kind of install the build
  environment has;
- ``compile_translations``: the Qt Linguist ``.ts`` files compiled to ``.qm`` with lrelease;
- ``collect_fonts``: the fonts the briefing pack needs, whose licences allow redistribution (IPA
  Gothic: IPA Font License; Nanum Gothic: SIL OFL 1.1; DejaVu Sans: Bitstream Vera/DejaVu licence),
  with their licence texts and a ``fonts.json`` manifest that Help > About reads;
- ``data_files``: migrations (as source files: Alembic loads ``env.py`` and ``versions/*.py`` from
  the file system), demo data, icons, translations and fonts, as (source, folder) pairs;
- ``keep``: the filter that leaves out the Qt plugins and libraries the app does not use.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "missionplanner"

# Qt modules the app does not use. PyInstaller collects only what is imported; these are listed so a
# stray import (a third-party module probing for Qt) cannot drag them in.
EXCLUDED_MODULES = [
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtQuick", "PySide6.QtQuick3D",
    "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2", "PySide6.QtQml", "PySide6.Qt3DCore",
    "PySide6.Qt3DRender", "PySide6.Qt3DInput", "PySide6.Qt3DLogic", "PySide6.Qt3DAnimation",
    "PySide6.Qt3DExtras", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtNetwork",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPrintSupport", "PySide6.QtDBus",
    "PySide6.QtConcurrent", "PySide6.QtStateMachine", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors",
    "PySide6.QtSerialPort", "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech", "PySide6.QtHttpServer", "PySide6.QtGraphs",
    # Not needed at run time.
    "tkinter", "_tkinter", "PyInstaller", "pytest", "hypothesis", "IPython", "matplotlib", "numpy",
]

# Qt plugin folders and files to ship (relative to PySide6/Qt/plugins); everything else is dropped.
KEEP_PLUGINS = {
    "platforms": {"libqxcb", "libqoffscreen", "libqwayland", "libqwayland-generic", "libqwayland-egl",
                  "qwindows", "qoffscreen", "qminimal"},
    "imageformats": None,          # all but the PDF reader (it pulls in QtPdf); see DROP_PLUGIN_FILES
    "iconengines": None,           # the SVG icon engine
    "platforminputcontexts": None,  # compose keys and input methods (accents, Japanese and Korean)
    "platformthemes": None,        # native file dialogs and desktop fonts
    "xcbglintegrations": None,
    "wayland-shell-integration": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "styles": None,                # Windows: the modern windows style
}
DROP_PLUGIN_FILES = {"libqpdf", "qpdf"}
# Qt's own translations (standard dialogs, buttons) for the app's languages only.
QT_TRANSLATION_LANGS = ("en", "fr", "nl")
# Babel's CLDR data for the languages the app speaks (dates in briefing packs, month names typed in
# French, Dutch and English; German for Belgium's third language). `root` is every locale's parent.
BABEL_LANGS = ("root", "en", "fr", "nl", "de")
# Qt libraries that a kept plugin must never need; listed so an accidental dependency shows up as
# a failure to start rather than as 100 MB of QML in the bundle.
DROP_QT_LIBS = ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt6Pdf", "Qt6Multimedia", "Qt63D", "Qt6Designer",
                "Qt6Network", "Qt6VirtualKeyboard", "Qt6ShaderTools", "Qt6Sql", "Qt6Test")

# Fonts for the briefing pack that may be redistributed, with their licences. `debian` names the
# package whose /usr/share/doc/<package>/copyright holds the licence text on Debian and Ubuntu.
FONTS = [
    {"file": "DejaVuSans.ttf", "family": "DejaVu Sans", "script": "Latin",
     "license": "DejaVu Fonts License (Bitstream Vera, free)", "debian": "fonts-dejavu-core"},
    {"file": "DejaVuSans-Bold.ttf", "family": "DejaVu Sans Bold", "script": "Latin",
     "license": "DejaVu Fonts License (Bitstream Vera, free)", "debian": "fonts-dejavu-core"},
    {"file": "DejaVuSans-Oblique.ttf", "family": "DejaVu Sans Oblique", "script": "Latin",
     "license": "DejaVu Fonts License (Bitstream Vera, free)", "debian": "fonts-dejavu-core"},
    {"file": "ipag.ttf", "family": "IPAGothic", "script": "Japanese",
     "license": "IPA Font License Agreement v1.0", "debian": "fonts-ipafont-gothic"},
    {"file": "NanumGothic.ttf", "family": "NanumGothic", "script": "Korean",
     "license": "SIL Open Font License 1.1", "debian": "fonts-nanum"},
    {"file": "NanumGothicBold.ttf", "family": "NanumGothic Bold", "script": "Korean",
     "license": "SIL Open Font License 1.1", "debian": "fonts-nanum"},
]
FONT_SEARCH_DIRS = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]


def _ignore_caches(_dir, names):
    return [n for n in names if n == "__pycache__" or n.endswith((".pyc", ".pyo"))]


def stage_package(build_dir: Path) -> Path:
    """Lay the package out as a wheel installs it; returns the folder to put on PyInstaller's path."""
    stage = build_dir / "stage"
    if stage.exists():
        shutil.rmtree(stage)
    target = stage / PACKAGE
    shutil.copytree(ROOT / "src" / PACKAGE, target, ignore=_ignore_caches)
    shutil.copytree(ROOT / "db", target / "db", ignore=_ignore_caches)
    shutil.copytree(ROOT / "resources", target / "resources", ignore=_ignore_caches)
    return stage


def hidden_imports(stage: Path) -> list[str]:
    """Every module of the package (the CLI and GUI import many of them lazily), except the
    migration scripts, which Alembic loads from files, plus what those scripts import."""
    names = []
    migrations = stage / PACKAGE / "db" / "migrations"
    for path in sorted((stage / PACKAGE).rglob("*.py")):
        if migrations in path.parents and path.name != "__init__.py":
            continue
        parts = list(path.relative_to(stage).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names + ["alembic.context", "alembic.op", "alembic.runtime.migration", "alembic.ddl.sqlite",
                    "alembic.ddl.impl", "sqlalchemy.dialects.sqlite"]


def _lrelease() -> list[str] | None:
    for candidate in (Path(sys.executable).with_name("pyside6-lrelease"),
                      Path(sys.executable).with_name("pyside6-lrelease.exe")):
        if candidate.exists():
            return [str(candidate)]
    try:
        import PySide6
    except ImportError:
        return None
    for name in ("lrelease", "lrelease.exe"):
        bundled = Path(PySide6.__file__).with_name(name)
        if bundled.exists():
            return [str(bundled)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_translations(build_dir: Path, stage: Path) -> list[Path]:
    """The staged resources/translations/*.ts compiled into build_dir/translations/*.qm.

    Returns the files to ship: the .qm files, or the .ts sources when lrelease is missing (the app
    then reads the .ts itself, see ui/i18n.py). No .ts files: nothing to ship."""
    sources = sorted((stage / PACKAGE / "resources" / "translations").glob("*.ts"))
    if not sources:
        return []
    tool = _lrelease()
    if tool is None:
        print("bundle: lrelease not found; shipping the .ts translation sources", file=sys.stderr)
        return sources
    out = build_dir / "translations"
    out.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sources:
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def _find_font(name: str, dirs: list[Path]) -> Path | None:
    for folder in dirs:
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            if name in files:
                return Path(root) / name
    return None


def collect_fonts(build_dir: Path, source_dir: str | os.PathLike | None = None) -> Path:
    """Copy the briefing fonts and their licences into build_dir/fonts, with fonts.json.

    Fonts come from `source_dir` (a folder holding the .ttf files and, beside them, licence files
    named <debian-package>.copyright) or else from the system's font folders with the licence texts
    from /usr/share/doc/<package>/copyright. A font that cannot be found, or whose licence text
    cannot, stops the build: shipping a font without its licence is not allowed."""
    out = build_dir / "fonts"
    if out.exists():
        shutil.rmtree(out)
    (out / "licenses").mkdir(parents=True)
    dirs = [Path(source_dir)] if source_dir else FONT_SEARCH_DIRS
    manifest = []
    missing = []
    for font in FONTS:
        path = _find_font(font["file"], dirs)
        if source_dir:
            licence = Path(source_dir) / f"{font['debian']}.copyright"
        else:
            licence = Path("/usr/share/doc") / font["debian"] / "copyright"
        if path is None or not licence.is_file():
            missing.append(f"{font['file']} ({font['debian']})")
            continue
        shutil.copy2(path, out / font["file"])
        licence_name = f"licenses/{font['debian']}.copyright"
        shutil.copy2(licence, out / licence_name)
        manifest.append({**font, "license_file": licence_name})
    if missing:
        raise SystemExit("bundle: fonts or licence texts not found: " + ", ".join(missing)
                         + " (apt-get install fonts-dejavu-core fonts-ipafont-gothic fonts-nanum, or "
                           "point MISSIONPLANNER_BUNDLE_FONTS at a folder that has them)")
    (out / "fonts.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    return out


def _tree(src: Path, dest: str, suffixes: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    pairs = []
    for path in sorted(src.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        if suffixes and not path.name.endswith(suffixes):
            continue
        rel = path.parent.relative_to(src)
        pairs.append((str(path), str(Path(dest) / rel) if str(rel) != "." else dest))
    return pairs


def data_files(stage: Path, fonts_dir: Path | None, translations: list[Path]) -> list[tuple[str, str]]:
    """Taken from the staged copy, so that the migration scripts and the modules they import come
    from the same moment of the source tree."""
    pkg = PACKAGE
    staged = stage / pkg
    datas = []
    # Alembic reads env.py, script.py.mako and versions/*.py from the script folder on disk.
    datas += _tree(staged / "db" / "migrations", f"{pkg}/db/migrations", (".py", ".mako"))
    datas += _tree(staged / "db" / "demo", f"{pkg}/db/demo", (".json",))
    datas += _tree(staged / "resources" / "icons", f"{pkg}/resources/icons")
    datas += [(str(p), f"{pkg}/resources/translations") for p in translations]
    if fonts_dir is not None:
        datas += _tree(fonts_dir, f"{pkg}/resources/fonts")
    return datas


def keep(dest_name: str) -> bool:
    """False for a collected file the app does not need (Qt plugins, Qt libraries, translations)."""
    parts = Path(dest_name.replace("\\", "/")).parts
    if "PySide6" in parts and "plugins" in parts:
        i = parts.index("plugins")
        if len(parts) > i + 2:
            folder, stem = parts[i + 1], Path(parts[-1]).name.split(".")[0]
            if folder not in KEEP_PLUGINS:
                return False
            wanted = KEEP_PLUGINS[folder]
            if wanted is not None and stem not in wanted:
                return False
            if stem in DROP_PLUGIN_FILES:
                return False
    if "translations" in parts and "PySide6" in parts and parts[-1].endswith(".qm"):
        stem = Path(parts[-1]).stem  # qtbase_fr, qt_help_nl, ...
        lang = stem.rsplit("_", 1)[-1]
        if lang not in QT_TRANSLATION_LANGS or not stem.startswith(("qt_", "qtbase_")) \
                or stem.startswith("qt_help"):
            return False
    if "babel" in parts and "locale-data" in parts and parts[-1].endswith(".dat"):
        if Path(parts[-1]).stem.split("_")[0] not in BABEL_LANGS:
            return False
    name = parts[-1] if parts else ""
    if any(name.startswith(("lib" + lib, lib)) for lib in DROP_QT_LIBS):
        return False
    return True


def filter_toc(toc):
    """A PyInstaller TOC (list of (dest, src, kind)) without the entries `keep` refuses."""
    return [entry for entry in toc if keep(entry[0])]
