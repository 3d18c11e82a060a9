"""Edit a person (names in both scripts, title, contacts, organization) or an organization.

Saving goes through services.people with the version the editor read, so a change made elsewhere in
the meantime is refused rather than overwritten; the editor then offers to reload. The editor keeps
the old and new values of what changed (old_fields / new_fields) for the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError, StaleEditError
from ..services.vocabulary import ORG_KINDS
from . import formatting as fmt
from .messages import error_text
from .mission_editor import confirm_discard
from .query_op import QueryOp
from .saving import Saving
from .tasks import Task
from .widgets import FieldErrors, PersonPicker, ask, error_label, field_with_error, person_text

PERSON_KEYS = ("given_name", "family_name", "native_name", "name_order", "title", "honorific",
               "form_of_address", "pronunciation", "biography", "email", "mobile", "phone", "notes")
ORGANIZATION_KEYS = ("name", "native_name", "kind", "country", "city", "address", "website", "email",
                     "phone", "description")

def _text_area(text: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(text or "")
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)  # and grows with the dialog: a biography can be long
    return edit


def _value(widget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    return widget.text().strip()


def _set_value(widget, value) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    else:
        widget.setText(value or "")


class _RecordEditor(QDialog):
    """Shared by both editors: labelled fields with their error lines, Save / Cancel, the unsaved-
    changes prompt, the stale-edit reload offer."""

    KIND = ""

    def __init__(self, planner, record: dict | None, parent=None):
        super().__init__(parent)
        self.planner = planner
        self.record = record or {}
        self.record_id: str | None = self.record.get("id")
        self.created = False
        self.version = self.record.get("version")
        self.widgets: dict[str, QWidget] = {}
        self.old_fields: dict = {}
        self.new_fields: dict = {}
        self.errors = FieldErrors(error_label())

    def _row(self, form: QFormLayout | QGridLayout, field: str, label: str, widget: QWidget,
             at: tuple[int, int] | None = None) -> None:
        widget.setObjectName(field)
        self.widgets[field] = widget
        caption, column = field_with_error(self.errors, field, label, widget)
        if at is None:
            form.addRow(caption, column)
        else:
            form.addWidget(caption, at[0], at[1])
            form.addLayout(column, at[0], at[1] + 1)

    def _finish(self, *parts, translations: str = "") -> None:
        """`translations`: the Translations… button's text (translated by the subclass), if it has one."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QWidget):
                box.addWidget(part)
            else:
                box.addLayout(part, 1)  # the form with the text areas takes the extra height
        self.saving = Saving(self, self.buttons)
        if translations:  # a person's biography, an organization's description
            from .translations_dialog import add_translations_button

            self.translations_button = add_translations_button(
                self.buttons, self.planner, self.KIND, self.record_id,
                lambda: self.windowTitle().partition(": ")[2] or self.windowTitle(), translations)
        box.addWidget(self.errors.general)
        box.addWidget(self.saving.status)
        box.addWidget(self.buttons)
        self._initial = self.fields()

    def fields(self) -> dict:
        return {key: _value(w) for key, w in self.widgets.items()}

    def stored_fields(self, record: dict) -> dict:
        return {key: record.get(key) or ("" if not isinstance(self.widgets[key], QComboBox) else None)
                for key in self.widgets}

    def has_changes(self) -> bool:
        return self.fields() != self._initial

    def changes(self) -> dict:
        return {k: v for k, v in self.fields().items() if v != self._initial.get(k)}

    def problems(self) -> list[MissionPlannerError]:
        """Every reason the fields cannot be saved as they are (the rules the service applies)."""
        return []

    def update_op(self, changes: dict) -> Callable:
        """The write of `changes` to run on the worker: op(planner) -> the new version."""
        raise NotImplementedError

    def create_op(self, fields: dict) -> Callable:
        """The creation to run on the worker: op(planner) -> the new record's id."""
        raise NotImplementedError

    def reload_op(self) -> Callable:
        """op(planner) -> the record as stored now."""
        raise NotImplementedError

    def save(self) -> Task | None:
        """Write on the worker (the dialog says it is saving); the editor closes once saved, or
        stays open with the reason beside the field."""
        if self.saving.busy:
            return None
        self.errors.clear()
        problems = self.problems()
        if problems:  # all at once, each under its field; nothing is written
            self.errors.show_all(problems).setFocus()
            return None
        if self.record_id is None:  # a new record
            return self.saving.run(self.create_op(self.fields()), self._created, self._refused)
        changes = self.changes()
        if not changes:
            self.accept()
            return None
        return self.saving.run(self.update_op(changes), lambda version: self._updated(version, changes),
                               self._refused)

    def _created(self, record_id: str) -> None:
        self.record_id, self.created = record_id, True
        self.accept()

    def _updated(self, version: int, changes: dict) -> None:
        self.version = version
        stored = self.stored_fields(self.record)
        self.old_fields = {k: stored.get(k) for k in changes}
        self.new_fields = changes
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEditError):
            self._offer_reload(exc)
        elif isinstance(exc, MissionPlannerError):
            self.errors.show(exc).setFocus()
        else:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    def _offer_reload(self, exc: StaleEditError) -> None:
        if ask(self, QCoreApplication.translate("Editors", "Changed elsewhere"),
               QCoreApplication.translate("Editors", "%1\n\nReload it? Your unsaved changes in this window "
                                                     "will be lost.")
               .replace("%1", error_text(exc, beside_field=True))):
            QueryOp(self, op=self.reload_op(), success=self._reloaded).run()

    def _reloaded(self, record: dict) -> None:
        self.record = record
        self.version = self.record.get("version")
        for key, value in self.stored_fields(self.record).items():
            _set_value(self.widgets[key], value)
        self._initial = self.fields()

    def reject(self) -> None:
        if self.saving.busy:  # the write goes on: close once it is done, not before
            return
        if self.has_changes() and not confirm_discard(self):
            return
        super().reject()


