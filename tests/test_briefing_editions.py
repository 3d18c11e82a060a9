"""The protocol officer's review of the briefing pack (issue 16), points 8, 9, 10 and 11.

8. terminology as Belgian administrations write it (docs/glossary.md), French no-break spaces;
9. two editions: the minister's pack (no scheduling problems, no follow-up tracking, a DRAFT
   watermark on every page while a meeting is unconfirmed) and the private office's working pack;
10. document control on the cover and in the PDF's metadata;
11. zones, phone numbers and e-mail addresses readable; the annex of people grouped and ordered.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from missionplanner.briefing.catalogue import Catalogue
from missionplanner.briefing.pack import build_briefing
from missionplanner.cli import main
from missionplanner.errors import ValidationError
from missionplanner.services import meetings
from missionplanner.services.planner import Planner

JAPAN = "official-mission-japan-2017"
KOREA = "economic-mission-korea-2017"
TODAY = date(2026, 11, 29)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def pages_of(pdf: Path) -> list[str]:
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = [" ".join(page.split()) for page in raw.split("\f")]
    return pages[:-1] if pages and not pages[-1] else pages


@pytest.fixture
def japan_with_a_clash(demo_db):
    """The demo's Japan mission with a call that overlaps the head of mission's first meeting: a
    scheduling problem (overlap) the working pack flags and the minister's does not."""
    planner = Planner(demo_db)
    d = planner.briefing.data(JAPAN)
    meetings.create_meeting(demo_db, d["id"], title="Call with the press office", timezone="Asia/Tokyo",
                            city="Tokyo", start="2017-06-08T15:30", end="2017-06-08T16:00", status="confirmed",
                            delegation=[d["lead"]["id"]])
    problems = planner.briefing.problems(d["id"])
    assert any(p["code"] == "overlap" for p in problems)
    return demo_db, problems


# 9. Two editions -----------------------------------------------------------------------------------

@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_the_ministers_pack_has_no_problem_text_and_no_follow_up_tracking(japan_with_a_clash, tmp_path, lang):
    db, problems = japan_with_a_clash
    cat = Catalogue(lang)
    out = tmp_path / "minister.pdf"
    build_briefing(Planner(db), JAPAN, out, lang=lang, today=TODAY)  # the minister's edition by default
    text = " ".join(pages_of(out))
    for absent in (cat.plural("problems_count", len(problems)), cat["severity_error"], cat["severity_warning"],
                   cat["overdue"], cat["open_followups"], cat["points_outstanding"], "OVERDUE", "en retard",
                   "EN RETARD", "ACHTERSTALLIG", "Propose a first working programme under the cooperation"):
        assert absent not in text, absent
    for p in problems:
        assert " ".join(cat.problem(p).split()) not in text
    assert "Call with the press office" in text  # the meeting itself is in the programme


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_working_pack_shows_problems_points_outstanding_and_follow_ups(japan_with_a_clash, tmp_path, lang):
    db, problems = japan_with_a_clash
    cat = Catalogue(lang)
    out = tmp_path / "working.pdf"
    build_briefing(Planner(db), JAPAN, out, lang=lang, today=TODAY, edition="working")
    pages = pages_of(out)
    text = " ".join(pages)
    assert cat.plural("problems_count", len(problems)) in text
    overlap = next(p for p in problems if p["code"] == "overlap")
    assert " ".join(cat.problem(overlap).split()) in text
    for present in (cat["open_followups"], cat["overdue"], cat["points_outstanding"],
                    "Propose a first working programme under the cooperation agreement",
                    {"en": "Interpreter to be confirmed; gift to be confirmed.",  # in the pack's language
                     "fr": "Interprète à confirmer ; cadeau à confirmer."}[lang], cat["name_to_be_confirmed"]):
        assert present in text, present
    assert cat["edition_working"] in pages[0]
    assert all(cat["edition_working"] in page for page in pages[1:])  # the header of every page


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_a_mission_with_a_proposed_meeting_is_marked_draft_on_every_page(demo_db, tmp_path, lang):
    cat = Catalogue(lang)
    out = tmp_path / "korea.pdf"
    build_briefing(Planner(demo_db), KOREA, out, lang=lang, today=TODAY)  # its 6 meetings: proposed or requested
    reader = PdfReader(str(out))
    assert len(reader.pages) > 3
    for n, page in enumerate(reader.pages, 1):
        # the diagonal watermark: one picture across the page, under the text
        marks = [i for i in page.images if i.image.width > 500 and i.image.height > 500]
        assert len(marks) == 1, n
        text = " ".join(page.extract_text().split())
        if n == 1:
            assert f"{cat['draft_mark']} — {cat.plural('n_unconfirmed', 6)}" in text
        else:
            assert f"{cat['briefing_pack']} — {cat['draft_mark']}" in text, n  # and in words, in the header


