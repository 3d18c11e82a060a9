"""Errors carry a stable code and their parts, and the English sentence the command line prints comes
from one catalogue keyed by that code."""

import ast
from pathlib import Path

import pytest

from missionplanner import errors
from missionplanner.errors import ENGLISH, StaleEditError, ValidationError, param_names
from missionplanner.services import meetings, missions, people
from missionplanner.services.timeparse import parse_local_input
from missionplanner.services.timeutil import parse_iso_date

SRC = Path(errors.__file__).parent


def test_the_english_sentence_comes_from_the_catalogue_with_its_parts():
    exc = StaleEditError(code="edit.stale", kind="person", expected=3, stored=4)
    assert exc.plain == ("this person was changed by someone else since you opened it (your copy: version 3, "
                         "stored: version 4); reload it and apply your change again")
    assert exc.params == {"kind": "person", "expected": 3, "stored": 4}
    assert exc.parts() == ["person", "3", "4"]
    placed = ValidationError(code="list.too-long", field="decisions", where="meetings[2]", count=1234, limit=1000)
    assert str(placed) == "meetings[2]: decisions: has 1,234 entries; the limit is 1,000"
    assert placed.parts() == ["1,234", "1,000"]  # as the English shows them


def test_an_error_without_a_code_keeps_its_text():
    exc = ValidationError("something new", field="title")
    assert (exc.code, exc.params, exc.plain, str(exc)) == ("other", {}, "something new", "title: something new")
    assert exc.parts() == []


def test_a_code_needs_every_one_of_its_parts_and_no_sentence_beside_it():
    with pytest.raises(KeyError):
        ValidationError(code="mission.slug-taken")
    with pytest.raises(KeyError):
        ValidationError(code="no.such-code")
    with pytest.raises(TypeError):
        ValidationError("text", code="field.required")
    with pytest.raises(TypeError):
        ValidationError("text", slug="x")


def test_an_error_placed_again_keeps_its_code_and_parts():
    inner = ValidationError(code="email.invalid", field="email", value="'bob@'")
    outer = ValidationError.like(inner, field="people[0].email", where="mission.json")
    assert (outer.code, outer.params, outer.field, outer.where) == (
        "email.invalid", {"value": "'bob@'"}, "people[0].email", "mission.json")
    assert str(outer) == "mission.json: people[0].email: 'bob@' is not an e-mail address"
    assert ValidationError.like(ValidationError("free text"), field="x").plain == "free text"


def test_service_refusals_name_their_code_and_parts(db):
    with pytest.raises(ValidationError) as got:
        missions.create_mission(db, title="  ", start="2017-06-08", end="2017-06-11")
    assert (got.value.code, got.value.field) == ("field.required", "title")
    with pytest.raises(ValidationError) as got:
        missions.create_mission(db, title="Japan", start="2017-06-11", end="2017-06-08")
    assert got.value.code == "mission.ends-before-start"
    assert got.value.plain == "the mission ends (2017-06-08) before it starts (2017-06-11)"
    with pytest.raises(ValidationError) as got:
        parse_iso_date("9 juin", field="start")
    assert (got.value.code, got.value.params) == ("date.unreadable", {"text": "9 juin"})
    with pytest.raises(ValidationError) as got:
        parse_local_input("2017-03-26 02:30", "Europe/Brussels", field="start")
    assert (got.value.code, got.value.params["time"], got.value.params["zone"]) == (
        "time.gap", "2017-03-26 02:30", "Europe/Brussels")
    pid = people.create_person(db, given_name="Cécile", family_name="Jodogne")
    people.update_person(db, pid, version=1, title="Secretary of State")
    with pytest.raises(StaleEditError) as got:
        people.update_person(db, pid, version=1, title="Minister")
    assert got.value.code == "edit.stale-by"  # the audit names who saved the copy in the way
    assert {k: v for k, v in got.value.params.items() if k != "at"} == {
        "kind": "person", "by": db.user, "expected": 1, "stored": 2}


def test_a_followup_refused_inside_an_outcome_keeps_its_code(db, asia_tour):
    mid = asia_tour
    meeting = meetings.create_meeting(db, mid, title="Aichi", city="Tokyo", start="2017-06-09T10:00",
                                      end="2017-06-09T11:00", timezone="Asia/Tokyo")
    with pytest.raises(ValidationError) as got:
        meetings.log_outcome(db, meeting, None, outcome="Agreed", decisions=[],
                             followups=[{"action": "Send the note", "recurrence": "FREQ=MONTHLY"}])
    assert (got.value.code, got.value.field) == ("followup.recurring-needs-due", "followups[0].due")


def test_every_code_has_a_sentence_whose_parts_are_named():
    for code, sentence in ENGLISH.items():
        assert code == code.lower() and "." in code, code
        assert sentence.strip() == sentence and sentence, code
        names = param_names(code)
        sample = ValidationError(code=code, **{name: 7 for name in names})
        assert len(sample.parts()) == len(names)


# Files whose every error names a code (the GUI translates them); interop's are converted apart.
CONVERTED = ["services/validation.py", "services/timeutil.py", "services/timeparse.py", "services/lookup.py",
             "services/missions.py", "services/meetings.py", "services/followups.py", "services/agreements.py",
             "services/people.py", "services/search.py", "services/attachments.py", "services/duplicates.py",
             "services/slots.py", "services/checks.py", "store/database.py", "store/migrate.py", "output_files.py",
             "services/safety.py"]
