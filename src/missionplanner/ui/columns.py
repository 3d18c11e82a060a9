"""Column widths of the window's lists: fitted to their contents until the user drags a border, then
kept as the user left them, across sessions (per list); and the list's main column (a meeting's or a
mission's title) takes the spare width without ever being squeezed to a few letters when the window
is narrow: the other columns give up width first."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from . import settings

COLUMNS = "window/columns/"  # + a list's objectName: {"count": n, "widths": {column: pixels}}
# The main column keeps at least this share of the list's width, and the others at least MIN_WIDTH.
MAIN_SHARE = 0.4
MIN_WIDTH = 48


def _setting(name: str) -> settings.Setting:
    return settings.Setting(COLUMNS + name, "", str)


class ColumnWidths(QObject):
    """Attached to a list by `setup_table` (which names the list and its main column)."""

    def __init__(self, table: QTableView, main: int, fit: bool):
        super().__init__(table)
        self.table, self.main, self.fit = table, main, fit
        self.header: QHeaderView = table.horizontalHeader()
        self.header.setStretchLastSection(False)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)
        self.chosen = self._load()
        self.natural: dict[int, int] = dict(self.chosen)
        self._adjusting = False
        self.header.sectionResized.connect(self._resized)
        self.header.sectionHandleDoubleClicked.connect(self._forget)
        table.viewport().installEventFilter(self)
        if fit:
            # The list is read on the worker: fit the columns when its first rows arrive.
            table.model().rowsInserted.connect(lambda _parent, first, _last: first == 0 and self.fit_columns())
            table.model().modelReset.connect(self.fit_columns)

    # What the user chose ---------------------------------------------------------------------------
    def _load(self) -> dict[int, int]:
        try:
            saved = json.loads(settings.get(_setting(self.table.objectName())) or "{}")
        except ValueError:
            return {}
        if saved.get("count") != self.header.count():  # the list's columns changed since: start afresh
            return {}
        return {int(c): int(w) for c, w in saved.get("widths", {}).items()}

    def _save(self) -> None:
        settings.put(_setting(self.table.objectName()),
                     json.dumps({"count": self.header.count(), "widths": self.chosen}))

    def _resized(self, column: int, _old: int, new: int) -> None:
        # A drag of a border (the mouse button is down on the header); not the list's own fitting.
        if self._adjusting or column == self.main or QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            return
        self.chosen[column] = self.natural[column] = new
        self._save()

    def _forget(self, column: int) -> None:
        """A double-click on a border fits that column to its contents again, as it was at first."""
        self.chosen.pop(column, None)
        self._save()
        self.natural[column] = self._fitted(column)
        self._apply()

    # Fitting -----------------------------------------------------------------------------------------
    def _fitted(self, column: int) -> int:
        return max(self.table.sizeHintForColumn(column), self.header.sectionSizeHint(column))

    def fit_columns(self) -> None:
        """Every column but the main one: as the user left it, else fitted to its contents (read
        when rows arrive, not at every resize of the window)."""
        for column in range(self.header.count()):
            if column == self.main:
                continue
            if column in self.chosen:
                self.natural[column] = self.chosen[column]
            elif self.fit:
                self.natural[column] = self._fitted(column)
        self._apply()

    def _apply(self) -> None:
        """Each column at its natural width, unless that would leave the main column less than its
        share: then the others narrow, the widest first, none below MIN_WIDTH (their full text stays
        in the tooltip and the detail pane)."""
        others = [c for c in range(self.header.count()) if c != self.main and not self.header.isSectionHidden(c)]
        # Without fitting, a column's natural width is the one the page gave it (or the user's).
        widths = {c: self.natural.setdefault(c, self.header.sectionSize(c)) for c in others}
        excess = sum(widths.values()) - self.table.viewport().width() * (1 - MAIN_SHARE)
        while excess > 1:
            widest = max(others, key=widths.__getitem__, default=None)
            if widest is None or widths[widest] <= MIN_WIDTH:
                break
            cut = min(excess, widths[widest] - MIN_WIDTH, max(1, widths[widest] // 4))
            widths[widest] -= cut
            excess -= cut
        self._adjusting = True
        try:
            for column, width in widths.items():
                if width != self.header.sectionSize(column):
                    self.header.resizeSection(column, width)
        finally:
            self._adjusting = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._apply()
        return False
