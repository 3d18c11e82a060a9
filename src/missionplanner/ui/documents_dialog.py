"""The documents attached to a mission or a meeting (the note verbale, the programme the hosts sent,
the draft agreement): attach a file, open one in the system's viewer, remove one. The files are kept
in the database, as an agreement's are, so they travel with it (backups, the cabinet's server)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ..errors import MissionPlannerError
from . import formatting as fmt
from .messages import error_text
from .query_op import QueryOp
from .widgets import ask

ID_ROLE = Qt.ItemDataRole.UserRole


def _cache_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("missionplanner")) / "documents"


class DocumentsDialog(QDialog):
    """`kind` is "mission" or "meeting" (services/attachments.KINDS), `title` what the record is called."""

    def __init__(self, planner, kind: str, record_id: str, title: str, parent=None):
        super().__init__(parent)
        self.planner, self.kind, self.record_id = planner, kind, record_id
        self.setWindowTitle(self.tr("Documents: %1").replace("%1", title))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Attached documents"))
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.attach_button = buttons.addButton(self.tr("&Attach a file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button: QPushButton = buttons.addButton(self.tr("&Remove…"),
                                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        QueryOp(self, op=lambda planner: planner.attachments.list(self.kind, self.record_id),
                success=lambda docs: self._show(docs, select), failure=self._failed).run()

    def _show(self, docs: list[dict], select: str | None) -> None:
        self.list.clear()
        for doc in docs:
            item = QListWidgetItem(f"{doc['filename']} — {fmt.short_date(doc['added'])}")
            item.setData(ID_ROLE, doc["id"])
            item.setToolTip(doc["filename"])
            self.list.addItem(item)
            if doc["id"] == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.note.setText(self.tr("No document attached yet.") if not docs else
                          self.tr("Double-click a document to open it."))
        self._enable()

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _chosen(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return (item.data(ID_ROLE), item.toolTip()) if item is not None else None

    def attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document"), "",
                                              self.tr("Documents (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.png "
                                                      "*.jpg);;All files (*)"))
        if path:
            QueryOp(self, op=lambda planner: planner.attachments.attach(self.kind, self.record_id, path),
                    success=lambda new_id: self.reload(select=new_id), failure=self._failed).run()

    def open_selected(self) -> None:
        """Write the document to the cache folder (on the worker) and open it in the system's viewer."""
        chosen = self._chosen()
        if chosen is None:
            return
        attachment_id = chosen[0]
        QueryOp(self, op=lambda planner: planner.attachments.save(attachment_id, _cache_folder() / attachment_id),
                success=self._opened, failure=self._failed).run()

    def _opened(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "No program was found to open it. A copy is in %1.").replace("%1", str(path)))

    def remove_selected(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        attachment_id, name = chosen
        if not ask(self, self.tr("Remove a document"),
                   self.tr("Remove “%1” from this record? The file itself, if you kept a copy, is not "
                           "touched.").replace("%1", name)):
            return
        QueryOp(self, op=lambda planner: planner.attachments.delete(attachment_id),
                success=lambda _none: self.reload(), failure=self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(),
                            error_text(exc) if isinstance(exc, MissionPlannerError) else str(exc))
