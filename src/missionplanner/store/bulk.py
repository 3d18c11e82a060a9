"""Creating many records at once, with the audit trail and search rows the session would have written
for them one ORM object at a time.

An import of ten thousand contacts spent nearly all its time building ORM objects and running the
flush hooks for each; this writes the same rows with one Core `executemany` per table, on the
session's connection and inside its transaction (a rollback still undoes everything). The column
types turn the values into what they store, as they do for the ORM, so reading the rows back through
the ORM gives exactly the values given here. The search index's FTS rows are then written from the
new `search_entries` rows (see `search_index.fts_add_since`).

Validation is not done here: `services.batch` validates every row by the rules of a single create
before it calls `create_many`.
"""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import insert, inspect

from ..model import AuditEntry, SearchEntry, new_id, utcnow
from . import search_index
from .audit import _SKIP, _plain


def complete(cls, row: dict, *, now: datetime | None = None) -> dict:
    """The row with every column filled: a fresh id (unless it has one), stamps, and the columns'
    scalar defaults."""
    out = {}
    for column in cls.__table__.columns:
        default = column.default
        out[column.key] = default.arg if default is not None and default.is_scalar else None
    now = now or utcnow()
    out.update(id=new_id(), created_at=now, updated_at=now, version=1)
    out.update(row)
    return out


def audit_changes(cls, rows: list[dict]) -> list[dict]:
    """What store.audit records for the creation of each row: every column but the stamps."""
    keys = [attr.key for attr in inspect(cls).column_attrs if attr.key not in _SKIP]
    return [{key: _plain(row[key]) for key in keys} for row in rows]


def create_many(session, cls, rows: list[dict], user: str, *, now: datetime | None = None,
                summary: str = "") -> list[dict]:
    """Insert complete rows (see `complete`) of `cls` with their audit and search rows; returns them.

    `summary` goes into each row's audit entry (say, which calendar file an imported meeting came from).
    Nothing is flushed here: the rows go straight to the session's connection, in its transaction.
    """
    if not rows:
        return rows
    now = now or utcnow()
    conn = session.connection()
    _insert(conn, cls.__table__, rows)
    _insert(conn, AuditEntry.__table__, [
        {"id": new_id(), "at": now, "user": user, "action": "create", "entity_kind": cls.__tablename__,
         "entity_id": r["id"], "summary": summary, "changes": changes}
        for r, changes in zip(rows, audit_changes(cls, rows), strict=True)])
    kind = search_index.KINDS.get(cls)
    if kind:
        last = _last_search_rowid(conn)
        _insert(conn, SearchEntry.__table__, [search_index.entry_for(kind, SimpleNamespace(**r)) for r in rows])
        if search_index.has_fts(conn):
            search_index.fts_add_since(conn, last)
    return rows


def _insert(conn, table, rows: list[dict]) -> None:
    """`conn.execute(insert(table), rows)`. On SQLite, each value is turned into what its column stores
    by the column type's own bind processor and the rows go to the driver's executemany at once:
    Core's bookkeeping for each row of an executemany was a third of a contacts import's time."""
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    compiled = insert(table).compile(dialect=conn.dialect)
    columns = [(key, compiled.binds[key].type.bind_processor(conn.dialect)) for key in compiled.positiontup]
    conn.exec_driver_sql(str(compiled), [tuple(r[key] if store is None else store(r[key]) for key, store in columns)
                                         for r in rows])


def _last_search_rowid(conn) -> int:
    """The highest rowid of `search_entries` (SQLite), so the FTS rows are added for the new ones only."""
    if conn.dialect.name != "sqlite":
        return 0
    return conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM search_entries").scalar()
