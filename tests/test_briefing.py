"""The briefing pack and the outcome report, read back as a user would: text, fonts, outline, pages."""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import subprocess
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from missionplanner.briefing.catalogue import LABELS, LANGUAGES, Catalogue
from missionplanner.briefing.pack import build_briefing
from missionplanner.briefing.report import build_report
from missionplanner.cli import main
from missionplanner.model import Attachment
from missionplanner.services import agreements, followups, meetings, missions, people
from missionplanner.services.planner import Planner

JAPAN = "official-mission-japan-2017"
KOREA = "economic-mission-korea-2017"
TODAY = date(2026, 11, 29)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def text_of(pdf: Path) -> str:
    """The PDF's text, pages separated by form feeds, runs of white space folded to one space."""
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return "\f".join(" ".join(page.split()) for page in raw.split("\f"))


def pages_of(pdf: Path) -> list[str]:
    pages = text_of(pdf).split("\f")
    return pages[:-1] if pages and not pages[-1] else pages


def fonts_of(pdf: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for every font pdffonts lists."""
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: emb is the 5th field from the end
        rows.append((parts[0], parts[-5]))
    return rows


def outline_titles(pdf: Path) -> list[tuple[str, int]]:
    reader = PdfReader(str(pdf))
    found = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


@pytest.fixture
def japan_pack(demo_db, tmp_path) -> Path:
    out = tmp_path / "japan.pdf"
    warnings = build_briefing(Planner(demo_db), JAPAN, out, classification="Restricted", today=TODAY)
    assert warnings == []
    return out


# The demo mission's pack, section by section --------------------------------------------------

@needs_poppler
def test_cover_names_the_mission_dates_lead_marking_and_issue_date(japan_pack, demo_db):
    cover = pages_of(japan_pack)[0]
    for expected in ("OFFICIAL MISSION", "Official mission to Japan", "Briefing pack", "Tokyo (東京), Japan",
                     "8 June 2017 – 11 June 2017", "Cécile Jodogne", "Secretary of State for Foreign Trade",
                     "RESTRICTED", "Version 1", "Issued 29 November 2026, ", "(Brussels time)",
                     f"Drafting officer {demo_db.user}"):
        assert expected in cover
    assert "Prepared with Mission Planner" not in cover  # the producer is in the metadata


@needs_poppler
def test_every_page_has_header_footer_and_page_x_of_y(japan_pack):
    pages = pages_of(japan_pack)
    total = len(PdfReader(str(japan_pack)).pages)
    assert len(pages) == total
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {total}" in page
        assert "RESTRICTED" in page and "Issued 29 November 2026" in page
        if n > 1:
            assert "Official mission to Japan" in page and "Briefing pack" in page


def footer_lines(pdf: Path) -> list[str]:
    """The last line of each page as laid out (pdftotext -layout): its footer."""
    raw = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = [page for page in raw.split("\f") if page.strip()]
    return [" ".join([line for line in page.splitlines() if line.strip()][-1].split()) for page in pages]


@needs_poppler
@pytest.mark.parametrize("lang, issued", [("en", "Issued 4 March 2024"), ("fr", "Émis le 4 mars 2024")])
def test_every_footer_gives_the_packs_time_of_issue_not_today(demo_db, tmp_path, lang, issued):
    out = tmp_path / "pack.pdf"
    # 23:30 UTC on 3 March is 00:30 on 4 March in Brussels, the home clock; "today" is another day
    build_briefing(Planner(demo_db), JAPAN, out, lang=lang, today=TODAY,
                   issued_at=datetime(2024, 3, 3, 23, 30, tzinfo=timezone.utc))
    assert f"{issued}, 00:30" in pages_of(out)[0] or f"{issued} à 00:30" in pages_of(out)[0]  # the cover
    footers = footer_lines(out)
    assert len(footers) == len(PdfReader(str(out)).pages)
    for n, footer in enumerate(footers, 1):
        assert issued in footer and f" {n} " in footer, footer
        assert "2026" not in footer


@needs_poppler
def test_table_of_contents_lists_sections_and_meetings_with_their_pages(japan_pack):
    pages = pages_of(japan_pack)
    toc = pages[1]
    outline = dict(outline_titles(japan_pack))
    for title in ("Mission overview", "Day-by-day itinerary", "Meeting briefs",
                  "Meeting 2: Meeting with the Vice-Governor of Aichi", "Annexes", "Annex A: People"):
        assert title in outline
        page = outline[title]
        # the TOC line ends with the page its bookmark points to, and that page carries the title
        assert re.search(re.escape(title) + r"[ .]*" + str(page) + r"\b", toc), title
        assert title.lower() in pages[page - 1].lower()


def test_bookmarks_cover_every_section_meeting_and_day(japan_pack):
    titles = [t for t, _ in outline_titles(japan_pack)]
    for t in ("Mission overview", "Day-by-day itinerary", "Thursday, 8 June 2017 — Tokyo", "Meeting briefs",
              "Meeting 1: Meeting with Japanese companies investing in Brussels",
              "Meeting 4: Louise / Sakae-Machi district partnership", "Annexes", "Annex B: Organizations"):
        assert t in titles


@needs_poppler
def test_overview_objectives_figures_agreements_delegation_logistics(japan_pack):
    text = text_of(japan_pack)
    overview = text[text.index("Mission overview Objectives"):text.index("Day-by-day itinerary Wednesday")]
    for expected in ("Confirm with the Aichi authorities", "Key figures", "4 meetings planned",
                     "Aichi Prefecture: 21 companies from Aichi are present in Brussels (June 2017).",
                     "Agreements in force with host partners",
                     "Cooperation agreement Aichi Prefecture / Brussels-Capital Region — in force, signed about "
                     "9 May 2017", "Aichi Prefecture (愛知県)", "OHMURA Hideaki 大村秀章",
                     "Delegation", "Head of mission", "+32 (to be confirmed)", "Adviser, foreign trade",
                     "Logistics", "Arrival Thursday, 8 June 2017, 09:40", "Departure Sunday, 11 June 2017, 18:00",
                     "Embassy of Belgium in Tokyo", "Police 110, fire and ambulance 119",
                     "Onward flight to Seoul"):
        assert expected in overview, expected


@needs_poppler
def test_itinerary_gives_local_and_home_time_city_venue_counterparts_per_day(japan_pack):
    text = text_of(japan_pack)
    itinerary = text[text.index("Day-by-day itinerary Wednesday"):]
    itinerary = itinerary[:itinerary.index("MEETING BRIEFS")]
    assert "Local time Brussels time City / Venue Meeting Counterparts" in itinerary
    for expected in ("Thursday, 8 June 2017 — Tokyo", "15:00–16:30 JST", "08:00–09:30 CEST",
                     "Friday, 9 June 2017 — Tokyo", "10:00–11:00 JST", "03:00–04:00 CEST",
                     "Meeting with the Vice-Governor of Aichi", "Vice-Governor of Aichi Prefecture (name to be confirmed)",
                     "Brussels Beer Project, Tokyo branch", "Courtesy call · Dress code: Dark suit",
                     # the programme, not only the meetings: the overnight flight out, the hotel, and
                     # Sunday's departure for Seoul where the day once read "No meetings planned."
                     "Wednesday, 7 June 2017", "15:05 CEST → 09:40 JST", "Flight NH 232 (All Nippon Airways)",
                     "arrives the next day", "Arrives in Tokyo (NRT)", "Hotel check-in: Imperial Hotel",
                     "Sunday, 11 June 2017 — Tokyo", "18:00 JST → 20:20 KST", "Flight OZ 1085"):
        assert expected in itinerary, expected
    assert "No meetings planned." not in itinerary


@needs_poppler
def test_meeting_brief_in_ministry_order_starting_on_its_own_page(demo_db, tmp_path):
    # the working edition: the minister's leaves the follow-ups' tracking out (test_briefing_editions)
    japan_pack = tmp_path / "working.pdf"
    build_briefing(Planner(demo_db), JAPAN, japan_pack, classification="Restricted", today=TODAY, edition="working")
    pages = pages_of(japan_pack)
    outline = dict(outline_titles(japan_pack))
    start = outline["Meeting 2: Meeting with the Vice-Governor of Aichi"]
    end = outline["Meeting 3: Visit to the Brussels Beer Project branch in Tokyo"]
    brief = " ".join(pages[start - 1:end - 1])
    assert pages[start - 1].split("Briefing pack — Working edition (private office)", 1)[1].lstrip() \
        .startswith("MEETING BRIEFS Meeting 2:")
    order = ["Reason for the meeting", "Time, place and arrangements", "Objectives", "Points to make",
             "If raised", "Background", "Personality notes", "Organization profile", "Agreements",
             "Open follow-ups"]
    positions = [brief.index(h) for h in order]
    assert positions == sorted(positions)
    for expected in ("one month after the cooperation agreement", "Local time 10:00–11:00 JST", "Time zone Japan Standard Time (UTC+9), 7 h ahead of Brussels",
                     "Brussels time 9 Jun 03:00–04:00 CEST", "Interpreter to be confirmed; gift to be confirmed.",
                     "1. Thank Aichi for the cooperation agreement", "4. Give the example of the Brussels Beer",
                     "Timetable of the agreement's first projects We will propose a first working programme",
                     "Form of address Vice-Governor", "Aichi Prefecture (愛知県) prefecture · Nagoya · Japan",
                     "Propose a first working programme under the cooperation agreement", "OVERDUE"):
        assert expected in brief, expected


@needs_poppler
def test_sections_without_data_are_left_out(japan_pack):
    pages = pages_of(japan_pack)
    outline = dict(outline_titles(japan_pack))
    first = pages[outline["Meeting 1: Meeting with Japanese companies investing in Brussels"] - 1]
    assert "Points to make" in first
    for absent in ("If raised", "Background", "Personality notes", "Previous interactions", "Counterparts"):
        assert absent not in first


@needs_poppler
def test_annexes_list_people_and_organizations_with_contacts(japan_pack):
    text = text_of(japan_pack)
    annex = text[text.rindex("Annex A: People"):]
    for expected in ("OHMURA Hideaki 大村秀章", "Governor of Aichi Prefecture", "Mobile: +32 (to be confirmed)",
                     "Annex B: Organizations", "Sakae-Machi district 栄町", "Brussels Beer Project"):
        assert expected in annex, expected


def test_every_font_is_embedded_japanese_and_korean_included(demo_db, tmp_path, japan_pack):
    korea = tmp_path / "korea.pdf"
    assert build_briefing(Planner(demo_db), KOREA, korea, today=TODAY) == []
    for pdf in (japan_pack, korea):
        fonts = fonts_of(pdf)
        assert fonts and all(emb == "yes" for _name, emb in fonts), fonts
    names = " ".join(n for n, _ in fonts_of(korea))
    assert "NanumGothic" in names and "DejaVuSans" in names
    assert "IPAGothic" in " ".join(n for n, _ in fonts_of(japan_pack))


@needs_poppler
def test_native_script_names_come_out_of_the_pdf(demo_db, tmp_path, japan_pack):
    korea = tmp_path / "korea.pdf"
    build_briefing(Planner(demo_db), KOREA, korea, today=TODAY)
    assert "大村秀章" in text_of(japan_pack) and "愛知県" in text_of(japan_pack)
    korean = text_of(korea)
    assert "Seoul (서울), South Korea" in korean and "서울특별시" in korean


def test_file_is_private_complete_and_carries_metadata(japan_pack, demo_db):
    assert stat.S_IMODE(os.stat(japan_pack).st_mode) == 0o600
    assert not japan_pack.with_name(japan_pack.name + ".part").exists()
    meta = PdfReader(str(japan_pack)).metadata
    assert meta.title == "Briefing pack: Official mission to Japan"
    assert meta.author == demo_db.user  # the drafting officer; the program is the producer
    assert meta.producer == "Mission Planner" and meta.creator == "Mission Planner"
    assert meta.creation_date is not None


def test_letter_paper(demo_db, tmp_path):
    out = tmp_path / "letter.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, paper="letter", today=TODAY)
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_progress_reaches_the_end_and_can_cancel(demo_db, tmp_path):
    seen = []
    out = tmp_path / "p.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and len(seen) > 3
    assert all(a <= b for (a, _), (b, _) in zip(seen, seen[1:], strict=False))

    class Stop(Exception):
        pass

    def cancel(done, total):
        if done >= 2:
            raise Stop

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(Stop):
        build_briefing(Planner(demo_db), JAPAN, target, progress=cancel)
    assert not target.exists() and not target.with_name("cancelled.pdf.part").exists()


# Languages --------------------------------------------------------------------------------------

def test_catalogue_has_every_label_in_three_languages():
    for key, values in LABELS.items():
        assert len(values) == len(LANGUAGES) and all(v.strip() for v in values), key


@needs_poppler
@pytest.mark.parametrize("lang, expected", [
    ("fr", ["Dossier de briefing", "Table des matières", "Aperçu de la mission", "Programme jour par jour",
            "Jeudi 8 juin 2017", "Raison de la réunion", "Éléments de langage", "Annexe A : Personnes",
            "Page 1 sur", "Émis le 29 novembre 2026", "Heure de Bruxelles", "MISSION OFFICIELLE"]),
    ("nl", ["Briefingdossier", "Inhoud", "Overzicht van de missie", "Programma per dag", "Donderdag 8 juni 2017",
            "Reden van de vergadering", "Spreekpunten", "Bijlage A: Personen", "Pagina 1 van",
            "Uitgegeven op 29 november 2026", "Tijd in Brussel", "OFFICIËLE MISSIE"]),
    ("en", ["Briefing pack", "Contents", "Mission overview", "Day-by-day itinerary", "Thursday, 8 June 2017",
            "Reason for the meeting", "Points to make", "Annex A: People", "Page 1 of",
            "Issued 29 November 2026", "Brussels time", "OFFICIAL MISSION"]),
])
def test_pack_labels_dates_and_months_in_each_language(demo_db, tmp_path, lang, expected):
    out = tmp_path / f"{lang}.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, lang=lang, today=TODAY)
    text = text_of(out)
    for label in expected:
        assert label in text, (lang, label)
    others = {"fr": "Points to make", "nl": "Points to make", "en": "Éléments de langage"}
    assert others[lang] not in text


def test_catalogue_formats_dates_with_babel():
    assert Catalogue("fr").day_heading(date(2017, 6, 9)) == "Vendredi 9 juin 2017"
    assert Catalogue("nl").date(date(2017, 6, 9)) == "9 juni 2017"
    assert Catalogue("en")("page_x_of_y", page=2, pages=9) == "Page 2 of 9"


# User strings, photos, history, checks -----------------------------------------------------------

@pytest.fixture
def tricky_db(db):
    """A mission whose counterpart and organization names contain markup characters, with history."""
    org = people.create_organization(db, name="Smith & Sons", native_name="スミス商会", kind="company",
                                     country="JP", city="Nagoya", website="https://smith.example/?a=1&b=2",
                                     description="Trading house <since 1901> & partner of R&D labs.")
    aichi = people.create_organization(db, name="Aichi Prefecture", native_name="愛知県", kind="prefecture",
                                       country="JP")
    odd = people.create_person(db, family_name="<Aichi> R&D", given_name="", organization_id=org,
                               title="Director <acting>", biography="Joined in 1999; <b>not bold</b> & proud.",
                               email="rd@smith.example", mobile="+81 90 0000 0000")
    gov = people.create_person(db, given_name="Hideaki", family_name="Ohmura", native_name="大村秀章",
                               organization_id=aichi, title="Governor", form_of_address="Governor Ohmura",
                               pronunciation="oh-moo-rah")
    ours = people.create_person(db, given_name="Cécile", family_name="Jodogne", mobile="+32 470 12 34 56")
    earlier = missions.create_mission(db, title="Earlier mission", start="2016-10-10", end="2016-10-14")
    missions.add_leg(db, earlier, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                     arrive="2016-10-10T09:00", depart="2016-10-14T18:00")
    past = meetings.create_meeting(db, earlier, title="First talks with the Governor", timezone="Asia/Tokyo",
                                   city="Tokyo", start="2016-10-12T10:00", end="2016-10-12T11:00",
                                   status="held", counterparts=[gov], delegation=[ours],
                                   outcome="Both sides agreed to draft a cooperation agreement.")
    followups.create_followup(db, meeting_id=past, action="Send the draft agreement to Aichi", owner_id=ours,
                              due="2016-11-30")
    mid = missions.create_mission(db, title="Mission <Nagoya> & Tokyo", start="2017-06-08", end="2017-06-11",
                                  objectives="Meet Smith & Sons; <b>confirm</b> the agreement.")
    missions.add_leg(db, mid, city="Nagoya", city_native="名古屋", country="JP", timezone="Asia/Tokyo",
                     arrive="2017-06-08T09:00", depart="2017-06-11T18:00")
    missions.set_members(db, mid, [(ours, "Head of mission")])
    meetings.create_meeting(db, mid, title="Visit to Smith & Sons", timezone="Asia/Tokyo", city="Nagoya",
                            start="2017-06-09T10:00", end="2017-06-09T11:00", status="confirmed",
                            counterparts=[odd], delegation=[ours],
                            talking_points=["Thank <Aichi> R&D for the welcome & the visit."])
    meetings.create_meeting(db, mid, title="Governor of Aichi", timezone="Asia/Tokyo", city="Nagoya",
                            start="2017-06-09T10:30", end="2017-06-09T11:30", status="confirmed",
                            counterparts=[gov], delegation=[ours])
    agreements.create_agreement(db, title="Aichi / Brussels cooperation", status="in-force",
                                signed="2017-05-09", parties=[aichi], signatories=[gov])
    png = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (60, 80), (40, 70, 120)).save(png, format="PNG")
    with db.write() as s:
        s.add(Attachment(entity_kind="person", entity_id=gov, role="photo", filename="ohmura.png",
                         media_type="image/png", data=png.getvalue()))
    return db, mid


@needs_poppler
def test_user_strings_are_printed_exactly_never_read_as_markup(tricky_db, tmp_path):
    db, mid = tricky_db
    out = tmp_path / "tricky.pdf"
    build_briefing(Planner(db), mid, out, today=TODAY)
    text = text_of(out)
    for exact in ("<Aichi> R&D", "Smith & Sons", "Mission <Nagoya> & Tokyo", "Director <acting>",
                  "Joined in 1999; <b>not bold</b> & proud.", "Trading house <since 1901> & partner of R&D labs.",
                  "Thank <Aichi> R&D for the welcome & the visit.", "https://smith.example/?a=1&b=2",
                  "Meet Smith & Sons; <b>confirm</b> the agreement."):
        assert exact in text, exact
    assert "&amp;" not in text and "&lt;" not in text
    outline = [t for t, _ in outline_titles(out)]
    assert "Meeting 1: Visit to Smith & Sons" in outline


@needs_poppler
def test_previous_interactions_open_followups_photo_and_check_flags(tricky_db, tmp_path):
    db, mid = tricky_db
    out = tmp_path / "history.pdf"
    build_briefing(Planner(db), mid, out, today=TODAY, edition="working")
    pages = pages_of(out)
    outline = dict(outline_titles(out))
    governor_page = outline["Meeting 2: Governor of Aichi"]
    brief = " ".join(pages[governor_page - 1:])
    for expected in ("Previous interactions", "12 October 2016 — Earlier mission: First talks with the Governor",
                     "Both sides agreed to draft a cooperation agreement.", "Open follow-ups",
                     "Send the draft agreement to Aichi", "OVERDUE", "OHMURA Hideaki 大村秀章",
                     "Name in own script 大村秀章 (family name first)", "Pronunciation oh-moo-rah",
                     "Aichi / Brussels cooperation"):
        assert expected in brief, expected
    reader = PdfReader(str(out))
    assert len(reader.pages[governor_page - 1].images) == 1
    # Jodogne is in two meetings at 10:00 and 10:30: the itinerary flags it
    from missionplanner.services.checks import check_mission

    problems = check_mission(db, mid)
    assert problems
    itinerary = " ".join(pages[outline["Day-by-day itinerary"] - 1:governor_page - 1])
    assert Catalogue("en").plural("problems_count", len(problems)) in itinerary  # "1 scheduling problem"
    assert itinerary.count(" ".join(problems[0]["message"].split())) == 1


@needs_poppler
def test_a_french_pack_flags_its_problems_in_french(tricky_db, tmp_path):
    from missionplanner.services.checks import check_mission

    db, mid = tricky_db
    out = tmp_path / "historique.pdf"
    build_briefing(Planner(db), mid, out, lang="fr", today=TODAY, edition="working")
    text = " ".join(pages_of(out))
    overlap = next(p for p in check_mission(db, mid) if p["code"] == "overlap")
    who = overlap["params"]["people"][0]
    assert f"Deux réunions à la fois pour {who} :" in text
    assert "heure locale à" in text and "se chevauchent" in text
    assert "cannot be in two meetings at once" not in text  # not the service's English


def test_the_printed_and_the_window_problem_templates_are_the_services_english():
    """The sentence is built three ways (window, PDF, service): in English all three agree."""
    from missionplanner.briefing.catalogue import LABELS
    from missionplanner.services.problem_sentences import ENGLISH
    from missionplanner.ui.messages import PROBLEM_TEXTS

    assert PROBLEM_TEXTS == ENGLISH
    assert {key: LABELS[f"pr_{key}"][0] for key in ENGLISH} == ENGLISH
    for key in ENGLISH:  # French and Dutch keep every part of the English
        parts = sorted(set(re.findall(r"%\d", ENGLISH[key])))
        assert sorted(set(re.findall(r"%\d", LABELS[f"pr_{key}"][1]))) == parts, key
        assert sorted(set(re.findall(r"%\d", LABELS[f"pr_{key}"][2]))) == parts, key


def _queries_of(db, call):
    """The number of SQL statements `call()` sends, and its result."""
    from sqlalchemy import event

    queries = []

    def count(*_args):
        queries.append(1)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        result = call()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(queries), result


def test_briefing_data_reads_the_mission_as_mission_detail_does(tricky_db, demo_db):
    """The pack's data come through services (services.briefing_data): the same mission document,
    its people, organizations and agreements kept to the mission's own (tests/test_briefing_review.py)."""
    from missionplanner.services.briefing_data import briefing_data

    for db, ref in ((tricky_db[0], tricky_db[1]), (demo_db, JAPAN), (demo_db, KOREA)):
        detail = missions.mission_detail(db, ref, today=TODAY)
        data = briefing_data(db, ref, today=TODAY)
        assert data["today"] == TODAY
        for m in data["meetings"]:
            for key in ("past", "open_followups", "agreements"):
                m.pop(key)
        kept = ("people", "organizations", "agreements")
        assert {k: data[k] for k in detail if k not in kept} == {k: v for k, v in detail.items() if k not in kept}
        for key in ("people", "organizations"):
            assert [x for x in detail[key] if x in data[key]] == data[key]
        assert {a["id"] for a in data["agreements"]} <= {a["id"] for a in detail["agreements"]}
    history = briefing_data(tricky_db[0], tricky_db[1], today=TODAY)["meetings"]
    assert "First talks with the Governor" in [h["title"] for h in history[1]["past"]]
    assert all(h["mission"] != "Mission <Nagoya> & Tokyo" for m in history for h in m["past"])


def test_briefing_data_queries_do_not_grow_with_the_meetings(tmp_path):
    """No query per meeting or per person (N+1): 4 and 16 meetings cost the same statements."""
    from bench.bench_briefing import build_mission

    from missionplanner.services.briefing_data import briefing_data
    from missionplanner.store import open_database

    counts = []
    for n in (4, 16):
        db = open_database(tmp_path / f"{n}.sqlite")
        try:
            mid = build_mission(db, n)
            count, data = _queries_of(db, lambda db=db, mid=mid: briefing_data(db, mid, today=TODAY))
            assert len(data["meetings"]) == n
            counts.append(count)
        finally:
            db.dispose()
    assert counts[0] == counts[1] and counts[0] <= 30, counts


def test_a_one_line_string_makes_the_paragraph_reportlabs_parser_makes_of_its_escaped_markup():
    """Writer.p hands reportlab a one-line string's fragments itself (one per script run); they
    must be what the parser makes of the same string escaped, in every style the pack uses."""
    from reportlab.platypus import Paragraph

    from missionplanner.briefing.writer import Writer

    w = Writer("en")
    texts = ("Smith & Sons <R&D> \"x\" 'y'", "Governor Ohmura \u00a0大村秀章 (愛知県知事)", "서울특별시 Seoul",
             "  spaced   out  ", "Cécile Jodogne — 10:00–11:00 JST", "愛知県知事として二〇一七年五月に署名した協力協定")
    styles = [w.st.body, w.st.h1, w.st.cell_bold, w.st.bullet, w.st.small]

    def runs(paragraph):
        """What is drawn: runs of text with their face, size, colour and rise (the parser also cuts
        text at each entity, keeps the tag it read in bookkeeping fields, and folds white space,
        which line breaking folds anyway)."""
        out = []
        for frag in paragraph.frags:
            attrs = (frag.fontName, frag.fontSize, frag.textColor, frag.rise, frag.link)
            if out and out[-1][0] == attrs:
                out[-1][1] += frag.text
            else:
                out.append([attrs, frag.text])
        return [(attrs, " ".join(text.split())) for attrs, text in out]

    for text in texts:
        for style in styles:
            bold = style.fontName == w.fonts.bold
            made, parsed = w.p(text, style), Paragraph(w.m(text, bold), style)
            assert runs(made) == runs(parsed), (text, style.name)
            assert made.style.wordWrap == ("CJK" if "署名" in text else None)


def test_briefing_reads_the_database_only_through_services():
    package = Path(__file__).resolve().parent.parent / "src" / "missionplanner" / "briefing"
    for source in package.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "sqlalchemy" not in text and "..model" not in text and "..store" not in text, source.name


def test_missing_script_font_is_a_warning_and_the_pdf_is_still_written(demo_db, tmp_path, monkeypatch):
    from missionplanner.briefing import fonts

    only_latin = tmp_path / "fonts"
    only_latin.mkdir()
    latin = fonts.load_fonts()
    shutil.copy(latin.files[fonts.LATIN], only_latin / "DejaVuSans.ttf")
    monkeypatch.setenv(fonts.ENV_VAR, str(only_latin))
    monkeypatch.setattr(fonts, "_system_dirs", lambda: [])
    monkeypatch.setattr(fonts, "_bundled_dir", lambda: None)
    out = tmp_path / "latin-only.pdf"
    warnings = build_briefing(Planner(demo_db), JAPAN, out, today=TODAY)
    assert out.exists() and len(PdfReader(str(out)).pages) > 5
    assert any("Japanese" in w and "MISSIONPLANNER_FONTS_DIR" in w for w in warnings), warnings
    assert all(emb == "yes" for _n, emb in fonts_of(out))


# Long content ------------------------------------------------------------------------------------

@needs_poppler
def test_long_background_and_sixty_points_flow_over_pages_uncut(db, mission_id, tmp_path):
    words = [f"bg{n:04d}" for n in range(2000)]
    background = " ".join(words)                           # 14,000 characters; twice in the meeting
    long_notes = "\n".join(f"Note line {n} " + "details " * 20 for n in range(60))
    person = people.create_person(db, family_name="Counterpart", biography=background)
    meetings.create_meeting(
        db, mission_id, title="Marathon", timezone="Asia/Tokyo", city="Tokyo", start="2017-06-09T10:00",
        end="2017-06-09T18:00", counterparts=[person], background=background * 2,
        arrangements=long_notes, talking_points=[f"Talking point number {n}" for n in range(1, 61)],
        if_raised=[{"topic": f"Topic {n}", "line": "Line " * 50} for n in range(30)])
    assert len(background * 2) > 20000
    out = tmp_path / "long.pdf"
    build_briefing(Planner(db), mission_id, out, today=TODAY)
    text = text_of(out)
    assert set(re.findall(r"bg\d{4}", text)) == set(words)
    assert len(re.findall(r"bg\d{4}", text)) == 2000 * 3          # background twice, biography once
    for n in range(1, 61):
        assert f"{n}. Talking point number {n}" in text
    assert "Note line 59" in text and "Topic 29" in text
    assert len(PdfReader(str(out)).pages) > 8


# Outcome report ----------------------------------------------------------------------------------

@needs_poppler
def test_outcome_report_lists_outcomes_decisions_and_every_followup(demo_db, tmp_path):
    out = tmp_path / "report.pdf"
    assert build_report(Planner(demo_db), JAPAN, out, classification="Internal", today=TODAY) == []
    text = text_of(out)
    for expected in ("OUTCOME REPORT", "Official mission to Japan", "4 meetings, 3 held; 5 follow-ups, 3 open",
                     "Meeting outcomes", "Meeting 2: Meeting with the Vice-Governor of Aichi",
                     "Ties of friendship and cooperation confirmed", "Decisions",
                     "Prepare a first working programme under the cooperation agreement.",
                     "No outcome recorded.", "Follow-ups", "Action Meeting Owner Due Status",
                     "Thank-you letter to the Vice-Governor of Aichi", "23 June 2017", "done",
                     "Share the Louise district's promotion calendar with Sakae-Machi", "OVERDUE",
                     "Annual review of the Aichi cooperation", "(recurring)", "INTERNAL"):
        assert expected in text, expected
    assert text.count("OVERDUE") == 2
    total = len(PdfReader(str(out)).pages)
    assert f"Page {total} of {total}" in text
    assert all(emb == "yes" for _n, emb in fonts_of(out))
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


@needs_poppler
def test_report_in_french(demo_db, tmp_path):
    out = tmp_path / "rapport.pdf"
    build_report(Planner(demo_db), JAPAN, out, lang="fr", today=TODAY)
    text = text_of(out)
    for expected in ("COMPTE RENDU DE MISSION", "Résultats des réunions", "Décisions", "Suites à donner", "EN RETARD",
                     "23 juin 2017", "Page 1 sur"):
        assert expected in text, expected


# Command line ------------------------------------------------------------------------------------

def test_cli_brief_and_report_write_the_files(tmp_path, capsys):
    path = str(tmp_path / "cli.sqlite")
    assert main(["--db", path, "demo"]) == 0
    capsys.readouterr()
    pack = tmp_path / "pack.pdf"
    assert main(["--db", path, "brief", JAPAN, "-o", str(pack), "--lang", "nl",
                 "--classification", "Beperkt"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"wrote {pack}" and err == ""
    assert PdfReader(str(pack)).pages
    report = tmp_path / "report.pdf"
    assert main(["--db", path, "report", KOREA, "-o", str(report), "--paper", "letter"]) == 0
    assert report.exists()
    assert main(["--db", path, "brief", "no-such-mission", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "no mission" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_prints_font_warnings_on_stderr(tmp_path, capsys, monkeypatch):
    from missionplanner.briefing import fonts

    path = str(tmp_path / "cli.sqlite")
    main(["--db", path, "demo"])
    capsys.readouterr()
    folder = tmp_path / "fonts"
    folder.mkdir()
    shutil.copy(fonts.load_fonts().files[fonts.LATIN], folder / "DejaVuSans.ttf")
    monkeypatch.setenv(fonts.ENV_VAR, str(folder))
    monkeypatch.setattr(fonts, "_system_dirs", lambda: [])
    monkeypatch.setattr(fonts, "_bundled_dir", lambda: None)
    pack = tmp_path / "k.pdf"
    assert main(["--db", path, "brief", KOREA, "-o", str(pack)]) == 0
    out, err = capsys.readouterr()
    assert "warning" in err and "Korean" in err and pack.exists()


# Benchmark smoke run -----------------------------------------------------------------------------

def test_benchmark_runs_on_a_small_mission():
    from bench.bench_briefing import run

    rows = run(meetings=3, repeat=1)
    assert rows and all({"case", "figure", "baseline", "ratio", "goal", "ok"} <= set(r) for r in rows)
    assert rows[0]["figure"] > 0 and rows[0]["baseline"] > 0


def test_benchmark_baseline_is_plain_reportlab_with_the_packs_body_face_and_page_count():
    from bench.bench_briefing import plain_document, plain_font
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from missionplanner.briefing.fonts import LATIN, load_fonts

    font = pdfmetrics.getFont(plain_font())
    assert type(font) is TTFont
    assert font.face.filename == str(load_fonts().files[LATIN])
    assert pdfmetrics.getFont(load_fonts().body) is not font
    assert plain_document(7)[1] == 7


@needs_poppler
def test_long_japanese_and_korean_text_wraps_inside_the_margins(db, mission_id, tmp_path):
    bio_ja = "愛知県知事として二〇一七年五月にブリュッセル首都圏地域との協力協定に署名した。" * 12
    bio_ko = "서울특별시와의경제협력을담당하고있으며브뤼셀수도권지역과의교류를추진하고있다" * 10
    ja = people.create_person(db, given_name="Hideaki", family_name="Ohmura", native_name="大村秀章",
                              biography=bio_ja)
    ko = people.create_person(db, given_name="Minsu", family_name="Kim", native_name="김민수",
                              biography=bio_ko)
    meetings.create_meeting(db, mission_id, title="Long native text", timezone="Asia/Tokyo", city="Tokyo",
                            start="2017-06-09T10:00", end="2017-06-09T11:00", counterparts=[ja, ko],
                            background=bio_ja)
    out = tmp_path / "cjk.pdf"
    build_briefing(Planner(db), mission_id, out, today=TODAY)
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], check=True, capture_output=True,
                          text=True).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', html)]
    # A4 width minus the 20 mm margin; Japanese typesetting lets a final "。" hang (less than 1 em)
    assert right_edges and max(right_edges) <= 595.3 - 56.7 + 9.5
    # the body frame only (no header or footer between pages), white space removed
    body = subprocess.run(["pdftotext", "-x", "0", "-y", "82", "-W", "596", "-H", "690", str(out), "-"],
                          check=True, capture_output=True, text=True).stdout
    text = "".join(body.split())
    assert bio_ja in text and bio_ko in text


def test_meeting_brief_says_who_asked_for_the_meeting(demo_db, tmp_path):
    import subprocess

    from missionplanner.briefing.pack import build_briefing

    for lang, label in (("en", "Requested by: Cabinet of the Secretary of State"),
                        ("fr", "Demandée par : Cabinet of the Secretary of State")):
        out = tmp_path / f"pack-{lang}.pdf"
        build_briefing(Planner(demo_db), "official-mission-japan-2017", out, lang=lang)
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
        assert label in " ".join(text.split())
