"""Hearing about colleagues' changes on the cabinet's server (PostgreSQL LISTEN/NOTIFY, migration 0010).

A `ChangeListener` holds one connection of its own, listening on the changes channel, on a daemon
thread (no Qt here): each notice from another session calls `on_change()` on that thread, whose caller
hands it to the GUI. Notices from the app's own sessions (same `session_name`) are skipped. When the
server goes away the listener retries every few seconds; `stop()` returns at once, and the thread
ends within a second (nothing ever waits for it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

CHANNEL = "missionplanner_changes"
POLL = 1.0  # how often the thread looks at its stop flag while no notice comes
RETRY = 5.0  # after losing the server


def _libpq_url(url: str) -> str:
    """The SQLAlchemy URL as psycopg connects to it (postgresql+psycopg:// -> postgresql://)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    def __init__(self, url: str, session_name: str, on_change: Callable[[], None],
                 on_state: Callable[[bool], None] | None = None):
        self.url = _libpq_url(url)
        self.session_name = session_name
        self.on_change = on_change
        self.on_state = on_state or (lambda connected: None)
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while LISTEN is in place (tests wait on it)
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def alive(self) -> bool:
        """Whether its thread still runs (it ends within POLL seconds of `stop`)."""
        return self._thread.is_alive()

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=5,
                                     application_name=f"{self.session_name}-listener") as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    self.on_state(True)
                    while not self._stop.is_set():
                        for notice in conn.notifies(timeout=POLL):
                            if notice.payload != self.session_name:
                                self.on_change()
            except psycopg.Error:
                self.listening.clear()
                self.on_state(False)
                self._stop.wait(RETRY)
        self.listening.clear()
