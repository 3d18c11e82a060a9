"""Kill -9 at random moments; then prove nothing committed is lost and nothing is left behind.

Loops:
- `run_harness`: one process creating people, importing missions and writing backups, killed at
  random: no committed row lost, no half import, every backup sound;
- `run_command_kills`: the commands themselves killed at random (`backup`, `restore`, `doctor` and
  a large `import`): after the next start, the database is sound and holds either the state before
  the command or after it, every copy in the backups folder is sound, and no staging copy, temporary
  (`.part`) or journal file is left.

Used by the test suite at a small size and by `make stress` (python -m bench.kill_harness 200).
"""

from __future__ import annotations

import copy
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import copy, json, sys
from missionplanner.store import open_database
from missionplanner.services import people, missionfile
from missionplanner.services.demo import demo_documents
from missionplanner.services.safety import backup_now

db = open_database(sys.argv[1], auto_backup=False)
run = sys.argv[2]
doc = dict(demo_documents())["2-official-mission-japan-2017.json"]
backups = sys.argv[3]
print("ready", flush=True)
n = 0
while True:
    n += 1
    op = n % 4
    if op in (0, 1):
        pid = people.create_person(db, family_name=f"{run}-{n}")
        print(json.dumps({"person": pid}), flush=True)
    elif op == 2:
        d = copy.deepcopy(doc)
        d["mission"]["slug"] = f"{run}-{n}"
        d["mission"]["title"] = f"Mission {run}-{n}"
        missionfile.import_document(db, d)
        print(json.dumps({"mission": f"{run}-{n}", "meetings": len(d["meetings"])}), flush=True)
    else:
        path = backup_now(db, f"{backups}/{run}-{n}.sqlite")
        print(json.dumps({"backup": str(path)}), flush=True)
