"""The one place for background work (Anki's taskman lesson).

One runner for the whole application (`runner()`): a Python `ThreadPoolExecutor` with one worker
thread, so jobs run one at a time (SQLite writers never race each other) and off the GUI thread.
Results, failures and progress come back to the GUI thread through one queued Qt signal.

Nothing here is a Qt object whose destructor waits for a thread: a window or dialog can be destroyed
while its job runs (the job is cancelled if it can be, its result dropped), and nothing blocks the
GUI thread on a join while holding the interpreter lock. Waiting (`wait`, `when_idle`) happens with
the event loop running.

Each window talks to the runner through a `TaskScope` (`window.tasks`): the scope knows its owner
(results are delivered only while the owner is alive), can cancel its jobs and refuse new ones when
its window closes (`close()`), and tells when its own jobs have ended.

A job is cancellable when it polls its token: with `with_progress=True` the job gets
`progress=token.report`, which raises `Cancelled` once the task was cancelled (the services'
progress callbacks are the natural polling points); `with_token="name"` passes the job's
`CancelToken` (`.cancelled`, `.raise_if_cancelled()`) under that keyword.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

_log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job by its progress callback (or token) once the job was cancelled."""


def _alive(obj) -> bool:
    """Whether a Qt object (or the object behind a bound method) still exists on the C++ side."""
    target = getattr(obj, "__self__", obj)
    if isinstance(target, shiboken6.Shiboken.Object):
        return shiboken6.isValid(target)
    return True


class CancelToken:
    """What a job sees of its task, on the worker thread (a plain Python object, never a Qt one):
    `cancelled`, `raise_if_cancelled()`, and `report(...)`, a progress callback for services that
    raises `Cancelled` once the task was cancelled."""

    def __init__(self, runner: TaskRunner):
        self._runner = runner
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def is_set(self) -> bool:  # reads like a threading.Event where a service expects one
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def report(self, *args) -> None:
        """Accepts (fraction), (done, total) or (text) shapes; raises Cancelled once cancelled."""
        if self._event.is_set():
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
        self._runner._post(self, "progress", (max(-1, min(100, percent)), text))


class Task(QObject):
    """A handle on one job, on the GUI thread: its signals (emitted on the GUI thread) and a way to
    ask it to stop. The worker never holds it (a QObject must die on its own thread): it holds the
    task's `token`."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)  # percent (or -1 when unknown), text
    finished = Signal()

    def __init__(self, token: CancelToken, scope: TaskScope | None):
        super().__init__()  # no parent: kept by the runner while it runs, then by its holders
        self.token, self.scope = token, scope
        self.started = False
        self.ended = False
        self.always = False
        self.name = ""

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


class TaskRunner(QObject):
    """The application's one worker: run callables off the GUI thread, one at a time, and hand
    their outcome back to the GUI thread through one queued signal."""

    _delivered = Signal(object)  # (task, kind, payload), emitted from the worker thread

    def __init__(self):
        super().__init__()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="missionplanner-worker")
        # Emitted only on the worker thread, so the (automatic) connection is a queued one: the
        # slot runs on the GUI thread, where the runner lives. (Not Qt.ConnectionType by name:
        # the window's shell is built before PySide6 makes the Qt namespace, see main_window.)
        self._delivered.connect(self._dispatch)
        self._live: dict[CancelToken, Task] = {}
        self._idle_callbacks: list[Callable[[], None]] = []

    # Submitting ---------------------------------------------------------------------------------
    def run(self, fn: Callable, *args, on_done: Callable | None = None, on_failed: Callable | None = None,
            with_progress: bool = False, with_token: str | None = None, scope: TaskScope | None = None,
            always: bool = False, **kwargs) -> Task:
        """Run `fn(*args, **kwargs)` on the worker; `on_done(result)` or `on_failed(exception)` are
        then called on the GUI thread; a job cancelled before it started fails with `Cancelled`.
        Nothing is delivered once the scope's owner is gone, nor once its window is closing
        unless `always` (a result the closing needs, such as the database just opened).
        Returns the task (cancel it, connect to its progress)."""
        token = CancelToken(self)
        task = Task(token, scope)
        task.always = always
        task.name = getattr(fn, "__qualname__", repr(fn))
        if on_done is not None:
            task.done.connect(on_done)
        if on_failed is not None:
            task.failed.connect(on_failed)
        if with_progress:
            kwargs["progress"] = token.report
        if with_token:
            kwargs[with_token] = token
        self._live[token] = task
        if scope is not None:
            scope._live.add(task)
            if scope.closed:
                task.cancel()  # a closing window starts nothing new
        self._executor.submit(self._work, token, fn, args, kwargs)
        return task

    def _work(self, token: CancelToken, fn: Callable, args, kwargs) -> None:
        """On the worker thread."""
        if token.cancelled:
            self._post(token, "skipped", None)
            return
        self._post(token, "started", None)
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI, never lost
            self._post(token, "failed", exc)
        else:
            self._post(token, "done", result)

    def _post(self, token: CancelToken, kind: str, payload) -> None:
        try:
            self._delivered.emit((token, kind, payload))
        except RuntimeError:  # the runner's Qt side is gone (the application is over)
            pass

    # Delivering (GUI thread) --------------------------------------------------------------------
    def _dispatch(self, message) -> None:
        token, kind, payload = message
        task = self._live.get(token)
        if task is None:
            return
        if kind == "started":
            task.started = True
            return
        if kind == "skipped":  # cancelled before it started: it failed with Cancelled, unrun
            kind, payload = "failed", Cancelled()
        deliver = self._deliverable(task)
        if kind == "progress":
            if deliver:
                task.progress.emit(*payload)
            return
        try:
            if deliver:
                (task.done if kind == "done" else task.failed).emit(payload)
            elif kind == "failed" and not isinstance(payload, Cancelled):
                _log.warning("a background job failed while its window closed: %r", payload)
        finally:
            self._end(task)

    @staticmethod
    def _deliverable(task: Task) -> bool:
        """Results go to a living owner whose window is not closing (a closing window shows
        nothing more: no message box may stand between the user and quitting), except for jobs
        run with `always=True`."""
        scope = task.scope
        if scope is None:
            return True
        return _alive(scope.owner) and (not scope.closed or task.always)

    def _end(self, task: Task) -> None:
        task.ended = True
        self._live.pop(task.token, None)
        if task.scope is not None:
            task.scope._live.discard(task)
            task.scope._maybe_idle()
        task.finished.emit()
        if not self._live:
            callbacks, self._idle_callbacks = self._idle_callbacks, []
            for callback in callbacks:
                if _alive(callback):
                    callback()

    # State and waiting ----------------------------------------------------------------------------
    def busy(self) -> bool:
        return bool(self._live)

    def describe(self) -> list[str]:
        """The jobs queued or running, for a report: name, and whether started or cancelled."""
        return [f"{t.name} ({'running' if t.started else 'queued'}{', cancelled' if t.cancelled else ''})"
                for t in self._live.values()]

    def cancel_all(self) -> None:
        for token in list(self._live):
            token.cancel()

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Call `callback` on the GUI thread once no job is queued or running (now, if none is)."""
        if not self._live:
            callback()
        else:
            self._idle_callbacks.append(callback)

    def wait(self, msecs: int = -1) -> bool:
        """Wait, with the event loop running, until no job is queued or running (at most `msecs`,
        or as long as it takes with -1); returns whether all ended. Results are delivered meanwhile."""
        return _wait_until(self.busy, msecs)

    def drain(self, msecs: int = -1) -> bool:
        """Cancel every job, and any started meanwhile, and wait (event loop running) until they
        all ended."""
        self.cancel_all()
        return _wait_until(self.busy, msecs, cancel=self.cancel_all)


