"""A laptop's replica on SQLite: its outbox, bases, cursor and conflicts (SYNC.md, "Laptop side").

Rows travel as JSON-able dicts (`as_json` / `from_json`, by column type) so the three-way merge,
the outbox and the conflict inbox see one shape whichever engine they came from. Rows pulled from
the server are written here with Core, not through the planner: they are the server's, not edits,
so they reach neither the outbox nor the local audit trail.
"""

from __future__ import annotations

import base64
import json
import uuid
from datetime import UTC, date, datetime

from sqlalchemy import Date, LargeBinary, bindparam, delete, insert, inspect, select, text, update
from sqlalchemy.exc import DBAPIError

from ..model import Base
from ..model.base import UTCDateTime


def is_replica(db) -> bool:
    """Whether this database joined a server (a SQLite file with its `sync_state` row)."""
    if not db.is_sqlite:
        return False
    try:
        with db.engine.connect() as conn:
            if not inspect(conn).has_table("sync_state"):
                return False
            return conn.execute(text("SELECT 1 FROM sync_state")).first() is not None
    except DBAPIError:
        # A damaged file: nothing can be written to it (the safety path refuses it), and a restore
        # must still be able to open a planner on it to put a good copy in its place.
        return False


def table(name: str):
    return Base.metadata.tables[name]


def model_of(name: str):
    for mapper in Base.registry.mappers:
        if mapper.local_table is table(name):
            return mapper.class_
    raise KeyError(name)


def as_json(tbl, row) -> dict:
    """A row (mapping of column -> Python value) as JSON-able values."""
    out = {}
    for column in tbl.columns:
        if column.name not in row:
            continue
        value = row[column.name]
        if isinstance(value, datetime | date):
            value = value.isoformat()
        elif isinstance(value, bytes | memoryview):
            value = base64.b64encode(bytes(value)).decode("ascii")
        out[column.name] = value
    return out


def from_json(tbl, row: dict) -> dict:
    """`as_json` undone, by the type of each column."""
    out = {}
    for column in tbl.columns:
        if column.name not in row:
            continue
        value = row[column.name]
        if value is not None:
            if isinstance(column.type, UTCDateTime):
                value = datetime.fromisoformat(value)
                value = value if value.tzinfo else value.replace(tzinfo=UTC)
            elif isinstance(column.type, Date):
                value = date.fromisoformat(value)
            elif isinstance(column.type, LargeBinary):
                value = base64.b64decode(value)
        out[column.name] = value
    return out


# --- the outbox -------------------------------------------------------------------------------

def write_outbox(conn, kind: str, row_id: str, op: str, fields: list[str]) -> None:
    conn.execute(text("INSERT INTO sync_outbox (change_id, table_name, id, op, fields, edited_at) "
                      "VALUES (:c, :t, :i, :o, :f, :e)"),
                 {"c": str(uuid.uuid4()), "t": kind, "i": row_id, "o": op, "f": json.dumps(fields),
                  "e": datetime.now(UTC).isoformat()})


def pending(conn) -> dict[tuple[str, str], list[str]]:
    """(table, id) -> the change ids queued for that row, oldest row first."""
    out: dict[tuple[str, str], list[str]] = {}
    for change_id, kind, row_id in conn.execute(
            text("SELECT change_id, table_name, id FROM sync_outbox ORDER BY seq")):
        out.setdefault((kind, row_id), []).append(change_id)
    return out


def is_pending(conn, kind: str, row_id: str) -> bool:
    return conn.execute(text("SELECT 1 FROM sync_outbox WHERE table_name = :t AND id = :i LIMIT 1"),
                        {"t": kind, "i": row_id}).first() is not None


def forget_changes(conn, change_ids: list[str]) -> None:
    if change_ids:
        conn.execute(text("DELETE FROM sync_outbox WHERE change_id = :c"), [{"c": c} for c in change_ids])


def forget_row_changes(conn, kind: str, row_id: str) -> None:
    conn.execute(text("DELETE FROM sync_outbox WHERE table_name = :t AND id = :i"), {"t": kind, "i": row_id})


# --- bases and rows ---------------------------------------------------------------------------

