"""Reading iCalendar (RFC 5545) files: a line scanner that names the line of an error, values read by `icalendar`.

The scanner reads the text once: lines unfolded, BEGIN/END nesting checked, and each content line
split into its name, parameters and value as written (`split_content_line`), with the line it
starts on. `icalendar` reads the values, through the value type it gives each property (a date-time,
a recurrence rule, a text...), and the VTIMEZONE blocks, which it turns into a tzinfo. Its own
content-line parser is not used: it walks each line character by character and builds parameter
objects, which was most of the time of an Outlook calendar's import, and it forgets the line numbers
an aide told "the file is malformed" needs. A value its type cannot read is kept as
written (`Unreadable`) and refused with its line where it is used.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

from ..errors import ValidationError

_NAME = re.compile(r"[A-Za-z0-9-]+")
_CONTENT_LINE = re.compile(r"([A-Za-z0-9-]+)[;:]")  # a name, then its parameters or its value
# RFC 5545 §3.1: param = param-name "=" param-value *("," param-value); a param-value is quoted, and
# may then hold ";", ":" and ",", or holds none of them. Spaces around the parts are forgiven.
_PARAM_NAME = re.compile(r"[ \t]*([A-Za-z0-9-]+)[ \t]*=")
_PARAM_VALUE = re.compile(r'[ \t]*(?:"([^"]*)"|([^";:,]*))[ \t]*(,?)')
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_LEAP_SECOND = re.compile(r"(\d{8}T\d{4})60(Z?)")
MAX_COMPONENT_DEPTH = 8


class ICalError(ValidationError):
    """A calendar file that cannot be read; the message names the file and the line."""


class Unreadable(str):
    """A value its type (a date, a number, a recurrence rule...) could not read, as the file writes it."""


@dataclass(slots=True)
class Prop:
    name: str
    params: dict[str, str]  # names in upper case; a parameter of several values keeps them comma-joined
    value: object           # icalendar's value: vText, vDDDTypes, vRecur, vInt..., or Unreadable
    line: int


@dataclass(slots=True)
class Component:
    name: str
    line: int
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    text: str = ""  # a VTIMEZONE's lines (unfolded), for icalendar to read as a zone

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

    def tzinfo(self) -> tzinfo:
        """The zone this VTIMEZONE block describes, as icalendar reads it (raises what it raises on a
        broken block)."""
        import icalendar

        with warnings.catch_warnings():
            # icalendar warns when it guesses a zone from a vendor-prefixed TZID; the import resolves
            # names itself first (ics._Calendar.frame), so the guess changes nothing.
            warnings.simplefilter("ignore")
            return icalendar.Timezone.from_ical(self.text).to_tz()


def split_content_line(line: str) -> tuple[str, dict[str, str], str]:
    """The name (upper case), parameters and value (as written) of an unfolded content line
    (RFC 5545 §3.1: name *(";" param) ":" value); ValueError saying what is missing."""
    m = _NAME.match(line)
    if not m:
        raise ValueError("expected NAME:VALUE")
    name, at = m.group().upper(), m.end()
    params: dict[str, str] = {}
    while line.startswith(";", at):
        p = _PARAM_NAME.match(line, at + 1)
        if not p:
            raise ValueError(f"expected PARAMETER=VALUE after {name};")
        values = []
        at = p.end()
        more = True
        while more:
            v = _PARAM_VALUE.match(line, at)  # always matches, an empty value at worst
            values.append(v[1] if v[1] is not None else v[2].strip())
            at, more = v.end(), bool(v[3])
        params[p[1].upper()] = ",".join(values)
    if not line.startswith(":", at):
        raise ValueError(f"expected ':' before the value of {name}")
    return name, params, line[at + 1:]


def read_value(name: str, params: dict[str, str], raw: str):
    """icalendar's reading of a property's value, by the value type it gives the property (and its
    VALUE parameter); `Unreadable` when that type cannot read it."""
    kind, verbatim = _value_type(name, params.get("VALUE"))
    try:
        value = kind.from_ical(raw if verbatim or "\\" not in raw else _unescape(raw))
    except (ValueError, TypeError):  # what icalendar's types raise on a value they cannot read
        return Unreadable(raw)
    # Most types read into an instance of themselves; dates and durations into Python's own types.
    return value if isinstance(value, kind) else kind(value)


@lru_cache(maxsize=256)
def _value_type(name: str, value_param: str | None) -> tuple[type, bool]:
    """The icalendar type that reads a property's value, and whether it takes the value verbatim (its
    UNKNOWN type, whose escaping is not known, says so); the others get the backslash escapes undone
    first, as icalendar's parser does."""
    from icalendar.prop import TypesFactory

    kind = TypesFactory.instance().for_property(name, value_param)
    return kind, hasattr(kind, "get_value_from_content_line")


