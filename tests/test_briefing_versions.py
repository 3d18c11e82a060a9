"""Versions and what changed (issue 16): every pack printed is recorded; the next one says which
version it supersedes, carries a "Changes since" page and change bars in the margin beside what
changed; `brief --list` lists the versions. On SQLite and PostgreSQL (the `db` fixture)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest

from missionplanner.briefing.change_bars import BAR_COLOUR
from missionplanner.briefing.pack import build_briefing
from missionplanner.cli import main
from missionplanner.services.planner import Planner

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                   reason="poppler-utils missing")
# 10:40 in Brussels on 5 June: the time the supersedes line names
FIRST_ISSUE = datetime(2026, 6, 5, 8, 40, tzinfo=timezone.utc)


def pages_of(pdf: Path) -> list[str]:
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = [" ".join(page.split()) for page in raw.split("\f")]
    return pages[:-1] if pages and not pages[-1] else pages


@pytest.fixture
def trip(db):
    """A mission to Tokyo (home Brussels) with four confirmed meetings, typed in English."""
    planner = Planner(db)
    mid = planner.missions.create(title="Mission to Tokyo", start="2017-06-08", end="2017-06-11",
                                  home_timezone="Europe/Brussels")
    planner.missions.add_leg(mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                             arrive="2017-06-08T09:00", depart="2017-06-11T18:00")
    ids = {}
    for title, start, end in (("Call on the Governor", "2017-06-08T10:00", "2017-06-08T11:00"),
                              ("Lunch with investors", "2017-06-08T12:30", "2017-06-08T14:00"),
                              ("Visit to the brewery", "2017-06-09T16:00", "2017-06-09T17:00"),
                              ("Meeting with the chamber", "2017-06-10T09:00", "2017-06-10T10:00")):
        ids[title] = planner.meetings.create(mid, title=title, city="Tokyo", timezone="Asia/Tokyo", start=start,
                                             end=end, status="confirmed", objectives=f"Objectives of {title}.")
    return planner, mid, ids


def _rework(planner, mid, ids) -> None:
    """Between two prints: one meeting moved, one cancelled, one added, one's objectives rewritten."""
    planner.meetings.update(ids["Call on the Governor"], start="2017-06-08T15:00", end="2017-06-08T16:00")
    planner.meetings.update(ids["Visit to the brewery"], status="cancelled")
    planner.meetings.create(mid, title="Breakfast with the ambassador", city="Tokyo", timezone="Asia/Tokyo",
                            start="2017-06-09T08:00", end="2017-06-09T09:00", status="confirmed")
    planner.meetings.update(ids["Meeting with the chamber"], objectives="Sign the memorandum.")


def test_every_print_is_recorded_with_its_number_issue_edition_language_and_fingerprint(trip, tmp_path):
    planner, mid, _ = trip
    build_briefing(planner, mid, tmp_path / "v1.pdf", versioned=True, issued_at=FIRST_ISSUE,
                   classification="Restricted")
    build_briefing(planner, mid, tmp_path / "v2.pdf", versioned=True, edition="working", lang="fr")
    build_briefing(planner, mid, tmp_path / "plain.pdf")  # not a print of record (a preview, a bench)
    first, second = planner.briefing_versions.list(mid)
    assert (first["version"], first["edition"], first["lang"], first["classification"], first["supersedes"]) == \
        (1, "minister", "en", "Restricted", None)
    assert first["issued_at"] == "2026-06-05T10:40:00+02:00"  # on the home clock, with its offset
    assert first["printed_by"] == planner.db.user
    assert (second["version"], second["edition"], second["lang"], second["supersedes"]) == (2, "working", "fr", 1)
    content = planner.briefing_versions.latest(mid)["content"]
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert second["fingerprint"] == hashlib.sha256(canonical.encode()).hexdigest()
    assert {m["title"] for m in content["meetings"]} >= {"Call on the Governor", "Lunch with investors"}


