"""The follow-ups dashboard: open actions, overdue ones marked, filters, done / snooze / reopen."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError
from ..services import followups as followup_service
from ..services import gui_queries, listing
from . import formatting as fmt
from .models import ID_ROLE, FollowupsModel
from .widgets import setup_table

NO_DATE = QDate(2000, 1, 1)


def _date_filter(accessible: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    edit.setAccessibleName(accessible)
    return edit


class FollowupsPage(QWidget):
    overdue_changed = Signal(int)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.home_zone = "Europe/Brussels"
        self.mission_filter = QComboBox()
        self.mission_filter.setAccessibleName(self.tr("Filter by mission"))
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Filter by owner"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("Overdue"), "overdue")
        self.status_filter.addItem(self.tr("Done"), "done")
        self.status_filter.addItem(self.tr("All"), "")
        self.due_from = _date_filter(self.tr("Due from"))
        self.due_to = _date_filter(self.tr("Due until"))
        for w in (self.mission_filter, self.owner_filter, self.status_filter):
            w.currentIndexChanged.connect(lambda _i: self.refresh_rows())
        for w in (self.due_from, self.due_to):
            w.dateChanged.connect(lambda _d: self.refresh_rows())
        self.summary = QLabel()
        self.summary.setObjectName("followupsSummary")
        self.model = FollowupsModel(self._fetch, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, "followupsTable", self.tr("Follow-ups"), FollowupsModel.COL_ACTION)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for label, days in ((self.tr("Until tomorrow"), 1), (self.tr("For three days"), 3),
                            (self.tr("For a week"), 7), (self.tr("For a month"), 30)):
            menu.addAction(label, lambda d=days: self.snooze(d))
        self.snooze_button.setMenu(menu)
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Mission:"), self.mission_filter), (self.tr("Owner:"), self.owner_filter),
                              (self.tr("Show:"), self.status_filter), (self.tr("Due from:"), self.due_from),
                              (self.tr("until:"), self.due_to)):
            lab = QLabel(label)
            lab.setBuddy(widget)
            filters.addWidget(lab)
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(filters)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)

    def refresh(self) -> None:
        """Reload the filter choices and the rows."""
        for combo, items in ((self.mission_filter, listing.mission_rows(self.db)),
                             (self.owner_filter, gui_queries.followup_owners(self.db))):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for it in items:
                combo.addItem(it.get("title") or fmt.person_label(it), it["id"])
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
            combo.blockSignals(False)
        self.refresh_rows()

    def _date(self, edit: QDateEdit) -> date | None:
        d = edit.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())

    def filters(self) -> dict:
        status = self.status_filter.currentData()
        return {"mission": self.mission_filter.currentData(), "owner_id": self.owner_filter.currentData(),
                "overdue": status == "overdue", "status": status if status in ("open", "done") else None,
                "due_from": self._date(self.due_from), "due_to": self._date(self.due_to),
                "home_tz": self.home_zone}

    def _fetch(self, limit: int, offset: int) -> list[dict]:
        return listing.page_followups(self.db, offset, limit, **self.filters())

    def refresh_rows(self) -> None:
        """Rows a page at a time (the lazy model), counts from the database."""
        keep = self.current_id()
        self.model.reload()
        if self.model.canFetchMore():
            self.model.fetchMore()
        if keep:
            while self.model.find(keep) < 0 and self.model.canFetchMore() and self.model.rowCount() < 2000:
                self.model.fetchMore()
            if self.model.find(keep) >= 0:
                self.table.selectRow(self.model.find(keep))
        filters = self.filters()
        shown = listing.count_followups(self.db, **filters)
        if filters["status"] == "done":
            shown_overdue = 0
        else:
            shown_overdue = listing.count_followups(self.db, **dict(filters, overdue=True, status=None))
        overdue = followup_service.count_overdue(self.db, home_tz=self.home_zone)
        self.summary.setText(self.tr("%1 follow-up(s) shown, %2 overdue; %3 overdue in all")
                             .replace("%1", str(shown)).replace("%2", str(shown_overdue))
                             .replace("%3", str(overdue)))
        self.overdue_changed.emit(overdue)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current(self) -> dict | None:
        fid = self.current_id()
        return self.model.row(self.model.find(fid)) if fid else None

    def _act(self, fn) -> None:
        f = self.current()
        if f is None:
            return
        try:
            fn(f)
        except MissionPlannerError as exc:
            QMessageBox.warning(self, self.tr("Follow-up"), str(exc))
        self.refresh_rows()

    def mark_done(self) -> None:
        self._act(lambda f: followup_service.complete_followup(self.db, f["id"], f["version"]))

    def reopen(self) -> None:
        self._act(lambda f: followup_service.reopen_followup(self.db, f["id"], f["version"]))

    def snooze(self, days: int) -> None:
        self._act(lambda f: followup_service.snooze_followup(
            self.db, f["id"], date.today() + timedelta(days=days), f["version"]))
