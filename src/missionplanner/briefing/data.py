"""What the printed documents read, through the service layer (as the GUI reads).

The queries live in ``services.briefing_data``; this module only names what the pack asks for.
"""

from __future__ import annotations

from datetime import date

from ..services.briefing_data import briefing_data, meeting_count


def scheduling_problems(db, ref: str) -> list[dict] | None:
    """Problems from the scheduling checks, or None when that module is not available."""
    try:
        from ..services.checks import check_mission
    except ImportError:
        return None
    return check_mission(db, ref)


def pack_data(db, ref: str, home_tz: str | None = None, today: date | None = None) -> dict:
    """`mission_detail` plus, per meeting, previous interactions and open follow-ups, and photos."""
    return briefing_data(db, ref, home_tz=home_tz, today=today)


def mission_size(db, ref: str) -> int:
    """The mission's number of meetings, read before anything else."""
    return meeting_count(db, ref)