def test_what_changed_between_two_versions_is_computed_from_their_records(trip, tmp_path):
    planner, mid, ids = trip
    build_briefing(planner, mid, tmp_path / "v1.pdf", versioned=True)
    _rework(planner, mid, ids)
    build_briefing(planner, mid, tmp_path / "v2.pdf", versioned=True)
    changes = planner.briefing_versions.compare(mid, 1, 2)
    assert [m["title"] for m in changes["added"]] == ["Breakfast with the ambassador"]
    assert [m["title"] for m in changes["cancelled"]] == ["Visit to the brewery"]
    (moved,) = changes["moved"]
    assert moved["title"] == "Call on the Governor"
    assert moved["was"]["start"].startswith("2017-06-08T10:00") and moved["start"].startswith("2017-06-08T15:00")
    assert [(t["title"], t["fields"]) for t in changes["texts"]] == [("Meeting with the chamber", ["objectives"])]
    assert not changes["empty"]
    assert planner.briefing_versions.compare(mid, 2, 2)["empty"]
    planner.meetings.delete(ids["Lunch with investors"])
    planner.meetings.update(ids["Meeting with the chamber"], status="proposed")
    build_briefing(planner, mid, tmp_path / "v3.pdf", versioned=True)
    changes = planner.briefing_versions.compare(mid, 2, 3)
    assert [m["title"] for m in changes["removed"]] == ["Lunch with investors"]
    assert [(m["title"], m["was_status"], m["status"]) for m in changes["status"]] == \
        [("Meeting with the chamber", "confirmed", "proposed")]
    assert not changes["added"] and not changes["moved"] and not changes["texts"]


@needs_poppler
def test_the_next_print_supersedes_the_last_and_lists_what_changed(trip, tmp_path):
    planner, mid, ids = trip
    build_briefing(planner, mid, tmp_path / "v1.pdf", versioned=True, issued_at=FIRST_ISSUE)
    assert "supersedes" not in " ".join(pages_of(tmp_path / "v1.pdf"))
    _rework(planner, mid, ids)
    build_briefing(planner, mid, tmp_path / "v2.pdf", versioned=True)
    pages = pages_of(tmp_path / "v2.pdf")
    assert "Version 2 \u2014 supersedes version 1 of 5 June 10:40" in pages[0]
    (page,) = [p for p in pages if "Changes since version 1 Compared with" in p]
    assert "Meetings added • Breakfast with the ambassador: Friday 9 June 08:00–09:00, Tokyo" in page
    assert ("Meetings moved • Call on the Governor: was Thursday 8 June 10:00–11:00, Tokyo, "
            "now Thursday 8 June 15:00–16:00, Tokyo") in page
    assert "Meetings cancelled • Visit to the brewery: Friday 9 June 16:00–17:00, Tokyo" in page
    assert "Texts changed • Meeting with the chamber: Objectives" in page
    assert "Lunch with investors" not in page  # unchanged: not listed


@needs_poppler
def test_the_changes_page_speaks_the_readers_language(trip, tmp_path):
    planner, mid, ids = trip
    build_briefing(planner, mid, tmp_path / "v1.pdf", versioned=True, lang="nl", issued_at=FIRST_ISSUE)
    _rework(planner, mid, ids)
    build_briefing(planner, mid, tmp_path / "v2.pdf", versioned=True, lang="nl")
    pages = pages_of(tmp_path / "v2.pdf")
    assert "Versie 2 \u2014 vervangt versie 1 van 5 juni om 10:40" in pages[0]
    (page,) = [p for p in pages if p.count("Wijzigingen sinds versie 1") and "Vergeleken met" in p]
    assert "Verplaatste vergaderingen • Call on the Governor: voorheen donderdag 8 juni 10:00–11:00" in page
    assert "Geannuleerde vergaderingen" in page and "Toegevoegde vergaderingen" in page
    build_briefing(planner, mid, tmp_path / "v3.pdf", versioned=True, lang="fr")
    page = next(p for p in pages_of(tmp_path / "v3.pdf") if "Modifications depuis la version 2 Par" in p)
    assert "Textes non comparés\u00a0: la version 2 a été imprimée en néerlandais." in page \
        or "Textes non comparés : la version 2 a été imprimée en néerlandais." in page


