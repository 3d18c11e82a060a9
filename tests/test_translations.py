"""Texts in the reader's language (issue 16, point 4): held in French, Dutch and English, undone,
carried by mission files, audited, and printed by the pack in the language asked for."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from missionplanner.briefing.catalogue import Catalogue
from missionplanner.briefing.pack import build_briefing
from missionplanner.cli import main
from missionplanner.errors import ValidationError
from missionplanner.model import AuditEntry
from missionplanner.services import meetings, missionfile, people
from missionplanner.services.briefing_data import city_name
from missionplanner.services.planner import Planner
from missionplanner.store import open_database

TODAY = date(2026, 11, 29)
JAPAN = "official-mission-japan-2017"
KOREA = "economic-mission-korea-2017"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def text_of(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return " ".join(raw.split())


@pytest.fixture
def trip(db, mission_id):
    """A mission typed in English: one meeting with a counterpart who has a biography."""
    ohmura = people.create_person(db, given_name="Hideaki", family_name="Ohmura", biography="Governor since 2011.")
    mid = meetings.create_meeting(db, mission_id, title="Courtesy call on the Governor",
                                  start="2017-06-09T10:00", end="2017-06-09T11:00", timezone="Asia/Tokyo",
                                  city="Tokyo", objectives="Confirm the cooperation.",
                                  talking_points=["Thank Aichi.", "Invite the Governor."],
                                  if_raised=[{"topic": "Dates", "line": "In the coming weeks."}],
                                  background="Agreement signed in May.", counterparts=[ohmura])
    return Planner(db), mission_id, mid, ohmura


def test_texts_are_held_per_language_beside_the_text_as_typed(trip):
    planner, _mission, mid, _p = trip
    planner.translations.set("meeting", mid, {"fr": {"objectives": "Confirmer la coopération.",
                                                     "talking_points": ["Remercier Aichi."]},
                                              "nl": {"title": "Hoffelijkheidsbezoek"}})
    held = planner.translations.get("meeting", mid)
    assert held["typed"]["objectives"] == "Confirm the cooperation."
    assert held["fr"] == {"objectives": "Confirmer la coopération.", "talking_points": ["Remercier Aichi."]}
    assert held["nl"] == {"title": "Hoffelijkheidsbezoek"} and held["en"] == {}
    # The meeting itself is unchanged: translations never overwrite what was typed.
    assert planner.meetings.get(mid)["objectives"] == "Confirm the cooperation."


def test_setting_returns_what_it_replaced_and_setting_that_back_undoes_it(trip):
    planner, _mission, mid, _p = trip
    first = planner.translations.set("meeting", mid, {"fr": {"objectives": "Confirmer."}})
    assert first == {"fr": {"objectives": None}}
    second = planner.translations.set("meeting", mid, {"fr": {"objectives": "Confirmer la coopération."}})
    assert second == {"fr": {"objectives": "Confirmer."}}
    planner.translations.set("meeting", mid, second)  # undo the second edit
    assert planner.translations.get("meeting", mid)["fr"] == {"objectives": "Confirmer."}
    planner.translations.set("meeting", mid, first)  # undo the first: nothing held any more
    assert planner.translations.get("meeting", mid)["fr"] == {}


def test_an_empty_text_removes_a_translation_and_bad_input_is_refused(trip):
    planner, _mission, mid, _p = trip
    planner.translations.set("meeting", mid, {"fr": {"background": "Accord signé en mai."}})
    planner.translations.set("meeting", mid, {"fr": {"background": "  "}})
    assert planner.translations.get("meeting", mid)["fr"] == {}
    with pytest.raises(ValidationError) as lang:
        planner.translations.set("meeting", mid, {"de": {"title": "Besuch"}})
    assert lang.value.code == "choice.unknown"
    with pytest.raises(ValidationError) as field:
        planner.translations.set("meeting", mid, {"fr": {"outcome": "Tenu."}})  # not a printed text
    assert field.value.code == "choice.unknown"
    with pytest.raises(ValidationError):
        planner.translations.set("meeting", mid, {"fr": {"if_raised": [{"topic": "Dates"}]}})


def test_each_change_is_in_the_audit_trail(trip):
    planner, _mission, mid, _p = trip
    planner.translations.set("meeting", mid, {"nl": {"objectives": "De samenwerking bevestigen."}})
    planner.translations.set("meeting", mid, {"nl": {"objectives": "Samenwerking bevestigen."}})
    with planner.db.read() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.changes)
                         .where(AuditEntry.entity_kind == "text_translations").order_by(AuditEntry.at)).all()
    assert [action for action, _c in rows] == ["create", "update"]
    assert rows[1].changes["value"] == ["De samenwerking bevestigen.", "Samenwerking bevestigen."]


def test_the_missing_list_names_each_meeting_and_field_not_in_that_language(trip):
    planner, mission, mid, ohmura = trip
    planner.translations.set("meeting", mid, {"fr": {"title": "Visite de courtoisie au Gouverneur",
                                                     "objectives": "Confirmer la coopération."}})
    missing = planner.translations.missing(mission, "fr")
    fields = [(m["kind"], m["record"], m["field"]) for m in missing]
    assert ("meeting", "Courtesy call on the Governor", "talking_points") in fields
    assert ("meeting", "Courtesy call on the Governor", "if_raised") in fields
    assert ("person", "Hideaki Ohmura", "biography") in fields
    assert ("mission", "Test mission", "title") in fields
    assert not any(m["field"] in ("title", "objectives") and m["kind"] == "meeting" for m in missing)
    assert not any(m["field"] == "reason" for m in missing)  # nothing typed: nothing to translate


def test_a_mission_file_carries_the_translations_and_reads_back_unchanged(trip, tmp_path):
    planner, mission, mid, ohmura = trip
    planner.translations.set("meeting", mid, {"fr": {"if_raised": [{"topic": "Dates", "line": "Sous peu."}]},
                                              "nl": {"talking_points": ["Aichi bedanken."]}})
    planner.translations.set("person", ohmura, {"fr": {"biography": "Gouverneur depuis 2011."}})
    planner.translations.set("mission", mission, {"en": {"title": "Test mission"}})
    doc = missionfile.export_mission(planner.db, mission)
    meeting = doc["meetings"][0]
    assert meeting["translations"]["fr"]["if_raised"] == [{"topic": "Dates", "line": "Sous peu."}]
    assert [p for p in doc["people"] if p.get("family_name") == "Ohmura"][0]["translations"] == {
        "fr": {"biography": "Gouverneur depuis 2011."}}
    other = open_database(tmp_path / "other.sqlite")
    try:
        doc["mission"]["slug"] = "copy"
        missionfile.import_document(other, json.loads(missionfile.dumps(doc)))
        again = missionfile.export_mission(other, "copy")
        assert again == doc
        assert Planner(other).translations.missing("copy", "nl") != []
    finally:
        other.dispose()


def test_files_without_translations_stay_valid_and_bad_ones_name_their_place(db):
    doc = {"format": "missionplanner/1",
           "mission": {"title": "Plain", "start": "2017-06-08", "end": "2017-06-09"},
           "meetings": [{"title": "Talk", "start": "2017-06-08T10:00", "end": "2017-06-08T11:00",
                         "timezone": "Europe/Brussels"}]}
    missionfile.import_document(db, doc)
    assert "translations" not in missionfile.export_mission(db, "plain")["meetings"][0]
    doc["mission"]["slug"] = "other"
    doc["meetings"][0]["translations"] = {"fr": {"venue": "Salle"}}
    with pytest.raises(missionfile.MissionFileError) as exc:
        missionfile.import_document(db, doc, source="x.json")
    assert 'meetings[0] "Talk"' in str(exc.value) and "venue" in str(exc.value)


def test_cities_take_their_cldr_name_only_when_they_are_their_zones_city():
    assert city_name("Seoul", "Asia/Seoul", "fr") == "Séoul"
    assert city_name("Brussels", "Europe/Brussels", "nl") == "Brussel"
    assert city_name("Brussels", "Europe/Brussels", "fr") == "Bruxelles"
    assert city_name("Nagoya", "Asia/Tokyo", "fr") == "Nagoya"  # CLDR knows Tokyo only
    assert city_name("Tokyo", "Asia/Tokyo", "nl") == "Tokio"


@needs_poppler
def test_the_french_pack_prints_the_french_objective_and_marks_the_fallback(trip, tmp_path):
    planner, mission, mid, _p = trip
    planner.translations.set("meeting", mid, {"fr": {"objectives": "Confirmer la coopération avec Aichi."}})
    out = tmp_path / "fr.pdf"
    build_briefing(planner, mission, out, lang="fr", today=TODAY)
    text = text_of(out)
    assert "Confirmer la coopération avec Aichi." in text and "Confirm the cooperation." not in text
    mark = Catalogue("fr")["untranslated_mark"]
    assert f"{mark} Agreement signed in May." in text  # the background, as typed, marked
    assert f"{mark} Thank Aichi." in text
    english = tmp_path / "en.pdf"
    planner.translations.set("meeting", mid, {"en": {"objectives": "Confirm the cooperation with Aichi."}})
    build_briefing(planner, mission, english, lang="en", today=TODAY)
    assert "Confirm the cooperation with Aichi." in text_of(english)


@needs_poppler
def test_the_demo_prints_in_each_language_without_a_fallback_and_seoul_is_seoul_in_french(demo_db, tmp_path):
    planner = Planner(demo_db)
    for lang in ("fr", "nl", "en"):
        for mission in (JAPAN, KOREA):
            assert planner.translations.missing(mission, lang) == [], (mission, lang)
    out = tmp_path / "korea-fr.pdf"
    build_briefing(planner, KOREA, out, lang="fr", today=TODAY)
    text = text_of(out)
    assert "Séoul (서울), Corée du Sud" in text and "Réception de la délégation d'entreprises belges" in text
    assert Catalogue("fr")["untranslated_mark"] not in text
    nl = tmp_path / "japan-nl.pdf"
    build_briefing(planner, JAPAN, nl, lang="nl", today=TODAY)
    assert "Onderhoud met de vicegouverneur van Aichi" in text_of(nl)


def test_brief_lists_what_is_missing_on_stderr_before_printing(trip, tmp_path, capsys):
    planner, mission, mid, _p = trip
    planner.translations.set("meeting", mid, {"nl": {"title": "Hoffelijkheidsbezoek bij de gouverneur"}})
    out = tmp_path / "nl.pdf"
    assert main(["--db", planner.db.location, "brief", mission, "-o", str(out), "--lang", "nl"]) == 0
    err = capsys.readouterr().err
    assert "texts not in Dutch will print as typed" in err
    assert 'meeting "Courtesy call on the Governor": objectives, talking points, if raised, background' in err
    assert 'person "Hideaki Ohmura": biography' in err
    # Said before the pack is laid out: the file is not there yet when the list comes.
    seen = []
    again = tmp_path / "again.pdf"
    build_briefing(planner, mission, again, lang="nl", today=TODAY,
                   on_untranslated=lambda missing: seen.append((len(missing), again.exists())))
    assert seen == [(len(planner.translations.missing(mission, "nl")), False)] and again.exists()


def test_on_postgresql_a_translation_is_a_synced_record(postgres_db):
    """Stamped with its transaction's server version, and its delete leaves a tombstone (SYNC.md)."""
    import psycopg
    from sqlalchemy.engine import make_url

    planner = Planner(postgres_db)
    mission = planner.missions.create(title="Japan", start="2017-06-08", end="2017-06-11")
    planner.translations.set("mission", mission, {"fr": {"title": "Mission au Japon"}})
    url = make_url(postgres_db.url)
    with psycopg.connect(host=url.host, port=url.port, user=url.username, dbname=url.database) as conn:
        (row_id, version), = conn.execute("SELECT id, server_version FROM text_translations").fetchall()
        assert version > 1
        planner.translations.set("mission", mission, {"fr": {"title": ""}})
        graves = conn.execute("SELECT table_name FROM sync_tombstone WHERE id = %s", (row_id,)).fetchall()
    assert graves == [("text_translations",)]


