"""Contacts from CSV and Excel: each encoding, separator and header language an aide receives."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from missionplanner.cli import main
from missionplanner.errors import MissionPlannerError
from missionplanner.interop.contacts import import_contacts
from missionplanner.model import Affiliation, Organization, Person
from missionplanner.services import people
from missionplanner.services.planner import Planner


def everyone(db):
    with db.read() as s:
        out = {}
        for p in s.scalars(select(Person)):
            aff = p.current_affiliation
            out[p.family_name] = {"given": p.given_name, "native": p.native_name, "title": p.title,
                                  "email": p.email, "phone": p.phone, "mobile": p.mobile,
                                  "honorific": p.honorific, "order": p.name_order,
                                  "org": aff.organization.name if aff else ""}
        return out


def counts(db):
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(cls)) for cls in (Person, Organization,
                                                                                  Affiliation))


OUTLOOK_CSV = (
    '"First Name","Middle Name","Last Name","Title","Company","Job Title","E-mail Address",'
    '"Business Phone","Mobile Phone","Notes"\r\n'
    '"Hideaki","","Ohmura","","Aichi Prefecture","Governor","governor@pref.aichi.lg.jp",'
    '"+81 52 961 2111","","Met in Brussels, May 2017"\r\n'
    '"Cécile","","Jodogne","Ms","Brussels-Capital Region","Secretary of State","cjodogne@gov.brussels",'
    '"","+32 475 00 00 00",""\r\n'
)

FRENCH = (
    "Nom;Prénom;Organisation;Fonction;E-mail;Téléphone;Mobile;Nom natif\r\n"
    "Ohmura;Hideaki;Aichi Prefecture;Gouverneur;;+81 52 961 2111;;大村秀章\r\n"
    "Dupré;Hélène;Chambre de commerce belgo-japonaise;Déléguée générale;h.dupre@blcc.be;;+32 2 000 00 00;\r\n"
)

DUTCH = (
    "Achternaam,Voornaam,Organisatie,Functie,E-mail,Telefoon,Naam in eigen schrift\r\n"
    "Park,Won-soon,Seoul Metropolitan Government,Burgemeester,,,박원순\r\n"
    "Vermeulen,Joke,hub.brussels,Adviseur Azië,joke.vermeulen@hub.brussels,+32 2 422 00 20,\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_outlook_csv_in_english_with_and_without_bom(db, tmp_path, encoding):
    path = tmp_path / "outlook.csv"
    path.write_bytes(OUTLOOK_CSV.encode(encoding))
    summary = import_contacts(Planner(db), path)
    assert (summary["people_created"], summary["organizations_created"]) == (2, 2)
    got = everyone(db)
    assert got["Ohmura"] == {"given": "Hideaki", "native": "", "title": "Governor",
                             "email": "governor@pref.aichi.lg.jp", "phone": "+81 52 961 2111",
                             "mobile": "", "honorific": "", "order": "western", "org": "Aichi Prefecture"}
    assert got["Jodogne"]["given"] == "Cécile" and got["Jodogne"]["honorific"] == "Ms"
    assert got["Jodogne"]["mobile"] == "+32 475 00 00 00"
    assert summary["ignored_columns"] == ["Middle Name"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_french_excel_semicolons_with_native_script(db, tmp_path, encoding):
    path = tmp_path / "contacts.csv"
    path.write_bytes(FRENCH.encode(encoding))
    import_contacts(Planner(db), path)
    got = everyone(db)
    assert got["Ohmura"]["native"] == "大村秀章" and got["Ohmura"]["order"] == "eastern"
    assert got["Ohmura"]["title"] == "Gouverneur" and got["Ohmura"]["org"] == "Aichi Prefecture"
    assert got["Dupré"] == {"given": "Hélène", "native": "", "title": "Déléguée générale",
                            "email": "h.dupre@blcc.be", "phone": "", "mobile": "+32 2 000 00 00",
                            "honorific": "", "order": "western",
                            "org": "Chambre de commerce belgo-japonaise"}


def test_windows_1252_file_from_a_french_excel(db, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_bytes(FRENCH.replace(";大村秀章", ";").encode("cp1252"))
    import_contacts(Planner(db), path)
    got = everyone(db)
    assert got["Dupré"]["given"] == "Hélène" and got["Dupré"]["title"] == "Déléguée générale"


def test_dutch_headers_with_hangul_names(db, tmp_path):
    path = tmp_path / "contacten.csv"
    path.write_text(DUTCH, encoding="utf-8")
    import_contacts(Planner(db), path)
    got = everyone(db)
    assert got["Park"]["native"] == "박원순" and got["Park"]["order"] == "eastern"
    assert got["Park"]["org"] == "Seoul Metropolitan Government"
    assert got["Vermeulen"]["title"] == "Adviseur Azië"


def test_utf16_tab_separated_unicode_text(db, tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(FRENCH.replace(";", "\t").encode("utf-16"))
    import_contacts(Planner(db), path)
    assert everyone(db)["Ohmura"]["native"] == "大村秀章"


def test_xlsx_with_numbers_and_native_names(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Family name", "Given name", "Native name", "Organisation", "Function", "Email", "Phone"])
    ws.append(["Ohmura", "Hideaki", "大村秀章", "Aichi Prefecture", "Governor", "", 81529612111])
    ws.append([None, None, None, None, None, None, None])
    ws.append(["Park", "Won-soon", "박원순", "Seoul Metropolitan Government", "Mayor", "mayor@seoul.go.kr",
               None])
    path = tmp_path / "people.xlsx"
    wb.save(path)
    summary = import_contacts(Planner(db), path)
    assert summary["people_created"] == 2 and [d["line"] for d in summary["details"]] == [2, 4]
    got = everyone(db)
    assert got["Ohmura"]["phone"] == "81529612111" and got["Ohmura"]["native"] == "大村秀章"
    assert got["Park"]["email"] == "mayor@seoul.go.kr"


def test_existing_people_and_organizations_are_matched_and_completed(db, tmp_path):
    org = people.create_organization(db, name="Aichi Prefecture", country="JP", kind="prefecture")
    pid = people.create_person(db, given_name="Hideaki", family_name="OHMURA", title="Governor",
                               organization_id=org)
    path = tmp_path / "contacts.csv"
    path.write_bytes(FRENCH.encode("utf-8"))
    before = counts(db)
    summary = import_contacts(Planner(db), path)
    assert (summary["people_created"], summary["people_matched"]) == (1, 1)
    assert (summary["organizations_created"], summary["organizations_matched"]) == (1, 1)
    assert counts(db) == (before[0] + 1, before[1] + 1, before[2] + 1)
    with db.read() as s:
        p = s.get(Person, pid)
        assert (p.native_name, p.phone, p.title) == ("大村秀章", "+81 52 961 2111", "Governor")
        assert [a.organization_id for a in p.affiliations] == [org]
    # Importing the same file again creates nothing.
    again = import_contacts(Planner(db), path)
    assert (again["people_created"], again["organizations_created"]) == (0, 0)
    assert counts(db) == (before[0] + 1, before[1] + 1, before[2] + 1)


def test_stored_person_without_organization_joins_one_the_file_creates(db, tmp_path):
    # Found by hypothesis on CI: linking a stored person to an organization that does not exist yet.
    pid = people.create_person(db, given_name="Hideaki", family_name="Ohmura")
    path = tmp_path / "contacts.csv"
    path.write_text("Nom;Prénom;Organisation\r\nOhmura;Hideaki;Aichi Prefecture\r\n"
                    "Ohmura;Hideaki;Aichi Prefecture\r\n", encoding="utf-8")
    summary = import_contacts(Planner(db), path)
    assert (summary["people_created"], summary["people_matched"], summary["organizations_created"]) == (0, 2, 1)
    with db.read() as s:
        p = s.get(Person, pid)
        assert [a.organization.name for a in p.affiliations] == ["Aichi Prefecture"]
    assert counts(db) == (1, 1, 1)


def test_same_name_at_another_organization_is_another_person(db, tmp_path):
    path = tmp_path / "korea.csv"
    path.write_text("Family name,Given name,Organization\r\n"
                    "Kim,Min-su,Hyundai Motor\r\n"
                    "Kim,Min-su,KOTRA\r\n"
                    "KIM,Min-su,Hyundai Motor\r\n", encoding="utf-8")
    summary = import_contacts(Planner(db), path)
    assert (summary["people_created"], summary["people_matched"]) == (2, 1)
    with db.read() as s:
        orgs = sorted(p.current_affiliation.organization.name for p in s.scalars(select(Person)))
    assert orgs == ["Hyundai Motor", "KOTRA"]


def test_title_lines_above_the_header_are_skipped(db, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes(("Liste des contacts - mission Japon juin 2017\r\n\r\n" + FRENCH).encode("cp1252",
                                                                                              "replace"))
    summary = import_contacts(Planner(db), path)
    assert summary["rows"] == 2 and [d["line"] for d in summary["details"]] == [4, 5]


def test_bad_row_is_refused_with_its_line_and_nothing_is_imported(db, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Nom;Prénom;E-mail;Organisation\r\n"
        "Ohmura;Hideaki;;Aichi Prefecture\r\n"
        '"Jodogne";"Cécile";"";"Région de\r\nBruxelles-Capitale"\r\n'
        "Dupré;Hélène;h.dupre@@blcc;BLCC\r\n", encoding="utf-8")
    with pytest.raises(MissionPlannerError) as exc:
        import_contacts(Planner(db), path)
    assert str(exc.value) == f"{path}: line 5: E-mail: 'h.dupre@@blcc' is not an e-mail address"
    assert counts(db) == (0, 0, 0)

    path.write_text("Achternaam,Voornaam\r\nPark,Won-soon\r\n,Joke\r\n", encoding="utf-8")
    with pytest.raises(MissionPlannerError, match=r"line 3: Achternaam: the family name is empty"):
        import_contacts(Planner(db), path)
    path.write_text("Vorname,Telefon\r\nJoke,123\r\n", encoding="utf-8")
    with pytest.raises(MissionPlannerError, match=r"line 1: no family-name column found"):
        import_contacts(Planner(db), path)
    path.write_bytes(b"Nom;Pr\x81nom\r\n")
    with pytest.raises(MissionPlannerError, match="neither UTF-8 nor Windows-1252"):
        import_contacts(Planner(db), path)
    assert counts(db) == (0, 0, 0)


def test_bad_xlsx_row_names_its_row(db, tmp_path):
    wb = Workbook()
    wb.active.append(["Nom", "Prénom", "Courriel"])
    wb.active.append(["Ohmura", "Hideaki", "not-an-address"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    with pytest.raises(MissionPlannerError, match=r"bad.xlsx: row 2: Courriel: 'not-an-address'"):
        import_contacts(Planner(db), path)
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(MissionPlannerError, match="cannot open the workbook"):
        import_contacts(Planner(db), path)
    assert counts(db) == (0, 0, 0)


def test_damaged_workbooks_are_refused_cleanly(db, tmp_path):
    import io
    import random

    wb = Workbook()
    wb.active.append(["Nom", "Prénom"])
    wb.active.append(["Ohmura", "Hideaki"])
    buf = io.BytesIO()
    wb.save(buf)
    rnd = random.Random(7)
    for _ in range(60):
        data = bytearray(buf.getvalue())
        for _ in range(rnd.randint(1, 20)):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
        _check(db, tmp_path, bytes(data), "damaged.xlsx")
    assert counts(db)[0] <= 1


def test_dry_run_reports_without_writing(db, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(DUTCH, encoding="utf-8")
    summary = import_contacts(Planner(db), path, dry_run=True)
    assert summary["people_created"] == 2 and summary["dry_run"] is True
    assert [d["name"] for d in summary["details"]] == ["PARK Won-soon", "Joke Vermeulen"]
    assert counts(db) == (0, 0, 0)


def test_cli_contacts_import(db, tmp_path, capsys):
    path = tmp_path / "contacts.csv"
    path.write_text(DUTCH, encoding="utf-8")
    assert main(["--db", db.location, "contacts-import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "line 2: new person PARK Won-soon (Seoul Metropolitan Government)" in out
    assert "dry run: 2 rows: 2 new people" in out
    assert counts(db) == (0, 0, 0)
    assert main(["--db", db.location, "contacts-import", str(path)]) == 0
    assert counts(db)[0] == 2
    capsys.readouterr()
    path.write_text("Achternaam,E-mail\r\nPeeters,nope\r\n", encoding="utf-8")
    assert main(["--db", db.location, "contacts-import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 2: E-mail" in err
    assert main(["--db", db.location, "contacts-import", str(tmp_path / "missing.csv")]) == 2


# Property tests -----------------------------------------------------------------------------------

def _check(db, tmp_path, data: bytes, name="fuzz.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    before = counts(db)
    try:
        import_contacts(Planner(db), path)
    except MissionPlannerError:
        assert counts(db) == before


@given(st.text(max_size=300), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_arbitrary_text_imports_or_is_refused_cleanly(db, tmp_path, text, encoding):
    _check(db, tmp_path, text.encode(encoding, "replace"))


_cells = st.sampled_from(["Nom", "Prénom", "E-mail", "Organisation", "Achternaam", "Family name", "",
                          "Ohmura", "大村秀章", "a@b.c", "bad@", '"quoted;cell"', '"open', "Pays", "JP",
                          "Belgium", " ", "Fonction", "x" * 400])


@given(st.lists(st.lists(_cells, max_size=6), max_size=8), st.sampled_from([";", ",", "\t"]))
def test_csv_shaped_input_imports_or_is_refused_cleanly(db, tmp_path, rows, sep):
    _check(db, tmp_path, "\r\n".join(sep.join(r) for r in rows).encode())


# Benchmark smoke run -----------------------------------------------------------------------------

def test_bench_imports_runs_at_a_tiny_size():
    from bench.bench_imports import run

    rows = run(contacts=50, events=20)
    assert [r["case"].split(",")[0] for r in rows] == ["contacts CSV import"] * 2 + ["ICS import"] * 3 + \
        ["ICS import from Outlook", "ICS import"]
    assert "weekly series begun a year before" in rows[6]["case"]  # recurring, against recurring_ical_events
    assert all("rows written" in rows[i]["case"] for i in (1, 3, 5))
    # Issue 14's floors (10,000 contacts in 3 s, 2,000 events in 1 s) hold at their sizes only;
    # the rows written per second are for information.
    assert [r["goal"] for r in rows] == [""] * 7
    assert all("for information" in rows[i]["case"] for i in (1, 3, 5))
    for row in rows:
        assert {"case", "figure", "baseline", "ratio", "goal", "ok"} <= set(row)
        assert row["figure"] > 0 and row["baseline"] > 0 and isinstance(row["ok"], bool)
    from bench.bench_imports import _seconds_row

    assert [(r["goal"], r["ok"]) for r in (_seconds_row("c", 2.9, 1, "contacts", 10_000),
                                           _seconds_row("c", 3.1, 1, "contacts", 10_000),
                                           _seconds_row("e", 1.2, 1, "events", 2_000))] == \
        [("<= 3 s", True), ("<= 3 s", False), ("<= 1 s", False)]


def test_bulk_created_contacts_are_searchable_and_audited(db, tmp_path):
    from sqlalchemy import func, select

    from missionplanner.model import AuditEntry
    from missionplanner.services.search import search

    path = tmp_path / "contacts.csv"
    path.write_text("Nom;Prénom;Organisation;Nom natif\nOhmura;Hideaki;Aichi Prefecture;大村秀章\n"
                    "Jodogne;Cécile;Région de Bruxelles-Capitale;\n", encoding="utf-8")
    import_contacts(Planner(db), path)
    assert [r["title"] for r in search(db, "秀章")] == ["OHMURA Hideaki (大村秀章)"]
    assert any(r["kind"] == "organization" for r in search(db, "region bruxelles"))
    with db.read() as s:
        created = dict(s.execute(select(AuditEntry.entity_kind, func.count()).where(
            AuditEntry.action == "create").group_by(AuditEntry.entity_kind)).all())
    assert created == {"people": 2, "organizations": 2, "affiliations": 2}
    person = next(p for p in people.list_people(db) if p["family_name"] == "Ohmura")
    assert person["organization"] == "Aichi Prefecture"


def _index_snapshot(db) -> tuple:
    """The search rows and, for each FTS table, its (entity id, trigram) pairs: the index's content."""
    from sqlalchemy import text

    with db.write() as s:
        entries = set(s.execute(text("SELECT entity_id, kind, title, title_folded, body_folded, "
                                     "snippet_source FROM search_entries")).all())
        fts = []
        for table in ("search_fts", "search_fts_title"):
            s.execute(text(f"CREATE VIRTUAL TABLE temp.v_{table} USING fts5vocab(main, {table}, 'instance')"))
            fts.append(set(s.execute(text(f"SELECT se.entity_id, v.term FROM temp.v_{table} v "
                                          "JOIN search_entries se ON se.rowid = v.doc")).all()))
            s.execute(text(f"DROP TABLE temp.v_{table}"))
        s.rollback()
    return entries, *fts


