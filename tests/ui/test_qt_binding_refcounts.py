"""The Qt binding must not wear out Python's True and False.

PySide6 6.12.0 on Python 3.11 releases one reference to `True` on every `Signal.emit()` it never
took. The app emits several signals per background job, so after some ten thousand of them (an
afternoon of work, or one run of `make screenshots`) the interpreter aborted with "Fatal Python
error: bool_dealloc". pyproject.toml therefore excludes that release; this test fails on any
release that brings the fault back.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    with_value = Signal(object)
    bare = Signal()


def test_emitting_signals_leaves_the_reference_counts_of_true_and_false_unchanged(qapp):
    emitter = _Emitter()
    received = []
    emitter.with_value.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(500):
        emitter.with_value.emit(n)
        emitter.bare.emit()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 500
    assert after == before, f"True/False references went from {before} to {after} over 1,000 emits"


def test_a_long_session_of_background_jobs_ends_without_an_abort(tmp_path):
    """Thirty thousand jobs through the app's task runner, in a process of its own (an abort there
    would take the test run down with it), then a normal exit with the interpreter's final cleanup."""
    script = textwrap.dedent("""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QWidget
        from missionplanner.ui.tasks import TaskScope

        app = QApplication([])
        owner = QWidget()
        scope = TaskScope(owner)
        results = []
        for batch in range(30):
            for n in range(1000):
                scope.run(lambda n=n: n % 2 == 0, on_done=results.append)
            assert scope.wait(60_000)
        print(len(results), results.count(True))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["30000", "15000"]
