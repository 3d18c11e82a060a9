"""The printed versions of a mission's briefing pack, and what changed between two of them.

The changes are said as the pack's "Changes since" page says them (briefing/changes_page.py), in
the interface language's catalogue: one wording on paper and on screen.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from . import formatting as fmt
from . import settings
from .i18n import LANGUAGES, choose_language
from .query_op import QueryOp


def _changes_in(lang: str):
    """The work of a comparison, off the GUI thread: [(heading, [(title, what)])] or "empty"."""
    def op(planner, mission_id: str, older: int, newer: int):
        from ..briefing.catalogue import Catalogue
        from ..briefing.changes_page import change_lines

        changes = planner.briefing_versions.compare(mission_id, older, newer)
        return change_lines(Catalogue(lang), changes), changes["texts_compared"]
    return op


class VersionsDialog(QDialog):
    """The mission's printed packs, newest first; pick one and a version to compare it with."""

    def __init__(self, mission: dict, parent=None):
        super().__init__(parent)
        self.mission = mission
        self.rows: list[dict] = []
        self.setWindowTitle(self.tr("Printed versions: %1").replace("%1", mission["title"]))
        self.resize(760, 520)
        self.versions = QTreeWidget()
        self.versions.setRootIsDecorated(False)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.setHeaderLabels([self.tr("Version"), self.tr("Issued"), self.tr("Edition"),
                                       self.tr("Language"), self.tr("Classification"), self.tr("Printed by"),
                                       self.tr("Fingerprint")])
        self.versions.setAccessibleName(self.tr("Printed versions"))
        self.versions.currentItemChanged.connect(self._offer_others)
        self.other = QComboBox()
        other_label = QLabel(self.tr("Compare &with"))
        other_label.setBuddy(self.other)
        self.compare_button = QPushButton(self.tr("&Show changes"))
        self.compare_button.clicked.connect(self.compare)
        self.compare_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(other_label)
        row.addWidget(self.other, 1)
        row.addWidget(self.compare_button)
        self.changes = QTreeWidget()
        self.changes.setHeaderHidden(True)
        self.changes.setAccessibleName(self.tr("What changed"))
        self.message = QLabel(self.tr("Reading the printed versions…"))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.versions, 2)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addWidget(self.changes, 3)
        box.addWidget(buttons)
        QueryOp(self, op=lambda planner: planner.briefing_versions.list(mission["id"]), success=self.show_versions).run()

    def _edition(self, code: str) -> str:
        return self.tr("Minister's pack") if code == "minister" else self.tr("Working pack (private office)")

    def show_versions(self, rows: list[dict]) -> None:
        self.rows = list(reversed(rows))  # newest first: the pack on the desk
        self.versions.clear()
        for r in self.rows:
            issued = datetime.fromisoformat(r["issued_at"])
            item = QTreeWidgetItem([str(r["version"]), fmt.date_time(issued.astimezone()), self._edition(r["edition"]),
                                    LANGUAGES.get(r["lang"], r["lang"]), r["classification"], r["printed_by"],
                                    r["fingerprint"][:12]])
            item.setData(0, Qt.ItemDataRole.UserRole, r["version"])
            item.setToolTip(6, r["fingerprint"])
            self.versions.addTopLevelItem(item)
        for column in range(self.versions.columnCount()):
            self.versions.resizeColumnToContents(column)
        self.message.setText(self.tr("No pack of this mission has been printed yet.") if not rows else
                             self.tr("Choose a version, then the version to compare it with."))
        if self.rows:
            self.versions.setCurrentItem(self.versions.topLevelItem(0))

    def _offer_others(self, current, _previous=None) -> None:
        """The other versions, the one before the chosen first (what it superseded)."""
        self.other.clear()
        if current is None:
            self.compare_button.setEnabled(False)
            return
        chosen = current.data(0, Qt.ItemDataRole.UserRole)
        others = [r["version"] for r in self.rows if r["version"] != chosen]
        others.sort(key=lambda n: (n > chosen, -n if n < chosen else n))
        for n in others:
            self.other.addItem(self.tr("Version %1").replace("%1", str(n)), n)
        self.compare_button.setEnabled(bool(others))

    def compare(self) -> None:
        item = self.versions.currentItem()
        other = self.other.currentData()
        if item is None or other is None:
            return
        chosen = item.data(0, Qt.ItemDataRole.UserRole)
        older, newer = sorted((chosen, other))
        lang = choose_language(settings.get(settings.LANGUAGE))
        self.message.setText(self.tr("Comparing…"))
        QueryOp(self, op=lambda planner: _changes_in(lang)(planner, self.mission["id"], older, newer),
                success=lambda result: self.show_changes(older, newer, *result)).run()

    def show_changes(self, older: int, newer: int, sections: list, texts_compared: bool) -> None:
        self.changes.clear()
        for heading, lines in sections:
            top = QTreeWidgetItem([heading])
            for title, what in lines:
                # the meeting, then what changed on a line of its own (a move says both times)
                top.addChild(QTreeWidgetItem([f"{title}\n{what}"]))
            self.changes.addTopLevelItem(top)
            top.setExpanded(True)
        text = self.tr("From version %1 to version %2:") if sections else \
            self.tr("No changes from version %1 to version %2.")
        text = text.replace("%1", str(older)).replace("%2", str(newer))
        if not texts_compared:
            text += " " + self.tr("(The two were printed in different languages: their texts are not compared.)")
        self.message.setText(text)