@pytest.mark.sqlite_file  # SQLite's own storage: stamps as text, the FTS5 index
def test_bulk_rows_read_back_as_the_session_would_have_written_them(db, tmp_path):
    """The bulk path writes the driver's values itself: the ORM must read back what the hooks write."""
    from datetime import UTC

    from sqlalchemy import text

    from missionplanner.model import AuditEntry
    from missionplanner.services.search import rebuild_index
    from missionplanner.store.audit import _snapshot

    stored = people.create_person(db, family_name="Dupré", given_name="Hélène")
    path = tmp_path / "contacts.csv"
    path.write_text(FRENCH + "Park;Won-soon;서울특별시;Maire;;;;박원순\r\n", encoding="utf-8")
    import_contacts(Planner(db), path)
    with db.read() as s:
        records = [*s.scalars(select(Person)), *s.scalars(select(Organization)), *s.scalars(select(Affiliation))]
        audits = {a.entity_id: a for a in s.scalars(select(AuditEntry).where(AuditEntry.action == "create"))}
        for r in records:
            if r.id == stored:
                continue  # matched: the session updated it
            assert r.created_at.tzinfo is UTC and r.updated_at == r.created_at and r.version == 1
            assert audits[r.id].changes == _snapshot(r), r
            assert audits[r.id].user == db.user and audits[r.id].at.tzinfo is UTC
        # The stamps are stored as the ORM stores them (same text shape), so they sort and compare alike.
        stamps = s.execute(text("SELECT id, typeof(created_at), created_at, length(created_at) FROM people")).all()
    assert {(kind, size) for _id, kind, _t, size in stamps} == {("text", len("2017-06-09 10:00:00.000000"))}
    assert len(records) == 3 + 3 + 3
    before = _index_snapshot(db)
    assert len(before[0]) == 6 and all(before[1:])
    rebuild_index(db)  # recomputes every entry (and the FTS rows) from the records through the ORM
    assert _index_snapshot(db) == before


