"""An ordered list of short texts edited in place: a meeting's points to make, a mission's key
messages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class TalkingPoints(QWidget):
    """An ordered list: drag and drop or Up/Down to reorder, double-click to edit."""

    def __init__(self, points: list[str], title: str, parent=None, new_text: str | None = None):
        """`new_text`: what Add writes for the reader to type over (default "New point")."""
        super().__init__(parent)
        self.new_text = new_text
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setMinimumHeight(110)
        self.list.setWordWrap(True)  # a long point reads whole, over several lines
        self.list.setAlternatingRowColors(True)  # where one point ends and the next begins
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for p in points:
            self._item(p)
        style = self.style()
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove)
        up = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), "")
        up.setAccessibleName(self.tr("Move the point up"))
        up.setToolTip(self.tr("Move up (Alt+Up)"))
        up.setShortcut("Alt+Up")
        up.clicked.connect(lambda: self.move(-1))
        down = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), "")
        down.setAccessibleName(self.tr("Move the point down"))
        down.setToolTip(self.tr("Move down (Alt+Down)"))
        down.setShortcut("Alt+Down")
        down.clicked.connect(lambda: self.move(1))
        buttons = QVBoxLayout()
        for b in (add, remove, up, down):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.list, 1)
        box.addLayout(buttons)

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def add(self) -> None:
        item = self._item(self.new_text or self.tr("New point"))
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def set_points(self, points: list[str]) -> None:
        self.list.clear()
        for p in points:
            self._item(p)

    def points(self) -> list[str]:
        return [self.list.item(i).text().strip() for i in range(self.list.count())
                if self.list.item(i).text().strip()]
