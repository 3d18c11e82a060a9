"""Storage: engine and sessions, migrations, backup, search index. No Qt here."""

__all__ = ["Database", "open_database"]


def __getattr__(name: str):
    # Loaded on first use: store.paths and store.quick_open serve the application's start before
    # SQLAlchemy is imported.
    if name in __all__:
        from . import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
