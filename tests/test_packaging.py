"""Desktop integration files: the .desktop entry, AppStream metainfo, MIME type, icons, installer.

The frozen build itself takes minutes, so it is checked by `make package-check`, not here.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "missionplanner.desktop"
METAINFO = LINUX / "io.github.missionplanner.MissionPlanner.metainfo.xml"
MIME = LINUX / "missionplanner-mime.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256)
MIME_TYPE = "application/x-missionplanner+json"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_fields():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Mission Planner"
    assert entry["Exec"] == "missionplanner"
    assert entry["Icon"] == "missionplanner"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].split(";")[:2] == ["Office", "ProjectManagement"]
    assert entry["Categories"].endswith(";")
    for lang in ("fr", "nl"):
        assert entry[f"GenericName[{lang}]"] and entry[f"Comment[{lang}]"]
    assert entry["Comment"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (apt-get install desktop-file-utils)")
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are fine; errors and warnings are not.
    assert "error:" not in result.stdout and "warning:" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed (apt-get install appstream)")
def test_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    for line in result.stdout.splitlines():
        assert not line.startswith(("E:", "W:")), result.stdout


def test_metainfo_matches_desktop_entry_and_version():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.missionplanner.MissionPlanner"
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("icon[@type='stock']") == _desktop_entry()["Icon"]
    assert root.findtext("provides/binary") == _desktop_entry()["Exec"].split()[0]
    assert root.findtext("provides/mediatype") == MIME_TYPE
    # The package metadata is the one place the version is written; the newest release listed for
    # software centres must be that version.
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == version("missionplanner")


def test_mime_type_definition():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(MIME).getroot()
    mt = root.find("m:mime-type", ns)
    assert mt is not None and mt.get("type") == MIME_TYPE
    assert mt.find("m:sub-class-of", ns).get("type") == "application/json"
    assert mt.find("m:magic/m:match", ns).get("value") == '"missionplanner/1"'


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_mime_database_accepts_the_type(tmp_path):
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME, tmp_path / "packages" / "missionplanner.xml")
    subprocess.run(["update-mime-database", str(tmp_path)], check=True, capture_output=True)
    assert MIME_TYPE in (tmp_path / "types").read_text().split()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", SIZES)
def test_hicolor_png_sizes(size):
    png = HICOLOR / f"{size}x{size}" / "apps" / "missionplanner.png"
    assert _png_size(png) == (size, size)


def test_scalable_icon_and_windows_icon():
    svg = ET.parse(HICOLOR / "scalable" / "apps" / "missionplanner.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    ico = (ROOT / "resources" / "icons" / "missionplanner.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count == len(SIZES)


def _run_installer(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    return subprocess.run(["bash", str(LINUX / "install-desktop.sh"), *args], env=env,
                          capture_output=True, text=True)


def test_install_desktop_script_installs_and_removes(tmp_path):
    prefix = tmp_path / "stage"
    result = _run_installer("--prefix", str(prefix), home=tmp_path)
    assert result.returncode == 0, result.stderr
    share = prefix / "share"
    expected = [share / "applications" / DESKTOP.name, share / "metainfo" / METAINFO.name,
                share / "mime" / "packages" / "missionplanner.xml",
                share / "icons" / "hicolor" / "scalable" / "apps" / "missionplanner.svg"]
    expected += [share / "icons" / "hicolor" / f"{s}x{s}" / "apps" / "missionplanner.png" for s in SIZES]
    for path in expected:
        assert path.is_file(), path
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()

    result = _run_installer("--uninstall", "--prefix", str(prefix), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in expected)


def test_install_desktop_script_copies_a_built_program(tmp_path):
    app = tmp_path / "dist" / "missionplanner"
    app.mkdir(parents=True)
    (app / "missionplanner").write_text("#!/bin/sh\necho frozen\n")
    (app / "missionplanner").chmod(0o755)
    prefix = tmp_path / "stage"
    result = _run_installer("--prefix", str(prefix), "--app", str(app), home=tmp_path)
    assert result.returncode == 0, result.stderr
    link = prefix / "bin" / "missionplanner"
    assert link.is_symlink()
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout == "frozen\n"
    result = _run_installer("--uninstall", "--prefix", str(prefix), home=tmp_path)
    assert result.returncode == 0 and not link.exists() and not (prefix / "lib" / "missionplanner").exists()


def test_install_desktop_script_refuses_a_folder_without_the_program(tmp_path):
    result = _run_installer("--prefix", str(tmp_path / "stage"), "--app", str(tmp_path), home=tmp_path)
    assert result.returncode == 2
    assert "make package" in result.stderr


# The frozen build's choices (packaging/bundle.py), checked without running PyInstaller ------------

def _bundle():
    import importlib.util

    spec = importlib.util.spec_from_file_location("mp_bundle", ROOT / "packaging" / "bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6\\plugins\\imageformats\\qpdf.dll", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt6WebEngineCore.dll", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qt_nl.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/assistant_fr.qm", False),
    ("babel/locale-data/fr_BE.dat", True),
    ("babel/locale-data/root.dat", True),
    ("babel/locale-data/en_150.dat", True),
    ("babel/locale-data/zh_Hant.dat", False),
    ("missionplanner/db/migrations/versions/0001_initial.py", True),
    ("somepackage/plugins/x/y.py", True),  # only Qt's plugin folders are filtered
])
def test_bundle_keeps_what_the_app_needs(dest, kept):
    assert _bundle().keep(dest) is kept


def test_bundle_ships_migrations_as_files_and_not_as_hidden_modules(tmp_path):
    bundle = _bundle()
    stage = bundle.stage_package(tmp_path)
    hidden = bundle.hidden_imports(stage)
    assert "missionplanner.cli" in hidden and "missionplanner.db.demo" in hidden
    assert "missionplanner.db.migrations.versions" in hidden
    assert not any(name.startswith("missionplanner.db.migrations.versions.0") for name in hidden)
    assert "missionplanner.db.migrations.env" not in hidden
    datas = bundle.data_files(stage, None, [])
    dests = {(Path(src).name, dest) for src, dest in datas}
    assert ("env.py", "missionplanner/db/migrations") in dests
    assert ("0001_initial.py", "missionplanner/db/migrations/versions") in dests
    assert ("2-official-mission-japan-2017.json", "missionplanner/db/demo") in dests
    assert ("missionplanner.png", "missionplanner/resources/icons/hicolor/48x48/apps") in dests
    assert not any("__pycache__" in src for src, _ in datas)


def test_spec_files_are_python():
    import ast

    for spec in (LINUX / "missionplanner.spec", ROOT / "packaging" / "windows" / "missionplanner.spec"):
        tree = ast.parse(spec.read_text(encoding="utf-8"))
        calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        assert {"Analysis", "PYZ", "EXE", "COLLECT", "copy_metadata"} <= calls, spec


def test_inno_setup_script_installs_per_user_with_start_menu_and_uninstaller():
    iss = (ROOT / "packaging" / "windows" / "missionplanner.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert 'Name: "{autoprograms}\\{#AppName}"' in iss
    assert "UninstallDisplayIcon=" in iss and "Uninstallable=no" not in iss
    # The version is passed in from the package metadata, never written in the script.
    assert "#error" in iss and "AppVersion={#AppVersion}" in iss
    assert version("missionplanner") not in iss


def test_translations_are_compiled_for_the_bundle(tmp_path):
    bundle = _bundle()
    if bundle._lrelease() is None:
        pytest.skip("no lrelease (pyside6-lrelease) in this environment")
    folder = tmp_path / "stage" / "missionplanner" / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "missionplanner_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr_BE">\n'
        "<context><name>AboutDialog</name><message><source>Version:</source>"
        "<translation>Version :</translation></message></context>\n</TS>\n", encoding="utf-8")
    shipped = bundle.compile_translations(tmp_path / "build", tmp_path / "stage")
    assert [p.name for p in shipped] == ["missionplanner_fr.qm"]
    assert shipped[0].read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    assert bundle.data_files(tmp_path / "stage", None, shipped)[-1] == (
        str(shipped[0]), "missionplanner/resources/translations")
