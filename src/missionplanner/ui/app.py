"""Start the desktop application."""

from __future__ import annotations

import sys


def run(db_arg=None) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    from ..services.missions import list_missions
    from ..store import open_database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Mission Planner")
    db = open_database(db_arg)
    window = QMainWindow()
    window.setWindowTitle(app.translate("MainWindow", "Mission Planner"))
    rows = list_missions(db)
    table = QTableWidget(len(rows), 4)
    table.setHorizontalHeaderLabels([app.translate("MainWindow", h) for h in ("Title", "Start", "End", "Status")])
    for r, m in enumerate(rows):
        for c, key in enumerate(("title", "start", "end", "status")):
            table.setItem(r, c, QTableWidgetItem(m[key]))
    window.setCentralWidget(table)
    window.resize(900, 500)
    window.show()
    return app.exec()
