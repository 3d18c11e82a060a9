"""Small Qt item models over lists of plain dicts from the services (the Vorta lesson).

Each model names its columns with COL_* constants; no ORM object ever reaches a model. The people
model fetches rows page by page (canFetchMore/fetchMore), so a list of 100,000 people opens at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from . import formatting as fmt
from . import zone_names
from .messages import problem_text

ERROR_COLOUR = QColor("#b3261e")
WARNING_COLOUR = QColor("#8a5a00")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # what a sorting proxy compares (ISO dates, not shown text)
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, ID_ROLE, ROW_ROLE,
                    SORT_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole})


class RowsModel(QAbstractTableModel):
    """A table over a list of dicts. Subclasses give HEADERS and `text(row, column)`."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, rows: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = list(rows or [])

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, i: int) -> dict | None:
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def find(self, record_id: str) -> int:
        for i, r in enumerate(self.rows):
            if r.get("id") == record_id:
                return i
        return -1

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("Models", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # A view asks every cell for about eight roles as it lays out and paints; the ones no model
        # here answers (alignment, background, check state, size hint) return at once.
        if role not in _ROLES or not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, index.column())
        if role == ID_ROLE:
            return row.get("id")
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, index.column())
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, index.column())
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, index.column())
        return None

    def text(self, row: dict, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: dict, column: int):
        return self.text(row, column).casefold()

    def tooltip(self, row: dict, column: int):
        return None

    def foreground(self, row: dict, column: int):
        return None

    def font(self, row: dict, column: int):
        return None

    def decoration(self, row: dict, column: int):
        return None


class SortedRowsModel(RowsModel):
    """A RowsModel that sorts itself: one key per row (`sort_key`), computed once per sort.

    A QSortFilterProxyModel sorting 2,000 rows asks `data()` twice per comparison, about 45,000
    Python calls; here the list is sorted in place, and rows given to `set_rows` arrive in the
    current order. Pair it with a proxy whose `sort` hands over to the model (missions page).
    """

    def __init__(self, rows: list[dict] | None = None, parent=None):
        super().__init__(rows, parent)
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder

    def _sorted(self, rows: list[dict]) -> list[dict]:
        if self.sort_column < 0:
            return list(rows)
        column = self.sort_column
        return sorted(rows, key=lambda r: self.sort_key(r, column),
                      reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: list[dict]) -> None:
        super().set_rows(self._sorted(rows))

    def complete_rows(self, rows: list[dict]) -> bool:
        """All the rows, over the first of them (a first screen, read first). When what the model
        holds is the beginning of `rows` in the current order, the rest are appended (selection and
        scroll position stay) and True is returned; otherwise (sorted by another column meanwhile)
        the model is reset to `rows`, sorted, and False is returned."""
        rows = self._sorted(rows)
        n = len(self.rows)
        if n > len(rows) or [r.get("id") for r in self.rows] != [r.get("id") for r in rows[:n]]:
            self.set_rows(rows)
            return False
        if len(rows) > n:
            self.beginInsertRows(QModelIndex(), n, len(rows) - 1)
            self.rows.extend(rows[n:])
            self.endInsertRows()
        # The first rows as read the second time (read a moment apart: the same, unless edited).
        if self.rows[:n] != rows[:n]:
            self.rows[:n] = rows[:n]
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, self.columnCount() - 1))
        return True

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = {id(r): i for i, r in enumerate(self.rows)}
        self.rows = self._sorted(self.rows)
        after = {before[id(r)]: i for i, r in enumerate(self.rows)}
        for old in self.persistentIndexList():
            row = after.get(old.row(), -1)
            self.changePersistentIndex(old, self.index(row, old.column()) if row >= 0 else QModelIndex())
        self.layoutChanged.emit()


