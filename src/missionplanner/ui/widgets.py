"""Reusable form pieces: the searchable time-zone box, field-error labels, the people picker."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError
from ..services.person_text import shown_name
from . import formatting as fmt
from . import zone_names
from .models import SORT_ROLE


def debounced(parent, ms: int, slot) -> QTimer:
    """A single-shot timer that calls `slot` `ms` after its last start(): one call per burst of
    typing or of selection changes, and none before the widgets have painted."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


_ZONES: list[str] | None = None


def all_zones() -> list[str]:
    global _ZONES
    if _ZONES is None:
        from ..services.timeutil import zone_names  # the names timeutil.zone accepts

        _ZONES = sorted(z for z in zone_names()
                        if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))
        _ZONES.insert(0, "UTC")
    return _ZONES


class ZoneComboBox(QComboBox):
    """An editable combo over every IANA zone, each shown by its city and name in the interface
    language ("Séoul — heure de la Corée (Asia/Seoul)"); typing any part of that ("tok", "seoul",
    "séoul", "corée") filters the list. `zone()` gives the IANA identifier the data keeps."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for name in all_zones():
            self.addItem(zone_names.label(name), name)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setAccessibleName(self.tr("Time zone"))

    def zone(self) -> str:
        """The identifier of the zone shown or typed: a list entry, an identifier ("Asia/Tokyo"), or a
        city the list names once ("Tokyo", "Séoul"); otherwise the text as typed, for the service to
        refuse by name."""
        text = self.currentText().strip()
        i = self.findText(text)
        if i >= 0:
            return self.itemData(i)
        by_id = self.findData(text, flags=Qt.MatchFlag.MatchFixedString)  # any case: "asia/tokyo"
        if by_id >= 0:
            return self.itemData(by_id)
        if text.endswith(")") and "(" in text:
            inner = text[text.rindex("(") + 1:-1].strip()
            if self.findData(inner) >= 0:
                return inner
        folded = text.casefold()
        cities = {self.itemData(j) for j in range(self.count())
                  if zone_names.city(self.itemData(j)).casefold() == folded}
        return cities.pop() if len(cities) == 1 else text

    def set_zone(self, name: str) -> None:
        i = self.findData(name)
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setEditText(name)


class FieldErrors:
    """Shows refusals under the fields they name (errors.MissionPlannerError.field), each with its
    subject ("Family name is required"), all at once; what names no field goes to `general`.

    A field's place is a label under it, or a widget that says its own refusals (a DateEntry, whose
    echo line is that place): a refusal is never said twice."""

    def __init__(self, general: QLabel):
        self.general = general
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        for label in (general,):
            _style_error(label)

    def add(self, field: str, label, widget: QWidget | None = None) -> None:
        """`label`: where the field's refusals are said; `widget`: what focus goes to for them."""
        if isinstance(label, QLabel):
            _style_error(label)
        self.labels[field] = label
        if widget is not None:
            self.widgets[field] = widget

    def clear(self) -> None:
        for label in (self.general, *self.labels.values()):
            if isinstance(label, QLabel):
                label.clear()
                label.hide()
            else:
                label.clear_error()

    @staticmethod
    def _field(exc: MissionPlannerError) -> str:
        return (exc.field or "").split("[")[0].split(".")[0]

    def show(self, exc: MissionPlannerError):
        """One refusal (the service's, after saving); the others cleared. Returns where it is said."""
        return self.show_all([exc])

    def show_all(self, problems: list[MissionPlannerError]):
        """Every refusal under its field at once; returns the first refused field (to focus), or
        where its refusal is said."""
        from .messages import subject_text

        self.clear()
        said: dict[int, list[str]] = {}
        first = None
        for exc in problems:
            place = self.labels.get(self._field(exc), self.general)
            text = subject_text(exc)
            lines = said.setdefault(id(place), [])
            if text in lines:
                continue
            lines.append(text)
            if isinstance(place, QLabel):
                place.setText("\n".join(lines))
                place.show()
            else:
                place.show_error("\n".join(lines))
            first = first or self.widgets.get(self._field(exc), place)
        return first if first is not None else self.general

    def texts(self) -> dict[str, str]:
        """{field: what is said under it} for every field saying something ("" for the general line)."""
        out = {}
        for field, place in (("", self.general), *self.labels.items()):
            text = place.text() if isinstance(place, QLabel) else place.error_text()
            if text:
                out[field] = text
        return out


