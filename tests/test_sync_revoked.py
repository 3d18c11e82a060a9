"""A mission restricted away from a laptop's login leaves that laptop at its next sync (SYNC.md,
"revoked"): a replica never keeps what its login may no longer read. Edits made to it offline are
kept aside in the conflict inbox, not sent."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from missionplanner.cli import main
from missionplanner.services.planner import Planner
from missionplanner.store import open_database


@pytest.fixture
def cabinet(postgres, tmp_path, capsys):
    name = postgres.create_database()
    url = postgres.url(name)
    assert main(["server", "init", url]) == 0
    for login, role in (("anne", "aide"), ("bob", "aide"), ("minister", "reader")):
        assert main(["--db", url, "server", "add-user", login, "--role", role]) == 0
    capsys.readouterr()
    bob = Planner(open_database(make_url(url).set(username="bob").render_as_string(hide_password=False),
                                migrate=False))
    laptop = tmp_path / "anne.sqlite"
    anne_url = make_url(url).set(username="anne").render_as_string(hide_password=False)
    yield bob, laptop, anne_url
    bob.db.dispose()
    postgres.drop_database(name)


def _sync(capsys, laptop) -> dict:
    assert main(["--db", str(laptop), "sync", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_mission_restricted_away_leaves_the_laptop_with_its_meetings(cabinet, capsys):
    bob, laptop, anne_url = cabinet
    mid = bob.missions.create(title="Princely mission to Seoul", start="2017-06-12", end="2017-06-16")
    meeting = bob.meetings.create(mid, title="Samsung courtesy call", city="Seoul", timezone="Asia/Seoul",
                                  start="2017-06-13T10:00", end="2017-06-13T11:00")
    bob.briefing_versions.record(mid, number=1, issued_at=datetime(2017, 6, 1, 9, 0, tzinfo=UTC), edition="minister",
                                 lang="en", classification="", content={"lang": "en", "meetings": [],
                                                                        "mission": {"title": "Samsung"}})
    kept = bob.missions.create(title="Open mission to Osaka", start="2017-09-04", end="2017-09-08")
    assert main(["--db", str(laptop), "join", anne_url]) == 0
    capsys.readouterr()
    anne = Planner.open(str(laptop))
    try:
        assert {m["id"] for m in anne.missions.list()} == {mid, kept}
        assert len(anne.briefing_versions.list(mid)) == 1
    finally:
        anne.close()
    bob.missions.update(mid, None, restricted_to="bob")  # anne may no longer see it
    assert _sync(capsys, laptop) == {"pulled": 1, "pushed": 0, "conflicts": 0}  # counted: the window refreshes
    anne = Planner.open(str(laptop))
    try:
        assert {m["id"] for m in anne.missions.list()} == {kept}
        assert not [h for h in anne.search.query("Samsung") if h["id"] == meeting]  # nor found
        with anne.db.read() as session:  # nor the packs printed of it, which hold its meetings and texts
            assert session.execute(text("SELECT count(*) FROM briefing_versions")).scalar() == 0
        assert anne.sync.conflicts() == []
    finally:
        anne.close()
    assert bob.missions.detail(mid)["title"] == "Princely mission to Seoul"  # nothing deleted on the server


def test_edits_to_a_mission_restricted_away_are_kept_aside_and_not_sent(cabinet, capsys):
    bob, laptop, anne_url = cabinet
    mid = bob.missions.create(title="Princely mission to Seoul", start="2017-06-12", end="2017-06-16")
    meeting = bob.meetings.create(mid, title="Samsung courtesy call", city="Seoul", timezone="Asia/Seoul",
                                  start="2017-06-13T10:00", end="2017-06-13T11:00")
    assert main(["--db", str(laptop), "join", anne_url]) == 0
    capsys.readouterr()
    anne = Planner.open(str(laptop))
    try:
        anne.meetings.update(meeting, title="Samsung courtesy call, moved")  # offline
    finally:
        anne.close()
    bob.missions.update(mid, None, restricted_to="bob")
    assert _sync(capsys, laptop)["conflicts"] == 1
    anne = Planner.open(str(laptop))
    try:
        assert anne.missions.list() == []
        (aside,) = anne.sync.conflicts()
        assert aside["fields"] == ["(no longer shared with you)"]
        assert aside["mine"]["title"] == "Princely mission to Seoul"
    finally:
        anne.close()
    assert bob.meetings.get(meeting)["title"] == "Samsung courtesy call"  # not sent


def test_a_mission_shared_again_comes_back_with_its_meetings(cabinet, capsys):
    """Its meetings did not change while it was away, so a pull from the cursor alone would bring
    the mission's row and not them: the laptop reads everything again."""
    bob, laptop, anne_url = cabinet
    mid = bob.missions.create(title="Princely mission to Seoul", start="2017-06-12", end="2017-06-16")
    meeting = bob.meetings.create(mid, title="Samsung courtesy call", city="Seoul", timezone="Asia/Seoul",
                                  start="2017-06-13T10:00", end="2017-06-13T11:00")
    assert main(["--db", str(laptop), "join", anne_url]) == 0
    capsys.readouterr()
    bob.missions.update(mid, None, restricted_to="bob")
    _sync(capsys, laptop)
    bob.missions.create(title="Open mission to Osaka", start="2017-09-04", end="2017-09-08")  # the cursor moves on
    _sync(capsys, laptop)
    bob.missions.update(mid, None, restricted_to="bob,anne")  # shared with anne again
    assert _sync(capsys, laptop)["conflicts"] == 0
    anne = Planner.open(str(laptop))
    try:
        assert mid in {m["id"] for m in anne.missions.list()}
        assert anne.meetings.get(meeting)["title"] == "Samsung courtesy call"
        assert [h for h in anne.search.query("Samsung") if h["id"] == meeting]
    finally:
        anne.close()
    assert _sync(capsys, laptop) == {"pulled": 0, "pushed": 0, "conflicts": 0}


