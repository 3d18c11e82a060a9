"""Meeting reminders: a notice N minutes before each meeting, in the venue's time and in the time of
the computer's clock when that is another zone; once per meeting; off or earlier in Preferences."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from missionplanner.ui import settings
from missionplanner.ui.preferences import PreferencesDialog
from missionplanner.ui.reminders import MeetingReminder


def _meeting(w, title_part):
    japan = next(m for m in w.planner.missions.list() if m["title"] == "Official mission to Japan")
    return next(m for m in w.planner.meetings.page(0, 100, mission_id=japan["id"]) if title_part in m["title"])


def _partnership(w):
    """Not the Vice-Governor's (held already in the demo): the confirmed district partnership."""
    return _meeting(w, "Sakae-Machi")


def _reminder(w, now, here_zone="Europe/Brussels"):
    reminder = MeetingReminder(w.planner, None, w, now=lambda: now, here_zone=here_zone)
    reminder.banner.connect(w.show_banner)
    told = []
    reminder.fired.connect(told.append)
    return reminder, told


def test_a_meeting_ten_minutes_away_is_announced_once_in_tokyo_time_and_brussels_time(qtbot, demo_window):
    w = demo_window
    meeting = _partnership(w)
    start = w.planner.meetings.starting(*_around(meeting))[0]["start"]
    reminder, told = _reminder(w, start - timedelta(minutes=10))
    assert reminder.check()
    w.tasks.wait()
    qtbot.waitUntil(lambda: len(told) == 1)
    local = start.astimezone(_zone("Asia/Tokyo")).strftime("%H:%M")
    brussels = start.astimezone(_zone("Europe/Brussels")).strftime("%H:%M")
    assert told[0].startswith(f"{meeting['title']} at {local} in ")
    assert "(in 10 min)" in told[0]
    assert f"{brussels} on this computer's clock (Brussels)" in told[0]
    assert w.banner.isVisible() and meeting["title"] in w.banner_text.text()
    assert len(told[0].splitlines()) >= 2
    # The next minute's look does not announce it again.
    reminder.now = lambda: start - timedelta(minutes=9)
    reminder.check()
    w.tasks.wait()
    assert len(told) == 1


def test_a_meeting_already_held_or_cancelled_is_not_announced(qtbot, demo_window):
    w = demo_window
    from datetime import datetime

    held = _meeting(w, "Vice-Governor")
    assert held["status"] == "held"
    start = datetime.fromisoformat(held["start"])
    reminder, told = _reminder(w, start - timedelta(minutes=10))
    reminder.check()
    w.tasks.wait()
    assert told == []
    confirmed = _partnership(w)
    w.planner.meetings.update(confirmed["id"], status="cancelled")
    start = datetime.fromisoformat(confirmed["start"])
    reminder.now = lambda: start - timedelta(minutes=10)
    reminder.check()
    w.tasks.wait()
    assert told == []


def test_an_aide_on_tokyo_time_sees_one_time_only(qtbot, demo_window):
    w = demo_window
    meeting = _partnership(w)
    start = w.planner.meetings.starting(*_around(meeting))[0]["start"]
    reminder, told = _reminder(w, start - timedelta(minutes=5), here_zone="Asia/Tokyo")
    reminder.check()
    w.tasks.wait()
    qtbot.waitUntil(lambda: len(told) == 1)
    assert "computer's clock" not in told[0] and "(in 5 min)" in told[0]


def test_the_lead_time_comes_from_preferences_and_zero_turns_reminders_off(qtbot, demo_window):
    w = demo_window
    meeting = _partnership(w)
    start = w.planner.meetings.starting(*_around(meeting))[0]["start"]
    reminder, told = _reminder(w, start - timedelta(minutes=40))
    reminder.check()  # 15 minutes ahead by default: 40 minutes away is not yet
    w.tasks.wait()
    assert told == []

    dialog = PreferencesDialog(w)
    dialog.meeting_minutes.setFocus()
    dialog.meeting_minutes.selectAll()
    qtbot.keyClicks(dialog.meeting_minutes, "45")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert settings.get(settings.MEETING_REMINDER_MINUTES) == 45
    reminder.check()
    w.tasks.wait()
    qtbot.waitUntil(lambda: len(told) == 1)

    off = PreferencesDialog(w)
    off.meeting_minutes.setFocus()
    off.meeting_minutes.selectAll()
    qtbot.keyClicks(off.meeting_minutes, "0")
    qtbot.mouseClick(off.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert PreferencesDialog(w).meeting_minutes.text() == "Off"  # what the dialog shows next time
    again, told_again = _reminder(w, start - timedelta(minutes=10))
    assert not again.check()
    w.tasks.wait()
    assert told_again == []


def _zone(name):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _around(meeting):
    """An interval holding only this meeting's start, read from the meeting list's ISO time."""
    from datetime import datetime

    start = datetime.fromisoformat(meeting["start"])
    return start - timedelta(seconds=1), start
