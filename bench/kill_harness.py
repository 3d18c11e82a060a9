"""Kill -9 at random moments during imports, saves and backups; then prove nothing committed is lost.

Used by the test suite at a small size and by `make stress` (python -m bench.kill_harness 200).
"""

from __future__ import annotations

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
    return counts


def main(argv: list[str]) -> int:
    kills = int(argv[0]) if argv else 200
    started = time.perf_counter()
    counts = run_harness(kills)
    print("kill harness:", ", ".join(f"{k} {v}" for k, v in counts.items()),
          f"({time.perf_counter() - started:.0f} s)")
    ok = (counts["reopened_fine"] == counts["kills"] and counts["rows_lost"] == 0
          and counts["partial_missions"] == 0 and counts["bad_backups"] == 0)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
