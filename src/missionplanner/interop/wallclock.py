"""Wall-clock times placed in UTC once per stretch of time where dateutil's answer cannot change.

A calendar file names thousands of wall-clock times in a handful of zones; dateutil (the time library
of record) answers each one in pure Python, twice (wall clock to UTC, then back to see whether the
time exists). Its answer is a step function of the wall-clock time, and for its `tzfile` zones (what
`dateutil.tz.gettz` returns for every IANA name) the steps can only be at points read off the zone's
transition tables:

- `tzfile.utcoffset(wall)` (with fold=0) depends only on `bisect_right(_trans_list, t)` and on
  whether `t < _trans_list[idx] + od` (its ambiguity test), where `t` is the wall time in seconds
  since 1970: so it is constant between consecutive points of `_trans_list` and of
  `_trans_list[i] + od(i)`;
- `tzfile.fromutc(instant)` adds the offset found by `bisect_right(_trans_list_utc, u)`, `u` the
  instant in seconds: for instants `wall - offset`, constant between the points
  `_trans_list_utc[j] + offset`, for each offset the zone uses.

Between two consecutive points (a "period", closed on the left as dateutil's comparisons are), the
wall-clock time either exists with one offset for the whole period, or is a gap for the whole
period. So the first time met in a period is converted by dateutil, and the offset it gave is reused
for every later time in the same period; gaps are never cached (each goes through dateutil again).

Only whole-second times use the shortcut (dateutil compares float seconds, exact for whole seconds),
and only zones that are `dateutil.tz.tzfile` objects whose methods are dateutil's own: any other
tzinfo (a VTIMEZONE block read by icalendar, a subclass) gets no periods, and its callers convert
each time the straightforward way. `tests/test_wallclock.py` compares the two over every transition
of many zones.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from dateutil import tz as dtz

EPOCH = datetime(1970, 1, 1)
_UTC_EPOCH = EPOCH.replace(tzinfo=UTC)
_DATEUTIL_METHODS = ("utcoffset", "fromutc", "is_ambiguous", "_find_last_transition", "_get_ttinfo",
                     "_find_ttinfo", "_resolve_ambiguous_time", "_fold")


def _as_wall(seconds: int) -> datetime | None:
    try:
        return EPOCH + timedelta(seconds=seconds)
    except OverflowError:  # beyond datetime's range: no time lies on the other side of it
        return None


def _bounds(z: dtz.tzfile) -> list[datetime]:
    """The wall-clock points where dateutil's answer for `z` may change, sorted."""
    trans, trans_utc = z._trans_list, z._trans_list_utc
    points: set[int] = set(trans)
    for idx in range(1, len(trans)):
        od = z._get_ttinfo(idx - 1).offset - z._get_ttinfo(idx).offset  # as in tzfile.is_ambiguous
        points.add(trans[idx] + od)
    offsets = {z._get_ttinfo(idx).offset for idx in range(-1, len(trans))}
    for u in trans_utc:
        points.update(u + offset for offset in offsets)
    walls = (_as_wall(p) for p in points)
    return sorted(w for w in walls if w is not None)


def _plain_tzfile(z: tzinfo) -> bool:
    if not isinstance(z, dtz.tzfile) or not z._ttinfo_std:
        return False
    cls = type(z)
    return all(getattr(cls, name) is getattr(dtz.tzfile, name) for name in _DATEUTIL_METHODS)


class Periods:
    """The offsets dateutil gave so far in one zone, one per period (see the module's docstring)."""

    def __init__(self, z: dtz.tzfile):
        self.zone = z
        self.bounds = _bounds(z)
        self.offsets: dict[int, Offset] = {}

    def period(self, wall: datetime) -> int | None:
        """The period a naive wall-clock time falls in; None when it may not use the shortcut."""
        if wall.microsecond:
            return None
        return bisect_right(self.bounds, wall)


class Offset:
    """A UTC offset, with the arithmetic that places wall-clock times by it.

    `datetime.replace(tzinfo=...)` costs ten times an addition, so both directions add a timedelta
    to an aware epoch: the same datetime, field for field, as the `replace` forms in the docstrings.
    """

    __slots__ = ("offset", "zone", "_shifted_epoch", "_local_epoch")

    def __init__(self, offset: timedelta):
        self.offset = offset
        self.zone = timezone(offset)
        self._shifted_epoch = EPOCH + offset
        self._local_epoch = EPOCH.replace(tzinfo=self.zone)

    def utc(self, wall: datetime) -> datetime:
        """`(wall - offset).replace(tzinfo=UTC)` for a naive wall-clock time."""
        return _UTC_EPOCH + (wall - self._shifted_epoch)

    def local(self, wall: datetime) -> datetime:
        """`wall.replace(tzinfo=timezone(offset))` for a naive wall-clock time."""
        return self._local_epoch + (wall - EPOCH)


_PERIODS: dict[int, tuple[tzinfo, Periods | None]] = {}


def periods(z: tzinfo) -> Periods | None:
    """The periods of a dateutil zone (kept for the life of the process), or None for another tzinfo."""
    found = _PERIODS.get(id(z))
    if found is not None and found[0] is z:
        return found[1]
    try:
        p = Periods(z) if _plain_tzfile(z) else None
    except (AttributeError, TypeError, IndexError):  # a dateutil whose tables read otherwise
        p = None
    if len(_PERIODS) > 256:  # zones from VTIMEZONE blocks come and go; IANA zones are few
        _PERIODS.clear()
    _PERIODS[id(z)] = (z, p)  # the zone is kept alive with its entry, so its id is not reused
    return p
