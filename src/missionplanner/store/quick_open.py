"""The database file opened with the standard library's sqlite3 alone, for reading at start-up.

The application shows its first list before SQLAlchemy and the model are imported (they take most
of a second): this opens the file only when it exists and its schema is already current, so what
is read is what the full open would read. Anything else (no file yet, a schema to migrate, a file
that is not a database, a server URL) gives None, and the caller takes the full path, which
creates, migrates or reports.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .paths import database_url
from .schema import HEAD

BUSY_TIMEOUT_S = 10.0  # as store.database: wait for a writer rather than fail


def open_current(path_or_url=None) -> sqlite3.Connection | None:
    """A connection to the SQLite file named by `path_or_url` (as --db; None: the default file),
    or None unless the file exists and its schema is at HEAD. Opened read-write (a database in WAL
    mode needs its shared-memory file) but never created: the caller only reads."""
    url = database_url(path_or_url)
    if not url.startswith("sqlite:///"):
        return None
    path = Path(url[len("sqlite:///"):])
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        connection = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:  # not a database, or not ours
        row = None
    if row is None or row[0] != HEAD:
        connection.close()
        return None
    return connection
