"""services.batch: many records at once, each row checked by the rules of a single create, all or
nothing, every written row reported."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from missionplanner.errors import ValidationError
from missionplanner.model import Affiliation, AuditEntry, Meeting, Organization, Participation, Person
from missionplanner.services import batch, meetings, missions, people
from missionplanner.services.search import search


@pytest.fixture
def trip(db):
    return missions.create_mission(db, title="Japan", start="2017-06-08", end="2017-06-11")


def count(db, cls) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(cls))


def meeting(title="Courtesy call", start="2017-06-09T10:00", end="2017-06-09T11:00", **more) -> dict:
    return {"title": title, "start": start, "end": end, "timezone": "Asia/Tokyo", "city": "Tokyo", **more}


def refusal(call) -> ValidationError:
    """The error a single create gives."""
    with pytest.raises(ValidationError) as exc:
        call()
    return exc.value


def test_meetings_are_written_with_participants_audit_and_search_rows(db, trip):
    ohmura = people.create_person(db, family_name="Ohmura")
    jodogne = people.create_person(db, family_name="Jodogne")
    written: list[tuple[str, list[str]]] = []
    ids = batch.create_meetings(db, trip, [meeting("Vice-Governor of Aichi", counterparts=[ohmura],
                                                   delegation=[jodogne]), meeting("Dinner", "2017-06-09T19:00",
                                                                                  "2017-06-09T21:00")],
                                summary="imported from a test", record=lambda table, ids: written.append((table, ids)))
    assert len(ids) == 2 and written[0] == ("meetings", ids) and written[1][0] == "participations"
    assert len(written[1][1]) == 2
    with db.read() as s:
        first = s.get(Meeting, ids[0])
        assert [(p.person_id, p.side) for p in first.participations] == [(ohmura, "counterpart"),
                                                                           (jodogne, "delegation")]
        assert first.start.isoformat() == "2017-06-09T01:00:00+00:00"
        summaries = set(s.scalars(select(AuditEntry.summary).where(AuditEntry.entity_id.in_(ids))))
    assert summaries == {"imported from a test"}
    assert [r["title"] for r in search(db, "vice-governor")] == ["Vice-Governor of Aichi"]


@pytest.mark.parametrize("bad", [
    {"end": "2017-06-09T09:00"},               # ends before it starts (check_meeting)
    {"start": "2017-06-20T10:00", "end": "2017-06-20T11:00"},  # outside the mission
    {"title": ""},                              # required
    {"status": "maybe"},                        # not a status
    {"start": "2017-03-26T02:30", "timezone": "Europe/Brussels"},  # in the spring-forward gap
    {"venue": "x" * 100_001},                   # too long
    {"colour": "red"},                          # unknown field
])
def test_a_meeting_is_refused_as_a_single_create_refuses_it_and_nothing_is_written(db, trip, bad):
    row = meeting(**bad)
    single = refusal(lambda: meetings.create_meeting(db, trip, **row))
    with pytest.raises(batch.BatchError) as exc:
        batch.create_meetings(db, trip, [meeting("Good one"), row], labels=["line 4", "line 9"])
    assert (exc.value.plain, exc.value.code, exc.value.params) == (single.plain, single.code, single.params)
    assert exc.value.where == "line 9"
    assert str(exc.value).startswith("line 9: ")
    assert count(db, Meeting) == 0 and count(db, Participation) == 0


def test_every_bad_row_is_listed(db, trip):
    rows = [meeting(title=""), meeting(), meeting(end="2017-06-09T09:00"), meeting(status="maybe")]
    with pytest.raises(batch.BatchError) as exc:
        batch.create_meetings(db, trip, rows)
    assert [label for label, _error in exc.value.errors] == ["row 1", "row 3", "row 4"]
    assert "(and 2 more rows)" in str(exc.value) and str(exc.value).startswith("row 1: title: ")


def test_an_unknown_participant_is_refused(db, trip):
    with pytest.raises(batch.BatchError, match="row 1: counterparts: no person with id 'nobody'"):
        batch.create_meetings(db, trip, [meeting(counterparts=["nobody"])])
    assert count(db, Meeting) == 0


def test_the_mission_limit_holds(db, trip, monkeypatch):
    monkeypatch.setattr(meetings, "MAX_MEETINGS", 2)
    batch.create_meetings(db, trip, [meeting()])
    with pytest.raises(ValidationError, match="the mission has 1 meetings; the limit is 2"):
        batch.create_meetings(db, trip, [meeting("a"), meeting("b")])
    assert count(db, Meeting) == 1


@pytest.mark.parametrize("bad", [{"email": "h.dupre@@blcc"}, {"family_name": ""}, {"name_order": "sideways"}])
def test_people_are_refused_as_a_single_create_refuses_them(db, bad):
    row = {"family_name": "Dupré", **bad}
    single = refusal(lambda: people.create_person(db, **row))
    with pytest.raises(batch.BatchError) as exc:
        batch.create_people(db, [{"family_name": "Good"}, row])
    assert (exc.value.plain, exc.value.code) == (single.plain, single.code) and exc.value.where == "row 2"
    assert count(db, Person) == 0


def test_people_organizations_and_affiliations(db):
    [aichi] = batch.create_organizations(db, [{"name": "Aichi Prefecture", "native_name": "愛知県", "country": "JP"}])
    [ohmura] = batch.create_people(db, [{"family_name": "Ohmura", "native_name": "大村秀章", "title": "Governor"}])
    batch.create_affiliations(db, [{"person_id": ohmura, "organization_id": aichi, "role": "Governor"}])
    with db.read() as s:
        p = s.get(Person, ohmura)
        assert p.name_order == "eastern"  # as a single create decides it from the native name
        assert p.current_affiliation.organization.name == "Aichi Prefecture"
    with pytest.raises(batch.BatchError, match="row 1: country: "):
        batch.create_organizations(db, [{"name": "Nowhere", "country": "Atlantis"}])
    with pytest.raises(batch.BatchError, match="row 1: organization_id: is required"):
        batch.create_affiliations(db, [{"person_id": ohmura}])
    assert (count(db, Organization), count(db, Affiliation)) == (1, 1)
