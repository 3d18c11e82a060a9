"""planner.meetings.starting: what a meeting reminder announces (the GUI side: test_ui_meeting_reminders)."""

from datetime import datetime, timedelta, timezone

from missionplanner.services.planner import Planner


def test_meetings_starting_in_a_window_exclude_held_and_cancelled_and_come_as_utc(demo_db):
    planner = Planner(demo_db)
    japan = planner.missions.resolve("official-mission-japan-2017")
    rows = planner.meetings.page(0, 100, mission_id=japan)
    partnership = next(r for r in rows if "Sakae-Machi" in r["title"])   # confirmed, 10 June 11:00 Tokyo
    start = datetime.fromisoformat(partnership["start"])
    found = planner.meetings.starting(start - timedelta(minutes=15), start)
    assert [m["id"] for m in found] == [partnership["id"]]
    assert found[0]["start"] == datetime(2017, 6, 10, 2, 0, tzinfo=timezone.utc)
    assert found[0]["timezone"] == "Asia/Tokyo" and found[0]["mission"] == "Official mission to Japan"
    # Already started: not announced; the end of the window is inclusive, its start is not.
    assert planner.meetings.starting(start, start + timedelta(minutes=15)) == []
    held = next(r for r in rows if "Vice-Governor" in r["title"])
    held_start = datetime.fromisoformat(held["start"])
    assert planner.meetings.starting(held_start - timedelta(minutes=15), held_start) == []
    planner.meetings.update(partnership["id"], status="cancelled")
    assert planner.meetings.starting(start - timedelta(minutes=15), start) == []
