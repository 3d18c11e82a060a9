"""The command line's contract: exit codes, one-line errors, --json shapes with offsets."""

import json
import subprocess
import sys
from datetime import datetime

import pytest

from missionplanner.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbpath(tmp_path, capsys):
    path = str(tmp_path / "cli.sqlite")
    assert run(capsys, "--db", path, "demo")[0] == 0
    return path


def test_demo_is_idempotent(capsys, dbpath):
    code, out, _ = run(capsys, "--db", dbpath, "demo")
    assert code == 0 and "already there" in out
    code, out, _ = run(capsys, "--db", dbpath, "missions", "--json")
    assert len(json.loads(out)) == 3


def test_missions_json_shape(capsys, dbpath):
    code, out, err = run(capsys, "--db", dbpath, "missions", "--json")
    rows = json.loads(out)
    assert code == 0 and err == ""
    japan = next(m for m in rows if m["slug"] == "official-mission-japan-2017")
    assert {"id", "slug", "title", "start", "end", "status"} <= set(japan)
    assert japan["start"] == "2017-06-08"


def test_show_gives_venue_and_home_times_with_offsets(capsys, dbpath):
    code, out, _ = run(capsys, "--db", dbpath, "show", "Official mission to Japan", "--json")
    mission = json.loads(out)
    vg = next(m for m in mission["meetings"] if "Vice-Governor" in m["title"])
    assert vg["start"] == "2017-06-09T10:00:00+09:00"
    assert vg["start_home"] == "2017-06-09T03:00:00+02:00"
    assert datetime.fromisoformat(vg["start"]) == datetime.fromisoformat(vg["start_home"])
    assert [leg["city"] for leg in mission["legs"]] == ["Tokyo"]
    assert any(p["native_name"] == "大村秀章" for p in mission["people"])


def test_mission_reference_by_id_prefix_slug_and_title(capsys, dbpath):
    rows = json.loads(run(capsys, "--db", dbpath, "missions", "--json")[1])
    japan = next(m for m in rows if m["slug"] == "official-mission-japan-2017")
    for ref in (japan["id"], japan["id"][:8], japan["slug"], japan["title"]):
        code, out, _ = run(capsys, "--db", dbpath, "show", ref, "--json")
        assert code == 0 and json.loads(out)["id"] == japan["id"]
    code, out, err = run(capsys, "--db", dbpath, "show", "Atlantis")
    assert code == 2 and "Atlantis" in err and out == ""


def test_export_import_round_trip(capsys, dbpath, tmp_path):
    out_file = tmp_path / "japan.json"
    assert run(capsys, "--db", dbpath, "export", "official-mission-japan-2017", "-o", str(out_file))[0] == 0
    other = str(tmp_path / "other.sqlite")
    code, out, _ = run(capsys, "--db", other, "import", str(out_file))
    assert code == 0 and "4 meetings" in out
    again = tmp_path / "again.json"
    run(capsys, "--db", other, "export", "official-mission-japan-2017", "-o", str(again))
    assert again.read_text(encoding="utf-8") == out_file.read_text(encoding="utf-8")


def test_bad_import_exits_2_with_one_line_and_writes_nothing(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "missionplanner/1",
                               "mission": {"title": "X", "start": "2017-06-08", "end": "2017-06-01"}}))
    path = str(tmp_path / "empty.sqlite")
    code, out, err = run(capsys, "--db", path, "import", str(bad))
    assert code == 2 and str(bad) in err and "end" in err and err.count("\n") == 1
    assert json.loads(run(capsys, "--db", path, "missions", "--json")[1]) == []


def test_followups_and_overdue(capsys, dbpath):
    rows = json.loads(run(capsys, "--db", dbpath, "followups", "--json")[1])
    assert len(rows) == 5
    overdue = json.loads(run(capsys, "--db", dbpath, "followups", "--overdue", "--json")[1])
    assert {f["action"] for f in overdue} == {
        "Propose a first working programme under the cooperation agreement",
        "Share the Louise district's promotion calendar with Sakae-Machi"}
    assert all(f["overdue"] for f in overdue)


def test_search_json(capsys, dbpath):
    code, out, _ = run(capsys, "--db", dbpath, "search", "愛知", "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["kind"] == "organization" and "愛知県" in rows[0]["title"]


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["show"])
    assert e.value.code == 2


def test_python_dash_m_and_env_var(tmp_path):
    env = {"MISSIONPLANNER_DB": str(tmp_path / "env.sqlite"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "missionplanner", "missions", "--json"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0 and json.loads(done.stdout) == []
    assert (tmp_path / "env.sqlite").exists()


def test_reading_the_command_line_loads_no_database_library():
    """`missionplanner` with no command parses its arguments before the window's first paint, which
    lists missions with sqlite3 alone: the parser (every command's options) must not pull SQLAlchemy in."""
    import subprocess
    import sys

    code = ("import sys\nfrom missionplanner.cli import build_parser\nbuild_parser().parse_args([])\n"
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'psycopg', 'reportlab') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
