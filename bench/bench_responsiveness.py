"""No freeze (issue 17): the GUI thread's heartbeat while the standard flows run on the large database.

A timer ticks every TICK ms on the GUI thread; a gap between two ticks longer than that is a stall:
for that long the event loop did nothing else, and a click or a key waited. A script drives the
window as a user does, one step at a time, each step posted to the event loop and followed by a wait
that keeps the loop running (a nested QEventLoop, never a blocking wait) until the window's jobs are
done: the steps are the window on the scale-1 database (bench_search.large_database) once shown,
every page in turn, a mission's agenda, a meeting opened and saved, the day and week calendars and
the timeline, a search typed letter by letter, the follow-ups. Each stall is charged to the step
that was running. Baseline, in the same process: the same heartbeat over the open window left idle
for as long (the machine's own timer jitter). Goal: no stall longer than 100 ms; the row names the
longest stall and the step it happened in.
"""

from __future__ import annotations

import os
import time

TICK = 0.005
GOAL = 0.100
SETTLE = 0.15  # after a step's jobs are done: what the window paints and reads next is still its


class Heartbeat:
    def __init__(self):
        from PySide6.QtCore import QTimer

        self.step = "start"
        self.worst: dict[str, float] = {}
        self.timer = QTimer()
        self.timer.setInterval(int(TICK * 1000))
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        stall = max(0.0, now - self.last - TICK)
        self.last = now
        if stall > self.worst.get(self.step, 0.0):
            self.worst[self.step] = stall

    def longest(self, steps=None) -> tuple[float, str]:
        items = [(v, k) for k, v in self.worst.items() if steps is None or k in steps]
        return max(items, default=(0.0, "none"))


def _spin(app_window, until=None, at_least: float = SETTLE, timeout: float = 60.0) -> None:
    """Keep the event loop running until the window's jobs are done (and `until()` holds)."""
    from PySide6.QtCore import QEventLoop, QTimer

    start = time.perf_counter()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)

    def check():
        elapsed = time.perf_counter() - start
        idle = not app_window.tasks.busy() and (until is None or until())
        if (idle and elapsed >= at_least) or elapsed > timeout:
            loop.quit()
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()


def _run_step(beat: Heartbeat, window, label: str, action, until=None) -> None:
    from PySide6.QtCore import QTimer

    beat.step = label
    QTimer.singleShot(0, action)  # run by the event loop, as a click is: its time is a stall if long
    _spin(window, until)
    beat.step = "between steps"


def _say_yes_to_a_question() -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.button(QMessageBox.StandardButton.Yes) is not None:
        box.button(QMessageBox.StandardButton.Yes).click()


def flows(window, beat: Heartbeat, mission_ids: list[str]) -> list[str]:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from missionplanner.ui.main_window import PAGE_AGENDA, PAGE_FOLLOWUPS

    steps = []

    def step(label, action, until=None):
        steps.append(label)
        _run_step(beat, window, label, action, until)

    for index in range(window.stack.count()):
        step(f"switch to page {index + 1}", lambda i=index: window.show_page(i))
    agenda = window.agenda
    meeting_rows = []
    for mission_id in mission_ids:  # the newest mission that has meetings
        step("open a mission's agenda", lambda m=mission_id: (window.show_page(PAGE_AGENDA), agenda.show_mission(m)))
        meeting_rows = [r for r in agenda.model.rows if r.get("kind") == "meeting"]
        if meeting_rows:
            break
    if meeting_rows:
        step("open a meeting", lambda: agenda.edit(meeting_rows[0]["id"]),
             until=lambda: agenda.editor is not None and agenda.editor.isVisible())
        editor = agenda.editor
        save = editor.buttons.button(editor.buttons.StandardButton.Save)
        # A meeting the checks find in conflict asks "Save it anyway?" (as a user would, Yes): left
        # unanswered, its modal loop would hold the step, and the bench, for ever.
        answer = QTimer()
        answer.setInterval(50)
        answer.timeout.connect(_say_yes_to_a_question)
        answer.start()
        step("save the meeting", lambda: QTest.mouseClick(save, Qt.MouseButton.LeftButton),
             until=lambda: not editor.isVisible())
        answer.stop()
    for view, label in ((agenda.VIEW_DAY, "day calendar"), (agenda.VIEW_WEEK, "week calendar"),
                        (agenda.VIEW_TIMELINE, "timeline"), (agenda.VIEW_LIST, "back to the list")):
        step(f"open the {label}", lambda v=view: agenda.show_view(v))
    def search_box():
        return next((w for w in QApplication.allWidgets() if isinstance(w, QLineEdit)
                     and w.objectName() == "searchQuery" and w.isVisible()), None)
    step("open the search", window.open_search, until=lambda: search_box() is not None)
    query = search_box()
    if query is not None:
        for n, letter in enumerate("tokyo"):
            step(f"search: type '{'tokyo'[:n + 1]}'", lambda c=letter: QTest.keyClick(query, c))
        step("close the search", lambda: QTest.keyClick(query, Qt.Key.Key_Escape))
    step("open the follow-ups", lambda: window.show_page(PAGE_FOLLOWUPS))
    return steps


def measure(path) -> dict:
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from missionplanner.store import open_database
    from missionplanner.ui.app import build_window

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication(["bench"])
    db = open_database(path)
    from missionplanner.services import missions

    mission_ids = [m["id"] for m in missions.list_missions(db)[:20]]
    window = build_window(db, "en")
    window.resize(1200, 760)
    window.show()
    beat = Heartbeat()
    beat.step = "window shown, first lists read"
    _spin(window)
    started = time.perf_counter()
    steps = flows(window, beat, mission_ids)
    busy_time = time.perf_counter() - started
    beat.step = "idle"
    _spin(window, at_least=min(busy_time, 5.0))
    idle = beat.worst.get("idle", 0.0)
    measured = set(steps) | {"window shown, first lists read", "between steps"}
    worst, where = beat.longest(measured)
    for stall, step in sorted(((v, k) for k, v in beat.worst.items() if k in measured), reverse=True)[:5]:
        print(f"  {stall * 1000:6.0f} ms  {step}")
    window.close()
    app.processEvents()
    return {"worst": worst, "where": where, "idle": idle, "steps": len(steps)}


def run(scale: float | None = None, folder=None) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench.bench_search import default_scale, large_database

    scale = default_scale() if scale is None else scale
    m = measure(large_database(scale, folder=folder))
    label = f"scale {scale:g}" if scale != 1 else "large database"
    baseline = max(m["idle"], 0.001)
    return [{"case": f"longest GUI stall over {m['steps']} user steps, {label} (in: {m['where']}) "
                     f"vs the idle window", "figure": m["worst"], "baseline": baseline,
             "ratio": m["worst"] / baseline, "goal": f"<= {GOAL:.3f} s", "ok": m["worst"] <= GOAL}]


if __name__ == "__main__":
    from bench.__main__ import table

    print(table(run()))
    os._exit(0)
