"""Wall-clock times of a calendar file placed in UTC, the way RFC 5545 reads them.

A time in the hour skipped when clocks go forward is moved forward by the length of the gap; a time
that happens twice when clocks go back is the first one. That is `services.timeutil.wall_to_utc`
without refusals (the one place local times become instants); it works for any tzinfo: the IANA
zones of `services.timeutil.zone` and the zones a file defines in a VTIMEZONE.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from ..services.timeutil import wall_to_utc


def to_utc(naive: datetime, zone: tzinfo) -> datetime:
    """A naive wall-clock time in `zone` as a UTC instant (see the module's docstring)."""
    return wall_to_utc(naive, zone, refuse=False)
