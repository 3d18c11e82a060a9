"""`missionplanner edit meeting|mission|person ID FIELD=VALUE…`: the window's validation from the
command line; exit 2 on bad input with nothing written (issue 19's command-line contract)."""

from __future__ import annotations

import json

import pytest

from missionplanner.cli import main
from missionplanner.services.planner import Planner


@pytest.fixture
def japan(demo_db):
    return Planner(demo_db).missions.detail("official-mission-japan-2017")


def _run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_meeting_moved_from_the_command_line_is_stored_on_its_venues_clock(demo_db, japan, capsys):
    meeting = next(m for m in japan["meetings"] if "Vice-Governor" in m["title"])
    code, out, _ = _run(capsys, "--db", demo_db.location, "edit", "meeting", meeting["id"],
                        "start=2017-06-09T14:00", "end=2017-06-09T15:00", "venue=Aichi Tokyo office", "--json")
    assert code == 0
    done = json.loads(out)
    assert done["fields"] == ["end", "start", "venue"] and done["version"] == meeting["version"] + 1
    stored = Planner(demo_db).meetings.get(meeting["id"])
    assert (stored["start"], stored["venue"]) == ("2017-06-09T14:00:00+09:00", "Aichi Tokyo office")


def test_a_mission_is_named_by_its_slug_and_a_person_by_id(demo_db, japan, capsys):
    code, out, _ = _run(capsys, "--db", demo_db.location, "edit", "mission", "official-mission-japan-2017",
                        "status=confirmed")
    assert code == 0 and "changed (status)" in out
    assert Planner(demo_db).missions.detail(japan["id"])["status"] == "confirmed"
    lead = japan["lead"]["id"]
    assert _run(capsys, "--db", demo_db.location, "edit", "person", lead, "honorific=H.E.")[0] == 0
    assert Planner(demo_db).people.get(lead)["honorific"] == "H.E."


@pytest.mark.parametrize("assignments, said", [
    (["colour=red"], "'colour' cannot be edited here; the fields are: title, start"),
    (["start"], "'start' is not FIELD=VALUE"),
    (["title=A", "title=B"], "title is given twice"),
    (["start=2017-06-09T16:00", "end=2017-06-09T15:00"], "ends (2017-06-09 15:00) before or when it starts"),
    (["start=2017-07-09T10:00", "end=2017-07-09T11:00"], "falls outside the mission"),
    (["status=maybe"], "'maybe' is not one of"),
    (["timezone=Asia/Atlantis"], "unknown time zone 'Asia/Atlantis'"),
])
def test_bad_input_exits_2_naming_what_is_wrong_and_nothing_is_written(demo_db, japan, capsys, assignments, said):
    meeting = next(m for m in japan["meetings"] if "Vice-Governor" in m["title"])
    before = Planner(demo_db).meetings.get(meeting["id"])
    code, out, err = _run(capsys, "--db", demo_db.location, "edit", "meeting", meeting["id"], *assignments)
    assert (code, out) == (2, "") and said in err
    assert Planner(demo_db).meetings.get(meeting["id"]) == before


def test_a_stale_version_is_refused_with_exit_2(demo_db, japan, capsys):
    meeting = next(m for m in japan["meetings"] if "Vice-Governor" in m["title"])
    Planner(demo_db).meetings.update(meeting["id"], meeting["version"], venue="changed by someone else")
    code, _, err = _run(capsys, "--db", demo_db.location, "edit", "meeting", meeting["id"], "venue=mine",
                        "--version", str(meeting["version"]))
    assert code == 2 and f"{demo_db.user} changed this meeting at " in err and "since you opened it" in err
    assert Planner(demo_db).meetings.get(meeting["id"])["venue"] == "changed by someone else"
