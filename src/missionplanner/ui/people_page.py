"""People and Organizations: filtered lists with a detail pane (names in both scripts, timeline)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError
from ..services import people as people_service
from . import formatting as fmt
from . import links
from .counts import count
from .messages import country_text, error_text, fill_in
from .models import ID_ROLE, OrganizationsModel, PeopleModel
from .people_editor import FillPositionDialog, OrganizationEditor, PersonEditor
from .query_op import QueryOp
from .tasks import Task
from .undo import (
    CreateRecordCommand,
    DeleteRecordCommand,
    EditFieldsCommand,
    ServiceCommand,
    history_of,
    push_or_done,
)
from .widgets import ask, debounced, is_position, keep_editor, person_text, setup_table


class PeopleAndPositionsModel(PeopleModel):
    """The people list, where a position shows its post with "(name to be confirmed)"."""

    def text(self, row, column):
        if column == self.COL_NAME and is_position(row):
            return person_text(row)
        return super().text(row, column)


class FillPositionCommand(ServiceCommand):
    """A position filled by a person (done by the dialog): undo gives the position back its
    meetings, delegation seats, journeys, follow-ups and signatures, redo fills it again."""

    def __init__(self, history, position_id: str, person_id: str, snapshot: dict, text: str):
        super().__init__(history, text)
        self.position_id, self.person_id, self.snapshot = position_id, person_id, snapshot

    def apply(self) -> None:
        self.snapshot = self.planner.people.fill_position(self.position_id, self.person_id)

    def revert(self) -> None:
        self.planner.people.restore(self.snapshot)


class SortedOrganizationsModel(OrganizationsModel):
    """Organizations read a page at a time in the order of the clicked column: the database sorts
    (planner.organizations.page), so sorting never loads the whole list."""

    COLUMN_KEYS = ("name", "native_name", "kind", "country", "city")

    def __init__(self, filter_text, parent=None):
        self.sort_key, self.descending = "name", False
        self._filter_text = filter_text
        super().__init__(None, parent)

    def reload(self) -> None:
        # What to read is fixed now, on the GUI thread; the pages are read on the worker.
        text, key, descending = self._filter_text(), self.sort_key, self.descending
        self.set_fetch(lambda planner, limit, offset: planner.organizations.page(
            offset, limit, text, sort=key, descending=descending))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMN_KEYS):
            return
        key, descending = self.COLUMN_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload()
        self.fetchMore()


def _table(model, name: str, accessible: str, widths: tuple[int, ...]) -> QTableView:
    """Fixed starting widths (the user can drag them), the last column takes the rest; long names
    are elided rather than widening the table, since the detail pane shows them in full."""
    table = QTableView()
    table.setModel(model)
    setup_table(table, name, accessible)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def _members(planner, org_id: str) -> list[dict]:
    """The people of an organization (on the worker)."""
    # (planner.people has no organization filter yet)
    return people_service.list_people(planner.db, organization_id=org_id, limit=200)


class _Now:
    """A deletion made at once, where no undo stack is at hand (a page shown on its own)."""

    def __init__(self, fn):
        self.apply = fn


class _ListWithDetail(QWidget):
    KIND = ""  # what a row is, for Tools ▸ History

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_record(self) -> tuple[str, str] | None:
        rid = self.current_id()
        return (self.KIND, rid) if rid else None

    def _edit_controls(self, table: QTableView, label: str, tip: str, new_label: str) -> QHBoxLayout:
        """New, Edit and Delete buttons; Edit is also on the list: Enter, double-click, context
        menu, F2."""
        self.new_button = QPushButton(new_label)
        self.new_button.setObjectName(table.objectName().replace("Table", "NewButton"))
        self.new_button.setAccessibleName(new_label.replace("&", "").rstrip("…."))
        self.new_button.clicked.connect(lambda: self.new())
        self.edit_button = QPushButton(label)
        self.edit_button.setObjectName(table.objectName().replace("Table", "EditButton"))
        self.edit_button.setToolTip(tip)
        self.edit_button.setAccessibleName(label.replace("&", "").rstrip("…."))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.act_edit = QAction(label, self)
        self.act_edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.act_edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_edit.triggered.connect(lambda _c=False: self.edit())
        table.addAction(self.act_edit)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.activated.connect(lambda _i: self.edit())
        # Shared by both pages: one context for the translation, whichever page runs it.
        self.delete_button = QPushButton(QCoreApplication.translate("PeopleAndOrganizations", "De&lete…"))
        self.delete_button.setObjectName(table.objectName().replace("Table", "DeleteButton"))
        self.delete_button.setAccessibleName(QCoreApplication.translate("PeopleAndOrganizations",
                                                                        "Delete the selected entry"))
        self.delete_button.clicked.connect(lambda: self.delete())
        self.act_delete = QAction(self.delete_button.text(), self)
        self.act_delete.triggered.connect(lambda _c=False: self.delete())
        table.addAction(self.act_delete)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        return row

    editor = None  # the editor opened last (kept once closed, until the next opens)

    def _open(self, editor):
        """Show `editor` (window-modal); saving it refreshes the page through `_saved`."""
        keep_editor(self, editor)
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()
        return editor

    def _saved(self, editor) -> None:
        raise NotImplementedError

    def edit(self):
        raise NotImplementedError

    def delete(self):
        raise NotImplementedError

    def new(self):
        raise NotImplementedError

    def _delete(self, title: str, question: str, command) -> bool:
        """Ask (the question says what goes), then delete through the undo stack."""
        if not ask(self, title, question):
            return False
        history = history_of(self)
        try:
            if history is not None:
                history.push(command(history))  # a refusal is reported by the stack's notifier
            else:
                command(None).apply()
        except MissionPlannerError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return False
        self.refresh()
        return True

    def _layout(self, filter_edit: QLineEdit, table: QTableView, detail: QTextBrowser,
                buttons: QHBoxLayout | None = None) -> None:
        """Filter and list on the left, details on the right; the splitter is named after the list."""
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(filter_edit)
        lv.addWidget(table)
        if buttons is not None:
            lv.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName(table.objectName().replace("Table", "Splitter"))
        split.addWidget(left)
        detail.setOpenExternalLinks(True)  # a website, e-mail, phone or map link goes to the system's program
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.addWidget(split)


class PeoplePage(_ListWithDetail):
    """Lazily fetched people: the filter runs in the database, pages of rows load as one scrolls."""

    KIND = "person"

    def __init__(self, planner, parent=None):
        super().__init__(parent)
        self.planner = planner
        self.home_zone = "Europe/Brussels"
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter people by name (either script), title or organization"))
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.filter.setClearButtonEnabled(True)
        self._debounce = debounced(self, 200, self.refresh)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.model = PeopleAndPositionsModel(None, self)
        self.table = _table(self.model, "peopleTable", self.tr("People"), (230, 100, 190))
        # The selected person's detail is read once the list has painted, once per burst of
        # selection changes (arrow keys held down): the list of 50,000 shows sooner.
        self._detail_timer = debounced(self, 30, self.show_detail)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._detail_timer.start())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Person details"))
        buttons = self._edit_controls(self.table, self.tr("&Edit person…"),
                                      self.tr("Change the selected person's names, title, organization "
                                              "or contacts (Enter, F2 or double-click)"),
                                      self.tr("&New person…"))
        self.new_position_button = QPushButton(self.tr("New &position…"))
        self.new_position_button.setObjectName("peopleNewPositionButton")
        self.new_position_button.setToolTip(self.tr("A post whose holder is not known yet, e.g. the "
                                                    "Vice-Governor of Aichi (name to be confirmed)"))
        self.new_position_button.clicked.connect(lambda: self.new(position=True))
        self.fill_button = QPushButton(self.tr("&Fill position…"))
        self.fill_button.setObjectName("peopleFillPositionButton")
        self.fill_button.setToolTip(self.tr("The holder of the selected position is known: choose the "
                                            "person, and the position's meetings pass to them"))
        self.fill_button.setEnabled(False)
        self.fill_button.clicked.connect(lambda: self.fill())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill_allowed())
        buttons.insertWidget(1, self.new_position_button)
        buttons.insertWidget(4, self.fill_button)
        self._layout(self.filter, self.table, self.detail, buttons)

    def current_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _fill_allowed(self) -> None:
        self.fill_button.setEnabled(is_position(self.current_row()))

    def fill(self) -> FillPositionDialog | None:
        """Choose who holds the selected position (as `self.editor`); once filled on the worker the
        list shows the person in its place, and Edit ▸ Undo opens the position again."""
        row = self.current_row()
        if not is_position(row):
            return None
        dialog = FillPositionDialog(self.planner, row, self)
        keep_editor(self, dialog)
        dialog.accepted.connect(lambda: self._filled(dialog))
        dialog.open()
        return dialog

    def _filled(self, dialog: FillPositionDialog) -> None:
        position, person = dialog.position, dialog.person
        text = self.tr("fill position “%1” with %2").replace("%1", position.get("title") or "").replace(
            "%2", person_text(person))
        push_or_done(history_of(self), lambda h: FillPositionCommand(
            h, position["id"], person["id"], dialog.snapshot, text))
        self.refresh()
        self.select(person["id"])

    def edit(self, person_id: str | None = None) -> Task | None:
        """Open the editor on the selected person once they and the organizations to choose from
        are read (on the worker, as `self.editor`); saving refreshes the list and can be undone."""
        person_id = person_id or self.current_id()
        if not person_id:
            return None
        return QueryOp(self, op=lambda planner: (planner.people.detail(person_id), planner.organizations.list()),
                       success=lambda got: self._open(PersonEditor(self.planner, got[0], self,
                                                                   organizations=got[1]))).run()

    def delete(self, person_id: str | None = None) -> Task | None:
        """Ask, once what goes with the person is read (on the worker), then delete."""
        person_id = person_id or self.current_id()
        if not person_id:
            return None
        return QueryOp(self, op=lambda planner: planner.people.deletion_impact(person_id),
                       success=lambda impact: self._confirm_delete(person_id, impact)).run()

    def _confirm_delete(self, person_id: str, i: dict) -> bool:
        question = fill_in(self.tr("Delete %1?\n\nThey leave %2, %3 and %4, with their %5. The %6 they own "
                                   "and the %7 they lead stay, without them. You can undo it with Edit ▸ Undo."),
                           i["name"], count("meeting", i["meetings"]), count("delegation", i["missions"]),
                           count("signature", i["agreements"]), count("affiliation", i["affiliations"]),
                           count("follow-up", i["followups"]), count("mission", i["led"]))
        text = self.tr("delete person “%1”").replace("%1", i["name"])
        return self._delete(self.tr("Delete person"), question,
                            lambda h: DeleteRecordCommand(h, "person", person_id, text) if h else
                            _Now(lambda: self.planner.people.delete(person_id)))

    def new(self, position: bool = False) -> Task:
        """Open an empty editor (as `self.editor`) once the organizations to choose from are read;
        `position`: for a position whose holder is not known yet."""
        return QueryOp(self, op=lambda planner: planner.organizations.list(),
                       success=lambda orgs: self._open(PersonEditor(self.planner, None, self,
                                                                    organizations=orgs,
                                                                    position=position))).run()

    def _saved(self, editor: PersonEditor) -> None:
        record_id, created = editor.record_id, editor.created
        old_fields, new_fields = editor.old_fields, editor.new_fields
        if created and self.filter.text():  # the new entry may not match the filter: show the whole list
            self.filter.clear()
            self._debounce.stop()
        position = editor.is_position.isChecked()
        if created or new_fields:  # the undo step is named after the person as saved (read on the worker)
            QueryOp(self, op=lambda planner: person_text(planner.people.detail(record_id)),
                    success=lambda name: self._push_saved(record_id, created, old_fields, new_fields, name,
                                                          position)).run()
        self.refresh()
        self.select(record_id)

    def _push_saved(self, record_id: str, created: bool, old_fields, new_fields, name: str,
                    position: bool = False) -> None:
        if created:
            text = (self.tr("create position “%1”") if position else self.tr("create person “%1”")).replace(
                "%1", name)
            push_or_done(history_of(self), lambda h: CreateRecordCommand(h, "person", record_id, text))
        else:
            text = self.tr("edit person “%1”").replace("%1", name)
            push_or_done(history_of(self), lambda h: EditFieldsCommand(
                h, "person", record_id, old_fields, new_fields, text))

    def refresh(self) -> None:
        # Accent- and case-insensitive, either script: "cecile" finds Cécile, "大村" finds Ohmura.
        text = self.filter.text().strip()
        if text:
            self.model.set_fetch(lambda planner, limit, offset: planner.people.search(
                text, limit=limit, offset=offset))
        else:  # the whole list, read page by page along its index
            self.model.set_fetch(lambda planner, limit, offset: planner.people.page(offset, limit))
        self.model.first_page(self._first_page_in)

    def _first_page_in(self) -> None:
        if not self.table.currentIndex().isValid() and self.model.rows:
            self.table.selectRow(0)  # shows its detail, through currentRowChanged
        else:
            self._detail_timer.start()

    def select(self, person_id: str) -> None:
        """Select the person once the pages up to theirs are read (on the worker)."""
        self.model.fetch_until(person_id, lambda r: r >= 0 and self.table.selectRow(r))

    def show_detail(self) -> None:
        self._detail_timer.stop()  # (called directly, e.g. after an edit: no second read)
        labels = {
            "Affiliations": self.tr("Affiliations"),
            "Biography": self.tr("Biography"),
            "Timeline": self.tr("Timeline"),
            "No meetings, agreements or follow-ups yet.": self.tr("No meetings, agreements or follow-ups yet."),
        }
        index = self.table.currentIndex()
        pid = index.data(ID_ROLE) if index.isValid() else None
        if not pid:
            self.detail.clear()
            return
        QueryOp(self, op=lambda planner, z=self.home_zone: planner.people.detail(pid, z),
                success=lambda p: self._render_detail(p, labels), failure=lambda _exc: None).run()

    def _render_detail(self, p: dict, labels: dict) -> None:
        if p["id"] != self.current_id():
            return  # the selection moved on while it was read
        e = html.escape
        # The honorific before the name, as a letter or a place card writes it ("H.E. OHMURA Hideaki").
        honorific = f"{p['honorific']} " if p.get("honorific") and not is_position(p) else ""
        out = [f"<h2>{e(p['native_name'])}</h2>" if p.get("native_name") else "",
               f"<h2>{e(honorific + person_text(p))}</h2>" if not p.get("native_name")
               else f"<h3>{e(honorific + p['name'])}</h3>"]
        if is_position(p):
            note = self.tr("A position whose holder is not known yet: Fill position… once the person is known.")
            out.append(f"<p><i>{e(note)}</i></p>")
        for label, key in ((self.tr("Title"), "title"), (self.tr("Form of address"), "form_of_address"),
                           (self.tr("Pronunciation"), "pronunciation"), (self.tr("E-mail"), "email"),
                           (self.tr("Mobile"), "mobile")):
            if p.get(key):
                value = links.email(p[key]) if key == "email" else links.phone(p[key]) if key == "mobile" \
                    else e(p[key])
                out.append(f"<p><b>{e(label)}:</b> {value}</p>")
        if p["affiliations"]:
            out.append(f"<h3>{e(labels['Affiliations'])}</h3><ul>")
            for a in p["affiliations"]:
                span = " – ".join(x for x in (a.get("start") or "", a.get("end") or "") if x)
                out.append(f"<li>{e(a['organization'])}{' — ' + e(a['role']) if a.get('role') else ''}"
                           f"{' (' + e(span) + ')' if span else ''}</li>")
            out.append("</ul>")
        if p.get("biography"):
            out.append(f"<h3>{e(labels['Biography'])}</h3><p>{e(p['biography'])}</p>")
        out.append(f"<h3>{e(labels['Timeline'])}</h3>")
        if not p["timeline"]:
            out.append(f"<p>{e(labels['No meetings, agreements or follow-ups yet.'])}</p>")
        kinds = {"meeting": self.tr("Meeting"), "agreement": self.tr("Agreement"),
                 "followup": self.tr("Follow-up")}
        out.append("<ul>")
        for ev in p["timeline"]:
            when = fmt.short_date(ev["date"]) if ev.get("date") else ""
            extra = f" — {e(ev['mission'])}" if ev.get("mission") else ""
            out.append(f"<li>{e(when)} <b>{e(kinds.get(ev['kind'], ev['kind']))}</b>: "
                       f"{e(ev['title'])}{extra} ({e(fmt.status_text(ev.get('status') or ''))})</li>")
        out.append("</ul>")
        self.detail.setHtml("".join(out))


class OrganizationsPage(_ListWithDetail):
    """Organizations by name, read a page at a time; the filter runs in the database."""

    KIND = "organization"

    def __init__(self, planner, parent=None):
        super().__init__(parent)
        self.planner = planner
        self.model = SortedOrganizationsModel(lambda: self.filter.text().strip(), self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter organizations"))
        self.filter.setAccessibleName(self.tr("Filter organizations"))
        self.filter.setClearButtonEnabled(True)
        self._debounce = debounced(self, 200, self.refresh)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.table = _table(self.model, "organizationsTable", self.tr("Organizations"),
                            (240, 120, 90, 60))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the model sorts in the database (SortedOrganizationsModel)
        self._shown_id: str | None = None
        header.sortIndicatorChanged.connect(lambda *_: self._resorted())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Organization details"))
        buttons = self._edit_controls(self.table, self.tr("&Edit organization…"),
                                      self.tr("Change the selected organization (Enter, F2 or "
                                              "double-click)"),
                                      self.tr("&New organization…"))
        self._layout(self.filter, self.table, self.detail, buttons)

    def edit(self, org_id: str | None = None) -> Task | None:
        """Open the editor (as `self.editor`) once the organization is read, on the worker."""
        org_id = org_id or self.current_id()
        if not org_id:
            return None
        return QueryOp(self, op=lambda planner: planner.organizations.detail(org_id),
                       success=lambda org: self._open(OrganizationEditor(self.planner, org, self))).run()

    def delete(self, org_id: str | None = None) -> Task | None:
        """Ask, once what goes with the organization is read (on the worker), then delete."""
        org_id = org_id or self.current_id()
        if not org_id:
            return None
        return QueryOp(self, op=lambda planner: planner.organizations.deletion_impact(org_id),
                       success=lambda impact: self._confirm_delete(org_id, impact)).run()

    def _confirm_delete(self, org_id: str, i: dict) -> bool:
        question = fill_in(self.tr("Delete %1?\n\nThe %2 of its people go with it (the people stay), and it "
                                   "leaves %3 as a party. You can undo it with Edit ▸ Undo."),
                           i["name"], count("affiliation", i["affiliations"]), count("agreement", i["agreements"]))
        text = self.tr("delete organization “%1”").replace("%1", i["name"])
        return self._delete(self.tr("Delete organization"), question,
                            lambda h: DeleteRecordCommand(h, "organization", org_id, text) if h else
                            _Now(lambda: self.planner.organizations.delete(org_id)))

    def _resorted(self) -> None:
        """The list was read again in a new order: keep the organization that was selected."""
        if self._shown_id:
            self.select(self._shown_id)
        self.show_detail()

    def new(self) -> OrganizationEditor:
        return self._open(OrganizationEditor(self.planner, None, self))

    def _saved(self, editor: OrganizationEditor) -> None:
        record_id, created = editor.record_id, editor.created
        old_fields, new_fields = editor.old_fields, editor.new_fields
        if created and self.filter.text():  # the new entry may not match the filter: show the whole list
            self.filter.clear()
            self._debounce.stop()
        if created or new_fields:  # the undo step is named after the organization as saved
            QueryOp(self, op=lambda planner: planner.organizations.detail(record_id)["name"],
                    success=lambda name: self._push_saved(record_id, created, old_fields, new_fields, name)).run()
        self.refresh()
        self.select(record_id)

    def _push_saved(self, record_id: str, created: bool, old_fields, new_fields, name: str) -> None:
        if created:
            text = self.tr("create organization “%1”").replace("%1", name)
            push_or_done(history_of(self), lambda h: CreateRecordCommand(h, "organization", record_id, text))
        else:
            text = self.tr("edit organization “%1”").replace("%1", name)
            push_or_done(history_of(self), lambda h: EditFieldsCommand(
                h, "organization", record_id, old_fields, new_fields, text))

    def refresh(self) -> None:
        self.model.reload()
        self.model.first_page(self._first_page_in)

    def _first_page_in(self) -> None:
        if not self.table.currentIndex().isValid() and self.model.rows:
            self.table.selectRow(0)  # shows its detail, through currentRowChanged
        else:
            self.show_detail()

    def select(self, org_id: str) -> None:
        """Select the organization once the pages up to it are read (on the worker)."""
        if self._debounce.isActive():  # a filter change waiting to apply: apply it first
            self._debounce.stop()
            self.refresh()
        self.model.fetch_until(org_id, lambda r: r >= 0 and self.table.selectRow(r))

    def show_detail(self) -> None:
        index = self.table.currentIndex()
        oid = index.data(ID_ROLE) if index.isValid() else None
        self._shown_id = oid
        if not oid:
            self.detail.clear()
            return
        o = self.model.row(self.model.find(oid))
        e = html.escape
        out = [f"<h2>{e(o['name'])}</h2>"]
        if o.get("native_name"):
            out.append(f"<h3>{e(o['native_name'])}</h3>")
        for label, key in ((self.tr("Kind"), "kind"), (self.tr("Country"), "country"),
                           (self.tr("City"), "city"), (self.tr("Address"), "address"),
                           (self.tr("Website"), "website"), (self.tr("E-mail"), "email"),
                           (self.tr("Phone"), "phone"), (self.tr("Description"), "description")):
            if o.get(key):
                out.append(f"<p><b>{e(label)}:</b> {self._value_html(o, key)}</p>")
        QueryOp(self, op=lambda planner: _members(planner, oid),
                success=lambda members: self._render_members(oid, out, members)).run()

    @staticmethod
    def _value_html(o: dict, key: str) -> str:
        """What the pane shows for one field; contact details as links the system opens."""
        value = o[key]
        if key == "kind":
            return html.escape(fmt.org_kind_text(value))
        if key == "country":
            return html.escape(country_text(value))
        if key == "website":
            return links.website(value)
        if key == "email":
            return links.email(value)
        if key == "phone":
            return links.phone(value)
        if key == "address":
            return links.map_search(value, o.get("city") or "", country_text(o["country"]) if o.get("country") else "")
        return html.escape(value)

    def _render_members(self, oid: str, out: list[str], members: list[dict]) -> None:
        if oid != self._shown_id:
            return  # the selection moved on while they were read
        e = html.escape
        people_heading = self.tr("People")
        if members:
            out.append(f"<h3>{e(people_heading)}</h3><ul>")
            out.extend(f"<li>{e(fmt.person_label(p))}{' — ' + e(p['title']) if p.get('title') else ''}"
                       "</li>" for p in members)
            out.append("</ul>")
        self.detail.setHtml("".join(out))
