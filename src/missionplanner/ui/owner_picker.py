"""Who a follow-up goes to: our side only, sorted, found by typing any part of a name.

An editable combo box whose completer matches anywhere in the label ("Jodog" finds "Cécile
Jodogne"); typed text that names nobody, or more than one person, goes back to the person chosen
before, so the owner is never a free text the database cannot hold.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from . import formatting as fmt


class OwnerPicker(QComboBox):
    def __init__(self, people: list[dict], owner: dict | None = None, parent=None):
        """`people`: our side (planner.people.our_side(), already sorted); `owner`: the current
        owner, kept in the list even when no longer on our side."""
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(self.tr("Owner"))
        self.addItem(self.tr("(nobody)"), None)
        people = list(people)
        if owner and owner.get("id") not in {p["id"] for p in people}:
            people.insert(0, owner)
        for p in people:
            self.addItem(fmt.person_label(p), p["id"])
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.set_owner(owner.get("id") if owner else None)
        self.lineEdit().editingFinished.connect(self._settle)

    def set_owner(self, person_id: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(person_id)))

    def owner_id(self) -> str | None:
        self._settle()
        return self.currentData()

    def _settle(self) -> None:
        """Typed text becomes the person it names (any case), or the only one whose label holds it
        ("jodogne"); otherwise the choice made before stays."""
        text = self.currentText().strip().casefold()
        labels = [self.itemText(i).casefold() for i in range(self.count())]
        found = [i for i, label in enumerate(labels) if label == text]
        if not found and text:
            found = [i for i, label in enumerate(labels) if text in label]
        if len(found) == 1:
            if found[0] != self.currentIndex():
                self.setCurrentIndex(found[0])
            self.setEditText(self.itemText(found[0]))
            return
        self.setEditText(self.itemText(self.currentIndex()))
