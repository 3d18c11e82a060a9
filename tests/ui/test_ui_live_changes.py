"""At the office, on the cabinet's server: a mission a colleague creates appears in the open
window's list within seconds, without the user doing anything."""

from missionplanner.services import missions
from missionplanner.store.database import open_database


def _titles(window):
    return [r["title"] for r in window.missions.model.rows]


def test_a_colleagues_new_mission_appears_by_itself(qtbot, make_window, postgres_db):
    window = make_window(postgres_db)
    qtbot.waitUntil(lambda: window.listener is not None and window.listener.listening.is_set(), timeout=10_000)
    colleague = open_database(postgres_db.url, migrate=False, user="anne")
    try:
        missions.create_mission(colleague, title="Economic mission to Osaka", start="2017-09-04",
                                end="2017-09-08")
    finally:
        colleague.dispose()
    qtbot.waitUntil(lambda: "Economic mission to Osaka" in _titles(window), timeout=10_000)
    assert "colleague" in window.statusBar().currentMessage()


def test_closing_the_window_stops_listening(qtbot, make_window, postgres_db):
    window = make_window(postgres_db)
    listener = window.listener
    qtbot.waitUntil(listener.listening.is_set, timeout=10_000)
    window.close()
    qtbot.waitUntil(lambda: not listener.alive(), timeout=5_000)