def _unescape(raw: str) -> str:
    from icalendar.parser import unescape_backslash

    return unescape_backslash(raw)


@dataclass(slots=True)
class _Open:
    """A component BEGIN has opened and END not yet closed."""

    kind: str
    line: int
    index: int                      # of its BEGIN in the unfolded lines
    comp: Component | None          # None: left out (checked for its structure only)
    wanted: frozenset[str] | None   # the properties to read; None: all of them, subcomponents too


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

    def parse(self, text: str, read: dict[str, frozenset[str] | None] | None = None) -> list[Component]:
        """The VCALENDAR components of the text, each property with icalendar's value and its line;
        refuses what is not well nested or not a content line.

        `read` names the components to read and, for each, the properties wanted (None: all of it,
        its subcomponents included). Other components and properties are checked for their
        structure, then left out: an Outlook event carries twice as many lines as an import uses
        (an HTML copy of the description, reminders, Exchange's own properties). Without `read`,
        everything is read.
        """
        lines = self.unfold(text)
        if not lines:
            raise self.error(None, "the file is empty (expected BEGIN:VCALENDAR)")
        calendars: list[Component] = []
        stack: list[_Open] = []
        for i, (n, raw) in enumerate(lines):
            if not stack and raw.strip().upper() != "BEGIN:VCALENDAR":
                what = "text after END:VCALENDAR" if calendars else \
                    "not an iCalendar file: expected BEGIN:VCALENDAR"
                raise self.error(n, f"{what}, found {raw[:40]!r}")
            m = _CONTENT_LINE.match(raw)
            if not m:
                raise self.error(n, f"expected NAME:VALUE, found {raw[:40]!r}")
            name = m.group(1).upper()
            top = stack[-1] if stack else None
            if name in ("BEGIN", "END"):
                kind = raw[m.end():].strip().upper()
                if not _NAME.fullmatch(kind):
                    raise self.error(n, f"{name} needs a component name, found {raw[m.end():][:40]!r}")
                if name == "BEGIN":
                    if len(stack) >= MAX_COMPONENT_DEPTH:
                        raise self.error(n, "components nested too deeply")
                    stack.append(self._open(kind, n, i, top, read, calendars))
                elif top.kind != kind:
                    raise self.error(n, f"END:{kind} closes BEGIN:{top.kind} of line {top.line}")
                else:
                    stack.pop()
                    if top.comp is not None and kind == "VTIMEZONE":
                        top.comp.text = "\r\n".join(raw for _n, raw in lines[top.index:i + 1])
            elif top.comp is not None and (top.wanted is None or name in top.wanted):
                try:
                    name, params, value = split_content_line(raw)
                except ValueError as exc:
                    raise self.error(n, f"{exc}, found {raw[:40]!r}") from None
                top.comp.props.append(Prop(name, params, read_value(name, params, value), n))
        if stack:
            raise self.error(lines[-1][0], f"BEGIN:{stack[-1].kind} of line {stack[-1].line} is never closed "
                             "(the file may be cut short)")
        return calendars

    @staticmethod
    def _open(kind: str, n: int, i: int, parent: _Open | None, read, calendars: list[Component]) -> _Open:
        """The component a BEGIN opens, kept (added to its parent) when `read` wants it."""
        if read is None or (parent is not None and parent.comp is not None and parent.wanted is None):
            wanted = None  # everything is read, or the parent is read whole
        elif kind in read and (parent is None or parent.comp is not None):
            wanted = read[kind]
        else:
            return _Open(kind, n, i, None, None)
        comp = Component(kind, n)
        (parent.comp.children if parent is not None else calendars).append(comp)
        return _Open(kind, n, i, comp, wanted)

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
    """icalendar's date, date-time, duration or period of a value; None for any other value."""
    return getattr(value, "dt", None)


def raw_text(prop: Prop | None) -> str:
    """A property's value as the file writes it, escapes kept ("" for no property)."""
    if prop is None:
        return ""
    value = prop.value
    if not hasattr(value, "to_ical"):
        return str(value).strip()  # Unreadable: what the file wrote
    return value.to_ical().decode().strip()
