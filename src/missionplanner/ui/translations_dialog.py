"""Translations…: the texts a briefing pack prints, in French, Dutch and English side by side.

Opened from the editors of meetings, missions, people, organizations and agreements (once saved).
Each printed field is a row: the text as typed (read only), then
one editor per language. Points to make are one per line; an if-raised entry is one line, the
question and the line to take separated by " — ". Saving sets what changed (an emptied box removes
that translation) and pushes one undo step. `UntranslatedNote` is the print dialog's list of what a
pack in the chosen language would print as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError
from .query_op import QueryOp
from .undo import ServiceCommand, history_of, push_or_done

CONTEXT = "TranslationsDialog"
LANGS = ("fr", "nl", "en")
LANGUAGE_NAMES = {
    "fr": QT_TRANSLATE_NOOP("TranslationsDialog", "French"),
    "nl": QT_TRANSLATE_NOOP("TranslationsDialog", "Dutch"),
    "en": QT_TRANSLATE_NOOP("TranslationsDialog", "English"),
}
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("TranslationsDialog", "Title"),
    "reason": QT_TRANSLATE_NOOP("TranslationsDialog", "Reason for the meeting"),
    "objectives": QT_TRANSLATE_NOOP("TranslationsDialog", "Objectives"),
    "talking_points": QT_TRANSLATE_NOOP("TranslationsDialog", "Points to make"),
    "if_raised": QT_TRANSLATE_NOOP("TranslationsDialog", "If raised"),
    "background": QT_TRANSLATE_NOOP("TranslationsDialog", "Background"),
    "arrangements": QT_TRANSLATE_NOOP("TranslationsDialog", "Arrangements"),
    "biography": QT_TRANSLATE_NOOP("TranslationsDialog", "Biography"),
    "notes": QT_TRANSLATE_NOOP("TranslationsDialog", "Notes"),
    "description": QT_TRANSLATE_NOOP("TranslationsDialog", "Description"),
    "scope": QT_TRANSLATE_NOOP("TranslationsDialog", "Scope"),
    "key_messages": QT_TRANSLATE_NOOP("TranslationsDialog", "Key messages"),
}
KIND_LABELS = {
    "meeting": QT_TRANSLATE_NOOP("TranslationsDialog", "Meeting"),
    "person": QT_TRANSLATE_NOOP("TranslationsDialog", "Person"),
    "mission": QT_TRANSLATE_NOOP("TranslationsDialog", "Mission"),
    "organization": QT_TRANSLATE_NOOP("TranslationsDialog", "Organization"),
    "agreement": QT_TRANSLATE_NOOP("TranslationsDialog", "Agreement"),
}
# Between an if-raised question and its line to take, one entry a line.
SEPARATOR = " \u2014 "


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def as_text(field: str, value) -> str:
    """A stored value as the box shows it."""
    if not value:
        return ""
    if field in ("talking_points", "key_messages"):
        return "\n".join(value)
    if field == "if_raised":
        return "\n".join(f"{item.get('topic', '')}{SEPARATOR}{item.get('line', '')}" for item in value)
    return value


def from_text(field: str, text: str):
    """What a box holds, as the service takes it ("" removes the translation)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if field in ("talking_points", "key_messages"):
        return lines
    if field == "if_raised":
        entries = []
        for line in lines:
            topic, _sep, said = line.partition(SEPARATOR.strip())
            entries.append({"topic": topic.strip(), "line": said.strip()})
        return entries
    return text.strip()


class TranslationCommand(ServiceCommand):
    """Undo/redo of one save of the dialog: the values set, and those they replaced."""

    def __init__(self, history, kind: str, record_id: str, before: dict, after: dict, text: str):
        super().__init__(history, text)
        self.kind, self.record_id, self.before, self.after = kind, record_id, before, after

    def apply(self) -> None:
        self.planner.translations.set(self.kind, self.history.current(self.record_id), self.after)

    def revert(self) -> None:
        self.planner.translations.set(self.kind, self.history.current(self.record_id), self.before)


