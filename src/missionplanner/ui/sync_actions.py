"""A laptop replica's Sync in the window: the Sync action (toolbar, Tools menu, Ctrl+Shift+Y), a
timer that syncs every few minutes while the app runs, and the Conflicts view's action with the
number waiting.

A sync runs on the application's worker, never on the GUI thread; the status bar says how it went.
An unreachable server is not an error to dismiss: the edits stay queued and the next sync (by hand
or by the timer) sends them. Pages read their data again once something was pulled.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle

from . import settings
from .messages import error_text, fill_in


class SyncActions(QObject):
    finished = Signal(dict)  # {"pulled", "pushed", "conflicts"} of a sync that completed
    unreachable = Signal(str)

    def __init__(self, window, menu=None):
        super().__init__(window)
        self.window = window
        self.running = False
        self.waiting = 0  # conflicts in the inbox
        self.act_sync = QAction(window.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                self.tr("S&ync with the server"), window)
        self.act_sync.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.act_sync.setStatusTip(self.tr("Send your changes to the cabinet's server and bring theirs"))
        self.act_sync.triggered.connect(lambda _c=False: self.sync())
        self.act_conflicts = QAction(self.tr("Con&flicts…"), window)
        self.act_conflicts.triggered.connect(lambda _c=False: self.open_conflicts())
        window.addActions([self.act_sync, self.act_conflicts])
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.act_sync)
            menu.addAction(self.act_conflicts)
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.act_sync)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync)
        self.apply_interval()
        self.dialog = None
        self._label_conflicts()

    def apply_interval(self) -> None:
        """Sync every N minutes (Preferences; 0: by hand only)."""
        minutes = settings.get(settings.SYNC_MINUTES)
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def sync(self):
        """Start a sync on the worker (one at a time); returns its task, or None if one runs."""
        if self.running:
            return None
        self.running = True
        self.act_sync.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Syncing with the server…"))
        return self.window.tasks.run(self.window.planner.sync.run, on_done=self._done, on_failed=self._failed)

    def _done(self, totals: dict) -> None:
        self._finish()
        self.waiting = totals["conflicts"]
        self._label_conflicts()
        self.window.statusBar().showMessage(fill_in(
            self.tr("Synced: %1 received, %2 sent, %3 waiting in Conflicts"),
            str(totals["pulled"]), str(totals["pushed"]), str(totals["conflicts"])), 15_000)
        if totals["pulled"] or totals["pushed"]:
            self.window.refresh_all()
        self.finished.emit(totals)

    def _failed(self, exc: BaseException) -> None:
        from ..services.sync.engine import ServerUnreachableError

        self._finish()
        if isinstance(exc, ServerUnreachableError):
            text = self.tr("The server cannot be reached: your changes are kept and will be sent at the next sync.")
            self.window.statusBar().showMessage(text, 30_000)
            self.unreachable.emit(error_text(exc))
            return
        from .tasks import Cancelled

        if not isinstance(exc, Cancelled):
            self.window.show_banner(fill_in(self.tr("Not synced: %1."), error_text(exc)))

    def _finish(self) -> None:
        self.running = False
        self.act_sync.setEnabled(True)

    def _label_conflicts(self) -> None:
        self.act_conflicts.setText(fill_in(self.tr("Con&flicts (%1)…"), str(self.waiting)) if self.waiting
                                   else self.tr("Con&flicts…"))
        # The toolbar button carries the number: the Tools menu is not where an aide looks.
        self.act_sync.setIconText(fill_in(self.tr("Sync (%1)"), str(self.waiting)) if self.waiting
                                  else self.tr("Sync"))
        self.act_sync.setToolTip(self.tr("Sync (%n conflict(s) waiting)", "", self.waiting)
                                 if self.waiting else self.tr("Sync with the server (Ctrl+Shift+Y)"))

    def open_conflicts(self):
        from .conflicts_dialog import ConflictsDialog

        self.dialog = ConflictsDialog(self.window.planner, self.window)
        self.dialog.changed.connect(self._conflicts_changed)
        self.dialog.open()
        return self.dialog

    def _conflicts_changed(self, waiting: int) -> None:
        self.waiting = waiting
        self._label_conflicts()
        self.window.refresh_all()
