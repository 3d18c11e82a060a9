"""Creating many records at once, with the audit trail and search rows the session would have written
for them one ORM object at a time.

An import of ten thousand contacts spent nearly all its time building ORM objects and running the
flush hooks for each, then in SQLAlchemy's per-parameter processing; this writes the same rows with
one executemany per table. On SQLite the values are turned into what the column types store (a
`UTCDateTime` becomes the "YYYY-MM-DD HH:MM:SS.ffffff" UTC text SQLAlchemy's DATETIME writes, a
`Date` its ISO text, JSON its `json.dumps` text) once, and handed to the driver's own `executemany`
on the session's connection, inside the session's transaction: a rollback still undoes everything.
Reading the rows back through the ORM gives exactly the values given here. The search index's FTS
rows are then written from the new `search_entries` rows, read back in rowid order (see
`search_index._stored` for why the order matters). Other dialects go through SQLAlchemy Core.

Each audit entry holds what `store.audit` records for an ORM create: every column but the stamps.
"""

from __future__ import annotations

import gc
import json
import os
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timezone
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from types import SimpleNamespace

from sqlalchemy import JSON, Boolean, Date, DateTime, LargeBinary, insert, inspect

from ..model import AuditEntry, SearchEntry, utcnow
from . import search_index

_SKIP = {"created_at", "updated_at", "version"}  # the columns store.audit leaves out of a snapshot
_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def new_ids(n: int) -> list[str]:
    """`n` random version-4 UUIDs, written as `model.new_id` writes them, from one read of urandom."""
    raw = os.urandom(16 * n).hex()
    out = []
    for i in range(0, 32 * n, 32):
        h = raw[i:i + 32]
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}")
    return out


class IdPool:
    """Fresh ids one at a time, drawn from urandom a thousand at a time."""

    def __init__(self, batch: int = 1024):
        self.batch = batch
        self.ids: list[str] = []

    def __call__(self) -> str:
        if not self.ids:
            self.ids = new_ids(self.batch)
        return self.ids.pop()


@lru_cache(maxsize=64)
def _defaults(cls) -> dict:
    out = {}
    for column in cls.__table__.columns:
        default = column.default
        out[column.key] = default.arg if default is not None and default.is_scalar else None
    return out


def complete(cls, row: dict, *, now: datetime | None = None, id: str | None = None) -> dict:  # noqa: A002
    """The row with every column filled: stamps, a fresh id, and the columns' scalar defaults."""
    out = dict(_defaults(cls))
    now = now or utcnow()
    out["id"] = id or new_ids(1)[0]
    out["created_at"] = out["updated_at"] = now
    out["version"] = 1
    out.update(row)
    return out


@contextmanager
def collection_paused():
    """Cyclic garbage collection held off for the length of a bulk import.

    An import allocates objects by the hundred thousand, nearly all of them freed by reference
    counting as it goes; meanwhile the collector, triggered by allocation counts alone, walks the
    whole heap (every module, SQLAlchemy's structures, in the app every Qt wrapper) again and again:
    a tenth of a calendar import's time. Held off, it catches up once, afterwards. Only the caller
    that found collection enabled enables it again, so nested or concurrent imports leave it on.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# What the column types store ------------------------------------------------------------------

_DAY_TEXT: dict[date, str] = {}
_TIME_TEXT: dict[str, dict[time, str]] = {}
_OFFSET_TEXT: dict[timezone, str] = {}


def iso_text(value: datetime, sep: str = "T", timespec: str = "auto") -> str:
    """`value.isoformat(sep, timespec)`, put together from its day, its time of day and its offset,
    each formatted once: an import's thousands of times share a few days, hours and zones, and
    `isoformat` on an aware datetime costs three times the look-ups. Only for naive values and fixed
    offsets (`datetime.timezone`); a zone with rules goes to `isoformat` itself."""
    zone = value.tzinfo
    if zone is None:
        suffix = ""
    elif type(zone) is timezone:
        suffix = _OFFSET_TEXT.get(zone)
        if suffix is None:
            suffix = _OFFSET_TEXT[zone] = datetime(2000, 1, 1, tzinfo=zone).isoformat()[19:]
    else:
        return value.isoformat(sep, timespec)
    day = value.date()
    day_text = _DAY_TEXT.get(day)
    if day_text is None:
        if len(_DAY_TEXT) > 100_000:
            _DAY_TEXT.clear()
        day_text = _DAY_TEXT[day] = day.isoformat()
    times = _TIME_TEXT.get(timespec)
    if times is None:
        times = _TIME_TEXT[timespec] = {}
    clock = value.time()
    time_text = times.get(clock)
    if time_text is None:
        if len(times) > 100_000:
            times.clear()
        time_text = times[clock] = clock.isoformat(timespec)
    return f"{day_text}{sep}{time_text}{suffix}"


def utc_text(value: datetime | None) -> str | None:
    """A `UTCDateTime` value as SQLite stores it (naive datetimes refused, as the column does)."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__}")
    offset = value.utcoffset()
    if offset is None:
        raise ValueError(f"naive datetime refused (no time zone): {value.isoformat()}")
    if offset:
        value = value.astimezone(UTC)
    # "YYYY-MM-DD HH:MM:SS.ffffff" (the year always in four digits): the UTC time without its offset.
    return iso_text(value.replace(tzinfo=None) if type(value.tzinfo) is not timezone else value,
                    " ", "microseconds")[:26]


def _date_text(value):
    return None if value is None else f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def _bool_int(value):
    return None if value is None else int(bool(value))


