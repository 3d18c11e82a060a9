"""Engine and session factory: one short unit of work per user action."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from . import audit, search_index
from .paths import database_url

BUSY_TIMEOUT_MS = 10_000


def _current_user() -> str:
    try:
        return os.environ.get("MISSIONPLANNER_USER") or getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event decide how a transaction starts (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # FULL: a committed edit survives a power cut as well as a crash.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # Writers take the write lock up front, so two processes queue on busy_timeout instead of
        # deadlocking when both try to upgrade a read lock.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """The one handle services need: where the data is, and how to open a unit of work."""

    def __init__(self, url: str, *, user: str | None = None):
        self.url = url
        self.user = user or _current_user()
        self.is_sqlite = url.startswith("sqlite")
        self.engine = create_engine(url, future=True)
        if self.is_sqlite:
            _sqlite_pragmas(self.engine)
            writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            writer = self.engine
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=writer, expire_on_commit=False)
        audit.install(self._write, lambda: self.user)
        search_index.install(self._write)

    @property
    def path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        raw = self.url.split("///", 1)[-1]
        return Path(raw) if raw and raw != ":memory:" else None

    @property
    def location(self) -> str:
        """Where the data is, fit to show: the file, or the server URL with any password hidden."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        try:
            return make_url(self.url).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - an odd URL is shown minus anything before the host
            return str(self.url).split("@")[-1]

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction: everything inside commits together or not at all."""
        with self._write() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session
            session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(path_or_url=None, *, migrate: bool = True, user: str | None = None,
                  auto_backup: bool = True) -> Database:
    """Open (creating and migrating if needed) the database named by a path, a URL or the default.

    An existing file gets its daily automatic backup here, before anything else touches it.
    """
    url = database_url(path_or_url)
    existed = False
    if url.startswith("sqlite:///"):
        target = Path(url[len("sqlite:///"):])
        existed = target.exists() and target.stat().st_size > 0
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            # Create it owner-only before SQLite does; its -wal and -shm files inherit the mode.
            fd = os.open(target, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    db = Database(url, user=user)
    if existed and auto_backup:
        from .backup import backup_if_due

        backup_if_due(db)
    if migrate:
        from .migrate import ensure_current

        ensure_current(db)
    return db


def configure_orm() -> None:
    """Set up the ORM's mappers now rather than in the first query (0.1 to 0.3 s): for a caller that
    opens the database on a worker thread before the GUI's first list is read."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