def _wait_until(busy: Callable[[], bool], msecs: int, cancel: Callable[[], None] | None = None) -> bool:
    """Process events (the GUI stays alive, results are delivered, the interpreter lock is free
    while nothing happens) until `busy()` is false or `msecs` have passed (-1: no limit). A result's
    callback may start another job: the wait goes on for it (and `cancel` cancels it too)."""
    deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
    ticker = QTimer()  # wakes the wait below at least every 50 ms, to look at the clock
    ticker.start(50)
    try:
        while busy() and (deadline is None or time.monotonic() < deadline):
            if cancel is not None:
                cancel()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        ticker.stop()
    return not busy()


class TaskScope:
    """One window's (or dialog's) view of the runner: the same `run`, plus the jobs it started.

    Results are delivered only while `owner` (a QObject) exists. `close()` cancels the scope's jobs
    and makes it refuse new ones (they are cancelled before they start): what a closing window does.
    """

    def __init__(self, owner: QObject | None = None, task_runner: TaskRunner | None = None):
        self.runner = task_runner or runner()
        self.owner = owner
        self.closed = False
        self._live: set[Task] = set()
        self._idle_callbacks: list[Callable[[], None]] = []
        if owner is not None:
            live = self._live  # not self: the lambda must not keep the scope's owner alive
            owner.destroyed.connect(lambda *_: [t.cancel() for t in list(live)])

    def run(self, fn: Callable, *args, **kwargs) -> Task:
        return self.runner.run(fn, *args, scope=self, **kwargs)

    def busy(self) -> bool:
        return bool(self._live)

    def cancel_all(self) -> None:
        for task in list(self._live):
            task.cancel()

    def close(self) -> None:
        """Cancel this scope's jobs and refuse new ones."""
        self.closed = True
        self.cancel_all()

    def reopen(self) -> None:
        self.closed = False

    def when_idle(self, callback: Callable[[], None]) -> None:
        if not self._live:
            callback()
        else:
            self._idle_callbacks.append(callback)

    def _maybe_idle(self) -> None:
        if not self._live:
            callbacks, self._idle_callbacks = self._idle_callbacks, []
            for callback in callbacks:
                if _alive(callback):  # not a method of a widget destroyed meanwhile
                    callback()

    def wait(self, msecs: int = -1) -> bool:
        """Wait, with the event loop running, until this scope's jobs ended; whether they all did."""
        return _wait_until(self.busy, msecs)


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    """The application's one task runner (made on first use, on the GUI thread)."""
    global _runner
    if _runner is None or not shiboken6.isValid(_runner):
        _runner = TaskRunner()
    return _runner


# The former name: a window's task manager is its scope on the application's runner.
TaskManager = TaskScope

__all__ = ["CancelToken", "Cancelled", "Task", "TaskManager", "TaskRunner", "TaskScope", "runner"]
