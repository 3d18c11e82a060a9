"""Duplicate people: found across romanisations, merged without losing a link, and the merge undone."""

import json

import pytest
from sqlalchemy import select

from missionplanner.cli import main
from missionplanner.errors import MissionPlannerError
from missionplanner.model import (
    Affiliation,
    Agreement,
    FollowUp,
    Mission,
    MissionMember,
    Participation,
    Person,
    agreement_signatories,
)
from missionplanner.services import agreements, followups, meetings, missions, people
from missionplanner.services.duplicates import find_duplicates, fold_name, merge_people, undo_merge


@pytest.mark.parametrize("spelling", ["Ohmura", "Omura", "Oomura", "Ōmura", "OHMURA", "Oumura"])
def test_romanisation_variants_fold_together(spelling):
    assert fold_name(spelling) == "omura"


def test_folding_keeps_different_names_apart():
    assert fold_name("Johan") != fold_name("Joan")
    assert fold_name("Sato") == fold_name("Satou") == fold_name("Satō")
    assert fold_name("Yuuko") == fold_name("Yūko")
    assert fold_name("Gunma") == fold_name("Gumma")


def _pairs(db):
    return {frozenset((p["a"]["name"], p["b"]["name"])): p["reasons"] for p in find_duplicates(db)}


def test_find_duplicates_by_email_and_folded_name_and_organization(db):
    aichi = people.create_organization(db, name="Aichi Prefecture", country="JP")
    aichi_office = people.create_organization(db, name="Aichi Prefecture Tokyo Office", country="JP")
    a = people.create_person(db, given_name="Hideaki", family_name="Ohmura", organization_id=aichi)
    people.create_person(db, given_name="HIDEAKI", family_name="Ōmura", organization_id=aichi)
    people.create_person(db, given_name="Hideaki", family_name="Oomura", organization_id=aichi_office)
    people.create_person(db, given_name="Cécile", family_name="Jodogne", email="cj@gov.brussels")
    people.create_person(db, given_name="C.", family_name="Jodogne", email="CJ@gov.brussels")
    people.create_person(db, given_name="Jodogne", family_name="Cecile")  # word order swapped
    people.create_person(db, given_name="Anne", family_name="Martin")
    pairs = _pairs(db)
    assert pairs[frozenset(("Hideaki Ohmura", "HIDEAKI Ōmura"))] == ["same name and organization"]
    assert frozenset(("Hideaki Ohmura", "Hideaki Oomura")) not in pairs  # another organization
    assert pairs[frozenset(("Cécile Jodogne", "C. Jodogne"))] == ["same e-mail (cj@gov.brussels)"]
    assert pairs[frozenset(("Cécile Jodogne", "Jodogne Cecile"))] == ["same name (no organization on either)"]
    assert not any("Anne Martin" in k for k in pairs)
    first = find_duplicates(db)[0]
    assert first["a"]["id"] == a  # the older record comes first, the one to keep


@pytest.fixture
def world(db, mission_id):
    """Two records of Governor Ohmura with links everywhere, and one other person."""
    aichi = people.create_organization(db, name="Aichi Prefecture", country="JP")
    brussels = people.create_organization(db, name="Brussels-Capital Region", country="BE")
    keep = people.create_person(db, given_name="Hideaki", family_name="Ohmura", organization_id=aichi,
                                title="Governor")
    drop = people.create_person(db, given_name="Hideaki", family_name="Omura", native_name="大村秀章",
                                email="governor@pref.aichi.lg.jp", mobile="+81 90 0000 0000",
                                organization_id=aichi, title="Governor of Aichi")
    other = people.create_person(db, given_name="Cécile", family_name="Jodogne", organization_id=brussels)
    m1 = meetings.create_meeting(db, mission_id, title="Courtesy call", start="2017-06-09T10:00",
                                 end="2017-06-09T11:00", timezone="Asia/Tokyo", counterparts=[drop],
                                 delegation=[other])
    m2 = meetings.create_meeting(db, mission_id, title="Dinner", start="2017-06-09T19:00",
                                 end="2017-06-09T21:00", timezone="Asia/Tokyo", counterparts=[keep, drop])
    f = followups.create_followup(db, meeting_id=m1, action="Send the signed text", owner_id=drop,
                                  due="2017-07-01")
    ag = agreements.create_agreement(db, title="Cooperation agreement Aichi / Brussels-Capital",
                                     parties=[aichi, brussels], signatories=[drop, other])
    missions.set_members(db, mission_id, [(drop, "guest of honour"), (other, "lead")])
    missions.update_mission(db, mission_id, lead_id=drop)
    return {"keep": keep, "drop": drop, "other": other, "m1": m1, "m2": m2, "f": f, "ag": ag,
            "mission": mission_id}


