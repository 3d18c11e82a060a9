"""A mission restricted to named people (issue 19): on the cabinet's server PostgreSQL's row-level
security hides it, and everything that belongs to it, from every other login: lists, details,
search, its meetings, and any attempt to change it. Administrators see everything."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from missionplanner.cli import main
from missionplanner.errors import MissionPlannerError, ValidationError
from missionplanner.services.planner import Planner
from missionplanner.store import open_database


def test_the_named_logins_are_kept_in_order_once_each(db):
    planner = Planner(db)
    mid = planner.missions.create(title="Seoul", start="2017-06-12", end="2017-06-16")
    planner.missions.update(mid, None, restricted_to="Bob, anne;anne")
    assert planner.missions.detail(mid)["restricted_to"] == ["anne", "bob"]
    with pytest.raises(ValidationError) as refused:
        planner.missions.update(mid, None, restricted_to="anne, Robert Smith")
    assert refused.value.code == "server.bad-login-name" and refused.value.field == "restricted_to"
    assert planner.missions.detail(mid)["restricted_to"] == ["anne", "bob"]  # nothing written
    planner.missions.update(mid, None, restricted_to="")
    assert planner.missions.detail(mid)["restricted_to"] == []
    assert main(["--db", db.location, "edit", "mission", mid, "restricted_to=minister, anne"]) == 0
    assert planner.missions.detail(mid)["restricted_to"] == ["anne", "minister"]


@pytest.fixture(scope="module")
def cabinet(postgres):
    """A server with an aide anne, an aide bob, a reader (the minister) and an administrator."""
    name = postgres.create_database()
    url = postgres.url(name)
    assert main(["server", "init", url]) == 0
    for login, role in (("anne", "aide"), ("bob", "aide"), ("minister", "reader"), ("it.admin", "admin")):
        assert main(["--db", url, "server", "add-user", login, "--role", role]) == 0
    opened = {}

    def login(who: str) -> Planner:
        if who not in opened:
            opened[who] = Planner(open_database(make_url(url).set(username=who).render_as_string(
                hide_password=False), migrate=False))
        return opened[who]
    yield login
    for planner in opened.values():
        planner.db.dispose()
    postgres.drop_database(name)


def _titles(planner) -> set[str]:
    return {m["title"] for m in planner.missions.list()}


def test_only_the_named_logins_and_administrators_see_a_restricted_mission(cabinet):
    anne, bob, minister, admin = cabinet("anne"), cabinet("bob"), cabinet("minister"), cabinet("it.admin")
    mid = anne.missions.create(title="Princely mission to Seoul", start="2017-06-12", end="2017-06-16")
    anne.missions.add_leg(mid, city="Seoul", country="KR", timezone="Asia/Seoul",
                          arrive="2017-06-12T09:00", depart="2017-06-16T18:00")
    meeting = anne.meetings.create(mid, title="Samsung courtesy call", city="Seoul", timezone="Asia/Seoul",
                                   start="2017-06-13T10:00", end="2017-06-13T11:00")
    open_mid = anne.missions.create(title="Open mission to Osaka", start="2017-09-04", end="2017-09-08")
    anne.missions.update(mid, None, restricted_to="anne")

    assert "Princely mission to Seoul" in _titles(anne) and "Princely mission to Seoul" in _titles(admin)
    assert [h for h in anne.search.query("Samsung") if h.get("id") == meeting]
    for outsider in (bob, minister):
        assert _titles(outsider) >= {"Open mission to Osaka"}
        assert "Princely mission to Seoul" not in _titles(outsider)
        assert not [h for h in outsider.search.query("Samsung") if h.get("id") == meeting]  # nor found
        with pytest.raises(MissionPlannerError):
            outsider.meetings.get(meeting)
    with pytest.raises(MissionPlannerError):  # nor changed: to bob the mission is not there
        bob.missions.update(mid, None, title="Renamed by bob")
    assert anne.missions.detail(mid)["title"] == "Princely mission to Seoul"
    assert [m["title"] for m in anne.missions.detail(mid)["meetings"]] == ["Samsung courtesy call"]

    anne.missions.update(mid, None, restricted_to="anne,bob")  # bob is named now
    assert "Princely mission to Seoul" in _titles(bob)
    assert bob.meetings.get(meeting)["title"] == "Samsung courtesy call"
    assert open_mid


def test_an_aide_cannot_restrict_a_mission_away_from_themselves(cabinet):
    anne = cabinet("anne")
    mid = anne.missions.create(title="Lisbon", start="2017-10-02", end="2017-10-04")
    with pytest.raises(MissionPlannerError) as refused:
        anne.missions.update(mid, None, restricted_to="bob")  # the new row would be hidden from anne
    assert refused.value.code == "database.restricted-away" and "out of anne's sight" in str(refused.value)
    assert anne.missions.detail(mid)["restricted_to"] == []