def test_bulk_writes_on_other_databases_go_through_core_with_the_same_rows(db):
    """Off SQLite, create_many hands the rows to SQLAlchemy Core: same records, audit and search rows."""
    from types import SimpleNamespace

    from missionplanner.model import AuditEntry, SearchEntry
    from missionplanner.store.audit import _snapshot
    from missionplanner.store.bulk import complete, create_many

    class OtherDialect:  # the session's connection, seen as if it were not SQLite
        def __init__(self, conn):
            self.conn, self.dialect = conn, SimpleNamespace(name="postgresql")

        def execute(self, *args, **kwargs):
            return self.conn.execute(*args, **kwargs)

    rows = [dict(complete(Person, {"family_name": name, "given_name": "Hélène", "native_name": native}),
                 affiliations=[])  # a key that is no column, as the contacts importer passes
            for name, native in (("Dupré", ""), ("Ohmura", "大村"))]
    with db.write() as s:
        create_many(SimpleNamespace(connection=lambda: OtherDialect(s.connection())), Person, rows, "tester")
    with db.read() as s:
        stored = {p.id: p for p in s.scalars(select(Person))}
        assert set(stored) == {r["id"] for r in rows}
        for entry in s.scalars(select(AuditEntry)):
            assert entry.user == "tester" and entry.changes == _snapshot(stored[entry.entity_id])
        assert s.scalar(select(func.count()).select_from(SearchEntry)) == 2
