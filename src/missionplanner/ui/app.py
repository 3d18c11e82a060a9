"""Start the desktop application: translations, the database, first-start demo offer, main window."""

from __future__ import annotations

import sys


def create_app(argv=None):
    from PySide6.QtWidgets import QApplication

    from . import settings

    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName(settings.APPLICATION)
    app.setDesktopFileName("missionplanner")
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    return app


def app_icon():
    """The application's icon (resources/icons/missionplanner.svg)."""
    from PySide6.QtGui import QIcon

    from ..package_data import resources_dir

    return QIcon(str(resources_dir() / "icons" / "missionplanner.svg"))


def offer_demo(window, is_empty: bool) -> bool:
    """On an empty database (`is_empty`, read on the worker), offer to load the demo missions
    (loaded in the background); returns whether the user accepted."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if not is_empty:
        return False
    answer = QMessageBox.question(
        window, QCoreApplication.translate("MainWindow", "Welcome to Mission Planner"),
        QCoreApplication.translate("MainWindow", "The database is empty. Load the demo missions (Japan 2016 "
                                   "and 2017, South Korea 2017) to look around?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Loading the demo missions…"))
    window.tasks.run(window.planner.missions.load_demo, on_done=lambda _summary: _demo_loaded(window),
                     on_failed=lambda exc: _demo_failed(window, exc))
    return True


def _demo_failed(window, exc: BaseException) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    window.statusBar().clearMessage()
    box = QMessageBox(QMessageBox.Icon.Warning, window.windowTitle(), str(exc), parent=window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): a message must not stop the rest of the window


def _demo_loaded(window) -> None:
    from PySide6.QtCore import QCoreApplication

    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Demo missions loaded"), 5000)
    window.refresh_all()


def _install_language(lang: str | None) -> None:
    from . import i18n, settings

    app = create_app()
    i18n.install(app, i18n.choose_language(lang if lang is not None else settings.get(settings.LANGUAGE)))


def build_window(planner, lang: str | None = None):
    """The main window over a planner (or an open database, given a planner here), its first page
    filled, with translations installed for `lang` (or the setting / system language)."""
    from ..services.planner import Planner
    from .main_window import MainWindow

    _install_language(lang)
    return MainWindow(planner if isinstance(planner, Planner) else Planner(planner))


def open_for_window(db_arg=None):
    """On the worker thread, while the window's shell is on screen: the planner of the database
    (opened, and migrated if needed). Every query runs on the worker, so the ORM's mappers are
    configured there too, by the first query that needs them."""
    from ..services.planner import Planner

    # The daily backup of a large file takes seconds: run() starts it on the worker once the window
    # is ready, so it never delays the first list.
    return Planner.open(db_arg, auto_backup=False)


def start_window(db_arg=None, lang: str | None = None):
    """The main window as the application starts it, for the caller to show: its shell (sidebar,
    menus, toolbar) paints first, with no database. Right after that first paint, when the missions
    list is the page on screen, its first screen is read on the worker thread with sqlite3 alone
    and shown (`first_list_filled`) while SQLAlchemy is not even imported. Then the database is
    opened on the worker thread (created or migrated if need be), the window attaches it (filling
    the page on screen now if it was not yet), sets up the rest and emits `ready`. If the database
    cannot be opened, the reason is shown and the window closes."""
    from PySide6.QtCore import QTimer

    from .main_window import PAGE_MISSIONS, MainWindow

    _install_language(lang)
    window = MainWindow()
    first_screen = window.stack.currentIndex() == PAGE_MISSIONS  # (the page left last time)

    def failed(exc: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        window.open_failed = True
        if window.closing:
            return  # quitting anyway: no message to wait on
        window.statusBar().clearMessage()
        QMessageBox.critical(window, window.windowTitle(), QCoreApplication.translate(
            "MainWindow", "The database could not be opened:\n%1").replace("%1", str(exc)))
        window.close()

    def open_database() -> None:
        # `always`: a database opened while the window closes is still handed over, to be closed.
        window.tasks.run(open_for_window, db_arg, always=True,
                         on_done=lambda planner: window.attach(planner, in_background=True), on_failed=failed)

    def first_screen_read(rows) -> None:
        window.show_first_screen(rows)
        QTimer.singleShot(0, window, open_database)  # once the list has painted: the import holds the GIL

    def read_first_screen() -> None:
        from ..services.managers import MissionsManager

        # The newest missions straight from the file with sqlite3, while SQLAlchemy is not loaded
        # yet; None (a new file, a schema to migrate...) leaves it all to open_database.
        window.tasks.run(MissionsManager.first_screen, db_arg, on_done=first_screen_read,
                         on_failed=lambda _exc: open_database())

    window.after_first_paint(read_first_screen if first_screen else open_database)
    return window


def _last_session_checked(window, problems: list[str] | None) -> None:
    """What safety_actions.check_after_unclean_shutdown shows (same text, same context), for a check
    that ran on the worker thread."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if problems:
        QMessageBox.warning(window, window.windowTitle(), QCoreApplication.translate(
            "MainWindow", "Mission Planner was not closed properly last time, and the database check found "
            "problems:\n%1\n\nUse Tools > Check and repair the database, or restore a backup.")
            .replace("%1", "\n".join(problems[:5])))


