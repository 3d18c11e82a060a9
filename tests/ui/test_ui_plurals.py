"""Counts read as sentences in every interface language: "1 meeting", "2 meetings", never
"1 meeting(s)" (English has a catalogue of its own for the plural forms of the "(s)" sources)."""

import pytest

from missionplanner.services import meetings


@pytest.mark.parametrize(("lang", "one", "two"), [("en", "1 meeting,", "2 meetings,"),
                                                   ("fr", "1 réunion,", "2 réunions,")])
def test_the_mission_summary_counts_meetings_in_words(qtbot, make_window, db, mission_id, lang, one, two):
    meetings.create_meeting(db, mission_id, title="Courtesy call", start="2017-06-09T10:00",
                            end="2017-06-09T11:00", timezone="Asia/Tokyo", city="Tokyo")
    window = make_window(db, lang)
    window.missions.select(mission_id)
    qtbot.waitUntil(lambda: one in window.missions.detail.toPlainText(), timeout=10_000)
    assert "(s)" not in window.missions.detail.toPlainText()
    meetings.create_meeting(db, mission_id, title="Lunch", start="2017-06-09T12:00",
                            end="2017-06-09T13:00", timezone="Asia/Tokyo", city="Tokyo")
    window.refresh_all()
    window.missions.select(mission_id)
    qtbot.waitUntil(lambda: two in window.missions.detail.toPlainText(), timeout=10_000)
