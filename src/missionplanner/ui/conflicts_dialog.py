"""The Conflicts view: what a sync could not merge (the same field changed here and on the server,
or a record changed on one side and deleted on the other), one at a time, with mine and theirs side
by side. Keep mine, keep theirs, or write the merged text; each choice is an edit like any other
(audited, queued, sent at the next sync)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import formatting as fmt
from .messages import error_text, field_label, fill_in
from .query_op import QueryOp

KINDS = {
    "missions": QT_TRANSLATE_NOOP("ConflictsDialog", "Mission"),
    "meetings": QT_TRANSLATE_NOOP("ConflictsDialog", "Meeting"),
    "people": QT_TRANSLATE_NOOP("ConflictsDialog", "Person"),
    "organizations": QT_TRANSLATE_NOOP("ConflictsDialog", "Organization"),
    "agreements": QT_TRANSLATE_NOOP("ConflictsDialog", "Agreement"),
    "followups": QT_TRANSLATE_NOOP("ConflictsDialog", "Follow-up"),
}
DELETED_HERE, DELETED_THERE = "(deleted here)", "(deleted there)"
NO_LONGER_SHARED = "(no longer shared with you)"  # services.sync.engine.NO_LONGER_SHARED
REFUSED_HERE = "(refused by the server)"  # services.sync.engine.REFUSED_HERE


def record_name(conflict: dict) -> str:
    row = conflict.get("mine") or conflict.get("theirs") or {}
    kind = QCoreApplication.translate("ConflictsDialog", KINDS.get(conflict["table_name"], conflict["table_name"]))
    name = row.get("title") or row.get("action") or row.get("name") or " ".join(
        p for p in (row.get("given_name"), row.get("family_name")) if p) or conflict["row_id"][:8]
    return f"{kind}: {name}"


def _seen_at(iso: str | None) -> str:
    """When a sync found the conflict, on this computer's clock, written as every list writes dates."""
    from datetime import datetime

    return fmt.date_time(datetime.fromisoformat(iso).astimezone()) if iso else ""


