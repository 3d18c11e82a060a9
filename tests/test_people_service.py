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