@needs_poppler
def test_an_unchanged_reprint_says_no_changes_and_keeps_the_fingerprint(trip, tmp_path):
    planner, mid, _ = trip
    build_briefing(planner, mid, tmp_path / "v1.pdf", versioned=True)
    build_briefing(planner, mid, tmp_path / "v2.pdf", versioned=True)
    pages = pages_of(tmp_path / "v2.pdf")
    assert any("Changes since version 1" in p and "No changes since version 1." in p for p in pages)
    first, second = planner.briefing_versions.list(mid)
    assert first["fingerprint"] == second["fingerprint"]


DPI = 40


def _bar_pixels(pdf: Path, page: int, tmp_path: Path, band: tuple[float, float] | None = None) -> int:
    """How many pixels of the change bars' colour the page has in its left margin (only between
    the heights `band`, in points from the top of the page, when given)."""
    from PIL import Image

    stem = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(stem)], check=True)
    image = Image.open(f"{stem}.png").convert("RGB")
    want = tuple(round(c * 255) for c in BAR_COLOUR.rgb())
    margin = image.width * 0.12  # the bars stand left of the text column
    top, bottom = (0, image.height) if band is None else (round(band[0] * DPI / 72), round(band[1] * DPI / 72) + 1)
    return sum(1 for x in range(int(margin)) for y in range(top, bottom)
               if all(abs(a - b) < 40 for a, b in zip(image.getpixel((x, y)), want, strict=True)))


def _word_band(pdf: Path, page: int, word: str) -> tuple[float, float]:
    """The heights (points from the top of the page) of the one `word` on the page (pdftotext -bbox)."""
    import re

    xhtml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    (found,) = re.findall(rf'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">{word}</word>',
                          xhtml)
    return float(found[0]), float(found[1])


@needs_poppler
def test_change_bars_stand_in_the_margin_beside_what_changed_and_nowhere_else(trip, tmp_path):
    planner, mid, ids = trip
    build_briefing(planner, mid, tmp_path / "v1.pdf", versioned=True)
    planner.meetings.update(ids["Call on the Governor"], start="2017-06-08T15:00", end="2017-06-08T16:00")
    build_briefing(planner, mid, tmp_path / "v2.pdf", versioned=True)
    pages = pages_of(tmp_path / "v2.pdf")
    moved = 1 + next(i for i, p in enumerate(pages) if ": Call on the Governor Thursday" in p)
    same = 1 + next(i for i, p in enumerate(pages) if ": Lunch with investors Thursday" in p)
    assert _bar_pixels(tmp_path / "v2.pdf", moved, tmp_path) > 20
    assert _bar_pixels(tmp_path / "v2.pdf", same, tmp_path) == 0
    first = 1 + next(i for i, p in enumerate(pages_of(tmp_path / "v1.pdf")) if ": Call on the Governor Thursday" in p)
    assert _bar_pixels(tmp_path / "v1.pdf", first, tmp_path) == 0  # a first version has nothing to mark


@needs_poppler
def test_the_itinerary_has_a_change_bar_beside_the_row_of_a_changed_meeting_only(trip, tmp_path):
    planner, mid, ids = trip
    build_briefing(planner, mid, tmp_path / "v1.pdf", versioned=True)
    planner.meetings.update(ids["Call on the Governor"], start="2017-06-08T15:00", end="2017-06-08T16:00")
    build_briefing(planner, mid, tmp_path / "v2.pdf", versioned=True)
    for pdf, moved_bar in ((tmp_path / "v2.pdf", True), (tmp_path / "v1.pdf", False)):
        # the moved meeting and an unchanged one share the table of 8 June
        page = 1 + next(i for i, p in enumerate(pages_of(pdf)) if "Day-by-day itinerary Thursday, 8 June" in p)
        moved = _word_band(pdf, page, "Governor")
        assert (_bar_pixels(pdf, page, tmp_path, moved) > 3) is moved_bar  # a first version marks nothing
        for unchanged in ("investors", "brewery", "chamber"):
            assert _bar_pixels(pdf, page, tmp_path, _word_band(pdf, page, unchanged)) == 0, unchanged


