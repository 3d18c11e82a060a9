"""The data generator (a small scale) and the indexed search it feeds."""

import random
import sqlite3
from datetime import UTC

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from missionplanner.cli import main
from missionplanner.model import FollowUp, Leg, Meeting, Mission, Participation, Person, SearchEntry
from missionplanner.services import people
from missionplanner.services.generated_data import already_generated, counts_for, generate
from missionplanner.services.search import rebuild_index, search
from missionplanner.store import open_database, search_index
from missionplanner.store.textfold import fold

SCALE = 0.004  # 400 meetings, 200 people


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("gen") / "gen.sqlite")
    counts = generate(db, SCALE, seed=7)
    yield db, counts
    db.dispose()


def test_counts_follow_the_scale(big):
    db, counts = big
    want = counts_for(SCALE)
    assert counts["meetings"] == want["meetings"] == 400
    assert counts["people"] == want["people"] and counts["organizations"] == want["organizations"]
    assert counts["followups"] == want["followups"] and counts["missions"] == want["missions"]
    assert counts["participations"] >= counts["meetings"] * 2
    assert counts["affiliations"] >= counts["people"]
    assert counts_for(1)["meetings"] == 100_000 and counts_for(1)["people"] == 50_000
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 400
        searchable = sum(counts[k] for k in ("missions", "meetings", "people", "organizations", "agreements", "followups"))
        assert s.scalar(select(func.count()).select_from(SearchEntry)) == searchable


def test_generated_data_is_valid(big):
    db, _ = big
    with db.read() as s:
        for m in s.scalars(select(Meeting)):
            assert m.start.tzinfo == UTC and m.end > m.start
            mission = m.mission
            legs = [leg for leg in mission.legs if leg.city == m.city]
            assert legs and any(leg.arrive <= m.start and m.end <= leg.depart for leg in legs)
            local = m.start.astimezone(search_zone(m.timezone)).date()
            assert mission.start_date <= local <= mission.end_date
            assert {p.side for p in m.participations} == {"counterpart", "delegation"}
        for leg in s.scalars(select(Leg)):
            assert leg.depart > leg.arrive
        assert s.scalar(select(func.count()).select_from(Person).where(Person.native_name != "")) > 0
        scripts = "".join(s.scalars(select(Person.native_name)))
        assert any("\uac00" <= c <= "\ud7af" for c in scripts)  # hangul
        assert any("\u4e00" <= c <= "\u9fff" for c in scripts)  # kanji
        # Every participation points at a real person and meeting (foreign keys were deferred).
        orphans = s.scalar(select(func.count()).select_from(Participation).where(
            ~Participation.person_id.in_(select(Person.id))))
        assert orphans == 0
    assert sqlite3.connect(db.path).execute("PRAGMA foreign_key_check").fetchall() == []


def search_zone(name):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def test_same_seed_same_data(tmp_path):
    def titles(path, seed):
        db = open_database(path)
        generate(db, 0.001, seed=seed)
        with db.read() as s:
            out = list(s.scalars(select(Meeting.title).order_by(Meeting.id)))
        db.dispose()
        return out

    assert titles(tmp_path / "a.sqlite", 3) == titles(tmp_path / "b.sqlite", 3)
    assert titles(tmp_path / "c.sqlite", 4) != titles(tmp_path / "a2.sqlite", 3)


def test_bulk_search_rows_match_what_the_session_writes(big):
    """rebuild (doctor) writes exactly the rows the generator wrote."""
    db, _ = big
    with db.read() as s:
        before = {r.entity_id: tuple(r) for r in s.execute(select(SearchEntry.__table__))}
    rebuild_index(db)
    with db.read() as s:
        after = {r.entity_id: tuple(r) for r in s.execute(select(SearchEntry.__table__))}
    assert before == after


QUERIES = ["tokyo", "Cécile", "cecile", "coopération économique", "jodogne", "서울", "부산", "東京",
           "屋", "大村", "秀章", "商工", "x", "de", "region prefecture", "de tokyo", "%", "名古屋 meeting"]


@pytest.mark.parametrize("query", QUERIES)
def test_indexed_search_finds_exactly_what_a_scan_finds(big, query):
    db, _ = big
    with db.read() as s:
        assert search_index.has_fts(s.connection())
        words = fold(query).split()
        scanned = {r.entity_id for r in search_index._like_hits(s, words, 10**9)}
        indexed = {r["id"] for r in search_index.query(s, query, limit=10**6)}
    assert indexed == scanned


