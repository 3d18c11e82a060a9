"""services.people: editing people and organizations, with validation and optimistic locking."""

import pytest

from missionplanner.errors import StaleEditError, ValidationError
from missionplanner.services import people as people_service


def test_update_person_changes_names_and_refuses_a_stale_copy(db):
    pid = people_service.create_person(db, given_name="Hideaki", family_name="Ohmura",
                                       native_name="大村秀章")
    before = people_service.person_detail(db, pid)
    assert before["name_order"] == "eastern"
    version = people_service.update_person(db, pid, before["version"], given_name="Hideaki-san",
                                           honorific="H.E.")
    after = people_service.person_detail(db, pid)
    assert after["given_name"] == "Hideaki-san" and after["honorific"] == "H.E."
    assert after["native_name"] == "大村秀章" and version == before["version"] + 1
    with pytest.raises(StaleEditError):
        people_service.update_person(db, pid, before["version"], title="Governor")


def test_update_person_validates_what_it_is_given(db):
    pid = people_service.create_person(db, family_name="Jodogne")
    with pytest.raises(ValidationError) as err:
        people_service.update_person(db, pid, family_name="  ")
    assert err.value.field == "family_name"
    with pytest.raises(ValidationError) as err:
        people_service.update_person(db, pid, email="not an address")
    assert err.value.field == "email"


def test_update_person_moves_them_to_another_organization_and_back(db):
    a = people_service.create_organization(db, name="Aichi Prefecture", kind="prefecture", country="JP")
    b = people_service.create_organization(db, name="Seoul Metropolitan Government", kind="government",
                                           country="KR")
    pid = people_service.create_person(db, family_name="Kim", organization_id=a)
    people_service.update_person(db, pid, organization_id=b)
    assert people_service.person_detail(db, pid)["organization_id"] == b
    people_service.update_person(db, pid, organization_id=a)
    assert people_service.person_detail(db, pid)["organization_id"] == a
    people_service.update_person(db, pid, organization_id=None)
    assert people_service.person_detail(db, pid)["organization_id"] is None


def test_update_organization_validates_and_locks(db):
    oid = people_service.create_organization(db, name="Aichi", kind="prefecture", country="JP")
    o = people_service.organization_detail(db, oid)
    people_service.update_organization(db, oid, o["version"], city="Nagoya", native_name="愛知県")
    assert people_service.organization_detail(db, oid)["city"] == "Nagoya"
    with pytest.raises(StaleEditError):
        people_service.update_organization(db, oid, o["version"], city="Tokyo")
    with pytest.raises(ValidationError):
        people_service.update_organization(db, oid, kind="spaceship")
    with pytest.raises(ValidationError):
        people_service.update_organization(db, oid, name="")


def test_page_organizations_sorts_in_the_database(db):
    for name, country, city in (("b", "JP", "Tokyo"), ("A", "BE", "Brussels"), ("c", "KR", "Seoul")):
        people_service.create_organization(db, name=name, kind="company", country=country, city=city)
    assert [o["name"] for o in people_service.page_organizations(db)] == ["A", "b", "c"]
    assert [o["name"] for o in people_service.page_organizations(db, sort="city", descending=True)] \
        == ["b", "c", "A"]
    assert [o["name"] for o in people_service.page_organizations(db, 1, 1, sort="country")] == ["b"]
    with pytest.raises(ValidationError):
        people_service.page_organizations(db, sort="id; drop table")


def test_deleted_person_comes_back_with_their_links(demo_db):
    from missionplanner.services import agreements as agreement_service
    from missionplanner.services import followups, missions

    db = demo_db
    ohmura = next(p for p in people_service.list_people(db) if p.get("native_name") == "大村秀章")
    before = people_service.person_detail(db, ohmura["id"])
    mission = missions.list_missions(db)[0]
    fid = followups.create_followup(db, mission_id=mission["id"], action="Letter", owner_id=ohmura["id"])
    impact = people_service.person_deletion_impact(db, ohmura["id"])
    assert impact["agreements"] == 1 and impact["followups"] == 1 and impact["affiliations"] == 1
    record = people_service.person_record(db, ohmura["id"])
    people_service.delete_person(db, ohmura["id"])
    assert not any(a["signatories"] for a in agreement_service.list_agreements(db)
                   if "Aichi" in a["title"])
    assert people_service.restore_person(db, record) == ohmura["id"]
    after = people_service.person_detail(db, ohmura["id"])
    assert after["native_name"] == "大村秀章" and after["organization_id"] == before["organization_id"]
    assert {e["id"] for e in after["timeline"]} == {e["id"] for e in before["timeline"]} | {fid}
    with pytest.raises(ValidationError):
        people_service.restore_person(db, record)