class TranslationsDialog(QDialog):
    def __init__(self, planner, kind: str, record_id: str, label: str, parent=None):
        super().__init__(parent)
        self.planner, self.kind, self.record_id, self.label = planner, kind, record_id, label
        self.setWindowTitle(self.tr("Translations — %1").replace("%1", label))
        self.resize(980, 640)
        self.editors: dict[tuple[str, str], QLineEdit | QPlainTextEdit] = {}
        self.loaded: dict = {}
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        hint = QLabel(self.tr("The pack prints the text in the language it is made in; where a box is "
                              "empty it prints the text as typed, marked. Points to make and key messages: one per line. "
                              "If raised: one per line, the question, then \u201c\u2014\u201d, then the line "
                              "to take."))
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("translationsError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)  # until the texts are read
        box = QVBoxLayout(self)
        box.addWidget(hint)
        box.addWidget(scroll, 1)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        QueryOp(self, planner=planner, op=lambda p: p.translations.get(kind, record_id),
                success=self._loaded, failure=self._refused).run()

    def _loaded(self, texts: dict) -> None:
        self.loaded = texts
        as_typed = self.tr("As typed")
        self.grid.addWidget(QLabel(f"<b>{as_typed}</b>"), 0, 1)
        for col, lang in enumerate(LANGS, 2):
            self.grid.addWidget(QLabel(f"<b>{_tr(LANGUAGE_NAMES[lang])}</b>"), 0, col)
        for row, field in enumerate(texts["typed"], 1):
            name = _tr(FIELD_LABELS[field])
            self.grid.addWidget(QLabel(name), row, 0)
            typed = self._editor(field, as_text(field, texts["typed"][field]))
            typed.setReadOnly(True)
            typed.setAccessibleName(f"{name} \u2014 {as_typed}")
            self.grid.addWidget(typed, row, 1)
            for col, lang in enumerate(LANGS, 2):
                editor = self._editor(field, as_text(field, texts[lang].get(field)))
                editor.setObjectName(f"{field}_{lang}")
                editor.setAccessibleName(f"{name} \u2014 {_tr(LANGUAGE_NAMES[lang])}")
                self.editors[(field, lang)] = editor
                self.grid.addWidget(editor, row, col)
        for col in range(1, 5):
            self.grid.setColumnStretch(col, 1)
        self.buttons.setEnabled(True)
        first = self.editors.get(("title", LANGS[0])) or next(iter(self.editors.values()), None)
        if first is not None:
            first.setFocus()

    @staticmethod
    def _editor(field: str, text: str):
        if field == "title":
            line = QLineEdit(text)
            line.setCursorPosition(0)  # a long title shows its beginning, not its end
            return line
        editor = QPlainTextEdit(text)
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(70)
        return editor

    def changes(self) -> dict:
        """{lang: {field: value}} of the boxes whose text differs from what was read."""
        out: dict[str, dict] = {}
        for (field, lang), editor in self.editors.items():
            text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            if text.strip() != as_text(field, self.loaded[lang].get(field)).strip():
                out.setdefault(lang, {})[field] = from_text(field, text)
        return out

    def save(self) -> None:
        after = self.changes()
        if not after:
            self.accept()
            return
        self.buttons.setEnabled(False)
        kind, record_id = self.kind, self.record_id

        def saved(before: dict) -> None:
            text = self.tr("Translations of \u201c%1\u201d").replace("%1", self.label)
            push_or_done(history_of(self.parent() or self),
                         lambda h: TranslationCommand(h, kind, record_id, before, after, text))
            self.accept()
        QueryOp(self, planner=self.planner, op=lambda p: p.translations.set(kind, record_id, after),
                success=saved, failure=self._refused).run()

    def _refused(self, exc: BaseException) -> None:
        from .messages import error_text

        self.buttons.setEnabled(bool(self.loaded))
        self.message.setText(error_text(exc) if isinstance(exc, MissionPlannerError) else str(exc))
        self.message.show()


def add_translations_button(buttons: QDialogButtonBox, planner, kind: str, record_id: str | None,
                            label, text: str) -> QPushButton:
    """Translations… beside an editor's Save and Cancel, for a record already saved; `label()` names
    the record in the dialog's title. `text`, the button's, is translated by the editor, whose
    accelerators it must not repeat."""
    button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
    button.setToolTip(QCoreApplication.translate(
        "TranslationsDialog", "The texts the briefing pack prints, in French, Dutch and English "
        "(once the record is saved)"))
    button.setEnabled(record_id is not None)
    button.clicked.connect(lambda: TranslationsDialog(planner, kind, record_id, label(), buttons.window()).exec())
    return button


class UntranslatedNote(QLabel):
    """Under the print dialog's choices: what the pack in the chosen language would print as typed,
    for want of a translation (each record and field), read again when the language changes."""

    def __init__(self, planner, mission_id: str, language_box, parent=None):
        super().__init__(parent)
        self.planner, self.mission_id, self.language_box = planner, mission_id, language_box
        self.setObjectName("untranslatedNote")
        self.setWordWrap(True)
        self.hide()
        language_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        lang, mission_id = self.language_box.currentData(), self.mission_id
        if lang not in LANGS:
            self.hide()
            return
        QueryOp(self, planner=self.planner, op=lambda p: (lang, p.translations.missing(mission_id, lang)),
                success=self._show, failure=lambda _exc: self.hide()).run()

    def _show(self, result) -> None:
        lang, missing = result
        if lang != self.language_box.currentData():
            return  # the language changed while this was read; its own answer follows
        if not missing:
            self.hide()
            return
        lines = [f"{_tr(KIND_LABELS[m['kind']])} \u201c{m['record']}\u201d: {_tr(FIELD_LABELS[m['field']])}"
                 for m in missing[:12]]
        if len(missing) > 12:
            lines.append("\u2026")
        n = len(missing)
        head = {"fr": self.tr("%n text(s) not in French will print as typed:", "", n),
                "nl": self.tr("%n text(s) not in Dutch will print as typed:", "", n),
                "en": self.tr("%n text(s) not in English will print as typed:", "", n)}[lang]
        self.setText(head + "\n" + "\n".join(lines))
        self.show()
