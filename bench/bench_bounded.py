"""Bounded work (issue 13, finding 8): the briefing pack, `check` and `show` on very large input.

Cases, each built in a process of its own from a database prepared beforehand, so that the peak
resident memory (`ru_maxrss`) is the command's own and not the data builder's:

- the briefing pack of a mission of 1,000 and 5,000 meetings (a brief of a page or two each, two
  counterparts from a pool of one person per two meetings): CPU seconds and peak memory;
- 10,000 meetings: the pack is refused (over `MAX_PACK_MEETINGS`), and, for information, the same
  pack with the limit lifted, so that the CPU time per meeting at 10,000 against 1,000 shows whether
  the time grows faster than the meetings (1 = linear);
- the pack of a 3-meeting mission one of whose meetings has a 100 KB and a 1 MB background (one line
  of sentences, the worst case for reportlab's paragraph layout);
- `check`, `show` and `show --json` on a mission of 100,000 meetings, and `check` on 100,000
  meetings crammed into twelve days among 200 people (2 million double bookings): peak memory.

Goals (issue 13): a pack of 10,000 meetings in at most 60 s and 1 GB (it takes 90 to 130 s, so
packs stop at 5,000 meetings: the goal applies to the largest pack there is), a 1 MB field in at
most 10 s, `check` and `show` on 100,000 meetings in at most 1 GB.

`python -m bench bounded` runs it (about five minutes); `MISSIONPLANNER_BENCH_BOUNDED=quick` runs
the small sizes only (1,000 meetings, 100 KB, 10,000 meetings for check and show).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
GOAL_PACK_SECONDS = 60.0  # 10,000 meetings
GOAL_FIELD_SECONDS = 10.0  # one 1 MB text field
GOAL_MEMORY_MB = 1024.0
LEGS = (("Tokyo", "東京", "JP", "Asia/Tokyo", 9), ("Nagoya", "名古屋", "JP", "Asia/Tokyo", 9),
        ("Seoul", "서울", "KR", "Asia/Seoul", 9))
START = date(2017, 6, 1)
WORDS = ("agreement cooperation prefecture investment companies delegation governor exchange "
         "innovation logistics port semiconductors biotech students university research chamber "
         "commerce trade mission partnership district friendship economic cultural programme").split()


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(8, 15))).capitalize() + "."


def _text(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def long_text(chars: int, seed: int = 7) -> str:
    """`chars` characters of sentences on one line (no newline), ending with a recognisable end."""
    rng = random.Random(seed)
    parts, size = [], 0
    while size < chars:
        s = _sentence(rng)
        parts.append(s)
        size += len(s) + 1
    return " ".join(parts)[:chars - 40].rstrip() + " The very last words of the long field."


def build(db, meetings: int, *, field_chars: int = 0, people: int | None = None, seed: int = 5) -> str:
    """A three-leg mission of `meetings` meetings (about a page of brief each); returns its id.

    Each meeting has our head of mission and two counterparts drawn from `people` people (by
    default one for every two meetings, so the annex lists thousands of them), a follow-up for one
    meeting in ten.

    Meetings, participations and follow-ups go in through Core inserts (the services would take
    minutes for 100,000 meetings); the mission, its legs and delegation through the services. With
    `field_chars`, the first meeting's background is `long_text(field_chars)`.
    """
    from sqlalchemy import insert

    from missionplanner.model import Affiliation, FollowUp, Meeting, Participation, Person, new_id, utcnow
    from missionplanner.services import missions
    from missionplanner.services import people as people_service

    rng = random.Random(seed)
    days = max(3, (meetings + 7) // 8)
    end = START + timedelta(days=days - 1)
    mid = missions.create_mission(db, title=f"Bounded mission of {meetings} meetings", start=START.isoformat(),
                                  end=end.isoformat(), objectives=_text(rng, 6))
    per_leg = (days + len(LEGS) - 1) // len(LEGS)
    leg_of_day = []
    for i, (city, native, country, zone_name, _offset) in enumerate(LEGS):
        first = START + timedelta(days=i * per_leg)
        last = min(end, first + timedelta(days=per_leg - 1))
        if first > end:
            break
        missions.add_leg(db, mid, city=city, city_native=native, country=country, timezone=zone_name,
                         arrive=f"{first}T07:00", depart=f"{last}T21:00", hotel=f"Hotel {city}",
                         emergency="Police 110, fire and ambulance 119")
        leg_of_day += [i] * ((last - first).days + 1)
    orgs = [people_service.create_organization(db, name=f"Organization {k}", native_name=f"愛知県{k}",
                                               kind="company", country="JP",
                                               description=_text(rng, 2))
            for k in range(10)]
    own = people_service.create_person(db, given_name="Cécile", family_name="Jodogne",
                                       mobile="+32 470 00 00 00")
    missions.set_members(db, mid, [(own, "Head of mission")])
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now, "version": 1}
    people = people if people is not None else max(10, meetings // 2)
    person_rows, affiliation_rows = [], []
    for k in range(people):
        pid = new_id()
        person_rows.append(dict(stamp, id=pid, given_name=f"Hideaki{k}", family_name=f"Ohmura{k}",
                                native_name=f"大村秀章{k}", title="Director", name_order="western",
                                biography=_text(rng, 3)))
        affiliation_rows.append(dict(stamp, id=new_id(), person_id=pid, organization_id=orgs[k % len(orgs)],
                                     role="Director"))
    pids = [r["id"] for r in person_rows]
    meeting_rows, part_rows, followup_rows = [], [], []
    for n in range(meetings):
        day = START + timedelta(days=n // 8)
        city, _native, _country, zone_name, offset = LEGS[leg_of_day[min(n // 8, len(leg_of_day) - 1)]]
        hour = 9 + n % 8
        start = datetime(day.year, day.month, day.day, hour, tzinfo=UTC) - timedelta(hours=offset)
        meeting_id = new_id()
        background = _text(rng, 5)
        if n == 0 and field_chars:
            background = long_text(field_chars)
        meeting_rows.append(dict(
            stamp, id=meeting_id, mission_id=mid, title=f"Meeting {n + 1} with the director",
            start=start, end=start + timedelta(minutes=45), timezone=zone_name, city=city,
            venue="Head office", address="1-1 Sannomaru", status="confirmed", reason=_text(rng, 2),
            requested_by="", objectives=_text(rng, 2),
            talking_points=[_sentence(rng) for _ in range(3)],
            if_raised=[{"topic": "Timetable", "line": _sentence(rng)}], background=background,
            arrangements="Interpreter; dark suit.", outcome="", decisions=[], uid=""))
        part_rows.append(dict(stamp, id=new_id(), meeting_id=meeting_id, person_id=own,
                              side="delegation", position=0))
        for pos, pid in enumerate(rng.sample(pids, 2), 1):
            part_rows.append(dict(stamp, id=new_id(), meeting_id=meeting_id, person_id=pid,
                                  side="counterpart", position=pos))
        if n % 10 == 0:
            followup_rows.append(dict(stamp, id=new_id(), meeting_id=meeting_id, mission_id=None,
                                      action=f"Thank-you letter {n + 1}", owner_id=own,
                                      due=day + timedelta(days=14), recurrence="", status="open",
                                      notes=""))
    with db.write() as s:
        for i in range(0, len(person_rows), 5000):
            s.execute(insert(Person.__table__), person_rows[i:i + 5000])
        for i in range(0, len(affiliation_rows), 5000):
            s.execute(insert(Affiliation.__table__), affiliation_rows[i:i + 5000])
        for i in range(0, len(meeting_rows), 5000):
            s.execute(insert(Meeting.__table__), meeting_rows[i:i + 5000])
        for i in range(0, len(part_rows), 5000):
            s.execute(insert(Participation.__table__), part_rows[i:i + 5000])
        if followup_rows:
            s.execute(insert(FollowUp.__table__), followup_rows)
    return mid


# Measuring in a child process ------------------------------------------------------------------

CHILD = r"""
import contextlib, json, resource, sys, time
kind, db_path, mission, out = sys.argv[1:5]
from missionplanner.services.planner import Planner
from missionplanner.store import open_database
db = open_database(db_path, auto_backup=False)
if kind.startswith("brief"):
    from missionplanner.briefing import pack
    from missionplanner.briefing.fonts import load_fonts
    load_fonts()
    if kind == "brief-unlimited":  # to measure past the limit: how the time grows
        pack.MAX_PACK_MEETINGS = 10 ** 9
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
w0, c0 = time.perf_counter(), time.process_time()
if kind in ("brief", "brief-unlimited"):
    pack.build_briefing(Planner(db), mission, out, classification="Restricted")
    detail = {"exit": 0}
