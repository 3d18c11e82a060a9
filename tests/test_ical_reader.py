"""The calendar reader's content lines: its shortcuts read every line as the general reading does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from missionplanner.interop.ical_reader import ICalError, Reader

_NAME = re.compile(r"[A-Za-z0-9-]+")


def reference(n: int, text: str):
    """RFC 5545's NAME *(;PARAM=VALUE *(,VALUE)) : VALUE, read character by character."""
    m = _NAME.match(text)
    if not m:
        return None
    name, i = m.group(0).upper(), m.end()
    params: dict[str, str] = {}
    while i < len(text) and text[i] == ";":
        pm = _NAME.match(text, i + 1)
        if not pm or pm.end() >= len(text) or text[pm.end()] != "=":
            return None
        pname, i = pm.group(0).upper(), pm.end() + 1
        values = []
        while True:
            if i < len(text) and text[i] == '"':
                close = text.find('"', i + 1)
                if close < 0:
                    return None
                values.append(text[i + 1:close])
                i = close + 1
            else:
                j = i
                while j < len(text) and text[j] not in ',;:"':
                    j += 1
                values.append(text[i:j])
                i = j
            if i < len(text) and text[i] == ",":
                i += 1
                continue
            break
        params[pname] = ",".join(values)
    if i >= len(text) or text[i] != ":":
        return None
    return name, params, text[i + 1:], n


pieces = st.sampled_from(["DTSTART", "dtend", "X-A1", ";", ":", "=", ",", '"', "TZID", "Tokyo Standard Time",
                          "Europe/Brussels", "20170609T100000", "VALUE", "DATE", " ", "é", "a\\,b", "mailto:x@y.z"])


@given(st.lists(pieces, max_size=12).map("".join))
def test_every_line_reads_as_the_general_reading_does(text):
    expected = reference(7, text)
    if expected is None:
        with pytest.raises(ICalError):
            Reader("test").content_line(7, text)
        return
    p = Reader("test").content_line(7, text)
    assert (p.name, p.params, p.value, p.line) == expected


@pytest.mark.parametrize("text", [
    "DTSTART;TZID=Tokyo Standard Time:20170609T100000",
    'DTSTART;TZID="Tokyo Standard Time":20170609T100000',
    "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Ohmura:mailto:governor@pref.aichi.lg.jp",
    "X-A;B=:v", "X-A;B=c,d:v", "SUMMARY:a;b=c:d",
])
def test_common_lines(text):
    p = Reader("test").content_line(3, text)
    assert (p.name, p.params, p.value, p.line) == reference(3, text)


def reference_value(value: str):
    """A DATE or DATE-TIME read field by field (what `date_or_datetime` does without its C shortcut)."""
    from datetime import UTC, date, datetime

    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)", value)
    try:
        if m:
            y, mo, d, h, mi, s = (int(g) for g in m.groups()[:6])
            dt = datetime(y, mo, d, h, mi, 59 if s == 60 else s)
            return dt.replace(tzinfo=UTC) if m.group(7) else dt
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", value)
        if m:
            return date(*(int(g) for g in m.groups()))
    except ValueError as exc:
        return f"{value!r} is not a real date or time ({exc})"
    return "cannot read"


digits = st.sampled_from("0123456789") | st.sampled_from("٠١٢３")  # Unicode digits match \d too


@given(st.lists(digits, min_size=14, max_size=14).map("".join), st.sampled_from(["", "Z"]), st.booleans())
def test_date_and_time_values_read_as_field_by_field(ds, z, is_date):
    from missionplanner.interop.ical_reader import Prop

    value = ds[:8] if is_date else f"{ds[:8]}T{ds[8:]}{z}"
    expected = reference_value(value)
    try:
        got = Reader("test").date_or_datetime(Prop("DTSTART", {}, value, 4))
    except ICalError as exc:
        assert isinstance(expected, str) and str(exc).endswith(expected) or expected == "cannot read", (exc, expected)
        return
    assert got == expected and type(got) is type(expected)
    assert (got.tzinfo is not None) == bool(z and not is_date) if not is_date else True


@pytest.mark.parametrize("value", ["20170609T100000", "20170609T100000Z", "20161231T235960Z", "20170609",
                                   "20170229", "20171301T000000", "00000101T000000", "20170609T240000"])
def test_date_and_time_edges(value):
    from missionplanner.interop.ical_reader import Prop

    expected = reference_value(value)
    try:
        got = Reader("test").date_or_datetime(Prop("DTSTART", {}, value, 4))
    except ICalError as exc:
        assert str(exc).endswith(expected), (str(exc), expected)
        return
    assert got == expected and type(got) is type(expected)


def reference_unfold(text: str):
    out: list = []
    for n, raw in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if raw[:1] in (" ", "\t"):
            if not out:
                return "starts with a continuation line"
            start, prev = out[-1]
            out[-1] = (start, prev + raw[1:])
        elif raw.strip():
            out.append((n, raw))
    return out


@given(st.lists(st.sampled_from(["\r\n", "\n", "\r", " ", "\t", "A", "B:1", "\u2028", "\x0c"]), max_size=16)
       .map("".join))
def test_unfolding_with_or_without_folded_lines(text):
    expected = reference_unfold(text)
    if isinstance(expected, str):
        with pytest.raises(ICalError, match="continuation"):
            Reader("test").unfold(text)
    else:
        assert Reader("test").unfold(text) == expected


def reference_parse(text: str):
    """The structure read with content_line on every line (as parse did before its shortcut)."""
    from missionplanner.interop.ical_reader import Component

    r = Reader("test")
    calendars, stack = [], []
    for n, raw in r.unfold(text):
        if not stack and raw.strip().upper() != "BEGIN:VCALENDAR":
            raise ICalError("not a calendar")
        prop = r.content_line(n, raw)
        for comp in stack:
            if comp.name == "VTIMEZONE":
                comp.text_lines.append(raw)
        if prop.name == "BEGIN":
            comp = Component(prop.value.strip().upper(), n)
            if comp.name == "VTIMEZONE":
                comp.text_lines.append(raw)
            (stack[-1].children if stack else calendars).append(comp)
            stack.append(comp)
        elif prop.name == "END":
            if not stack or stack[-1].name != prop.value.strip().upper():
                raise ICalError("badly nested")
            stack.pop()
        else:
            stack[-1].props.append(prop)
    if stack:
        raise ICalError("not closed")
    return calendars


body_lines = st.sampled_from(["UID:a", "uid:b", "DTSTART;TZID=Asia/Tokyo:20170609T100000", "X-Y;A=\"b:c\":d",
                              "SUMMARY:a:b", "summary;LANGUAGE=fr:Réunion", ":x", "BAD LINE", "Dt-End:1",
                              "TZID:Tokyo Standard Time", "BEGIN:VTIMEZONE", "END:VTIMEZONE", "BEGIN:VEVENT",
                              "END:VEVENT", "begin:standard", "end:STANDARD", " folded"])


@given(st.lists(body_lines, max_size=14))
def test_parse_reads_the_structure_content_line_reads(middle):
    text = "\r\n".join(["BEGIN:VCALENDAR", *middle, "END:VCALENDAR"]) + "\r\n"
    try:
        expected = reference_parse(text)
    except ICalError:
        with pytest.raises(ICalError):
            Reader("test").parse(text)
        return
    assert Reader("test").parse(text) == expected