def test_a_fully_confirmed_mission_has_no_draft_marking(demo_db, tmp_path):
    out = tmp_path / "japan.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, today=TODAY)  # held and confirmed meetings only
    reader = PdfReader(str(out))
    assert all(not page.images for page in reader.pages)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "DRAFT" not in text and "still to be confirmed" not in text


def test_the_working_pack_is_not_marked_draft(demo_db, tmp_path):
    out = tmp_path / "korea-working.pdf"
    build_briefing(Planner(demo_db), KOREA, out, today=TODAY, edition="working")
    reader = PdfReader(str(out))
    assert all(not page.images for page in reader.pages)
    assert "Meetings still to be confirmed" not in reader.pages[0].extract_text()


def test_the_watermark_is_one_picture_shown_by_every_page(demo_db, tmp_path):
    out = tmp_path / "korea.pdf"
    build_briefing(Planner(demo_db), KOREA, out, today=TODAY)
    pdf = out.read_bytes()
    assert pdf.count(b"/Subtype /Image") == 2  # the picture and its transparency, stored once


def test_an_unknown_edition_is_refused_before_anything_is_written(demo_db, tmp_path):
    out = tmp_path / "x.pdf"
    with pytest.raises(ValidationError) as caught:
        build_briefing(Planner(demo_db), JAPAN, out, edition="press")
    assert caught.value.field == "edition"
    assert not out.exists()


@needs_poppler
def test_cli_brief_makes_the_ministers_pack_and_the_working_pack_on_request(tmp_path, capsys):
    path = str(tmp_path / "cli.sqlite")
    assert main(["--db", path, "demo"]) == 0
    capsys.readouterr()
    minister, working = tmp_path / "minister.pdf", tmp_path / "working.pdf"
    assert main(["--db", path, "brief", KOREA, "-o", str(minister)]) == 0
    assert main(["--db", path, "brief", KOREA, "-o", str(working), "--edition", "working"]) == 0
    assert "Briefing pack — DRAFT" in pages_of(minister)[2]
    assert "Working edition (private office)" in pages_of(working)[0]
    with pytest.raises(SystemExit) as caught:
        main(["--db", path, "brief", KOREA, "-o", str(tmp_path / "x.pdf"), "--edition", "press"])
    assert caught.value.code == 2
    assert not (tmp_path / "x.pdf").exists()


# 10. Document control ------------------------------------------------------------------------------

ISSUED = datetime(2026, 11, 29, 9, 45, tzinfo=timezone.utc)  # 10:45 in Brussels


@needs_poppler
@pytest.mark.parametrize("lang, expected", [
    ("en", ["Version Version 1", "Issued 29 November 2026, 10:45 (Brussels time)", "Drafting officer A. Peeters",
            "Copy number 3", "Distribution Private office of the Secretary of State Embassy of Belgium, Tokyo"]),
    ("fr", ["Version Version 1", "Émis le 29 novembre 2026 à 10:45 (heure de Bruxelles)", "Rédigé par A. Peeters",
            "Exemplaire n° 3", "Distribution Private office of the Secretary of State Embassy of Belgium, Tokyo"]),
    ("nl", ["Versie Versie 1", "Uitgegeven op 29 november 2026 om 10:45 (tijd in Brussel)",
            "Opgesteld door A. Peeters", "Exemplaar nr. 3", "Verspreiding Private office"]),
])
def test_the_cover_carries_version_issue_time_drafting_officer_copy_and_distribution(demo_db, tmp_path, lang,
                                                                                     expected):
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, lang=lang, classification="Restricted", issued_at=ISSUED,
                   drafting_officer="A. Peeters", copy_number=3,
                   distribution="Private office of the Secretary of State; Embassy of Belgium, Tokyo")
    cover = pages_of(out)[0]
    for text in expected:
        assert text in cover, text
    assert "Mission Planner" not in cover  # the producer is named in the metadata, not on the cover


