"""The trip's scheduling problems (issue 15) in the window: each new code is said from its parts
with the translatable templates of ui/messages, in English letter for letter the CLI's message."""

import re
from datetime import UTC, datetime

from missionplanner.services.checks import check_meetings
from missionplanner.ui.messages import problem_text

TOKYO, BRUSSELS = "Asia/Tokyo", "Europe/Brussels"


def in_window_dates(message: str) -> str:
    """The service's English sentence with its local times as the window writes dates (CLDR's
    short date of the interface language): the window says the same thing, dates in one form."""
    from missionplanner.ui import formatting as fmt

    return re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", lambda m: fmt.date_time(m.group()), message)


def at(day, hour, minute=0):
    return datetime(2017, 6, day, hour, minute, tzinfo=UTC)


def segment(sid, kind, number, a, za, depart, b, zb, arrive):
    return {"id": sid, "kind": kind, "number": number, "carrier": "", "from_place": a,
            "from_timezone": za, "depart": depart, "to_place": b, "to_timezone": zb, "arrive": arrive,
            "travellers": ["x"]}


def meeting(mid, title, start, end, city="Tokyo"):
    return {"id": mid, "title": title, "start": start, "end": end, "timezone": TOKYO, "city": city,
            "status": "confirmed", "people": ["x"]}


def test_every_trip_problem_is_shown_from_its_parts(qapp):
    travel = [segment("in", "flight", "NH 232", "Brussels", BRUSSELS, at(7, 10), "Tokyo", TOKYO, at(8, 0)),
              segment("car", "car", "", "Tokyo", TOKYO, at(9, 1), "Yokohama", TOKYO, at(9, 3)),
              segment("t1", "train", "Nozomi 21", "Tokyo", TOKYO, at(10, 1), "Nagoya", TOKYO, at(10, 3)),
              segment("t2", "train", "Kodama 5", "Nagoya", TOKYO, at(10, 2), "Tokyo", TOKYO, at(10, 4)),
              segment("out", "flight", "", "Tokyo", TOKYO, at(12, 6), "Brussels", BRUSSELS, at(12, 18))]
    meetings = [meeting("a", "Too early", at(7, 23), at(7, 23, 30)),
                meeting("b", "Welcome", at(8, 1), at(8, 2)),
                meeting("c", "Ministry", at(9, 0), at(9, 2)),
                meeting("d", "Lunch", at(10, 0), at(10, 0, 45)),
                meeting("e", "Nagoya visit", at(11, 1), at(11, 2), city="Nagoya"),
                meeting("f", "Tokyo dinner", at(11, 9), at(11, 10)),
                meeting("g", "Late call", at(12, 7), at(12, 8))]
    problems = check_meetings(meetings, [], {"x": "Ana Martin"}, travel=travel)
    assert {p["code"] for p in problems} >= {"before-arrival", "after-departure", "arrival", "travel",
                                             "no-travel", "travel-overlap", "travel-clash"}
    for p in problems:
        assert problem_text(p) == in_window_dates(p["message"]), p["code"]
    assert any("the flight from Tokyo" in p["message"] for p in problems)