class MissionsModel(SortedRowsModel):
    COL_TITLE, COL_DATES, COL_CITIES, COL_KIND, COL_STATUS = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("Models", "Title"), QT_TRANSLATE_NOOP("Models", "Dates"),
               QT_TRANSLATE_NOOP("Models", "Cities"), QT_TRANSLATE_NOOP("Models", "Kind"),
               QT_TRANSLATE_NOOP("Models", "Status"))

    def text(self, row, column):
        if column == self.COL_TITLE:
            return row["title"]
        if column == self.COL_DATES:
            return fmt.date_span(row["start"], row["end"])
        if column == self.COL_CITIES:
            return ", ".join(row.get("cities") or [])
        if column == self.COL_KIND:
            return fmt.kind_text(row.get("kind", ""))
        return fmt.status_text(row["status"])

    def sort_key(self, row, column):
        if column == self.COL_DATES:
            return row["start"]
        return super().sort_key(row, column)


class LegsModel(RowsModel):
    COL_CITY, COL_COUNTRY, COL_ZONE, COL_ARRIVE, COL_DEPART = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("Models", "City"), QT_TRANSLATE_NOOP("Models", "Country"),
               QT_TRANSLATE_NOOP("Models", "Time zone"), QT_TRANSLATE_NOOP("Models", "Arrival"),
               QT_TRANSLATE_NOOP("Models", "Departure"))

    def text(self, row, column):
        if column == self.COL_CITY:
            native = row.get("city_native")
            return f"{row['city']} ({native})" if native else row["city"]
        if column == self.COL_COUNTRY:
            return row["country"]
        if column == self.COL_ZONE:
            return zone_names.described(row["timezone"])
        key = "arrive" if column == self.COL_ARRIVE else "depart"
        return fmt.date_time((row.get(key) or "")[:16] or None)