def test_the_metadata_hold_title_classification_language_author_and_producer(demo_db, tmp_path):
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, lang="fr", classification="Diffusion restreinte",
                   drafting_officer="A. Peeters", today=TODAY)
    reader = PdfReader(str(out))
    meta = reader.metadata
    assert meta.title == "Dossier de briefing\u00a0: Mission officielle au Japon"  # the demo's French title
    assert "DIFFUSION RESTREINTE" in meta.subject and "Édition ministre" in meta.subject
    assert "DIFFUSION RESTREINTE" in meta["/Keywords"] and "Version 1" in meta["/Keywords"]
    assert meta.author == "A. Peeters"
    assert meta.producer == "Mission Planner" and meta.creator == "Mission Planner"
    assert reader.trailer["/Root"]["/Lang"] == "fr-BE"


def test_the_report_carries_its_classification_and_language_in_its_metadata(demo_db, tmp_path):
    from missionplanner.briefing.report import build_report

    out = tmp_path / "report.pdf"
    build_report(Planner(demo_db), JAPAN, out, lang="nl", classification="Beperkte verspreiding", today=TODAY)
    reader = PdfReader(str(out))
    assert reader.metadata.subject == "Missieverslag. Classificatie: BEPERKTE VERSPREIDING"
    assert "BEPERKTE VERSPREIDING" in reader.metadata["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "nl-BE"


def test_an_unclassified_pack_says_so_in_its_metadata_and_the_default_drafter_is_the_database_user(
        demo_db, tmp_path):
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, lang="nl", edition="working", today=TODAY)
    meta = PdfReader(str(out)).metadata
    assert Catalogue("nl")["unclassified"] in meta.subject and "Werkversie" in meta.subject
    assert meta.author == demo_db.user


@pytest.mark.parametrize("kwargs, field", [
    ({"copy_number": 0}, "copy_number"), ({"copy_number": "3"}, "copy_number"),
    ({"drafting_officer": "A\nB"}, "drafting_officer"), ({"distribution": ["x" * 201]}, "distribution"),
])
def test_bad_document_control_is_refused(demo_db, tmp_path, kwargs, field):
    out = tmp_path / "x.pdf"
    with pytest.raises(ValidationError) as caught:
        build_briefing(Planner(demo_db), JAPAN, out, **kwargs)
    assert caught.value.field == field and not out.exists()


@needs_poppler
def test_cli_document_control_options(tmp_path, capsys):
    path = str(tmp_path / "cli.sqlite")
    assert main(["--db", path, "demo"]) == 0
    pack = tmp_path / "pack.pdf"
    assert main(["--db", path, "brief", JAPAN, "-o", str(pack), "--drafting-officer", "A. Peeters",
                 "--copy-number", "2", "--distribution", "Cabinet; Embassy Tokyo"]) == 0
    cover = pages_of(pack)[0]
    assert "Drafting officer A. Peeters" in cover and "Copy number 2" in cover
    assert "Distribution Cabinet Embassy Tokyo" in cover
    capsys.readouterr()
    with pytest.raises(SystemExit) as caught:
        main(["--db", path, "brief", JAPAN, "-o", str(tmp_path / "x.pdf"), "--copy-number", "zero"])
    assert caught.value.code == 2
    assert "--copy-number" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


# 11. Zones, phone numbers and e-mail addresses, the annex of people, bold native names -------------

@pytest.mark.parametrize("lang, zone_name, at, expected", [
    ("en", "Asia/Tokyo", datetime(2017, 6, 9, tzinfo=timezone.utc),
     "Japan Standard Time (UTC+9), 7\u00a0h ahead of Brussels"),
    ("en", "Asia/Tokyo", datetime(2017, 1, 9, tzinfo=timezone.utc),  # Brussels on winter time: 8 h
     "Japan Standard Time (UTC+9), 8\u00a0h ahead of Brussels"),
    ("fr", "Asia/Tokyo", datetime(2017, 6, 9, tzinfo=timezone.utc),
     "Heure normale du Japon (UTC+9), 7\u00a0h d’avance sur Bruxelles"),
    ("nl", "Asia/Seoul", datetime(2017, 6, 12, tzinfo=timezone.utc),
     "Koreaanse standaardtijd (UTC+9), 7\u00a0u voor op Brussel"),
    ("en", "Asia/Kolkata", datetime(2017, 6, 9, tzinfo=timezone.utc),
     "India Standard Time (UTC+5:30), 3\u00a0h\u00a030 ahead of Brussels"),
    ("fr", "America/New_York", datetime(2017, 6, 9, tzinfo=timezone.utc),
     "Heure d’été de l’Est nord-américain (UTC\u22124), 6\u00a0h de retard sur Bruxelles"),
    ("nl", "Europe/Paris", datetime(2017, 6, 9, tzinfo=timezone.utc),
     "Midden-Europese zomertijd (UTC+2), dezelfde tijd als in Brussel"),
])
def test_a_zone_is_named_with_its_offset_and_the_difference_with_home_at_the_missions_dates(lang, zone_name,
                                                                                           at, expected):
    assert Catalogue(lang).zone_description(zone_name, at, "Europe/Brussels") == expected


