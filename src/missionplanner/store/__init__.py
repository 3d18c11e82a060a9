"""Storage: engine and sessions, migrations, backup, search index. No Qt here."""

from .database import Database, open_database

__all__ = ["Database", "open_database"]