class PersonEditor(_RecordEditor):
    """A person's names (romanised and in their own script), title, contacts and organization."""

    KIND = "person"

    def __init__(self, planner, person: dict | None, parent=None, organizations: list[dict] | None = None,
                 position: bool = False):
        """`organizations`: what the organization box offers, read beforehand on the worker.
        `position`: a new record starts as a position whose holder is not known yet."""
        super().__init__(planner, person, parent)
        position = (person or {}).get("kind") == "position" if person else position
        if person:
            title = (self.tr("Edit position: %1") if position else self.tr("Edit person: %1")).replace(
                "%1", person_text(person) if not position else person.get("title") or "")
        else:
            title = self.tr("New person")
        self.setWindowTitle(title)
        # A position has a post and an organization, and no name: a name is never made up for it.
        self.is_position = QCheckBox(self.tr("This is a position whose holder is not &known yet"))
        self.is_position.setObjectName("is_position")
        self.is_position.setToolTip(self.tr("For example the Vice-Governor of Aichi, name to be confirmed: "
                                            "write the post as its title; fill the position once the "
                                            "person is known, and its meetings pass to them"))
        self.is_position.setChecked(position)
        self.is_position.setEnabled(person is None)  # a record does not change kind once saved
        self.setMinimumWidth(640)
        self.order = QComboBox()
        self.order.addItem(self.tr("Given name first"), "western")
        self.order.addItem(self.tr("Family name first"), "eastern")
        self.order.setToolTip(self.tr("Japanese, Korean and Chinese names put the family name first"))
        self.organization = QComboBox()
        for combo in (self.order, self.organization):  # long entries must not squeeze the names
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.organization.addItem(self.tr("(none)"), None)
        for o in organizations or ():
            label = o["name"] + (f" ({o['native_name']})" if o.get("native_name") else "")
            self.organization.addItem(label, o["id"])

        names = QGroupBox(self.tr("Names"))
        grid = QGridLayout(names)
        self._row(grid, "given_name", self.tr("&Given name"), QLineEdit(), (0, 0))
        self._row(grid, "family_name", self.tr("&Family name"), QLineEdit(), (0, 2))
        self._row(grid, "native_name", self.tr("Name in nat&ive script"), QLineEdit(), (1, 0))
        self._row(grid, "name_order", self.tr("Name &order"), self.order, (1, 2))
        self._row(grid, "pronunciation", self.tr("&Pronunciation"), QLineEdit(), (2, 0))
        self._row(grid, "form_of_address", self.tr("Form of &address"), QLineEdit(), (2, 2))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        role = QGroupBox(self.tr("Position and contacts"))
        grid2 = QGridLayout(role)
        self._row(grid2, "title", self.tr("&Title"), QLineEdit(), (0, 0))
        self._row(grid2, "honorific", self.tr("Hono&rific"), QLineEdit(), (0, 2))
        self._row(grid2, "organization_id", self.tr("Organi&zation"), self.organization, (1, 0))
        self._row(grid2, "email", self.tr("&E-mail"), QLineEdit(), (1, 2))
        self._row(grid2, "mobile", self.tr("&Mobile"), QLineEdit(), (2, 0))
        self._row(grid2, "phone", self.tr("P&hone"), QLineEdit(), (2, 2))
        grid2.setColumnStretch(1, 1)
        grid2.setColumnStretch(3, 1)

        more = QFormLayout()
        self._row(more, "biography", self.tr("&Biography"), _text_area(""))
        self._row(more, "notes", self.tr("Note&s"), _text_area(""))
        for key, value in self.stored_fields(self.record).items():
            _set_value(self.widgets[key], value)
        self.widgets["native_name"].setPlaceholderText("大村秀章, 김영록…")
        self.names_box = names
        self.is_position.toggled.connect(self._kind_shown)
        self._kind_shown(position)
        self._finish(self.is_position, names, role, more, translations=self.tr("Trans&lations…"))

    def _kind_shown(self, position: bool) -> None:
        """A position shows its post (the title) and organization only."""
        self.names_box.setVisible(not position)
        for key in ("honorific", "email", "mobile", "phone", "biography"):
            self.widgets[key].setEnabled(not position)
        self.widgets["title"].setPlaceholderText(self.tr("The post, e.g. Vice-Governor of Aichi") if position
                                                 else "")
        if self.record_id is None:
            self.setWindowTitle(self.tr("New position") if position else self.tr("New person"))

    def stored_fields(self, record: dict) -> dict:
        out = {k: record.get(k) or "" for k in PERSON_KEYS if k in self.widgets}
        out["name_order"] = record.get("name_order") or "western"
        out["organization_id"] = record.get("organization_id")
        return out

    def problems(self) -> list[MissionPlannerError]:
        kind = "position" if self.is_position.isChecked() else "person"
        data = {k: v for k, v in self.fields().items() if k != "organization_id"}
        if kind == "position":  # what a position has: a post (its title) and notes
            data = {k: v for k, v in data.items() if k in ("title", "notes")}
        return self.planner.people.problems(data, kind)

    def update_op(self, changes: dict) -> Callable:
        record_id, version = self.record_id, self.version
        return lambda planner: planner.people.update(record_id, version, **changes)

    def create_op(self, fields: dict) -> Callable:
        if self.is_position.isChecked():
            post = {"title": fields.get("title", ""), "organization_id": fields.get("organization_id"),
                    "notes": fields.get("notes", "")}
            return lambda planner: planner.people.create_position(**post)
        if fields.get("name_order") == "western" and not self.has_changes_in("name_order"):
            fields = {k: v for k, v in fields.items() if k != "name_order"}  # guessed from the script
        return lambda planner: planner.people.create(**fields)

    def has_changes_in(self, key: str) -> bool:
        return self.fields().get(key) != self._initial.get(key)

    def reload_op(self) -> Callable:
        record_id = self.record_id
        return lambda planner: planner.people.detail(record_id)


