"""Laptop replicas (issue 19): the first `join` of the generated database and a sync of 1,000
changed rows each way, on a PostgreSQL server of its own on loopback.

Baseline, measured in the same run: a plain `COPY … TO STDOUT` of the same tables' rows (what any
full copy must at least read). Goals: join at most 3 × the COPY baseline; the 1,000-change round
(1,000 meetings edited on the laptop, 1,000 others on the server, one `sync`) at most 2 s.
MISSIONPLANNER_BENCH_SCALE sets the scale (1 = 100,000 meetings; 0.01 for a quick look).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

JOIN_GOAL_RATIO = 3.0
ROUND_GOAL_S = 2.0
CHANGES = 1000


def _server():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from postgres_server import PostgresServer

    return PostgresServer().start()


def _copy_seconds(db, tables: list[str]) -> float:
    raw = db.engine.raw_connection()
    try:
        started = time.perf_counter()
        cur = raw.cursor()
        for name in tables:
            with cur.copy(f"COPY {name} TO STDOUT") as copy:
                for _ in copy:
                    pass
        return time.perf_counter() - started
    finally:
        raw.close()


def run(scale: float | None = None) -> list[dict]:
    from sqlalchemy import select, text, update

    from missionplanner.model import Meeting
    from missionplanner.services.generated_data import generate
    from missionplanner.services.planner import Planner
    from missionplanner.services.sync import engine
    from missionplanner.store import open_database

    scale = float(os.environ.get("MISSIONPLANNER_BENCH_SCALE", "1")) if scale is None else scale
    server = _server()
    folder = Path(tempfile.mkdtemp(prefix="mp-bench-sync-"))
    try:
        db = open_database(server.url(server.create_database("bench")))
        generate(db, scale, 1)
        with db.engine.connect() as conn:
            tables = engine.synced_tables(conn)
            rows = sum(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables)
        baseline = min(_copy_seconds(db, tables) for _ in range(3))

        laptop = Planner.open(str(folder / "laptop.sqlite"))
        started = time.perf_counter()
        engine.join(laptop.db, db.url)
        join_s = time.perf_counter() - started
        laptop.close()

        laptop = Planner.open(str(folder / "laptop.sqlite"))  # now a replica: its outbox queues
        with laptop.db.write() as session:
            for meeting in session.scalars(select(Meeting).order_by(Meeting.id).limit(CHANGES)):
                meeting.venue = "Laptop venue"
        with db.engine.begin() as conn:
            ids = select(Meeting.id).order_by(Meeting.id.desc()).limit(CHANGES).scalar_subquery()
            conn.execute(update(Meeting.__table__).where(Meeting.__table__.c.id.in_(ids))
                         .values(address="Server address"))
        started = time.perf_counter()
        done = engine.sync(laptop.db)
        round_s = time.perf_counter() - started
        laptop.close()
        db.dispose()
    finally:
        server.stop()
    return [
        {"case": f"sync: join of {rows:,} rows (scale {scale:g})", "figure": join_s, "baseline": baseline,
         "ratio": join_s / baseline if baseline else None, "goal": f"<= {JOIN_GOAL_RATIO:g} x COPY",
         "ok": join_s <= JOIN_GOAL_RATIO * baseline},
        {"case": f"sync: {CHANGES:,} changes each way (pushed {done['pushed']}, pulled {done['pulled']})",
         "figure": round_s, "baseline": None, "ratio": None, "goal": f"<= {ROUND_GOAL_S:g} s",
         "ok": round_s <= ROUND_GOAL_S},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