def test_results_rank_title_matches_first(big):
    db, _ = big
    results = search(db, "tokyo")
    assert len(results) == 50
    in_title = ["tokyo" in fold(r["title"]) for r in results]
    assert in_title == sorted(in_title, reverse=True)  # every title match before any body-only match


def test_fold_fast_is_fold():
    rng = random.Random(5)
    text = "".join(chr(rng.randrange(32, 0x2FFFF)) for _ in range(20000))
    for t in (text, "Région ＡＢＣ ß ﬁ İstanbul 서울특별시 愛知県 ｶﾀｶﾅ Œuvre", "plain ascii"):
        assert search_index.fold_fast(t) == fold(t)


def test_cjk_grams_cannot_match_across_entries():
    grams = search_index.cjk_grams(fold("愛知県 and 서울"))
    s = search_index.SENTINEL
    assert "愛知" + s in grams and "知県" + s in grams and "서울" + s in grams and "県" + s + s in grams
    assert "県서" not in grams and "愛県" + s not in grams


def test_index_follows_edits_on_a_large_database(big):
    db, _ = big
    oid = people.create_organization(db, name="Zyxwv 세종 Holdings")
    assert [r["title"] for r in search(db, "세종")] == ["Zyxwv 세종 Holdings"]
    assert [r["title"] for r in search(db, "zyxwv")] == ["Zyxwv 세종 Holdings"]
    people.update_organization(db, oid, None, name="Qwert Holdings")
    assert search(db, "세종") == [] and search(db, "zyxwv") == []
    people.delete_organization(db, oid)
    assert search(db, "qwert") == []


def test_demo_scale_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "cli.sqlite"
    assert main(["--db", str(path), "demo", "--scale", "0.001", "--seed", "2"]) == 0
    assert "generated" in capsys.readouterr().out
    assert main(["--db", str(path), "demo", "--scale", "0.001", "--seed", "2"]) == 0
    assert "already there: generated" in capsys.readouterr().out
    db = open_database(path)
    assert already_generated(db, 2) and not already_generated(db, 3)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Mission)) == 3 + counts_for(0.001)["missions"]
    db.dispose()
    assert main(["--db", str(tmp_path / "other.sqlite"), "demo", "--scale", "0"]) == 2
    assert not (tmp_path / "other.sqlite").exists()


# Paged lists (services.lists) on the generated data --------------------------------------------

def test_people_pages_follow_the_list_order(big):
    from missionplanner.services import lists

    db, counts = big
    assert lists.count_people(db) == counts["people"]
    paged = []
    offset = 0
    while page := lists.page_people(db, offset, 37):
        paged += page
        offset += 37
    full = people.list_people(db)
    assert [p["id"] for p in paged] == [p["id"] for p in full]
    by_id = {p["id"]: p for p in full}
    for p in paged[:60]:
        want = by_id[p["id"]]
        assert (p["name"], p["organization"], p["organization_id"], p["title"]) == (
            want["name"], want["organization"], want["organization_id"], want["title"])
    surname = paged[5]["family_name"]
    assert lists.count_people(db, surname.lower()) == len(people.list_people(db, surname))
    assert all(surname.lower() in (p["family_name"] + p["given_name"] + p["email"]).lower()
               or surname in p["native_name"] for p in lists.page_people(db, 0, 500, surname.lower()))


def test_meeting_pages_newest_first(big):
    from missionplanner.services import lists
    from missionplanner.services.meetings import meeting_by_id

    db, counts = big
    assert lists.count_meetings(db) == counts["meetings"]
    first = lists.page_meetings(db, 0, 50)
    second = lists.page_meetings(db, 50, 50)
    starts = [m["start_home"] for m in first + second]
    utc = [meeting_by_id(db, m["id"])["start"] for m in first + second]
    assert len({m["id"] for m in first + second}) == 100
    from datetime import datetime

    instants = [datetime.fromisoformat(s) for s in utc]
    assert instants == sorted(instants, reverse=True)
    assert starts and all(len(m["counterparts"]) >= 1 and m["mission"] for m in first)
    view = meeting_by_id(db, first[0]["id"])
    for key in ("title", "status", "city", "start", "end", "start_home", "end_home", "timezone"):
        assert first[0][key] == view[key]
    assert first[0]["counterparts"] == [p["name"] for p in view["counterparts"]]
    mission_id = first[0]["mission_id"]
    own = lists.page_meetings(db, 0, 1000, mission_id=mission_id, newest_first=False)
    assert len(own) == lists.count_meetings(db, mission_id=mission_id)
    assert all(m["mission_id"] == mission_id for m in own)
    assert lists.page_meetings(db, counts["meetings"], 10) == []


