"""The protocol officer's review of the briefing pack (issue 16): points 1, 2, 3 and 7.

1. a pack names only the people, organizations and agreements of its own mission;
2. a long classification is printed whole on every page, never cut, never under the footer's text;
3. an agreement's status is read as of the mission, not as of today;
7. counts read in the language's plural forms (CLDR, through Babel).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from html import unescape
from pathlib import Path

import pytest
from babel import Locale
from pypdf import PdfReader

from missionplanner.briefing.catalogue import LABELS, LANGUAGES, LOCALES, PLURALS, Catalogue
from missionplanner.briefing.fonts import load_fonts
from missionplanner.briefing.options import MAX_CLASSIFICATION
from missionplanner.briefing.pack import build_briefing
from missionplanner.briefing.report import build_report
from missionplanner.briefing.template import PAPER, boxes_overlap, footer_layout
from missionplanner.services import agreements, meetings, missions, people
from missionplanner.services.agreements import status_during
from missionplanner.services.planner import Planner

JAPAN = "official-mission-japan-2017"
KOREA = "economic-mission-korea-2017"
STATE_VISIT = "state-visit-japan-2016"
TODAY = date(2026, 11, 29)
LONG_MARKING = "CONFIDENTIEL UE/EU CONFIDENTIAL – DIFFUSION LIMITÉE"

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def text_of(pdf: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


# 1. The annexes hold the mission's own people, organizations and agreements ----------------------

def test_the_korea_pack_names_no_one_from_japan_and_the_japan_pack_still_does(demo_db, tmp_path):
    planner = Planner(demo_db)
    korea, japan = tmp_path / "korea.pdf", tmp_path / "japan.pdf"
    build_briefing(planner, KOREA, korea, today=TODAY)
    build_briefing(planner, JAPAN, japan, today=TODAY)
    korea_text, japan_text = text_of(korea), text_of(japan)
    for foreign in ("大村秀章", "Ohmura", "OHMURA", "愛知県", "Aichi"):
        assert foreign not in korea_text, foreign
        assert foreign in japan_text, foreign
    assert "Seoul Metropolitan Government" in korea_text


def _own_people(d: dict) -> set[str]:
    ids = {p["id"] for p in [d["lead"], *d["delegation"]] if p}
    for m in d["meetings"]:
        ids |= {p["id"] for p in [*m["counterparts"], *m["delegation"]] if p}
        ids |= {f["owner"]["id"] for f in m["followups"] if f["owner"]}
    ids |= {f["owner"]["id"] for f in d["followups"] if f["owner"]}
    return ids


@pytest.mark.parametrize("mission", [KOREA, JAPAN, STATE_VISIT])
def test_the_packs_data_hold_only_what_relates_to_the_mission(demo_db, mission):
    """What the pack builder gathers: people of the meetings and members (plus the signatories of
    the agreements kept), their organizations (plus those agreements' parties); agreements with a
    party met on the mission or of a country it visits, signed before it ended."""
    d = Planner(demo_db).briefing.data(mission, today=TODAY)
    own = _own_people(d)
    signatories = {p["id"] for a in d["agreements"] for p in a["signatories"] if p}
    assert {p["id"] for p in d["people"]} <= own | signatories
    assert own <= {p["id"] for p in d["people"]}
    orgs = {aff["organization_id"] for p in d["people"] for aff in p["affiliations"]}
    orgs |= {o["id"] for a in d["agreements"] for o in a["parties"]}
    assert {o["id"] for o in d["organizations"]} == orgs
    met = {c["organization_id"] for m in d["meetings"] for c in m["counterparts"] if c}
    countries = {leg["country"] for leg in d["legs"]}
    by_id = {o["id"]: o for o in d["organizations"]}
    end = date.fromisoformat(d["end"])
    for a in d["agreements"]:
        assert any(o["id"] in met or by_id[o["id"]]["country"] in countries for o in a["parties"]), a["title"]
        assert not a["signed"] or date.fromisoformat(a["signed"]) <= end, a["title"]
    names = {p["name"] for p in d["people"]}
    orgs = {o["name"] for o in d["organizations"]}
    if mission == JAPAN:
        assert "OHMURA Hideaki" in names and "Aichi Prefecture" in orgs
    else:
        assert "OHMURA Hideaki" not in names and "Aichi Prefecture" not in orgs


@pytest.fixture
def seoul_trip(db):
    """A mission to Seoul in June 2017 by a Brussels delegation, meeting a Paris company, and the
    agreements of every kind around it."""
    brussels = people.create_organization(db, name="Brussels-Capital Region", kind="region", country="BE")
    aichi = people.create_organization(db, name="Aichi Prefecture", native_name="愛知県", country="JP")
    seoul = people.create_organization(db, name="Seoul Metropolitan Government", country="KR")
    paris = people.create_organization(db, name="Compagnie de Paris", country="FR")
    ours = people.create_person(db, given_name="Cécile", family_name="Jodogne", organization_id=brussels)
    gov = people.create_person(db, given_name="Hideaki", family_name="Ohmura", native_name="大村秀章",
                               organization_id=aichi)
    mayor = people.create_person(db, given_name="Won-soon", family_name="Park", organization_id=seoul)
    ceo = people.create_person(db, given_name="Anne", family_name="Martin", organization_id=paris)
    mid = missions.create_mission(db, title="Seoul", start="2017-06-12", end="2017-06-16", lead_id=ours)
    missions.add_leg(db, mid, city="Seoul", country="KR", timezone="Asia/Seoul",
                     arrive="2017-06-12T09:00", depart="2017-06-16T18:00")
    missions.set_members(db, mid, [(ours, "Head of mission")])
    meetings.create_meeting(db, mid, title="Lunch with a French investor", timezone="Asia/Seoul",
                            city="Seoul", start="2017-06-13T12:00", end="2017-06-13T13:30",
                            counterparts=[ceo], delegation=[ours])
    for title, parties, signed, signatories in (
            ("Brussels / Aichi", [brussels, aichi], "2017-05-09", [gov]),     # foreign to Korea
            ("Brussels / Seoul", [brussels, seoul], "2015-03-01", [mayor]),   # the host country
            ("Brussels / Paris", [brussels, paris], None, []),                # a party met
            ("Brussels / Seoul 2", [brussels, seoul], "2018-01-10", []),      # signed after the trip
    ):
        agreements.create_agreement(db, title=title, status="in-force", signed=signed, parties=parties,
                                    signatories=signatories)
    return db, mid


def test_agreements_are_relevant_by_party_and_by_date(seoul_trip):
    db, mid = seoul_trip
    d = Planner(db).briefing.data(mid, today=TODAY)
    assert {a["title"] for a in d["agreements"]} == {"Brussels / Seoul", "Brussels / Paris"}
    assert {p["family_name"] for p in d["people"]} == {"Jodogne", "Martin", "Park"}  # Park signed
    assert {o["name"] for o in d["organizations"]} == {"Brussels-Capital Region", "Seoul Metropolitan Government",
                                                        "Compagnie de Paris"}
    # what `show` reads is unchanged: every agreement of the delegation's region
    assert len(missions.mission_detail(db, mid, today=TODAY)["agreements"]) == 4


# 3. Agreement status as of the mission --------------------------------------------------------------

def _agreement(status="in-force", signed=None, expires=None) -> dict:
    return {"status": status, "signed": signed, "expires": expires}


@pytest.mark.parametrize("agreement, status", [
    (_agreement(signed="2017-05-09"), "not-yet-signed"),                 # signed after the trip
    (_agreement(signed="2016-10-12"), "in-force"),                       # signed during it
    (_agreement(signed="2010-01-01", expires="2015-12-31"), "expired"),  # ran out before it
    (_agreement(signed="2010-01-01", expires="2016-10-11"), "in-force"),  # in force when it began
    (_agreement("expired", signed="2012-01-01", expires="2018-12-31"), "in-force"),  # expired since
    (_agreement("expired"), "expired"),                                  # no dates: as recorded
    (_agreement("negotiating"), "negotiating"),
    (_agreement("terminated", signed="2012-01-01"), "terminated"),
    (_agreement(), "in-force"),
])
def test_status_during_a_trip(agreement, status):
    assert status_during(agreement, date(2016, 10, 10), date(2016, 10, 14)) == status


@pytest.fixture
def state_visit_2016(db):
    """A State Visit in October 2016 meeting Aichi, and Aichi's agreements with Brussels."""
    brussels = people.create_organization(db, name="Brussels-Capital Region", kind="region", country="BE")
    aichi = people.create_organization(db, name="Aichi Prefecture", native_name="愛知県", country="JP")
    ours = people.create_person(db, given_name="Cécile", family_name="Jodogne", organization_id=brussels)
    gov = people.create_person(db, given_name="Hideaki", family_name="Ohmura", native_name="大村秀章",
                               organization_id=aichi, title="Governor")
    mid = missions.create_mission(db, title="State Visit to Japan", start="2016-10-10", end="2016-10-14",
                                  lead_id=ours)
    missions.add_leg(db, mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                     arrive="2016-10-10T09:00", depart="2016-10-14T18:00")
    meetings.create_meeting(db, mid, title="Call on the Governor of Aichi", timezone="Asia/Tokyo", city="Tokyo",
                            start="2016-10-12T10:00", end="2016-10-12T11:00", counterparts=[gov],
                            delegation=[ours])
    agreements.create_agreement(db, title="Cooperation agreement of May 2017", status="in-force",
                                signed="2017-05-09", parties=[aichi, brussels], signatories=[gov])
    agreements.create_agreement(db, title="Old exchange programme", status="in-force", signed="2010-04-01",
                                expires="2015-12-31", parties=[aichi, brussels])
    agreements.create_agreement(db, title="Trade office arrangement", status="expired", signed="2012-02-01",
                                expires="2018-12-31", parties=[aichi, brussels])
    return db, mid


@needs_poppler
def test_the_2016_pack_reads_agreements_as_they_stood_in_october_2016(state_visit_2016, tmp_path):
    db, mid = state_visit_2016
    out = tmp_path / "2016.pdf"
    build_briefing(Planner(db), mid, out, today=TODAY)
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True,
                         text=True).stdout
    text = " ".join(raw.split())
    assert "Cooperation agreement of May 2017" not in text  # not yet signed in October 2016
    assert "Old exchange programme — expired, signed 1 April 2010, expires 31 December 2015" in text
    assert "Trade office arrangement — in force, signed 1 February 2012" in text
    # the overview's "in force" list holds the one in force then
    overview = text.split("Agreements in force with host partners", 1)[1].split("Logistics", 1)[0]
    assert "Trade office arrangement" in overview and "Old exchange programme" not in overview
    data = Planner(db).briefing.data(mid, today=TODAY)
    assert {a["title"]: (a["status"], a["recorded_status"]) for a in data["agreements"]} == {
        "Old exchange programme": ("expired", "in-force"), "Trade office arrangement": ("in-force", "expired")}


