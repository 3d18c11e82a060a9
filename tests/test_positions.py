"""Positions whose holder is not known yet ("Vice-Governor of Aichi", name to be confirmed): created,
put into meetings, found by post and organization, filled later by a person (undoably), and never
shown with a made-up name."""

from __future__ import annotations

import pytest

from missionplanner.errors import NotFoundError, ValidationError
from missionplanner.model.names import display_name
from missionplanner.services import duplicates, meetings, missions
from missionplanner.services import people as people_service
from missionplanner.services.person_text import shown_name
from missionplanner.services.planner import Planner


@pytest.fixture
def aichi(db) -> str:
    return people_service.create_organization(db, name="Aichi Prefecture", native_name="愛知県",
                                              kind="prefecture", country="JP")


@pytest.fixture
def vice(db, aichi) -> str:
    return people_service.create_position(db, title="Vice-Governor of Aichi", organization_id=aichi)


def _meeting(db, mission_id, title, start, counterparts, delegation=()):
    return meetings.create_meeting(db, mission_id, title=title, start=start,
                                   end=start.replace("T10", "T11"), timezone="Asia/Tokyo", city="Tokyo",
                                   counterparts=list(counterparts), delegation=list(delegation))


def _ids_of(db, meeting_id, side):
    from sqlalchemy import select

    from missionplanner.model import Participation

    with db.read() as s:
        return sorted(s.scalars(select(Participation.person_id).where(
            Participation.meeting_id == meeting_id, Participation.side == side)))


def test_a_position_has_its_post_for_a_name_and_its_organization(db, aichi, vice):
    p = people_service.person_detail(db, vice)
    assert p["kind"] == "position" and p["name"] == "Vice-Governor of Aichi"
    assert p["given_name"] == "" and p["family_name"] == ""  # no made-up name
    assert p["organization_id"] == aichi
    assert [a["role"] for a in p["affiliations"]] == ["Vice-Governor of Aichi"]
    assert shown_name(p["name"], p["kind"], "name to be confirmed") == \
        "Vice-Governor of Aichi (name to be confirmed)"
    assert shown_name("Hideaki Ohmura", "person", "name to be confirmed") == "Hideaki Ohmura"
    assert display_name("", "", "western", "position", " Vice-Governor ") == "Vice-Governor"


def test_a_position_needs_a_post(db, aichi):
    with pytest.raises(ValidationError) as err:
        people_service.create_position(db, title="  ", organization_id=aichi)
    assert err.value.code == "field.required" and err.value.field == "title"
    with pytest.raises(NotFoundError):
        people_service.create_position(db, title="Vice-Governor", organization_id="nope")


def test_a_position_is_edited_without_a_name_but_keeps_its_post(db, vice):
    version = people_service.person_detail(db, vice)["version"]
    people_service.update_person(db, vice, version, family_name="", title="First Vice-Governor of Aichi")
    assert people_service.person_detail(db, vice)["name"] == "First Vice-Governor of Aichi"
    with pytest.raises(ValidationError) as err:
        people_service.update_person(db, vice, title="")
    assert err.value.field == "title"


@pytest.mark.parametrize("text", ["Vice", "aichi", "愛知", "vice governor"])
def test_the_person_search_finds_a_position_by_post_and_organization(db, vice, text):
    found = people_service.list_people(db, text)
    assert [p["id"] for p in found] == [vice]
    assert found[0]["name"] == "Vice-Governor of Aichi" and found[0]["kind"] == "position"


def test_the_person_search_finds_people_by_their_current_organization(db, aichi):
    pid = people_service.create_person(db, given_name="Hideaki", family_name="Ohmura", organization_id=aichi)
    other = people_service.create_person(db, family_name="Jodogne")
    assert [p["id"] for p in people_service.list_people(db, "prefecture")] == [pid]
    assert other not in [p["id"] for p in people_service.list_people(db, "aichi")]
    people_service.update_person(db, pid, organization_id=None)
    assert people_service.list_people(db, "prefecture") == []


def test_the_planner_search_finds_a_position_by_its_post(db, vice):
    planner = Planner(db)
    hits = [h for h in planner.search.query("Vice") if h["kind"] == "person"]
    assert [(h["id"], h["title"]) for h in hits] == [(vice, "Vice-Governor of Aichi")]
    assert [p["id"] for p in planner.people.search("Aichi")] == [vice]


def test_filling_a_position_passes_its_meetings_to_the_person_and_undo_gives_them_back(db, mission_id, vice):
    lead = people_service.create_person(db, given_name="Cécile", family_name="Jodogne")
    ohmura = people_service.create_person(db, given_name="Hideaki", family_name="Ohmura")
    m1 = _meeting(db, mission_id, "Courtesy call", "2017-06-09T10:00", [vice], [lead])
    # Ohmura is already in the second meeting: filling must not put him there twice.
    m2 = _meeting(db, mission_id, "Lunch", "2017-06-10T10:00", [vice, ohmura], [lead])
    m3 = _meeting(db, mission_id, "Other", "2017-06-11T10:00", [ohmura])

    undo = people_service.fill_position(db, vice, ohmura)

    assert _ids_of(db, m1, "counterpart") == [ohmura]
    assert _ids_of(db, m2, "counterpart") == [ohmura]
    assert _ids_of(db, m3, "counterpart") == [ohmura]
    assert people_service.person_detail(db, vice)["filled_by_id"] == ohmura
    # A filled position leaves the pickers and lists: its holder has its meetings.
    assert people_service.list_people(db, "Vice") == []
    assert {e["id"] for e in people_service.person_detail(db, ohmura)["timeline"]} >= {m1, m2, m3}

    people_service.restore_person(db, undo)

    assert _ids_of(db, m1, "counterpart") == [vice]
    assert _ids_of(db, m2, "counterpart") == sorted([vice, ohmura])
    assert _ids_of(db, m3, "counterpart") == [ohmura]
    assert people_service.person_detail(db, vice)["filled_by_id"] is None
    assert [p["id"] for p in people_service.list_people(db, "Vice")] == [vice]


