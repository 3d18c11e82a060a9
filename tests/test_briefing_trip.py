"""The trip in the printed pack, in the reader's language: journeys, kinds, positions (issue 15)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from missionplanner.briefing.pack import build_briefing
from missionplanner.services.planner import Planner


def text_of(pdf) -> str:
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return " ".join(raw.split())


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

JAPAN = "official-mission-japan-2017"


@needs_poppler
@pytest.mark.parametrize("lang, expected", [
    ("fr", ("Vice-Governor of Aichi Prefecture (nom à confirmer)", "Visite de courtoisie", "Tenue",
            "Vol NH 232", "arrivée le lendemain", "Arrivée à l'hôtel")),
    ("nl", ("Vice-Governor of Aichi Prefecture (naam te bevestigen)", "Beleefdheidsbezoek", "Kledij",
            "Vlucht NH 232", "aankomst de volgende dag", "Inchecken hotel")),
])
def test_the_trip_prints_in_the_readers_language(demo_db, tmp_path, lang, expected):
    out = tmp_path / f"japan-{lang}.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, lang=lang, today=date(2017, 6, 1))
    text = text_of(out)
    for words in expected:
        assert words in text, words
    assert "name to be confirmed" not in text


@needs_poppler
def test_the_timeline_page_is_drawn_as_vectors_with_the_trip_on_it(demo_db, tmp_path):
    out = tmp_path / "japan.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, today=date(2017, 6, 1))
    pages = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    [page] = [n for n, text in enumerate(pages, 1) if "The trip at a glance" in text and "Clocks change" in text]
    text = " ".join(pages[page - 1].split())
    for words in ("Wed 7 Jun", "Sun 11 Jun", "NH 232 BRU→NRT", "Tokyo, JST +7 h", "+7 h"):
        assert words in text, words
    images = subprocess.run(["pdfimages", "-list", "-f", str(page), "-l", str(page), str(out)], check=True,
                            capture_output=True, text=True).stdout.splitlines()[2:]
    assert images == []  # drawn, not pasted as a picture
