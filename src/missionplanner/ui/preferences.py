"""Preferences: the interface language and the home time zone."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from . import settings
from .i18n import LANGUAGES
from .widgets import ZoneComboBox, error_label


class PreferencesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(settings.LANGUAGE))))
        self.home_zone = ZoneComboBox()
        self.home_zone.setAccessibleName(self.tr("Home time zone"))
        self.home_zone.set_zone(settings.get(settings.HOME_ZONE))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Home time zone"), self.home_zone)
        note = QLabel(self.tr("A new language applies the next time Mission Planner starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(self.error)
        box.addWidget(buttons)

    def save(self) -> None:
        from ..errors import ValidationError
        from ..services.validation import timezone_name

        try:
            zone = timezone_name(self.home_zone.zone(), "home_timezone")
        except ValidationError as exc:
            self.error.setText(exc.plain)
            self.error.show()
            return
        settings.put(settings.LANGUAGE, self.language.currentData())
        settings.put(settings.HOME_ZONE, zone)
        self.accept()
