"""Quick search (Ctrl+K / Ctrl+F): one box over missions, meetings, people, organizations, agreements.

Matching is the search service's: case- and accent-insensitive, Japanese and Korean included. The
query runs on the background worker; the newest answer wins.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from .messages import error_text
from .widgets import debounced

KINDS = {
    "mission": QT_TRANSLATE_NOOP("SearchDialog", "Mission"),
    "meeting": QT_TRANSLATE_NOOP("SearchDialog", "Meeting"),
    "person": QT_TRANSLATE_NOOP("SearchDialog", "Person"),
    "organization": QT_TRANSLATE_NOOP("SearchDialog", "Organization"),
    "agreement": QT_TRANSLATE_NOOP("SearchDialog", "Agreement"),
}


def _search(gen: int, planner, text: str):
    return gen, planner.search.query(text)


class SearchDialog(QDialog):
    chosen = Signal(str, str)  # kind, id

    def __init__(self, planner, tasks, parent=None):
        super().__init__(parent)
        self.planner, self.tasks = planner, tasks
        self.setWindowTitle(self.tr("Search"))
        self.resize(620, 420)
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Search missions, meetings, people, organizations, agreements"))
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.itemActivated.connect(self._activate)
        self.status = QLabel()
        self._timer = debounced(self, 150, self.run_query)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._activate_first)
        self._generation = 0
        self.pending = False
        box = QVBoxLayout(self)
        box.addWidget(self.query)
        box.addWidget(self.results, 1)
        box.addWidget(self.status)
        self.query.installEventFilter(self)

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent

        if obj is self.query and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return super().eventFilter(obj, event)

    def run_query(self) -> None:
        text = self.query.text().strip()
        self._generation += 1
        gen = self._generation
        if not text:
            self.results.clear()
            self.status.clear()
            self.pending = False
            return
        self.pending = True
        # Bound methods, not lambdas: if the dialog closes first, Qt drops the connection.
        self.tasks.run(_search, gen, self.planner, text, on_done=self._show, on_failed=self._failed)

    def _show(self, answer: tuple[int, list[dict]]) -> None:
        gen, rows = answer
        if gen != self._generation:
            return
        self.pending = False
        self.results.clear()
        for r in rows:
            kind = QCoreApplication.translate("SearchDialog", KINDS.get(r["kind"], r["kind"]))
            text = f"{r['title']}   [{kind}]"
            if r.get("snippet") and r["snippet"] != r["title"]:
                text += f"\n    {r['snippet']}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (r["kind"], r["id"]))
            item.setToolTip(r.get("snippet") or r["title"])
            self.results.addItem(item)
        self.status.setText(self.tr("%1 result(s)").replace("%1", str(len(rows))))

    def _failed(self, exc: BaseException) -> None:
        self.pending = False
        self.status.setText(error_text(exc))

    def _activate_first(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run_query()
            return
        if self.results.count():
            self._activate(self.results.item(0))

    def _activate(self, item: QListWidgetItem) -> None:
        kind, rid = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(kind, rid)
        self.accept()
