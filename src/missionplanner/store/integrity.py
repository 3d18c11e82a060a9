"""SQLite's own checks: integrity, quick check after a crash, foreign keys and orphan rows."""

from __future__ import annotations

from sqlalchemy import text


def quick_check(db) -> list[str]:
    """SQLite's quick_check: what a start after an unclean shutdown runs (fast, no index scan)."""
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").all()]
    return [] if rows == ["ok"] else rows


def integrity_problems(db) -> list[str]:
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
    return [] if rows == ["ok"] else rows


def foreign_key_violations(db) -> list[tuple[str, int, str]]:
    """One entry per row that points at a missing record (a row may break several keys)."""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    seen: dict[tuple[str, int], str] = {}
    for table, rowid, parent, _fk in rows:
        seen.setdefault((table, rowid), parent)
    return [(table, rowid, parent) for (table, rowid), parent in seen.items()]


def remove_orphans(db, violations) -> int:
    """Rows pointing at records that no longer exist go: every such link is ON DELETE CASCADE."""
    removed = 0
    with db.engine.begin() as conn:
        for table, rowid, _parent in violations:
            removed += conn.execute(text(f'DELETE FROM "{table}" WHERE rowid = :r'), {"r": rowid}).rowcount
    return removed
