"""Create or edit a mission and its legs (cities with their zones and local arrival/departure)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError, StaleEditError
from ..services import vocabulary
from . import formatting as fmt
from .date_entry import DateEntry
from .messages import error_text
from .models import LegsModel
from .point_list import TalkingPoints
from .query_op import QueryOp
from .saving import Saving
from .tasks import Task
from .travel_editor import TravelList
from .undo import leg_snapshot
from .widgets import (
    FieldErrors,
    PersonPicker,
    ZoneComboBox,
    ask,
    error_label,
    field_with_error,
    setup_table,
)


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso[:10]) if iso else None


def _add_field(form: QFormLayout, errors: FieldErrors, field: str, label: str, widget) -> None:
    form.addRow(*field_with_error(errors, field, label, widget))


class LegDialog(QDialog):
    """One leg: city, country, zone (searchable), arrival and departure in local time."""

    def __init__(self, leg: dict | None, default_day: date | None, parent=None, planner=None):
        """`planner`: to offer Translations… for a leg already saved."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leg") if leg else self.tr("New leg"))
        leg = leg or {}
        self.leg = leg
        self.city = QLineEdit(leg.get("city", ""))
        self.city_native = QLineEdit(leg.get("city_native", ""))
        self.country = QLineEdit(leg.get("country", ""))
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("JP, KR, BE…")
        self.zone = ZoneComboBox()
        self.zone.set_zone(leg.get("timezone", ""))
        # Times typed as a meeting's are, in the leg's zone; the echo under each says it in words.
        self.arrive = DateEntry("datetime", "arrive")
        self.depart = DateEntry("datetime", "depart")
        self.check_in = DateEntry("datetime", "check_in", required=False)
        self.check_out = DateEntry("datetime", "check_out", required=False)
        for entry, key in ((self.arrive, "arrive"), (self.depart, "depart"), (self.check_in, "check_in"),
                           (self.check_out, "check_out")):
            entry.set_value(leg.get(key))
        self.arrive.set_default_day(default_day)
        self.zone.currentTextChanged.connect(self._zone_changed)
        self.arrive.changed.connect(self._arrival_changed)
        self.depart.changed.connect(self._departure_changed)
        self._zone_changed()
        self.hotel = QLineEdit(leg.get("hotel", ""))
        self.hotel_address = QLineEdit(leg.get("hotel_address", ""))
        self.hotel_phone = QLineEdit(leg.get("hotel_phone", ""))
        self.hotel_phone.setPlaceholderText("+81 3 …")
        self.check_in.edit.setPlaceholderText(self.tr("e.g. 8/6/2017 15:00 (optional)"))
        self.check_out.edit.setPlaceholderText(self.tr("e.g. 11/6/2017 11:00 (optional)"))
        # What the pack's contacts page gives for the stay: the embassy's numbers, the local ones.
        self.embassy = QLineEdit(leg.get("embassy", ""))
        self.embassy.setPlaceholderText(self.tr("Embassy of Belgium, its duty phone"))
        self.emergency = QLineEdit(leg.get("emergency", ""))
        self.emergency.setPlaceholderText(self.tr("Police 110, fire and ambulance 119"))
        self.notes = QPlainTextEdit(leg.get("notes", ""))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.errors = FieldErrors(error_label())
        form = QFormLayout()
        _add_field(form, self.errors, "city", self.tr("&City"), self.city)
        _add_field(form, self.errors, "city_native", self.tr("City in native script"), self.city_native)
        _add_field(form, self.errors, "country", self.tr("C&ountry (ISO code)"), self.country)
        _add_field(form, self.errors, "timezone", self.tr("Time &zone"), self.zone)
        _add_field(form, self.errors, "arrive", self.tr("&Arrival (local time)"), self.arrive)
        _add_field(form, self.errors, "depart", self.tr("&Departure (local time)"), self.depart)
        _add_field(form, self.errors, "hotel", self.tr("&Hotel"), self.hotel)
        _add_field(form, self.errors, "hotel_address", self.tr("Hotel add&ress"), self.hotel_address)
        _add_field(form, self.errors, "hotel_phone", self.tr("Hotel &phone"), self.hotel_phone)
        _add_field(form, self.errors, "check_in", self.tr("Check-&in (local time)"), self.check_in)
        _add_field(form, self.errors, "check_out", self.tr("Check-ou&t (local time)"), self.check_out)
        _add_field(form, self.errors, "embassy", self.tr("&Embassy"), self.embassy)
        _add_field(form, self.errors, "emergency", self.tr("Emer&gency numbers"), self.emergency)
        _add_field(form, self.errors, "notes", self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        if planner is not None:  # the printed texts of a saved leg in three languages
            from .translations_dialog import add_translations_button

            self.translations_button = add_translations_button(
                buttons, planner, "leg", leg.get("id"), lambda: self.city.text().strip(),
                self.tr("Trans&lations…"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.errors.general)
        box.addWidget(buttons)

    def _entries(self) -> tuple[DateEntry, ...]:
        return self.arrive, self.depart, self.check_in, self.check_out

    def _zone_changed(self, *_args) -> None:
        zone = self.zone.zone()
        for entry in self._entries():
            entry.set_zone(zone)

    def _arrival_changed(self) -> None:
        """A time typed alone falls on the arrival's day (the departure's for the check-out)."""
        day = _wall_day(self.arrive)
        for entry in (self.depart, self.check_in):
            entry.set_default_day(day)

    def _departure_changed(self) -> None:
        self.check_out.set_default_day(_wall_day(self.depart))

    def values(self) -> dict:
        """The leg's fields, times as its wall clock ("2017-06-08T15:00"); a time that cannot be
        read is given as typed (problems() says why)."""
        out = {
            "city": self.city.text().strip(), "city_native": self.city_native.text().strip(),
            "country": self.country.text().strip().upper(), "timezone": self.zone.zone(),
            "hotel": self.hotel.text().strip(), "notes": self.notes.toPlainText().strip(),
            "hotel_address": self.hotel_address.text().strip(), "hotel_phone": self.hotel_phone.text().strip(),
            "embassy": self.embassy.text().strip(), "emergency": self.emergency.text().strip(),
        }
        for entry in self._entries():
            try:
                local = entry.local_value()
            except MissionPlannerError:
                out[entry.field] = entry.text().strip()
                continue
            out[entry.field] = local.strftime("%Y-%m-%dT%H:%M") if local else None
        return out

    def problems(self) -> list[MissionPlannerError]:
        """Every reason the leg cannot be kept as it is, each for its field."""
        from ..services.missions import leg_problems

        typed = [p for p in (entry.problem() for entry in self._entries()) if p is not None]
        bad = {p.field for p in typed}
        data = {k: v for k, v in self.values().items() if k not in bad}
        return typed + leg_problems(data)

    def _accept(self) -> None:
        """The same rules the service applies, all checked before the dialog closes."""
        problems = self.problems()
        if problems:
            self.errors.show_all(problems).setFocus()
            return
        self.errors.clear()
        self.accept()


class MissionEditor(QDialog):
    """The mission's fields and its legs. Saving goes through services.missions."""

    def __init__(self, planner, mission: dict | None = None, parent=None):
        super().__init__(parent)
        self.planner = planner
        self.mission = mission
        self.mission_id: str | None = mission["id"] if mission else None
        self.version = mission.get("version") if mission else None
        self.old_fields: dict = {}
        self.new_fields: dict = {}
        self.created = False
        self.setWindowTitle(self.tr("Edit mission") if mission else self.tr("New mission"))
        self.setMinimumWidth(640)
        m = mission or {}
        self.title_edit = QLineEdit(m.get("title", ""))
        self.kind = QComboBox()
        for code in vocabulary.MISSION_KINDS:
            self.kind.addItem(fmt.kind_text(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(m.get("kind", "official-mission"))))
        self.status = QComboBox()
        for code in vocabulary.MISSION_STATUSES:
            self.status.addItem(fmt.status_text(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(m.get("status", "draft"))))
        self.start = DateEntry("date", "start")
        self.end = DateEntry("date", "end")
        self.start.set_value(m.get("start"))
        self.end.set_value(m.get("end"))
        self.home_zone = ZoneComboBox()
        self.home_zone.set_zone(m.get("home_timezone") or "Europe/Brussels")
        self.objectives = QPlainTextEdit(m.get("objectives", ""))
        self.objectives.setTabChangesFocus(True)
        self.objectives.setMaximumHeight(90)
        self.lead = PersonPicker(planner, self.tr("Lead"), single=True)
        self.lead.set_people([m["lead"]] if m.get("lead") else [])
        self.delegation = PersonPicker(planner, self.tr("Delegation"))
        self.delegation.set_people(m.get("delegation") or [])
        # What the pack prints first: the trip's key messages, and who keeps the phone on.
        self.key_messages = TalkingPoints(m.get("key_messages") or [], self.tr("Key messages"),
                                          new_text=self.tr("New message"))
        self.duty_officer = PersonPicker(planner, self.tr("Duty officer"), single=True)
        self.duty_officer.set_people([m["duty_officer"]] if m.get("duty_officer") else [])
        self.restricted_to = QLineEdit(", ".join(m.get("restricted_to") or []))
        self.restricted_to.setPlaceholderText(self.tr("Everyone (or the logins who may see it: anne, bob)"))
        self.restricted_to.setToolTip(self.tr(
            "On the cabinet's server, only these logins (and administrators) see the mission, its "
            "meetings and its documents; the server enforces it. Empty: everyone."))
        self._roles = {p["id"]: p.get("role", "") for p in m.get("delegation") or []}
        self._legs_before = [dict(r) for r in m.get("legs") or []]
        self._delegation_before = list(m.get("delegation") or [])

        self.errors = FieldErrors(error_label())
        form = QFormLayout()
        _add_field(form, self.errors, "title", self.tr("&Title"), self.title_edit)
        _add_field(form, self.errors, "kind", self.tr("&Kind"), self.kind)
        _add_field(form, self.errors, "status", self.tr("Stat&us"), self.status)
        _add_field(form, self.errors, "start", self.tr("&Start"), self.start)
        _add_field(form, self.errors, "end", self.tr("&End"), self.end)
        _add_field(form, self.errors, "home_timezone", self.tr("&Home time zone"), self.home_zone)
        _add_field(form, self.errors, "objectives", self.tr("&Objectives"), self.objectives)
        _add_field(form, self.errors, "lead_id", self.tr("&Lead"), self.lead)
        _add_field(form, self.errors, "delegation", self.tr("Dele&gation"), self.delegation)
        _add_field(form, self.errors, "restricted_to", self.tr("Restricte&d to"), self.restricted_to)

        self.legs = LegsModel(list(m.get("legs") or []), self)
        self.removed_legs: list[str] = []
        self.leg_view = QTableView()
        self.leg_view.setModel(self.legs)
        setup_table(self.leg_view, "legsTable", self.tr("Legs"), LegsModel.COL_CITY)
        self.leg_view.activated.connect(lambda _i: self.edit_leg())
        self.leg_view.setMinimumHeight(120)
        add = QPushButton(self.tr("&Add leg…"))
        add.clicked.connect(self.add_leg)
        edit = QPushButton(self.tr("Ed&it leg…"))
        edit.clicked.connect(self.edit_leg)
        remove = QPushButton(self.tr("&Remove leg"))
        remove.clicked.connect(self.remove_leg)
        self.add_leg_button = add
        leg_buttons = QHBoxLayout()
        for b in (add, edit, remove):
            leg_buttons.addWidget(b)
        leg_buttons.addStretch(1)
        legs_box = QGroupBox(self.tr("Legs"))
        legs_layout = QVBoxLayout(legs_box)
        legs_layout.addWidget(self.leg_view)
        legs_layout.addLayout(leg_buttons)
        self.leg_errors = error_label()
        legs_layout.addWidget(self.leg_errors)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.saving = Saving(self, buttons)
        details = QWidget()
        details_box = QVBoxLayout(details)
        details_box.addLayout(form)
        details_box.addWidget(legs_box, 1)
        self.travel = TravelList(mission, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("&Mission and legs"))
        self.tabs.addTab(self.travel, self.tr("Tra&vel"))
        self.tabs.addTab(self._briefing_tab(), self.tr("&Briefing"))
        box = QVBoxLayout(self)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.errors.general)
        box.addWidget(self.saving.status)
        box.addWidget(buttons)
        self._initial = self._snapshot()

    def _briefing_tab(self) -> QWidget:
        """The key messages and the duty officer, with the printed texts in three languages."""
        tab = QWidget()
        hint = QLabel(self.tr("The briefing pack opens with these messages, one a line, and names the "
                              "duty officer first among its contacts. Without messages it takes the "
                              "objectives."))
        hint.setWordWrap(True)
        form = QFormLayout()
        _add_field(form, self.errors, "key_messages", self.tr("&Key messages"), self.key_messages)
        # the messages take the height; the picker keeps its own
        self.duty_officer.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        _add_field(form, self.errors, "duty_officer_id", self.tr("&Duty officer"), self.duty_officer)
        self.translations_button = QPushButton(self.tr("Translat&ions…"))
        self.translations_button.setToolTip(self.tr("The title, objectives and key messages in French, "
                                                    "Dutch and English (once the mission is saved)"))
        self.translations_button.setEnabled(self.mission_id is not None)
        self.translations_button.clicked.connect(self.edit_translations)
        row = QHBoxLayout()
        row.addWidget(self.translations_button)
        row.addStretch(1)
        form.addRow("", row)
        box = QVBoxLayout(tab)
        box.addWidget(hint)
        box.addLayout(form, 1)
        return tab

    def edit_translations(self) -> None:
        from .translations_dialog import TranslationsDialog

        TranslationsDialog(self.planner, "mission", self.mission_id, self.title_edit.text().strip(), self).exec()

    # Legs ---------------------------------------------------------------------------------------
    def _selected_leg(self) -> int:
        rows = self.leg_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_leg(self) -> None:
        last = self.legs.rows[-1]["depart"][:10] if self.legs.rows else None
        dialog = LegDialog(None, _day(last) if last else self.start_day(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_leg_values(dialog.values())

    def add_leg_values(self, values: dict) -> None:
        self.legs.set_rows([*self.legs.rows, dict(values, id=None, dirty=True)])

    def edit_leg(self) -> None:
        i = self._selected_leg()
        if i < 0:
            return
        row = self.legs.rows[i]
        dialog = LegDialog(row, self.start_day(), self, planner=self.planner)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            rows = list(self.legs.rows)
            rows[i] = dict(row, **dialog.values(), dirty=True)
            self.legs.set_rows(rows)

    def remove_leg(self) -> None:
        i = self._selected_leg()
        if i < 0:
            return
        row = self.legs.rows[i]
        if row.get("id"):
            self.removed_legs.append(row["id"])
        self.legs.set_rows([r for j, r in enumerate(self.legs.rows) if j != i])

    def start_day(self) -> date | None:
        """The mission's first day as typed, None while it cannot be read."""
        return _safe_value(self.start)

    # Saving -------------------------------------------------------------------------------------
    def fields(self) -> dict:
        """The mission's fields; a date that cannot be read is given as typed (problems() says why)."""
        return {
            "title": self.title_edit.text().strip(), "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "start": _date_field(self.start),
            "end": _date_field(self.end),
            "home_timezone": self.home_zone.zone(), "objectives": self.objectives.toPlainText().strip(),
            "lead_id": (self.lead.ids() or [None])[0],
            "key_messages": self.key_messages.points(),
            "duty_officer_id": (self.duty_officer.ids() or [None])[0],
            "restricted_to": self.restricted_to.text().strip(),
        }

    def _snapshot(self):
        return (self.fields(), self.delegation.ids(), [dict(r) for r in self.legs.rows],
                list(self.removed_legs))

    def has_changes(self) -> bool:
        return self._snapshot() != self._initial

    def save(self) -> Task | None:
        """Write the mission, then its legs (removed ones first), then its delegation, on the
        worker (the dialog says it is saving); the editor closes once all is saved, or stays open
        with the reason beside the field or under the legs. What was saved before a refusal stays
        saved: a retry neither creates the mission nor adds a leg twice."""
        if self.saving.busy:
            return None
        self.errors.clear()
        self.leg_errors.hide()
        problems = self.problems()
        if problems:  # all at once, each under its field; nothing is written
            self.errors.show_all(problems).setFocus()
            return None
        fields = self.fields()
        old = self.mission or {}
        if self.mission_id is not None:
            self.old_fields = {k: old.get(k, "") for k in fields}
            self.old_fields["lead_id"] = (old.get("lead") or {}).get("id")
            self.old_fields["duty_officer_id"] = (old.get("duty_officer") or {}).get("id")
            self.old_fields["key_messages"] = list(old.get("key_messages") or [])
        wanted = self.delegation.ids()
        current = [p["id"] for p in old.get("delegation") or []]
        members = None if wanted == current and not self.created and self.mission_id is not None \
            else [(pid, self._roles.get(pid, "")) for pid in wanted]
        plan = {"mission_id": self.mission_id, "version": self.version, "fields": fields,
                "removed": list(self.removed_legs), "rows": [dict(r) for r in self.legs.rows],
                "members": members, "removed_label": self.tr("removed leg")}
        return self.saving.run(lambda planner: _write_mission(planner, plan), self._written, self._refused)

    def problems(self) -> list[MissionPlannerError]:
        """Every reason the mission cannot be saved as it is, each for its field."""
        typed = [p for p in (self.start.problem(), self.end.problem()) if p is not None]
        bad = {p.field for p in typed}
        data = {k: v for k, v in self.fields().items() if k not in bad}
        return typed + self.planner.missions.problems(data)

    def _apply(self, state: dict) -> None:
        """What the worker saved (all, or up to a refusal)."""
        if state["created"]:
            self.created = True
        self.mission_id, self.version = state["mission_id"], state["version"]
        self.removed_legs = state["removed"]
        self.legs.rows = state["rows"]
        if state["updated"]:
            self.new_fields = state["fields"]
            self.mission = dict(self.mission or {}, **state["fields"], version=self.version)

    def _written(self, state: dict) -> None:
        self._apply(state)
        if not self.created:  # legs and delegation too, so that Edit ▸ Undo puts them back
            old = self.mission or {}
            self.old_fields["legs"] = leg_snapshot(self._legs_before)
            self.new_fields["legs"] = leg_snapshot(self.legs.rows)
            self.old_fields["delegation"] = [(p["id"], p.get("role", "")) for p in self._delegation_before]
            self.new_fields["delegation"] = [(pid, self._roles.get(pid, "")) for pid in self.delegation.ids()]
            self.mission = dict(old, legs=[dict(r) for r in self.legs.rows])
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, _Refused):
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self._apply(exc.state)
        error = exc.error
        if exc.part == "fields" and isinstance(error, StaleEditError):
            self._offer_reload(error)
        elif exc.part == "fields":
            self.errors.show(error).setFocus()
        elif exc.part == "legs":
            self.leg_errors.setText(self.tr("Leg %1: %2").replace("%1", exc.which)
                                    .replace("%2", error_text(error)))
            self.leg_errors.show()
        else:
            self.errors.show(MissionPlannerError.like(error, field="delegation"))

    def _offer_reload(self, exc: StaleEditError) -> None:
        if ask(self, self.tr("Changed elsewhere"),
               self.tr("%1\n\nReload the mission? Your unsaved changes in this window will be lost.")
               .replace("%1", error_text(exc, beside_field=True))):
            mission_id = self.mission_id
            QueryOp(self, op=lambda planner: planner.missions.detail(mission_id), success=self._reloaded).run()

    def _reloaded(self, fresh: dict) -> None:
        self.mission = fresh
        self.version = fresh["version"]
        self.title_edit.setText(fresh["title"])
        self.kind.setCurrentIndex(max(0, self.kind.findData(fresh["kind"])))
        self.status.setCurrentIndex(max(0, self.status.findData(fresh["status"])))
        self.start.set_value(fresh["start"])
        self.end.set_value(fresh["end"])
        self.home_zone.set_zone(fresh["home_timezone"])
        self.objectives.setPlainText(fresh.get("objectives", ""))
        self.legs.set_rows(fresh["legs"])
        self.lead.set_people([fresh["lead"]] if fresh.get("lead") else [])
        self.delegation.set_people(fresh.get("delegation") or [])
        self.duty_officer.set_people([fresh["duty_officer"]] if fresh.get("duty_officer") else [])
        self.key_messages.set_points(fresh.get("key_messages") or [])
        self.removed_legs = []
        self._legs_before = [dict(r) for r in fresh["legs"]]
        self._delegation_before = list(fresh.get("delegation") or [])
        self._initial = self._snapshot()

    def reject(self) -> None:
        if self.saving.busy:  # the write goes on: close once it is done, not before
            return
        if self.has_changes() and not confirm_discard(self):
            return
        super().reject()


class _Refused(Exception):
    """A refusal while saving a mission: which part (fields, legs, delegation), the service's error,
    and what was saved before it (`state`)."""

    def __init__(self, part: str, error: MissionPlannerError, state: dict, which: str = ""):
        super().__init__(str(error))
        self.part, self.error, self.state, self.which = part, error, state, which


def _write_mission(planner, plan: dict) -> dict:
    """On the worker: the mission's fields, then its legs, then its delegation (MissionEditor.save)."""
    state = {"mission_id": plan["mission_id"], "version": plan["version"], "created": False,
             "updated": False, "fields": plan["fields"], "removed": list(plan["removed"]),
             "rows": list(plan["rows"])}
    try:
        if state["mission_id"] is None:
            state["mission_id"] = planner.missions.create(**plan["fields"])
            state["created"] = True
        else:
            state["version"] = planner.missions.update(state["mission_id"], state["version"], **plan["fields"])
            state["updated"] = True
    except MissionPlannerError as exc:
        raise _Refused("fields", exc, state) from exc
    which = ""
    try:
        for leg_id in list(state["removed"]):
            which = plan["removed_label"]
            planner.missions.delete_leg(leg_id)
            state["removed"].remove(leg_id)
        rows = state["rows"]
        for i, row in enumerate(rows):
            if not row.get("dirty"):
                continue
            which = f"{i + 1} ({row.get('city', '')})"
            data = {k: row[k] for k in ("city", "city_native", "country", "timezone", "arrive",
                                        "depart", "hotel", "notes", "hotel_address", "hotel_phone",
                                        "check_in", "check_out", "embassy", "emergency") if k in row}
            for key in ("arrive", "depart", "check_in", "check_out"):
                if data.get(key):  # the leg's wall clock; a stored time also carries its offset
                    data[key] = data[key][:16]
            if row.get("id"):
                planner.missions.update_leg(row["id"], **data)
                rows[i] = dict(row, dirty=False)
            else:  # saved so far: a retry does not add it twice
                rows[i] = dict(row, id=planner.missions.add_leg(state["mission_id"], **data), dirty=False)
    except MissionPlannerError as exc:
        raise _Refused("legs", exc, state, which) from exc
    if plan["members"] is not None or state["created"]:
        try:
            planner.missions.set_members(state["mission_id"], plan["members"] or [])
        except MissionPlannerError as exc:
            raise _Refused("delegation", exc, state) from exc
    return state


def _safe_value(entry: DateEntry):
    try:
        return entry.value()
    except MissionPlannerError:
        return None


def _wall_day(entry: DateEntry) -> date | None:
    try:
        local = entry.local_value()
    except MissionPlannerError:
        return None
    return local.date() if local else None


def _date_field(entry: DateEntry) -> str | None:
    """A date entry's value as the services take it ("2017-06-08"); the text when unreadable."""
    try:
        day = entry.value()
    except MissionPlannerError:
        return entry.text().strip() or None
    return day.isoformat() if day else None


def confirm_discard(parent) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Editors", "Unsaved changes"),
        QCoreApplication.translate("Editors", "You have unsaved changes. Discard them?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