def _shown(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


class ConflictsDialog(QDialog):
    changed = Signal(int)  # conflicts still waiting, after a resolution

    def __init__(self, planner, parent=None):
        super().__init__(parent)
        self.planner = planner
        self.conflicts: list[dict] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(820, 480)
        self.list = QListWidget()
        self.list.setObjectName("conflicts")
        self.list.setAccessibleName(self.tr("Conflicts waiting"))
        self.list.currentRowChanged.connect(self._show)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # A wrapped label beside a stretching table was squeezed to one line, its text cut off.
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.fields = QTableWidget(0, 3)
        self.fields.setObjectName("conflictFields")
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine (this laptop)"),
                                               self.tr("Theirs (the server)")])
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.setColumnWidth(1, 250)
        self.fields.verticalHeader().hide()
        self.fields.setWordWrap(True)
        self.merged = QPlainTextEdit()
        self.merged.setObjectName("mergedText")
        self.merged.setAccessibleName(self.tr("Merged text"))
        self.merged.setPlaceholderText(self.tr("Write here the text to keep, from both sides"))
        self.merged.setTabChangesFocus(True)
        self.merged.setMaximumHeight(90)
        self.merged_label = QLabel(self.tr("Merged &text:"))
        self.merged_label.setBuddy(self.merged)
        self.mine_button = QPushButton(self.tr("Keep &mine"))
        self.theirs_button = QPushButton(self.tr("Keep t&heirs"))
        self.merge_button = QPushButton(self.tr("&Save the merged text"))
        self.mine_button.clicked.connect(lambda: self.resolve("mine"))
        self.theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        self.merge_button.clicked.connect(self.save_merged)
        self.empty = QLabel(self.tr("No conflict is waiting: every change was merged."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.summary)
        rv.addWidget(self.fields, 1)
        rv.addWidget(self.merged_label)
        rv.addWidget(self.merged)
        row = QHBoxLayout()
        for b in (self.mine_button, self.theirs_button, self.merge_button):
            row.addWidget(b)
        row.addStretch(1)
        rv.addLayout(row)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.empty)
        box.addWidget(split, 1)
        box.addWidget(close)
        self.split = split
        self.reload()

    def reload(self) -> None:
        QueryOp(self, op=lambda planner: planner.sync.conflicts(), success=self._fill).run()

    def _fill(self, conflicts: list[dict]) -> None:
        self.conflicts = conflicts
        self.list.clear()
        for c in conflicts:
            item = QListWidgetItem(record_name(c))
            item.setToolTip(fill_in(self.tr("Seen at the sync of %1"), _seen_at(c.get("detected_at"))))
            self.list.addItem(item)
        self.empty.setVisible(not conflicts)
        self.split.setVisible(bool(conflicts))
        if conflicts:
            self.list.setCurrentRow(0)

    def current(self) -> dict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, _row: int) -> None:
        c = self.current()
        self.fields.setRowCount(0)
        if c is None:
            return
        mine, theirs = c.get("mine"), c.get("theirs")
        self.mine_button.setEnabled(NO_LONGER_SHARED not in c["fields"])
        if NO_LONGER_SHARED in c["fields"]:
            self.summary.setText(self.tr("This mission is no longer shared with you: it left this laptop, and the "
                                         "changes you made to it were not sent. Its last state here is below; "
                                         "“Keep theirs” closes this notice."))
        elif REFUSED_HERE in c["fields"]:
            self.summary.setText(self.tr("The server refused this change for your login (a reader's login changes "
                                         "nothing; a mission cannot be restricted away from the aide who restricts "
                                         "it). “Keep theirs” puts back the server's version; “Keep mine” sends it "
                                         "again."))
        elif mine is None:
            self.summary.setText(self.tr("Deleted on this laptop, changed on the server meanwhile."))
        elif theirs is None:
            self.summary.setText(self.tr("Changed on this laptop, deleted on the server meanwhile."))
        else:
            self.summary.setText(self.tr("Changed on both sides since the last sync:"))
        fields = [f for f in c["fields"] if f not in (DELETED_HERE, DELETED_THERE, NO_LONGER_SHARED, REFUSED_HERE)]
        if NO_LONGER_SHARED in c["fields"]:
            fields = [f for f in ("title", "start", "end", "objectives") if (mine or {}).get(f)]
        elif REFUSED_HERE in c["fields"]:
            fields = [f for f in (mine or {}) if f != "id" and (mine or {}).get(f) != (theirs or {}).get(f)]
        for field in fields:
            r = self.fields.rowCount()
            self.fields.insertRow(r)
            for col, value in enumerate((field_label(field), _shown((mine or {}).get(field)),
                                         _shown((theirs or {}).get(field)))):
                self.fields.setItem(r, col, QTableWidgetItem(value))
        self.fields.resizeRowsToContents()
        text_fields = [f for f in fields if isinstance((mine or {}).get(f), str)]
        can_merge = (mine is not None and theirs is not None and len(text_fields) == 1 and len(fields) == 1
                     and REFUSED_HERE not in c["fields"])
        for w in (self.merged, self.merge_button, self.merged_label):
            w.setEnabled(can_merge)
        self.merged.setPlainText(mine.get(text_fields[0], "") if can_merge else "")

    def resolve(self, side: str) -> None:
        c = self.current()
        if c is None:
            return
        cid = c["id"]
        QueryOp(self, op=lambda planner: planner.sync.resolve(cid, side), success=lambda _r: self._resolved(),
                failure=self._refused).run()

    def save_merged(self) -> None:
        c = self.current()
        if c is None:
            return
        cid, field, text = c["id"], c["fields"][0], self.merged.toPlainText().strip()
        QueryOp(self, op=lambda planner: planner.sync.resolve_merged(cid, {field: text}),
                success=lambda _r: self._resolved(), failure=self._refused).run()

    def _resolved(self) -> None:
        def refill(conflicts: list[dict]) -> None:
            self._fill(conflicts)
            self.changed.emit(len(conflicts))
        QueryOp(self, op=lambda planner: planner.sync.conflicts(), success=refill).run()

    def _refused(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(exc))
