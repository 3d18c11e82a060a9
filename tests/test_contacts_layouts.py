"""Contact exports as the programs people use write them (issue 18): every field a layout holds lands
where it belongs, and a column that looks like data but was left out is said.

The header rows are copied from the layouts the programs publish or write (Google Contacts' current
"Google CSV" export, Outlook's "Comma Separated Values" export in English, French and Dutch, LinkedIn's
Connections.csv); the data rows are ours.
"""

from __future__ import annotations

import csv
import io

import pytest

from missionplanner.interop.contacts import country_code, import_contacts
from missionplanner.services.planner import Planner

GOOGLE = ["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
          "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
          "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
          "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Label",
          "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
          "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address"]
OUTLOOK_EN = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
              "Business Street", "Business City", "Business Postal Code", "Business Country/Region",
              "Business Fax", "Business Phone", "Home Phone", "Mobile Phone", "E-mail Address", "E-mail Type",
              "E-mail Display Name", "Notes"]
OUTLOOK_FR = ["Titre", "Prénom", "Deuxième prénom", "Nom", "Suffixe", "Société", "Service", "Titre",
              "Rue (bureau)", "Ville (bureau)", "Code postal (bureau)", "Pays/Région (bureau)",
              "Télécopie (bureau)", "Téléphone (bureau)", "Téléphone (domicile)", "Tél. mobile",
              "Adresse de messagerie", "Type de messagerie", "Notes"]
OUTLOOK_NL = ["Titel", "Voornaam", "Middelste naam", "Achternaam", "Achtervoegsel", "Bedrijf", "Afdeling",
              "Functie", "Werkadres, straat", "Werkadres, plaats", "Land/regio (werk)", "Telefoon op werk",
              "Mobiele telefoon", "E-mailadres", "E-mailtype", "Notities"]
LINKEDIN = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]


def _file(tmp_path, header, row, delimiter=",", name="contacts.csv", bom=False):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerow([row.get(h, "") if not isinstance(row.get(h), list) else "" for h in header])
    path = tmp_path / name
    path.write_text(("\ufeff" if bom else "") + out.getvalue(), encoding="utf-8")
    return path


def _person(db, family):
    planner = Planner(db)
    [hit] = [p for p in planner.people.search(family) if p["name"].endswith(family)]
    return planner.people.get(hit["id"]), planner


def test_a_google_contacts_export_keeps_organization_title_email_phone_and_country(db, tmp_path):
    row = {"First Name": "Hideaki", "Last Name": "Ohmura", "Organization Name": "Aichi Prefecture",
           "Organization Title": "Governor", "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "gov@aichi.example",
           "Phone 1 - Label": "Mobile", "Phone 1 - Value": "+81 90 1234 5678", "Address 1 - Country": "Japan",
           "Notes": "Met in Tokyo"}
    summary = import_contacts(Planner(db), _file(tmp_path, GOOGLE, row))
    person, planner = _person(db, "Ohmura")
    assert (person["email"], person["mobile"], person["phone"], person["title"]) == (
        "gov@aichi.example", "+81 90 1234 5678", "", "Governor")
    assert person["organization"] == "Aichi Prefecture" and person["notes"] == "Met in Tokyo"
    org = planner.organizations.detail(person["organization_id"])
    assert org["country"] == "JP"
    assert summary["missed_columns"] == []


def test_an_outlook_export_in_english_keeps_the_country_and_both_phones(db, tmp_path):
    row = {"Title": "Mr.", "First Name": "Won-soon", "Last Name": "Park", "Company": "Seoul Metropolitan Government",
           "Job Title": "Mayor", "Business Country/Region": "Korea, Republic of", "Business Phone": "+82 2 120",
           "Mobile Phone": "+82 10 0000 0000", "E-mail Address": "mayor@seoul.example",
           "E-mail Display Name": "Park Won-soon (mayor@seoul.example)"}
    summary = import_contacts(Planner(db), _file(tmp_path, OUTLOOK_EN, row))
    person, planner = _person(db, "Park")
    assert (person["honorific"], person["title"], person["email"], person["phone"], person["mobile"]) == (
        "Mr.", "Mayor", "mayor@seoul.example", "+82 2 120", "+82 10 0000 0000")
    assert planner.organizations.detail(person["organization_id"])["country"] == "KR"
    assert summary["missed_columns"] == []


def test_an_outlook_export_in_french_reads_its_second_titre_as_the_job_title(db, tmp_path):
    header = OUTLOOK_FR
    cells = {0: "M.", 1: "Hideaki", 3: "Ohmura", 5: "Préfecture d'Aichi", 7: "Gouverneur", 11: "Japon",
             13: "+81 52 961 2111", 15: "+81 90 0000 0000", 16: "gouverneur@aichi.example"}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerow([cells.get(i, "") for i in range(len(header))])
    path = tmp_path / "outlook-fr.csv"
    path.write_text(out.getvalue(), encoding="cp1252")  # as Outlook in French writes it
    import_contacts(Planner(db), path)
    person, planner = _person(db, "Ohmura")
    assert (person["honorific"], person["title"], person["email"], person["phone"], person["mobile"]) == (
        "M.", "Gouverneur", "gouverneur@aichi.example", "+81 52 961 2111", "+81 90 0000 0000")
    assert planner.organizations.detail(person["organization_id"])["country"] == "JP"


