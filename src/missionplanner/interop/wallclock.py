"""Wall-clock times of a calendar file placed in UTC, the way RFC 5545 reads them.

A time in the hour skipped when clocks go forward is moved forward by the length of the gap; a time
that happens twice when clocks go back is the first one. For the IANA zones of
`services.timeutil.zone` that is `services.timeutil.wall_to_utc` without refusals (the one place
local times become instants).

A zone a file defines in a VTIMEZONE is a dateutil tzinfo built by icalendar: it gives the right
offset for a wall-clock time (PEP 495's fold included), but places an instant back on the wall clock
(`fromutc`) wrongly near a change, an hour off, and `wall_to_utc` finds gaps and repeated times by
that round trip. Such a zone is read from its offsets alone (`by_offsets`): a real file
(icalendar's issue_722_timezone_transition_ambiguity.ics) put a repeated time in its second pass.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from ..services.timeutil import wall_to_utc

_DAY = timedelta(days=1)
_NONE = timedelta(0)


def to_utc(naive: datetime, zone: tzinfo) -> datetime:
    """A naive wall-clock time in `zone` as a UTC instant (see the module's docstring)."""
    if isinstance(zone, ZoneInfo):
        return wall_to_utc(naive, zone, refuse=False)
    return by_offsets(naive, zone)


def by_offsets(naive: datetime, zone: tzinfo) -> datetime:
    """RFC 5545's instant for a wall-clock time, from the zone's `utcoffset` alone.

    Where fold=0 and fold=1 give two offsets (a repeated time, or a skipped one in a zone that
    follows PEP 495 there), fold=0's is the offset before the change: the first pass, or moved
    forward by the gap. dateutil's zones give a skipped time the offset after the change whatever the
    fold: a time is skipped when the offset a day before still holds as far back as the gap's length;
    it is read on that earlier clock. Otherwise the one offset."""
    t = naive.replace(tzinfo=None)
    first, second = t.replace(tzinfo=zone, fold=0).utcoffset(), t.replace(tzinfo=zone, fold=1).utcoffset()
    if first != second:
        return (t - first).replace(tzinfo=UTC)
    before = (t - _DAY).replace(tzinfo=zone).utcoffset()
    gap = first - before
    if gap > _NONE and (t - gap).replace(tzinfo=zone, fold=1).utcoffset() == before:
        return (t - before).replace(tzinfo=UTC)
    return (t - first).replace(tzinfo=UTC)
