"""Start-up on the large database, offscreen, against a bare PySide6 window measured in the same run.

Each measurement is a fresh process (interpreter start included), timed from just before it is
launched to (a) the main window shown with its first list filled and (b) its first paint event (the
window's own, seen by an event filter on the window: an application-wide filter would be handed
Qt's internal objects, and PySide6 loads every wrapped class of a module looking for a type it has
not got, tens of milliseconds that are the harness's, not the application's). The app process
starts the window as the application does (ui.app.create_app + start_window, what `missionplanner`
with no command runs): the window's shell (sidebar, menus, toolbar) is shown and paints before the
database is touched; after that first paint the worker thread reads the first screen of missions
(the newest first_screen.FIRST_MISSIONS = 100 of the 2,000, in the list's default order) from the
cached large database (bench_search.large_database) with the standard library's sqlite3 alone, the
schema being current; the window builds the missions page, fills the list and emits
`first_list_filled`. Only then does the worker import SQLAlchemy and the model and open the database
for real, read every mission and add the rest below (meanwhile the window sets up the undo history,
file and Tools actions and reminders, and emits `ready`: their actions stay disabled until then).
(a) is taken at `first_list_filled`, with the missions page on screen and its model holding the real
rows of that first screen (counted at that moment, "100 missions listed"; a run without rows counts
as NaN, not as fast); the detail also gives when the list held all 2,000 ("all at"). The floor
process shows a bare QMainWindow with a QTableView after `import sqlalchemy.orm`; the bare-window
process shows an empty QMainWindow. Goals (issue 8): shown with its list at most 1.3 x the floor,
first paint at most 1.5 x the bare window. Each process runs RUNS times, alternating; the figures are
the fastest run of each (noise on a shared machine only ever adds time).

Settings go to a throw-away folder (XDG_CONFIG_HOME). The daily automatic backup is not part of the
start: the application runs it on the worker thread once the window is ready (on the large file it
is a copy of the whole database, which docs/performance.md measures apart).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 3
GOAL_SHOWN = 1.3
GOAL_PAINT = 1.5

_WAIT_PAINT = r"""
import os
import time
from PySide6.QtCore import QEvent, QObject


class _Paints(QObject):
    first = None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and _Paints.first is None:
            _Paints.first = time.time()
        return False


def wait_first_paint(app, window, timeout=60.0):
    spy = _Paints()
    window.installEventFilter(spy)
    window.show()
    shown = time.time()
    deadline = shown + timeout
    while _Paints.first is None and time.time() < deadline:
        app.processEvents()
    window.removeEventFilter(spy)
    return shown, _Paints.first or float("nan")
"""

BARE = _WAIT_PAINT + r"""
import json, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bench"])
window = QMainWindow()
window.resize(1200, 760)
shown, paint = wait_first_paint(app, window)
print(json.dumps({"shown": shown - t0, "paint": paint - t0}), flush=True)
os._exit(0)  # skip Qt's teardown: not part of start-up, and PySide6 can crash in it
"""

FLOOR = _WAIT_PAINT + r"""
import json, sys
t0 = float(sys.argv[1])
import sqlalchemy.orm  # noqa: F401
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(["bench"])
window = QMainWindow()
view = QTableView()
view.setModel(QStandardItemModel(0, 4))
window.setCentralWidget(view)
window.resize(1200, 760)
shown, paint = wait_first_paint(app, window)
print(json.dumps({"shown": shown - t0, "paint": paint - t0}), flush=True)
os._exit(0)  # skip Qt's teardown: not part of start-up, and PySide6 can crash in it
"""

APP = _WAIT_PAINT + r"""
import json, sys
t0 = float(sys.argv[1])
from missionplanner.ui.app import create_app, start_window
app = create_app(["bench"])
window = start_window(sys.argv[2], "en")  # as `missionplanner` with no command starts the GUI
built = time.time()
total = int(sys.argv[3])  # how many missions the database holds
# The window paints its shell first, reads the first screen of missions on its worker thread after
# that paint, fills the page on screen (the missions list: no settings, so the first page) and emits
# `first_list_filled`: its rows are counted at that moment.
ready = {}


