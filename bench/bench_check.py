"""`check` on a mission of 2,000 meetings must answer within a second (issue 3).

Builds a three-leg mission (Seoul, Tokyo, Nagoya) with `size` meetings among 200 people in a temporary
SQLite file, then times check_mission against the time to merely load those meetings (the queries
check itself runs), check_candidate (the GUI's check before saving) and free_slots.

`python -m bench check` runs it; `build(size)` and `run(size)` are also used by the test suite at a
tiny size as a correctness check.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from missionplanner.model import Meeting, Participation, Person, new_id, utcnow
from missionplanner.services import missions
from missionplanner.services.checks import _load, check_candidate, check_mission
from missionplanner.services.slots import free_slots
from missionplanner.store import open_database

GOAL_SECONDS = 1.0
LEGS = (  # city, country, zone, arrive, depart (local)
    ("Seoul", "KR", "Asia/Seoul", "2017-06-01T09:00", "2017-06-06T20:00"),
    ("Tokyo", "JP", "Asia/Tokyo", "2017-06-07T08:00", "2017-06-10T20:00"),
    ("Nagoya", "JP", "Asia/Tokyo", "2017-06-10T08:00", "2017-06-12T20:00"),
)
ZONE_OFFSET = {"Asia/Seoul": 9, "Asia/Tokyo": 9}


def _leg_of_day(day: date):
    for city, _country, zone_name, arrive, depart in reversed(LEGS):
        if date.fromisoformat(arrive[:10]) <= day <= date.fromisoformat(depart[:10]):
            return city, zone_name
    return LEGS[0][0], LEGS[0][2]


def build(db, size: int, people: int = 200, seed: int = 3) -> str:
    """A mission with `size` meetings, two to four participants each; returns its id."""
    rng = random.Random(seed)
    mid = missions.create_mission(db, title=f"Bench mission {size}", start="2017-06-01",
                                  end="2017-06-12")
    for city, country, zone_name, arrive, depart in LEGS:
        missions.add_leg(db, mid, city=city, country=country, timezone=zone_name, arrive=arrive,
                         depart=depart)
    now = utcnow()
    person_rows = [{"id": new_id(), "given_name": f"Person{i}", "family_name": f"Bench{i:03d}",
                    "created_at": now, "updated_at": now, "version": 1} for i in range(people)]
    ids = [r["id"] for r in person_rows]
    meeting_rows, part_rows = [], []
    days = [date(2017, 6, 1) + timedelta(days=d) for d in range(12)]
    for n in range(size):
        day = rng.choice(days)
        city, zone_name = _leg_of_day(day)
        if rng.random() < 0.02:  # a few in the wrong city, to give outside-leg and travel work
            city, zone_name = rng.choice(LEGS)[0], rng.choice(LEGS)[2]
        local_hour = rng.randrange(7 * 4, 20 * 4) / 4
        start = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
            hours=local_hour - ZONE_OFFSET[zone_name])
        end = start + timedelta(minutes=rng.choice((30, 45, 60, 90)))
        mid_row = new_id()
        meeting_rows.append({
            "id": mid_row, "mission_id": mid, "title": f"Meeting {n:04d}", "start": start, "end": end,
            "timezone": zone_name, "city": city, "status": "cancelled" if n % 50 == 0 else "confirmed",
            "talking_points": [], "if_raised": [], "decisions": [], "created_at": now,
            "updated_at": now, "version": 1,
        })
        for pos, pid in enumerate(rng.sample(ids, rng.randint(2, 4))):
            part_rows.append({"id": new_id(), "meeting_id": mid_row, "person_id": pid,
                              "side": "delegation" if pos == 0 else "counterpart", "position": pos,
                              "created_at": now, "updated_at": now, "version": 1})
    with db.write() as s:
        s.execute(insert(Person.__table__), person_rows)
        s.execute(insert(Meeting.__table__), meeting_rows)
        s.execute(insert(Participation.__table__), part_rows)
    return mid


def _timed(fn, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def _row(case: str, figure: float, baseline: float, goal: float) -> dict:
    return {"case": case, "figure": figure, "baseline": baseline,
            "ratio": figure / baseline if baseline > 0 else float("inf"),
            "goal": f"\u2264 {goal:g} s", "ok": figure <= goal}


def run(size: int = 2000, repeats: int = 5) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        try:
            mid = build(db, size)

            def load():
                with db.read() as s:
                    return _load(s, mid)

            t0 = time.perf_counter()
            first = check_mission(db, mid)  # the first call in a process also loads holiday tables
            cold = time.perf_counter() - t0
            baseline, loaded = _timed(load, repeats)
            assert len(loaded[0]) == size - len(range(0, size, 50))
            figure, problems = _timed(lambda: check_mission(db, mid), repeats)
            assert problems == first
            candidate = {"title": "New meeting", "timezone": "Asia/Tokyo", "city": "Tokyo",
                         "start": "2017-06-08T10:00", "end": "2017-06-08T11:00",
                         "delegation": [p for m in loaded[0][:1] for p in m["people"]]}
            cand_time, _ = _timed(lambda: check_candidate(db, mid, candidate), repeats)
            slot_time, _ = _timed(lambda: free_slots(db, mid, date(2017, 6, 8), "Tokyo", 60), repeats)
        finally:
            db.dispose()
    label = f"{size:,} meetings"
    return [
        _row(f"check_mission, {label} ({len(problems)} problems) vs loading them", figure, baseline,
             GOAL_SECONDS),
        _row(f"check_mission, first call (cold caches, holiday tables), {label}", cold, baseline,
             GOAL_SECONDS),
        _row(f"check_candidate against {label}", cand_time, baseline, GOAL_SECONDS),
        _row(f"free_slots on one day, {label}", slot_time, baseline, GOAL_SECONDS),
    ]


if __name__ == "__main__":
    from bench.__main__ import table

    print(table(run()))
