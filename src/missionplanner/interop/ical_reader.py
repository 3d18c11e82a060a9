"""A strict reader of iCalendar (RFC 5545) text that remembers the line of every property.

`icalendar` forgives a lot and forgets where things were; an aide told "the file is malformed" needs
the line. So the structure (content lines, folding, BEGIN/END nesting, parameters, escaped text and
date-time values) is read here, and `icalendar` is used only for the parts it does best: turning a
VTIMEZONE block into a tzinfo, and writing files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from ..errors import ValidationError

_NAME = re.compile(r"[A-Za-z0-9-]+")
_PLAIN_LINE = re.compile(r"([A-Za-z0-9-]+):")  # most lines: a name, no parameters, the value
# The next most common: one parameter with a plain value (DTSTART;TZID=Tokyo Standard Time:...).
_ONE_PARAM_LINE = re.compile(r'([A-Za-z0-9-]+);([A-Za-z0-9-]+)=([^,;:"]*):')
_PARAM_TEXT = re.compile(r'[^,;:"]*')  # an unquoted parameter value
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_CONTINUATIONS = ("\n ", "\n\t", "\r ", "\r\t")  # a line break, then a space or a tab
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_DATETIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DURATION = re.compile(
    r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
MAX_COMPONENT_DEPTH = 8


def _unescape(m: re.Match) -> str:
    c = m.group(1)
    return "\n" if c in "nN" else c


class ICalError(ValidationError):
    """A calendar file that cannot be read; the message names the file and the line."""


@dataclass(slots=True)
class Prop:
    name: str
    params: dict[str, str]
    value: str
    line: int


@dataclass(slots=True)
class Component:
    name: str
    line: int
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    text_lines: list[str] = field(default_factory=list)  # the unfolded source, for VTIMEZONE

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
        crlf = text.count("\r\n")
        if crlf == text.count("\r") == text.count("\n"):  # every line ends in CRLF (as RFC 5545 says)
            lines = text.split("\r\n")
        elif "\r" not in text:
            lines = text.split("\n")
        else:
            lines = _LINE_BREAK.split(text)
        # A line (not the first) that starts with a space or a tab continues the one before.
        folded = text[:1] in (" ", "\t") or any(c in text for c in _CONTINUATIONS)
        if not folded:
            return [(n, raw) for n, raw in enumerate(lines, start=1) if raw.strip()]
        out: list[tuple[int, str]] = []
        for n, raw in enumerate(lines, start=1):
            if raw[:1] in (" ", "\t"):
                if not out:
                    raise self.error(n, "the file starts with a continuation line (leading space)")
                start, prev = out[-1]
                out[-1] = (start, prev + raw[1:])
            elif raw.strip():
                out.append((n, raw))
        return out

    def content_line(self, n: int, text: str) -> Prop:
        m = _PLAIN_LINE.match(text)
        if m:
            return Prop(m.group(1).upper(), {}, text[m.end():], n)
        m = _ONE_PARAM_LINE.match(text)
        if m:
            return Prop(m.group(1).upper(), {m.group(2).upper(): m.group(3)}, text[m.end():], n)
        m = _NAME.match(text)
        if not m:
            raise self.error(n, f"expected NAME:VALUE, found {text[:40]!r}")
        name, i = m.group(0).upper(), m.end()
        params: dict[str, str] = {}
        while i < len(text) and text[i] == ";":
            pm = _NAME.match(text, i + 1)
            if not pm or pm.end() >= len(text) or text[pm.end()] != "=":
                raise self.error(n, f"malformed parameter after {name!r}", name)
            pname, i = pm.group(0).upper(), pm.end() + 1
            values = []
            while True:
                if i < len(text) and text[i] == '"':
                    close = text.find('"', i + 1)
                    if close < 0:
                        raise self.error(n, f"unclosed quote in parameter {pname}", name)
                    values.append(text[i + 1:close])
                    i = close + 1
                else:
                    j = _PARAM_TEXT.match(text, i).end()
                    values.append(text[i:j])
                    i = j
                if i < len(text) and text[i] == ",":
                    i += 1
                    continue
                break
            params[pname] = ",".join(values)
        if i >= len(text) or text[i] != ":":
            raise self.error(n, f"expected ':' after the name and parameters of {name}", name)
        return Prop(name, params, text[i + 1:], n)

    def parse(self, text: str) -> list[Component]:
        """The VCALENDAR components of the text; refuses anything that is not well nested."""
        calendars: list[Component] = []
        stack: list[Component] = []
        lines = self.unfold(text)
        if not lines:
            raise self.error(None, "the file is empty (expected BEGIN:VCALENDAR)")
        open_vtimezones: list[Component] = []  # the VTIMEZONE components in `stack`, each keeps its lines
        # content_line's first case (NAME:VALUE), without a Prop for BEGIN and END lines: the text
        # before the first colon, when it is a name, upper-cased; each such text checked once.
        names: dict[str, str | None] = {}
        for n, raw in lines:
            if not stack and raw.strip().upper() != "BEGIN:VCALENDAR":
                what = "text after END:VCALENDAR" if calendars else \
                    "not an iCalendar file: expected BEGIN:VCALENDAR"
                raise self.error(n, f"{what}, found {raw[:40]!r}")
            head, colon, value = raw.partition(":")
            name = names.get(head, "") if colon else None
            if name == "":  # not seen yet
                name = names[head] = head.upper() if _NAME.fullmatch(head) else None
            if name is None:
                prop = self.content_line(n, raw)
                name, value = prop.name, prop.value
            else:
                prop = None
            if open_vtimezones:
                for comp in open_vtimezones:
                    comp.text_lines.append(raw)
            if name == "BEGIN":
                kind = value.strip().upper()
                if not _NAME.fullmatch(kind):
                    raise self.error(n, f"BEGIN needs a component name, found {value[:40]!r}")
                if len(stack) >= MAX_COMPONENT_DEPTH:
                    raise self.error(n, "components nested too deeply")
                comp = Component(kind, n)
                if kind == "VTIMEZONE":
                    comp.text_lines.append(raw)
                    open_vtimezones.append(comp)
                if stack:
                    stack[-1].children.append(comp)
                else:
                    calendars.append(comp)
                stack.append(comp)
            elif name == "END":
                kind = value.strip().upper()
                if not stack:
                    raise self.error(n, f"END:{kind} without a matching BEGIN")
                if stack[-1].name != kind:
                    raise self.error(n, f"END:{kind} closes BEGIN:{stack[-1].name} of line {stack[-1].line}")
                if stack.pop().name == "VTIMEZONE":
                    open_vtimezones.pop()
            else:
                stack[-1].props.append(prop or Prop(name, {}, value, n))
        if stack:
            raise self.error(lines[-1][0], f"BEGIN:{stack[-1].name} of line {stack[-1].line} is never closed "
                             "(the file may be cut short)")
        return calendars

    # Values ---------------------------------------------------------------------------------

    def text(self, prop: Prop | None) -> str:
        if prop is None:
            return ""
        v = prop.value
        if "\\" not in v:
            return v.strip()
        # Each backslash with the character after it (a lone one at the end stays), left to right.
        return _ESCAPE.sub(_unescape, v).strip()

    def date_or_datetime(self, prop: Prop, raw: str | None = None) -> date | datetime:
        """A DATE or a naive/UTC DATE-TIME value; UTC ones carry tzinfo=UTC via the 'Z'."""
        value = (raw if raw is not None else prop.value).strip()
        kind = prop.params.get("VALUE", "").upper()
        try:
            m = _DATETIME.fullmatch(value)
            if m and kind in ("", "DATE-TIME"):
                if m.group(6) != "60":
                    try:  # the same fields, read in C; what it refuses is read below to say why
                        return datetime.fromisoformat(value)
                    except ValueError:
                        pass
                y, mo, d, h, mi, s, z = m.groups()
                s = int(s)
                if s == 60:
                    s = 59  # a leap second: RFC 5545 allows it, Python does not
                return datetime(int(y), int(mo), int(d), int(h), int(mi), s, tzinfo=UTC if z else None)
            m = _DATE.fullmatch(value)
            if m and kind in ("", "DATE"):
                try:
                    return date.fromisoformat(value)
                except ValueError:
                    pass
                return date(*(int(g) for g in m.groups()))
        except ValueError as exc:
            raise self.error(prop.line, f"{value!r} is not a real date or time ({exc})", prop.name) from None
        expected = "YYYYMMDD" if kind == "DATE" else "YYYYMMDDTHHMMSS[Z]"
        raise self.error(prop.line, f"cannot read {value[:40]!r} as a date or date-time ({expected})",
                         prop.name)

    def duration(self, prop: Prop) -> timedelta:
        m = _DURATION.fullmatch(prop.value.strip())
        if not m or not any(m.groups()[1:]):
            raise self.error(prop.line, f"cannot read {prop.value[:40]!r} as a duration (e.g. PT1H30M)",
                             prop.name)
        sign, w, d, h, mi, s = m.groups()
        try:
            td = timedelta(weeks=int(w or 0), days=int(d or 0), hours=int(h or 0), minutes=int(mi or 0),
                           seconds=int(s or 0))
        except OverflowError:
            raise self.error(prop.line, f"the duration {prop.value[:40]!r} is too long", prop.name) from None
        return -td if sign == "-" else td