def test_brief_prints_and_records_a_version_and_lists_them(trip, tmp_path, capsys):
    planner, mid, _ = trip
    where = str(planner.db.location) if planner.db.is_sqlite else planner.db.url
    for n in (1, 2):
        assert main(["--db", where, "brief", mid, "-o", str(tmp_path / f"v{n}.pdf"), "--lang", "fr",
                     "--classification", "Diffusion restreinte"]) == 0
    capsys.readouterr()
    assert main(["--db", where, "brief", "--list", mid, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["version"], r["supersedes"], r["lang"], r["edition"], r["classification"]) for r in rows] == \
        [(1, None, "fr", "minister", "Diffusion restreinte"), (2, 1, "fr", "minister", "Diffusion restreinte")]
    assert all(datetime.fromisoformat(r["issued_at"]).utcoffset() is not None for r in rows)
    assert {"printed_by", "fingerprint"} <= set(rows[0]) and len(rows[0]["fingerprint"]) == 64
    assert main(["--db", where, "brief", "--list", mid]) == 0
    table = capsys.readouterr().out.splitlines()
    assert len(table) == 2 and "supersedes 1" in table[1] and rows[1]["fingerprint"][:12] in table[1]
    with pytest.raises(SystemExit) as refused:  # printing still needs -o
        main(["--db", where, "brief", mid])
    assert refused.value.code == 2


# On the cabinet's server: who sees and records versions (store/server.py, migration 0012) ----------

@pytest.fixture(scope="module")
def cabinet(postgres):
    """A server with two aides (anne, bob) and a reader (the minister), as test_restricted_missions."""
    from sqlalchemy.engine import make_url

    from missionplanner.store import open_database

    name = postgres.create_database()
    url = postgres.url(name)
    assert main(["server", "init", url]) == 0
    for login, role in (("anne", "aide"), ("bob", "aide"), ("minister", "reader")):
        assert main(["--db", url, "server", "add-user", login, "--role", role]) == 0
    opened = {}

    def login(who: str) -> Planner:
        if who not in opened:
            opened[who] = Planner(open_database(make_url(url).set(username=who).render_as_string(
                hide_password=False), migrate=False))
        return opened[who]
    login.url = url
    yield login
    for planner in opened.values():
        planner.db.dispose()
    postgres.drop_database(name)


def _mission(planner, title: str) -> str:
    mid = planner.missions.create(title=title, start="2017-06-12", end="2017-06-16")
    planner.missions.add_leg(mid, city="Seoul", country="KR", timezone="Asia/Seoul",
                             arrive="2017-06-12T09:00", depart="2017-06-16T18:00")
    planner.meetings.create(mid, title="Samsung courtesy call", city="Seoul", timezone="Asia/Seoul",
                            start="2017-06-13T10:00", end="2017-06-13T11:00", status="confirmed")
    return mid


def _all_versions(planner) -> list[tuple[str, int]]:
    from sqlalchemy import text

    with planner.db.read() as s:
        return [tuple(r) for r in s.execute(text("SELECT mission_id, number FROM briefing_versions"))]