def test_an_edit_to_a_mission_no_longer_shared_cannot_be_kept_as_mine(cabinet, capsys):
    bob, laptop, anne_url = cabinet
    mid = bob.missions.create(title="Princely mission to Seoul", start="2017-06-12", end="2017-06-16")
    assert main(["--db", str(laptop), "join", anne_url]) == 0
    capsys.readouterr()
    anne = Planner.open(str(laptop))
    try:
        anne.missions.update(mid, None, objectives="Open the Seoul office")  # offline
    finally:
        anne.close()
    bob.missions.update(mid, None, restricted_to="bob")
    assert _sync(capsys, laptop)["conflicts"] == 1
    assert main(["--db", str(laptop), "conflicts", "--json"]) == 0
    (aside,) = json.loads(capsys.readouterr().out)
    assert main(["--db", str(laptop), "resolve", str(aside["id"]), "--mine"]) == 2
    assert "no longer shared with you" in capsys.readouterr().err
    assert _sync(capsys, laptop) == {"pulled": 0, "pushed": 0, "conflicts": 1}  # nothing sent, still waiting
    assert main(["--db", str(laptop), "resolve", str(aside["id"]), "--theirs"]) == 0
    capsys.readouterr()
    assert _sync(capsys, laptop) == {"pulled": 0, "pushed": 0, "conflicts": 0}
    assert bob.missions.detail(mid)["objectives"] in ("", None)


def test_a_change_the_server_refuses_waits_in_the_inbox_and_the_others_go(cabinet, capsys):
    """Restricting a mission away from oneself is refused by the server (row-level security); made
    offline, it used to stop every sync of the laptop on the refused write."""
    bob, laptop, anne_url = cabinet
    seoul = bob.missions.create(title="Princely mission to Seoul", start="2017-06-12", end="2017-06-16")
    osaka = bob.missions.create(title="Open mission to Osaka", start="2017-09-04", end="2017-09-08")
    assert main(["--db", str(laptop), "join", anne_url]) == 0
    capsys.readouterr()
    anne = Planner.open(str(laptop))
    try:
        anne.missions.update(seoul, None, restricted_to="bob")  # offline: away from herself
        anne.missions.update(osaka, None, title="Economic mission to Osaka")
    finally:
        anne.close()
    assert _sync(capsys, laptop) == {"pulled": 0, "pushed": 1, "conflicts": 1}
    assert bob.missions.detail(osaka)["title"] == "Economic mission to Osaka"  # the other edit went
    assert bob.missions.detail(seoul)["restricted_to"] == []
    assert main(["--db", str(laptop), "conflicts", "--json"]) == 0
    (refused,) = json.loads(capsys.readouterr().out)
    assert (refused["row_id"], refused["fields"]) == (seoul, ["(refused by the server)"])
    assert _sync(capsys, laptop) == {"pulled": 0, "pushed": 0, "conflicts": 1}  # held, not sent again
    assert main(["--db", str(laptop), "resolve", str(refused["id"]), "--theirs"]) == 0
    capsys.readouterr()
    assert _sync(capsys, laptop)["conflicts"] == 0
    anne = Planner.open(str(laptop))
    try:
        assert anne.missions.detail(seoul)["restricted_to"] == []
    finally:
        anne.close()
    assert _sync(capsys, laptop) == {"pulled": 0, "pushed": 0, "conflicts": 0}


def test_a_readers_laptop_edit_is_refused_into_the_inbox_not_a_failed_sync(cabinet, capsys, tmp_path):
    bob, _laptop, anne_url = cabinet
    seoul = bob.missions.create(title="Princely mission to Seoul", start="2017-06-12", end="2017-06-16")
    reader_url = make_url(anne_url).set(username="minister").render_as_string(hide_password=False)
    laptop = tmp_path / "minister.sqlite"
    assert main(["--db", str(laptop), "join", reader_url]) == 0
    capsys.readouterr()
    minister = Planner.open(str(laptop))
    try:
        minister.missions.update(seoul, None, title="Seoul, as the minister would have it")
    finally:
        minister.close()
    assert _sync(capsys, laptop) == {"pulled": 0, "pushed": 0, "conflicts": 1}
    assert bob.missions.detail(seoul)["title"] == "Princely mission to Seoul"
    bob.missions.update(seoul, None, title="Princely mission to Seoul and Busan")
    assert _sync(capsys, laptop)["pulled"] == 1  # still receives what the office changes
