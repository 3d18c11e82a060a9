"""The "if raised" lines of a meeting brief: a question the other side may bring up, and the line to
take on it, one pair per row (what the pack prints under "If raised")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class IfRaisedEditor(QWidget):
    COL_TOPIC, COL_LINE = range(2)

    def __init__(self, items: list[dict], parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("ifRaised")
        self.table.setAccessibleName(self.tr("If raised: the question and the line to take"))
        self.table.setHorizontalHeaderLabels([self.tr("If raised (question)"), self.tr("Line to take")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_TOPIC, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.COL_LINE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(self.COL_TOPIC, 220)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(90)
        for item in items:
            self.add(item.get("topic", ""), item.get("line", ""))
        add = QPushButton(self.tr("Add a questi&on"))
        add.clicked.connect(lambda: self._start_new())
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove the question"))
        remove.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)

    def add(self, topic: str = "", line: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, self.COL_TOPIC, QTableWidgetItem(topic))
        self.table.setItem(row, self.COL_LINE, QTableWidgetItem(line))
        return row

    def _start_new(self) -> None:
        row = self.add()
        self.table.setCurrentCell(row, self.COL_TOPIC)
        self.table.editItem(self.table.item(row, self.COL_TOPIC))

    def remove(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def items(self) -> list[dict]:
        """The pairs typed, rows left wholly empty dropped; a half-filled row is kept, so the
        service names what is missing ("if raised, line 2: the line to take is required")."""
        out = []
        for row in range(self.table.rowCount()):
            topic, line = (self.table.item(row, c).text().strip() if self.table.item(row, c) else ""
                           for c in (self.COL_TOPIC, self.COL_LINE))
            if topic or line:
                out.append({"topic": topic, "line": line})
        return out
