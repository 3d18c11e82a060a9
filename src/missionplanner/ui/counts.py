"""Counted things as the interface language says them: "1 meeting", "2 meetings", "1 réunion",
"2 vergaderingen", from Qt's plural forms (`%n` in the .ts files of every language, English
included). A sentence that counts several things takes these phrases as its %1, %2…, so that no
"(s)" is ever shown."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    """The phrases, as `self.tr` calls with `n` (the form lupdate reads as having plural forms)."""

    def phrase(self, thing: str, n: int) -> str:
        phrases = {
            "meeting": lambda: self.tr("%n meeting(s)", "", n),
            "follow-up": lambda: self.tr("%n follow-up(s)", "", n),
            "leg": lambda: self.tr("%n leg(s)", "", n),
            "error": lambda: self.tr("%n error(s)", "", n),
            "warning": lambda: self.tr("%n warning(s)", "", n),
            "party": lambda: self.tr("%n party(ies)", "", n),
            "signatory": lambda: self.tr("%n signatory(ies)", "", n),
            "document": lambda: self.tr("%n attached document(s)", "", n),
            "person": lambda: self.tr("%n person(s)", "", n),
            "organization": lambda: self.tr("%n organization(s)", "", n),
            "row": lambda: self.tr("%n row(s)", "", n),
            "delegation": lambda: self.tr("%n mission delegation(s)", "", n),
            "signature": lambda: self.tr("%n agreement signature(s)", "", n),
            "affiliation": lambda: self.tr("%n affiliation(s)", "", n),
            "agreement": lambda: self.tr("%n agreement(s)", "", n),
            "mission": lambda: self.tr("%n mission(s)", "", n),
        }
        return phrases[thing]()


def count(thing: str, n: int) -> str:
    """"2 meetings": `n` of `thing` in the interface language."""
    return Counts().phrase(thing, n)
