from missionplanner.services import people
from missionplanner.services.search import search


def _titles(db, text):
    return [r["title"] for r in search(db, text)]


def test_accent_and_case_insensitive(demo_db):
    people.create_organization(demo_db, name="Région de Bruxelles-Capitale", country="BE")
    assert "Région de Bruxelles-Capitale" in _titles(demo_db, "region")
    assert "Région de Bruxelles-Capitale" in _titles(demo_db, "RÉGION bruxelles")
    assert any("Jodogne" in t for t in _titles(demo_db, "cecile"))


def test_japanese_and_korean_substrings(demo_db):
    assert _titles(demo_db, "愛知")[0] == "Aichi Prefecture (愛知県)"
    assert any("大村秀章" in t for t in _titles(demo_db, "秀章"))
    assert any("서울특별시" in t for t in _titles(demo_db, "서울"))


def test_one_ranked_list_of_every_kind(demo_db):
    results = search(demo_db, "aichi")
    kinds = {r["kind"] for r in results}
    assert {"meeting", "person", "organization", "agreement"} <= kinds
    # An exact title match comes first.
    assert search(demo_db, "Aichi Prefecture")[0]["kind"] == "organization"
    assert all({"kind", "id", "title", "snippet"} <= set(r) for r in results)


def test_search_follows_edits_and_deletes(db):
    oid = people.create_organization(db, name="Smith & Sons")
    assert _titles(db, "smith") == ["Smith & Sons"]
    people.update_organization(db, oid, None, name="Jones Ltd")
    assert _titles(db, "smith") == [] and _titles(db, "jones") == ["Jones Ltd"]
    people.delete_organization(db, oid)
    assert _titles(db, "jones") == []


def test_like_wildcards_are_literal(db):
    people.create_organization(db, name="100% Brussels")
    people.create_organization(db, name="Other")
    assert _titles(db, "%") == ["100% Brussels"]


def test_follow_ups_are_found_by_action_and_notes_and_leave_with_their_meeting(demo_db):
    from missionplanner.services.planner import Planner

    planner = Planner(demo_db)
    japan = planner.missions.resolve("official-mission-japan-2017")
    meeting = next(m for m in planner.meetings.page(0, 100, mission_id=japan) if "Vice-Governor" in m["title"])
    fid = planner.followups.create(meeting_id=meeting["id"], action="Send the Nagoya seminar programme",
                                   notes="Copy Ōmura's office")
    hits = search(demo_db, "seminar programme")
    assert [(h["kind"], h["id"]) for h in hits if h["kind"] == "followup"] == [("followup", fid)]
    assert any(h["id"] == fid for h in search(demo_db, "omura office"))  # notes, macron folded
    planner.followups.update(fid, action="Send the Osaka workshop programme")
    assert not any(h["id"] == fid for h in search(demo_db, "Nagoya seminar"))
    planner.meetings.delete(meeting["id"])  # its follow-ups go with it, and out of the index
    assert not any(h["id"] == fid for h in search(demo_db, "Osaka workshop"))