def test_filling_passes_delegation_seats_follow_ups_and_signatures(db, mission_id, vice, aichi):
    from missionplanner.services import agreements, followups

    ohmura = people_service.create_person(db, given_name="Hideaki", family_name="Ohmura")
    missions.set_members(db, mission_id, [(vice, "host")])
    f = followups.create_followup(db, mission_id=mission_id, action="Send the minutes", owner_id=vice)
    a = agreements.create_agreement(db, title="Cooperation", parties=[aichi], signatories=[vice, ohmura])
    undo = people_service.fill_position(db, vice, ohmura)
    detail = people_service.person_detail(db, ohmura)
    assert {e["id"] for e in detail["timeline"]} >= {f, a}
    assert [p["id"] for p in missions.mission_detail(db, mission_id)["delegation"]] == [ohmura]
    people_service.restore_person(db, undo)
    assert [p["id"] for p in missions.mission_detail(db, mission_id)["delegation"]] == [vice]
    back = {e["id"] for e in people_service.person_detail(db, vice)["timeline"]}
    assert {f, a} <= back
    assert a in {e["id"] for e in people_service.person_detail(db, ohmura)["timeline"]}  # signed already


def test_only_an_open_position_is_filled_and_only_by_a_person(db, vice):
    ohmura = people_service.create_person(db, given_name="Hideaki", family_name="Ohmura")
    other = people_service.create_position(db, title="Director-General")
    with pytest.raises(NotFoundError):
        people_service.fill_position(db, vice, other)
    with pytest.raises(NotFoundError):
        people_service.fill_position(db, ohmura, vice)
    people_service.fill_position(db, vice, ohmura)
    with pytest.raises(NotFoundError):
        people_service.fill_position(db, vice, ohmura)


def test_two_positions_without_names_are_not_duplicates(db, aichi, vice):
    people_service.create_position(db, title="Vice-Governor of Aichi", organization_id=aichi)
    people_service.create_position(db, title="Director-General", organization_id=aichi)
    assert duplicates.find_duplicates(db) == []


def test_filling_passes_the_journeys_once(db, mission_id, vice):
    from datetime import UTC, datetime

    from missionplanner.model import Traveller, TravelSegment

    ohmura = people_service.create_person(db, given_name="Hideaki", family_name="Ohmura")
    with db.write() as s:
        legs = []
        for n in (1, 2):
            seg = TravelSegment(mission_id=mission_id, kind="train", number=f"Nozomi {n}", from_place="Tokyo",
                                from_timezone="Asia/Tokyo", to_place="Nagoya", to_timezone="Asia/Tokyo",
                                depart=datetime(2017, 6, 9, n, tzinfo=UTC),
                                arrive=datetime(2017, 6, 9, n + 2, tzinfo=UTC))
            s.add(seg)
            s.flush()
            legs.append(seg.id)
        s.add_all([Traveller(segment_id=legs[0], person_id=vice), Traveller(segment_id=legs[1], person_id=vice),
                   Traveller(segment_id=legs[1], person_id=ohmura)])

    def travellers():
        from sqlalchemy import select

        with db.read() as s:
            return sorted(s.execute(select(Traveller.segment_id, Traveller.person_id)).all())

    undo = people_service.fill_position(db, vice, ohmura)
    assert travellers() == sorted([(legs[0], ohmura), (legs[1], ohmura)])
    people_service.restore_person(db, undo)
    assert travellers() == sorted([(legs[0], vice), (legs[1], vice), (legs[1], ohmura)])


def test_through_the_planner_a_position_is_created_filled_and_the_filling_undone(db, mission_id, aichi):
    planner = Planner(db)
    vice = planner.people.create_position(title="Vice-Governor of Aichi", organization_id=aichi)
    ohmura = planner.people.create(given_name="Hideaki", family_name="Ohmura")
    meeting = planner.meetings.create(mission_id, title="Courtesy call", start="2017-06-09T10:00",
                                      end="2017-06-09T11:00", timezone="Asia/Tokyo", city="Tokyo",
                                      counterparts=[vice])
    assert [p["id"] for p in planner.people.search("Vice Aichi")] == [vice]
    snapshot = planner.people.fill_position(vice, ohmura)
    assert [p["id"] for p in planner.meetings.get(meeting)["counterparts"]] == [ohmura]
    planner.people.restore(snapshot)
    assert [p["id"] for p in planner.meetings.get(meeting)["counterparts"]] == [vice]


def test_undoing_a_filling_twice_is_refused_and_changes_nothing(db, mission_id, vice):
    ohmura = people_service.create_person(db, given_name="Hideaki", family_name="Ohmura")
    m = _meeting(db, mission_id, "Courtesy call", "2017-06-09T10:00", [vice])
    undo = people_service.fill_position(db, vice, ohmura)
    people_service.restore_person(db, undo)
    with pytest.raises(ValidationError) as err:
        people_service.restore_person(db, undo)
    assert err.value.code == "restore.exists"
    assert _ids_of(db, m, "counterpart") == [vice]