class OrganizationEditor(_RecordEditor):
    """An organization: names in both scripts, kind, where it is and how to reach it."""

    KIND = "organization"

    def __init__(self, planner, organization: dict | None, parent=None):
        super().__init__(planner, organization, parent)
        self.setWindowTitle(self.tr("Edit organization: %1").replace("%1", organization.get("name", ""))
                            if organization else self.tr("New organization"))
        self.setMinimumWidth(560)
        kind = QComboBox()
        for code in ORG_KINDS:
            kind.addItem(fmt.org_kind_text(code), code)
        country = QLineEdit()
        country.setMaxLength(2)
        country.setPlaceholderText("JP, KR, BE…")
        form = QFormLayout()
        self._row(form, "name", self.tr("&Name"), QLineEdit())
        self._row(form, "native_name", self.tr("Name in nat&ive script"), QLineEdit())
        self._row(form, "kind", self.tr("&Kind"), kind)
        self._row(form, "country", self.tr("C&ountry (ISO code)"), country)
        self._row(form, "city", self.tr("&City"), QLineEdit())
        self._row(form, "address", self.tr("&Address"), QLineEdit())
        self._row(form, "website", self.tr("&Website"), QLineEdit())
        self._row(form, "email", self.tr("&E-mail"), QLineEdit())
        self._row(form, "phone", self.tr("&Phone"), QLineEdit())
        self._row(form, "description", self.tr("&Description"), _text_area(""))
        for key, value in self.stored_fields(self.record).items():
            _set_value(self.widgets[key], value)
        self._finish(form, translations=self.tr("Trans&lations…"))

    def fields(self) -> dict:
        out = super().fields()
        out["country"] = (out.get("country") or "").upper()
        return out

    def stored_fields(self, record: dict) -> dict:
        return {k: record.get(k) or "" for k in ORGANIZATION_KEYS}

    def update_op(self, changes: dict) -> Callable:
        record_id, version = self.record_id, self.version
        return lambda planner: planner.organizations.update(record_id, version, **changes)

    def create_op(self, fields: dict) -> Callable:
        return lambda planner: planner.organizations.create(**fields)

    def reload_op(self) -> Callable:
        record_id = self.record_id
        return lambda planner: planner.organizations.detail(record_id)


