"""Contacts (issue 18): Japanese and Korean names typed in the name columns are shown family name
first, as their owners write them; a workbook's dry run speaks of rows, not lines."""

from __future__ import annotations

from openpyxl import Workbook
from sqlalchemy import select

from missionplanner.cli import main
from missionplanner.interop.contacts import import_contacts
from missionplanner.model import Person
from missionplanner.services.planner import Planner


def names(db) -> list[tuple[str, str]]:
    with db.read() as s:
        return sorted((p.display_name, p.name_order) for p in s.scalars(select(Person)))


def test_japanese_and_korean_names_in_the_name_columns_are_shown_family_name_first(db, tmp_path):
    """Typed in kanji or hangul in the given- and family-name columns, the name is read as the person
    writes it: 山田 太郎 is YAMADA's order, not 'Tarō Yamada' reversed into '太郎 山田'. A latin name
    stays in western order."""
    path = tmp_path / "contacts.csv"
    path.write_text("First Name,Last Name,E-mail Address\r\n"
                    "太郎,山田,yamada@pref.aichi.lg.jp\r\n"
                    "민준,김,kim@seoul.go.kr\r\n"
                    "Joke,Vermeulen,joke@vlaanderen.be\r\n", encoding="utf-8")
    import_contacts(Planner(db), path)
    assert names(db) == [("Joke Vermeulen", "western"), ("山田 太郎", "eastern"), ("김 민준", "eastern")]


def test_a_japanese_full_name_in_one_column_puts_its_first_word_as_the_family_name(db, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,E-mail\r\n山田 太郎,yamada@pref.aichi.lg.jp\r\nJoke Vermeulen,joke@vlaanderen.be\r\n",
                    encoding="utf-8")
    import_contacts(Planner(db), path)
    with db.read() as s:
        people = {p.family_name: (p.given_name, p.name_order) for p in s.scalars(select(Person))}
    assert people == {"山田": ("太郎", "eastern"), "Vermeulen": ("Joke", "western")}


def test_the_dry_run_of_a_workbook_names_rows(db, tmp_path, capsys):
    """Excel numbers rows, and the refusals of a workbook already say 'row N': its preview says the
    same, so the number is the one the user sees at the left of the sheet."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Prénom", "Nom", "Courriel"])
    sheet.append(["Cécile", "Jodogne", "cjodogne@gov.brussels"])
    path = tmp_path / "contacts.xlsx"
    book.save(path)
    assert main(["--db", db.location, "contacts-import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "row 2: new person Cécile Jodogne" in out
    assert "line 2" not in out
