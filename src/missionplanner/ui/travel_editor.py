"""A mission's travel: the list of its segments (the mission editor's Travel tab) and the dialog for
one segment, each end with its own place and time zone. Reads and writes run on the worker through
planner.travel; a refusal is shown beside the field the service's error names."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError, StaleEditError
from ..services.timeutil import in_zone, require_zone
from ..services.vocabulary import TRAVEL_KINDS
from . import formatting as fmt
from .date_entry import DateEntry
from .kind_labels import travel_kind_text
from .messages import error_text
from .query_op import QueryOp
from .saving import Saving
from .undo import ServiceCommand, history_of, push_or_done
from .widgets import FieldErrors, ZoneComboBox, error_label, field_with_error

# What a segment's editor writes, as planner.travel.create / update take them.
TEXT_FIELDS = ("carrier", "number", "from_place", "from_code", "from_terminal", "to_place", "to_code",
               "to_terminal", "booking_ref", "seat", "notes")


def local_text(instant: datetime | None, zone_name: str) -> str:
    """A stored instant as the time box shows it: the wall clock of its end's zone."""
    if instant is None or not zone_name:
        return ""
    return in_zone(instant, zone_name).strftime("%Y-%m-%d %H:%M")


def day_shift(depart: datetime, from_zone: str, arrive: datetime, to_zone: str) -> int:
    """How many calendar days the local arrival date lies after the local departure date (negative
    when a flight over the date line lands "the day before")."""
    return (in_zone(arrive, to_zone).date() - in_zone(depart, from_zone).date()).days


def day_shift_text(days: int) -> str:
    if days == 0:
        return ""
    if days == 1:
        return QCoreApplication.translate("Travel", "+1 day")
    if days == -1:
        return QCoreApplication.translate("Travel", "-1 day")
    return QCoreApplication.translate("Travel", "%1 days").replace("%1", f"{days:+d}")


def _zone_label(instant: datetime, zone_name: str) -> str:
    """The zone's abbreviation at that instant (CEST, JST), or its name where it has none."""
    abbreviation = in_zone(instant, zone_name).tzname() or ""
    return zone_name if not abbreviation or abbreviation[0] in "+-" else abbreviation


def when_text(instant: datetime, zone_name: str) -> str:
    local = in_zone(instant, zone_name)
    return f"{fmt.short_date(local.date())} {local.strftime('%H:%M')} {_zone_label(instant, zone_name)}"


def segment_fields(segment: dict) -> dict:
    """A stored segment (planner.travel.list's row) as the fields create/update take: the values
    the undo stack writes back."""
    out = {k: segment.get(k) or "" for k in TEXT_FIELDS}
    out.update(kind=segment.get("kind") or "flight", from_timezone=segment.get("from_timezone") or "",
               to_timezone=segment.get("to_timezone") or "",
               traveller_ids=list(segment.get("traveller_ids") or []))
    for end, zone_key in (("depart", "from_timezone"), ("arrive", "to_timezone")):
        instant = segment.get(end)
        out[end] = in_zone(instant, out[zone_key]).isoformat(timespec="minutes") if instant else None
    return out


def _error_field(exc: MissionPlannerError) -> str:
    """The form field an error names: "arrive" also from "travel[0].arrive"."""
    parts = [p.split("[")[0] for p in (exc.field or "").split(".")]
    return parts[-1] if parts else ""