def ask(parent, title: str, text: str) -> bool:
    """A Yes/No question whose default button is No: a question that deletes, replaces or throws
    away is answered No by a stray Enter. True when the user chose Yes."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, buttons,
                                QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes


def _style_error(label: QLabel) -> None:
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()


def error_label() -> QLabel:
    label = QLabel()
    _style_error(label)
    return label


def field_with_error(errors: FieldErrors, field: str, label: str, widget: QWidget,
                     extra: QWidget | None = None) -> tuple[QLabel, QVBoxLayout]:
    """A form row's caption (its mnemonic focuses the widget, a person picker's search box) and the
    widget, with `extra` beside it, over the line where a refused value's reason appears."""
    if label:
        widget.setAccessibleName(label.replace("&", ""))
    column = QVBoxLayout()
    column.setSpacing(2)
    focus = widget.search if isinstance(widget, PersonPicker) else widget
    if hasattr(widget, "show_error"):  # a DateEntry says its refusals in its own echo line
        errors.add(field, widget, focus)
        err = None
    else:
        err = error_label()
        errors.add(field, err, focus)
    if extra is not None:
        line = QHBoxLayout()
        line.addWidget(widget, 1)
        line.addWidget(extra)
        column.addLayout(line)
    else:
        column.addWidget(widget)
    if err is not None:
        column.addWidget(err)
    caption = QLabel(label)
    caption.setBuddy(widget.search if isinstance(widget, PersonPicker) else widget)
    return caption, column


def is_position(p: dict | None) -> bool:
    return bool(p) and p.get("kind") == "position"


def person_text(p: dict | None) -> str:
    """A person as lists show them (formatting.person_label); a position by its post, with "(name
    to be confirmed)": never a name it does not have."""
    if is_position(p):
        return shown_name(p.get("title") or p.get("name") or "", "position",
                          QCoreApplication.translate("People", "name to be confirmed"))
    return fmt.person_label(p)


def picker_text(p: dict) -> str:
    """A person as a picker offers them: a position says it is one ("Vice-Governor of Aichi —
    position, name to be confirmed")."""
    if is_position(p):
        return QCoreApplication.translate("People", "%1 — position, name to be confirmed").replace(
            "%1", p.get("title") or p.get("name") or "")
    return fmt.person_label(p)