else:
    from missionplanner import cli
    sink = open(out, "w", encoding="utf-8")
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        code = cli.main(["--db", db_path, *kind.split("+"), mission])
    sink.close()
    detail = {"exit": code}
cpu, wall = time.process_time() - c0, time.perf_counter() - w0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("@@" + json.dumps(dict(detail, cpu=cpu, wall=wall, peak_kb=peak, before_kb=before)))
"""


def measure(kind: str, db_path: Path, mission: str, out: Path) -> dict:
    """Run one command in a fresh interpreter: its CPU and wall seconds and peak RSS (MB).

    `kind`: "brief" (build_briefing), "brief-unlimited" (the same with the meetings limit lifted),
    or a CLI command with its options joined by "+" ("check", "show+--json", "brief+-o+FILE").
    """
    proc = subprocess.run([sys.executable, "-c", CHILD, kind, str(db_path), mission, str(out)],
                          env=_env(), capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        if line.startswith("@@"):
            got = json.loads(line[2:])
            got["peak_mb"] = got["peak_kb"] / 1024
            got["before_mb"] = got["before_kb"] / 1024
            return got
    raise RuntimeError(f"{kind} failed (exit {proc.returncode}): {proc.stderr.strip()[-800:]}")


def _pages(pdf: Path) -> int:
    import re

    return len(re.findall(rb"/Type /Page\b", pdf.read_bytes()))


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH", ""))
                                        if p)
    return env


def build_file(path: str, meetings: int, field_chars: int = 0, crowded: bool = False) -> str:
    """A database at `path` holding one mission (`build`, or bench_check's crowded programme)."""
    from bench import bench_check
    from missionplanner.store import open_database

    db = open_database(path, auto_backup=False)
    try:
        if crowded:
            return bench_check.build(db, meetings)
        return build(db, meetings, field_chars=field_chars)
    finally:
        db.dispose()


def _database(tmp: Path, name: str, meetings: int, *, field_chars: int = 0,
              crowded: bool = False) -> tuple[Path, str]:
    """Built in a process of its own: Linux carries a process's peak memory over to the programs
    it starts, so the measuring children must come from a parent that never held the rows."""
    path = tmp / f"{name}.sqlite"
    code = ("import sys; from bench.bench_bounded import build_file; "
            f"print(build_file({str(path)!r}, {meetings}, {field_chars}, {crowded}))")
    proc = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(f"building {name} failed: {proc.stderr.strip()[-800:]}")
    return path, proc.stdout.split()[-1]


def _memory_row(case: str, got: dict) -> dict:
    return {"case": f"{case} (peak MB; {got['cpu']:.1f} CPU s)", "figure": got["peak_mb"],
            "baseline": GOAL_MEMORY_MB, "ratio": got["peak_mb"] / GOAL_MEMORY_MB,
            "goal": f"<= {GOAL_MEMORY_MB:g} MB", "ok": got["peak_mb"] <= GOAL_MEMORY_MB}


def pack_rows(tmp: Path, sizes, over: int | None) -> list[dict]:
    from missionplanner.briefing.pack import MAX_PACK_MEETINGS

    rows, per_meeting = [], {}
    for size in sizes:
        path, mid = _database(tmp, f"pack{size}", size)
        got = measure("brief", path, mid, tmp / f"pack{size}.pdf")
        pages = _pages(tmp / f"pack{size}.pdf")
        per_meeting[size] = got["cpu"] / size
        rows.append({"case": f"pack, {size:,} meetings, {pages:,} pages (CPU s; wall {got['wall']:.1f} s)",
                     "figure": got["cpu"], "baseline": GOAL_PACK_SECONDS, "ratio": got["cpu"] / GOAL_PACK_SECONDS,
                     "goal": f"<= {GOAL_PACK_SECONDS:g} s", "ok": got["cpu"] <= GOAL_PACK_SECONDS})
        rows.append(_memory_row(f"pack, {size:,} meetings", got))
    if over:
        path, mid = _database(tmp, f"pack{over}", over)
        refused = measure("brief+-o+" + str(tmp / "refused.pdf"), path, mid, tmp / "refused.txt")
        ok = refused["exit"] == 2 and not (tmp / "refused.pdf").exists()
        rows.append({"case": f"pack, {over:,} meetings: refused, over the limit of {MAX_PACK_MEETINGS:,} "
                             f"(exit {refused['exit']}; CPU s)",
                     "figure": refused["cpu"], "baseline": GOAL_PACK_SECONDS,
                     "ratio": refused["cpu"] / GOAL_PACK_SECONDS, "goal": "exit 2, nothing written", "ok": ok})
        got = measure("brief-unlimited", path, mid, tmp / f"pack{over}.pdf")
        per_meeting[over] = got["cpu"] / over
        rows.append({"case": f"pack, {over:,} meetings with the limit lifted (CPU s, informative; peak "
                             f"{got['peak_mb']:.0f} MB)",
                     "figure": got["cpu"], "baseline": GOAL_PACK_SECONDS, "ratio": got["cpu"] / GOAL_PACK_SECONDS,
                     "goal": "", "ok": True})
    if len(per_meeting) > 1:
        small, big = min(per_meeting), max(per_meeting)
        growth = per_meeting[big] / per_meeting[small]
        rows.append({"case": f"pack, CPU ms per meeting at {big:,} / at {small:,} meetings (1 = linear)",
                     "figure": per_meeting[big] * 1000, "baseline": per_meeting[small] * 1000,
                     "ratio": growth, "goal": "<= 1.5", "ok": growth <= 1.5})
    return rows


def field_rows(tmp: Path, fields) -> list[dict]:
    rows = []
    for chars in fields:
        path, mid = _database(tmp, f"field{chars}", 3, field_chars=chars)
        got = measure("brief", path, mid, tmp / f"field{chars}.pdf")
        label = f"{chars // 1000:,} KB" if chars < 1_000_000 else f"{chars / 1_000_000:g} MB"
        rows.append({"case": f"pack with one {label} text field on one line (CPU s; peak "
                             f"{got['peak_mb']:.0f} MB)",
                     "figure": got["cpu"], "baseline": GOAL_FIELD_SECONDS,
                     "ratio": got["cpu"] / GOAL_FIELD_SECONDS, "goal": f"<= {GOAL_FIELD_SECONDS:g} s",
                     "ok": got["cpu"] <= GOAL_FIELD_SECONDS})
    return rows


def large_rows(tmp: Path, large: int) -> list[dict]:
    path, mid = _database(tmp, "large", large)
    rows = []
    for kind, label in (("check", "check"), ("show", "show"), ("show+--json", "show --json")):
        got = measure(kind, path, mid, tmp / "out.txt")
        rows.append(_memory_row(f"{label}, {large:,} meetings", got))
    # The same number of meetings crammed into twelve days among 200 people (bench_check's
    # programme): millions of double bookings, of which check lists the first MAX_PROBLEMS.
    crowded, crowded_mid = _database(tmp, "crowded", large, crowded=True)
    got = measure("check", crowded, crowded_mid, tmp / "out.txt")
    rows.append(_memory_row(f"check, {large:,} meetings in 12 days among 200 people", got))
    return rows


def run(sizes=None, fields=None, over: int | None = None, large: int | None = None) -> list[dict]:
    quick = os.environ.get("MISSIONPLANNER_BENCH_BOUNDED") == "quick"
    sizes = sizes or ((1000,) if quick else (1000, 5000))
    fields = fields or ((100_000,) if quick else (100_000, 1_000_000))
    over = over if over is not None else (None if quick else 10_000)
    large = large or (10_000 if quick else 100_000)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        return pack_rows(tmp, sizes, over) + field_rows(tmp, fields) + large_rows(tmp, large)


if __name__ == "__main__":
    from bench.__main__ import table

    t0 = time.perf_counter()
    print(table(run()))
    print(f"({time.perf_counter() - t0:.0f} s)")