class TravelDialog(QDialog):
    """One travel segment. Saves on the worker; stays open with the reason beside the field when the
    service refuses it. `segment`: a row of planner.travel.list, or None for a new one."""

    def __init__(self, mission: dict, segment: dict | None = None, parent=None):
        super().__init__(parent)
        self.mission, self.segment = mission, segment
        self.segment_id: str | None = segment["id"] if segment else None
        self.version = segment.get("version") if segment else None
        self.old_fields: dict = segment_fields(segment) if segment else {}
        self.new_fields: dict = {}
        self.setWindowTitle(self.tr("Travel") if segment else self.tr("New travel"))
        self.setMinimumWidth(720)
        s = segment or {}

        self.kind = QComboBox()
        for code in TRAVEL_KINDS:
            self.kind.addItem(travel_kind_text(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(s.get("kind") or "flight")))
        self.carrier = QLineEdit(s.get("carrier", ""))
        self.carrier.setPlaceholderText(self.tr("e.g. All Nippon Airways, JR Central"))
        self.number = QLineEdit(s.get("number", ""))
        self.number.setPlaceholderText(self.tr("e.g. NH 232, Nozomi 21"))
        self.errors = FieldErrors(error_label())

        form = QFormLayout()
        for field, label, widget in (("kind", self.tr("&Kind"), self.kind),
                                     ("carrier", self.tr("&Carrier"), self.carrier),
                                     ("number", self.tr("N&umber"), self.number)):
            form.addRow(*field_with_error(self.errors, field, label, widget))

        home = mission.get("home_timezone") or "Europe/Brussels"
        self.ends: dict[str, dict] = {}
        ends = QHBoxLayout()
        for end, title, time_field, time_label in (
                ("from", self.tr("From"), "depart", self.tr("&Departure (local time)")),
                ("to", self.tr("To"), "arrive", self.tr("&Arrival (local time)"))):
            place = QLineEdit(s.get(f"{end}_place", ""))
            place.setPlaceholderText(self.tr("City, station or airport"))
            code = QLineEdit(s.get(f"{end}_code", ""))
            code.setPlaceholderText(self.tr("e.g. BRU, HND"))
            terminal = QLineEdit(s.get(f"{end}_terminal", ""))
            zone = ZoneComboBox()
            zone.set_zone(s.get(f"{end}_timezone") or home)
            # Each time in its own end's zone; the echo under it says the day and time understood.
            when = DateEntry("datetime", time_field)
            when.set_value(local_text(s.get(time_field), s.get(f"{end}_timezone") or ""))
            when.edit.setPlaceholderText(self.tr("e.g. 7/6/2017 12:00"))
            hint = QLabel()
            hint.setObjectName("travelTimeHint")
            self.ends[end] = {"place": place, "code": code, "terminal": terminal, "zone": zone, "when": when,
                              "hint": hint}
            box = QGroupBox(title)
            end_form = QFormLayout(box)
            for field, label, widget, extra in (
                    (f"{end}_place", self.tr("&Place") if end == "from" else self.tr("P&lace"), place, None),
                    (f"{end}_code", self.tr("Code"), code, None),
                    (f"{end}_terminal", self.tr("Terminal"), terminal, None),
                    (f"{end}_timezone", self.tr("Time &zone") if end == "from" else self.tr("Time z&one"),
                     zone, None),
                    (time_field, time_label, when, None)):
                end_form.addRow(*field_with_error(self.errors, field, label, widget, extra))
            end_form.addRow("", hint)  # under the time: days later, time under way
            ends.addWidget(box)
            when.changed.connect(self._update_hints)
            zone.currentTextChanged.connect(self._update_hints)
        self.from_place, self.from_code = self.ends["from"]["place"], self.ends["from"]["code"]
        self.from_zone, self.depart = self.ends["from"]["zone"], self.ends["from"]["when"]
        self.to_place, self.to_code = self.ends["to"]["place"], self.ends["to"]["code"]
        self.to_zone, self.arrive = self.ends["to"]["zone"], self.ends["to"]["when"]

        self.booking_ref = QLineEdit(s.get("booking_ref", ""))
        self.seat = QLineEdit(s.get("seat", ""))
        self.notes = QPlainTextEdit(s.get("notes", ""))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        more = QFormLayout()
        for field, label, widget in (("booking_ref", self.tr("&Booking reference"), self.booking_ref),
                                     ("seat", self.tr("&Seat"), self.seat)):
            more.addRow(*field_with_error(self.errors, field, label, widget))

        # Who travels: the mission's lead and delegation as saved (the service accepts no one else).
        self.travellers: dict[str, QCheckBox] = {}
        people = ([mission["lead"]] if mission.get("lead") else []) + [
            p for p in mission.get("delegation") or [] if not mission.get("lead") or p["id"] != mission["lead"]["id"]]
        chosen = set(s.get("traveller_ids") or [])
        travellers = QWidget()
        grid = QGridLayout(travellers)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, person in enumerate(people):
            box = QCheckBox(fmt.person_label(person))
            box.setChecked(person["id"] in chosen)
            self.travellers[person["id"]] = box
            grid.addWidget(box, i // 2, i % 2)
        if not people:
            grid.addWidget(QLabel(self.tr("The mission has no lead or delegation yet.")), 0, 0)
        more.addRow(*field_with_error(self.errors, "traveller_ids", self.tr("Travellers"), travellers))
        self.errors.labels["travellers"] = self.errors.labels["traveller_ids"]
        more.addRow(*field_with_error(self.errors, "notes", self.tr("&Notes"), self.notes))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.saving = Saving(self, buttons)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addLayout(ends)
        box.addLayout(more)
        box.addWidget(self.errors.general)
        box.addWidget(self.saving.status)
        box.addWidget(buttons)
        self._update_hints()

    # Times ------------------------------------------------------------------------------------------
    def _default_day(self) -> date:
        return date.fromisoformat(self.mission["start"]) if self.mission.get("start") else date.today()

    def parse_times(self) -> tuple[datetime, datetime]:
        """The typed departure and arrival as UTC instants, each read in its own end's zone (an
        arrival without a date falls on the departure's local date). Raises the error naming the
        field."""

        from_zone = require_zone(self.from_zone.zone(), field="from_timezone")
        to_zone = require_zone(self.to_zone.zone(), field="to_timezone")
        self._read_in(from_zone, to_zone)
        return self.depart.value(), self.arrive.value()

    def _read_in(self, from_zone: str, to_zone: str) -> None:
        """The zones and default days the two time entries read in (and echo with)."""
        home = self.mission.get("home_timezone") or "Europe/Brussels"
        self.depart.set_zone(from_zone, home)
        self.depart.set_default_day(self._default_day())
        self.arrive.set_zone(to_zone, home)
        try:
            depart = self.depart.value()
        except MissionPlannerError:
            return
        self.arrive.set_default_day(in_zone(depart, from_zone).date())

    def _update_hints(self, *_args) -> None:
        """Beside the arrival: the days it lies after the departure in local dates, and the time
        under way, so an overnight flight or a date-line crossing is plain before saving."""
        for end in self.ends.values():
            end["hint"].setText("")
        try:
            self._read_in(require_zone(self.from_zone.zone(), field="from_timezone"),
                          require_zone(self.to_zone.zone(), field="to_timezone"))
        except MissionPlannerError:
            return  # a zone not chosen yet: said when saving
        try:
            depart, arrive = self.parse_times()
        except MissionPlannerError:
            return
        minutes = int((arrive - depart).total_seconds() // 60)
        if minutes <= 0:
            return
        shift = day_shift_text(day_shift(depart, self.from_zone.zone(), arrive, self.to_zone.zone()))
        duration = self.tr("%1 h %2 min under way").replace("%1", str(minutes // 60)) \
            .replace("%2", f"{minutes % 60:02d}")
        self.ends["to"]["hint"].setText(f"{shift} · {duration}" if shift else duration)

    # Saving -----------------------------------------------------------------------------------------
    def fields(self) -> dict:
        """What planner.travel is given; times as ISO with their end's UTC offset."""
        depart, arrive = self.parse_times()
        data = {
            "kind": self.kind.currentData(), "carrier": self.carrier.text().strip(),
            "number": self.number.text().strip(),
            "from_place": self.from_place.text().strip(), "from_code": self.from_code.text().strip().upper(),
            "from_terminal": self.ends["from"]["terminal"].text().strip(),
            "from_timezone": self.from_zone.zone(),
            "to_place": self.to_place.text().strip(), "to_code": self.to_code.text().strip().upper(),
            "to_terminal": self.ends["to"]["terminal"].text().strip(), "to_timezone": self.to_zone.zone(),
            "booking_ref": self.booking_ref.text().strip(), "seat": self.seat.text().strip(),
            "notes": self.notes.toPlainText().strip(),
            "traveller_ids": [pid for pid, box in self.travellers.items() if box.isChecked()],
        }
        data["depart"] = in_zone(depart, data["from_timezone"]).isoformat(timespec="minutes")
        data["arrive"] = in_zone(arrive, data["to_timezone"]).isoformat(timespec="minutes")
        return data

    def save(self):
        if self.saving.busy:
            return None
        self.errors.clear()
        try:
            fields = self.fields()
        except MissionPlannerError as exc:
            self._show_error(exc)
            return None
        self.new_fields = fields
        if self.segment_id is None:
            mission_id = self.mission["id"]
            return self.saving.run(lambda planner: planner.travel.create(mission_id, **fields),
                                   self._created, self._refused)
        segment_id, version = self.segment_id, self.version
        return self.saving.run(lambda planner: planner.travel.update(segment_id, version, **fields),
                               self._updated, self._refused)

    def _created(self, segment_id: str) -> None:
        self.segment_id = segment_id
        push_or_done(history_of(self.parent()), lambda history: TravelCreated(
            history, segment_id, self.tr("Add travel %1").replace("%1", self._name())))
        self.accept()

    def _updated(self, version) -> None:
        self.version = version
        segment_id, old, new = self.segment_id, dict(self.old_fields), dict(self.new_fields)
        push_or_done(history_of(self.parent()), lambda history: TravelEdited(
            history, segment_id, old, new, self.tr("Edit travel %1").replace("%1", self._name())))
        self.accept()

    def _name(self) -> str:
        return self.number.text().strip() or f"{self.from_place.text().strip()} → {self.to_place.text().strip()}"

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEditError):
            self.errors.show(exc)
        elif isinstance(exc, MissionPlannerError):
            self._show_error(exc)
        else:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    def _show_error(self, exc: MissionPlannerError) -> None:
        field = _error_field(exc)
        shown = type(exc).like(exc, field=field) if field != exc.field else exc
        label = self.errors.show(shown)
        widget = self._field_widget(field)
        (widget or label).setFocus()

    def _field_widget(self, field: str) -> QWidget | None:
        end = "from" if field.startswith("from_") or field == "depart" else \
            "to" if field.startswith("to_") or field == "arrive" else None
        if end is not None:
            part = "when" if field in ("depart", "arrive") else field.split("_", 1)[1]
            part = "zone" if part == "timezone" else part
            return self.ends[end].get(part)
        return {"kind": self.kind, "carrier": self.carrier, "number": self.number,
                "booking_ref": self.booking_ref, "seat": self.seat, "notes": self.notes}.get(field)

    def reject(self) -> None:
        if self.saving.busy:  # the write goes on: close once it is done, not before
            return
        super().reject()


# Undo: a segment added, changed or deleted from the Travel tab ----------------------------------------

class TravelCreated(ServiceCommand):
    """Undo deletes the segment (keeping its snapshot); redo restores it under its own id."""

    def __init__(self, history, segment_id: str, text: str, *, done: bool = True, saved: dict | None = None):
        super().__init__(history, text, done=done)
        self.segment_id, self.saved = segment_id, saved

    def _delete(self) -> None:
        self.saved = self.planner.travel.snapshot(self.segment_id)
        self.planner.travel.delete(self.segment_id)

    def _restore(self) -> None:
        self.planner.travel.restore(self.saved)

    def apply(self) -> None:
        self._restore()

    def revert(self) -> None:
        self._delete()


class TravelDeleted(TravelCreated):
    """Already deleted (its snapshot taken first): undo restores it, redo deletes it again."""

    def apply(self) -> None:
        self._delete()

    def revert(self) -> None:
        self._restore()


class TravelEdited(ServiceCommand):
    def __init__(self, history, segment_id: str, old: dict, new: dict, text: str):
        super().__init__(history, text)
        self.segment_id = segment_id
        self.old = {k: old[k] for k in new if k in old and old[k] != new[k]}
        self.new = {k: new[k] for k in self.old}

    def apply(self) -> None:
        if self.new:
            self.planner.travel.update(self.segment_id, **self.new)

    def revert(self) -> None:
        if self.old:
            self.planner.travel.update(self.segment_id, **self.old)


def _delete_segment(planner, segment_id: str) -> dict:
    """On the worker: the segment's snapshot (for undo), then the deletion."""
    saved = planner.travel.snapshot(segment_id)
    planner.travel.delete(segment_id)
    return saved


# The Travel tab -------------------------------------------------------------------------------------

class TravelList(QWidget):
    """The mission's travel segments in departure order, with Add, Edit and Delete. Read on the worker
    when shown for a saved mission; a new mission gets its travel once it is saved."""

    COLUMNS = ("departure", "route", "carrier", "arrival", "travellers")
    changed = Signal()  # a segment was added, changed or deleted

    def __init__(self, mission: dict | None, parent=None):
        super().__init__(parent)
        self.mission = mission
        self.segments: list[dict] = []
        self.loading = False
        self.dialog: TravelDialog | None = None  # the segment dialog opened last
        self.confirm: QMessageBox | None = None  # the deletion's question, while it is asked
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("travelTable")
        self.table.setAccessibleName(self.tr("Travel"))
        self.table.setHorizontalHeaderLabels([self.tr("Departure (local)"), self.tr("From → to"),
                                              self.tr("Carrier and number"), self.tr("Arrival (local)"),
                                              self.tr("Travellers")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        self.table.itemActivated.connect(lambda _item: self.edit())
        self.add_button = QPushButton(self.tr("&Add travel…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit travel…"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("&Delete travel"))
        self.delete_button.clicked.connect(self.delete)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.errors = error_label()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        box.addWidget(self.note)
        box.addWidget(self.errors)
        saved = bool(mission and mission.get("id"))
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(saved)
        if not saved:
            self.note.setText(self.tr("Save the mission first; then add its flights, trains and cars here."))
        else:
            self.note.setText(self.tr("Travellers are chosen among the mission's lead and delegation as saved."))
            self.reload()

    def reload(self) -> None:
        mission_id = self.mission["id"]
        self.loading = True
        QueryOp(self, op=lambda planner: planner.travel.list(mission_id), success=self.show_segments,
                failure=self._failed).run()

    def show_segments(self, segments: list[dict]) -> None:
        self.loading = False
        self.segments = list(segments)
        self.table.setRowCount(len(self.segments))
        for row, s in enumerate(self.segments):
            arrival = when_text(s["arrive"], s["to_timezone"])
            shift = day_shift_text(day_shift(s["depart"], s["from_timezone"], s["arrive"], s["to_timezone"]))
            route_from = " ".join(x for x in (s.get("from_place"), f"({s['from_code']})" if s.get("from_code")
                                              else "") if x)
            route_to = " ".join(x for x in (s.get("to_place"), f"({s['to_code']})" if s.get("to_code") else "") if x)
            service = " ".join(x for x in (s.get("carrier"), s.get("number")) if x)
            carrier = f"{travel_kind_text(s.get('kind') or '')} · {service}" if service \
                else travel_kind_text(s.get("kind") or "")
            texts = (when_text(s["depart"], s["from_timezone"]), f"{route_from} → {route_to}", carrier,
                     f"{arrival} {shift}".strip(), ", ".join(s.get("travellers") or []))
            tips = (s["from_timezone"], "", s.get("booking_ref") or "", s["to_timezone"], "")
            for col, (text, tip) in enumerate(zip(texts, tips, strict=True)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s["id"])
                if tip:
                    item.setToolTip(tip)
                self.table.setItem(row, col, item)
        if self.segments and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        self.errors.setText(error_text(exc) if isinstance(exc, MissionPlannerError) else str(exc))
        self.errors.show()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.segments[rows[0].row()] if rows else None

    def add(self) -> TravelDialog | None:
        return self._open(None)

    def edit(self) -> TravelDialog | None:
        segment = self.selected()
        return self._open(segment) if segment else None

    def _open(self, segment: dict | None) -> TravelDialog | None:
        if not self.mission or not self.mission.get("id"):
            return None
        self.errors.hide()
        dialog = TravelDialog(self.mission, segment, self)
        self.dialog = dialog
        dialog.accepted.connect(self._saved)
        dialog.open()  # window-modal: no nested event loop
        return dialog

    def _saved(self) -> None:
        self.changed.emit()
        self.reload()

    def delete(self) -> None:
        segment = self.selected()
        if segment is None:
            return
        name = segment.get("number") or f"{segment.get('from_place', '')} → {segment.get('to_place', '')}"
        # Window-modal, answered through its signal: no nested event loop.
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete travel"),
                          self.tr("Delete the travel %1?").replace("%1", name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.accepted.connect(lambda: self._delete(segment, name))
        box.finished.connect(box.deleteLater)
        self.confirm = box
        box.open()

    def _delete(self, segment: dict, name: str) -> None:
        segment_id = segment["id"]
        text = self.tr("Delete travel %1").replace("%1", name)

        def deleted(saved: dict) -> None:
            push_or_done(history_of(self), lambda history: TravelDeleted(history, segment_id, text, saved=saved))
            self._saved()
        QueryOp(self, op=lambda planner: _delete_segment(planner, segment_id), success=deleted,
                failure=self._show_error).run()
