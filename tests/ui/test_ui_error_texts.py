"""Service errors in the interface language, built from their code and parts (no reading the English
back); in English, the service's own sentence."""

import re

import pytest

from missionplanner.errors import ENGLISH, StaleEditError, ValidationError, param_names
from missionplanner.services import people
from missionplanner.services.timeutil import parse_iso_date
from missionplanner.ui import i18n
from missionplanner.ui.messages import TEMPLATES, error_text, translate_error


@pytest.fixture
def language(qapp):
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")


def _sample(code: str) -> ValidationError:
    return ValidationError(code=code, **{name: 11 + i for i, name in enumerate(param_names(code))})


def test_every_code_has_a_template_with_one_place_per_part():
    assert set(TEMPLATES) == set(ENGLISH)
    for code, template in TEMPLATES.items():
        places = {int(n) for n in re.findall(r"%(\d+)", template)}
        assert places == set(range(1, len(param_names(code)) + 1)), code


def test_english_window_shows_the_service_sentence_for_every_code(qapp, language):
    language("en")
    for code in ENGLISH:
        sample = _sample(code)
        # The window writes an ellipsis where the terminal gets three dots.
        assert translate_error(sample) == sample.plain.replace("...", "…"), code


def test_french_window_shows_a_stale_edit_a_required_field_and_a_bad_date_in_french(qapp, language, db):
    pid = people.create_person(db, given_name="Cécile", family_name="Jodogne")
    people.update_person(db, pid, version=1, title="Secretary of State")
    with pytest.raises(StaleEditError) as stale:
        people.update_person(db, pid, version=1, title="Minister")
    with pytest.raises(ValidationError) as empty:
        people.create_person(db, given_name="Bo", family_name=" ")
    with pytest.raises(ValidationError) as bad_date:
        parse_iso_date("9 juin", field="due")
    language("fr")
    assert error_text(stale.value).startswith(f"{db.user} a modifié cet élément (personne) le ")
    assert "version 1" in error_text(stale.value) and "version 2" in error_text(stale.value)
    assert error_text(empty.value) == "Nom de famille: est obligatoire et ne peut pas être vide"
    assert error_text(empty.value, beside_field=True) == "est obligatoire et ne peut pas être vide"
    assert error_text(bad_date.value, beside_field=True) == "impossible de lire '9 juin' comme une date (AAAA-MM-JJ)"
    language("en")
    assert error_text(empty.value) == "Family name: is required and may not be empty"


def test_an_error_without_a_code_is_shown_as_it_came(qapp, language):
    language("fr")
    assert error_text(ValidationError("something new")) == "something new"


def test_french_window_shows_a_damaged_and_a_read_only_database_in_french(qapp, language, tmp_path):
    from missionplanner.errors import MissionPlannerError
    from missionplanner.services import missions
    from missionplanner.store.database import Database, open_database
    from missionplanner.store.paths import database_url

    path = tmp_path / "mp.sqlite"
    db = open_database(path)
    missions.create_mission(db, title="Japan", start="2017-06-08", end="2017-06-11")
    db.dispose()
    read_only = Database(database_url(path), read_only=True)
    try:
        with pytest.raises(MissionPlannerError) as refused:
            missions.create_mission(read_only, title="Korea", start="2017-06-12", end="2017-06-16")
    finally:
        read_only.dispose()
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 8] = b"\xff" * (4096 * 6)  # whole pages overwritten, the header intact
    path.write_bytes(bytes(data))
    with pytest.raises(MissionPlannerError) as damaged:
        open_database(path, auto_backup=False)  # found by the check at open, before any command
    language("fr")
    assert error_text(refused.value) == (f"{path} est en lecture seule (fichier, dossier ou support en lecture "
                                         "seule) ; il peut être lu, pas modifié ; rien n’a été modifié")
    assert error_text(damaged.value).startswith(f"{path} est endommagé (")
    assert "rien n’a été écrit" in error_text(damaged.value)


def test_french_window_shows_a_mission_file_refusal_and_a_calendar_limit_in_french(qapp, language, db):
    from missionplanner.services.missionfile import MissionFileError, import_document

    doc = {"format": "missionplanner/1",
           "mission": {"title": "Japan", "start": "2017-06-08", "end": "2017-06-11"},
           "people": [{"key": "bob", "family_name": "Peeters"}, {"key": "bob", "family_name": "Smet"}],
           "legs": "Tokyo"}
    with pytest.raises(MissionFileError) as twice:
        import_document(db, doc, source="japan.json")
    doc["people"].pop()
    with pytest.raises(MissionFileError) as not_a_list:
        import_document(db, doc, source="japan.json")
    limit = ValidationError(code="calendar.too-many-meetings", count=5000, limit=5000, adding=12)
    language("fr")
    assert error_text(twice.value) == "japan.json: people[1] \"bob\": key: clé en double 'bob'"
    assert error_text(not_a_list.value) == "japan.json: legs: liste attendue, reçu un texte"
    assert error_text(limit) == ("la mission compte 5,000 réunions ; la limite est de 5,000 par mission : ce "
                                 "fichier en ajouterait 12 de plus")
    language("nl")
    assert error_text(twice.value) == "japan.json: people[1] \"bob\": key: dubbele sleutel 'bob'"
    language("en")
    assert error_text(not_a_list.value) == "japan.json: legs: expected a list, got a text"


def test_many_rows_refused_say_the_first_in_the_window_language(qapp, language):
    from missionplanner.services.batch import BatchError

    rows = [("line 3", ValidationError(code="field.missing", field="title")),
            ("line 9", ValidationError(code="field.missing", field="title"))]
    many = ValidationError.like(BatchError(rows), where="agenda.ics: line 3", field="title")
    assert many.plain == "is required (and 1 more rows)"
    language("fr")
    assert error_text(many) == "agenda.ics: line 3: Titre: est obligatoire (et 1 ligne(s) de plus)"
