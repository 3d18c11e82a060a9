"""Schema migrations with Alembic, a backup taken first, and a fast path when nothing is to do."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, text

from .schema import HEAD


def current_revision(db) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_user_tables(db) -> bool:
    with db.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def _alembic_config(connection):
    from importlib.resources import files

    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("missionplanner.db") / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None)).get_current_head()


def check_known_revision(revision: str | None, where=None) -> None:
    """Refuse a schema revision our migrations do not know (a file from a newer version), before
    anything is copied or changed."""
    if revision is None or revision == HEAD or revision in alembic_revisions():
        return
    from .database import NewerSchemaError

    if where is None:
        raise NewerSchemaError(code="database.newer-schema-unnamed", revision=revision)
    raise NewerSchemaError(code="database.newer-schema", path=str(where), revision=revision)


def ensure_current(db) -> str | None:
    """Bring the schema to HEAD; returns the path of the pre-migration backup, if one was taken.

    A revision we do not know is refused before any copy is made."""
    rev = current_revision(db)
    if rev == HEAD:
        return None
    check_known_revision(rev, db.location)
    backup_path = None
    if db.path is not None and db.path.exists() and _has_user_tables(db):
        from .backup import backup_to

        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup_path = db.path.with_name(f"{db.path.stem}.before-{rev or 'unversioned'}-{stamp}.sqlite")
        backup_to(db, Path(backup_path))
    from alembic import command

    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    return str(backup_path) if backup_path else None


def alembic_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_alembic_config(None)).walk_revisions()}
