"""SQLite's own checks: integrity, quick check after a crash, foreign keys and orphan rows."""

from __future__ import annotations

from sqlalchemy import text


def _pragma_check(db, pragma: str, progress=None) -> list[str]:
    """`PRAGMA quick_check` or `integrity_check`; an exception from `progress` (polled while SQLite
    works: a cancelled job) stops it and is raised."""
    if not db.is_sqlite or progress is None:
        with db.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}").all()]
        return [] if rows == ["ok"] else rows
    from .checked import interruptible

    with db.raw_connection() as conn, interruptible(conn, progress):
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    return [] if rows == ["ok"] else rows


def quick_check(db, progress=None) -> list[str]:
    """SQLite's quick_check: what a start after an unclean shutdown runs (fast, no index scan)."""
    return _pragma_check(db, "quick_check", progress)


def integrity_problems(db, progress=None) -> list[str]:
    return _pragma_check(db, "integrity_check", progress)


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


# The schema itself: what our migrations make, and nothing else --------------------------------------

def _normal_sql(sql: str | None) -> str:
    return " ".join((sql or "").replace('"', "").split()).lower()


def schema_signature(conn) -> dict[str, dict]:
    """A description of a database's schema that two equivalent schemas share, whatever order or
    spacing their CREATE statements have: per kind (table, index, trigger, view), name -> details.
    `conn` is an sqlite3 connection."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite_%'").fetchall()
    sig: dict[str, dict] = {"table": {}, "index": {}, "trigger": {}, "view": {}}
    for kind, name, table, sql in rows:
        if kind == "table":
            cols = conn.execute(f"PRAGMA table_xinfo(\"{name}\")").fetchall()
            # (name, declared type, not null, default, primary key position, hidden)
            sig["table"][name] = tuple((c[1], (c[2] or "").upper(), c[3], c[4], c[5], c[6]) for c in cols)
        elif kind == "index":
            cols = tuple(c[2] for c in conn.execute(f"PRAGMA index_info(\"{name}\")").fetchall())
            unique = next((r[2] for r in conn.execute(f"PRAGMA index_list(\"{table}\")").fetchall()
                           if r[1] == name), 0)
            sig["index"][name] = (table, cols, unique, _normal_sql(sql).split(" where ", 1)[1:])
        elif kind in ("trigger", "view"):
            sig[kind][name] = (table, _normal_sql(sql))
    return sig


def first_difference(found: dict[str, dict], expected: dict[str, dict]) -> str | None:
    """The first way `found` differs from `expected`, in a few words ("foreign trigger
    wipe_followups", "table meetings: column venue differs"), or None when they agree."""
    for kind in ("table", "view", "trigger", "index"):  # what does harm first
        have, want = found.get(kind, {}), expected.get(kind, {})
        for name in sorted(set(have) - set(want)):
            return f"foreign {kind} {name}"
        for name in sorted(set(want) - set(have)):
            return f"missing {kind} {name}"
        for name in sorted(have):
            if have[name] == want[name]:
                continue
            if kind == "table":
                h = {c[0]: c for c in have[name]}
                w = {c[0]: c for c in want[name]}
                for col in w:
                    if col not in h:
                        return f"table {name}: missing column {col}"
                for col in h:
                    if col not in w:
                        return f"table {name}: foreign column {col}"
                    if h[col] != w[col]:
                        return f"table {name}: column {col} differs"
                return f"table {name}: columns in another order"
            return f"{kind} {name} differs"
    return None


_REFERENCE: dict[str, dict] | None = None


def reference_signature() -> dict[str, dict]:
    """The schema our migrations produce, from a database freshly migrated in a temporary folder
    (once per process)."""
    global _REFERENCE
    if _REFERENCE is None:
        import sqlite3
        import tempfile
        from pathlib import Path

        from .database import Database
        from .migrate import ensure_current

        with tempfile.TemporaryDirectory(prefix="mp-schema-") as tmp:
            path = Path(tmp) / "reference.sqlite"
            fresh = Database("sqlite:///" + str(path))
            try:
                ensure_current(fresh)
            finally:
                fresh.dispose()
            conn = sqlite3.connect(str(path))
            try:
                _REFERENCE = schema_signature(conn)
            finally:
                conn.close()
    return _REFERENCE


def schema_difference(conn) -> str | None:
    """How the database behind the sqlite3 connection `conn` differs from what our migrations
    produce (its first difference), or None."""
    return first_difference(schema_signature(conn), reference_signature())


def foreign_objects(db) -> list[str]:
    """Every table, column, index, trigger or view of the live database that our migrations did not
    make, or that they made differently: what `doctor` reports."""
    found_all = []
    with db.raw_connection() as conn:
        have = schema_signature(conn)
    want = reference_signature()
    # One line per difference: compare kind by kind, removing each difference once reported.
    for kind in ("table", "view", "trigger", "index"):
        h, w = have.get(kind, {}), want.get(kind, {})
        for name in sorted(set(h) | set(w)):
            if h.get(name) == w.get(name):
                continue
            line = first_difference({kind: {name: h[name]} if name in h else {}},
                                    {kind: {name: w[name]} if name in w else {}})
            if line:
                found_all.append(line)
    return found_all
