"""The front of the pack a minister uses (issue 16): key messages, a day at a glance per day (also
printed alone as an A6 pocket card), every point outstanding in one list, and the contacts page.
Read as a reader sees them: the PDF's text, page by page."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from missionplanner.briefing.catalogue import Catalogue
from missionplanner.briefing.pack import build_briefing
from missionplanner.briefing.pocket_card import build_pocket_card
from missionplanner.cli import main
from missionplanner.services import meetings, missions, people
from missionplanner.services.planner import Planner

JAPAN = "official-mission-japan-2017"
KOREA = "economic-mission-korea-2017"

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def pages_of(pdf: Path) -> list[str]:
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = [" ".join(page.split()) for page in raw.split("\f")]
    return pages[:-1] if pages and not pages[-1] else pages


def said(text: str) -> str:
    """A label as pdftotext gives it back (pages_of folds no-break spaces with the others)."""
    return " ".join(text.split())


def glance_pages(pages: list[str], cat: Catalogue) -> list[str]:
    return [p for p in pages if cat["day_at_a_glance"].upper() in p]


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_each_day_has_a_page_with_its_meetings_in_order_local_and_home_times_and_hotel(demo_db, tmp_path, lang):
    planner = Planner(demo_db)
    cat = Catalogue(lang)
    out = tmp_path / "pack.pdf"
    build_briefing(planner, JAPAN, out, lang=lang)
    days = glance_pages(pages_of(out), cat)
    # Wednesday 7 June (the flight out) to Sunday 11 June (the flight home): a page each, in order
    assert [next(d for d in (date(2017, 6, n) for n in range(7, 12)) if cat.day_heading(d) in p)
            for p in days] == [date(2017, 6, n) for n in range(7, 12)]
    friday = next(p for p in days if cat.day_heading(date(2017, 6, 9)) in p)
    titles = [m["title"] for m in planner.briefing.data(JAPAN, lang=lang)["meetings"]
              if m["start"].startswith("2017-06-09")]
    assert len(titles) == 2
    shown = [friday.index(t.split()[0] + " " + t.split()[1]) for t in titles]
    assert shown == sorted(shown)  # in the order of the day
    assert "10:00–11:00 JST" in friday and "03:00–04:00 CEST" in friday  # local, then Brussels
    assert "16:00–17:00 JST" in friday and "09:00–10:00 CEST" in friday
    assert said(cat("glance_hotel_tonight", hotel="Imperial Hotel Tokyo")) in friday
    assert "+81 3-3504-1111" in friday
    # the day the mission flies out says the flight with its times on both clocks
    wednesday = days[0]
    assert "NH 232" in wednesday and "15:05 CEST" in wednesday and "09:40 JST" in wednesday
    # one page a day: the next day is never on the same page
    assert cat.day_heading(date(2017, 6, 10)) not in friday


@needs_poppler
def test_the_pocket_card_is_a6_with_a_page_a_day_and_korean_names_as_text(demo_db, tmp_path):
    planner = Planner(demo_db)
    out = tmp_path / "card.pdf"
    build_pocket_card(planner, KOREA, out, lang="fr", classification="Diffusion restreinte")
    reader = PdfReader(str(out))
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (298, 420)  # A6: 105 x 148 mm
    cat = Catalogue("fr")
    pages = pages_of(out)
    d = planner.briefing.data(KOREA, lang="fr")
    first, last = date.fromisoformat(d["start"]), date.fromisoformat(d["end"])
    headed = [p for p in pages if cat["day_at_a_glance"].upper() in p]
    assert len(headed) >= (last - first).days + 1
    assert all("DIFFUSION RESTREINTE" in p for p in pages)
    assert any("Séoul" in p for p in pages)
    assert "Fiche de poche" in pages[0]
    assert cat["meeting_briefs"] not in " ".join(pages)  # the card only, not the pack


@needs_poppler
def test_brief_pocket_writes_the_card_and_records_no_version(tmp_path, capsys):
    path = str(tmp_path / "cli.sqlite")
    assert main(["--db", path, "demo"]) == 0
    card = tmp_path / "card.pdf"
    assert main(["--db", path, "brief", JAPAN, "-o", str(card), "--pocket", "--lang", "nl"]) == 0
    assert "wrote" in capsys.readouterr().out
    reader = PdfReader(str(card))
    assert round(float(reader.pages[0].mediabox.width)) == 298
    assert "DE DAG IN ÉÉN OOGOPSLAG" in pages_of(card)[0]
    assert main(["--db", path, "brief", JAPAN, "--list"]) == 0
    assert "No briefing pack printed yet." in capsys.readouterr().out


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_the_missions_key_messages_open_the_pack_in_the_readers_language(demo_db, tmp_path, lang):
    planner = Planner(demo_db)
    cat = Catalogue(lang)
    out = tmp_path / "pack.pdf"
    build_briefing(planner, JAPAN, out, lang=lang)
    held = planner.briefing.data(JAPAN, lang=lang)["key_messages"]
    assert len(held) == 4 and all("Brussels Beer Project" not in m for m in held[:2])
    page = next(p for p in pages_of(out) if cat["key_messages"] in p and "1." in p)
    assert cat["key_messages_note"] not in page  # held, not taken from the objectives
    for n, message in enumerate(held, 1):
        assert f"{n}. {said(message)[:40]}" in page
    assert ("succursale à Tokyo" if lang == "fr" else "filiaal in Tokio" if lang == "nl"
            else "branch in Tokyo") in page


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_without_key_messages_the_pack_takes_the_missions_objectives(demo_db, tmp_path, lang):
    planner = Planner(demo_db)
    d = planner.briefing.data(KOREA, lang=lang)
    assert d["key_messages"] == []  # the demo's Korea mission holds none
    cat = Catalogue(lang)
    out = tmp_path / "pack.pdf"
    build_briefing(planner, KOREA, out, lang=lang)
    page = next(p for p in pages_of(out) if cat["key_messages_note"] in p)
    assert f"1. {said(d['objectives'])[:40]}" in page


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_points_outstanding_name_every_open_item_in_one_list(db, tmp_path, lang):
    mid = missions.create_mission(db, title="Visit to Osaka", start="2017-06-08", end="2017-06-10",
                                  objectives="Open the trade office.")
    missions.add_leg(db, mid, city="Osaka", country="JP", timezone="Asia/Tokyo", arrive="2017-06-08T09:00",
                     depart="2017-06-10T18:00")
    post = people.create_position(db, title="Mayor of Osaka")
    meetings.create_meeting(db, mid, title="Call on the Mayor", timezone="Asia/Tokyo", city="Osaka",
                            start="2017-06-09T10:00", end="2017-06-09T11:00", status="proposed",
                            counterparts=[post])
    meetings.create_meeting(db, mid, title="Trade office opening", timezone="Asia/Tokyo", city="Osaka",
                            start="2017-06-09T15:00", end="2017-06-09T16:00", status="confirmed",
                            venue="Umeda, hall to be confirmed")
    cat = Catalogue(lang)
    out = tmp_path / "working.pdf"
    build_briefing(Planner(db), mid, out, lang=lang, edition="working")
    text = " ".join(pages_of(out))
    listed = text[text.index(cat["points_outstanding"]):]
    assert "Call on the Mayor" in listed and cat.status("proposed") in listed  # unconfirmed meeting
    assert "Mayor of Osaka" in listed and cat["name_to_be_confirmed"] in listed  # holder not named
    assert "Umeda, hall to be confirmed" in listed  # a place marked to be confirmed
    assert said(cat("stay_without_hotel", city="Osaka")) in listed  # a stay with no hotel
    minister = tmp_path / "minister.pdf"
    build_briefing(Planner(db), mid, minister, lang=lang)
    assert cat["points_outstanding"] not in " ".join(pages_of(minister))


@needs_poppler
def test_the_contacts_page_gives_duty_officer_hotel_embassy_emergency_and_host_protocol(demo_db, tmp_path):
    planner = Planner(demo_db)
    d = planner.briefing.data(JAPAN)
    assert d["duty_officer"]["title"] == "Adviser, foreign trade"  # the demo names the adviser
    aide = people.create_person(demo_db, given_name="Anne", family_name="Peeters", mobile="+32 470 11 22 33")
    missions.update_mission(demo_db, d["id"], duty_officer_id=aide)  # not of the delegation
    host = people.create_person(demo_db, given_name="Kenji", family_name="Sato", native_name="佐藤健二",
                                title="Director of Protocol, Aichi Prefecture", phone="+81 52 961 2111")
    meetings.update_meeting(demo_db, d["meetings"][1]["id"],
                            counterparts=[c["id"] for c in d["meetings"][1]["counterparts"] if c] + [host])
    out = tmp_path / "pack.pdf"
    build_briefing(planner, JAPAN, out, lang="en")
    page = next(p for p in pages_of(out) if "Contacts" in p and "Our delegation" in p)
    assert page.index("Peeters") < page.index("Cécile Jodogne")  # the duty officer first
    assert "Duty officer" in page and "+32 470 11 22 33" in page
    assert page.count("Duty officer") == 1  # the adviser is no longer it
    assert "Imperial Hotel Tokyo" in page and "+81 3-3504-1111" in page
    assert "Embassy of Belgium in Tokyo" in page and "Police 110" in page
    assert "Host protocol" in page and "佐藤健二" in page and "+81 52 961 2111" in page


@needs_poppler
def test_without_a_named_duty_officer_the_delegation_role_says_who_it_is(demo_db, tmp_path):
    planner = Planner(demo_db)
    d = planner.briefing.data(JAPAN)
    missions.update_mission(demo_db, d["id"], duty_officer_id=None)
    aide = people.create_person(demo_db, given_name="Anne", family_name="Peeters", mobile="+32 470 11 22 33")
    members = [(p["id"], p.get("role") or "") for p in d["delegation"]]
    missions.set_members(demo_db, d["id"], [*members, (aide, "Permanence")])
    out = tmp_path / "pack.pdf"
    build_briefing(planner, JAPAN, out, lang="fr")
    cat = Catalogue("fr")
    page = next(p for p in pages_of(out) if cat["contacts"] in p and said(cat["our_delegation"]) in p)
    assert page.index("Peeters") < page.index("Cécile Jodogne")
    assert page.index(cat["duty_officer"]) < page.index("Cécile Jodogne")