class AgendaModel(RowsModel):
    """A mission's meetings day by day: a header row per day, then its meetings.

    Rows are {"kind": "day", "date": ...} or {"kind": "meeting", ...meeting dict...}; problems from
    the scheduling checks are attached by meeting id and shown as colour, icon and tooltip.
    """

    COL_LOCAL, COL_HOME, COL_TITLE, COL_PLACE, COL_STATUS, COL_PROBLEMS = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("Models", "Local time"), QT_TRANSLATE_NOOP("Models", "Home time"),
               QT_TRANSLATE_NOOP("Models", "Meeting"), QT_TRANSLATE_NOOP("Models", "Place"),
               QT_TRANSLATE_NOOP("Models", "Status"), QT_TRANSLATE_NOOP("Models", "Problems"))

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.problems: dict[str, list[dict]] = {}
        self.icons: dict[str, object] = {}

    MAX_EMPTY_DAYS = 62  # a mission spanning more days lists only the days that have meetings

    def set_meetings(self, meetings: list[dict], start: str | None = None, end: str | None = None,
                     legs: list[dict] | None = None) -> None:
        """Every day of the mission (each meeting under its venue-local day), with where the
        delegation is that day; days without meetings are listed too, so gaps show."""
        by_day: dict[str, list[dict]] = {}
        for m in sorted(meetings, key=lambda m: m["start"]):
            by_day.setdefault(m["start"][:10], []).append(m)
        days = set(by_day)
        if start and end:
            first, last = date.fromisoformat(start), date.fromisoformat(end)
            if 0 <= (last - first).days <= self.MAX_EMPTY_DAYS:
                days |= {(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)}
        rows: list[dict] = []
        for day in sorted(days):
            cities = [leg["city"] for leg in legs or []
                      if leg["arrive"][:10] <= day <= leg["depart"][:10]]
            rows.append({"kind": "day", "date": day, "id": None, "cities": cities,
                         "empty": day not in by_day})
            rows.extend(dict(m, kind="meeting") for m in by_day.get(day, []))
        self.set_rows(rows)

    def set_problems(self, problems: list[dict]) -> None:
        by_meeting: dict[str, list[dict]] = {}
        for p in problems:
            for mid in p.get("meeting_ids") or []:
                by_meeting.setdefault(mid, []).append(p)
        self.problems = by_meeting
        if self.rows:  # the same rows, new marks: a reset would drop the user's selection
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def meeting_problems(self, meeting_id: str) -> list[dict]:
        return self.problems.get(meeting_id, [])

    def severity(self, meeting_id: str) -> str | None:
        found = self.problems.get(meeting_id) or []
        if any(p.get("severity") == "error" for p in found):
            return "error"
        return "warning" if found else None

    def text(self, row, column):
        if row["kind"] == "day":
            if column != 0:
                return ""
            parts = [fmt.day_label(row["date"])]
            if row.get("cities"):
                parts.append(" → ".join(row["cities"]))
            if row.get("empty"):
                parts.append(QCoreApplication.translate("Models", "no meetings"))
            return " — ".join(parts)
        if column == self.COL_LOCAL:
            # The meeting's own city ("Nagoya"), not the city its zone is named after ("Tokyo").
            place = row.get("city") or zone_names.city(row["timezone"])
            return f"{fmt.time_range(row['start'], row['end'])} {place}"
        if column == self.COL_HOME:
            home_day = row["start_home"][:10]
            extra = "" if home_day == row["start"][:10] else f" ({fmt.short_date(home_day)})"
            return fmt.time_range(row["start_home"], row["end_home"]) + extra
        if column == self.COL_TITLE:
            return row["title"]
        if column == self.COL_PLACE:
            return ", ".join(x for x in (row.get("venue"), row.get("city")) if x)
        if column == self.COL_STATUS:
            return fmt.status_text(row["status"])
        problems = self.problems.get(row["id"]) or []
        return "; ".join(_problem_label(p) for p in problems)

    def tooltip(self, row, column):
        if row["kind"] != "meeting":
            return None
        problems = self.problems.get(row["id"]) or []
        if problems:
            return "\n".join(problem_text(p) for p in problems)
        return None

    def foreground(self, row, column):
        if row["kind"] != "meeting":
            return QBrush(QColor("#6b6b6b")) if row.get("empty") else None
        sev = self.severity(row["id"])
        if sev == "error":
            return QBrush(ERROR_COLOUR)
        if sev == "warning" and column in (self.COL_TITLE, self.COL_PROBLEMS):
            return QBrush(WARNING_COLOUR)
        return None

    def font(self, row, column):
        if row["kind"] == "day":
            f = QFont()
            f.setBold(True)
            return f
        return None

    def decoration(self, row, column):
        if row["kind"] != "meeting" or column != self.COL_TITLE:
            return None
        sev = self.severity(row["id"])
        return self.icons.get(sev) if sev else None



# The Problems column's short word for each problem code (the tooltip says the whole sentence).
PROBLEM_LABELS = {
    "overlap": QT_TRANSLATE_NOOP("Problems", "overlap"),
    "travel": QT_TRANSLATE_NOOP("Problems", "travel time"),
    "outside-leg": QT_TRANSLATE_NOOP("Problems", "outside the leg"),
    "after-hours": QT_TRANSLATE_NOOP("Problems", "after hours"),
    "holiday": QT_TRANSLATE_NOOP("Problems", "public holiday"),
    "arrival": QT_TRANSLATE_NOOP("Problems", "soon after arrival"),
    "before-arrival": QT_TRANSLATE_NOOP("Problems", "before arrival"),
    "after-departure": QT_TRANSLATE_NOOP("Problems", "after departure"),
    "no-travel": QT_TRANSLATE_NOOP("Problems", "no travel"),
    "travel-overlap": QT_TRANSLATE_NOOP("Problems", "travel overlap"),
    "travel-clash": QT_TRANSLATE_NOOP("Problems", "while travelling"),
}


def _problem_label(problem: dict) -> str:
    code = problem.get("code", "")
    return QCoreApplication.translate("Problems", PROBLEM_LABELS.get(code, code))


