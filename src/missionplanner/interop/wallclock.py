"""Wall-clock times of a calendar file placed in UTC, the way RFC 5545 reads them.

A time in the hour skipped when clocks go forward is moved forward by the length of the gap; a time
that happens twice when clocks go back is the first one. With PEP 495 semantics, `fold=0` already
picks the first of two times; a time that does not exist is the one whose round trip through UTC
does not come back to it, and dateutil's public `resolve_imaginary` moves it forward. This works for
any tzinfo: the IANA zones of `services.timeutil.zone` and the zones a file defines in a VTIMEZONE.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from dateutil import tz as dtz


def to_utc(naive: datetime, zone: tzinfo) -> datetime:
    """A naive wall-clock time in `zone` as a UTC instant (see the module's docstring)."""
    wall = naive.replace(tzinfo=zone, fold=0)
    instant = wall.astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) == wall.replace(tzinfo=None):
        return instant
    return dtz.resolve_imaginary(wall).astimezone(UTC)
