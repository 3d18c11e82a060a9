"""Search finds what people type: other romanisations of Japanese and Korean names, the brief's
arrangements and if-raised lines, and an organization's people and meetings."""

from sqlalchemy import text

from missionplanner.services import meetings, people
from missionplanner.services.search import search


def _titles(db, query):
    return [r["title"] for r in search(db, query)]


def test_every_romanisation_of_omura_finds_the_governor(db):
    people.create_person(db, given_name="Hideaki", family_name="Ōmura", native_name="大村秀章",
                         pronunciation="Ōmura Hideaki", name_order="eastern")
    people.create_person(db, given_name="Taro", family_name="Yamada", native_name="山田太郎")
    for typed in ("Omura", "Ōmura", "Oomura", "Ohmura", "OHMURA hideaki", "omura"):
        assert [t for t in _titles(db, typed) if "大村秀章" in t], typed
        assert not [t for t in _titles(db, typed) if "山田" in t], typed


def test_a_kanji_name_alone_is_found_by_its_romaji(db):
    """No Latin spelling stored at all: the reading comes from the kanji (pykakasi)."""
    people.create_person(db, given_name="", family_name="大村", native_name="大村秀章")
    assert any("大村" in t for t in _titles(db, "oomura hideaki"))
    assert any("大村" in t for t in _titles(db, "Ohmura"))


def test_korean_family_names_under_their_usual_spellings(db):
    people.create_person(db, given_name="Jae-myung", family_name="Lee", native_name="이재명")
    people.create_person(db, given_name="Jong-un", family_name="Kim", native_name="김정은")
    people.create_person(db, given_name="Ji-sung", family_name="Park", native_name="박지성")
    people.create_person(db, given_name="Anne", family_name="Dupont")
    for typed, native in (("Yi", "이재명"), ("Rhee", "이재명"), ("Lee", "이재명"), ("Gim", "김정은"),
                          ("Kim", "김정은"), ("Bak", "박지성"), ("Pak", "박지성"), ("gim jeongeun", "김정은")):
        found = _titles(db, typed)
        assert any(native in t for t in found), (typed, found)
        assert not any("Dupont" in t for t in found), typed


def test_arrangements_if_raised_and_pronunciation_are_searched(db, mission_id):
    mid = meetings.create_meeting(db, mission_id, title="Lunch", start="2017-06-09T12:00",
                                  end="2017-06-09T13:00", timezone="Asia/Tokyo",
                                  arrangements="Minibus from the Okura hotel",
                                  if_raised=[{"topic": "Tariffs on chocolate", "line": "Refer to the EU"}])
    people.create_person(db, given_name="Siobhan", family_name="Byrne", pronunciation="shi-VAWN")
    assert [r["id"] for r in search(db, "minibus okura")] == [mid]
    assert [r["id"] for r in search(db, "chocolate tariffs")] == [mid]
    assert _titles(db, "shi-vawn") == ["Siobhan Byrne"]


def test_an_organization_brings_its_people_and_their_meetings(demo_db):
    hits = search(demo_db, "愛知")
    assert hits[0]["title"] == "Aichi Prefecture (愛知県)"
    kinds = {h["kind"] for h in hits}
    assert {"organization", "person", "meeting"} <= kinds
    assert any("大村秀章" in h["title"] for h in hits)
    through = [h for h in hits if h.get("via")]
    assert through and all(h["via"] == "Aichi Prefecture (愛知県)" for h in through)


def test_matches_are_marked_for_highlighting(demo_db):
    hit = search(demo_db, "prefecture")[0]
    lo, hi = hit["title_spans"][0]
    assert hit["title"][lo:hi] == "Prefecture"
    hit = next(h for h in search(demo_db, "cecile") if "Jodogne" in h["title"])
    lo, hi = hit["title_spans"][0]
    assert hit["title"][lo:hi] == "Cécile"
    hit = search(demo_db, "Oomura")[0]  # stored as "OHMURA": the word is marked whole
    lo, hi = hit["title_spans"][0]
    assert hit["title"][lo:hi] == "OHMURA"


def test_an_index_folded_by_older_rules_is_rebuilt_on_the_first_search(db):
    """A database written before the romanisations were indexed (rows without them, no folding
    version) gets them on its first search."""
    from missionplanner.store import search_index

    people.create_person(db, given_name="Hideaki", family_name="Ohmura", native_name="大村秀章")
    with db.write() as s:
        conn = s.connection()
        conn.execute(text("UPDATE search_entries SET body_folded = 'hideaki ohmura'"))
        search_index.fts_rebuild(conn)
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA user_version = 0")
        else:
            conn.exec_driver_sql("COMMENT ON TABLE search_entries IS NULL")
    with db.read() as s:
        assert not search_index.is_current(s.connection())
    assert any("大村秀章" in t for t in _titles(db, "oomura"))  # the handle's first search
    with db.read() as s:
        assert search_index.is_current(s.connection())


def test_latin_letters_without_an_accent_to_strip_are_spelled_plainly(db):
    """"ł", "ø", "æ" are letters of their own, not accented ones: unidecode gives their plain spelling."""
    people.create_organization(db, name="Urząd Miasta Łodzi")
    people.create_organization(db, name="Øresundsregionen")
    assert _titles(db, "lodzi") == ["Urząd Miasta Łodzi"]
    assert _titles(db, "oresund") == ["Øresundsregionen"]
