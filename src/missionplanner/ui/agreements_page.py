"""Agreements: the list, and an editor for parties, signatories, dates and scope."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError
from ..services.vocabulary import AGREEMENT_STATUSES
from . import formatting as fmt
from .counts import count
from .date_entry import DateEntry
from .messages import error_text, fill_in
from .mission_editor import confirm_discard
from .models import ID_ROLE, AgreementsModel
from .query_op import QueryOp
from .saving import Saving
from .tasks import Task
from .undo import (
    CreateRecordCommand,
    DeleteRecordCommand,
    EditFieldsCommand,
    history_of,
    push_or_done,
)
from .widgets import (
    FieldErrors,
    FilterProxy,
    PersonPicker,
    ask,
    error_label,
    field_with_error,
    keep_editor,
    setup_table,
)


def _typed_date(entry: DateEntry) -> str:
    """"2017-05-08" for a date the entry reads, the text as typed otherwise ("" when empty)."""
    try:
        day = entry.value()
    except MissionPlannerError:
        return entry.text().strip()
    return day.isoformat() if day else ""


class AgreementEditor(QDialog):
    def __init__(self, planner, agreement: dict | None = None, parent=None,
                 organizations: list[dict] | None = None):
        """`organizations`: the possible parties, read beforehand on the worker."""
        super().__init__(parent)
        self.planner = planner
        self.agreement = agreement
        self.agreement_id = agreement["id"] if agreement else None
        self.created = False
        self.old_fields: dict = {}
        self.new_fields: dict = {}
        a = agreement or {}
        self.setWindowTitle(self.tr("Edit agreement") if agreement else self.tr("New agreement"))
        self.setMinimumWidth(560)
        self.title_edit = QLineEdit(a.get("title", ""))
        self.kind = QLineEdit(a.get("kind", "cooperation"))
        self.status = QComboBox()
        for code in AGREEMENT_STATUSES:
            self.status.addItem(fmt.status_text(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(a.get("status", "in-force"))))
        self.signed = DateEntry("date", "signed", required=False)
        self.signed.set_value(a.get("signed"))
        self.approximate = QCheckBox(self.tr("Date approximate"))
        self.approximate.setChecked(bool(a.get("signed_approximate")))
        self.expires = DateEntry("date", "expires", required=False)
        self.expires.set_value(a.get("expires"))
        self.scope = QPlainTextEdit(a.get("scope", ""))
        self.scope.setTabChangesFocus(True)
        self.scope.setMaximumHeight(70)
        self.notes = QPlainTextEdit(a.get("notes", ""))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.parties = QListWidget()
        self.parties.setMaximumHeight(120)
        chosen = {p["id"] for p in a.get("parties") or []}
        for o in organizations or ():
            item = QListWidgetItem(o["name"] + (f" ({o['native_name']})" if o.get("native_name") else ""))
            item.setData(Qt.ItemDataRole.UserRole, o["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if o["id"] in chosen else Qt.CheckState.Unchecked)
            self.parties.addItem(item)
        self.signatories = PersonPicker(planner, self.tr("Signatories"))
        self.signatories.set_people(a.get("signatories") or [])
        self.errors = FieldErrors(error_label())
        form = QFormLayout()
        for field, label, widget in (
                ("title", self.tr("&Title"), self.title_edit), ("kind", self.tr("&Kind"), self.kind),
                ("status", self.tr("&Status"), self.status), ("signed", self.tr("Si&gned on"), self.signed),
                ("signed_approximate", "", self.approximate),
                ("expires", self.tr("E&xpires on"), self.expires), ("scope", self.tr("S&cope"), self.scope),
                ("parties", self.tr("&Parties"), self.parties),
                ("signatories", self.tr("Signat&ories"), self.signatories),
                ("notes", self.tr("&Notes"), self.notes)):
            form.addRow(*field_with_error(self.errors, field, label, widget))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        self.saving = Saving(self, buttons)
        from .translations_dialog import add_translations_button

        self.translations_button = add_translations_button(  # title, scope and notes as printed
            buttons, planner, "agreement", (agreement or {}).get("id"), lambda: self.title_edit.text().strip(),
            self.tr("Trans&lations…"))
        box.addWidget(self.errors.general)
        box.addWidget(self.saving.status)
        box.addWidget(buttons)
        self._initial = self.values()

    def values(self) -> dict:
        return {
            "title": self.title_edit.text(), "kind": self.kind.text(), "status": self.status.currentData(),
            "signed": _typed_date(self.signed), "signed_approximate": self.approximate.isChecked(),
            "expires": _typed_date(self.expires), "scope": self.scope.toPlainText(),
            "notes": self.notes.toPlainText(),
            "parties": [self.parties.item(i).data(Qt.ItemDataRole.UserRole)
                        for i in range(self.parties.count())
                        if self.parties.item(i).checkState() == Qt.CheckState.Checked],
            "signatories": self.signatories.ids(),
        }

    def save(self) -> Task | None:
        """Write on the worker (the dialog says it is saving); the dialog closes once saved, or
        stays open with the reason beside the field."""
        if self.saving.busy:
            return None
        problems = [p for p in (self.signed.problem(), self.expires.problem()) if p is not None]
        if problems:  # both dates at once, each under its field; nothing is written
            self.errors.show_all(problems).setFocus()
            return None
        self.errors.clear()
        values = self.values()
        if self.agreement_id:
            agreement_id, version = self.agreement_id, self.agreement.get("version")
            return self.saving.run(lambda planner: planner.agreements.update(agreement_id, version, **values),
                                   lambda _version: self._updated(values), self._refused)
        return self.saving.run(lambda planner: planner.agreements.create(**values), self._created,
                               self._refused)

    def _updated(self, values: dict) -> None:
        self.old_fields, self.new_fields = self._initial, values
        self.accept()

    def _created(self, agreement_id: str) -> None:
        self.agreement_id, self.created = agreement_id, True
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, MissionPlannerError):  # (a stale edit too: said beside the form)
            self.errors.show(exc)
        else:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    def reject(self) -> None:
        if self.saving.busy:  # the write goes on: close once it is done, not before
            return
        if self.values() != self._initial and not confirm_discard(self):
            return
        super().reject()


class AgreementsPage(QWidget):
    changed = Signal()
    filled = Signal()  # the list was (re)filled

    def __init__(self, planner, parent=None):
        super().__init__(parent)
        self.planner = planner
        self._wanted: str | None = None  # an agreement to select once the list has it
        self.model = AgreementsModel(parent=self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter agreements"))
        self.filter.setAccessibleName(self.tr("Filter agreements"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        setup_table(self.table, "agreementsTable", self.tr("Agreements"))
        for column, width in ((AgreementsModel.COL_TITLE, 240), (AgreementsModel.COL_PARTIES, 200),
                              (AgreementsModel.COL_SIGNED, 85)):
            self.table.setColumnWidth(column, width)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AgreementsModel.COL_TITLE, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _i: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Agreement details"))
        new = QPushButton(self.tr("&New agreement…"))
        new.clicked.connect(self.new)
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setAccessibleName(self.tr("Delete agreement"))
        self.delete_button.clicked.connect(lambda: self.delete())
        self.act_delete = QAction(self.tr("&Delete agreement…"), self)
        self.act_delete.triggered.connect(lambda _c=False: self.delete())
        self.act_edit = QAction(self.tr("&Edit agreement…"), self)
        self.act_edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.act_edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_edit.triggered.connect(lambda _c=False: self.edit())
        self.table.addAction(self.act_edit)
        self.table.addAction(self.act_delete)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.attach_button = QPushButton(self.tr("&Attach document…"))
        self.attach_button.clicked.connect(self.attach_document)
        self.open_button = QPushButton(self.tr("&Open document"))
        self.open_button.clicked.connect(self.open_document)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(edit)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.filter)
        lv.addWidget(self.table)
        lv.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("agreementsSplitter")
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(split)

    def refresh(self) -> None:
        """Read the agreements on the worker; the list and the detail follow when they come."""
        QueryOp(self, op=lambda planner: planner.agreements.list(), success=self._fill).run()

    def _fill(self, rows: list[dict]) -> None:
        keep, self._wanted = self._wanted or (self.current() or {}).get("id"), None
        self.model.set_rows(rows)
        if keep:
            self.select(keep)
        self.show_detail()
        self.filled.emit()

    def select(self, agreement_id: str) -> None:
        """Select the agreement; one not listed yet (the list being read) once the list has it."""
        r = self.model.find(agreement_id)
        if r >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(r, 0)).row())
        else:
            self._wanted = agreement_id

    def current(self) -> dict | None:
        index = self.table.currentIndex()
        aid = index.data(ID_ROLE) if index.isValid() else None
        return self.model.row(self.model.find(aid)) if aid else None

    def selected_record(self) -> tuple[str, str] | None:
        a = self.current()
        return ("agreement", a["id"]) if a else None

    editor = None  # the editor opened last (kept once closed, until the next opens)

    def attach_document(self) -> Task | None:
        a = self.current()
        if a is None:
            return None
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach the agreement's document"), "",
                                              self.tr("Documents (*.pdf *.docx *.odt *.doc);;All files (*)"))
        if not path:
            return None
        title = self.tr("Attach document")
        return QueryOp(self, op=lambda planner: planner.attachments.attach("agreement", a["id"], path),
                       success=lambda _doc: self.show_detail(),
                       failure=lambda exc: self._warn(title, exc)).run()

    def _warn(self, title: str, exc: BaseException) -> None:
        QMessageBox.warning(self, title, error_text(exc) if isinstance(exc, MissionPlannerError) else str(exc))

    def open_document(self) -> Task | None:
        """Write the newest attached document to the cache folder (on the worker) and open it in
        the system viewer."""
        a = self.current()
        if a is None:
            return None
        from platformdirs import user_cache_dir

        cache = Path(user_cache_dir("missionplanner")) / "documents"

        def write(planner) -> Path | None:
            docs = planner.attachments.list("agreement", a["id"], "document")
            if not docs:
                return None
            return planner.attachments.save(docs[-1]["id"], cache / docs[-1]["id"])
        return QueryOp(self, op=write, success=lambda path: path is not None and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path)))).run()

    def _open(self, agreement: dict | None) -> Task:
        """The editor (as `self.editor`) once the organizations that can be parties are read."""
        return QueryOp(self, op=lambda planner: planner.organizations.list(),
                       success=lambda orgs: self._show_editor(agreement, orgs)).run()

    def _show_editor(self, agreement: dict | None, organizations: list[dict]) -> AgreementEditor:
        dialog = AgreementEditor(self.planner, agreement, self, organizations=organizations)
        keep_editor(self, dialog)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: AgreementEditor) -> None:
        if dialog.created:
            text = self.tr("create agreement “%1”").replace("%1", dialog.values()["title"])
            push_or_done(history_of(self), lambda h: CreateRecordCommand(
                h, "agreement", dialog.agreement_id, text))
        elif dialog.new_fields:
            text = self.tr("edit agreement “%1”").replace("%1", dialog.new_fields["title"])
            push_or_done(history_of(self), lambda h: EditFieldsCommand(
                h, "agreement", dialog.agreement_id, dialog.old_fields, dialog.new_fields, text))
        self.refresh()
        self.select(dialog.agreement_id)
        self.changed.emit()

    def new(self) -> Task:
        return self._open(None)

    def edit(self) -> Task | None:
        a = self.current()
        return self._open(a) if a is not None else None

    def delete(self) -> Task | None:
        """Ask first, saying what goes with the agreement (read on the worker); the deletion can be
        undone."""
        a = self.current()
        if a is None:
            return None
        return QueryOp(self, op=lambda planner: planner.agreements.deletion_impact(a["id"]),
                       success=lambda impact: self._confirm_delete(a, impact)).run()

    def _confirm_delete(self, a: dict, impact: dict) -> bool:
        text = fill_in(self.tr("Delete the agreement “%1”?\n\nIts links to %2 and %3 and its %4 go with it; "
                               "the organizations and people stay. You can undo it with Edit ▸ Undo."),
                       a["title"], count("party", impact["parties"]), count("signatory", impact["signatories"]),
                       count("document", impact["documents"]))
        if not ask(self, self.tr("Delete agreement"), text):
            return False
        label = self.tr("delete agreement “%1”").replace("%1", a["title"])
        history = history_of(self)
        if history is not None:
            history.push(DeleteRecordCommand(history, "agreement", a["id"], label))  # refusals: told by the stack
        else:
            QueryOp(self, op=lambda planner: planner.agreements.delete(a["id"]),
                    success=lambda _r: self.refresh(),
                    failure=lambda exc: self._warn(self.tr("Delete agreement"), exc)).run()
            return True
        self.refresh()
        self.changed.emit()
        return True

    def show_detail(self) -> None:
        labels = {
            "approximate": self.tr("approximate"),
            "Signed on": self.tr("Signed on"),
            "Expires on": self.tr("Expires on"),
            "Scope": self.tr("Scope"),
            "Parties": self.tr("Parties"),
            "Signatories": self.tr("Signatories"),
        }
        a = self.current()
        self.open_button.setEnabled(False)
        self.attach_button.setEnabled(a is not None)
        if a is None:
            self.detail.clear()
            return
        # Its documents are read on the worker; the detail is shown with them.
        QueryOp(self, op=lambda planner: planner.attachments.list("agreement", a["id"], "document"),
                success=lambda docs: self._render_detail(a, docs, labels)).run()

    def _render_detail(self, a: dict, docs: list[dict], labels: dict) -> None:
        if (self.current() or {}).get("id") != a["id"]:
            return  # the selection moved on while they were read
        e = html.escape
        out = [f"<h2>{e(a['title'])}</h2>",
               f"<p>{e(a.get('kind') or '')} · {e(fmt.status_text(a.get('status') or ''))}</p>"]
        if a.get("signed"):
            approx = f" ({e(labels['approximate'])})" if a.get("signed_approximate") else ""
            out.append(f"<p><b>{e(labels['Signed on'])}:</b> {e(fmt.short_date(a['signed']))}{approx}</p>")
        if a.get("expires"):
            out.append(f"<p><b>{e(labels['Expires on'])}:</b> {e(fmt.short_date(a['expires']))}</p>")
        if a.get("scope"):
            out.append(f"<p><b>{e(labels['Scope'])}:</b> {e(a['scope'])}</p>")
        if a.get("parties"):
            out.append(f"<h3>{e(labels['Parties'])}</h3><ul>")
            out.extend(f"<li>{e(p['name'])}{' (' + e(p['native_name']) + ')' if p.get('native_name') else ''}"
                       "</li>" for p in a["parties"])
            out.append("</ul>")
        if a.get("signatories"):
            out.append(f"<h3>{e(labels['Signatories'])}</h3><ul>")
            out.extend(f"<li>{e(fmt.person_label(p))}</li>" for p in a["signatories"])
            out.append("</ul>")
        if docs:
            heading = self.tr("Documents")
            out.append(f"<h3>{e(heading)}</h3><ul>")
            out.extend(f"<li>{e(d['filename'])}</li>" for d in docs)
            out.append("</ul>")
        self.open_button.setEnabled(bool(docs))
        self.detail.setHtml("".join(out))
