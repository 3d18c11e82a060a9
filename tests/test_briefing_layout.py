"""The pack's layout as a reader meets it (issue 16, point 5): the cover on one page whatever the
title, "(continued)" with the meeting's title on the pages a brief runs over to, and the page budget
of a brief (two pages) said in the working edition, as a problem and on brief's stderr."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from missionplanner.briefing.pack import build_briefing
from missionplanner.cli import main
from missionplanner.services import meetings, missions
from missionplanner.services.planner import Planner

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def pages_of(pdf: Path) -> list[str]:
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = [" ".join(page.split()) for page in raw.split("\f")]
    return pages[:-1] if pages and not pages[-1] else pages


def long_text(paragraphs: int) -> str:
    return "\n".join(f"Background paragraph {n}. " + "words " * 60 for n in range(paragraphs))


@pytest.fixture
def tokyo(db):
    mid = missions.create_mission(db, title="Test mission", start="2017-06-08", end="2017-06-11",
                                  objectives="Open doors.")
    missions.add_leg(db, mid, city="Tokyo", country="JP", timezone="Asia/Tokyo", arrive="2017-06-08T09:00",
                     depart="2017-06-11T18:00", hotel="Hotel Okura")
    return mid


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_a_300_character_title_keeps_the_cover_on_one_page(db, tmp_path, lang):
    title = ("Official mission of the Minister-President to the prefectures of Aichi, Osaka and Kyoto "
             "and to the Special City of Seoul, with the business delegation of the Brussels-Capital Region, "
             "for the signature of the renewed cooperation agreements and the opening of the trade offices "
             "of hub.brussels in Nagoya and Seoul, and more, so much more, to the very end of it")
    title = title[:300]
    assert len(title) == 300  # the longest title a mission may have
    mid = missions.create_mission(db, title=title, start="2017-06-08", end="2017-06-11")
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(db), mid, out, lang=lang, drafting_officer="A. Peeters", copy_number=2,
                   distribution="Private office; Embassy of Belgium, Tokyo; Protocol of the Region",
                   classification="Diffusion restreinte")
    pages = pages_of(out)
    cover = pages[0]
    end = title[-30:]
    assert end in cover  # the title's last words, on the cover's page
    assert "A. Peeters" in cover and "Protocol of the Region" in cover and "DIFFUSION RESTREINTE" in cover
    assert end not in pages[1] and "Peeters" not in pages[1]  # nothing of the cover spills over


@needs_poppler
def test_a_long_brief_says_continued_with_its_title_on_its_second_page(tokyo, db, tmp_path):
    meetings.create_meeting(db, tokyo, title="Marathon", timezone="Asia/Tokyo", city="Tokyo", status="confirmed",
                            start="2017-06-09T10:00", end="2017-06-09T18:00", background=long_text(40))
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(db), tokyo, out, lang="en")
    pages = pages_of(out)
    first = next(i for i, p in enumerate(pages) if "Background paragraph 0." in p)
    assert "Meeting 1: Marathon (continued)" in pages[first + 1]
    assert "(continued)" not in pages[first]


def _two_briefs(db, mid, paragraphs: int) -> None:
    meetings.create_meeting(db, mid, title="Long brief", timezone="Asia/Tokyo", city="Tokyo", status="confirmed",
                            start="2017-06-09T10:00", end="2017-06-09T12:00", background=long_text(paragraphs))
    meetings.create_meeting(db, mid, title="Short brief", timezone="Asia/Tokyo", city="Tokyo", status="confirmed",
                            start="2017-06-10T10:00", end="2017-06-10T11:00", background="One line.")


@needs_poppler
def test_the_working_edition_warns_of_a_brief_past_two_pages(tokyo, db, tmp_path):
    _two_briefs(db, tokyo, 25)  # about three pages
    out = tmp_path / "working.pdf"
    warnings = build_briefing(Planner(db), tokyo, out, lang="en", edition="working")
    pages = pages_of(out)
    brief = [i for i, p in enumerate(pages) if "Background paragraph" in p]
    assert len(brief) == 3
    over = [w for w in warnings if "runs to" in w]
    assert over == ["Meeting 1: Long brief runs to 3 pages (budget: 2 pages)"]
    flagged = [p for p in pages if "Meeting 1: Long brief runs to 3 pages (budget: 2 pages)" in p]
    assert len(flagged) == 1 and "Day-by-day itinerary" in flagged[0] and "Local time" in flagged[0]
    assert "Short brief runs to" not in " ".join(pages)
    minister = tmp_path / "minister.pdf"
    assert not [w for w in build_briefing(Planner(db), tokyo, minister, lang="en") if "runs to" in w]
    assert "runs to" not in " ".join(pages_of(minister))


@needs_poppler
def test_no_budget_warning_for_briefs_of_one_or_two_pages(tokyo, db, tmp_path):
    _two_briefs(db, tokyo, 3)
    out = tmp_path / "working.pdf"
    warnings = build_briefing(Planner(db), tokyo, out, lang="fr", edition="working")
    assert not [w for w in warnings if "pages (maximum" in w]
    assert "pages (maximum" not in " ".join(pages_of(out))


def test_brief_says_the_budget_warning_on_stderr(tmp_path, capsys):
    path = str(tmp_path / "cli.sqlite")
    assert main(["--db", path, "demo"]) == 0
    from missionplanner.store import open_database

    db = open_database(path)
    try:
        mid = Planner(db).missions.resolve("official-mission-japan-2017")
        meetings.create_meeting(db, mid, title="Very long call", timezone="Asia/Tokyo", city="Tokyo",
                                status="confirmed", start="2017-06-10T15:00", end="2017-06-10T16:00",
                                background=long_text(40))
    finally:
        db.dispose()
    capsys.readouterr()
    out = tmp_path / "working.pdf"
    assert main(["--db", path, "brief", "official-mission-japan-2017", "-o", str(out), "--edition", "working"]) == 0
    err = capsys.readouterr().err
    assert "missionplanner: warning: Meeting" in err and "Very long call runs to" in err
    assert main(["--db", path, "brief", "official-mission-japan-2017", "-o", str(out)]) == 0
    assert "runs to" not in capsys.readouterr().err


def test_laying_out_again_for_the_budget_never_moves_the_progress_back(tokyo, db, tmp_path):
    _two_briefs(db, tokyo, 25)
    seen: list[tuple[int, int]] = []
    build_briefing(Planner(db), tokyo, tmp_path / "working.pdf", lang="en", edition="working",
                   progress=lambda done, total: seen.append((done, total)))
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1]


@needs_poppler
def test_a_stays_logistics_rows_are_never_stranded_from_its_heading(db, tmp_path):
    mid = missions.create_mission(db, title="Long tour", start="2017-06-01", end="2017-06-14")
    for n in range(13):
        missions.add_leg(db, mid, city=f"Town{n}", country="JP", timezone="Asia/Tokyo",
                         arrive=f"2017-06-{n + 1:02d}T09:00", depart=f"2017-06-{n + 2:02d}T08:00",
                         hotel=f"Hotel{n}", embassy="Embassy of Belgium", emergency="Police 110",
                         notes="Practical notes. " * (12 + 5 * (n % 4)))
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(db), mid, out, lang="en", sections=["overview"])
    pages = pages_of(out)
    for n in range(13):
        # the stay's heading (the one with its country) and its last row on the same page
        page = next(p for p in pages if f"Town{n} — Japan" in p and "Logistics" in " ".join(pages[:pages.index(p) + 1]))
        assert f"Hotel{n}" in page and "Police 110" in page[page.index(f"Town{n} — Japan"):], n


def body_lines(pdf: Path) -> list[list[str]]:
    """Each page's lines as laid out (pdftotext -layout), runs of spaces folded, without the header
    (its first line) and the footer (its last)."""
    raw = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = [[" ".join(line.split()) for line in page.splitlines() if line.strip()] for page in raw.split("\f")]
    return [lines[1:-1] for lines in pages if lines]


TOPICS = ("Question on the tariffs", "Question on the visas", "Question on the flights")


@pytest.fixture
def briefs_of_growing_length(tokyo, db):
    """36 meeting briefs, the reason of the n-th n lines long: every heading after it (practical
    details, objectives, points to make, if raised and its topics, background, personality notes and
    the person's name, organization profile) falls, in one brief or another, on each line of a page."""
    from missionplanner.services import people

    org = people.create_organization(db, name="Aichi Prefecture", kind="government", country="JP",
                                     description="A prefecture of central Japan. " * 6)
    who = people.create_person(db, given_name="Hideaki", family_name="Ohmura", title="Governor",
                               organization_id=org, biography="A long public career. " * 12)
    for n in range(36):
        day, hour = divmod(n, 9)
        meetings.create_meeting(
            db, tokyo, title=f"Call {n}", timezone="Asia/Tokyo", city="Tokyo", status="confirmed",
            start=f"2017-06-{8 + day:02d}T{8 + hour:02d}:00", end=f"2017-06-{8 + day:02d}T{8 + hour:02d}:45",
            reason="\n".join(f"Reason line {k}." for k in range(n)) or "One reason.",
            objectives="Confirm the cooperation. " * 8, talking_points=[f"Point {k}." for k in range(4)],
            if_raised=[{"topic": topic, "line": "We will propose a working programme. " * 5} for topic in TOPICS],
            background="The State Visit took place a year ago. " * 20, counterparts=[who])
    return tokyo


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_page_ends_with_a_heading(briefs_of_growing_length, db, tmp_path, lang):
    from missionplanner.briefing.catalogue import Catalogue

    cat = Catalogue(lang)
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(db), briefs_of_growing_length, out, lang=lang, edition="working")
    headings = {cat[key] for key in ("reason", "practical", "objectives", "points_to_make", "if_raised",
                                     "background", "personality_notes", "organization_profile",
                                     "past_interactions", "open_followups", "mission_notes", "key_figures",
                                     "delegation", "logistics", "points_outstanding", "annex_people",
                                     "annex_orgs", "our_delegation", "hosts_and_counterparts")}
    headings |= {*TOPICS, "Hideaki Ohmura", "Ohmura Hideaki", "Aichi Prefecture"}
    headings |= {cat("meeting_n", n=n + 1, title=f"Call {n}") for n in range(36)}
    pages = body_lines(out)
    assert len(pages) > 60
    stranded = [(n, lines[-1]) for n, lines in enumerate(pages, 1) if lines and lines[-1] in headings]
    assert stranded == []
