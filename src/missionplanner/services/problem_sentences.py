"""A scheduling problem said again from its parts, in whichever language the caller's texts are in.

services/checks.py gives each problem its English `message` (the CLI prints it) and the same parts
as plain data in `params`. The window (ui/messages.py, Qt's translations) and the printed documents
(briefing/catalogue.py, the PDF catalogue) both rebuild the sentence here, each handing over its own
`text(key)` for the templates below (%1, %2… for the parts) and `country(code)` for a country's
name. With the English templates the sentence is the service's message, letter for letter.
No Qt and no reportlab here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# key -> the English template (what text(key) translates)
ENGLISH: dict[str, str] = {
    "overlap": "%1 cannot be in two meetings at once: %2 and %3 overlap",
    "travel": "%1 would have %2 to get from %3 to %4 between %5 and %6; allow at least %7",
    "outside-stay": "%1 is outside the stay in %2 (%3)",
    "outside-legs": "%1 is in %2, where the mission does not go (legs: %3)",
    "arrival": "%1 starts %2 after arriving in %3 (%4); allow at least %5",
    "after-hours": "%1 is outside local business hours (%2–%3)",
    "holiday": "%1 falls on a public holiday in %2: %3",
    # One meeting: its title, local start and end, and the city (or time zone) they are in.
    "meeting": "“%1” (%2–%3 %4 time)",
    "other-mission-meeting": "“%1” (%2–%3 %4 time, mission “%5”)",
    "stay": "%1 to %2",  # from arrival to departure
    "last-of-list": "%1 and %2",  # "A, B and C": %1 is "A, B"
    "someone": "someone",
    "hours-minutes": "%1 h %2",  # a duration: 1 h 30 (minutes as 2 digits)
    "hours": "%1 h",
    "minutes": "%1 min",
}

Text = Callable[[str], str]


def fill_in(template: str, *parts: str) -> str:
    """%1, %2… replaced in one pass, so a part that contains "%2" itself is left as it is."""
    return re.sub(r"%(\d+)", lambda m: (str(parts[int(m.group(1)) - 1])
                                        if 0 < int(m.group(1)) <= len(parts) else m.group(0)),
                  template)


def duration(minutes: int, text: Text) -> str:
    hours, minutes = divmod(int(minutes), 60)
    if hours and minutes:
        return fill_in(text("hours-minutes"), str(hours), f"{minutes:02d}")
    return fill_in(text("hours"), str(hours)) if hours else fill_in(text("minutes"), str(minutes))


def _meeting(m: dict, text: Text) -> str:
    start, end = m["start"], m["end"]
    if end[:10] == start[:10]:
        end = end[11:]
    if m.get("mission"):
        return fill_in(text("other-mission-meeting"), m["title"], start, end, m["place"], m["mission"])
    return fill_in(text("meeting"), m["title"], start, end, m["place"])


def _people(people: list, text: Text) -> str:
    shown = [text("someone") if name is None else name for name in people]
    if len(shown) < 2:
        return "".join(shown)
    return fill_in(text("last-of-list"), ", ".join(shown[:-1]), shown[-1])


def _stay(stay: dict, text: Text) -> str:
    return fill_in(text("stay"), stay["arrive"], stay["depart"])


def sentence(code: str, p: dict, text: Text, country: Callable[[str], str]) -> str:
    """The problem `code` with parts `p` (a problem's `params`). Raises KeyError (or another
    lookup error) when the parts do not fit the code: the caller then shows the `message`."""
    meetings = [_meeting(m, text) for m in p["meetings"]]
    if code == "overlap":
        return fill_in(text(code), _people(p["people"], text), meetings[0], meetings[1])
    if code == "travel":
        return fill_in(text(code), _people(p["people"], text), duration(p["gap_minutes"], text),
                       p["from_city"], p["to_city"], meetings[0], meetings[1],
                       duration(p["needed_minutes"], text))
    if code == "outside-leg" and "legs" in p:
        legs = ", ".join(f"{leg['city']} {_stay(leg, text)}" for leg in p["legs"])
        return fill_in(text("outside-legs"), meetings[0], p["city"], legs)
    if code == "outside-leg":
        stays = "; ".join(_stay(stay, text) for stay in p["stays"])
        return fill_in(text("outside-stay"), meetings[0], p["city"], stays)
    if code == "arrival":
        return fill_in(text(code), meetings[0], duration(p["since_minutes"], text), p["city"],
                       p["arrived"], duration(p["buffer_minutes"], text))
    if code == "after-hours":
        return fill_in(text(code), meetings[0], p["business_start"], p["business_end"])
    if code == "holiday":
        return fill_in(text(code), meetings[0], country(p["country"]), p["holiday"])
    raise KeyError(code)


def problem_sentence(problem: dict, text: Text, country: Callable[[str], str]) -> str:
    """A problem in the caller's language; its English `message` when the code is unknown or the
    parts are missing (a problem saved by an older version)."""
    message = problem.get("message", "")
    params = problem.get("params")
    if not isinstance(params, dict):
        return message
    try:
        return sentence(problem.get("code", ""), params, text, country)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return message
