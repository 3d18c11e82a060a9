"""`check` on a 10,000-meeting mission that has a lead and travel segments (issue 15).

The bench_check mission (`build`), with its first person as the mission's lead (so the lead is in
every meeting not marked without the lead) and every person flying in, taking two trains and flying
home. Times check_mission against the same mission without travel, in the same process: the trip
checks sort each traveller's meetings and segments once, so the ratio stays near 1.

`python -m bench trip` runs it.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select, update

from missionplanner.model import Meeting, Mission, Person, Traveller, TravelSegment, new_id, utcnow
from missionplanner.services.checks import check_mission
from missionplanner.store import open_database

from .bench_check import _row, _timed, build

GOAL_SECONDS = 5.0
ROUTE = (  # kind, from, zone, to, zone, depart (UTC), hours
    ("flight", "Brussels", "Europe/Brussels", "Seoul", "Asia/Seoul", datetime(2017, 5, 31, 10, tzinfo=UTC), 11),
    ("flight", "Seoul", "Asia/Seoul", "Tokyo", "Asia/Tokyo", datetime(2017, 6, 6, 12, tzinfo=UTC), 2),
    ("train", "Tokyo", "Asia/Tokyo", "Nagoya", "Asia/Tokyo", datetime(2017, 6, 9, 23, tzinfo=UTC), 2),
    ("flight", "Nagoya", "Asia/Tokyo", "Brussels", "Europe/Brussels", datetime(2017, 6, 12, 12, tzinfo=UTC), 12),
)


def add_trip(db, mission_id: str) -> int:
    """Everybody travels; the first person leads. Returns the number of segments."""
    now = utcnow()
    with db.write() as s:
        people = list(s.scalars(select(Person.id).order_by(Person.family_name)))
        s.execute(update(Mission).where(Mission.id == mission_id).values(lead_id=people[0]))
        segments, travellers = [], []
        for n, pid in enumerate(people):
            for kind, a, za, b, zb, depart, hours in ROUTE:
                seg = new_id()
                start = depart + timedelta(minutes=n % 60)
                segments.append({"id": seg, "mission_id": mission_id, "kind": kind, "carrier": "",
                                 "number": f"X {n}", "from_place": a, "from_code": "",
                                 "from_terminal": "", "from_timezone": za, "depart": start,
                                 "to_place": b, "to_code": "", "to_terminal": "", "to_timezone": zb,
                                 "arrive": start + timedelta(hours=hours), "booking_ref": "",
                                 "seat": "", "notes": "", "created_at": now, "updated_at": now,
                                 "version": 1})
                travellers.append({"id": new_id(), "segment_id": seg, "person_id": pid, "position": 0,
                                   "created_at": now, "updated_at": now, "version": 1})
        s.execute(insert(TravelSegment.__table__), segments)
        s.execute(insert(Traveller.__table__), travellers)
    return len(segments)


def run(size: int = 10_000, repeats: int = 3) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        try:
            mid = build(db, size)
            check_mission(db, mid)  # holiday tables and caches, once
            baseline, _ = _timed(lambda: check_mission(db, mid), repeats)
            count = add_trip(db, mid)
            figure, problems = _timed(lambda: check_mission(db, mid), repeats)
            with db.write() as s:  # the meetings the lead does not attend
                s.execute(update(Meeting).values(without_lead=True))
            no_lead, _ = _timed(lambda: check_mission(db, mid), repeats)
        finally:
            db.dispose()
    label = f"{size:,} meetings, {count:,} travel segments"
    return [
        _row(f"check_mission with a lead and travel, {label} ({len(problems)} problems) "
             f"vs without travel", figure, baseline, GOAL_SECONDS),
        _row(f"check_mission with travel, every meeting without the lead, {label}", no_lead, baseline,
             GOAL_SECONDS),
    ]


if __name__ == "__main__":
    from bench.__main__ import table

    print(table(run()))
