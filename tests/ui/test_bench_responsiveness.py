"""The responsiveness benchmark at a tiny scale: it drives every step of its script through the real
window and reports, so it cannot rot. Correctness only: nothing here is about how long anything took."""

import pytest
from bench import bench_responsiveness, bench_search


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("bench-cache")


def test_every_step_runs_and_a_stall_is_charged_to_its_step(qapp, cache):
    m = bench_responsiveness.measure(bench_search.large_database(0.002, folder=cache))
    # 6 pages, the agenda, a meeting opened and saved, 4 views, the search opened, typed (5) and
    # closed, the follow-ups
    assert m["steps"] == 21
    assert m["worst"] >= 0 and m["where"] != "none"
    rows = bench_responsiveness.run(0.002, folder=cache)
    assert {"case", "figure", "baseline", "ratio", "goal", "ok"} <= set(rows[0])


def test_a_stall_on_the_gui_thread_is_seen(qapp):
    import time

    from PySide6.QtCore import QTimer

    beat = bench_responsiveness.Heartbeat()
    beat.step = "a blocking step"
    QTimer.singleShot(0, lambda: time.sleep(0.2))  # what a synchronous database read would do
    deadline = time.perf_counter() + 0.5
    while time.perf_counter() < deadline:
        qapp.processEvents()
    beat.timer.stop()
    assert beat.longest()[1] == "a blocking step" and beat.longest()[0] >= 0.15
