"""Help > About: the version, where the data lives, the schema version, Qt and Python, font licences.

The version comes from the package metadata (``missionplanner.__version__``), which a frozen build
carries too. The fonts section lists the fonts shipped inside the application with their licences
(``resources/fonts/fonts.json``, written by the packaging step); an installation without bundled
fonts says that briefing packs use the fonts installed on the computer.

    AboutDialog(planner, parent).exec()
"""

from __future__ import annotations

import json
import os
import platform
import sys
from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from .. import __version__
from .query_op import QueryOp

FONTS_ENV_VAR = "MISSIONPLANNER_FONTS_DIR"


def bundled_fonts_dir() -> Path | None:
    try:
        from importlib.resources import files

        folder = Path(str(files("missionplanner.resources") / "fonts"))
    except (ImportError, TypeError):
        return None
    return folder if folder.is_dir() else None


def bundled_fonts() -> list[dict]:
    """The fonts shipped with the application: file, family, script, license, license_file."""
    folder = bundled_fonts_dir()
    if folder is None or not (folder / "fonts.json").is_file():
        return []
    try:
        entries = json.loads((folder / "fonts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or not (folder / str(entry.get("file", ""))).is_file():
            continue
        licence = folder / str(entry.get("license_file", ""))
        out.append({**entry, "license_path": licence if licence.is_file() else None})
    return out


class AboutDialog(QDialog):
    """Version, data location, schema, Qt and Python versions, and the licences of bundled fonts."""

    def __init__(self, planner, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Mission Planner"))
        icon = QIcon.fromTheme("missionplanner")
        if not icon.isNull():
            self.setWindowIcon(icon)
        self._fields: list[tuple[str, str]] = []
        self._values: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{escape(self.tr('Mission Planner'))}</h2>")
        title.setObjectName("aboutTitle")
        layout.addWidget(title)
        blurb = QLabel(self.tr("Plan official missions abroad: meetings across time zones, briefing "
                               "packs, outcomes and follow-ups."))
        blurb.setWordWrap(True)
        layout.addWidget(blurb)

        form = QFormLayout()
        layout.addLayout(form)
        build = self.tr("standalone build") if getattr(sys, "frozen", False) else self.tr("Python package")
        rows = [
            ("version", self.tr("Version:"), f"{__version__} ({build})"),
            # What the data says is read on the worker (the schema is a query); "…" until it comes.
            ("database", self.tr("Database:"), "…"),
            ("schema", self.tr("Schema version:"), "…"),
            ("data_folder", self.tr("Data folder:"), "…"),
            ("qt", self.tr("Qt:"), self.tr("Qt {qt}, PySide6 {pyside}").format(qt=qVersion(),
                                                                          pyside=pyside_version)),
            ("python", self.tr("Python:"), f"{platform.python_version()} ({platform.system()} "
                                           f"{platform.machine()})"),
            ("license", self.tr("Licence:"), self.tr("MIT")),
        ]
        for key, label, value in rows:
            field = QLabel(value)
            field.setObjectName(f"about_{key}")
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            form.addRow(label, field)
            self._fields.append((label, value))
            self._values[key] = field

        layout.addWidget(QLabel(f"<b>{escape(self.tr('Fonts for briefing packs'))}</b>"))
        self.fonts_view = QTextBrowser()
        self.fonts_view.setObjectName("aboutFonts")
        self.fonts_view.setOpenExternalLinks(True)
        self.fonts_view.setHtml(self._fonts_html())
        layout.addWidget(self.fonts_view, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        copy.setObjectName("aboutCopy")
        copy.setToolTip(self.tr("Copy these details to the clipboard, e.g. for a support request"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)
        QueryOp(self, op=lambda p: p.safety.about(), success=self._show_data, planner=planner).run()

    def _show_data(self, about: dict) -> None:
        revision, head = about["revision"], about["head"]
        if revision is None:
            schema = self.tr("not versioned")
        elif revision == head:
            schema = revision
        else:
            schema = self.tr("{revision} (this version of the app expects {head})").format(
                revision=revision, head=head)
        data_folder = about["data_folder"]
        if about["data_folder_from_env"]:
            data_folder = self.tr("{folder} (set by MISSIONPLANNER_HOME)").format(folder=data_folder)
        shown = {"database": about["location"], "schema": schema, "data_folder": data_folder}
        for key, value in shown.items():
            self._values[key].setText(value)
        self._fields = [(label, self._values[key].text()) for (label, _v), key in
                        zip(self._fields, self._values, strict=True)]

    def _fonts_html(self) -> str:
        fonts = bundled_fonts()
        parts = []
        if fonts:
            parts.append(f"<p>{escape(self.tr('These fonts are shipped with the application:'))}</p><ul>")
            for font in fonts:
                licence = escape(str(font.get("license", "")))
                if font.get("license_path") is not None:
                    url = QUrl.fromLocalFile(str(font["license_path"])).toString()
                    licence = f'<a href="{escape(url, quote=True)}">{licence}</a>'
                text = self.tr("{family} ({script}): {licence}").format(
                    family=escape(str(font.get("family", font.get("file", "")))),
                    script=escape(str(font.get("script", ""))), licence=licence)
                parts.append(f"<li>{text}</li>")
            parts.append("</ul>")
        else:
            parts.append("<p>" + escape(self.tr(
                "No fonts are shipped with this installation. Briefing packs use the fonts installed "
                "on this computer: IPAGothic, Yu Gothic or Meiryo for Japanese; NanumGothic or Malgun "
                "Gothic for Korean; DejaVu Sans, Arial or Segoe UI for Latin text.")) + "</p>")
        override = os.environ.get(FONTS_ENV_VAR)
        if override:
            parts.append("<p>" + escape(self.tr("Fonts in {folder} ({variable}) are used first.").format(
                folder=override, variable=FONTS_ENV_VAR)) + "</p>")
        return "".join(parts)

    def details_text(self) -> str:
        """Everything the dialog shows, as plain text."""
        lines = [f"{self.tr('Mission Planner')} {__version__}"]
        lines += [f"{label} {value}" for label, value in self._fields]
        lines.append(self.fonts_view.toPlainText())
        return "\n".join(lines).strip() + "\n"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