class PersonPicker(QWidget):
    """Chosen people in order, with a search box that looks people up as one types. It offers
    positions whose holder is not known yet too, unless `people_only` (filling a position)."""

    changed = Signal()

    def __init__(self, planner, title: str, parent=None, single: bool = False, people_only: bool = False):
        super().__init__(parent)
        self.planner = planner
        self.single = single  # one person only (a mission's lead): adding replaces
        self.people_only = people_only
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name to add…"))
        self.search.setAccessibleName(self.tr("Search people to add to %1").replace("%1", title))
        self._matches: list[dict] = []
        self._asked = ""
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[str].connect(self._picked)
        self.search.setCompleter(completer)
        self.search.textEdited.connect(self._lookup)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setMaximumHeight(self.list.fontMetrics().height() + 14 if single else 90)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove the selected person from %1").replace("%1", title))
        remove.clicked.connect(self._remove)
        new = QPushButton(self.tr("New person…"))
        new.clicked.connect(self._new_person)
        self.new_button = new
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(new)
        row.addWidget(remove)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.list)

    def eventFilter(self, obj, event):
        # Return in the search box adds the first match; it must not press the dialog's Save button.
        if obj is self.search and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.search.completer().popup()
            if popup.isVisible() and popup.currentIndex().isValid():
                label = popup.currentIndex().data()
                popup.hide()
                self._picked(label)
            else:
                popup.hide()
                self._add_first()
            return True
        return super().eventFilter(obj, event)

    def _lookup(self, text: str, then=None) -> None:
        """Look people up on the worker; the completer lists them when they come (and `then()`
        runs), unless the text changed meanwhile."""
        text = text.strip()  # the one person search rule: "cecile" finds Cécile, "%" is literal
        self._asked = text
        if not text:
            self._found(text, [], then)
            return
        from .query_op import QueryOp

        QueryOp(self, op=lambda planner: planner.people.search(text, limit=25),
                success=lambda found: self._found(text, found, then), planner=self.planner).run()

    def _found(self, text: str, found: list[dict], then) -> None:
        if text != self._asked:
            return  # typed on meanwhile: a later search answers
        if self.people_only:
            found = [p for p in found if not is_position(p)]
        self._matches = found
        self._names.setStringList([picker_text(p) for p in found])
        if then is not None:
            then()
        elif found and self.search.hasFocus():
            self.search.completer().complete()  # the list came after the keystroke that asked for it

    def _picked(self, label: str) -> None:
        for p in self._matches:
            if picker_text(p) == label:
                self.add_person(p)
                break
        self.search.clear()
        # The completer writes the picked name into the box once its signal has been answered:
        # empty the box again after that, so the next name typed is not glued to this one.
        QTimer.singleShot(0, self, self.search.clear)

    def _add_first(self) -> None:
        """Return in the search box: add the first person found for what is typed (once found)."""
        text = self.search.text().strip()
        if not text:
            return

        def add() -> None:
            if self._matches and self.search.text().strip() == text:
                self.add_person(self._matches[0])
                self.search.clear()
        self._lookup(text, add)

    def add_person(self, person: dict) -> None:
        if person["id"] in self.ids():
            return
        if self.single:
            self.list.clear()
        item = QListWidgetItem(person_text(person))
        item.setData(Qt.ItemDataRole.UserRole, person["id"])
        self.list.addItem(item)
        self.changed.emit()

    def set_people(self, people: list[dict]) -> None:
        self.list.clear()
        for p in people:
            self.add_person(p)

    def ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def _new_person(self) -> None:
        """The inline new-person dialog (window-modal), once the organizations are read."""
        from .query_op import QueryOp

        hint = self.search.text().strip()
        QueryOp(self, op=lambda planner: planner.organizations.list(), planner=self.planner,
                success=lambda orgs: self._open_new_person(hint, orgs)).run()

    def _open_new_person(self, hint: str, organizations: list[dict]) -> None:
        dialog = NewPersonDialog(self.planner, hint, self, organizations=organizations)
        dialog.accepted.connect(lambda: self._person_created(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _person_created(self, dialog: NewPersonDialog) -> None:
        if dialog.person is not None:
            self.add_person(dialog.person)
            self.search.clear()


class NewPersonDialog(QDialog):
    """Create a person inline, without leaving the meeting being edited."""

    def __init__(self, planner, name_hint: str = "", parent=None, organizations: list[dict] | None = None):
        """`organizations`: what the organization box offers, read beforehand on the worker."""
        super().__init__(parent)
        self.planner = planner
        self.person: dict | None = None
        self.setWindowTitle(self.tr("New person"))
        self.given = QLineEdit()
        self.family = QLineEdit(name_hint)
        self.native = QLineEdit()
        self.title_edit = QLineEdit()
        self.organization = QComboBox()
        self.organization.addItem(self.tr("(none)"), None)
        for o in organizations or ():
            label = o["name"] + (f" ({o['native_name']})" if o.get("native_name") else "")
            self.organization.addItem(label, o["id"])
        # The counterpart may be a post whose holder is not known yet: never make up a name for it.
        self.is_position = QCheckBox(self.tr("This is a position whose holder is not &known yet"))
        self.is_position.setObjectName("is_position")
        self.is_position.toggled.connect(self._kind_shown)
        form = QFormLayout()
        form.addRow(self.is_position)
        self.errors = FieldErrors(error_label())
        for field, label, widget in (("given_name", self.tr("Given name"), self.given),
                                     ("family_name", self.tr("Family name"), self.family),
                                     ("native_name", self.tr("Name in native script"), self.native),
                                     ("title", self.tr("Title"), self.title_edit),
                                     ("organization", self.tr("Organization"), self.organization)):
            form.addRow(*field_with_error(self.errors, field, label, widget))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        from .saving import Saving  # (not needed to start up)

        self.saving = Saving(self, buttons)
        box.addWidget(self.errors.general)
        box.addWidget(self.saving.status)
        box.addWidget(buttons)

    def reject(self) -> None:
        if not self.saving.busy:  # the write goes on: close once it is done, not before
            super().reject()

    def _kind_shown(self, position: bool) -> None:
        """A position has a post (the title) and an organization, no name."""
        for edit in (self.given, self.family, self.native):
            edit.setEnabled(not position)
        if position and not self.title_edit.text() and self.family.text():
            self.title_edit.setText(self.family.text())  # what was typed in the picker was the post
            self.family.clear()
        self.title_edit.setPlaceholderText(self.tr("The post, e.g. Vice-Governor of Aichi") if position else "")
        self.setWindowTitle(self.tr("New position") if position else self.tr("New person"))

    def _save(self) -> None:
        """Create the person (or the position) on the worker (the dialog says it is saving)."""
        if self.saving.busy:
            return
        if self.is_position.isChecked():
            post = {"title": self.title_edit.text(), "organization_id": self.organization.currentData()}

            def create(planner):
                return planner.people.detail(planner.people.create_position(**post))
        else:
            fields = {"given_name": self.given.text(), "family_name": self.family.text(),
                      "native_name": self.native.text(), "title": self.title_edit.text(),
                      "organization_id": self.organization.currentData()}

            def create(planner):
                return planner.people.detail(planner.people.create(**fields))

        def refused(exc: BaseException) -> None:
            if isinstance(exc, MissionPlannerError):
                self.errors.show(exc)
            else:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.windowTitle(), str(exc))
        self.saving.run(create, self._created, refused)

    def _created(self, person: dict) -> None:
        self.person = person
        pid = person["id"]
        from .undo import CreateRecordCommand, history_of, push_or_done  # not needed to start up

        if is_position(person):
            text = self.tr("create position “%1”").replace("%1", person.get("title") or "")
        else:
            text = self.tr("create person “%1”").replace("%1", " ".join(
                n for n in (self.person.get("given_name"), self.person.get("family_name")) if n))
        push_or_done(history_of(self), lambda h: CreateRecordCommand(h, "person", pid, text))
        self.accept()


class FilterProxy(QSortFilterProxyModel):
    """Case-insensitive filter over every column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)


def keep_editor(page, editor) -> None:
    """`page.editor = editor`, and the page's previous editor, closed, goes: a page keeps its last
    editor after it closes (what it saved, its id, can still be read), and no more than that."""
    import shiboken6

    previous = getattr(page, "editor", None)
    if previous is not None and previous is not editor and shiboken6.isValid(previous) \
            and not previous.isVisible():
        previous.deleteLater()
    page.editor = editor


_ARROW_STYLE = None


def _sort_arrow_style():
    """Qt's own styles (Fusion, Windows) draw a list sorted newest first with an arrow pointing up:
    QHeaderView hands them "SortUp" for a descending sort, and they draw SortUp as an up arrow
    (the native Windows and macOS styles turn it round themselves). This proxy turns it round
    for those two, so the arrow points the way the list runs, as in Outlook and Explorer: down for
    newest (or Z) first. None with any other style."""
    global _ARROW_STYLE
    from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionHeader

    app = QApplication.instance()
    if app is None or app.style().name().lower() not in ("fusion", "windows"):
        return None
    if _ARROW_STYLE is None:
        up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown

        class SortArrowStyle(QProxyStyle):
            def drawPrimitive(self, element, option, painter, widget=None):
                if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow \
                        and isinstance(option, QStyleOptionHeader) and option.sortIndicator in (up, down):
                    option = QStyleOptionHeader(option)
                    option.sortIndicator = down if option.sortIndicator == up else up
                super().drawPrimitive(element, option, painter, widget)

        _ARROW_STYLE = SortArrowStyle(app.style().name())
        _ARROW_STYLE.setParent(app)  # lives as long as the application
    return _ARROW_STYLE


def setup_table(table, name: str, accessible: str, stretch: int | None = None) -> None:
    """The look every list in the window shares: whole rows, compact height, no row numbers.

    With `stretch`, that column takes the spare width and the others fit their contents, so no
    column is cut off and the table does not scroll sideways. Call it after setModel: the
    per-column modes apply to the sections the model has.
    """
    from PySide6.QtWidgets import QAbstractItemView

    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    arrows = _sort_arrow_style()
    if arrows is not None:
        header.setStyle(arrows)
    header.setResizeContentsPrecision(200)  # fit the first rows, not all of a long list
    from .columns import ColumnWidths

    # Without a main column, the last one takes the spare width and the others keep the widths the
    # page gives them (or the user's); with one, the others fit their contents (or the user's).
    table.column_widths = ColumnWidths(table, header.count() - 1 if stretch is None else stretch,
                                       fit=stretch is not None)
