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
    "before-arrival": "%1 starts before the arrival of %2 (%3)",  # %3: a travel segment
    "after-departure": "%1 ends after the departure of %2 (%3)",
    "no-travel": "No travel is planned for %1 from %2 to %3 between %4 and %5",
    "travel-segment": "%1 would have %2 between %3 and %4; allow at least %5",  # %4: a segment
    "travel-overlap": "%1 cannot be on %2 and %3 at once",  # two travel segments
    "travel-clash": "%1 would be travelling during %2: %3",
    # One meeting: its title, local start and end, and the city (or time zone) they are in.
    "meeting": "“%1” (%2–%3 %4 time)",
    "other-mission-meeting": "“%1” (%2–%3 %4 time, mission “%5”)",
    "stay": "%1 to %2",  # from arrival to departure
    # A travel segment: its number (or carrier, or kind below), from where and when (local time
    # there), to where and when.
    "segment": "%1 from %2 (%3) to %4 (%5)",
    "kind-flight": "the flight",
    "kind-train": "the train",
    "kind-car": "the car",
    "kind-boat": "the boat",
    "kind-other": "the journey",
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


def _same(moment: str) -> str:
    return moment


def _meeting(m: dict, text: Text, moment: Callable[[str], str] = _same) -> str:
    start, end = m["start"], m["end"]
    if end[:10] == start[:10]:
        end = end[11:]
    else:
        end = moment(end)
    start = moment(start)
    if m.get("mission"):
        return fill_in(text("other-mission-meeting"), m["title"], start, end, m["place"], m["mission"])
    return fill_in(text("meeting"), m["title"], start, end, m["place"])


def _people(people: list, text: Text) -> str:
    shown = [text("someone") if name is None else name for name in people]
    if len(shown) < 2:
        return "".join(shown)
    return fill_in(text("last-of-list"), ", ".join(shown[:-1]), shown[-1])


def _stay(stay: dict, text: Text, moment: Callable[[str], str] = _same) -> str:
    return fill_in(text("stay"), moment(stay["arrive"]), moment(stay["depart"]))


def _segment(seg: dict, text: Text, moment: Callable[[str], str] = _same) -> str:
    kind = seg["kind"] if seg["kind"] in ("flight", "train", "car", "boat") else "other"
    label = seg["label"] or text(f"kind-{kind}")
    return fill_in(text("segment"), label, seg["from"], moment(seg["depart"]), seg["to"], moment(seg["arrive"]))


def sentence(code: str, p: dict, text: Text, country: Callable[[str], str],
             moment: Callable[[str], str] = _same) -> str:
    """The problem `code` with parts `p` (a problem's `params`). Raises KeyError (or another
    lookup error) when the parts do not fit the code: the caller then shows the `message`.
    `moment` writes a local "YYYY-MM-DD HH:MM" as the caller shows dates (the window: its
    language's CLDR form)."""
    meetings = [_meeting(m, text, moment) for m in p["meetings"]]
    segments = [_segment(seg, text, moment) for seg in p.get("segments", ())]
    if code in ("before-arrival", "after-departure"):
        return fill_in(text(code), meetings[0], _people(p["people"], text), segments[0])
    if code == "travel-clash":
        return fill_in(text(code), _people(p["people"], text), meetings[0], segments[0])
    if code == "travel-overlap":
        return fill_in(text(code), _people(p["people"], text), segments[0], segments[1])
    if code == "no-travel":
        return fill_in(text(code), _people(p["people"], text), p["from_city"], p["to_city"],
                       meetings[0], meetings[1])
    if code == "travel" and segments:
        return fill_in(text("travel-segment"), _people(p["people"], text),
                       duration(p["gap_minutes"], text), meetings[0], segments[0],
                       duration(p["needed_minutes"], text))
    if code == "overlap":
        return fill_in(text(code), _people(p["people"], text), meetings[0], meetings[1])
    if code == "travel":
        return fill_in(text(code), _people(p["people"], text), duration(p["gap_minutes"], text),
                       p["from_city"], p["to_city"], meetings[0], meetings[1],
                       duration(p["needed_minutes"], text))
    if code == "outside-leg" and "legs" in p:
        legs = ", ".join(f"{leg['city']} {_stay(leg, text, moment)}" for leg in p["legs"])
        return fill_in(text("outside-legs"), meetings[0], p["city"], legs)
    if code == "outside-leg":
        stays = "; ".join(_stay(stay, text, moment) for stay in p["stays"])
        return fill_in(text("outside-stay"), meetings[0], p["city"], stays)
    if code == "arrival":
        return fill_in(text(code), meetings[0], duration(p["since_minutes"], text), p["city"],
                       p["arrived"], duration(p["buffer_minutes"], text))
    if code == "after-hours":
        return fill_in(text(code), meetings[0], p["business_start"], p["business_end"])
    if code == "holiday":
        return fill_in(text(code), meetings[0], country(p["country"]), p["holiday"])
    raise KeyError(code)


def problem_sentence(problem: dict, text: Text, country: Callable[[str], str],
                     moment: Callable[[str], str] = _same) -> str:
    """A problem in the caller's language; its English `message` when the code is unknown or the
    parts are missing (a problem saved by an older version)."""
    message = problem.get("message", "")
    params = problem.get("params")
    if not isinstance(params, dict):
        return message
    try:
        return sentence(problem.get("code", ""), params, text, country, moment)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return message
