"""Data safety use cases: backup on demand, restore with checks, the doctor, unclean-shutdown marker."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from ..errors import MissionPlannerError
from ..model import Leg, Meeting, Mission
from ..store import integrity, search_index
from ..store.backup import (
    backup_dir,
    backup_if_due,
    backup_to,
    copy_database,
    looks_like_sqlite,
    private,
    take_automatic_backup,
)
from ..store.migrate import HEAD
from .timeutil import is_valid_zone

_OUR_TABLES = {"missions", "meetings", "people", "alembic_version"}


class RestoreError(MissionPlannerError):
    """A file that cannot be restored; the current database is untouched."""


def _need_file(db) -> Path:
    if db.path is None:
        raise MissionPlannerError("backups and restore work on a SQLite database file only")
    return db.path


def backup_now(db, output: str | Path | None = None) -> Path:
    """A consistent copy, to `output` or into the automatic rotation folder."""
    _need_file(db)
    if output is None:
        return take_automatic_backup(db, "manual")
    target = Path(output)
    if target.is_dir():
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        target = target / f"missionplanner-{stamp}.sqlite"
    return backup_to(db, target)


def list_backups(db) -> list[Path]:
    folder = backup_dir(db)
    return sorted(folder.glob("*.sqlite"), reverse=True) if folder.is_dir() else []


def _inspect_candidate(path: Path) -> str:
    """The schema revision of a file we are asked to restore, or a RestoreError saying why not."""
    if not path.is_file():
        raise RestoreError(f"{path}: no such file")
    if not looks_like_sqlite(path):
        raise RestoreError(f"{path}: not a Mission Planner database (not an SQLite file)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            check = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise RestoreError(f"{path}: damaged or not a database ({exc})") from None
    if check != ["ok"]:
        raise RestoreError(f"{path}: fails the integrity check ({'; '.join(check[:3])}); nothing restored")
    if not _OUR_TABLES <= tables or revision is None:
        raise RestoreError(f"{path}: an SQLite file, but not a Mission Planner database; nothing restored")
    return revision[0]


def restore(db, source: str | Path) -> dict:
    """Replace the current data with a backup, after checking it and backing up what is there now."""
    current = _need_file(db)
    source = Path(source)
    revision = _inspect_candidate(source)
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "staged.sqlite"
        shutil.copyfile(source, staged)
        if revision != HEAD:
            from ..store.database import Database
            from ..store.migrate import alembic_revisions, ensure_current

            if revision not in alembic_revisions():
                raise RestoreError(f"{source}: made by a newer version of Mission Planner (schema "
                                   f"{revision}); update the application first")
            staged_db = Database("sqlite:///" + str(staged))
            try:
                ensure_current(staged_db)
            finally:
                staged_db.dispose()
        safety_copy = take_automatic_backup(db, "before-restore")
        db.engine.dispose()
        # Copy page by page into the live file through the backup API: other connections see either
        # the old database or the restored one, and the WAL stays consistent.
        src = sqlite3.connect(str(staged))
        try:
            dst = sqlite3.connect(str(current), timeout=30)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    private(current)
    return {"restored_from": str(source), "schema_was": revision, "previous_saved_to": str(safety_copy)}


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


def run_doctor(db) -> dict:
    """Check everything, repair what is safe to repair, and say plainly what was found and done."""
    report = {"integrity": integrity.integrity_problems(db), "orphans_found": 0, "orphans_removed": 0,
              "impossible": [], "search_rows": 0, "fixed": [], "problems": []}
    if report["integrity"]:
        report["problems"].append("the database file is damaged: " + "; ".join(report["integrity"][:5])
                                  + "; restore a backup (missionplanner restore FILE)")
        return report
    violations = integrity.foreign_key_violations(db)
    report["orphans_found"] = len(violations)
    if violations:
        report["orphans_removed"] = integrity.remove_orphans(db, violations)
        report["fixed"].append(f"removed {report['orphans_removed']} rows that pointed at deleted records")
    report["impossible"] = impossible_values(db)
    report["problems"].extend(report["impossible"])
    with db.write() as s:
        report["search_rows"] = search_index.rebuild(s)
    report["fixed"].append(f"rebuilt the search index ({report['search_rows']} records)")
    return report


# Unclean shutdown ---------------------------------------------------------------------------------

def _marker(db) -> Path:
    return _need_file(db).with_name(_need_file(db).name + ".open")


def begin_session(db) -> list[str] | None:
    """Called when the app opens: if the last session did not end cleanly, run the quick check.

    Returns None after a clean shutdown, else the list of problems found (empty when all is well).
    """
    marker = _marker(db)
    problems = integrity.quick_check(db) if marker.exists() else None
    marker.write_text(datetime.now(timezone.utc).isoformat(), encoding="utf-8")
    return problems


def end_session(db) -> None:
    _marker(db).unlink(missing_ok=True)


__all__ = ["RestoreError", "backup_if_due", "backup_now", "begin_session", "copy_database", "end_session",
           "impossible_values", "list_backups", "restore", "run_doctor"]