@needs_poppler
def test_a_previous_meeting_is_named_by_its_french_title_in_the_french_pack(trip, tmp_path):
    planner, mission, _mid, ohmura = trip
    earlier = planner.missions.create(title="State Visit", start="2016-10-10", end="2016-10-14")
    planner.missions.add_leg(earlier, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                             arrive="2016-10-10T09:00", depart="2016-10-14T18:00")
    past = planner.meetings.create(earlier, title="Audience with the Governor", start="2016-10-12T10:00",
                                   end="2016-10-12T11:00", timezone="Asia/Tokyo", city="Tokyo",
                                   status="held", counterparts=[ohmura])
    planner.translations.set("meeting", past, {"fr": {"title": "Audience chez le Gouverneur"}})
    planner.translations.set("mission", earlier, {"fr": {"title": "Visite d'État"}})
    out = tmp_path / "fr.pdf"
    build_briefing(planner, mission, out, lang="fr", today=TODAY)
    text = text_of(out)
    assert "Visite d'État : Audience chez le Gouverneur" in text  # (text_of folds the no-break space)
    assert "Audience with the Governor" not in text


@needs_poppler
def test_descriptions_agreements_and_mission_notes_print_in_french_and_a_gap_is_listed(demo_db, tmp_path):
    planner = Planner(demo_db)
    out = tmp_path / "japan-fr.pdf"
    build_briefing(planner, JAPAN, out, lang="fr", today=TODAY)
    text = text_of(out)
    assert "Brasserie bruxelloise participative" in text  # the key figures, from the description
    assert "Participative Brussels brewery" not in text
    assert "Accord de coopération Préfecture d'Aichi / Région de Bruxelles-Capitale" in text
    assert "Collaboration économique et culturelle." in text and "Economic and cultural" not in text
    assert "Brève mission officielle" in text and "Short official mission" not in text
    d = planner.briefing.data(JAPAN)
    louise = next(o for o in d["organizations"] if o["name"].startswith("Louise"))
    planner.translations.set("organization", louise["id"], {"nl": {"description": None}})
    assert planner.translations.missing(JAPAN, "nl") == [
        {"kind": "organization", "id": louise["id"], "record": louise["name"], "field": "description"}]
    assert planner.translations.missing(JAPAN, "fr") == []
