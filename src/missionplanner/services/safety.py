"""Data safety use cases: backup on demand, restore with checks, the doctor, unclean-shutdown marker."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ..errors import MissionPlannerError
from ..model import Leg, Meeting, Mission
from ..store import integrity, search_index
from ..store.backup import (
    STAGING_PREFIX,
    BackupError,
    DamagedDatabaseError,
    _held,
    all_backups,
    backup_dir,
    backup_if_due,
    backup_into,
    backup_to,
    copy_database,
    looks_like_sqlite,
    private,
    private_folder,
    quick_check_connection,
    take_automatic_backup,
)
from ..store.migrate import HEAD
from .timeutil import is_valid_zone

_OUR_TABLES = {"missions", "meetings", "people", "alembic_version"}


class RestoreError(MissionPlannerError):
    """A file that cannot be restored; the current database is untouched."""


def _need_file(db) -> Path:
    if db.path is None:
        raise MissionPlannerError(code="safety.needs-file")
    return db.path


def backup_now(db, output: str | Path | None = None, *, progress=None) -> Path:
    """A consistent copy, to `output` or into the backups folder (a manual copy, never rotated
    away). A damaged database is refused (DamagedDatabaseError), no copy kept.

    `progress`, if given, is called as `progress(pages_done, pages_total)` while the copy runs (and
    with no argument while it is checked); an exception from it (a cancelled job) stops the copy
    and nothing is kept."""
    _need_file(db)
    if output is None:
        return take_automatic_backup(db, "manual", progress=progress)
    target = Path(output)
    if target.is_dir() and not target.is_symlink():
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        target = target / f"missionplanner-{stamp}.sqlite"
    return backup_to(db, target, progress=progress)


def list_backups(db) -> list[Path]:
    """Every copy in the backups folder, newest first (none for a server's database)."""
    return [p for _, p in all_backups(backup_dir(db))] if db.path is not None else []


def _open_candidate(path: Path) -> sqlite3.Connection:
    """A read-only connection to a file we are asked to restore (its -wal read with it), after the
    checks a plain look at the file allows."""
    if not path.is_file():
        raise RestoreError(code="restore.no-file", path=str(path))
    if not looks_like_sqlite(path):
        raise RestoreError(code="restore.not-sqlite", path=str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A read-only folder: SQLite cannot make the -shm file; the main file is all there is to read.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    except sqlite3.DatabaseError as exc:
        raise RestoreError(code="restore.damaged", path=str(path), detail=str(exc)) from None
    return conn


def _inspect_candidate(conn: sqlite3.Connection, path: Path, progress=None) -> str:
    """The schema revision of a file we are asked to restore, or a RestoreError saying why not."""
    from ..store.checked import interruptible

    try:
        with interruptible(conn, progress or _never):
            check = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise RestoreError(code="restore.damaged", path=str(path), detail=str(exc)) from None
    if check != ["ok"]:
        raise RestoreError(code="restore.integrity", path=str(path), detail="; ".join(check[:3]))
    if not _OUR_TABLES <= tables or revision is None:
        raise RestoreError(code="restore.not-ours", path=str(path))
    return revision[0]


@contextlib.contextmanager
def _staging(db):
    """A staging file beside the database (its backups folder: same disk, no copy of the data in
    /tmp), locked while in use; removed afterwards, or by the next start if we are killed."""
    folder = private_folder(backup_dir(db))
    fd, name = tempfile.mkstemp(prefix=STAGING_PREFIX, suffix=".sqlite", dir=folder)
    os.close(fd)
    staged = Path(name)
    try:
        with _held(staged):
            yield staged
    finally:
        for p in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm"), Path(f"{staged}-journal")):
            p.unlink(missing_ok=True)


def _never(*_args) -> None:
    """A progress callback that never stops anything."""


def _save_current(db, current: Path, progress=None) -> Path:
    """The data a restore is about to replace, kept in the backups folder (never rotated away). A
    damaged database is saved too (it is still the user's data), named so, byte for byte if SQLite
    cannot read it whole."""
    from ..store.database import _is_damage

    try:
        return take_automatic_backup(db, "before-restore", progress=progress)
    except DamagedDatabaseError:
        pass
    except (DBAPIError, sqlite3.DatabaseError) as exc:  # SQLite could not even open it as a database
        if not _is_damage(exc):
            raise
    folder = private_folder(backup_dir(db))
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"before-restore-{stamp}_damaged.sqlite"
    try:
        copy_database(current, target, check=False)
        return target
    except (DamagedDatabaseError, BackupError, sqlite3.Error):
        pass
    from ..output_files import write_output

    write_output(target, current.read_bytes())
    wal = Path(f"{current}-wal")
    if wal.exists() and wal.stat().st_size:
        write_output(Path(f"{target}-wal"), wal.read_bytes())
    return target


def restore(db, source: str | Path, *, progress=None) -> dict:
    """Replace the current data with a backup, after checking it and saving what is there now.

    The backup is read through SQLite (its -wal included), copied to a staging file beside the
    database, migrated there if it is from an older version, and compared with the schema our
    migrations make: any difference (a foreign trigger, view, table, index or column) refuses it in
    one line. Only then is the current data saved (a before-restore copy, never rotated away) and
    replaced, through the backup API, so other connections see the old data or the new, never half.

    `progress` (as for backup_now) is polled at every stage; an exception from it (a cancelled job)
    stops the restore before the replacement is committed: the current data stays as it was, and
    neither the staging copy nor the before-restore copy made for it is left."""
    current = _need_file(db)
    source = Path(source)
    poll = progress or _never
    candidate = _open_candidate(source)
    try:
        revision = _inspect_candidate(candidate, source, progress)
        if revision != HEAD:
            from ..store.migrate import alembic_revisions

            if revision not in alembic_revisions():
                raise RestoreError(code="restore.newer-schema", path=str(source), revision=revision)
        with _staging(db) as staged:
            try:
                backup_into(candidate, staged, check=False, progress=progress)
            except sqlite3.DatabaseError as exc:
                raise RestoreError(code="restore.unreadable", path=str(source), detail=str(exc)) from None
            candidate.close()
            if revision != HEAD:
                from ..store.database import Database
                from ..store.migrate import ensure_current

                staged_db = Database("sqlite:///" + str(staged))
                try:
                    ensure_current(staged_db)
                    staged_db.checkpoint()
                finally:
                    staged_db.dispose()
                for side in ("-wal", "-shm"):
                    Path(f"{staged}{side}").unlink(missing_ok=True)
            poll()
            src = sqlite3.connect(str(staged))
            try:
                difference = integrity.schema_difference(src)
                if difference:
                    raise RestoreError(code="restore.foreign-schema", path=str(source), detail=difference)
                safety_copy = _save_current(db, current, progress)
                try:
                    poll()
                    db.engine.dispose()
                    _replace_live(src, current, progress)
                except BaseException:
                    # Not replaced (SQLite rolled back what it had copied): the copy of data that
                    # is still in place is no safety copy, and would stay forever (never rotated).
                    Path(safety_copy).unlink(missing_ok=True)
                    raise
            finally:
                src.close()
    finally:
        candidate.close()
    private(current)
    return {"restored_from": str(source), "schema_was": revision, "previous_saved_to": str(safety_copy)}


def _replace_live(src: sqlite3.Connection, current: Path, progress=None) -> None:
    """Copy the staged database into the live file page by page (backup API), then fold the WAL in.
    A live file SQLite cannot open at all is replaced as a file (it was saved first). Stopped by
    `progress` before the copy's last step, the live file keeps its data (SQLite rolls back)."""
    from ..store.backup import copy_pages

    try:
        dst = sqlite3.connect(str(current), timeout=30)
        try:
            copy_pages(src, dst, progress)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            dst.close()
        return
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:
        pass
    from ..output_files import output_path

    with output_path(current) as tmp:
        backup_into(src, tmp, progress=progress)
        conn = sqlite3.connect(str(tmp))
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchall()
        finally:
            conn.close()
        # The old -wal belongs to the damaged file (saved with it): replayed onto the restored one
        # it would damage it again.
        for side in ("-wal", "-shm"):
            Path(f"{current}{side}").unlink(missing_ok=True)


def impossible_values(db) -> list[str]:
    found = []
    with db.read() as s:
        for m in s.query(Meeting):
            if m.end <= m.start:
                found.append(f"meeting {m.title!r} ends before it starts")
            if not is_valid_zone(m.timezone):
                found.append(f"meeting {m.title!r} has an unknown time zone {m.timezone!r}")
        for leg in s.query(Leg):
            if leg.depart <= leg.arrive:
                found.append(f"leg {leg.city!r} departs before it arrives")
            if not is_valid_zone(leg.timezone):
                found.append(f"leg {leg.city!r} has an unknown time zone {leg.timezone!r}")
        for mi in s.query(Mission):
            if mi.end_date < mi.start_date:
                found.append(f"mission {mi.title!r} ends before it starts")
    return found


def run_doctor(db, *, progress=None) -> dict:
    """Check everything, repair what is safe to repair, and say plainly what was found and done.

    A damaged file is reported with the way out (the newest good backup), and nothing is changed.
    Tables, columns, indexes, triggers and views our migrations did not make are reported; they are
    not removed (they may be someone's work), but a restore refuses files that have them.

    `progress` is polled during the checks and between the repairs (each its own transaction); an
    exception from it (a cancelled job) stops the doctor there. Its checks are SQLite's: a shared
    server is refused, as backups and restore are (PostgreSQL checks itself)."""
    _need_file(db)
    poll = progress or _never
    report = {"integrity": [], "orphans_found": 0, "orphans_removed": 0, "impossible": [],
              "foreign": [], "search_rows": 0, "fixed": [], "problems": []}
    try:
        report["integrity"] = integrity.integrity_problems(db, progress)
    except (sqlite3.Error, DBAPIError) as exc:  # damage so bad the check itself stops: that is the finding
        report["integrity"] = [" ".join(str(getattr(exc, "orig", exc)).split())]
    if report["integrity"]:
        from ..store.database import damaged_message

        where = _need_file(db) if db.path is not None else Path(db.location)
        report["problems"].append(damaged_message(where, "; ".join(report["integrity"][:3])))
        return report
    report["foreign"] = integrity.foreign_objects(db) if db.is_sqlite else []
    report["problems"].extend(f"the schema is not Mission Planner's: {line}" for line in report["foreign"])
    if report["foreign"]:
        # No repair on a schema that is not ours: a foreign trigger would fire on it, a missing
        # column would stop it half-way. Restoring a good backup brings our schema back.
        report["problems"].append("nothing repaired; restore a good backup (missionplanner restore FILE) "
                                  "or remove what is listed above")
        return report
    if db.read_only:
        report["problems"].append(db.read_only_reason().replace("; nothing was changed", "")
                                  + "; nothing repaired")
        return report
    poll()
    violations = integrity.foreign_key_violations(db)
    report["orphans_found"] = len(violations)
    poll()
    if violations:
        report["orphans_removed"] = integrity.remove_orphans(db, violations)
        report["fixed"].append(f"removed {report['orphans_removed']} rows that pointed at deleted records")
    report["impossible"] = impossible_values(db)
    report["problems"].extend(report["impossible"])
    poll()
    with db.write() as s:
        report["search_rows"] = search_index.rebuild(s)
    report["fixed"].append(f"rebuilt the search index ({report['search_rows']} records)")
    return report


# What Help > About shows ---------------------------------------------------------------------------

def about(db) -> dict:
    """Where the data lives and the schema it is at: `location` (the file, or the server URL with
    no password), `revision` (None when the database is not versioned) beside `head` (what this
    version of the app expects), `data_folder` and whether MISSIONPLANNER_HOME chose it."""
    from ..store import migrate, paths

    return {"location": db.location, "revision": migrate.current_revision(db), "head": HEAD,
            "data_folder": str(paths.data_dir()),
            "data_folder_from_env": bool(os.environ.get("MISSIONPLANNER_HOME"))}


# Unclean shutdown ---------------------------------------------------------------------------------

def _marker(db) -> Path:
    return _need_file(db).with_name(_need_file(db).name + ".open")


def begin_session(db, *, progress=None) -> list[str] | None:
    """Called when the app opens: if the last session did not end cleanly, run the quick check.

    Returns None after a clean shutdown, else the list of problems found (empty when all is well).
    An exception from `progress` (polled during the check: a cancelled job) stops it, and the
    session is not begun (no marker written).
    """
    if db.read_only or db.path is None:
        # Nothing can be written (no marker, nothing a crash could have left half done), or the data
        # is the cabinet's server, which recovers from a crash on its own.
        return None
    marker = _marker(db)
    try:
        problems = integrity.quick_check(db, progress) if marker.exists() else None
    except (sqlite3.Error, DBAPIError) as exc:  # damage that stops the check is what it reports
        problems = [" ".join(str(getattr(exc, "orig", exc)).split())]
    marker.write_text(datetime.now(timezone.utc).isoformat(), encoding="utf-8")
    return problems


def end_session(db) -> None:
    if db.read_only or db.path is None:
        return
    _marker(db).unlink(missing_ok=True)


__all__ = ["RestoreError", "about", "backup_if_due", "backup_now", "begin_session", "copy_database", "end_session",
           "impossible_values", "list_backups", "quick_check_connection", "restore", "run_doctor"]
