"""Join, sync (gate, pull, push, pull) and conflict resolution of a laptop replica (SYNC.md).

The server is PostgreSQL reached over libpq; the replica a SQLite file (store/replica.py). Every
step that changes the laptop commits in one SQLite transaction, every push batch in one PostgreSQL
transaction, so a sync cut anywhere leaves both sides consistent: a pull not applied is pulled
again, a push committed on the server but not acknowledged here is recognised by its change ids
(`sync_applied_change`) and only acknowledged.

MISSIONPLANNER_SYNC_FAULT names a point where the process kills itself (kill -9), for the fault tests.
"""

from __future__ import annotations

import os
import signal
import uuid

from psycopg.errors import InsufficientPrivilege
from sqlalchemy import (
    Integer,
    and_,
    bindparam,
    create_engine,
    delete,
    insert,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy import column as sql_column
from sqlalchemy import values as sql_values
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import OperationalError, ProgrammingError

from ...errors import NotFoundError, ValidationError
from ...store import replica
from ...store.migrate import current_revision
from .merge import merge3

# Not merged field by field: the local stale-edit counter and stamp move on every edit on both sides.
UNMERGED = {"version", "updated_at", "created_at"}
BATCH = 200
CONNECT_TIMEOUT = 5  # seconds: an unreachable server is said quickly, nothing is lost
# A server that answers no more (a stalled link, a lock held by a long transaction) ends a sync as an
# unreachable one does, rather than hanging it: each statement and each lock wait is bounded on the
# server, and TCP keepalives notice a peer gone silent.
STATEMENT_TIMEOUT = 60  # seconds
LOCK_TIMEOUT = 20  # seconds


class ServerUnreachableError(ValidationError):
    """The server cannot be reached now; retry later (the command exits 3)."""


def fault(point: str) -> None:
    if os.environ.get("MISSIONPLANNER_SYNC_FAULT") == point:
        os.kill(os.getpid(), signal.SIGKILL)


def server_engine(url: str):
    options = f"-c statement_timeout={STATEMENT_TIMEOUT * 1000} -c lock_timeout={LOCK_TIMEOUT * 1000}"
    engine = create_engine(url, pool_pre_ping=False, connect_args={
        "connect_timeout": CONNECT_TIMEOUT, "options": options,
        "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3})
    try:
        engine.connect().close()
    except OperationalError as exc:
        engine.dispose()
        raise unreachable(url, exc) from exc
    return engine


def unreachable(url: str, exc: OperationalError) -> ServerUnreachableError:
    return ServerUnreachableError(code="sync.unreachable", location=url.split("@")[-1],
                                  reason=" ".join(str(exc.orig).split())[:200])


def synced_tables(server_conn) -> list[str]:
    """The tables the server stamps with versions, parents before children (the local model's order)."""
    names = {r[0] for r in server_conn.execute(text(
        "SELECT table_name FROM information_schema.columns WHERE column_name = 'server_version' "
        "AND table_schema = current_schema()"))}
    return [t.name for t in replica.Base.metadata.sorted_tables if t.name in names]


def _server_revision(server_conn) -> str | None:
    return server_conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_data(db) -> bool:
    with db.engine.connect() as conn:
        return any(conn.execute(select(t.c.id).limit(1)).first() is not None
                   for t in replica.Base.metadata.sorted_tables
                   if "id" in t.c and t.name not in ("audit_entries", "search_entries", "briefing_versions"))


def _stamped(tbl):
    return select(tbl, literal_column("server_version"))


def join(db, url: str) -> dict:
    """Make `db` (a SQLite file holding no data of its own) a replica of the server at `url`: a copy of
    every row the login may read, with its base and version, a device id and the cursor."""
    if not db.is_sqlite:
        raise ValidationError(code="sync.replica-not-sqlite", location=str(db.location))
    if replica.is_replica(db):
        raise ValidationError(code="sync.already-joined", location=str(db.location))
    if _has_data(db):
        raise ValidationError(code="sync.join-not-empty", location=str(db.location))
    engine = server_engine(url)
    local_rev = current_revision(db)
    device = str(uuid.uuid4())
    counts, copied = {}, {}
    try:
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as sc:
            _gate(sc, local_rev)
            top = sc.execute(text("SELECT v FROM sync_clock")).scalar()
            names = synced_tables(sc)
            with db.engine.begin() as lc:
                lc.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                # Versions of packs printed here of missions since deleted: no data of the laptop's
                # own (_has_data), and the server's history of its missions replaces them.
                lc.execute(delete(replica.table("briefing_versions")))
                for name in names:
                    tbl = replica.table(name)
                    rows = sc.execute(_stamped(tbl)).mappings().all()
                    if rows:
                        lc.execute(insert(tbl), [{c.name: r[c.name] for c in tbl.columns} for r in rows])
                    replica.set_bases(lc, name, [(r["id"], r["server_version"], _mergeable(replica.as_json(tbl, r)))
                                                 for r in rows])
                    counts[name] = len(rows)
                    copied[name] = {r["id"] for r in rows}
                for tbl in replica.Base.metadata.sorted_tables:  # link tables without versions: copied once
                    if tbl.name in names or "id" in tbl.c or tbl.name in ("audit_entries", "search_entries"):
                        continue
                    rows = sc.execute(select(tbl)).mappings().all()
                    if rows:
                        lc.execute(insert(tbl), [dict(r) for r in rows])
                _copy_search_index(sc, lc, copied)
                replica.set_state(lc, url, top, device, local_rev)
            sc.rollback()
        with engine.begin() as sc:
            _seen(sc, device, top, local_rev)
    finally:
        engine.dispose()
    return {"rows": sum(counts.values()), "cursor": top, "device": device, "tables": counts}


def _copy_search_index(sc, lc, copied: dict[str, set[str]]) -> None:
    """The search rows the server holds, when it folded them as this version folds (their
    romanisations are most of a join's time to compute); else computed here."""
    from ...model import SearchEntry
    from ...store import search_index

    if search_index.stored_version(sc) != search_index.FOLD_VERSION:
        replica.reindex(lc, copied)
        return
    rows = [dict(r) for r in sc.execute(select(SearchEntry.__table__)).mappings()]
    for start in range(0, len(rows), 2000):
        lc.execute(insert(SearchEntry.__table__), rows[start:start + 2000])
    search_index.fts_rebuild(lc)
    search_index.stamp(lc)


def _seen(sc, device: str, cursor: int, rev: str) -> None:
    """Record how far this device pulled. A reader's login may not write it (the group roles' grants
    are server init's): its device is then simply not recorded."""
    try:
        with sc.begin_nested():
            _record_device(sc, device, cursor, rev)
    except ProgrammingError as exc:
        if not isinstance(exc.orig, InsufficientPrivilege):
            raise


def _record_device(sc, device: str, cursor: int, rev: str) -> None:
    sc.execute(text("INSERT INTO sync_device (device_id, last_pull_version, schema_rev) VALUES (:d, :c, :s) "
                    "ON CONFLICT (device_id) DO UPDATE SET last_pull_version = EXCLUDED.last_pull_version, "
                    "last_seen = now(), schema_rev = EXCLUDED.schema_rev"), {"d": device, "c": cursor, "s": rev})


def _gate(sc, local_rev: str) -> None:
    """Both sides on one schema revision; a laptop newer than the server is refused."""
    server_rev = _server_revision(sc)
    if server_rev == local_rev:
        return
    if _rank(local_rev) > _rank(server_rev):
        raise ValidationError(code="sync.client-newer", local=local_rev, server=server_rev)
    raise ValidationError(code="sync.client-older", local=local_rev, server=server_rev)


def _rank(revision: str | None) -> int:
    """Our revisions are numbered (0007_sync_replica): their order is their number's."""
    head = (revision or "0").split("_", 1)[0]
    return int(head) if head.isdigit() else 0


def _mergeable(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in UNMERGED}


# --- sync -------------------------------------------------------------------------------------

def sync(db) -> dict:
    """Pull, push, pull (and push once more what a pull merged cleanly after a refused write)."""
    with db.engine.connect() as lc:
        st = replica.state(lc)
    if st is None:
        raise ValidationError(code="sync.not-joined", location=str(db.location))
    engine = server_engine(st["server_url"])
    totals = {"pulled": 0, "pushed": 0, "conflicts": 0}
    try:
        with engine.connect() as sc:
            _gate(sc, current_revision(db))
            names = synced_tables(sc)
            known = sc.execute(text("SELECT 1 FROM sync_device WHERE device_id = :d"),
                               {"d": st["device_id"]}).first() is not None
        # A laptop the server forgot (idle past `prune`, whose tombstones it may have missed) reads
        # everything again, keeping its own edits; the others pull what changed since their cursor.
        totals["pulled"] += _pull(db, engine, names) if known else _resync(db, engine, names)
        for _ in range(3):
            pushed, refused = _push(db, engine, names, st["device_id"])
            totals["pushed"] += pushed
            totals["pulled"] += _pull(db, engine, names)
            if not refused:
                break
        with db.engine.connect() as lc, engine.begin() as sc:
            _seen(sc, st["device_id"], replica.state(lc)["cursor"], current_revision(db))
            totals["conflicts"] = len(replica.conflicts(lc))
    except OperationalError as exc:
        # The server went away or stopped answering mid-sync: every step commits on both sides
        # together or not at all, so what was not finished is simply done at the next sync.
        if _is_server_fault(exc):
            raise unreachable(st["server_url"], exc) from exc
        raise
    finally:
        engine.dispose()
    return totals


def _is_server_fault(exc: OperationalError) -> bool:
    """A lost connection or a bounded wait that ran out (psycopg's OperationalError family, raised
    from the server's connection), not a fault of the laptop's own SQLite file."""
    from psycopg import OperationalError as ServerOperationalError

    return isinstance(exc.orig, ServerOperationalError)


def _pull(db, engine, names: list[str]) -> int:
    with db.engine.connect() as lc:
        cursor = replica.state(lc)["cursor"]
    with engine.connect().execution_options(isolation_level="REPEATABLE READ") as sc:
        top = sc.execute(text("SELECT v FROM sync_clock")).scalar()
        rows = {}
        for name in names:
            tbl = replica.table(name)
            rows[name] = sc.execute(_stamped(tbl).where(literal_column("server_version") > cursor)
                                    .order_by(literal_column("server_version"))).mappings().all()
        graves = sc.execute(text("SELECT table_name, id, server_version FROM sync_tombstone "
                                 "WHERE server_version > :c ORDER BY server_version"), {"c": cursor}).all()
        links = {name: _links_of(sc, name, {r["id"] for r in rows[name]}) for name in names if name in LINKS}
        with db.engine.connect() as lc:
            gone_there = {i for name, i, _v in graves if name == "missions"}
            revoked = [i for i in _no_longer_visible(sc, lc) if i not in gone_there]
            came_back = _shared_again(sc, lc, rows.get("missions", []), cursor, names)
        sc.rollback()
    if came_back:
        # Its meetings and legs, older than the cursor, would not come with it: read everything.
        return _resync(db, engine, names)
    fault("after-pull-read")
    count = 0
    with db.engine.begin() as lc:
        lc.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        touched: dict[str, set[str]] = {}
        _undelete_parents(lc, rows, names, touched)
        queued = replica.pending(lc)
        for name in names:
            # Our own pushes come back with the versions the server gave them: already held here.
            held = replica.bases_of(lc, name, [r["id"] for r in rows[name]])
            rows[name] = [r for r in rows[name] if held.get(r["id"], (0,))[0] < r["server_version"]]
            _apply_rows(lc, name, rows[name], queued, links.get(name))
            touched.setdefault(name, set()).update(r["id"] for r in rows[name])
            count += len(rows[name])
        for name, row_id, _version in reversed(graves):
            if name in names:
                _apply_grave(lc, name, row_id)
                touched.setdefault(name, set()).add(row_id)
                count += 1
        count += _purge_missions(lc, revoked, names, touched)  # a change the pull brought: screens refresh
        replica.reindex(lc, touched)
        replica.set_cursor(lc, top)
    fault("after-pull-apply")
    return count


# --- a record deleted here that gained a child there ---------------------------------------------
#
# A mission deleted on this laptop while a colleague added a meeting to it: the meeting cannot be
# written here without its mission (the pull failed on the foreign key, at every sync after), and
# pushing the delete would take the colleague's meeting with it unseen. A delete against an edit is
# a conflict: the record comes back here from its base with everything deleted with it, its delete
# is not sent, and the Conflicts view asks: keep mine deletes it again knowingly, keep theirs keeps it.

def _undelete_parents(lc, rows: dict, names: list[str], touched: dict[str, set[str]]) -> None:
    queued = replica.pending(lc)
    wanted = set()  # (table, id) that server rows of this pull name as their parent
    for name in names:
        for column in replica.table(name).columns:
            for fk in column.foreign_keys:
                parent = fk.column.table.name
                wanted |= {(parent, r[column.name]) for r in rows.get(name, ())
                           if r.get(column.name) is not None and (parent, r[column.name]) in queued}
    roots = {key for key in wanted if replica.local_row(lc, *key) is None and replica.base_of(lc, *key)}
    if not roots:
        return
    # Deleted here and not sent: the rows that went with the roots (their children, the children's
    # children...), and the roots' own deleted parents, so each comes back whole.
    gone = {key: replica.base_of(lc, *key)[1] for key in queued
            if key[0] in names and replica.local_row(lc, *key) is None and replica.base_of(lc, *key)}
    parents = {key: _parents_of(key[0], row) for key, row in gone.items()}
    back = set(roots)
    grown = True
    while grown:
        up = set().union(*(parents[k] for k in back)) & gone.keys()
        down = {k for k in gone if parents[k] & back}
        grown = not (up | down) <= back
        back |= up | down
    incoming = {(name, r["id"]): r for name in names for r in rows.get(name, ())}
    for name in names:  # parents first
        tbl = replica.table(name)
        for key in sorted(k for k in back if k[0] == name):
            replica.put_row(lc, name, replica.from_json(tbl, gone[key]))
            replica.forget_row_changes(lc, *key)
            touched.setdefault(name, set()).add(key[1])
            if not parents[key] & back:  # the top of what comes back: the conflict is told there
                theirs = incoming.get(key)
                theirs = _mergeable(replica.as_json(tbl, theirs)) if theirs is not None else gone[key]
                replica.record_conflict(lc, name, key[1], gone[key], None, theirs, ["(deleted here)"])


def _parents_of(name: str, row: dict) -> set[tuple[str, str]]:
    return {(fk.column.table.name, row[c.name]) for c in replica.table(name).columns
            for fk in c.foreign_keys if row.get(c.name) is not None}


# --- links that belong to a record ---------------------------------------------------------------
#
# An agreement's parties and signatories are rows of link tables without an id or a version of their
# own. They travel with their agreement: its row is written whenever they change (services/agreements),
# so its version moves; a pull replaces the links of each agreement it brings, a push those of each
# agreement it writes. (Tag links have no screen that writes them yet: join copies them once.)

LINKS = {"agreements": (("agreement_parties", "agreement_id"), ("agreement_signatories", "agreement_id"))}


def _parts(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _links_of(conn, owner: str, ids) -> dict[str, list[dict]]:
    """Each link table of `owner` (a table name): its rows for the records `ids`."""
    out = {}
    for name, column in LINKS.get(owner, ()):
        tbl = replica.table(name)
        rows = []
        for part in _parts(sorted(ids)):
            rows += [dict(r) for r in conn.execute(select(tbl).where(tbl.c[column].in_(part))).mappings()]
        out[name] = rows
    return out


def _replace_links(conn, owner: str, ids, links: dict[str, list[dict]]) -> None:
    for name, column in LINKS.get(owner, ()):
        tbl = replica.table(name)
        for part in _parts(sorted(ids)):
            conn.execute(delete(tbl).where(tbl.c[column].in_(part)))
        rows = [r for r in links.get(name, ()) if r[column] in ids]
        if rows:
            conn.execute(insert(tbl), rows)


# --- unique names made offline ------------------------------------------------------------------
#
# Two laptops may each create, offline, a mission with the same slug (or a tag with the same name):
# both are kept, told apart by a suffix from the id of the one that reached the server second. On a
# pull the local row gives way (its new name goes up with its push); on a push the server's row
# keeps the name and ours takes the suffix, here too.

def _unique_columns(tbl) -> list:
    return [c for c in tbl.columns if c.unique and c.name != "id"]


def _free_value(taken, value: str, row_id: str) -> str:
    """`value` with a suffix from `row_id` ("aichi-2017-3f9c") that `taken(candidate)` says is free."""
    for size in (4, 8, len(row_id)):
        candidate = f"{value}-{row_id[:size]}"
        if not taken(candidate):
            return candidate
    return f"{value}-{row_id}"


def _make_room(lc, tbl, incoming) -> None:
    """Rename local rows whose unique name an incoming row of another id holds."""
    for column in _unique_columns(tbl):
        wanted = {r[column.name]: r["id"] for r in incoming if r[column.name] is not None}
        if not wanted:
            continue
        local = lc.execute(select(tbl.c.id, column).where(column.in_(list(wanted)))).all()
        for row_id, value in local:
            if wanted[value] == row_id:
                continue

            def taken(candidate, column=column, wanted=wanted):
                return candidate in wanted or lc.execute(
                    select(tbl.c.id).where(column == candidate)).first() is not None
            lc.execute(update(tbl).where(tbl.c.id == row_id).values({column.name: _free_value(taken, value, row_id)}))


def _claim_names(sc, tbl, values: dict) -> dict:
    """`values` of a row new to the server, renamed where another row there holds a unique name."""
    row_id = values["id"]
    for column in _unique_columns(tbl):
        value = values.get(column.name)
        if value is None:
            continue

        def taken(candidate, column=column):
            return sc.execute(select(tbl.c.id).where(and_(column == candidate, tbl.c.id != row_id))).first() \
                is not None
        if taken(value):
            values = {**values, column.name: _free_value(taken, value, row_id)}
    return values


def _adopt_names(lc, tbl, row: dict) -> None:
    """The unique names the server gave a row we pushed (see `_claim_names`), written here too."""
    names = {c.name: row[c.name] for c in _unique_columns(tbl) if c.name in row}
    if names:
        lc.execute(update(tbl).where(tbl.c.id == row["id"]).values(**names))


# --- missions this login may no longer see -------------------------------------------------------
#
# A mission restricted away from this laptop's login (migration 0011's row-level security) simply
# stops being visible on the server: no tombstone tells of it. Each pull asks, in its snapshot, which
# of the missions this laptop holds from the server the login still sees; the others leave the laptop
# with everything of theirs, so a replica never keeps what its login may not read. Edits made here to
# such a mission are kept aside in the conflict inbox, so the aide is told.

NO_LONGER_SHARED = "(no longer shared with you)"
# A change the server's policies refuse to this login (a mission it would hide from its author, an
# edit from a reader's laptop): a conflict, so one refused row never stops a laptop's syncs.
REFUSED_HERE = "(refused by the server)"
REFUSED, WAIT = "refused", "wait"


def _no_longer_visible(sc, lc) -> list[str]:
    missions = replica.table("missions")
    here = [i for (i,) in lc.execute(select(missions.c.id))]
    synced = sorted(replica.bases_of(lc, "missions", here))  # made here and never pushed: not the server's
    seen = set()
    for part in _parts(synced):
        seen |= {i for (i,) in sc.execute(select(missions.c.id).where(missions.c.id.in_(part)))}
    return [i for i in synced if i not in seen]


def _shared_again(sc, lc, missions, cursor: int, names: list[str]) -> bool:
    """Whether a mission this laptop does not hold came with rows of its own the server stamped
    before the cursor: one shared with this login again (its row changed, its meetings did not)."""
    held = replica.bases_of(lc, "missions", [r["id"] for r in missions])
    new = [r["id"] for r in missions if r["id"] not in held]
    for name in names:
        tbl = replica.table(name)
        if name == "missions" or "mission_id" not in tbl.c:
            continue
        for part in _parts(new):
            older = select(tbl.c.id).where(tbl.c.mission_id.in_(part), literal_column("server_version") <= cursor)
            if sc.execute(older.limit(1)).first() is not None:
                return True
    return False


def _purge_missions(lc, mission_ids: list[str], names: list[str], touched: dict[str, set[str]]) -> int:
    """Remove the missions (and everything of theirs) from this laptop; how many."""
    if not mission_ids:
        return 0
    gone: dict[str, list[str]] = {"missions": list(mission_ids)}
    for name in names:
        tbl = replica.table(name)
        if "mission_id" in tbl.c:
            for part in _parts(list(mission_ids)):
                gone.setdefault(name, []).extend(i for (i,) in lc.execute(select(tbl.c.id).where(tbl.c.mission_id.in_(part))))
    for mission_id in mission_ids:
        edited = [(n, i) for n, ids in gone.items() for i in ids if replica.is_pending(lc, n, i)]
        if edited:
            base = replica.base_of(lc, "missions", mission_id)
            replica.record_conflict(lc, "missions", mission_id, base[1] if base else None,
                                    _mergeable(replica.local_row(lc, "missions", mission_id) or {}), None,
                                    [NO_LONGER_SHARED])
    for name, ids in gone.items():
        for row_id in ids:
            replica.forget_row_changes(lc, name, row_id)
            replica.drop_base(lc, name, row_id)
        touched.setdefault(name, set()).update(ids)
    # Each table naming the mission by its own hand, children first: not every one has a foreign key
    # that cascades (the printed packs' versions keep theirs beyond a mission's deletion); the rows
    # below those (participants...) go with their parents (ON DELETE CASCADE).
    for name in reversed(names):
        tbl = replica.table(name)
        for part in _parts(gone.get(name, [])):
            lc.execute(delete(tbl).where(tbl.c.id.in_(part)))
    return len(mission_ids)


def _resync(db, engine, names: list[str]) -> int:
    """A full read of what the server holds, applied as a pull would be: rows nobody edited here
    are overwritten, rows edited here merged against their bases, and rows the server no longer
    holds (deleted, or no longer visible to this login) removed, or, if edited here, put in the
    conflict inbox; rows made here and never pushed stay. The rows pulled."""
    with engine.connect().execution_options(isolation_level="REPEATABLE READ") as sc:
        top = sc.execute(text("SELECT v FROM sync_clock")).scalar()
        rows = {name: sc.execute(_stamped(replica.table(name))).mappings().all() for name in names}
        links = {name: _links_of(sc, name, {r["id"] for r in rows[name]}) for name in names if name in LINKS}
        sc.rollback()
    with db.engine.begin() as lc:
        lc.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        revived: dict[str, set[str]] = {}
        _undelete_parents(lc, rows, names, revived)
        queued = replica.pending(lc)
        touched: dict[str, set[str]] = {}
        for name in names:
            _apply_rows(lc, name, rows[name], queued, links.get(name))
            touched[name] = {r["id"] for r in rows[name]}
        for name, ids in revived.items():
            touched[name] |= ids
        for name in reversed(names):  # children first
            tbl = replica.table(name)
            here = {i for (i,) in lc.execute(select(tbl.c.id))}
            bases = replica.bases_of(lc, name, sorted(here - touched[name]))
            for row_id in here - touched[name]:
                if (name, row_id) in queued and row_id not in bases:
                    continue  # made here, not pushed yet
                _apply_grave(lc, name, row_id)
                touched[name].add(row_id)
        replica.reindex(lc, touched)
        replica.set_cursor(lc, top)
    return sum(len(r) for r in rows.values())


def prune_tombstones(server_db, idle_days: int = 90) -> dict:
    """Forget the laptops not seen for `idle_days` and delete the tombstones every remaining laptop
    has pulled. A forgotten laptop reads everything again at its next sync (`_resync`), so no delete
    is missed; the others have seen every tombstone deleted here."""
    with server_db.engine.begin() as sc:
        forgotten = sc.execute(text("DELETE FROM sync_device WHERE last_seen < now() - make_interval(days => :d)"),
                               {"d": idle_days}).rowcount
        horizon = sc.execute(text("SELECT min(last_pull_version) FROM sync_device")).scalar()
        if horizon is None:  # no laptop left: every one that comes back reads everything again
            horizon = sc.execute(text("SELECT v FROM sync_clock")).scalar()
        deleted = sc.execute(text("DELETE FROM sync_tombstone WHERE server_version <= :h"), {"h": horizon}).rowcount
    return {"tombstones": deleted, "laptops_forgotten": forgotten, "horizon": horizon}


def _apply_rows(lc, name: str, rows, queued, links: dict | None) -> None:
    """Server rows of one table, here: those with no local edit overwritten in bulk with their new
    bases, the others merged (`_apply_row`); an agreement edited here keeps its own links (its push
    sends them), the others take the server's."""
    tbl = replica.table(name)
    _make_room(lc, tbl, rows)
    plain = [r for r in rows if (name, r["id"]) not in queued]
    replica.put_rows(lc, name, [dict(r) for r in plain])
    replica.set_bases(lc, name, [(r["id"], r["server_version"], _mergeable(replica.as_json(tbl, r))) for r in plain])
    for r in rows:
        if (name, r["id"]) in queued:
            _apply_row(lc, name, tbl, r)
    if links is not None:
        _replace_links(lc, name, {r["id"] for r in plain}, links)


def _apply_row(lc, name: str, tbl, r) -> None:
    theirs = replica.as_json(tbl, r)
    row_id, version = r["id"], r["server_version"]
    if not replica.is_pending(lc, name, row_id):
        replica.put_row(lc, name, dict(r))
        replica.set_base(lc, name, row_id, version, _mergeable(theirs))
        return
    base = replica.base_of(lc, name, row_id)
    if base is not None and base[0] >= version:
        return  # what we already hold (our own push coming back)
    mine = replica.local_row(lc, name, row_id)
    base_row = base[1] if base else {}
    if mine is None:  # deleted here, changed there
        replica.record_conflict(lc, name, row_id, base_row, None, _mergeable(theirs), ["(deleted here)"])
    else:
        merged = merge3(base_row, _mergeable(mine), _mergeable(theirs))
        keep = {k: v for k, v in merged.row.items() if k not in merged.conflicts}
        replica.put_row(lc, name, replica.from_json(tbl, {**mine, **keep}))
        if merged.conflicts:
            replica.record_conflict(lc, name, row_id, base_row, _mergeable(mine), _mergeable(theirs),
                                    list(merged.conflicts))
    replica.set_base(lc, name, row_id, version, _mergeable(theirs))


def _apply_grave(lc, name: str, row_id: str) -> None:
    mine = replica.local_row(lc, name, row_id)
    if replica.is_pending(lc, name, row_id) and mine is not None:  # changed here, deleted there
        base = replica.base_of(lc, name, row_id)
        replica.record_conflict(lc, name, row_id, base[1] if base else None, _mergeable(mine), None,
                                ["(deleted there)"])
        replica.drop_base(lc, name, row_id)
        return
    replica.forget_row_changes(lc, name, row_id)
    replica.remove_row(lc, name, row_id)
    replica.drop_base(lc, name, row_id)


def _push(db, engine, names: list[str], device: str) -> tuple[int, int]:
    """Push the queued rows in batches; (rows accepted, rows refused because the server moved on)."""
    with db.engine.connect() as lc:
        queued = replica.pending(lc)
        blocked = replica.open_conflict_rows(lc)
    order = {name: i for i, name in enumerate(names)}
    items = [(key, ids) for key, ids in queued.items() if key not in blocked and key[0] in order]
    pushed = refused = 0
    for start in range(0, len(items), BATCH):
        batch = items[start:start + BATCH]
        with db.engine.connect() as lc:
            work = _read_work(lc, batch)
            local_links = {owner: _links_of(lc, owner, {key[1] for key, *_ in work if key[0] == owner})
                           for owner in LINKS}
        # Parents before children; deletes after, children first.
        work.sort(key=lambda w: (w[2] is None, order[w[0][0]] * (-1 if w[2] is None else 1)))
        with engine.begin() as sc:
            all_ids = [i for _, ids, _, _ in work for i in ids]
            applied = {r[0] for r in sc.execute(
                text("SELECT change_id FROM sync_applied_change WHERE change_id IN :ids")
                .bindparams(bindparam("ids", expanding=True)), {"ids": all_ids})} if all_ids else set()
            outcomes = _write_work(sc, work, applied, blocked)
            done = []  # (key, change ids, server row json or None, server version or None)
            turned_down = [(key, mine, base) for key, _ids, mine, base in work if outcomes[key] == REFUSED]
            linked: dict[str, set[str]] = {}  # owners written: their links go once every row is in
            for key, ids, _mine, _base in work:
                outcome = outcomes[key]
                if outcome in (REFUSED, WAIT):
                    continue
                if outcome is None:
                    refused += 1
                    continue
                if key[0] in LINKS and outcome[0] is not None:
                    linked.setdefault(key[0], set()).add(key[1])
                done.append((key, ids, *outcome))
            for owner, owner_ids in linked.items():
                _replace_links(sc, owner, owner_ids, local_links[owner])
            fresh = [i for _key, ids, *_ in done for i in ids if i not in applied]
            if fresh:
                sc.execute(text("INSERT INTO sync_applied_change (change_id, device_id) VALUES (:c, :d) "
                                "ON CONFLICT DO NOTHING"), [{"c": i, "d": device} for i in fresh])
        fault("after-server-commit")
        with db.engine.begin() as lc:
            for (name, row_id), mine, base in turned_down:
                # Kept here and not sent again until the aide decides (an open conflict holds it).
                replica.record_conflict(lc, name, row_id, base[1] if base else None,
                                        _mergeable(mine) if mine else None, base[1] if base else None,
                                        [REFUSED_HERE])
            replica.forget_changes(lc, [i for _key, ids, *_ in done for i in ids])
            bases: dict[str, list] = {}
            for (name, row_id), _ids, row, version in done:
                if row is None:
                    replica.drop_base(lc, name, row_id)
                    continue
                bases.setdefault(name, []).append((row_id, version, _mergeable(row)))
                if _was_insert(work, name, row_id):
                    _adopt_names(lc, replica.table(name), replica.from_json(replica.table(name), row))
            for name, rows in bases.items():
                replica.set_bases(lc, name, rows)
        pushed += len(done)
    return pushed, refused


def _was_insert(work, name: str, row_id: str) -> bool:
    return any(key == (name, row_id) and mine is not None and base is None for key, _ids, mine, base in work)


def _read_work(lc, batch) -> list[tuple]:
    """(key, change ids, the row here as JSON or None, its base or None) for each queued row, read a
    table at a time."""
    by_table: dict[str, list[str]] = {}
    for (name, row_id), _ids in batch:
        by_table.setdefault(name, []).append(row_id)
    rows = {name: replica.local_rows(lc, name, ids) for name, ids in by_table.items()}
    bases = {name: replica.bases_of(lc, name, ids) for name, ids in by_table.items()}
    return [(key, ids, rows[key[0]].get(key[1]), bases[key[0]].get(key[1])) for key, ids in batch]


def _write_work(sc, work, applied: set[str], blocked: set) -> dict:
    """Each row's outcome on the server (see `_push_one`), REFUSED for a row the server's policies
    refuse to this login, WAIT for one whose parent was refused or waits in the conflict inbox. Edits
    of rows the server already holds, the bulk of a sync, go as one conditional UPDATE per table and
    set of changed columns; inserts, deletes and rows pushed before a crash one at a time, in the
    order of `work`."""
    outcomes: dict = {}
    grouped: dict[tuple, list] = {}
    for key, ids, mine, base in work:
        changed = _edited_columns(key[0], mine, base) if mine is not None and base is not None else None
        if changed and not all(i in applied for i in ids):
            values = {**changed, "updated_at": mine.get("updated_at")}
            grouped.setdefault((key[0], tuple(sorted(values))), []).append((key[1], base[0], values))

    def one(item):
        key, ids, mine, base = item
        held = blocked | {k for k, o in outcomes.items() if o in (REFUSED, WAIT)}
        if mine is not None and _parents_of(key[0], mine) & held:
            return {key: WAIT}
        return {key: _push_one(sc, key, mine, base, all(i in applied for i in ids))}

    def each(items):
        out = {}
        for item in items:
            outcome = one(item)
            out.update(outcome)
            outcomes.update(outcome)
        return out

    # Inserts (parents first) before the grouped updates, which may name them; deletes last.
    _refusable(sc, [w for w in work if w[2] is not None and w[3] is None], each, outcomes)
    for (name, columns), rows in grouped.items():
        _refusable(sc, rows, lambda part, name=name, columns=columns: _update_rows(sc, name, columns, part),
                   outcomes, key=lambda r, name=name: (name, r[0]))
    _refusable(sc, [w for w in work if w[0] not in outcomes], each, outcomes)
    return outcomes


def _refusable(sc, items: list, write, outcomes: dict, key=lambda w: w[0]) -> None:
    """`write(items)` in a savepoint, its outcomes into `outcomes`; when the server refuses one for
    this login (row-level security, a reader's rights), each item again alone, the refused REFUSED,
    so the others still go."""
    if not items:
        return
    try:
        with sc.begin_nested():
            found = write(items)
    except ProgrammingError as exc:
        if not isinstance(exc.orig, InsufficientPrivilege):
            raise
        for k in [key(i) for i in items]:
            outcomes.pop(k, None)  # written in the savepoint rolled back
        if len(items) == 1:
            outcomes[key(items[0])] = REFUSED
            return
        for item in items:
            _refusable(sc, [item], write, outcomes, key)
        return
    outcomes.update(found)


def _edited_columns(name: str, mine: dict, base) -> dict:
    """The fields edited here since the base. A record whose links alone changed (an agreement's
    parties) counts as edited all the same, so its version moves and the other laptops' pulls bring
    the links with it."""
    changed = {k: v for k, v in _mergeable(mine).items() if base[1].get(k) != v}
    return changed or ({"updated_at": mine.get("updated_at")} if name in LINKS else {})


def _update_rows(sc, name: str, columns: tuple[str, ...], rows: list[tuple[str, int, dict]]) -> dict:
    """Conditional writes of many rows in one statement: each row changes only where the server still
    holds the version it was based on. {key: (row as JSON, version)} for those written, None for
    those the server changed since (the next pull merges them)."""
    tbl = replica.table(name)
    data = []
    for row_id, base_version, changed in rows:
        typed = replica.from_json(tbl, changed)
        data.append((row_id, base_version, *(typed[c] for c in columns)))
    incoming = sql_values(sql_column("id", tbl.c.id.type), sql_column("base_version", Integer),
                          *(sql_column(c, tbl.c[c].type) for c in columns), name="incoming").data(data)
    server_version = literal_column(f"{tbl.name}.server_version")
    stmt = (update(tbl)
            .where(and_(tbl.c.id == incoming.c.id, server_version == incoming.c.base_version))
            .values({**{c: incoming.c[c] for c in columns}, "version": tbl.c.version + 1})
            .returning(*tbl.columns, server_version.label("server_version")))
    found = sc.execute(stmt).mappings().all()
    out = {(name, row_id): None for row_id, _v, _c in rows}
    for r in found:
        out[(name, r["id"])] = (replica.as_json(tbl, r), r["server_version"])
    return out


def _server_row(sc, tbl, row_id):
    return sc.execute(_stamped(tbl).where(tbl.c.id == row_id)).mappings().first()


def _push_one(sc, key, mine, base, already_applied: bool):
    """Write one row's insert or delete on the server, or acknowledge a row pushed before a crash or
    left as its base: (its row as JSON or None if gone, its version), or None when the server changed
    it since our base (the next pull merges it)."""
    name, row_id = key
    tbl = replica.table(name)
    if already_applied:  # pushed before a crash: acknowledge what the server holds
        found = _server_row(sc, tbl, row_id)
        return (None, None) if found is None else (replica.as_json(tbl, found), found["server_version"])
    version_col = literal_column("server_version")
    if mine is not None and base is None:
        values = _claim_names(sc, tbl, replica.from_json(tbl, mine))
        stmt = pg_insert(tbl).values(**values).on_conflict_do_nothing(index_elements=["id"])
        sc.execute(stmt)
        found = _server_row(sc, tbl, row_id)
        return replica.as_json(tbl, found), found["server_version"]
    if mine is not None:  # queued, but nothing left to write since its base (edits go in _update_rows)
        found = _server_row(sc, tbl, row_id)
        if found is None or found["server_version"] != base[0]:
            return None
        return replica.as_json(tbl, found), found["server_version"]
    if base is None:
        return None, None  # created and deleted here: nothing to tell
    gone = sc.execute(delete(tbl).where(and_(tbl.c.id == row_id, version_col == base[0]))
                      .returning(tbl.c.id)).first()
    if gone is None and _server_row(sc, tbl, row_id) is not None:
        return None
    return None, None


# --- conflicts --------------------------------------------------------------------------------

def list_conflicts(db) -> list[dict]:
    with db.engine.connect() as lc:
        return replica.conflicts(lc)


def resolve_merged(planner, conflict_id: int, values: dict) -> dict:
    """Settle an open conflict with values written by hand (a text merged from both sides): the
    fields in conflict take `values`, the row is queued like any edit and pushed at the next sync."""
    db = planner.db
    with db.engine.connect() as lc:
        found = [c for c in replica.conflicts(lc) if c["id"] == conflict_id]
    if not found:
        raise NotFoundError(code="sync.conflict-unknown", id=conflict_id)
    c = found[0]
    unknown = sorted(set(values) - set(c["fields"]))
    if unknown or c["mine"] is None or c["theirs"] is None:
        raise ValidationError(code="sync.merge-fields", field=(unknown or c["fields"])[0],
                              fields=", ".join(c["fields"]))
    name, row_id = c["table_name"], c["row_id"]
    tbl, model = replica.table(name), replica.model_of(name)
    typed = replica.from_json(tbl, values)
    with db.write() as session:
        obj = session.get(model, row_id)
        for key, value in typed.items():
            setattr(obj, key, value)
        session.flush()
        replica.close_conflict(session.connection(), conflict_id, "merged")
    return {"id": conflict_id, "table": name, "row": row_id, "kept": "merged"}


def resolve(planner, conflict_id: int, side: str) -> dict:
    """Keep `mine` or `theirs` for an open conflict. The result is written through the planner's
    write path, so it is audited and queued like any edit, and pushed at the next sync."""
    db = planner.db
    with db.engine.connect() as lc:
        found = [c for c in replica.conflicts(lc) if c["id"] == conflict_id]
    if not found:
        raise NotFoundError(code="sync.conflict-unknown", id=conflict_id)
    c = found[0]
    if side == "mine" and NO_LONGER_SHARED in c["fields"]:
        raise ValidationError(code="sync.no-longer-shared", id=conflict_id)
    name, row_id = c["table_name"], c["row_id"]
    tbl, model = replica.table(name), replica.model_of(name)
    with db.write() as session:
        obj = session.get(model, row_id)
        if side == "theirs":
            if c["theirs"] is None:
                if obj is not None:
                    session.delete(obj)
            elif obj is None:
                session.add(model(**replica.from_json(tbl, c["theirs"])))
            elif c["mine"] is None:
                pass  # deleted here, brought back at the pull as the server holds it: kept so
            else:
                # Only the fields in conflict: the others were merged already, and a field edited
                # here alone keeps its edit (taking their whole row lost it).
                theirs = replica.from_json(tbl, c["theirs"])
                fields = [f for f in c["fields"] if f in theirs] or [k for k in theirs if k != "id"]
                for key in fields:
                    setattr(obj, key, theirs[key])
        elif c["mine"] is None and obj is not None:
            session.delete(obj)  # brought back at the pull (a child was added there): deleted again, knowingly
        elif obj is not None:  # mine, kept as it is here: queued again so the next push sends it
            planner.record_rows(session, name, [row_id], op="update")
        else:
            planner.record_rows(session, name, [row_id], op="delete")
        session.flush()
        replica.close_conflict(session.connection(), conflict_id, side)
    return {"id": conflict_id, "table": name, "row": row_id, "kept": side}