def test_an_outlook_export_in_dutch_and_a_linkedin_export(db, tmp_path):
    row = {"Voornaam": "Pieter", "Achternaam": "Peeters", "Bedrijf": "hub.brussels", "Functie": "Adviseur",
           "Land/regio (werk)": "België", "Telefoon op werk": "+32 2 800 40 00", "Mobiele telefoon": "+32 470 11",
           "E-mailadres": "pp@hub.example", "Notities": "Delegatie Japan"}
    import_contacts(Planner(db), _file(tmp_path, OUTLOOK_NL, row, name="nl.csv"))
    person, planner = _person(db, "Peeters")
    assert (person["title"], person["email"], person["mobile"], person["notes"]) == (
        "Adviseur", "pp@hub.example", "+32 470 11", "Delegatie Japan")
    assert planner.organizations.detail(person["organization_id"])["country"] == "BE"
    row = {"First Name": "Mina", "Last Name": "Kim", "Email Address": "mina@kotra.example", "Company": "KOTRA",
           "Position": "Director", "URL": "https://www.linkedin.com/in/example", "Connected On": "12 Jun 2017"}
    import_contacts(Planner(db), _file(tmp_path, LINKEDIN, row, name="Connections.csv"))
    person, _ = _person(db, "Kim")
    assert (person["title"], person["email"], person["organization"]) == ("Director", "mina@kotra.example", "KOTRA")


def test_a_column_that_looks_like_data_but_is_not_used_is_said(db, tmp_path):
    header = ["Last Name", "First Name", "E-mail 2 - Value", "Work Phone 2", "Department"]
    row = {"Last Name": "Jodogne", "First Name": "Cécile", "E-mail 2 - Value": "cecile@private.example",
           "Work Phone 2": "+32 2 000", "Department": "Cabinet"}
    summary = import_contacts(Planner(db), _file(tmp_path, header, row))
    assert summary["missed_columns"] == ["E-mail 2 - Value", "Work Phone 2"]
    assert set(summary["ignored_columns"]) == {"E-mail 2 - Value", "Work Phone 2", "Department"}


@pytest.mark.parametrize("typed, code", [("JP", "JP"), ("jp", "JP"), ("Japon", "JP"), ("Japan", "JP"),
                                         ("Corée du Sud", "KR"), ("Zuid-Korea", "KR"), ("South Korea", "KR"),
                                         ("Belgique", "BE"), ("België", "BE"), ("Atlantis", "Atlantis")])
def test_countries_written_in_words_in_english_french_or_dutch_become_their_code(typed, code):
    assert country_code(typed) == code


def test_the_command_line_warns_on_stderr_about_columns_left_out(db, tmp_path, capsys):
    from missionplanner.cli import main

    header = ["Last Name", "First Name", "E-mail 2 - Value"]
    path = _file(tmp_path, header, {"Last Name": "Jodogne", "First Name": "Cécile",
                                    "E-mail 2 - Value": "cecile@private.example"})
    assert main(["--db", db.location, "contacts-import", str(path)]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "E-mail 2 - Value" in err


def test_a_french_semicolon_file_with_commas_in_its_notes_is_read_with_its_own_separator(db, tmp_path):
    text = ("Nom;Prénom;Société;Pays;Notes\r\n"
            "Ohmura;Hideaki;Préfecture d'Aichi;Japon;vu à Tokyo, Nagoya, Osaka, Kyoto, Kobe, Sendai, Sapporo, "
            "Fukuoka, Hiroshima, Kawasaki, Yokohama\r\n")
    path = tmp_path / "liste.csv"
    path.write_text(text, encoding="utf-8")
    import_contacts(Planner(db), path)
    person, _ = _person(db, "Ohmura")
    assert person["organization"] == "Préfecture d'Aichi" and person["notes"].startswith("vu à Tokyo, Nagoya")


def test_skip_bad_rows_imports_the_good_rows_and_lists_the_others_with_line_and_reason(db, tmp_path, capsys):
    from missionplanner.cli import main
    from missionplanner.errors import MissionPlannerError

    text = ("Last Name,First Name,E-mail Address,Company\r\n"
            "Ohmura,Hideaki,gov@aichi.example,Aichi Prefecture\r\n"
            "Exchange,Entry,/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=abc,\r\n"
            ",Mononym,mono@example.org,\r\n"
            "Park,Won-soon,mayor@seoul.example,Seoul Metropolitan Government\r\n")
    path = tmp_path / "outlook.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MissionPlannerError, match=r"outlook.csv: line 3"):
        import_contacts(Planner(db), path)  # the default stays all or nothing
    assert Planner(db).people.search("Ohmura") == []
    assert main(["--db", db.location, "contacts-import", str(path), "--skip-bad-rows"]) == 0
    err = capsys.readouterr().err
    assert "skipped 2 rows" in err
    report = (tmp_path / "outlook-skipped.csv").read_text(encoding="utf-8-sig").splitlines()
    assert report[0] == "line,reason" and report[1].startswith("3,") and report[2].startswith("4,")
    assert "is not an e-mail address" in report[1] and "Last Name" in report[2]
    names = {p["name"] for p in Planner(db).people.search("")}
    assert {"Hideaki Ohmura", "Won-soon Park"} <= names and not any("Entry" in n for n in names)
