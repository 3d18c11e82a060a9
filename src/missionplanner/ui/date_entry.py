"""The one way to type a date, or a date and a time, in every editor: a line that takes what Belgian
users type ("8/6/2017", "9 juin 10h30", "2017-06-08"; services/timeparse.py reads it), a calendar
button, and under the line an echo of what was understood in words in the interface language
("vendredi 9 juin 2017, 10:30 — 03:30 à Bruxelles"), or why it was not."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import MissionPlannerError, ValidationError
from . import formatting as fmt
from . import zone_names

ERROR_STYLE = "color: #b3261e;"
ECHO_STYLE = "color: palette(placeholder-text);"


class DateEntry(QWidget):
    """A typed date (`mode="date"`) or local date and time (`mode="datetime"`, in `zone`).

    `value()` gives a `date`, or an aware UTC `datetime`; None for an empty optional entry; it
    raises the service's error (naming `field`) for an entry that cannot be read or is missing.
    The echo line doubles as the field's error line (FieldErrors shows a refusal there), so a
    refused date is said once, under the field."""

    changed = Signal()

    def __init__(self, mode: str = "date", field: str = "date", required: bool = True, parent=None,
                 compact: bool = False):
        """`compact`: for a table cell, where a line under the box has no room: what was understood
        (or why not) is the box's tooltip, and a refused entry is framed in red."""
        super().__init__(parent)
        self.mode, self.field, self.required, self.compact = mode, field, required, compact
        self._zone: str | None = None
        self._home: str | None = None
        self._default_day: date | None = None
        self._error_shown = False
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. 9/6/2017 10:30 or 9 juin 14h30") if mode == "datetime"
                                     else self.tr("e.g. 9/6/2017 or 9 juin 2017"))
        self.edit.textChanged.connect(self._typed)
        self.button = QToolButton()
        self.button.setIcon(QIcon.fromTheme("x-office-calendar", self.style().standardIcon(
            QStyle.StandardPixmap.SP_FileDialogDetailedView)))
        self.button.setAccessibleName(self.tr("Choose the date from a calendar"))
        self.button.setToolTip(self.tr("Choose the date from a calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field; Alt+Down opens it
        self.button.clicked.connect(self.open_calendar)
        self.echo = QLabel()
        self.echo.setObjectName("dateEcho")
        self.echo.setWordWrap(True)
        self.echo.setStyleSheet(ECHO_STYLE)
        self.echo.hide()  # until there is something to say
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.edit, 1)
        line.addWidget(self.button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(line)
        box.addWidget(self.echo)
        self.setFocusProxy(self.edit)  # a caption's mnemonic and setFocus() land in the line
        self.edit.installEventFilter(self)
        self._popup: QCalendarWidget | None = None

    # What the entry reads in ---------------------------------------------------------------------
    def set_zone(self, zone: str | None, home_zone: str | None = None) -> None:
        """The zone a typed time is in (the venue's, the leg's), and the home zone the echo also
        gives the time in; the echo says it again (the owner, who changed them, is not told)."""
        if (zone, home_zone) == (self._zone, self._home):
            return  # (a refusal said under the field stays until something changes)
        self._zone, self._home = zone, home_zone
        self._error_shown = False
        self._echo()

    def set_default_day(self, day: date | None) -> None:
        """The date a time typed alone ("10:30") falls on."""
        if day == self._default_day:
            return
        self._default_day = day
        self._error_shown = False
        self._echo()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's naming
        """The line is what a screen reader and the Tab order meet: it carries the field's name."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def zone(self) -> str | None:
        return self._zone

    # Text and value ------------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's naming, as QLineEdit's
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()

    def set_value(self, value: date | datetime | str | None) -> None:
        """Show a stored date ("2017-06-08") or local wall-clock time ("2017-06-08T10:30+09:00", as
        the place's clock says it) in the box, in the ISO order the parser keeps."""
        if value is None or value == "":
            self.edit.setText("")
        elif self.mode == "date":
            day = value if isinstance(value, date) and not isinstance(value, datetime) else \
                date.fromisoformat(str(value)[:10])
            self.edit.setText(day.isoformat())
        else:
            self.edit.setText(str(value)[:16].replace("T", " ") if isinstance(value, str)
                              else value.strftime("%Y-%m-%d %H:%M"))

    def value(self):
        """The date, or the instant (aware, UTC); None when empty and optional."""
        text = self.edit.text().strip()
        if not text:
            if self.required:
                raise ValidationError(code="field.required", field=self.field)
            return None
        if self.mode == "date":
            from ..services.timeparse import parse_local_date

            return parse_local_date(text, field=self.field)
        from ..services.timeparse import parse_local_input

        return parse_local_input(text, self._zone or "UTC", self._default_day, field=self.field)

    def local_value(self) -> datetime | None:
        """The wall clock of the zone (naive), for what stores a local time (a leg's arrival)."""
        instant = self.value()
        if instant is None or self.mode == "date":
            return instant
        from ..services.timeutil import in_zone

        return in_zone(instant, self._zone or "UTC").replace(tzinfo=None)

    def problem(self) -> MissionPlannerError | None:
        """Why the entry cannot be saved as it is, or None."""
        try:
            self.value()
        except MissionPlannerError as exc:
            return exc
        return None

    # The echo ------------------------------------------------------------------------------------
    def _typed(self, *_args) -> None:
        self._error_shown = False
        self._echo()
        self.changed.emit()

    def _echo(self) -> None:
        if not self.edit.text().strip():
            self._say("", ECHO_STYLE)  # nothing typed yet: said only when saving asks for it
            return
        try:
            value = self.value()
        except MissionPlannerError as exc:
            from .messages import subject_text

            self._say("⚠ " + subject_text(exc), ERROR_STYLE)
            return
        self._say(self.understood(value), ECHO_STYLE)

    def understood(self, value) -> str:
        """What was understood, in words: "vendredi 9 juin 2017" or "vendredi 9 juin 2017, 10:30 —
        03:30 à Bruxelles"."""
        if self.mode == "date":
            return fmt.long_date(value)
        from ..services.timeutil import in_zone

        zone = self._zone or "UTC"
        local = in_zone(value, zone)
        said = fmt.long_date_time(local)
        if self._home and self._home != zone:
            home = in_zone(value, self._home)
            at = home.strftime("%H:%M")
            if home.date() != local.date():
                at += f" ({fmt.short_date(home.date())})"
            said += " — " + self.tr("%1 in %2", "the time at home: 03:30 à Bruxelles").replace(
                "%1", at).replace("%2", zone_names.city(self._home))
        return said

    def _say(self, text: str, style: str) -> None:
        self.echo.setText(text)
        self.echo.setStyleSheet(style)
        if self.compact:
            self.echo.hide()
            self.edit.setToolTip(text)
            self.edit.setStyleSheet("border: 1px solid #b3261e;" if style == ERROR_STYLE else "")
            return
        self.echo.setVisible(bool(text))

    # FieldErrors' side ---------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        """A refusal of this field (on saving): said in the echo line, in place of the echo."""
        self._error_shown = True
        self._say("⚠ " + text, ERROR_STYLE)

    def clear_error(self) -> None:
        if self._error_shown:
            self._error_shown = False
            self._echo()

    def error_text(self) -> str:
        """What the echo says when it says something is wrong ("" otherwise)."""
        return self.echo.text() if self.echo.styleSheet() == ERROR_STYLE else ""

    # The calendar --------------------------------------------------------------------------------
    def eventFilter(self, obj, event):  # noqa: N802 - Qt's naming
        from PySide6.QtCore import QEvent

        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(obj, event)
        if obj is self.edit and event.key() == Qt.Key.Key_Down \
                and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return True
        if obj is not self.edit and event.key() == Qt.Key.Key_Escape and self._popup is not None:
            self._popup.hide()
            self.edit.setFocus()
            return True
        return super().eventFilter(obj, event)

    def open_calendar(self) -> None:
        """A month calendar under the line, on the day typed (or the default day); picking a day
        (click, or Enter) writes it in the box, keeping a typed time; Escape closes it."""
        if self._popup is None:
            # One per entry, kept: a popup window that hides, never one deleted while its own
            # signal is being answered.
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setObjectName("dateEntryCalendar")
            calendar.setGridVisible(True)
            calendar.activated.connect(self._picked_in_calendar)
            calendar.clicked.connect(self._picked_in_calendar)
            calendar.installEventFilter(self)
            for child in calendar.findChildren(QWidget):
                child.installEventFilter(self)
            self._popup = calendar
        shown = self._shown_day() or self._default_day or date.today()
        self._popup.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self._popup.show()
        self._popup.setFocus()

    def _picked_in_calendar(self, day: QDate) -> None:
        self._popup.hide()
        self._pick(day.toPython())

    def _shown_day(self) -> date | None:
        try:
            value = self.value()
        except MissionPlannerError:
            return None
        if value is None:
            return None
        if self.mode == "date":
            return value
        from ..services.timeutil import in_zone

        return in_zone(value, self._zone or "UTC").date()

    def _pick(self, day: date) -> None:
        if self.mode == "date":
            self.edit.setText(day.isoformat())
        else:
            at = time(9, 0)
            try:
                local = self.local_value()
                if local is not None:
                    at = local.time()
            except MissionPlannerError:
                pass
            self.edit.setText(f"{day.isoformat()} {at:%H:%M}")
        self.edit.setFocus()


__all__ = ["DateEntry"]
