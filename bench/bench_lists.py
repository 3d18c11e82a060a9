"""The people and meetings lists of the large database in the GUI, offscreen (issue 8).

One fresh process opens the cached large database (bench_search.large_database) and, for each list,
times from building it to its first paint with rows on screen (the engine connected and the ORM
mappers configured beforehand, as the app has done by the time a list is opened), then scrolls to
the bottom SCROLLS times (each scroll makes the lazy model fetch its next page), and finally reads
the process's peak resident memory. People: the app's own PeoplePage (ui.people_page, a LazyRowsModel over
services.lists.page_people; the first person is selected, and the page reads their detail 30 ms
after the selection, once the list has painted, so the first screen does not wait for it); its pages
are read on the application's worker, so its first screen is counted until the first page is in and
processed as well as painted, and each scroll until the next page is in. The
paint is the widget's own, seen by an event filter on the widget (see bench_startup). Meetings: the app has no
list of every meeting yet (its agenda shows one mission), so the same LazyRowsModel is fed by
services.lists.page_meetings in a plain QTableView.

Baselines from the same process: a QTableView over an in-memory QStandardItemModel holding one
screen of rows (first screen), and the resident memory once Qt and the app's modules are imported,
before any list is built (peak memory). Goals: first screen at most 100 ms, a scroll page at most
100 ms, peak memory of the whole process at most 300 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

GOAL_FIRST_MS = 100.0
GOAL_PAGE_MS = 100.0
GOAL_RSS_MB = 300.0
SCROLLS = 20

CHILD = r"""
import json, os, resource, statistics, sys, time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from sqlalchemy.orm import configure_mappers

from missionplanner.services import lists
from missionplanner.store import open_database
from missionplanner.services.planner import Planner
from missionplanner.ui.app import create_app
from missionplanner.ui.models import LazyRowsModel
from missionplanner.ui.people_page import PeoplePage
from missionplanner.ui.tasks import runner

SCROLLS = int(sys.argv[2])


def rss_mb():
    # Peak resident memory of this process since it started. VmHWM, not getrusage's ru_maxrss: Linux
    # carries ru_maxrss over from the parent across fork and exec, and the parent may have just
    # generated the large database.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Paints(QObject):
    first = None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and Paints.first is None:
            Paints.first = time.perf_counter()
        return False


def first_paint(app, widget, t0):
    Paints.first = None
    spy = Paints()
    widget.installEventFilter(spy)  # the widget's own paint (see bench_startup: not app-wide)
    widget.resize(1100, 700)
    widget.show()
    deadline = time.perf_counter() + 30
    while Paints.first is None and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(spy)
    return (Paints.first - t0) * 1000


def scroll(app, view, model):
    times = []
    for _ in range(SCROLLS):
        before = model.rowCount()
        t = time.perf_counter()
        view.scrollToBottom()
        app.processEvents()
        if model.rowCount() == before and model.canFetchMore():
            model.fetchMore()
            app.processEvents()
        runner().wait(30_000)  # the People page reads its next page on the worker: until it is in
        times.append((time.perf_counter() - t) * 1000)
    return times


class MeetingsModel(LazyRowsModel):
    HEADERS = ("Start", "Meeting", "City", "Status", "Mission")

    def text(self, row, column):
        if column == 0:
            return row["start"][:16].replace("T", " ")
        return row[("start", "title", "city", "status", "mission")[column]]


app = create_app(["bench"])
db = open_database(sys.argv[1], auto_backup=False)
# What the app has done by the time a list is opened: the engine's first connection, the ORM's mappers.
lists.count_meetings(db)
configure_mappers()
out = {"rss_before_mb": rss_mb()}

# Baseline: one screen of rows from memory.
t0 = time.perf_counter()
base_model = QStandardItemModel(40, 4)
for r in range(40):
    for c in range(4):
        base_model.setItem(r, c, QStandardItem(f"row {r} column {c}"))
base_view = QTableView()
base_view.setModel(base_model)
out["baseline_ms"] = first_paint(app, base_view, t0)
base_view.close()

# People: the app's page.
t0 = time.perf_counter()
page = PeoplePage(Planner(db))  # the GUI gets a planner
page.refresh()
painted_ms = first_paint(app, page, t0)
runner().wait(30_000)  # its first page is read on the worker: the first screen is the one with rows
app.processEvents()
out["people_first_ms"] = max(painted_ms, (time.perf_counter() - t0) * 1000)
out["people_scroll_ms"] = scroll(app, page.table, page.model)
out["people_rows"] = page.model.rowCount()
page.close()

# Meetings: the same lazy model, fed by services.lists.
t0 = time.perf_counter()
model = MeetingsModel(lambda limit, offset: lists.page_meetings(db, offset, limit))
view = QTableView()
view.setModel(model)
model.reload()
model.fetchMore()
out["meetings_first_ms"] = first_paint(app, view, t0)
out["meetings_scroll_ms"] = scroll(app, view, model)
out["meetings_rows"] = model.rowCount()
out["meetings_total"] = lists.count_meetings(db)
out["people_total"] = lists.count_people(db)
out["rss_peak_mb"] = rss_mb()
print(json.dumps(out), flush=True)
os._exit(0)
"""


def measure(path: Path, scrolls: int = SCROLLS) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="mp-bench-lists-") as config:
        env["XDG_CONFIG_HOME"] = config
        env["XDG_DATA_HOME"] = config
        proc = subprocess.run([sys.executable, "-c", CHILD, str(path), str(scrolls)], env=env,
                              capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def rows_from(m: dict, label: str) -> list[dict]:
    base = m["baseline_ms"]
    out = []
    names = {"people": "people (PeoplePage)", "meetings": "meetings (services.lists)"}
    for kind in ("people", "meetings"):
        first = m[f"{kind}_first_ms"]
        page = _median(m[f"{kind}_scroll_ms"])
        worst = max(m[f"{kind}_scroll_ms"])
        out.append({"case": f"{names[kind]}: first screen, ms ({m[f'{kind}_total']:,} {kind}, {label})",
                    "figure": round(first, 1), "baseline": round(base, 1), "ratio": round(first / base, 2),
                    "goal": f"<= {GOAL_FIRST_MS:g} ms", "ok": first <= GOAL_FIRST_MS})
        out.append({"case": f"{names[kind]}: scroll, median ms per page (worst {worst:.0f} ms, "
                            f"{m[f'{kind}_rows']:,} rows fetched)",
                    "figure": round(page, 1), "baseline": round(base, 1), "ratio": round(page / base, 2),
                    "goal": f"<= {GOAL_PAGE_MS:g} ms", "ok": page <= GOAL_PAGE_MS})
    rss, before = m["rss_peak_mb"], m["rss_before_mb"]
    out.append({"case": "peak resident memory of the process, MB (baseline: Qt and app imported)",
                "figure": round(rss, 1), "baseline": round(before, 1), "ratio": round(rss / before, 2),
                "goal": f"<= {GOAL_RSS_MB:g} MB", "ok": rss <= GOAL_RSS_MB})
    return out


def run(scale: float | None = None, folder: Path | None = None, scrolls: int = SCROLLS) -> list[dict]:
    from bench.bench_search import default_scale, large_database

    scale = default_scale() if scale is None else scale
    path = large_database(scale, folder=folder)
    label = f"scale {scale:g}" if scale != 1 else "large database"
    return rows_from(measure(path, scrolls), label)


if __name__ == "__main__":
    for row in run():
        print(row)