@needs_poppler
@pytest.mark.parametrize("lang, expected", [
    ("en", "Japan Standard Time (UTC+9), 7 h ahead of Brussels"),
    ("fr", "Heure normale du Japon (UTC+9), 7 h d’avance sur Bruxelles"),
    ("nl", "Japanse standaardtijd (UTC+9), 7 u voor op Brussel"),
])
def test_the_pack_names_zones_for_people_not_by_their_iana_names(demo_db, tmp_path, lang, expected):
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, lang=lang, today=TODAY)
    text = " ".join(pages_of(out))
    assert text.count(expected) >= 5  # the stay in Tokyo and each of the four meetings
    assert "Asia/Tokyo" not in text


LONG_EMAIL = "cecile.jodogne.cabinet@commerce.brussels.be"
LONGEST_EMAIL = "cecile.jodogne.secretariat-commerce-exterieur@gov.brussels.example"
PHONE = "+32 2 800 38 00"


@pytest.fixture
def contacts_db(demo_db):
    """The Japan mission's head of mission with a long e-mail address and a phone number."""
    from missionplanner.services import people

    planner = Planner(demo_db)
    lead = planner.briefing.data(JAPAN)["lead"]
    with demo_db.write() as s:
        from missionplanner.model import Person

        person = s.get(Person, lead["id"])
        person.email, person.phone, person.mobile = LONG_EMAIL, PHONE, "+32 470 12 34 56"
    assert people  # the service module is what the app writes through; a direct write keeps this short
    return demo_db


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_phone_numbers_and_addresses_are_never_broken_across_lines(contacts_db, tmp_path, lang):
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(contacts_db), JAPAN, out, lang=lang, today=TODAY)
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True,
                         text=True).stdout
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    for value, places in ((LONG_EMAIL, 2), ("+32 470 12 34 56", 2), (PHONE, 1)):
        whole = sum(value in line for line in lines)
        assert whole >= places, value  # the delegation table (mobile, e-mail) and the annex, on one line
        for part in value.split()[:-1]:  # no line ends inside it
            assert not any(line.endswith(part) and value not in line for line in lines
                           if part in line and line.endswith(part) and len(part) > 3), (value, part)
    head = LONG_EMAIL[:20]
    assert all(LONG_EMAIL in line for line in lines if head in line)


def test_an_address_too_long_even_set_small_is_cut_before_its_at_sign_only():
    from missionplanner.briefing.writer import MIN_CONTACT_SIZE, Writer

    w = Writer("en")
    assert w.unbroken(PHONE, 200) == "+32\u00a02\u00a0800\u00a038\u00a000"
    assert 'size="' in w.unbroken(LONG_EMAIL, 150)  # set smaller, on one line
    size = float(w.unbroken(LONG_EMAIL, 150).split('size="')[1].split('"')[0])
    assert MIN_CONTACT_SIZE <= size < 8.5
    assert w.fonts.string_width(LONG_EMAIL, size) <= 150
    user, domain = w.unbroken(LONGEST_EMAIL, 150).split("<br/>")
    assert "cecile.jodogne.secretariat-commerce-exterieur" in user and "@gov.brussels.example" in domain


@needs_poppler
def test_the_annex_lists_our_delegation_then_the_hosts_each_by_organization_and_name(demo_db, tmp_path):
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, today=TODAY)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)  # story order
    annex = text[text.rindex("Annex A: People"):text.rindex("Annex B: Organizations")]
    ours, hosts = annex.index("Our delegation"), annex.index("Hosts and counterparts")
    assert ours < hosts
    assert ours < annex.index("Cécile Jodogne") < hosts
    assert hosts < annex.index("OHMURA Hideaki")
    # hosts by organization: Aichi Prefecture's people, then Brussels Beer Project's, then Sakae-Machi's
    assert annex.index("OHMURA Hideaki") < annex.index("Manager, Brussels Beer Project") < \
        annex.index("Representative of the Sakae-Machi district")