def base_of(conn, kind: str, row_id: str) -> tuple[int, dict] | None:
    found = conn.execute(text("SELECT server_version, base_json FROM sync_base WHERE table_name = :t AND id = :i"),
                         {"t": kind, "i": row_id}).first()
    return None if found is None else (found[0], json.loads(found[1]))


def set_base(conn, kind: str, row_id: str, server_version: int, row: dict) -> None:
    set_bases(conn, kind, [(row_id, server_version, row)])


def set_bases(conn, kind: str, bases: list[tuple[str, int, dict]]) -> None:
    """Many bases of one table in one executemany (join writes one per row)."""
    if not bases:
        return
    conn.execute(text("INSERT INTO sync_base (table_name, id, server_version, base_json) VALUES (:t, :i, :v, :j) "
                      "ON CONFLICT (table_name, id) DO UPDATE SET server_version = excluded.server_version, "
                      "base_json = excluded.base_json"),
                 [{"t": kind, "i": i, "v": v, "j": json.dumps(row, sort_keys=True)} for i, v, row in bases])


def drop_base(conn, kind: str, row_id: str) -> None:
    conn.execute(text("DELETE FROM sync_base WHERE table_name = :t AND id = :i"), {"t": kind, "i": row_id})


def bases_of(conn, kind: str, row_ids: list[str]) -> dict[str, tuple[int, dict]]:
    """`base_of` for many rows of one table, read in a few statements: id -> (version, row)."""
    out = {}
    for start in range(0, len(row_ids), 500):
        found = conn.execute(text("SELECT id, server_version, base_json FROM sync_base "
                                  "WHERE table_name = :t AND id IN :ids").bindparams(bindparam("ids", expanding=True)),
                             {"t": kind, "ids": row_ids[start:start + 500]})
        out.update({i: (v, json.loads(j)) for i, v, j in found})
    return out


def local_rows(conn, kind: str, row_ids: list[str]) -> dict[str, dict]:
    """`local_row` for many rows of one table: id -> row as JSON (rows gone here are missing)."""
    tbl = table(kind)
    out = {}
    for start in range(0, len(row_ids), 500):
        for found in conn.execute(select(tbl).where(tbl.c.id.in_(row_ids[start:start + 500]))).mappings():
            out[found["id"]] = as_json(tbl, found)
    return out


def local_row(conn, kind: str, row_id: str) -> dict | None:
    tbl = table(kind)
    found = conn.execute(select(tbl).where(tbl.c.id == row_id)).mappings().first()
    return None if found is None else as_json(tbl, found)


def put_row(conn, kind: str, values: dict) -> None:
    """Write the server's row `values` (Python values) here, over any local copy."""
    tbl = table(kind)
    values = {k: v for k, v in values.items() if k in tbl.c}
    if conn.execute(select(tbl.c.id).where(tbl.c.id == values["id"])).first() is None:
        conn.execute(insert(tbl).values(**values))
    else:
        conn.execute(update(tbl).where(tbl.c.id == values["id"]).values(**values))


def put_rows(conn, kind: str, rows: list[dict]) -> None:
    """`put_row` for many rows of one table: one executemany for those already here, one for the new."""
    if not rows:
        return
    tbl = table(kind)
    rows = [{k: v for k, v in r.items() if k in tbl.c} for r in rows]
    here = set()
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), 500):
        here |= {i for (i,) in conn.execute(select(tbl.c.id).where(tbl.c.id.in_(ids[start:start + 500])))}
    old = [r for r in rows if r["id"] in here]
    new = [r for r in rows if r["id"] not in here]
    if new:
        conn.execute(insert(tbl), new)
    if old:
        names = [c.name for c in tbl.columns if c.name != "id"]
        stmt = update(tbl).where(tbl.c.id == bindparam("_id")).values({n: bindparam(n) for n in names})
        conn.execute(stmt, [{"_id": r["id"], **{n: r.get(n) for n in names}} for r in old])


def remove_row(conn, kind: str, row_id: str) -> None:
    tbl = table(kind)
    conn.execute(delete(tbl).where(tbl.c.id == row_id))


# --- state and conflicts ----------------------------------------------------------------------

def state(conn) -> dict | None:
    found = conn.execute(text("SELECT server_url, cursor, device_id, schema_rev FROM sync_state")).mappings().first()
    return None if found is None else dict(found)