class FillPositionDialog(QDialog):
    """Who holds a position, once known: the person chosen takes its meetings, delegation seats,
    journeys, follow-ups and signatures (filled on the worker; `snapshot` then undoes it)."""

    def __init__(self, planner, position: dict, parent=None):
        super().__init__(parent)
        self.planner = planner
        self.position = position
        self.person: dict | None = None
        self.snapshot: dict | None = None
        post = position.get("title") or position.get("name") or ""
        self.setWindowTitle(self.tr("Fill position: %1").replace("%1", post))
        self.setMinimumWidth(480)
        explain = QLabel(self.tr("Who holds the post “%1”? Its meetings, delegation seats, journeys, "
                                 "follow-ups and signatures pass to them.").replace("%1", post))
        explain.setWordWrap(True)
        self.picker = PersonPicker(planner, self.tr("Holder"), self, single=True, people_only=True)
        self.picker.setObjectName("holder")
        self.errors = FieldErrors(error_label())
        form = QFormLayout()
        form.addRow(*field_with_error(self.errors, "person", self.tr("&Holder"), self.picker))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Fill position"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(explain)
        box.addLayout(form)
        self.saving = Saving(self, self.buttons)
        box.addWidget(self.errors.general)
        box.addWidget(self.saving.status)
        box.addWidget(self.buttons)

    def save(self) -> Task | None:
        if self.saving.busy:
            return None
        self.errors.clear()
        chosen = self.picker.ids()
        if not chosen:
            self.errors.general.setText(self.tr("Choose the person who holds the post."))
            self.errors.general.show()
            self.picker.search.setFocus()
            return None
        position_id, person_id = self.position["id"], chosen[0]

        def fill(planner):
            return planner.people.fill_position(position_id, person_id), planner.people.detail(person_id)
        return self.saving.run(fill, self._filled, self._refused)

    def _filled(self, result) -> None:
        self.snapshot, self.person = result
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, MissionPlannerError):
            self.errors.show(exc).setFocus()
        else:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    def reject(self) -> None:
        if not self.saving.busy:
            super().reject()
