"""The one place for background work (Anki's taskman lesson).

Database queries that may be slow, imports, exports and PDF generation run on a single worker thread
(one at a time, so SQLite writers never race each other); results and progress come back on the GUI
thread through Qt signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a job by its progress callback once the user pressed Cancel."""


class Task(QObject):
    """A handle on one job: its signals, and a way to ask it to stop."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)  # percent (or -1 when unknown), text
    finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, *args) -> None:
        """A progress callback for services: accepts (fraction), (done, total) or (text) shapes."""
        if self._cancel.is_set():
            raise Cancelled()
        percent, text = -1, ""
        numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
        texts = [a for a in args if isinstance(a, str)]
        if len(numbers) >= 2 and numbers[1]:
            percent = int(100 * numbers[0] / numbers[1])
        elif len(numbers) == 1:
            n = numbers[0]
            percent = int(n * 100) if isinstance(n, float) and n <= 1 else int(n)
        if texts:
            text = texts[0]
        self.progress.emit(max(-1, min(100, percent)), text)


class _Job(QRunnable):
    def __init__(self, task: Task, fn: Callable, args, kwargs, with_progress: bool):
        super().__init__()
        self.setAutoDelete(True)
        self.task, self.fn, self.args, self.kwargs = task, fn, args, kwargs
        self.with_progress = with_progress

    def run(self) -> None:
        task = self.task
        try:
            if task.cancelled:
                raise Cancelled()
            kwargs = dict(self.kwargs)
            if self.with_progress:
                kwargs["progress"] = task.report
            result = self.fn(*self.args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI, never lost
            task.failed.emit(exc)
        else:
            task.done.emit(result)
        task.finished.emit()


class TaskManager(QObject):
    """Run callables off the GUI thread, one at a time, and deliver their results by signal."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._live: set[Task] = set()

    def run(self, fn: Callable, *args, on_done: Callable | None = None,
            on_failed: Callable | None = None, with_progress: bool = False, **kwargs) -> Task:
        task = Task(self)
        if on_done is not None:
            task.done.connect(on_done)
        if on_failed is not None:
            task.failed.connect(on_failed)
        self._live.add(task)
        task.finished.connect(lambda t=task: self._forget(t))
        self.pool.start(_Job(task, fn, args, kwargs, with_progress))
        return task

    def _forget(self, task: Task) -> None:
        self._live.discard(task)
        task.deleteLater()

    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running jobs (at most `msecs`, or forever with -1); returns whether all ended.

        Waits in short steps, letting Python run in between, so a job that still needs the
        interpreter to finish is never starved by the thread waiting for it; called from the GUI
        thread, it returns once the finished jobs' results have been delivered to their slots.
        """
        import time

        deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
        while not self.pool.waitForDone(20):
            if deadline is not None and time.monotonic() >= deadline:
                return False
            time.sleep(0.005)
        # The jobs' results are queued to this thread: hand them over before returning.
        QCoreApplication.sendPostedEvents()
        return True