def problem_label(problem: dict) -> str:
    return _problem_label(problem)


class LazyRowsModel(RowsModel):
    """Rows fetched a page at a time from `fetch(limit, offset)` as the view scrolls."""

    PAGE = 200

    def __init__(self, fetch: Callable[[int, int], list[dict]], parent=None):
        super().__init__([], parent)
        self._fetch = fetch
        self._exhausted = True  # nothing is read until the page first reloads (when it is shown)

    def set_fetch(self, fetch: Callable[[int, int], list[dict]]) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self.rows = []
        self._exhausted = False
        self.endResetModel()

    def reload(self) -> None:
        self.set_fetch(self._fetch)

    def canFetchMore(self, parent=QModelIndex()):  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()):  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch(self.PAGE, len(self.rows))
        if len(page) < self.PAGE:
            self._exhausted = True
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()


class PlannerRowsModel(LazyRowsModel):
    """Rows read a page at a time on the application's worker (Anki's browser table): `fetch(planner,
    limit, offset)` runs there, and the page's rows are inserted when they arrive. While a page is
    being read no other is asked for; a page read for an earlier `set_fetch` (another filter, another
    order) is dropped. The model's parent is the widget whose planner and window it works for."""

    loaded = Signal()  # a page came in

    def __init__(self, fetch: Callable[[object, int, int], list[dict]] | None = None, parent=None):
        super().__init__(fetch or (lambda _planner, _limit, _offset: []), parent)
        self._generation = 0
        self._pending = False
        self._seek: tuple | None = None

    @property
    def loading(self) -> bool:
        return self._pending

    def set_fetch(self, fetch: Callable[[object, int, int], list[dict]]) -> None:
        self._generation += 1
        self._pending = False
        super().set_fetch(fetch)

    def canFetchMore(self, parent=QModelIndex()):  # noqa: B008
        return super().canFetchMore(parent) and not self._pending

    def fetchMore(self, parent=QModelIndex()):  # noqa: B008
        if parent.isValid() or self._exhausted or self._pending:
            return
        from .query_op import QueryOp

        fetch, limit, offset, generation = self._fetch, self.PAGE, len(self.rows), self._generation
        self._pending = True
        QueryOp(self.parent(), op=lambda planner: fetch(planner, limit, offset),
                success=lambda page: self._arrived(generation, offset, page),
                failure=lambda _exc: self._arrived(generation, offset, None)).run()

    def _arrived(self, generation: int, offset: int, page: list[dict] | None) -> None:
        if generation != self._generation or offset != len(self.rows):
            return  # read for a list that has since been read again
        self._pending = False
        if page is None:  # the read failed: stop here rather than ask again and again
            self._exhausted = True
            page = []
        if len(page) < self.PAGE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.loaded.emit()
        self._continue_seek()

    def fetch_until(self, record_id: str, then: Callable[[int], None], max_rows: int | None = None) -> None:
        """Read pages until `record_id` is among the rows, or there is nothing more to read (or
        `max_rows` were read), then `then(row)` (-1 when not found). A later `set_fetch` or
        `fetch_until` replaces this one."""
        self._seek = (self._generation, record_id, then, max_rows)
        self._continue_seek()

    def _continue_seek(self) -> None:
        if self._seek is None:
            return
        generation, record_id, then, max_rows = self._seek
        if generation != self._generation:
            self._seek = None
            return
        row = self.find(record_id)
        if row < 0 and not self._exhausted and (max_rows is None or len(self.rows) < max_rows):
            self.fetchMore()  # (a page already on its way continues the seek when it comes)
            return
        self._seek = None
        then(row)

    def first_page(self, then: Callable[[], None]) -> None:
        """`then()` once the first page is in (at once when it already is)."""
        self.fetch_until(_FIRST_PAGE, lambda _row: then(), max_rows=1)