def _after_ready(window) -> None:
    if window.closing:  # asked to quit while it was starting: no session to begin
        return
    planner = window.planner
    # After an unclean shutdown SQLite's quick check runs: seconds on a large file, so on the worker,
    # before the daily backup (which copies the file the check vouches for).
    window.tasks.run(planner.safety.begin_session,
                     on_done=lambda problems: _last_session_checked(window, problems),
                     on_failed=lambda exc: window.show_banner(str(exc)))
    window.tasks.run(planner.missions.is_empty, on_done=lambda empty: offer_demo(window, empty))
    window.tasks.run(planner.safety.backup_if_due, with_progress=True, on_failed=lambda exc: window.show_banner(str(exc)))
    window.reminder.start()
    window.meeting_reminder.start()


def end_session_when_closed(window) -> None:
    """Once `window` has closed (its own jobs ended, see MainWindow.closeEvent), end the session:
    what `run` does, and what the tests check."""
    window.closed.connect(lambda: finish_session(window))


def finish_session(window) -> None:
    """Cancel and wait for every background job (with the event loop running), then record the
    clean shutdown and dispose of the database: never under a running job. Once per window."""
    from .tasks import runner

    runner().drain()
    planner = window.planner
    if planner is None or getattr(window, "session_finished", False):
        return
    window.session_finished = True
    try:
        planner.safety.end_session()  # a clean exit: no quick check next time
    finally:
        planner.close()  # checkpointed: the .sqlite alone then holds every change


def request_quit(window) -> None:
    """What closing the window does (SIGINT, SIGTERM): dialogs waiting on the user are dismissed,
    then the window closes once its jobs ended (see MainWindow.closeEvent)."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    if not shiboken6.isValid(window):
        return
    for _ in range(20):  # nested dialogs, innermost first
        modal = QApplication.activeModalWidget()
        if modal is None or modal is window or not hasattr(modal, "reject"):
            break
        modal.reject()
    window.close()


class QuitSignals:
    """SIGINT and SIGTERM (Ctrl-C, logout) handled like closing the window.

    Python runs its signal handlers only between bytecodes, and while Qt's event loop waits no
    Python runs: the signal's number is written to a socket (`signal.set_wakeup_fd`) that a
    QSocketNotifier watches, so the loop wakes at once and the handler runs."""

    SIGNALS = ("SIGINT", "SIGTERM")

    def __init__(self, on_signal):
        import signal
        import socket

        from PySide6.QtCore import QSocketNotifier, QTimer

        self._previous: dict = {}
        self._old_wakeup = None
        self._notifier = None
        self._on_signal = on_signal
        self._read, self._write = socket.socketpair()
        for sock in (self._read, self._write):
            sock.setblocking(False)
        try:
            self._old_wakeup = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        except ValueError:  # not the main thread: leave signals alone
            self._read.close()
            self._write.close()
            self._read = self._write = None
            return
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._drain)
        for name in self.SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(
                    number, lambda *_: QTimer.singleShot(0, self._on_signal))

    def _drain(self, *_args) -> None:
        try:
            while self._read.recv(64):
                pass
        except (BlockingIOError, InterruptedError, OSError):
            pass

    def restore(self) -> None:
        import signal

        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous = {}
        if self._read is None:
            return
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._old_wakeup if self._old_wakeup is not None else -1)
        self._read.close()
        self._write.close()
        self._read = self._write = None


def run(db_arg=None) -> int:
    app = create_app()
    window = start_window(db_arg)
    window.ready.connect(lambda: _after_ready(window))
    end_session_when_closed(window)
    signals = QuitSignals(lambda: request_quit(window))
    window.show()
    try:
        status = app.exec()
        # The database could not be opened (not: the user quit before it was).
        return 2 if getattr(window, "open_failed", False) else status
    finally:
        signals.restore()
        finish_session(window)