def test_a_version_of_a_restricted_mission_is_seen_only_by_those_who_may_see_the_mission(cabinet, tmp_path):
    from missionplanner.errors import MissionPlannerError

    anne, bob = cabinet("anne"), cabinet("bob")
    mid = _mission(anne, "Princely mission to Seoul")
    anne.missions.update(mid, None, restricted_to="anne")
    build_briefing(anne, mid, tmp_path / "v1.pdf", versioned=True, classification="Confidential")
    assert [(v["version"], v["printed_by"]) for v in anne.briefing_versions.list(mid)] == [(1, "anne")]
    assert (mid, 1) not in _all_versions(bob)  # not listed, not counted, not pulled
    with pytest.raises(MissionPlannerError):  # nor recorded in its name
        bob.briefing_versions.record(mid, number=2, issued_at=FIRST_ISSUE, edition="minister", lang="en",
                                     classification="", content={"lang": "en", "mission": {}, "meetings": []})
    anne.missions.update(mid, None, restricted_to="anne,bob")
    assert (mid, 1) in _all_versions(bob)


def test_a_reader_records_the_packs_they_print_and_still_writes_nothing_else(cabinet, tmp_path):
    from missionplanner.errors import MissionPlannerError

    anne, minister = cabinet("anne"), cabinet("minister")
    mid = _mission(anne, "Economic mission to Seoul")
    build_briefing(minister, mid, tmp_path / "v1.pdf", versioned=True)
    build_briefing(anne, mid, tmp_path / "v2.pdf", versioned=True)
    assert [(v["version"], v["printed_by"], v["supersedes"]) for v in anne.briefing_versions.list(mid)] == \
        [(1, "minister", None), (2, "anne", 1)]
    with pytest.raises(MissionPlannerError):
        minister.meetings.create(mid, title="Added by a reader", city="Seoul", timezone="Asia/Seoul",
                                 start="2017-06-14T10:00", end="2017-06-14T11:00")


def test_a_laptop_joins_whatever_packs_it_printed_before_and_takes_the_servers_history(cabinet, tmp_path, capsys):
    anne = cabinet("anne")
    mid = _mission(anne, "Mission to Busan")
    build_briefing(anne, mid, tmp_path / "office.pdf", versioned=True)
    laptop = Planner.open(str(tmp_path / "laptop.sqlite"))
    own = _mission(laptop, "Trial mission")
    build_briefing(laptop, own, tmp_path / "trial.pdf", versioned=True)
    laptop.missions.delete(own)
    laptop.close()
    assert main(["--db", str(tmp_path / "laptop.sqlite"), "join", cabinet.url]) == 0, capsys.readouterr().err
    laptop = Planner.open(str(tmp_path / "laptop.sqlite"))
    try:
        assert (own, 1) not in _all_versions(laptop)
        assert [v["version"] for v in laptop.briefing_versions.list(mid)] == [1]
        build_briefing(laptop, mid, tmp_path / "on-the-plane.pdf", versioned=True)  # offline
    finally:
        laptop.close()
    assert main(["--db", str(tmp_path / "laptop.sqlite"), "sync"]) == 0, capsys.readouterr().err
    assert [v["version"] for v in anne.briefing_versions.list(mid)] == [1, 2]  # the office sees it


def test_a_readers_laptop_sends_the_packs_it_printed_offline(cabinet, tmp_path, capsys):
    """The minister's laptop (a reader) prints on the plane; the next sync records it at the office,
    though the reader writes nothing else."""
    from sqlalchemy.engine import make_url

    anne = cabinet("anne")
    mid = _mission(anne, "Mission to Daejeon")
    url = make_url(cabinet.url).set(username="minister").render_as_string(hide_password=False)
    path = tmp_path / "minister.sqlite"
    assert main(["--db", str(path), "join", url]) == 0, capsys.readouterr().err
    laptop = Planner.open(str(path))
    try:
        build_briefing(laptop, mid, tmp_path / "on-the-plane.pdf", versioned=True)  # offline
    finally:
        laptop.close()
    capsys.readouterr()
    assert main(["--db", str(path), "sync", "--json"]) == 0, capsys.readouterr().err
    assert [v["version"] for v in anne.briefing_versions.list(mid)] == [1]