ERROR_NAMES = {"MissionPlannerError", "ValidationError", "NotFoundError", "StaleEditError", "TimeInputError",
               "DatabaseOpenError", "NotADatabaseError", "NewerSchemaError", "ReadOnlyDatabaseError",
               "BusyDatabaseError", "DamagedDatabaseError", "OutputError", "RestoreError"}


def _uncoded_errors(path: Path) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        # A code passed by name, or inside a dict of parts (**parts) built beside it.
        if name in ERROR_NAMES and not any(k.arg in ("code", None) for k in node.keywords):
            lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("name", CONVERTED)
def test_every_error_raised_in_the_services_names_its_code(name):
    assert _uncoded_errors(SRC / name) == []


def test_a_refusal_inside_a_mission_file_keeps_its_code_with_its_place(db):
    from missionplanner.services.missionfile import MissionFileError, import_document

    doc = {"format": "missionplanner/1",
           "mission": {"title": "Japan", "start": "2017-06-08", "end": "2017-06-11"},
           "people": [{"key": "bob", "family_name": "Peeters", "email": "bob@"}]}
    with pytest.raises(MissionFileError) as got:
        import_document(db, doc, source="japan.json")
    assert (got.value.code, got.value.params, got.value.field) == ("email.invalid", {"value": "'bob@'"}, "email")
    assert str(got.value) == 'japan.json: people[0] "bob": email: \'bob@\' is not an e-mail address'


# Every error a user can see names its code: one raised with a bare sentence (code "other") could
# only be shown in English in a French or Dutch window.
CHECKED = ["services", "interop", "store", "briefing", "cli.py", "output_files.py"]


def _error_classes() -> tuple[set[str], set[str]]:
    """The names of MissionPlannerError and of every subclass defined in src/, and of those among
    them with an __init__ of their own (BatchError: it builds its code from the rows')."""
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in SRC.rglob("*.py")]
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    names, grew = {"MissionPlannerError"}, True
    while grew:
        grew = False
        for node in classes:
            bases = {b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in node.bases}
            if node.name not in names and bases & names:
                names.add(node.name)
                grew = True
    own_init = {node.name for node in classes if node.name in names
                and any(isinstance(f, ast.FunctionDef) and f.name == "__init__" for f in node.body)}
    return names, own_init - {"MissionPlannerError"}


def _raised_without_a_code(path: Path, names: set[str], own_init: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name in names and name not in own_init and not any(k.arg in ("code", None) for k in node.keywords):
            found.append(f"{path.relative_to(SRC)}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


@pytest.mark.parametrize("place", CHECKED)
def test_no_error_a_user_can_see_is_raised_without_a_code(place):
    names, own_init = _error_classes()
    assert {"ContactsError", "ICalError", "MissionFileError", "BackupError", "BatchError"} <= names
    paths = [SRC / place] if place.endswith(".py") else sorted((SRC / place).rglob("*.py"))
    assert [line for path in paths for line in _raised_without_a_code(path, names, own_init)] == []


def test_errors_of_the_files_a_user_imports_name_their_code(db, tmp_path):
    from missionplanner.interop.contacts import ContactsError, read_rows
    from missionplanner.interop.ics import _read
    from missionplanner.services.missionfile import MissionFileError, import_document, read_document

    doc = {"format": "missionplanner/1",
           "mission": {"title": "Japan", "start": "2017-06-08", "end": "2017-06-11"},
           "people": [{"key": "bob", "family_name": "Peeters"}, {"key": "bob", "family_name": "Smet"}]}
    with pytest.raises(MissionFileError) as got:
        import_document(db, doc, source="japan.json")
    assert (got.value.code, got.value.params, got.value.field) == ("missionfile.duplicate-key", {"key": "'bob'"}, "key")
    assert str(got.value) == "japan.json: people[1] \"bob\": key: duplicate key 'bob'"
    twice = tmp_path / "twice.json"
    twice.write_text('{"format": "missionplanner/1", "format": "x"}', encoding="utf-8")
    with pytest.raises(MissionFileError) as got:
        read_document(twice)
    assert (got.value.code, got.value.params) == ("missionfile.key-twice", {"key": "format"})
    assert got.value.plain == "the key 'format' appears twice in one object"
    with pytest.raises(ContactsError) as got:
        read_rows(b"Nom;Pr\xe9nom\x00", "contacts.csv")
    assert (got.value.code, got.value.where) == ("contacts.not-text", "contacts.csv")
    with pytest.raises(errors.MissionPlannerError) as got:
        _read(tmp_path / "none.ics")
    assert (got.value.code, got.value.plain) == ("file.no-such-file", f"{tmp_path / 'none.ics'}: no such file")


def test_a_stale_edit_names_the_colleague_and_the_time(db):
    """Two aides on one database (a server, or one file on a share): the second save is refused with
    the first aide's name and the time of their change, and nothing is overwritten."""
    from datetime import UTC, datetime

    from missionplanner.store.database import Database

    anne = Database(db.url, user="anne")
    try:
        pid = people.create_person(db, given_name="Cécile", family_name="Jodogne")
        people.update_person(anne, pid, version=1, title="Secretary of State")
        with pytest.raises(StaleEditError) as got:
            people.update_person(db, pid, version=1, title="Minister")
    finally:
        anne.dispose()
    assert got.value.params["by"] == "anne"
    at = datetime.strptime(got.value.params["at"], "%Y-%m-%d %H:%M UTC").replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - at).total_seconds()) < 120
    assert got.value.plain.startswith("anne changed this person at ")
    assert people.person_detail(db, pid)["title"] == "Secretary of State"
