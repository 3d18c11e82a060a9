"""Briefing pack of a 60-meeting mission: pages per second against plain reportlab (issue 4).

Times are CPU seconds of this process (best of three), so that other work on a shared machine does
not skew the comparison; the wall-clock time is printed beside it for information.

Builds a 60-meeting mission (Tokyo, Nagoya, Seoul; Japanese and Korean names, talking points,
background, follow-ups) in a temporary SQLite file and times `build_briefing`, then builds in the same
run a plain reportlab document of the same page count (SimpleDocTemplate, the same embedded TrueType
face, paragraphs and a page break per page, one pass) and compares pages per second.
Goal: at least half the plain throughput, and the pack in well under two seconds.

`python -m bench briefing` runs it; `run(meetings=3)` is the test suite's smoke run.
"""

from __future__ import annotations

import io
import re
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

GOAL_RATIO = 0.5
GOAL_SECONDS = 2.0
LEGS = (("Tokyo", "東京", "JP", "Asia/Tokyo"), ("Nagoya", "名古屋", "JP", "Asia/Tokyo"),
        ("Seoul", "서울", "KR", "Asia/Seoul"))
START = date(2017, 6, 1)


def build_mission(db, meetings: int = 60) -> str:
    """A mission with `meetings` meetings spread over as many days as needed (4 a day)."""
    from missionplanner.services import followups, missions, people
    from missionplanner.services import meetings as meeting_service

    days = max(3, (meetings + 3) // 4)
    end = START + timedelta(days=days - 1)
    mid = missions.create_mission(db, title="Benchmark mission to Japan and Korea", start=START.isoformat(),
                                  end=end.isoformat(), objectives="Exercise the briefing pack. " * 8)
    per_leg = (days + len(LEGS) - 1) // len(LEGS)
    for i, (city, native, country, zone_name) in enumerate(LEGS):
        first = START + timedelta(days=i * per_leg)
        last = min(end, first + timedelta(days=per_leg - 1))
        if first > end:
            break
        missions.add_leg(db, mid, city=city, city_native=native, country=country, timezone=zone_name,
                         arrive=f"{first}T08:00", depart=f"{last}T20:00", hotel=f"Hotel {city}",
                         emergency="Police 110, fire and ambulance 119")
    org_jp = people.create_organization(db, name="Aichi Prefecture", native_name="愛知県", kind="prefecture",
                                        country="JP", description="21 companies from Aichi are present.")
    org_kr = people.create_organization(db, name="Seoul Metropolitan Government", native_name="서울특별시",
                                        kind="government", country="KR")
    own = people.create_person(db, given_name="Cécile", family_name="Jodogne", mobile="+32 470 00 00 00")
    missions.set_members(db, mid, [(own, "Head of mission")])
    for n in range(meetings):
        day = START + timedelta(days=n // 4)
        leg = min((day - START).days // per_leg, len(LEGS) - 1)
        city, native, country, zone_name = LEGS[leg]
        org = org_kr if country == "KR" else org_jp
        cp = people.create_person(
            db, given_name=f"Hideaki{n}", family_name=f"Ohmura{n}",
            native_name=f"大村秀章{n}" if country == "JP" else f"김민수{n}", organization_id=org,
            title="Vice-Governor", form_of_address="Vice-Governor", pronunciation="oh-moo-rah",
            biography="Long public career in the prefecture. " * 10)
        hour = 9 + 2 * (n % 4)
        meeting_id = meeting_service.create_meeting(
            db, mid, title=f"Meeting {n + 1} with the Vice-Governor", timezone=zone_name, city=city,
            start=f"{day}T{hour:02d}:00", end=f"{day}T{hour + 1:02d}:00", venue="Prefectural office",
            status="confirmed", counterparts=[cp], delegation=[own],
            reason="Official meeting one month after the cooperation agreement. " * 3,
            objectives="Confirm the ties of friendship and cooperation. " * 3,
            talking_points=[f"Point {k}: thank them for the agreement and recall the 21 companies."
                            for k in range(1, 9)],
            if_raised=[{"topic": "Timetable", "line": "We will propose a working programme."}],
            background="The State Visit took place a year ago. " * 30,
            arrangements="Interpreter; dark suit; gift.")
        followups.create_followup(db, meeting_id=meeting_id, action=f"Thank-you letter {n + 1}",
                                  owner_id=own, due=(day + timedelta(days=14)).isoformat())
    return mid


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf))


PLAIN_FONT = "Plain-Body"


def plain_font() -> str:
    """The pack's body face (the same TrueType file), as a stock TTFont of its own.

    reportlab keeps one font object per face name, and a font object remembers the subsets of
    every document it was used in; the baseline gets its own, so that the two documents share no
    font state. Registered once per process, outside the timing.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from missionplanner.briefing.fonts import LATIN, load_fonts

    if PLAIN_FONT not in pdfmetrics.getRegisteredFontNames():
        path = load_fonts().files.get(LATIN)
        if path is None:  # no TrueType face on this machine: the pack is in Helvetica too
            return load_fonts().body
        font = TTFont(PLAIN_FONT, str(path))
        font.face.name += b"-plain"  # its own face, not the pack's (reportlab shares by face name)
        pdfmetrics.registerFont(font)
    return PLAIN_FONT


def plain_document(pages: int) -> tuple[float, int]:
    """Seconds to build a plain reportlab document of `pages` pages, and its page count.

    Plain: SimpleDocTemplate, one pass, no page furniture, pages filled with body paragraphs in the
    same embedded TrueType face and size as the pack's body text (`plain_font`).
    """
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("plain", fontName=plain_font(), fontSize=9.5, leading=13, spaceAfter=4)
    text = ("The State Visit took place a year ago and the cooperation agreement was signed one "
            "month before this meeting. ") * 3
    per_page = 12  # paragraphs of four lines (with their spacing): one A4 page of body text
    story = [Paragraph(text, style) for _ in range(pages * per_page)]
    out = io.BytesIO()
    t0 = time.process_time()
    SimpleDocTemplate(out).build(story)
    seconds = time.process_time() - t0
    return seconds, _pages(out.getvalue())


def run(meetings: int = 60, repeat: int = 3) -> list[dict]:
    """Best of `repeat` timings of each build (the machine may be busy with other work)."""
    from missionplanner.briefing.fonts import load_fonts
    from missionplanner.briefing.pack import build_briefing
    from missionplanner.services.planner import Planner
    from missionplanner.store import open_database

    load_fonts()  # font discovery is a one-off per process, not part of a pack's cost
    plain_font()
    pack_times, plain_times, wall_times = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        try:
            mid = build_mission(db, meetings)
            planner = Planner(db)
            out = Path(tmp) / "pack.pdf"
            # Warm-up (imports, caches). Packs are built as `brief` builds them: each a recorded
            # version, from the second on with its "Changes since" page (so all timed ones have it).
            for _ in range(2):
                build_briefing(planner, mid, out, versioned=True)
            pages = _pages(out.read_bytes())
            for _ in range(repeat):
                w0, c0 = time.perf_counter(), time.process_time()
                build_briefing(planner, mid, out, lang="fr", classification="Restricted", versioned=True)
                pack_times.append(time.process_time() - c0)
                wall_times.append(time.perf_counter() - w0)
                plain_seconds, plain_pages = plain_document(pages)
                plain_times.append(plain_seconds)
            pages = _pages(out.read_bytes())
        finally:
            db.dispose()
    if plain_pages != pages:
        raise RuntimeError(f"the plain document has {plain_pages} pages, the pack {pages}: not the same size")
    pack_seconds, plain_seconds, wall = min(pack_times), min(plain_times), min(wall_times)
    pack_rate = pages / pack_seconds
    plain_rate = plain_pages / plain_seconds
    ratio = pack_rate / plain_rate
    return [
        {"case": f"briefing pack, {meetings} meetings, {pages} pages (pages/s)", "figure": pack_rate,
         "baseline": plain_rate, "ratio": ratio, "goal": f">= {GOAL_RATIO}", "ok": ratio >= GOAL_RATIO},
        {"case": f"briefing pack, {meetings} meetings (CPU seconds)", "figure": pack_seconds,
         "baseline": GOAL_SECONDS, "ratio": pack_seconds / GOAL_SECONDS, "goal": f"< {GOAL_SECONDS} s",
         "ok": pack_seconds < GOAL_SECONDS},
        {"case": f"briefing pack, {meetings} meetings (wall seconds, informative)", "figure": wall,
         "baseline": GOAL_SECONDS, "ratio": wall / GOAL_SECONDS, "goal": "", "ok": True},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