@needs_poppler
def test_the_demo_state_visit_pack_no_longer_shows_the_may_2017_agreement(demo_db, tmp_path):
    out = tmp_path / "2016.pdf"
    build_briefing(Planner(demo_db), STATE_VISIT, out, lang="fr", today=TODAY)
    text = text_of(out)
    assert "Cooperation agreement Aichi Prefecture" not in text and "en vigueur" not in text


# 2. The classification whole on every page, never over the time of issue -----------------------------

def _words(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page, every word with its box (x0, y0, x1, y1 from the top of the page, in points)."""
    html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), unescape(w)) for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


@needs_poppler
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("marking", [LONG_MARKING, "SECRET " + "TRÈS-LONGUE-MENTION " * 9])
def test_a_long_classification_is_whole_on_every_page_and_clear_of_the_issue_text(demo_db, tmp_path, paper,
                                                                                  marking):
    marking = marking.strip()[:MAX_CLASSIFICATION]
    out = tmp_path / "fr.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, lang="fr", classification=marking, paper=paper, today=TODAY)
    height = PAPER[paper][1]
    pages = _words(out)
    assert len(pages) == len(PdfReader(str(out)).pages) > 5
    for n, words in enumerate(pages, 1):
        footer = [w for w in words if w[1] > height - 22 * 72 / 25.4]  # under the footer's rule
        issued = [w for w in footer if w[4] in ("Émis", "le", "29", "novembre", "2026")]
        assert [w[4] for w in issued] == ["Émis", "le", "29", "novembre", "2026"], n
        page_count = [w for w in footer if w[4] in ("Page", "sur")]
        marking_words = [w for w in footer if w not in issued and w not in page_count
                         and not re.fullmatch(r"\d+", w[4])]
        assert " ".join(w[4] for w in marking_words) == marking.upper(), n  # whole, nothing cut
        assert "…" not in " ".join(w[4] for w in footer)
        for m in marking_words:
            assert m[1] > 0 and m[3] < height, n  # on the page
            for i in issued + page_count:
                assert not boxes_overlap(m[:4], i[:4]), (n, m, i)
        header = " ".join(w[4] for w in words if w[3] < 20 * 72 / 25.4)
        assert marking.upper() in header, n  # and whole in the header above the title


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("marking", ["RESTRICTED", LONG_MARKING,
                                     "EU CONFIDENTIAL / CONFIDENTIEL UE / VERTROUWELIJK EU " * 4,
                                     "X" * MAX_CLASSIFICATION])
def test_the_footer_layout_keeps_the_marking_whole_and_apart_from_the_issue_text(paper, lang, marking):
    fonts = load_fonts()
    width, _ = PAPER[paper]
    margin = 20 * 72 / 25.4
    marking = marking.strip()[:MAX_CLASSIFICATION].upper()
    issued = Catalogue(lang)("issued", date="29 septembre 2026")
    layout = footer_layout(marking, issued, left=margin, right=width - margin, centre=width / 2,
                           y=18 * 72 / 25.4, measure=fonts.string_width)
    lines = [line for _x, _y, line in layout.marking]
    assert "".join(lines).replace(" ", "") == marking.replace(" ", "")  # every character, in order
    assert " ".join(lines) == " ".join(marking.split()) or " " not in marking
    assert not boxes_overlap(layout.marking_box, layout.issued_box)
    beside = layout.marking_box[2] <= layout.issued_box[0] - 3 * 72 / 25.4  # left of it
    below = layout.marking_box[3] <= layout.issued_box[1]  # or on the lines under it
    assert beside or below
    assert margin <= layout.marking_box[0] and layout.marking_box[2] <= width - margin
    assert layout.marking_box[1] > 8 * 72 / 25.4  # clear of the paper's edge
    assert len(lines) <= 3
    if len(marking) < 30:
        assert len(lines) == 1 and beside
    if marking == LONG_MARKING:
        assert len(lines) <= 2 and layout.marking_size == 8


# 7. Plurals -------------------------------------------------------------------------------------------

def test_every_plural_entry_has_the_forms_its_language_uses():
    for key, entries in PLURALS.items():
        assert len(entries) == len(LANGUAGES), key
        for lang, forms in zip(LANGUAGES, entries, strict=True):
            assert "other" in forms and all(t.strip() for t in forms.values()), (key, lang)
            assert set(forms) <= Locale.parse(LOCALES[lang]).plural_form.tags | {"other"}, (key, lang)


def test_no_label_carries_a_count_outside_the_plural_rules():
    counted = [key for key, values in LABELS.items() if "{n}" in values[0]]
    assert counted == ["meeting_n"]  # "Meeting 3: …" numbers a meeting, it counts nothing


@pytest.mark.parametrize("lang, n, text", [
    ("en", 0, "0 meetings"), ("en", 1, "1 meeting"), ("en", 2, "2 meetings"),
    ("fr", 0, "0 réunion"), ("fr", 1, "1 réunion"), ("fr", 2, "2 réunions"),
    ("nl", 0, "0 vergaderingen"), ("nl", 1, "1 vergadering"), ("nl", 2, "2 vergaderingen"),
])
def test_catalogue_plural_follows_cldr(lang, n, text):
    assert Catalogue(lang).plural("n_meetings", n) == text


@needs_poppler
@pytest.mark.parametrize("lang, expected", [
    ("en", "1 meeting, 1 held; 0 follow-ups, 0 open"),
    ("fr", "1 réunion, dont 1 tenue ; 0 suite à donner, dont 0 en cours"),
    ("nl", "1 vergadering, 1 gehouden; 0 opvolgingspunten, 0 open"),
])
def test_a_report_of_one_meeting_reads_in_the_singular(demo_db, tmp_path, lang, expected):
    out = tmp_path / f"{lang}.pdf"
    build_report(Planner(demo_db), STATE_VISIT, out, lang=lang, today=TODAY)  # Korea has a programme now
    assert expected in " ".join(text_of(out).split())


@pytest.fixture
def two_held(db):
    mid = missions.create_mission(db, title="Two meetings", start="2017-06-08", end="2017-06-09")
    missions.add_leg(db, mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                     arrive="2017-06-08T09:00", depart="2017-06-09T18:00")
    a = people.create_person(db, given_name="Ken", family_name="Sato")
    for day in (8, 9):
        meetings.create_meeting(db, mid, title=f"Talks {day}", timezone="Asia/Tokyo", city="Tokyo",
                                start=f"2017-06-0{day}T10:00", end=f"2017-06-0{day}T11:00", status="held",
                                counterparts=[a])
    return db, mid


@needs_poppler
@pytest.mark.parametrize("lang, report, figures", [
    ("en", "2 meetings, 2 held; 0 follow-ups, 0 open", ("2 days, Tokyo", "2 meetings planned", "1 counterpart")),
    ("fr", "2 réunions, dont 2 tenues ; 0 suite à donner, dont 0 en cours",
     ("2 jours, Tokyo", "2 réunions prévues", "1 interlocuteur")),
    ("nl", "2 vergaderingen, 2 gehouden; 0 opvolgingspunten, 0 open",
     ("2 dagen, Tokio", "2 geplande vergaderingen", "1 gesprekspartner")),  # CLDR's Dutch name
])
def test_two_meetings_read_in_the_plural_in_the_report_and_the_pack(two_held, tmp_path, lang, report, figures):
    db, mid = two_held
    out = tmp_path / "report.pdf"
    build_report(Planner(db), mid, out, lang=lang, today=TODAY)
    assert report in " ".join(text_of(out).split())
    pack = tmp_path / "pack.pdf"
    build_briefing(Planner(db), mid, pack, lang=lang, today=TODAY)
    text = " ".join(text_of(pack).split())
    for words in figures:
        assert words in text, words
    assert "1 counterparts" not in text and "1 interlocuteurs" not in text


@pytest.mark.parametrize("lang, n, text", [
    ("en", 1, "1 scheduling problem flagged below."), ("en", 3, "3 scheduling problems flagged below."),
    ("fr", 1, "1 problème de planning signalé ci-dessous."),
    ("fr", 2, "2 problèmes de planning signalés ci-dessous."),
    ("nl", 1, "1 planningsprobleem hieronder aangeduid."), ("nl", 2, "2 planningsproblemen hieronder aangeduid."),
])
def test_the_problem_count_has_no_parenthesised_plural(lang, n, text):
    assert Catalogue(lang).plural("problems_count", n) == text


# Point 6: what the database holds about a person reaches the minister's annex.

def test_the_annex_says_how_to_greet_and_pronounce_each_person_with_their_biography(demo_db, tmp_path):
    planner = Planner(demo_db)
    japan = planner.missions.resolve("official-mission-japan-2017")
    ohmura = next(p for p in planner.people.search("Ohmura") if p["name"] == "OHMURA Hideaki")
    planner.people.update(ohmura["id"], honorific="H.E.")
    out = tmp_path / "pack.pdf"
    build_briefing(planner, japan, out, lang="en")
    annex = text_of(out)
    annex = " ".join(annex[annex.index("Hosts and counterparts"):].split())
    assert "H.E. OHMURA Hideaki" in annex
    assert "Form of address: Governor Ohmura" in annex and "Pronunciation: oh-moo-rah" in annex
    assert "signed the cooperation agreement with the Brussels-Capital Region" in annex


# Point 5: a brief that runs over several pages says so at the top of each following page.

def test_a_brief_over_several_pages_names_its_meeting_continued_in_each_following_header(db, tmp_path):
    mid = missions.create_mission(db, title="Test mission", start="2017-06-08", end="2017-06-11")
    missions.add_leg(db, mid, city="Tokyo", country="JP", timezone="Asia/Tokyo", arrive="2017-06-08T09:00",
                     depart="2017-06-11T18:00")
    meetings.create_meeting(db, mid, title="Marathon", timezone="Asia/Tokyo", city="Tokyo", status="confirmed",
                            start="2017-06-09T10:00", end="2017-06-09T18:00",
                            background="\n".join(f"Background paragraph {n}. " + "words " * 60 for n in range(40)))
    meetings.create_meeting(db, mid, title="Short call", timezone="Asia/Tokyo", city="Tokyo", status="confirmed",
                            start="2017-06-10T10:00", end="2017-06-10T11:00")
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(db), mid, out, lang="fr")
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    first = next(i for i, text in enumerate(pages) if "Background paragraph 0." in text)
    last = next(i for i, text in enumerate(pages) if "Background paragraph 39" in text)
    assert last > first + 1  # the brief runs over at least three pages
    for i in range(first + 1, last + 1):
        assert "Réunion 1 : Marathon (suite)" in pages[i], i
    assert "(suite)" not in pages[first]
    second = next(i for i, text in enumerate(pages) if "Short call" in text and i > last)
    assert "(suite)" not in pages[second] and not any("(suite)" in text for text in pages[second:])
