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
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    return QIcon(str(files("missionplanner.resources") / "icons" / "missionplanner.svg"))


def offer_demo(window, db) -> bool:
    """On an empty database, offer to load the demo missions (loaded in the background); returns
    whether the user accepted."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ..services.demo import is_empty, load_demo

    if not is_empty(db):
        return False
    answer = QMessageBox.question(
        window, QCoreApplication.translate("MainWindow", "Welcome to Mission Planner"),
        QCoreApplication.translate("MainWindow", "The database is empty. Load the demo missions (Japan 2016 "
                                   "and 2017, South Korea 2017) to look around?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Loading the demo missions…"))
    window.tasks.run(load_demo, db, on_done=lambda _summary: _demo_loaded(window),
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


def build_window(db, lang: str | None = None):
    """The main window with translations installed for `lang` (or the setting / system language)."""
    from . import i18n, settings
    from .main_window import MainWindow

    app = create_app()
    i18n.install(app, i18n.choose_language(lang if lang is not None else settings.get(settings.LANGUAGE)))
    return MainWindow(db)


def run(db_arg=None) -> int:
    from ..store import open_database

    app = create_app()
    # The daily backup of a large file takes seconds: it runs on the worker once the window shows.
    db = open_database(db_arg, auto_backup=False)
    from ..services.safety import backup_if_due, end_session
    from .safety_actions import check_after_unclean_shutdown

    window = build_window(db)
    window.show()
    check_after_unclean_shutdown(window, db)
    offer_demo(window, db)
    window.tasks.run(backup_if_due, db, on_failed=lambda exc: window.show_banner(str(exc)))
    window.reminder.start()
    try:
        return app.exec()
    finally:
        end_session(db)  # a clean exit: no quick check next time
        db.dispose()