def test_session_entries_match_the_bulk_rows(big):
    """What the session writes for an ORM object is what the generator and rebuild wrote."""
    db, _ = big
    with db.read() as s:
        stored = {r.entity_id: r._asdict() for r in s.execute(select(SearchEntry.__table__))}
        for cls in (Mission, Meeting, Person, FollowUp):
            for obj in s.scalars(select(cls).limit(20)):
                assert search_index._entry(obj) == stored[obj.id]


def test_followup_pages_are_list_followups(big):
    from missionplanner.services import followups, lists

    db, _ = big
    for filters in ({}, {"status": "open"}, {"overdue": True}, {"status": "done"}):
        full = followups.list_followups(db, **filters)
        assert lists.count_followups(db, **filters) == len(full)
        paged = []
        while page := lists.page_followups(db, len(paged), 64, **filters):
            paged += page
        assert [f["id"] for f in paged] == [f["id"] for f in full]
        assert paged[:40] == full[:40]
    some = full[0]
    assert lists.page_followups(db, 0, 1000, mission=some["mission_id"]) == \
        followups.list_followups(db, mission=some["mission_id"])


def test_organization_pages_and_agreement_rows(big):
    from missionplanner.services import agreements, lists

    db, counts = big
    full = people.list_organizations(db)
    assert lists.count_organizations(db) == len(full) == counts["organizations"]
    paged = people.page_organizations(db, 0, 7) + people.page_organizations(db, 7, 10_000)
    assert [o["id"] for o in paged] == [o["id"] for o in full] and paged[:20] == full[:20]
    assert lists.count_organizations(db, kind="company") == len(people.list_organizations(db, kind="company"))
    name = full[3]["name"][:6]
    assert [o["id"] for o in people.page_organizations(db, 0, 10_000, text=name)] == \
        [o["id"] for o in people.list_organizations(db, text=name)]
    assert lists.agreement_rows(db) == agreements.list_agreements(db)


def test_mission_rows_are_list_missions(big):
    from missionplanner.services import lists
    from missionplanner.services.demo import load_demo
    from missionplanner.services.missions import list_missions

    db, _ = big
    load_demo(db)  # leads with organizations, missions with several legs
    every = list_missions(db)
    assert lists.mission_rows(db) == every
    for n in (1, 3, len(every) - 1, len(every) + 5):  # a first screen: the first n, legs and leads
        assert lists.mission_rows(db, limit=n) == every[:n]
    # What the application's start shows before SQLAlchemy is loaded: the same rows, from sqlite3.
    from missionplanner.services import first_screen

    assert first_screen.first_screen(db.path) == every[:first_screen.FIRST_MISSIONS]


_ALPHABET = "aeiou tkrsnéèçüßÅ%_\\\"'*:^()-+{}東京名古屋大村秀章서울부산상공회의소ｶﾀ1"


@given(query=st.text(alphabet=_ALPHABET, min_size=1, max_size=10))
def test_any_query_finds_what_a_scan_finds(big, query):
    db, _ = big
    with db.read() as s:
        scanned = {r.entity_id for r in search_index._like_hits(s, fold(query).split(), 10**9)} \
            if fold(query).split() else set()
        indexed = {r["id"] for r in search_index.query(s, query, limit=10**6)}
    assert indexed == scanned


@given(query=st.text(max_size=12))
def test_no_query_breaks_search(big, query):
    db, _ = big
    assert isinstance(search(db, query), list)


def test_buffers_that_fill_at_different_times_still_write_parents_first(db, monkeypatch):
    """A full buffer of participations names meetings still waiting in theirs: on PostgreSQL, which
    checks each foreign key as the row goes in, the generator failed at scale 0.02."""
    from missionplanner.services import generated_data

    monkeypatch.setattr(generated_data, "BATCH", 7)  # buffers fill at many different moments
    counts = generate(db, 0.002, 3)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Participation)) == counts["participations"] > 0