def set_state(conn, server_url: str, cursor: int, device_id: str, schema_rev: str) -> None:
    conn.execute(text("INSERT INTO sync_state (id, server_url, cursor, device_id, schema_rev) "
                      "VALUES (1, :u, :c, :d, :s)"), {"u": server_url, "c": cursor, "d": device_id, "s": schema_rev})


def set_cursor(conn, cursor: int) -> None:
    conn.execute(text("UPDATE sync_state SET cursor = :c"), {"c": cursor})


def open_conflict_rows(conn) -> set[tuple[str, str]]:
    return {(t, i) for t, i in conn.execute(
        text("SELECT table_name, row_id FROM sync_conflict WHERE status = 'open'"))}


def record_conflict(conn, kind: str, row_id: str, base, mine, theirs, fields: list[str]) -> None:
    """A conflict for this row: a new one, or the open one brought up to the server's latest."""
    params = {"t": kind, "i": row_id, "b": json.dumps(base), "m": json.dumps(mine), "th": json.dumps(theirs),
              "f": json.dumps(sorted(fields)), "d": datetime.now(UTC).isoformat()}
    updated = conn.execute(text("UPDATE sync_conflict SET base = :b, mine = :m, theirs = :th, fields = :f "
                                "WHERE table_name = :t AND row_id = :i AND status = 'open'"), params)
    if updated.rowcount == 0:
        conn.execute(text("INSERT INTO sync_conflict (table_name, row_id, base, mine, theirs, fields, detected_at) "
                          "VALUES (:t, :i, :b, :m, :th, :f, :d)"), params)


def conflicts(conn, status: str | None = "open") -> list[dict]:
    sql = "SELECT id, table_name, row_id, base, mine, theirs, fields, detected_at, status, resolution FROM sync_conflict"
    rows = conn.execute(text(sql + (" WHERE status = :s" if status else "") + " ORDER BY id"),
                        {"s": status}).mappings()
    out = []
    for row in rows:
        item = dict(row)
        for key in ("base", "mine", "theirs", "fields"):
            item[key] = json.loads(item[key]) if item[key] is not None else None
        out.append(item)
    return out


def close_conflict(conn, conflict_id: int, resolution: str) -> None:
    conn.execute(text("UPDATE sync_conflict SET status = 'resolved', resolution = :r WHERE id = :i"),
                 {"r": resolution, "i": conflict_id})


def changed_fields(session, change) -> list[str]:
    """The columns a flushed change wrote: every column of an insert, those whose history moved for
    an update, none for a delete; every column for rows written in bulk (no object to ask)."""
    if change.op == "delete":
        return []
    for obj in (*session.new, *session.dirty):
        if getattr(obj, "__tablename__", None) == change.kind and getattr(obj, "id", None) == change.id:
            state = inspect(obj)
            if change.op == "insert":
                return [a.key for a in state.mapper.column_attrs]
            return [a.key for a in state.mapper.column_attrs if state.attrs[a.key].history.has_changes()]
    return [c.name for c in table(change.kind).columns] if change.kind in Base.metadata.tables else []


def reindex(conn, touched: dict[str, set[str]]) -> None:
    """Bring the search index up to date for rows written or removed here by a pull (they bypass the
    ORM flush that indexes edits): table -> ids."""
    from ..model import SearchEntry
    from . import search_index

    kinds = {cls.__tablename__: kind for cls, kind in search_index.KINDS.items()}
    ids = [i for name, group in touched.items() if name in kinds for i in group]
    if not ids:
        return
    fts = search_index.has_fts(conn)
    fresh = []
    for name, group in touched.items():
        if name not in kinds or not group:
            continue
        tbl = table(name)
        for part in search_index._chunks(sorted(group)):
            fresh += [search_index.entry_for(kinds[name], row)
                      for row in conn.execute(select(tbl).where(tbl.c.id.in_(part)))]
    for part in search_index._chunks(ids):
        if fts:
            search_index._fts_forget(conn, part)
        conn.execute(delete(SearchEntry.__table__).where(SearchEntry.entity_id.in_(part)))
    if fresh:
        conn.execute(insert(SearchEntry.__table__), fresh)
        if fts:
            search_index.fts_add(conn, [e["entity_id"] for e in fresh])
