"""Two processes on one database: no corruption, no lost write, stale edits refused."""

import subprocess
import sys
import textwrap

import pytest

from missionplanner.errors import StaleEditError
from missionplanner.services import missions, people
from missionplanner.store import open_database

WRITER = textwrap.dedent("""
    import sys
    from missionplanner.store import open_database
    from missionplanner.services import people
    db = open_database(sys.argv[1])
    for i in range(40):
        people.create_person(db, family_name=f"{sys.argv[2]}-{i}")
""")


def test_two_processes_writing_at_once(tmp_path):
    path = tmp_path / "shared.sqlite"
    open_database(path).dispose()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag]) for tag in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    db = open_database(path)
    names = {p["family_name"] for p in people.list_people(db)}
    assert len(names) == 80
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_second_window_with_an_old_copy_is_refused(tmp_path):
    path = tmp_path / "two.sqlite"
    a, b = open_database(path), open_database(path)
    mid = missions.create_mission(a, title="Seoul", start="2017-06-12", end="2017-06-16")
    seen_by_b = missions.mission_detail(b, mid)["version"]
    missions.update_mission(a, mid, seen_by_b, objectives="Written by A")
    with pytest.raises(StaleEditError):
        missions.update_mission(b, mid, seen_by_b, objectives="Written by B")
    assert missions.mission_detail(a, mid)["objectives"] == "Written by A"