"""


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def run_harness(kills: int, workdir: Path | None = None, seed: int = 2017,
                max_delay: float = 0.6) -> dict:
    from missionplanner.store import open_database

    rng = random.Random(seed)
    workdir = Path(workdir or tempfile.mkdtemp(prefix="mp-kill-"))
    db_path = workdir / "victim.sqlite"
    backups = workdir / "backups"
    backups.mkdir(parents=True, exist_ok=True)
    open_database(db_path).dispose()
    counts = {"kills": 0, "reopened_fine": 0, "committed_rows": 0, "rows_found": 0, "rows_lost": 0,
              "partial_missions": 0, "bad_backups": 0}
    committed_people: list[str] = []
    committed_missions: dict[str, int] = {}
    for k in range(kills):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), f"r{k}", str(backups)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, max_delay))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        counts["kills"] += 1
        for line in out.splitlines():
            rec = json.loads(line)
            if "person" in rec:
                committed_people.append(rec["person"])
            elif "mission" in rec:
                committed_missions[rec["mission"]] = rec["meetings"]
        # What the parent sees now is what a user would find after the crash.
        if _integrity(db_path) != "ok":
            continue
        db = open_database(db_path, auto_backup=False)
        try:
            with db.engine.connect() as conn:
                ids = {r[0] for r in conn.exec_driver_sql("SELECT id FROM people")}
                per_mission = dict(conn.exec_driver_sql(
                    "SELECT m.slug, count(mt.id) FROM missions m LEFT JOIN meetings mt "
                    "ON mt.mission_id = m.id GROUP BY m.slug").all())
        finally:
            db.dispose()
        counts["reopened_fine"] += 1
        # Every imported mission has the demo's four meetings, or is not there at all.
        counts["partial_missions"] = sum(1 for n in per_mission.values() if n != 4)
        counts["committed_rows"] = len(committed_people) + len(committed_missions)
        found = sum(1 for p in committed_people if p in ids) + sum(
            1 for slug, n in committed_missions.items() if per_mission.get(slug) == n)
        counts["rows_found"] = found
        counts["rows_lost"] = counts["committed_rows"] - found
    for b in backups.glob("*.sqlite"):
        if _integrity(b) != "ok":
            counts["bad_backups"] += 1
    # What the last kill left is for the next start to remove: open once more as the program does.
    open_database(db_path).dispose()
    counts["leftovers"] = len(leftover_files(db_path))
    return counts


# Commands killed mid-way --------------------------------------------------------------------------

MP = [sys.executable, "-m", "missionplanner"]
COMMANDS = ("backup", "restore", "doctor", "import")
BIG_IMPORT_MEETINGS = 1500


def leftover_files(db_path: Path) -> list[Path]:
    """What a killed run may leave that a start must clean: staging copies, unfinished copies
    (`.part`, with their -wal, -shm or -journal) and journals of files that are not databases."""
    found = []
    for folder in (db_path.parent, db_path.parent / "backups"):
        if not folder.is_dir():
            continue
        for p in folder.iterdir():
            name = p.name
            if (name.startswith(".staging-") or ".part" in name
                    or (name.endswith(("-wal", "-shm", "-journal")) and not name.startswith(db_path.name))):
                found.append(p)
    return sorted(found)


def _state(db_path: Path) -> tuple:
    """What the user sees, in short: the people and the meetings per mission."""
    conn = sqlite3.connect(db_path)
    try:
        ids = frozenset(r[0] for r in conn.execute("SELECT id FROM people"))
        per_mission = frozenset(conn.execute(
            "SELECT m.slug, count(mt.id) FROM missions m LEFT JOIN meetings mt ON mt.mission_id = m.id "
            "GROUP BY m.slug").fetchall())
        return ids, per_mission
    finally:
        conn.close()


def _big_mission(path: Path, slug: str) -> int:
    from missionplanner.services.demo import demo_documents

    doc = copy.deepcopy(dict(demo_documents())["2-official-mission-japan-2017.json"])
    doc["mission"]["slug"] = slug
    doc["mission"]["title"] = f"Large mission {slug}"
    model = doc["meetings"][0]
    meetings = []
    for i in range(BIG_IMPORT_MEETINGS):
        m = copy.deepcopy(model)
        m["title"] = f"{model['title']} #{i}"
        m.pop("followups", None)
        meetings.append(m)
    doc["meetings"] = meetings
    doc["agreements"] = []  # the meetings are the load; agreements are matched by title elsewhere
    path.write_text(json.dumps(doc), encoding="utf-8")
    return len(meetings)


def _run(argv: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([*MP, *argv], capture_output=True, text=True, timeout=600)


def _timed(argv: list[str]) -> float:
    started = time.perf_counter()
    done = _run(argv)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {done.stderr.strip()}")
    return time.perf_counter() - started


def run_command_kills(kills: int, workdir: Path | None = None, seed: int = 2017,
                      commands: tuple[str, ...] = COMMANDS, scale: float = 0.01) -> dict:
    """Kill each command `kills` times at a random moment of its run; check after each kill what
    the next start finds. Returns counts; every `*_bad`, `leftovers`, `inconsistent` must be 0."""
    from missionplanner.store import open_database

    rng = random.Random(seed)
    workdir = Path(workdir or tempfile.mkdtemp(prefix="mp-kill-cmd-"))
    db_path = workdir / "victim.sqlite"
    db = str(db_path)
    _run(["--db", db, "demo", "--scale", str(scale)])
    # Two backups with different data, for restores to go back and forth between.
    copies = [workdir / "state-a.sqlite", workdir / "state-b.sqlite"]
    _run(["--db", db, "backup", "-o", str(copies[0])])
    _run(["--db", db, "demo", "--scale", str(scale), "--seed", "2"])
    _run(["--db", db, "backup", "-o", str(copies[1])])
    states = {_state(c) for c in copies}
    big = workdir / "big.json"
    out = workdir / "elsewhere"  # a folder of the user's, for backup -o
    out.mkdir(exist_ok=True)
    counts = {"kills": 0, "completed": 0, "reopened_fine": 0, "inconsistent": 0, "leftovers": 0,
              "bad_db": 0, "bad_backups": 0, "left_by_kill": 0}
    problems: list[str] = []
    for k in range(kills):
        for command in commands:
            before = _state(db_path)
            if command == "backup":
                argv = ["backup"] if k % 2 else ["backup", "-o", str(out / "out.sqlite")]
                allowed = {before}
            elif command == "restore":
                target = copies[k % 2]
                argv = ["restore", str(target)]
                allowed = {before, _state(target)}
            elif command == "doctor":
                argv = ["doctor"]
                allowed = {before}
            else:
                slug = f"big-{k}"
                n = _big_mission(big, slug)
                argv = ["import", str(big)]
                allowed = {before}  # or with the whole mission, checked below
            duration = _timings.get(command) or _timings.setdefault(command, _timed(["--db", db, *argv]))
            if command in ("import",):  # that timing run imported it: take it out again
                restore_to = copies[k % 2]
                _run(["--db", db, "restore", str(restore_to)])
                before = _state(db_path)
                allowed = {before}
            elif command == "restore":
                before = _state(db_path)
                allowed = {before, _state(copies[k % 2])}
            child = subprocess.Popen([*MP, "--db", db, *argv], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
            time.sleep(rng.uniform(0.0, duration * 1.1))
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                counts["kills"] += 1
            else:
                counts["completed"] += 1
            _, err = child.communicate()
            if child.returncode not in (0, -signal.SIGKILL):
                problems.append(f"{command}: exit {child.returncode}: {err.strip()[-300:]}")
            counts["left_by_kill"] += len(leftover_files(db_path))  # for the next start to clean
            # The next start: open as the program does (which cleans what a killed run left).
            try:
                open_database(db_path).dispose()
                counts["reopened_fine"] += 1
            except Exception as exc:  # noqa: BLE001 - reported as a failure
                problems.append(f"{command}: reopening failed: {exc}")
                counts["bad_db"] += 1
                continue
            if _integrity(db_path) != "ok":
                counts["bad_db"] += 1
                problems.append(f"{command}: the database fails the integrity check")
            after = _state(db_path)
            ok = after in allowed
            if command == "import" and not ok:
                ids, per_mission = after
                ok = (ids == before[0] and dict(per_mission).get(slug) == n
                      and per_mission - {(slug, n)} == before[1])
            if not ok:
                counts["inconsistent"] += 1
                problems.append(f"{command}: the data is neither the state before nor after it")
            left = leftover_files(db_path)
            if left:
                counts["leftovers"] += len(left)
                problems.append(f"{command}: left behind {', '.join(p.name for p in left)}")
            if "-o" in argv:
                # A copy killed in another folder is cleaned by the next copy to the same file.
                done = _run(["--db", db, *argv])
                left = [p for p in out.iterdir() if p.name != "out.sqlite"]
                if done.returncode != 0 or left or _integrity(out / "out.sqlite") != "ok":
                    counts["leftovers"] += len(left)
                    problems.append(f"backup -o again: exit {done.returncode}, left "
                                    f"{', '.join(p.name for p in left) or 'nothing'}")
            for b in (db_path.parent / "backups").glob("*.sqlite"):
                if _integrity(b) != "ok":
                    counts["bad_backups"] += 1
                    problems.append(f"{command}: unsound backup {b.name}")
                    b.unlink()
    counts["problems"] = problems
    counts["states"] = len(states)
    counts["seconds_per_run"] = {c: round(t, 1) for c, t in _timings.items()}
    return counts


_timings: dict[str, float] = {}


def main(argv: list[str]) -> int:
    kills = int(argv[0]) if argv else 200
    started = time.perf_counter()
    counts = run_harness(kills)
    print("kill harness:", ", ".join(f"{k} {v}" for k, v in counts.items()),
          f"({time.perf_counter() - started:.0f} s)")
    ok = (counts["reopened_fine"] == counts["kills"] and counts["rows_lost"] == 0
          and counts["partial_missions"] == 0 and counts["bad_backups"] == 0
          and counts["leftovers"] == 0)
    started = time.perf_counter()
    per_command = max(1, kills // 10)
    commands = run_command_kills(per_command, scale=0.05)  # 5,000 meetings: copies take a while
    problems = commands.pop("problems")
    print(f"commands killed ({', '.join(COMMANDS)}; {per_command} rounds):",
          ", ".join(f"{k} {v}" for k, v in commands.items()), f"({time.perf_counter() - started:.0f} s)")
    for line in problems:
        print("  FAIL:", line)
    ok = ok and not problems and commands["reopened_fine"] == per_command * len(COMMANDS)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
