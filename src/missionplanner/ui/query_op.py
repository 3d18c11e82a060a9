"""Reading or writing through the planner off the GUI thread (Anki's `QueryOp`).

    QueryOp(page, op=lambda planner: planner.people.detail(pid), success=page.show_person).run()

`op` runs on the application's one worker (ui.tasks) with the window's planner; `success(result)`
or `failure(exception)` then run on the GUI thread, only while `parent` exists and its window is
not closing. The planner and the window's task scope are found from `parent` (the widget's window,
or the window of the dialog's parent), so a page or dialog needs neither to be handed over.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6

from .tasks import Task, TaskScope


def _window_attribute(widget, name: str):
    """`name` of the main window holding `widget` (through the parents of dialogs), or None."""
    seen = set()
    while widget is not None and id(widget) not in seen:
        seen.add(id(widget))
        value = getattr(widget, name, None)
        if value is not None:
            return value
        window = widget.window() if hasattr(widget, "window") else None
        if window is not None and window is not widget:
            value = getattr(window, name, None)
            if value is not None:
                return value
        widget = (window or widget).parent()
    return None


def planner_of(widget):
    """The planner of the window holding `widget`."""
    return _window_attribute(widget, "planner")


class QueryOp:
    """One piece of work on the planner, run in the background; see the module's docstring."""

    def __init__(self, parent, *, op: Callable, success: Callable | None = None,
                 failure: Callable[[BaseException], None] | None = None, planner=None,
                 tasks: TaskScope | None = None):
        self.parent, self.op = parent, op
        self._success, self._failure = success, failure
        self.planner = planner if planner is not None else planner_of(parent)
        self.tasks = tasks or _window_attribute(parent, "tasks") or TaskScope(parent)
        self._progress = False

    def failure(self, callback: Callable[[BaseException], None]) -> QueryOp:
        self._failure = callback
        return self

    def with_progress(self) -> QueryOp:
        """`op(planner, progress)`: progress(done, total) or (fraction), which stops a cancelled job."""
        self._progress = True
        return self

    def run(self) -> Task:
        planner, op = self.planner, self.op
        # Lambdas, not bound methods: a signal holds a plain object's method weakly, and nothing
        # else need keep this QueryOp alive until its result comes.
        callbacks = {"on_done": lambda result: self._done(result), "on_failed": lambda exc: self._failed(exc)}
        if self._progress:
            def work(progress):
                return op(planner, progress)
            return self.tasks.run(work, with_progress=True, **callbacks)
        return self.tasks.run(lambda: op(planner), **callbacks)

    run_in_background = run  # Anki's name

    def _parent_alive(self) -> bool:
        # The window's scope delivers while the window lives; a page or dialog may be gone sooner.
        return self.parent is None or shiboken6.isValid(self.parent)

    def _done(self, result) -> None:
        if self._success is not None and self._parent_alive():
            self._success(result)

    def _failed(self, exc: BaseException) -> None:
        from .tasks import Cancelled

        if isinstance(exc, Cancelled) or not self._parent_alive():
            return
        if self._failure is not None:
            self._failure(exc)
            return
        from PySide6.QtWidgets import QMessageBox

        from ..errors import MissionPlannerError
        from .messages import error_text

        text = error_text(exc) if isinstance(exc, MissionPlannerError) else str(exc)
        title = self.parent.window().windowTitle() if self.parent is not None else ""
        QMessageBox.warning(self.parent, title, text)