def test_order_of_the_annex_folds_case_and_accents(demo_db):
    from missionplanner.briefing.pack import _fold

    names = ["Ezra", "Élysée", "eiffel", "Zoë", "Ångström"]
    assert sorted(names, key=_fold) == ["Ångström", "eiffel", "Élysée", "Ezra", "Zoë"]


def test_a_bold_name_draws_its_japanese_part_bold_too(demo_db, tmp_path):
    """IPAGothic has no bold face: the native name in a bold heading or name cell is drawn in text
    render mode 2 (filled, then outlined), not left in regular weight beside a bold romanised name."""
    from missionplanner.briefing.fonts import JAPANESE_BOLD
    from missionplanner.briefing.writer import FakeBoldPara, Para, Writer

    w = Writer("en")
    heading = w.p("OHMURA Hideaki\u00a0\u00a0大村秀章", w.st.h3)
    plain = w.p("OHMURA Hideaki\u00a0\u00a0大村秀章", w.st.body)
    if JAPANESE_BOLD in w.fonts.faces:
        pytest.skip("a bold Japanese face is installed: it is used instead")
    assert isinstance(heading, FakeBoldPara) and type(plain) is Para
    assert type(w.p("Cécile Jodogne", w.st.h3)) is Para  # Latin bold has its face
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, today=TODAY)
    reader = PdfReader(str(out))
    annex = next(page for page in reader.pages if "Annex A: People" in page.extract_text()
                 and "Our delegation" in page.extract_text())
    assert b"2 Tr" in annex.get_contents().get_data()


# 8. Terminology ----------------------------------------------------------------------------------

GLOSSARY = Path(__file__).resolve().parent.parent / "docs" / "glossary.md"


def _outside_placeholders(text: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", text)


def test_every_french_string_has_a_no_break_space_before_its_high_punctuation():
    from missionplanner.briefing.catalogue import LABELS, PLURALS

    french = [(key, values[1]) for key, values in LABELS.items()]
    french += [(key, text) for key, values in PLURALS.items() for text in values[1].values()]
    for key, text in french:
        text = _outside_placeholders(text)
        for match in re.finditer(r"[:;?!]", text):
            before = text[match.start() - 1] if match.start() else ""
            assert before in ("\u00a0", "\u202f"), (key, text)
        assert "« " not in text and " »" not in text, (key, text)


def _glossary_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*`([\w-]+)`\s*\|([^|]*)\|([^|]*)\|([^|]*)\|", line)
        if match:
            rows.append(tuple(part.strip() for part in match.groups()))
    return rows


def test_the_catalogue_uses_the_glossarys_terms():
    from missionplanner.briefing.catalogue import LABELS

    rows = _glossary_rows()
    assert len(rows) >= 25
    for key, en, fr, nl in rows:
        assert LABELS[key] == (en, fr, nl), key
    terms = {term for row in rows for term in row[1:]}
    for required in ("Fiches d'entretien", "Compte rendu de mission", "Éléments de langage", "Spreekpunten",
                     "Persoonlijkheidsfiches", "Niet geclassificeerd"):
        assert required in terms
    assert "Beperkte verspreiding" in GLOSSARY.read_text(encoding="utf-8")
    everything = " ".join(text for values in LABELS.values() for text in values)
    for retired in ("Notes de réunion", "Rapport de résultats", "Te maken punten", "Persoonlijkheidsnota",
                    "gerubriceerd", "Rubricering", "Points à faire valoir"):
        assert retired not in everything, retired


@needs_poppler
@pytest.mark.parametrize("lang, present, absent", [
    ("fr", ["FICHES D'ENTRETIEN", "Éléments de langage", "Fiches biographiques", "Non classifié",
            "Parties : Aichi Prefecture", "GSM : +32"], ["Notes de réunion", "Points à faire valoir", "Parties:"]),
    ("nl", ["GESPREKSFICHES", "Spreekpunten", "Persoonlijkheidsfiches", "Niet geclassificeerd", "Gsm: +32"],
     ["Te maken punten", "Persoonlijkheidsnota", "gerubriceerd"]),
])
def test_the_pack_reads_as_the_administrations_write(demo_db, tmp_path, lang, present, absent):
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, lang=lang, today=TODAY)
    text = " ".join(pages_of(out))
    for term in present:
        assert term in text, term
    for term in absent:
        assert term not in text, term
