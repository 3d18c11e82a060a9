"""The check benchmark at a tiny size: it builds its mission, finds problems and reports every column.

A correctness check of the benchmark and of check_mission on generated data, not a timing test.
"""

from bench.__main__ import COLUMNS, table
from bench.bench_check import build, run

from missionplanner.services.checks import check_mission
from missionplanner.services.missions import mission_detail


def test_bench_check_runs_at_a_tiny_size():
    rows = run(size=60, repeats=1)
    assert len(rows) == 4
    for row in rows:
        assert set(COLUMNS) <= set(row)
        assert row["figure"] >= 0 and row["baseline"] > 0 and isinstance(row["ok"], bool)
        assert row["goal"] == "\u2264 1 s"
    printed = table(rows)
    assert "check_mission" in printed and "free_slots" in printed


def test_generated_mission_is_checked_like_any_other(db):
    mid = build(db, 120, people=6)
    detail = mission_detail(db, mid)
    assert len(detail["meetings"]) == 120
    problems = check_mission(db, mid)
    codes = {p["code"] for p in problems}
    # Six people in 120 meetings over twelve days cannot avoid double bookings.
    assert "overlap" in codes
    assert all(p["severity"] in ("error", "warning") for p in problems)
    cancelled = {m["id"] for m in detail["meetings"] if m["status"] == "cancelled"}
    assert cancelled and not any(set(p["meeting_ids"]) & cancelled for p in problems)
