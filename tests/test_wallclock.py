"""The calendar import places wall-clock times as RFC 5545 reads them (interop.wallclock).

A time in a spring-forward gap moves forward by the gap, a time that happens twice is the first one.
Checked at every change of UTC offset of zones with unusual changes (each change found through
zoneinfo's public API), against two oracles: what RFC 5545 says, worked out from the change itself,
and Python's zoneinfo with PEP 495 (`fold=0` gives that same reading).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from missionplanner.interop.wallclock import to_utc

# DST both ways, half-hour and two-hour DST, a skipped day (Apia 2011), a day-and-a-half jump
# (Kiritimati 1995), zones whose rules changed (Sao Paulo, Casablanca, Moscow), no DST at all.
ZONES = ("Europe/Brussels", "America/New_York", "Australia/Lord_Howe", "Antarctica/Troll",
         "Pacific/Apia", "Pacific/Kiritimati", "America/Sao_Paulo", "Africa/Casablanca",
         "Europe/Moscow", "Asia/Tokyo", "Asia/Kolkata", "America/St_Johns", "Europe/Dublin",
         "Australia/Sydney", "UTC")
YEARS = range(1900, 2045)


def changes(name: str) -> list[tuple[datetime, timedelta, timedelta]]:
    """(UTC instant, offset before, offset after) of every change of offset in YEARS, to the second."""
    z = ZoneInfo(name)
    out = []
    t = datetime(YEARS.start, 1, 1, tzinfo=UTC)
    end = datetime(YEARS.stop, 1, 1, tzinfo=UTC)
    before = t.astimezone(z).utcoffset()
    while t < end:
        nxt = t + timedelta(days=1)
        after = nxt.astimezone(z).utcoffset()
        if after != before:
            lo, hi = t, nxt
            while hi - lo > timedelta(seconds=1):
                mid = (lo + (hi - lo) / 2).replace(microsecond=0)
                if mid.astimezone(z).utcoffset() == before:
                    lo = mid
                else:
                    hi = mid
            out.append((hi, before, after))
            before = after
        t = nxt
    return out


def oracle(naive: datetime, name: str) -> datetime:
    return naive.replace(tzinfo=ZoneInfo(name), fold=0).astimezone(UTC)


def rfc_5545(wall: datetime, instant: datetime, before: timedelta, after: timedelta) -> datetime | None:
    """The reading of `wall` near one change (at `instant`, from offset `before` to `after`): on the
    clock before the change if it shows `wall` before it, else on the clock after; a time neither
    clock shows (a gap) moves forward by the gap. None when the time is not near this change."""
    on_before = (wall - before).replace(tzinfo=UTC)
    on_after = (wall - after).replace(tzinfo=UTC)
    if on_before < instant:
        return on_before  # the first of two, when the clock after the change shows it too
    if on_after >= instant:
        return on_after
    return on_before  # a gap: the clock before would show it after the change, i.e. moved forward


def cases(name: str) -> list[tuple[datetime, datetime]]:
    """(wall-clock time, its RFC 5545 reading) on each side of each change, on both clocks, for times
    nearer to that change than to any other."""
    found = changes(name)
    steps = [timedelta(seconds=s) for s in (-3600, -1, 0, 1, 1800, 5400)]
    out = []
    for i, (instant, before, after) in enumerate(found):
        lo = found[i - 1][0] if i else datetime.min.replace(tzinfo=UTC)
        hi = found[i + 1][0] if i + 1 < len(found) else datetime.max.replace(tzinfo=UTC)
        for offset in (before, after):
            for d in steps:
                wall = (instant + offset).replace(tzinfo=None) + d
                expected = rfc_5545(wall, instant, before, after)
                if lo + timedelta(hours=2) < expected < hi - timedelta(hours=2):
                    out.append((wall, expected))
    return out


@pytest.mark.parametrize("name", ZONES)
def test_every_change_of_offset_reads_as_rfc_5545_says(name):
    for wall, expected in cases(name):
        assert to_utc(wall, ZoneInfo(name)) == expected, wall
        assert oracle(wall, name) == expected, wall


def test_the_changes_compared_include_gaps_and_repeated_hours():
    """The comparison above meets times that do not exist and times that happen twice."""
    z = ZoneInfo("Europe/Brussels")
    walls = [wall for wall, _expected in cases("Europe/Brussels")]
    in_gap = [w for w in walls if w.replace(tzinfo=z).astimezone(UTC).astimezone(z).replace(tzinfo=None) != w]
    repeated = [w for w in walls if w.replace(tzinfo=z).utcoffset() != w.replace(tzinfo=z, fold=1).utcoffset()
                and w not in in_gap]
    assert len(in_gap) > 50 and len(repeated) > 50
    assert len(changes("Pacific/Apia")) > 10 and len(changes("Australia/Lord_Howe")) > 50


def test_a_skipped_hour_moves_forward_and_a_repeated_one_is_the_first():
    tzi = ZoneInfo("Europe/Brussels")
    assert to_utc(datetime(2017, 3, 26, 2, 30), tzi) == datetime(2017, 3, 26, 1, 30, tzinfo=UTC)  # 03:30
    assert to_utc(datetime(2017, 3, 26, 2, 0), tzi) == datetime(2017, 3, 26, 1, 0, tzinfo=UTC)
    assert to_utc(datetime(2017, 3, 26, 3, 0), tzi) == datetime(2017, 3, 26, 1, 0, tzinfo=UTC)
    assert to_utc(datetime(2017, 10, 29, 2, 30), tzi) == datetime(2017, 10, 29, 0, 30, tzinfo=UTC)  # first
    assert to_utc(datetime(2017, 10, 29, 3, 0), tzi) == datetime(2017, 10, 29, 2, 0, tzinfo=UTC)
    # Apia skipped 30 December 2011: a time that day moves forward by the whole day.
    # (10:00 on the clock of the 29th, -10:00, is 10:00 on the 31st, +14:00.)
    assert to_utc(datetime(2011, 12, 30, 10, 0), ZoneInfo("Pacific/Apia")) == \
        datetime(2011, 12, 30, 20, 0, tzinfo=UTC)
    # Lord Howe's half-hour change: 02:15 does not exist; it reads as 02:45 (+11:00).
    assert to_utc(datetime(2017, 10, 1, 2, 15), ZoneInfo("Australia/Lord_Howe")) == \
        datetime(2017, 9, 30, 15, 45, tzinfo=UTC)
    # Casablanca during Ramadan 2019 (a negative daylight saving time): 03:00 is 03:00 UTC.
    assert to_utc(datetime(2019, 5, 5, 3, 0), ZoneInfo("Africa/Casablanca")) == \
        datetime(2019, 5, 5, 3, 0, tzinfo=UTC)


@given(st.sampled_from(ZONES), st.datetimes(min_value=datetime(1, 1, 3), max_value=datetime(9999, 12, 29)))
def test_any_time(name, wall):
    """Far past and far future too; a time shown back in its zone is itself, or later in a gap."""
    got = to_utc(wall, ZoneInfo(name))
    assert got == oracle(wall, name)
    z = ZoneInfo(name)
    shown = got.astimezone(z).replace(tzinfo=None)
    in_gap = wall.replace(tzinfo=z).astimezone(UTC).astimezone(z).replace(tzinfo=None) != wall
    assert shown == wall or (in_gap and shown > wall)


def test_a_zone_a_calendar_defines_itself():
    """A VTIMEZONE block read by icalendar is a dateutil zone of another kind: the same reading."""
    import icalendar

    block = icalendar.Timezone.from_ical(
        "BEGIN:VTIMEZONE\r\nTZID:Custom\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
        "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")
    tzi = block.to_tz()
    for wall in (datetime(2017, 3, 26, 2, 30), datetime(2017, 10, 29, 2, 30), datetime(2017, 6, 9, 10)):
        assert to_utc(wall, tzi) == oracle(wall, "Europe/Brussels"), wall