def snapshot(db):
    """Every link in the database, as (table, record, person) triples, and every person's fields."""
    with db.read() as s:
        links = set()
        for p in s.scalars(select(Participation)):
            links.add(("meeting", p.meeting_id, p.side, p.person_id))
        for a in s.scalars(select(Affiliation)):
            links.add(("affiliation", a.organization_id, a.role, a.person_id))
        for f in s.scalars(select(FollowUp)):
            links.add(("followup", f.id, f.owner_id))
        for row in s.execute(select(agreement_signatories)):
            links.add(("signatory", row.agreement_id, row.person_id))
        for m in s.scalars(select(MissionMember)):
            links.add(("member", m.mission_id, m.role, m.person_id))
        for m in s.scalars(select(Mission)):
            links.add(("lead", m.id, m.lead_id))
        persons = {p.id: (p.given_name, p.family_name, p.native_name, p.email, p.mobile, p.title, p.name_order)
                   for p in s.scalars(select(Person))}
        return links, persons


def test_merge_moves_every_link_and_fills_empty_fields(db, world):
    keep, drop = world["keep"], world["drop"]
    rec = merge_people(db, keep, drop)
    links, persons = snapshot(db)
    assert drop not in persons
    assert persons[keep] == ("Hideaki", "Ohmura", "大村秀章", "governor@pref.aichi.lg.jp",
                             "+81 90 0000 0000", "Governor", "eastern")  # filled, never overwritten
    assert ("meeting", world["m1"], "counterpart", keep) in links
    assert ("meeting", world["m1"], "delegation", world["other"]) in links
    dinner = [link for link in links if link[0] == "meeting" and link[1] == world["m2"]]
    assert dinner == [("meeting", world["m2"], "counterpart", keep)]  # not listed twice
    assert ("followup", world["f"], keep) in links
    assert ("signatory", world["ag"], keep) in links
    assert ("member", world["mission"], "guest of honour", keep) in links
    assert ("lead", world["mission"], keep) in links
    with db.read() as s:
        roles = sorted(a.role for a in s.get(Person, keep).affiliations)
        assert roles == ["Governor", "Governor of Aichi"]
        assert s.get(Agreement, world["ag"]).signatories[0].id in (keep, world["other"])
    assert not any(drop in link for link in links)
    detail = people.person_detail(db, keep)
    assert {e["kind"] for e in detail["timeline"]} == {"meeting", "agreement", "followup"}
    assert rec["id"] and find_duplicates(db) == []


def test_undo_restores_both_people_and_every_link(db, world):
    before = snapshot(db)
    rec = merge_people(db, world["keep"], world["drop"])
    assert snapshot(db) != before
    result = undo_merge(db, rec)
    assert result["restored_id"] == world["drop"]
    assert snapshot(db) == before
    with pytest.raises(MissionPlannerError, match="already undone"):
        undo_merge(db, rec["id"])


def test_undo_after_a_linked_meeting_was_deleted(db, world):
    rec = merge_people(db, world["keep"], world["drop"])
    meetings.delete_meeting(db, world["m2"])  # the dinner both attended
    undo_merge(db, rec["id"])
    links, persons = snapshot(db)
    assert world["drop"] in persons and ("meeting", world["m1"], "counterpart", world["drop"]) in links
    assert not any(link[1] == world["m2"] for link in links if link[0] == "meeting")


def test_merge_refuses_bad_input_and_writes_nothing(db, world):
    before = snapshot(db)
    with pytest.raises(MissionPlannerError, match="themselves"):
        merge_people(db, world["keep"], world["keep"])
    with pytest.raises(MissionPlannerError, match="no person"):
        merge_people(db, world["keep"], "00000000-nobody")
    with pytest.raises(MissionPlannerError, match="no merge"):
        undo_merge(db, "not-a-merge-id")
    assert snapshot(db) == before


def test_cli_duplicates_merge_unmerge(db, world, capsys):
    path = db.location
    assert main(["--db", path, "duplicates", "--json"]) == 0
    pairs = json.loads(capsys.readouterr().out)
    assert len(pairs) == 1 and pairs[0]["a"]["id"] == world["keep"]
    before = snapshot(db)
    assert main(["--db", path, "merge", world["keep"][:8], world["drop"]]) == 0
    out = capsys.readouterr().out
    assert "merged OMURA Hideaki into Hideaki Ohmura" in out
    merge_id = out.rsplit("unmerge ", 1)[1].strip()
    assert main(["--db", path, "duplicates"]) == 0
    assert "No likely duplicates." in capsys.readouterr().out
    assert main(["--db", path, "unmerge", merge_id]) == 0
    assert snapshot(db) == before
    capsys.readouterr()
    assert main(["--db", path, "merge", world["keep"], "nobody-at-all"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nobody-at-all" in err