_FIRST_PAGE = object()  # what fetch_until looks for to stop after the first page: no row has it as id


class PeopleModel(PlannerRowsModel):
    COL_NAME, COL_NATIVE, COL_TITLE, COL_ORGANIZATION = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("Models", "Name"), QT_TRANSLATE_NOOP("Models", "Native name"),
               QT_TRANSLATE_NOOP("Models", "Title"), QT_TRANSLATE_NOOP("Models", "Organization"))

    def tooltip(self, row, column):
        return self.text(row, column) or None  # the columns elide long names

    def text(self, row, column):
        if column == self.COL_NAME:
            return row["name"]
        if column == self.COL_NATIVE:
            return row.get("native_name") or ""
        if column == self.COL_TITLE:
            return row.get("title") or ""
        return row.get("organization") or ""


class OrganizationsModel(PlannerRowsModel):
    COL_NAME, COL_NATIVE, COL_KIND, COL_COUNTRY, COL_CITY = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("Models", "Name"), QT_TRANSLATE_NOOP("Models", "Native name"),
               QT_TRANSLATE_NOOP("Models", "Kind"), QT_TRANSLATE_NOOP("Models", "Country"),
               QT_TRANSLATE_NOOP("Models", "City"))

    def text(self, row, column):
        if column == self.COL_KIND:
            return fmt.org_kind_text(row.get("kind") or "")
        key = ("name", "native_name", "kind", "country", "city")[column]
        return row.get(key) or ""


class AgreementsModel(RowsModel):
    COL_TITLE, COL_PARTIES, COL_SIGNED, COL_STATUS = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("Models", "Title"), QT_TRANSLATE_NOOP("Models", "Parties"),
               QT_TRANSLATE_NOOP("Models", "Signed"), QT_TRANSLATE_NOOP("Models", "Status"))

    def tooltip(self, row, column):
        return self.text(row, column) or None  # long titles and party lists are elided

    def sort_key(self, row, column):
        if column == self.COL_SIGNED:
            return row.get("signed") or ""
        return super().sort_key(row, column)

    def text(self, row, column):
        if column == self.COL_TITLE:
            return row["title"]
        if column == self.COL_PARTIES:
            return ", ".join(p["name"] + (f" ({p['native_name']})" if p.get("native_name") else "")
                             for p in row.get("parties") or [])
        if column == self.COL_SIGNED:
            return fmt.short_date(row.get("signed"))
        return fmt.status_text(row.get("status", ""))


class FollowupsModel(PlannerRowsModel):
    COL_DUE, COL_ACTION, COL_MEETING, COL_OWNER, COL_MISSION, COL_STATUS = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("Models", "Due"), QT_TRANSLATE_NOOP("Models", "Action"),
               QT_TRANSLATE_NOOP("Models", "From meeting"),
               QT_TRANSLATE_NOOP("Models", "Owner"), QT_TRANSLATE_NOOP("Models", "Mission"),
               QT_TRANSLATE_NOOP("Models", "Status"))

    def text(self, row, column):
        if column == self.COL_DUE:
            due = fmt.short_date(row.get("due"))
            if row.get("overdue"):
                return QCoreApplication.translate("Models", "%1 (overdue)").replace("%1", due)
            return due
        if column == self.COL_ACTION:
            return row["action"]
        if column == self.COL_MEETING:
            return row.get("meeting") or ""
        if column == self.COL_OWNER:
            return fmt.person_label(row.get("owner"))
        if column == self.COL_MISSION:
            return row.get("mission") or ""
        return fmt.status_text(row["status"])

    def foreground(self, row, column):
        if row.get("overdue"):
            return QBrush(ERROR_COLOUR)
        return None

    def tooltip(self, row, column):
        if row.get("meeting"):
            return QCoreApplication.translate("Models", "From the meeting: %1").replace("%1", row["meeting"])
        return None
