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
