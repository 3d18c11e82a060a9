"""The calendar import's shortcut for wall-clock times (interop.wallclock) gives dateutil's answers.

The reference below is the import's conversion as it was before the shortcut, dateutil only. Each
test starts from empty caches and converts the times in its own order, since the shortcut reuses the
offset of the first time it met in a period.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from dateutil import tz as dtz
from hypothesis import given
from hypothesis import strategies as st

from missionplanner.interop import wallclock
from missionplanner.interop.ics import _to_utc
from missionplanner.services.timeutil import zone

# DST both ways, half-hour and two-hour DST, a skipped day (Apia 2011), a day-and-a-half jump
# (Kiritimati 1995), zones whose rules changed (Sao Paulo, Casablanca, Moscow), no DST at all.
ZONES = ("Europe/Brussels", "America/New_York", "Australia/Lord_Howe", "Antarctica/Troll",
         "Pacific/Apia", "Pacific/Kiritimati", "America/Sao_Paulo", "Africa/Casablanca",
         "Europe/Moscow", "Asia/Tokyo", "Asia/Kolkata", "America/St_Johns", "Europe/Dublin",
         "Australia/Sydney", "UTC")
WINDOW = (datetime(1900, 1, 1), datetime(2045, 1, 1))


def reference(naive: datetime, tzi) -> datetime:
    """The straightforward dateutil reading: a skipped hour moves forward, a repeated one is the first."""
    naive = naive.replace(tzinfo=None, fold=0)
    aware = naive.replace(tzinfo=tzi)
    instant = aware.astimezone(UTC)
    local = instant.astimezone(tzi)
    if local.replace(tzinfo=None) != naive:
        return dtz.resolve_imaginary(aware).astimezone(UTC)
    return instant


def reference_local(naive: datetime, tzi):
    """What `_to_utc` records as the local time of a time that exists (None in a gap)."""
    aware = naive.replace(tzinfo=tzi, fold=0)
    local = aware.astimezone(UTC).astimezone(tzi)
    if local.replace(tzinfo=None) != naive:
        return None
    return naive.replace(tzinfo=timezone(local.utcoffset()))


def fresh():
    wallclock._PERIODS.clear()


def bounds_in_window(name: str) -> list[datetime]:
    p = wallclock.periods(zone(name))
    assert p is not None, name
    return [b for b in p.bounds if WINDOW[0] <= b <= WINDOW[1]]


def check(times: list[datetime], tzi) -> None:
    local_times: dict = {}
    for t in times:
        try:
            expected = reference(t, tzi)
        except (OverflowError, ValueError) as exc:  # next to datetime's limits
            with pytest.raises(type(exc)):
                _to_utc(t, tzi, local_times)
            continue
        got = _to_utc(t, tzi, local_times)
        assert got == expected, (t, tzi)
        assert got.tzinfo is UTC
        expected_local = reference_local(t, tzi)
        if expected_local is None:
            assert (got, id(tzi)) not in local_times or local_times[(got, id(tzi))].replace(tzinfo=None) != t
        else:
            shown = local_times[(got, id(tzi))]
            assert shown == expected_local and shown.utcoffset() == expected_local.utcoffset(), t
            assert shown.replace(tzinfo=None) == t


@pytest.mark.parametrize("name", ZONES)
def test_every_transition_either_way(name):
    """Around every point where a zone's answer may change: each side, in both orders."""
    tzi = zone(name)
    steps = [timedelta(seconds=s) for s in (-3600, -1, 0, 1, 1800, 5400)]
    times = sorted({b + d for b in bounds_in_window(name) for d in steps})
    fresh()
    check(times, tzi)
    fresh()
    check(times[::-1], tzi)


@pytest.mark.parametrize("name", ZONES)
def test_every_period_used_from_its_middle_first(name):
    """A period's offset taken from a time in its middle, then its edges checked."""
    tzi = zone(name)
    b = bounds_in_window(name)
    middles = [lo + (hi - lo) / 2 for lo, hi in zip(b, b[1:], strict=False) if hi - lo > timedelta(seconds=2)]
    middles = [m.replace(microsecond=0) for m in middles]
    edges = [x for lo, hi in zip(b, b[1:], strict=False) for x in (lo, hi - timedelta(seconds=1))]
    fresh()
    check(middles + edges, tzi)


