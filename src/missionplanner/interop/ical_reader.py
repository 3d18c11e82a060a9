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
# Parameter values as some programs write them, against RFC 5545: a backslash before ";", ",", ":" or
# '"' (Apple: X-ADDRESS=1 Infinite Loop\; Cupertino, CN="Doe \"JD\" John"), a '"' inside an
# unquoted value (see split_content_line).
_LENIENT_PARAM_VALUE = re.compile(r'[ \t]*(?:"((?:[^"\\]|\\.)*)"|(?!")((?:[^\\;:,]|\\.)*))[ \t]*(,?)')
_PARAM_ESCAPE = re.compile(r'\\([\\;:,"])')
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_LEAP_SECOND = re.compile(r"(\d{8}T\d{4})60(Z?)")
MAX_COMPONENT_DEPTH = 8
# Recurrence properties that some programs write with an empty value: they add or remove no
# occurrence, so they are left out rather than refusing the file for a value nobody uses.
_NOTHING_WHEN_EMPTY = frozenset({"RRULE", "RDATE", "EXDATE"})


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
        """The zone this VTIMEZONE block describes, as icalendar builds it (raises what it raises on a
        broken block).

        Built from this block alone, every time: icalendar's own parser keeps the first definition
        of each TZID for the whole process, and Outlook names every zone it cannot name otherwise
        "Customized Time Zone", so a second invitation would be read with the first one's zone
        (issue 18, point 3). The block is handed over as the properties this reader read, never as
        text for icalendar's parser, so nothing of one file is kept for the next.
        """
        return self.to_icalendar().to_tz(lookup_tzid=False)

    def to_icalendar(self):
        """This component and its subcomponents as icalendar's components, with the values read."""
        import icalendar

        kinds = {"VTIMEZONE": icalendar.Timezone, "STANDARD": icalendar.TimezoneStandard,
                 "DAYLIGHT": icalendar.TimezoneDaylight}
        out = kinds.get(self.name, icalendar.Component)()
        if not getattr(out, "name", ""):
            out.name = self.name
        for prop in self.props:
            value = prop.value
            if isinstance(value, Unreadable):
                raise ValueError(f"line {prop.line}: {prop.name}: cannot read {str(value)[:40]!r}")
            out.add(prop.name, value, encode=False)
        for child in self.children:
            out.add_component(child.to_icalendar())
        return out


class BadContentLine(ValueError):
    """A content line that is not NAME[;PARAM=VALUE...]:VALUE: its text says what is missing, `code`
    and `params` the refusal that names the line (errors.ENGLISH, with the line as `found`)."""

    def __init__(self, message: str, code: str, **params):
        super().__init__(message)
        self.code, self.params = code, params


def split_content_line(line: str) -> tuple[str, dict[str, str], str]:
    """The name (upper case), parameters and value (as written) of an unfolded content line
    (RFC 5545 §3.1: name *(";" param) ":" value); BadContentLine (a ValueError) saying what is missing.

    RFC 5545 has no escapes in parameter values, but Apple's exports (and others) write a backslash
    before a ";", ",", ":" or '"' inside one (an address in X-APPLE-STRUCTURED-LOCATION, a CN with a
    ";"), and only that reading finds the value. A line with a backslash is read that way first; a
    line without one is read as the standard says first, then leniently (a '"' inside an unquoted
    value). A line neither reading splits is refused with the standard reading's reason."""
    first, second = (_lenient, _strict) if "\\" in line else (_strict, _lenient)
    try:
        return first(line)
    except BadContentLine as exc:
        failed = exc
    try:
        return second(line)
    except BadContentLine as exc:
        raise (failed if first is _strict else exc) from None


def _strict(line: str) -> tuple[str, dict[str, str], str]:
    return _split(line, _PARAM_VALUE)


def _lenient(line: str) -> tuple[str, dict[str, str], str]:
    name, params, value = _split(line, _LENIENT_PARAM_VALUE)
    return name, {k: _PARAM_ESCAPE.sub(r"\1", v) if "\\" in v else v for k, v in params.items()}, value


def _split(line: str, param_value: re.Pattern) -> tuple[str, dict[str, str], str]:
    m = _NAME.match(line)
    if not m:
        raise BadContentLine("expected NAME:VALUE", "ical.not-content-line")
    name, at = m.group().upper(), m.end()
    params: dict[str, str] = {}
    while line.startswith(";", at):
        p = _PARAM_NAME.match(line, at + 1)
        if not p:
            raise BadContentLine(f"expected PARAMETER=VALUE after {name};", "ical.expected-parameter", name=name)
        values = []
        at = p.end()
        more = True
        while more:
            v = param_value.match(line, at)  # an empty value at worst; leniently, not an unclosed quote
            if v is None:
                raise BadContentLine(f"expected ':' before the value of {name}", "ical.expected-colon", name=name)
            values.append(v[1] if v[1] is not None else v[2].strip())
            at, more = v.end(), bool(v[3])
        params[p[1].upper()] = ",".join(values)
    if not line.startswith(":", at):
        raise BadContentLine(f"expected ':' before the value of {name}", "ical.expected-colon", name=name)
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
    comp: Component | None          # None: left out (checked for its structure only)
    wanted: frozenset[str] | None   # the properties to read; None: all of them, subcomponents too


