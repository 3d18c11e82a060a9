"""The "Changes since version N" page of a reissued pack: meetings added, moved, cancelled or
removed, statuses changed and texts rewritten, each meeting named by its title in the reader's
language (the changes themselves are computed in services/briefing_versions.py)."""

from __future__ import annotations

from datetime import datetime

from babel import Locale

from ..services.timeutil import in_zone

# A text field of the snapshot -> the catalogue's heading for it in the pack.
FIELD_LABELS = {"title": "ch_title", "reason": "reason", "objectives": "objectives",
                "talking_points": "points_to_make", "if_raised": "if_raised", "background": "background",
                "notes": "mission_notes"}


def issued_on(cat, at: datetime, home: str) -> tuple[str, str]:
    """("5 juin", "10:40"): a version's issue on the home clock, as the supersedes line says it."""
    local = in_zone(at, home)
    return cat.date(local, "d MMMM"), f"{local:%H:%M}"


def supersedes_line(cat, number: int, previous: dict, home: str) -> str:
    """"Version 3 — supersedes version 2 of 5 June 10:40"."""
    day, time = issued_on(cat, previous["issued_at"], home)
    return cat("supersedes", number=number, previous=previous["version"], date=day, time=time)


def when(cat, meeting: dict) -> str:
    """"Tuesday 6 June 10:00–11:00, Nagoya": a meeting's day, hours and city, on its own clock."""
    start = in_zone(datetime.fromisoformat(meeting["start"]), meeting["timezone"])
    end = in_zone(datetime.fromisoformat(meeting["end"]), meeting["timezone"])
    return f"{cat.date(start, 'EEEE d MMMM')} {start:%H:%M}\u2013{end:%H:%M}, {meeting['city']}"


def change_lines(cat, changes: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(heading, [(meeting title, what)])]: the changes in reading order, as plain text (the pack
    and the window both say them this way)."""
    sections = [
        ("ch_added", [(m["title"], when(cat, m)) for m in changes["added"]]),
        ("ch_moved", [(m["title"], cat("ch_was_now", old=when(cat, m["was"]),
                                       new=when(cat, m))) for m in changes["moved"]]),
        ("ch_cancelled", [(m["title"], when(cat, m)) for m in changes["cancelled"]]),
        ("ch_removed", [(m["title"], when(cat, m)) for m in changes["removed"]]),
        ("ch_status", [(m["title"], cat("ch_was_now", old=cat.status(m["was_status"]), new=cat.status(m["status"])))
                       for m in changes["status"]]),
        ("ch_texts", [(t["title"] if t["id"] else cat["ch_the_mission"],
                       ", ".join(cat[FIELD_LABELS[f]] for f in t["fields"])) for t in changes["texts"]]),
    ]
    return [(cat[key], lines) for key, lines in sections if lines]


def changes_page(w, number: int, previous: dict, changes: dict, home: str) -> list:
    """The flowables of the page (it starts a page of its own; the caller breaks after it)."""
    cat, st = w.cat, w.st
    day, time = issued_on(cat, previous["issued_at"], home)
    edition = cat["edition_working" if previous["edition"] == "working" else "edition_minister"]
    out = [w.h1(cat("changes_since", number=previous["version"])),
           w.p(cat("changes_compared", number=previous["version"], date=day, time=time, edition=edition))]
    if not changes["texts_compared"]:
        language = Locale.parse(cat.locale).languages.get(previous["lang"], previous["lang"])
        out.append(w.p(cat("ch_not_compared", number=previous["version"], language=language)))
    if changes["empty"]:
        out.append(w.p(cat("no_changes", number=previous["version"])))
        return out
    for heading, lines in change_lines(cat, changes):
        out += w.h2(heading)
        out += [w.raw(f"<b>{w.m(title, True)}</b>{w.m(cat['colon'])}{w.m(what)}", st.bullet, bulletText="\u2022")
                for title, what in lines]
    return out