def _json_text():
    """`json.dumps` with its default settings (what SQLAlchemy's JSON type writes), through one C
    encoder made once rather than one per value: half the time on ten thousand audit entries."""
    from json import encoder

    make = getattr(encoder, "c_make_encoder", None)
    if make is None:
        return json.dumps
    c_encode = make(None, encoder.JSONEncoder().default, encoder.encode_basestring_ascii, None, ": ", ", ",
                    False, False, True)

    def dumps(value) -> str:
        return "".join(c_encode(value, 0))

    return dumps


json_text = _json_text()


def _storer(column):
    t = column.type
    if isinstance(t, DateTime) or isinstance(getattr(t, "impl", None), DateTime):
        return utc_text
    if isinstance(t, Date):
        return _date_text
    if isinstance(t, JSON):
        return json_text
    if isinstance(t, Boolean):
        return _bool_int
    return None


@lru_cache(maxsize=64)
def _plan(cls):
    """(column keys, INSERT text, [(position, storer)], audited keys, their date and datetime keys,
    their binary keys)."""
    table = cls.__table__
    keys = tuple(c.key for c in table.columns)
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(keys))})'
    storers = [(i, f) for i, c in enumerate(table.columns) if (f := _storer(c)) is not None]
    audited = tuple(a.key for a in inspect(cls).column_attrs if a.key not in _SKIP)
    by_key = {c.key: c for c in table.columns}
    dated = tuple(k for k in audited if isinstance(by_key[k].type, Date | DateTime)
                  or isinstance(getattr(by_key[k].type, "impl", None), DateTime))
    binary = tuple(k for k in audited if isinstance(by_key[k].type, LargeBinary))
    return keys, sql, storers, audited, dated, binary


def _values(rows: list[dict], keys: tuple[str, ...], storers) -> list:
    """The rows as tuples of stored values, converted column by column."""
    get = itemgetter(*keys)
    if not storers:
        return list(map(get, rows))
    columns = list(zip(*map(get, rows), strict=True))
    for i, f in storers:
        if f is utc_text or f is _date_text:
            # Every row shares its stamps: each distinct value is converted once.
            memo = {x: f(x) for x in set(columns[i])}
            columns[i] = list(map(memo.__getitem__, columns[i]))
        elif f is json_text:
            # Most list columns are empty lists: "[]" without the encoder.
            columns[i] = ["[]" if type(x) is list and not x else f(x) for x in columns[i]]
        else:
            columns[i] = list(map(f, columns[i]))
    return list(zip(*columns, strict=True))


def audit_changes(cls, rows: list[dict]) -> list[dict]:
    """What store.audit records for the creation of each row: every column but the stamps."""
    _keys, _sql, _storers, audited, dated, binary = _plan(cls)
    get = itemgetter(*audited)
    out = []
    for r in rows:
        d = dict(zip(audited, get(r), strict=True))
        for k in dated:
            v = d[k]
            if v is not None:
                d[k] = iso_text(v) if type(v) is datetime else v.isoformat()
        for k in binary:
            if d[k] is not None:
                d[k] = f"<{len(d[k])} bytes>"
        out.append(d)
    return out


# Writing ----------------------------------------------------------------------------------------

def audit_rows(shared: dict, ids: list[str], rows: list[dict], changes: list[dict]) -> list[dict]:
    """The audit entries of created rows: `shared` (at, user, action, entity kind, summary) with
    each one's id, the row's id and its changes."""
    return [dict(shared, id=i, entity_id=r["id"], changes=c) for i, r, c in zip(ids, rows, changes, strict=True)]


def _audit_values(shared: dict, ids: list[str], rows: list[dict], changes: list[dict]) -> list[tuple]:
    """`_values` of `audit_rows(...)` without a dict per entry: the columns every entry shares are
    stored once, the others (id, entity id, changes) column by column."""
    keys, _sql, storers, *_ = _plan(AuditEntry)
    stored = dict(storers)
    own = {"id": ids, "entity_id": [r["id"] for r in rows], "changes": changes}
    columns = []
    for i, key in enumerate(keys):
        f = stored.get(i)
        if key in own:
            columns.append(own[key] if f is None else list(map(f, own[key])))
        else:
            columns.append(repeat(shared[key] if f is None else f(shared[key]), len(ids)))
    return list(zip(*columns, strict=True))


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
    changes = audit_changes(cls, rows)
    ids = new_ids(len(rows))
    shared = {"at": now, "user": user, "action": "create", "entity_kind": cls.__tablename__, "summary": summary}
    kind = search_index.KINDS.get(cls)
    entries = [search_index.entry_for(kind, SimpleNamespace(**r)) for r in rows] if kind else []
    if conn.dialect.name != "sqlite":
        keys = _plan(cls)[0]
        conn.execute(insert(cls.__table__), [{k: r[k] for k in keys} for r in rows])
        conn.execute(insert(AuditEntry.__table__), audit_rows(shared, ids, rows, changes))
        if entries:
            conn.execute(insert(SearchEntry.__table__), entries)
        return rows
    raw = conn.connection.driver_connection
    keys, sql, storers, *_ = _plan(cls)
    raw.executemany(sql, _values(rows, keys, storers))
    raw.executemany(_plan(AuditEntry)[1], _audit_values(shared, ids, rows, changes))
    if entries:
        last = raw.execute("SELECT coalesce(max(rowid), 0) FROM search_entries").fetchall()[0][0]
        keys, sql, storers, *_ = _plan(SearchEntry)
        raw.executemany(sql, _values(entries, keys, storers))
        if search_index.has_fts(conn):
            search_index.fts_add_since(conn, last)
    return rows
