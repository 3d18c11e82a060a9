"""Recurring follow-ups (RRULE through dateutil) and "overdue" at the user's local midnight."""

from datetime import UTC, date, datetime

import pytest

from missionplanner.errors import ValidationError
from missionplanner.services import followups


def make(db, mission_id, due, rule, action="Send the minutes"):
    return followups.create_followup(db, mission_id=mission_id, action=action, due=due,
                                     recurrence=rule)


def series(db, first_id, limit=10):
    """Complete occurrence after occurrence; the due dates in order."""
    dues, current = [], first_id
    while current and len(dues) < limit:
        row = next(f for f in followups.list_followups(db) if f["id"] == current)
        dues.append(row["due"])
        current = followups.complete_followup(db, current)
    return dues


def test_monthly_count_schedules_exactly_that_many(db, mission_id):
    first = make(db, mission_id, "2017-06-15", "FREQ=MONTHLY;COUNT=3")
    assert series(db, first) == ["2017-06-15", "2017-07-15", "2017-08-15"]
    rows = followups.list_followups(db)
    assert [f["status"] for f in rows] == ["done", "done", "done"]


def test_monthly_on_the_31st_takes_the_last_day_of_shorter_months_without_drifting(db, mission_id):
    first = make(db, mission_id, "2017-01-31", "FREQ=MONTHLY;COUNT=6")
    assert series(db, first) == ["2017-01-31", "2017-02-28", "2017-03-31", "2017-04-30",
                                 "2017-05-31", "2017-06-30"]


def test_yearly_on_29_february(db, mission_id):
    first = make(db, mission_id, "2016-02-29", "FREQ=YEARLY;COUNT=5")
    assert series(db, first) == ["2016-02-29", "2017-02-28", "2018-02-28", "2019-02-28",
                                 "2020-02-29"]


def test_weekly_keeps_its_weekday_across_the_dst_change(db, mission_id):
    # Brussels moves to summer time on Sunday 26 March 2017; Wednesday stays Wednesday.
    first = make(db, mission_id, "2017-03-22", "FREQ=WEEKLY;UNTIL=20170405")
    assert series(db, first) == ["2017-03-22", "2017-03-29", "2017-04-05"]
    assert all(date.fromisoformat(f["due"]).weekday() == 2 for f in followups.list_followups(db))
    # ...and in autumn (29 October 2017).
    second = make(db, mission_id, "2017-10-25", "FREQ=WEEKLY;COUNT=2", action="Call back")
    assert series(db, second) == ["2017-10-25", "2017-11-01"]


def test_completing_twice_is_refused(db, mission_id):
    fid = make(db, mission_id, "2017-06-15", "")
    assert followups.complete_followup(db, fid) is None
    with pytest.raises(ValidationError, match="already done"):
        followups.complete_followup(db, fid)


def test_a_recurring_follow_up_needs_a_due_date(db, mission_id):
    with pytest.raises(ValidationError) as err:
        followups.create_followup(db, mission_id=mission_id, action="X", recurrence="FREQ=WEEKLY")
    assert err.value.field == "due"


# Overdue at local midnight ---------------------------------------------------------------------

# 22:30 UTC on 9 June is already 00:30 on 10 June in Brussels (summer time, UTC+2).
JUST_AFTER_BRUSSELS_MIDNIGHT = datetime(2017, 6, 9, 22, 30, tzinfo=UTC)
JUST_BEFORE_BRUSSELS_MIDNIGHT = datetime(2017, 6, 9, 21, 30, tzinfo=UTC)


def overdue_actions(db, **kw):
    return [f["action"] for f in followups.list_followups(db, overdue=True, **kw)]


def test_overdue_turns_at_midnight_in_brussels_not_in_utc(db, mission_id):
    make(db, mission_id, "2017-06-09", "", action="Thank the governor")
    make(db, mission_id, "2017-06-10", "", action="Send the brochure")
    assert overdue_actions(db, now=JUST_BEFORE_BRUSSELS_MIDNIGHT) == []
    assert overdue_actions(db, now=JUST_AFTER_BRUSSELS_MIDNIGHT) == ["Thank the governor"]
    assert followups.count_overdue(db, now=JUST_AFTER_BRUSSELS_MIDNIGHT) == 1
    rows = followups.list_followups(db, now=JUST_AFTER_BRUSSELS_MIDNIGHT)
    assert {f["action"]: f["overdue"] for f in rows} == {"Thank the governor": True,
                                                         "Send the brochure": False}


def test_overdue_follows_the_home_zone(db, mission_id):
    make(db, mission_id, "2017-06-09", "", action="Thank the governor")
    # The same instant is still 9 June in New York, and long since 10 June in Tokyo.
    assert overdue_actions(db, now=JUST_BEFORE_BRUSSELS_MIDNIGHT, home_tz="Asia/Tokyo") == [
        "Thank the governor"]
    assert overdue_actions(db, now=JUST_AFTER_BRUSSELS_MIDNIGHT, home_tz="America/New_York") == []


def test_overdue_at_midnight_on_the_night_the_clocks_change(db, mission_id):
    make(db, mission_id, "2017-03-25", "", action="Book the hotel")
    # 23:30 UTC on 25 March is 00:30 on 26 March in Brussels (still winter time, UTC+1).
    assert overdue_actions(db, now=datetime(2017, 3, 25, 22, 30, tzinfo=UTC)) == []
    assert overdue_actions(db, now=datetime(2017, 3, 25, 23, 30, tzinfo=UTC)) == ["Book the hotel"]


def test_done_and_snoozed_are_not_overdue(db, mission_id):
    done = make(db, mission_id, "2017-06-01", "", action="Done already")
    followups.complete_followup(db, done)
    snoozed = make(db, mission_id, "2017-06-01", "", action="Later")
    followups.snooze_followup(db, snoozed, date(2017, 6, 20))
    assert overdue_actions(db, now=JUST_AFTER_BRUSSELS_MIDNIGHT) == []


def test_unknown_home_zone_is_refused(db):
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        followups.list_followups(db, overdue=True, home_tz="Mars/Olympus")


def test_snoozing_one_occurrence_does_not_move_the_series(db, mission_id):
    monthly = make(db, mission_id, "2017-06-15", "FREQ=MONTHLY;COUNT=3", action="Monthly report")
    followups.snooze_followup(db, monthly, date(2017, 6, 20))
    assert series(db, monthly) == ["2017-06-20", "2017-07-15", "2017-08-15"]
    weekly = make(db, mission_id, "2017-06-14", "FREQ=WEEKLY;COUNT=3", action="Weekly call")  # a Wednesday
    followups.snooze_followup(db, weekly, date(2017, 6, 16))                                 # to Friday
    assert series(db, weekly) == ["2017-06-16", "2017-06-21", "2017-06-28"]