class Reader:
    def __init__(self, source: str):
        self.source = source

    def error(self, line: int | None, code: str, prop: str | None = None, /, **params) -> ICalError:
        """The refusal `code` (errors.ENGLISH) with its parts, placed at the file's line and property."""
        where = f"{self.source}: line {line}" if line else self.source
        return ICalError(code=code, where=where, field=prop, **params)

    # Structure ------------------------------------------------------------------------------

    def unfold(self, text: str) -> list[tuple[int, str]]:
        """(line number, content line) of each non-blank line, continuation lines joined."""
        out: list[tuple[int, str]] = []
        for n, raw in enumerate(_LINE_BREAK.split(text), start=1):
            if raw[:1] in (" ", "\t"):
                if not out:
                    raise self.error(n, "ical.continuation-first")
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
            raise self.error(None, "ical.empty")
        calendars: list[Component] = []
        stack: list[_Open] = []
        for n, raw in lines:
            if not stack and raw.strip().upper() != "BEGIN:VCALENDAR":
                raise self.error(n, "ical.after-end" if calendars else "ical.not-icalendar", found=raw[:40])
            m = _CONTENT_LINE.match(raw)
            if not m:
                raise self.error(n, "ical.not-content-line", found=raw[:40])
            name = m.group(1).upper()
            top = stack[-1] if stack else None
            if name in ("BEGIN", "END"):
                kind = raw[m.end():].strip().upper()
                if not _NAME.fullmatch(kind):
                    raise self.error(n, "ical.no-component-name", name=name, found=raw[m.end():][:40])
                if name == "BEGIN":
                    if len(stack) >= MAX_COMPONENT_DEPTH:
                        raise self.error(n, "ical.too-deep")
                    stack.append(self._open(kind, n, top, read, calendars))
                elif top.kind != kind:
                    raise self.error(n, "ical.end-mismatch", kind=kind, open=top.kind, line=top.line)
                else:
                    stack.pop()
            elif top.comp is not None and (top.wanted is None or name in top.wanted):
                try:
                    name, params, value = split_content_line(raw)
                except BadContentLine as exc:
                    raise self.error(n, exc.code, found=raw[:40], **exc.params) from None
                if name in _NOTHING_WHEN_EMPTY and not value.strip():
                    continue  # 'RRULE:' or 'RDATE:' (a holiday feed, icalendar's issue 1081): no rule, no date
                top.comp.props.append(Prop(name, params, read_value(name, params, value), n))
        if stack:
            raise self.error(lines[-1][0], "ical.never-closed", kind=stack[-1].kind, line=stack[-1].line)
        return calendars

    @staticmethod
    def _open(kind: str, n: int, parent: _Open | None, read, calendars: list[Component]) -> _Open:
        """The component a BEGIN opens, kept (added to its parent) when `read` wants it."""
        if read is None or (parent is not None and parent.comp is not None and parent.wanted is None):
            wanted = None  # everything is read, or the parent is read whole
        elif kind in read and (parent is None or parent.comp is not None):
            wanted = read[kind]
        else:
            return _Open(kind, n, None, None)
        comp = Component(kind, n)
        (parent.comp.children if parent is not None else calendars).append(comp)
        return _Open(kind, n, comp, wanted)

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
        raise self.error(prop.line, "ical.bad-date", prop.name, value=shown[:40], expected=expected)

    def dates(self, prop: Prop) -> list[date | datetime]:
        """The values of an RDATE or EXDATE line (one or several, comma-separated)."""
        listed = getattr(prop.value, "dts", None)
        if listed is None:
            return [self.date_or_datetime(prop)]
        return [self.date_or_datetime(prop, v) for v in listed]

    def period_lengths(self, prop: Prop) -> list[timedelta | None]:
        """For each value of an RDATE (as `dates` lists them), the length a PERIOD gives it (its
        duration, or its end minus its start); None for a plain date or date-time."""
        listed = getattr(prop.value, "dts", None)
        out = []
        for value in ([prop.value] if listed is None else listed):
            dt = _dt(value)
            if isinstance(dt, tuple) and len(dt) == 2:
                begin, end = dt
                out.append(end if isinstance(end, timedelta) else
                           end - begin if isinstance(end, datetime) and isinstance(begin, datetime) else None)
            else:
                out.append(None)
        return out

    def until(self, prop: Prop) -> date | datetime:
        """The UNTIL of an RRULE: a date, a naive date-time, or a UTC one."""
        found = prop.value.get("UNTIL") if isinstance(prop.value, dict) else None  # a vRecur is a dict
        value = found[0] if isinstance(found, list) and found else found
        if not isinstance(value, date):
            raise self.error(prop.line, "ical.bad-rule", prop.name, rule=self.raw(prop)[:60])
        return value

    def duration(self, prop: Prop) -> timedelta:
        dt = _dt(prop.value)
        if not isinstance(dt, timedelta):
            raise self.error(prop.line, "ical.bad-duration", prop.name, value=self.raw(prop)[:40])
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
    written = value.to_ical()
    # Most of icalendar's types write bytes; some (a vTime in an RDATE;VALUE=TIME) write text.
    return (written.decode() if isinstance(written, bytes) else str(written)).strip()