def on_ready():
    ready["at"] = time.time()
    ready["rows"] = window.missions.model.rowCount()
    ready["page"] = window.stack.currentWidget() is window.missions
    window.missions.model.rowsInserted.connect(lambda *_: done())
    window.missions.model.modelReset.connect(done)
    done()


def done():
    # Waits for the first paint (the window opens its database after it: never missing here) and
    # for the rest of the missions, added after the first screen.
    if _Paints.first is None or window.missions.model.rowCount() < total:
        return
    ready.setdefault("all", time.time())
    loop.quit()


window.first_list_filled.connect(on_ready)
# An event loop, not a processEvents() spin: in PySide6 6.12 on Python 3.11 each processEvents() call
# drops a reference to None, and the few seconds of spinning this wait would take end in a crash;
# nor a polling timer, whose wake-ups would take the interpreter lock from the worker thread.
from PySide6.QtCore import QEventLoop, QTimer
loop = QEventLoop()
QTimer.singleShot(120_000, loop.quit)
spy = _Paints()
window.installEventFilter(spy)
window.show()
loop.exec()
paint = _Paints.first or float("nan")
filled = ready["at"] if ready.get("rows") and ready.get("page") else float("nan")
print(json.dumps({"shown": filled - t0, "paint": paint - t0, "built": built - t0,
                  "all": ready.get("all", float("nan")) - t0, "rows": ready.get("rows", 0)}), flush=True)
window.tasks.wait()
os._exit(0)
"""


def _env(config: Path) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(config)
    env["XDG_DATA_HOME"] = str(config)
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root / "src"), env.get("PYTHONPATH", "")) if p)
    return env


def launch(script: str, *args: str, env: dict) -> dict:
    t0 = time.time()
    proc = subprocess.run([sys.executable, "-c", script, repr(t0), *args], env=env,
                          capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def mission_count(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return con.execute("SELECT count(*) FROM missions").fetchone()[0]


def measure(path: Path, runs: int = RUNS) -> dict:
    total = mission_count(path)
    with tempfile.TemporaryDirectory(prefix="mp-bench-startup-") as config:
        env = _env(Path(config))
        results: dict[str, list[dict]] = {"bare": [], "floor": [], "app": []}
        launch(BARE, env=env)  # warm the file cache for Qt's libraries
        for _ in range(runs):
            results["bare"].append(launch(BARE, env=env))
            results["floor"].append(launch(FLOOR, env=env))
            results["app"].append(launch(APP, str(path), str(total), env=env))
    best = {k: {key: min(r[key] for r in v) for key in v[0]} for k, v in results.items()}
    best["app"]["rows"] = results["app"][-1]["rows"]
    return best


def rows_from(best: dict, label: str) -> list[dict]:
    app, floor, bare = best["app"], best["floor"], best["bare"]
    shown_ratio = app["shown"] / floor["shown"]
    paint_ratio = app["paint"] / bare["paint"]
    detail = (f"shell built {app['built']:.2f} s, {app['rows']} missions listed before SQLAlchemy "
              f"is loaded, all at {app['all']:.2f} s")
    return [
        {"case": f"window shown, list filled, s ({label}; {detail})",
         "figure": round(app["shown"], 3), "baseline": round(floor["shown"], 3),
         "ratio": round(shown_ratio, 2), "goal": f"<= {GOAL_SHOWN:g} x", "ok": shown_ratio <= GOAL_SHOWN},
        {"case": "first paint, s (baseline: bare QMainWindow)",
         "figure": round(app["paint"], 3), "baseline": round(bare["paint"], 3),
         "ratio": round(paint_ratio, 2), "goal": f"<= {GOAL_PAINT:g} x", "ok": paint_ratio <= GOAL_PAINT},
    ]


def run(scale: float | None = None, folder: Path | None = None, runs: int = RUNS) -> list[dict]:
    from bench.bench_search import default_scale, large_database

    scale = default_scale() if scale is None else scale
    path = large_database(scale, folder=folder)
    label = f"scale {scale:g}" if scale != 1 else "100k meetings"
    return rows_from(measure(path, runs), label)


if __name__ == "__main__":
    for row in run():
        print(row)