@st.composite
def near_transitions(draw):
    name = draw(st.sampled_from(ZONES))
    points = bounds_in_window(name) or [datetime(2017, 6, 9)]
    times = draw(st.lists(st.builds(lambda b, s: b + timedelta(seconds=s), st.sampled_from(points),
                                    st.integers(-4 * 86400, 4 * 86400)), min_size=1, max_size=40))
    return name, times


@given(near_transitions())
def test_any_times_in_any_order(case):
    name, times = case
    fresh()
    check(times, zone(name))


@given(st.sampled_from(ZONES), st.lists(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
                                        min_size=1, max_size=20))
def test_any_time_at_all(name, times):
    """Far past and far future, and times with microseconds (these skip the shortcut)."""
    fresh()
    check(times, zone(name))


def test_only_plain_dateutil_zones_take_the_shortcut():
    class Custom(dtz.tzfile):
        def utcoffset(self, dt):
            return super().utcoffset(dt)

    plain = zone("Europe/Brussels")
    assert wallclock.periods(plain) is not None
    assert wallclock.periods(UTC) is None
    assert wallclock.periods(ZoneInfo("Europe/Brussels")) is None
    assert wallclock.periods(dtz.tzutc()) is None
    with open(plain._filename, "rb") as f:
        custom = Custom(f)
    assert wallclock.periods(custom) is None
    t = datetime(2017, 10, 29, 2, 30)
    assert _to_utc(t, custom) == reference(t, custom)
    assert _to_utc(t, ZoneInfo("Europe/Brussels")) == reference(t, ZoneInfo("Europe/Brussels"))


def test_a_gap_is_never_cached():
    tzi = zone("Europe/Brussels")
    fresh()
    gap = datetime(2017, 3, 26, 2, 30)
    assert _to_utc(gap, tzi) == datetime(2017, 3, 26, 1, 30, tzinfo=UTC)  # moved forward to 03:30
    assert _to_utc(datetime(2017, 3, 26, 2, 0), tzi) == datetime(2017, 3, 26, 1, 0, tzinfo=UTC)
    assert _to_utc(datetime(2017, 3, 26, 3, 0), tzi) == datetime(2017, 3, 26, 1, 0, tzinfo=UTC)
    assert _to_utc(datetime(2017, 10, 29, 2, 30), tzi) == datetime(2017, 10, 29, 0, 30, tzinfo=UTC)  # first
    assert _to_utc(datetime(2017, 10, 29, 3, 0), tzi) == datetime(2017, 10, 29, 2, 0, tzinfo=UTC)


@given(st.datetimes(min_value=datetime(1, 1, 3), max_value=datetime(9999, 12, 29)),
       st.integers(-(24 * 3600 - 1), 24 * 3600 - 1))
def test_offset_arithmetic_is_replace(wall, seconds):
    offset = wallclock.Offset(timedelta(seconds=seconds))
    local = offset.local(wall)
    expected_local = wall.replace(tzinfo=timezone(timedelta(seconds=seconds)))
    assert local == expected_local and local.utcoffset() == expected_local.utcoffset()
    assert local.replace(tzinfo=None) == wall and local.fold == 0
    try:
        expected = (wall - timedelta(seconds=seconds)).replace(tzinfo=UTC)
    except OverflowError:
        with pytest.raises(OverflowError):
            offset.utc(wall)
        return
    got = offset.utc(wall)
    assert got == expected and got.tzinfo is UTC and got.replace(tzinfo=None) == expected.replace(tzinfo=None)


def test_a_zone_whose_tables_cannot_be_read_takes_the_straightforward_way(monkeypatch):
    fresh()
    monkeypatch.setattr(wallclock, "_bounds", lambda z: z._no_such_table)
    tzi = zone("Europe/Brussels")
    assert wallclock.periods(tzi) is None
    t = datetime(2017, 10, 29, 2, 30)
    assert _to_utc(t, tzi) == reference(t, tzi)
    fresh()