def test_deleted_organization_comes_back_with_affiliations_and_agreements(demo_db):
    from missionplanner.services import agreements as agreement_service

    db = demo_db
    aichi = next(o for o in people_service.list_organizations(db) if o["native_name"] == "愛知県")
    impact = people_service.organization_deletion_impact(db, aichi["id"])
    assert impact["affiliations"] == 2 and impact["agreements"] == 1
    record = people_service.organization_record(db, aichi["id"])
    people_service.delete_organization(db, aichi["id"])
    assert people_service.list_people(db, organization_id=aichi["id"]) == []
    people_service.restore_organization(db, record)
    assert len(people_service.list_people(db, organization_id=aichi["id"])) == 2
    assert any(aichi["id"] in [p["id"] for p in a["parties"]] for a in agreement_service.list_agreements(db))


def test_moving_someone_and_back_the_same_day_leaves_no_trace(db):
    a = people_service.create_organization(db, name="Aichi Prefecture", kind="prefecture", country="JP")
    b = people_service.create_organization(db, name="Seoul", kind="government", country="KR")
    pid = people_service.create_person(db, family_name="Kim", organization_id=a)
    before = people_service.person_detail(db, pid)["affiliations"]
    people_service.update_person(db, pid, organization_id=b)
    people_service.update_person(db, pid, organization_id=a)  # e.g. Edit ▸ Undo
    after = people_service.person_detail(db, pid)["affiliations"]
    assert after == before


def test_the_person_search_finds_by_pronunciation_title_and_organization(db):
    """What the meeting editor's picker types: a pronunciation, a word of the post, the organization."""
    aichi = people_service.create_organization(db, name="Aichi Prefecture", native_name="愛知県",
                                               kind="prefecture", country="JP")
    ohmura = people_service.create_person(db, given_name="Hideaki", family_name="Ohmura",
                                          pronunciation="Ōmura Hideaki (oh-MOO-rah)",
                                          title="Governor", organization_id=aichi)
    vice = people_service.create_position(db, title="Vice-Governor of Aichi Prefecture",
                                          organization_id=aichi)
    people_service.create_person(db, given_name="Rate", family_name="Fifty_50%")

    def found(text):
        return {p["id"] for p in people_service.list_people(db, text)}

    assert found("oh-moo") == {ohmura}              # the pronunciation, case ignored
    assert found("Ōmura") == {ohmura}               # as stored, macron and all
    assert found("vice") == {vice}                  # a word of the post
    assert found("Aichi") == {ohmura, vice}         # the organization
    assert found("愛知") == {ohmura, vice}           # the organization's native name
    assert found("vice aichi") == {vice}            # every word must match
    assert found("o%") == set() and found("_moo") == set()  # still literal, in the pronunciation too


def test_our_side_is_every_missions_lead_and_delegation_by_family_name_without_counterparts(demo_db):
    from missionplanner.services.planner import Planner

    planner = Planner(demo_db)
    korea = planner.missions.resolve("economic-mission-korea-2017")
    aerts = people_service.create_person(demo_db, given_name="Zeger", family_name="Aerts")
    planner.missions.set_members(korea, [(aerts, "Adviser")])  # another mission's delegation counts too
    names = [p["name"] for p in planner.people.our_side()]
    assert "Zeger Aerts" in names and "Cécile Jodogne" in names
    assert not any("OHMURA" in n or "Vice-Governor" in n for n in names)
    assert names.index("Zeger Aerts") < names.index("Cécile Jodogne")  # Aerts before Jodogne


def test_a_missions_duty_officer_survives_delete_restore_merge_and_a_filled_position(db):
    from missionplanner.services import duplicates, missions

    anne = people_service.create_person(db, given_name="Anne", family_name="Peeters")
    mid = missions.create_mission(db, title="Visit to Osaka", start="2017-06-08", end="2017-06-10",
                                  duty_officer_id=anne)
    officer = lambda: (missions.mission_detail(db, mid)["duty_officer"] or {}).get("id")  # noqa: E731
    assert officer() == anne and anne in {p["id"] for p in people_service.our_side(db)}
    record = people_service.person_record(db, anne)
    people_service.delete_person(db, anne)
    assert officer() is None
    people_service.restore_person(db, record)
    assert officer() == anne  # Undo of the delete gives the mission its duty officer back

    twin = people_service.create_person(db, given_name="Anne", family_name="Peeters", email="anne@example.org")
    merged = duplicates.merge_people(db, twin, anne)
    assert officer() == twin  # the merge keeps her as the duty officer
    duplicates.undo_merge(db, merged)
    assert officer() == anne

    post = people_service.create_position(db, title="Duty officer, Tokyo embassy")
    missions.update_mission(db, mid, duty_officer_id=post)
    people_service.fill_position(db, post, anne)
    assert officer() == anne  # the holder named takes the post's place
