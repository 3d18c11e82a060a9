"""Reading iCalendar (RFC 5545) files: `icalendar` reads them, a line scanner names the line of an error.

`icalendar` parses the structure and the values, but it forgives a file cut short or an END that
closes the wrong component, and it forgets where things were; an aide told "the file is malformed"
needs the line. So the text is first scanned once: lines unfolded, each content line checked to
start with a name, BEGIN/END nesting checked, and the line of every component and property noted.
`icalendar` then reads the scanner's unfolded lines, so its n-th content line is the scanner's
n-th, and each of its components and properties is paired with the line it came from (`Component`,
`Prop`). A value `icalendar` cannot read (`vBroken`) is refused with its line where it is used.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..errors import ValidationError

_NAME = re.compile(r"[A-Za-z0-9-]+")
_CONTENT_LINE = re.compile(r"([A-Za-z0-9-]+)[;:]")  # a name, then its parameters or its value
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_LEAP_SECOND = re.compile(r"(\d{8}T\d{4})60(Z?)")
MAX_COMPONENT_DEPTH = 8


class ICalError(ValidationError):
    """A calendar file that cannot be read; the message names the file and the line."""


@dataclass(slots=True)
class Prop:
    name: str
    params: dict[str, str]
    value: object        # what icalendar made of it: vText, vDDDTypes, vRecur..., vBroken if unreadable
    line: int


@dataclass(slots=True)
class Component:
    name: str
    line: int
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    ical: object = None  # the icalendar component (a VTIMEZONE's `to_tz()`)

    def first(self, name: str) -> Prop | None:
        for p in self.props:
            if p.name == name:
                return p
        return None

    def all(self, name: str) -> list[Prop]:
        return [p for p in self.props if p.name == name]

    def walk(self, name: str):
        for child in self.children:
            if child.name == name:
                yield child
            if child.children:
                yield from child.walk(name)


class Reader:
    def __init__(self, source: str):
        self.source = source

    def error(self, line: int | None, message: str, prop: str | None = None) -> ICalError:
        where = f"{self.source}: line {line}" if line else self.source
        return ICalError(message, where=where, field=prop)

    # Structure ------------------------------------------------------------------------------

    def unfold(self, text: str) -> list[tuple[int, str]]:
        """(line number, content line) of each non-blank line, continuation lines joined."""
        out: list[tuple[int, str]] = []
        for n, raw in enumerate(_LINE_BREAK.split(text), start=1):
            if raw[:1] in (" ", "\t"):
                if not out:
                    raise self.error(n, "the file starts with a continuation line (leading space)")
                start, prev = out[-1]
                out[-1] = (start, prev + raw[1:])
            elif raw.strip():
                out.append((n, raw))
        return out

    def scan(self, lines: list[tuple[int, str]], read: dict[str, frozenset[str] | None] | None = None
             ) -> tuple[list[Component], list[str]]:
        """The components (without values) with the line of each property, and the content lines
        for icalendar to read; refuses what is not well nested or not a content line.

        `read` names the components to read and, for each, the properties wanted (None: all of it,
        its subcomponents included). Other components and properties are checked, then left out:
        icalendar reads a content line character by character, and an Outlook event carries twice as
        many lines as an import uses (an HTML copy of the description, reminders, Exchange's own
        properties). Without `read`, everything is read.
        """
        if not lines:
            raise self.error(None, "the file is empty (expected BEGIN:VCALENDAR)")
        calendars: list[Component] = []
        stack: list[tuple[str, int, Component | None, frozenset[str] | None]] = []  # open components
        kept: list[str] = []
        for n, raw in lines:
            if not stack and raw.strip().upper() != "BEGIN:VCALENDAR":
                what = "text after END:VCALENDAR" if calendars else \
                    "not an iCalendar file: expected BEGIN:VCALENDAR"
                raise self.error(n, f"{what}, found {raw[:40]!r}")
            m = _CONTENT_LINE.match(raw)
            if not m:
                raise self.error(n, f"expected NAME:VALUE, found {raw[:40]!r}")
            name = m.group(1).upper()
            parent = stack[-1][2] if stack else None
            if name in ("BEGIN", "END"):
                kind = raw[m.end():].strip().upper()
                if not _NAME.fullmatch(kind):
                    raise self.error(n, f"{name} needs a component name, found {raw[m.end():][:40]!r}")
                if name == "BEGIN":
                    if len(stack) >= MAX_COMPONENT_DEPTH:
                        raise self.error(n, "components nested too deeply")
                    whole = bool(stack) and stack[-1][2] is not None and stack[-1][3] is None and read is not None
                    if read is None or whole or (kind in read and (parent is not None or not stack)):
                        comp = Component(kind, n)
                        (parent.children if parent is not None else calendars).append(comp)
                        stack.append((kind, n, comp, None if read is None or whole else read[kind]))
                        kept.append(raw)
                    else:
                        stack.append((kind, n, None, None))
                elif stack[-1][0] != kind:
                    raise self.error(n, f"END:{kind} closes BEGIN:{stack[-1][0]} of line {stack[-1][1]}")
                else:
                    if stack.pop()[2] is not None:
                        kept.append(raw)
            elif parent is not None and (stack[-1][3] is None or name in stack[-1][3]):
                parent.props.append(Prop(name, {}, None, n))
                kept.append(raw)
        if stack:
            raise self.error(lines[-1][0], f"BEGIN:{stack[-1][0]} of line {stack[-1][1]} is never closed "
                             "(the file may be cut short)")
        return calendars, kept

    def parse(self, text: str, read: dict[str, frozenset[str] | None] | None = None) -> list[Component]:
        """The VCALENDAR components of the text, each property with icalendar's value and its line;
        `read`: what to read of it (see `scan`)."""
        import icalendar

        calendars, kept = self.scan(self.unfold(text), read)
        with warnings.catch_warnings():
            # icalendar warns when it guesses a zone from a vendor-prefixed TZID; the import resolves
            # zones itself (ics._Calendar.frame), so the guess changes nothing.
            warnings.simplefilter("ignore")
            try:
                parsed = icalendar.Calendar.from_ical("\r\n".join(kept), multiple=True)
            except ValueError as exc:
                raise self.error(None, f"cannot read the calendar ({exc})") from None
        ours = [c for cal in calendars for c in _preorder(cal)]
        theirs = [c for cal in parsed for c in cal.walk()]
        if len(ours) != len(theirs):  # the scanner and icalendar read the nesting alike; never seen
            raise self.error(None, "cannot read the structure of the calendar")
        for comp, ical in zip(ours, theirs, strict=True):
            self._pair(comp, ical)
        return calendars

    def _pair(self, comp: Component, ical) -> None:
        """Give each property of `comp` (in file order) icalendar's value for it."""
        for name, message in ical.errors:
            if name is None:  # a content line icalendar could not split into name, parameters, value
                raise self.error(comp.line, f"cannot read a line of BEGIN:{comp.name} ({message})")
        taken: dict[str, int] = {}
        for prop in comp.props:
            values = ical.get(prop.name)
            values = values if isinstance(values, list) else [values]
            i = taken[prop.name] = taken.get(prop.name, -1) + 1
            if i >= len(values) or values[i] is None:
                raise self.error(prop.line, "cannot read this property", prop.name)
            prop.value = values[i]
            prop.params = getattr(values[i], "params", {})
        comp.ical = ical

    # Values ---------------------------------------------------------------------------------

    def text(self, prop: Prop | None) -> str:
        """A text value, escapes undone (RFC 5545 `\\,` `\\;` `\\n`)."""
        return "" if prop is None else str(prop.value).strip()

    def raw(self, prop: Prop | None) -> str:
        """The value as the file writes it, escapes kept."""
        return raw_text(prop)

    def date_or_datetime(self, prop: Prop, value=None) -> date | datetime:
        """A DATE or a DATE-TIME, as the file writes it: naive wall-clock time, or UTC for a 'Z'.

        `value` is one of the values of a list property (RDATE, EXDATE); a PERIOD gives its start.
        """
        value = prop.value if value is None else value
        dt = _dt(value)
        if isinstance(dt, tuple):  # a PERIOD: (start, end or duration)
            dt = dt[0]
        if isinstance(dt, datetime):
            return dt if "TZID" not in prop.params else dt.replace(tzinfo=None)
        if isinstance(dt, date):
            return dt
        shown = self.raw(prop) if value is prop.value else raw_text(Prop(prop.name, {}, value, prop.line))
        leap = _LEAP_SECOND.fullmatch(shown)
        if leap:  # a leap second: RFC 5545 allows it, Python does not; read as the second before
            from icalendar import vDDDTypes

            try:
                return self.date_or_datetime(prop, vDDDTypes(vDDDTypes.from_ical(f"{leap[1]}59{leap[2]}")))
            except ValueError:
                pass  # not a real date either: refused below
        kind = prop.params.get("VALUE", "").upper()
        expected = "YYYYMMDD" if kind == "DATE" else "YYYYMMDDTHHMMSS[Z]"
        raise self.error(prop.line, f"cannot read {shown[:40]!r} as a real date or date-time ({expected})",
                         prop.name)

    def dates(self, prop: Prop) -> list[date | datetime]:
        """The values of an RDATE or EXDATE line (one or several, comma-separated)."""
        listed = getattr(prop.value, "dts", None)
        if listed is None:
            return [self.date_or_datetime(prop)]
        return [self.date_or_datetime(prop, v) for v in listed]

    def until(self, prop: Prop) -> date | datetime:
        """The UNTIL of an RRULE: a date, a naive date-time, or a UTC one."""
        found = prop.value.get("UNTIL") if isinstance(prop.value, dict) else None  # a vRecur is a dict
        value = found[0] if isinstance(found, list) and found else found
        if not isinstance(value, date):
            raise self.error(prop.line, f"cannot read the recurrence rule {self.raw(prop)[:60]!r}", prop.name)
        return value

    def duration(self, prop: Prop) -> timedelta:
        dt = _dt(prop.value)
        if not isinstance(dt, timedelta):
            raise self.error(prop.line, f"cannot read {self.raw(prop)[:40]!r} as a duration (e.g. PT1H30M)",
                             prop.name)
        return dt


def _dt(value):
    """icalendar's date, date-time, duration or period of a value; None for a value it could not read."""
    from icalendar import vBroken

    return None if isinstance(value, vBroken) else getattr(value, "dt", None)


def raw_text(prop: Prop | None) -> str:
    """A property's value as the file writes it, escapes kept ("" for no property)."""
    if prop is None:
        return ""
    from icalendar import vBroken

    value = prop.value
    if isinstance(value, vBroken) or not hasattr(value, "to_ical"):
        return str(value).strip()  # what the file wrote, unread
    return value.to_ical().decode().strip()


def _preorder(comp: Component):
    yield comp
    for child in comp.children:
        yield from _preorder(child)
