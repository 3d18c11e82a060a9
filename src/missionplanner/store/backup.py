"""Consistent copies of a live database (SQLite's online backup API), kept in rotation."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

AUTO_PREFIX = "auto-"
# Grandfather-father-son rotation: the newest copy of each of the last N days, weeks and months.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6
SQLITE_MAGIC = b"SQLite format 3\x00"


def private(path: Path) -> None:
    """Owner-only access: a cabinet's contacts and briefings are not for other accounts."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def copy_database(source: Path, target: Path) -> Path:
    """Copy `source` to `target` through the backup API, atomically (a .part file then a rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(str(source), timeout=30)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    private(tmp)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    # The rename is atomic, so a crash mid-copy never leaves a file that looks like a good backup.
    tmp.replace(target)
    return target


def backup_to(db, target: Path) -> Path:
    if db.path is None:
        raise ValueError("only a SQLite file can be backed up this way")
    return copy_database(db.path, Path(target))


def backup_dir(db) -> Path:
    return db.path.parent / "backups"


def _stamp(when: datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%S%fZ")


def _parse_stamp(name: str) -> datetime | None:
    stem = name[len(AUTO_PREFIX):].split("_", 1)[0].removesuffix(".sqlite")
    try:
        return datetime.strptime(stem, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def automatic_backups(db) -> list[tuple[datetime, Path]]:
    folder = backup_dir(db)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob(f"{AUTO_PREFIX}*.sqlite"):
        when = _parse_stamp(p.name)
        if when is not None:
            found.append((when, p))
    return sorted(found, reverse=True)


def take_automatic_backup(db, reason: str = "daily", now: datetime | None = None) -> Path:
    now = now or datetime.now(timezone.utc)
    path = backup_to(db, backup_dir(db) / f"{AUTO_PREFIX}{_stamp(now)}_{reason}.sqlite")
    rotate(db, now=now)
    return path


def backup_if_due(db, now: datetime | None = None, max_age: timedelta = timedelta(days=1)) -> Path | None:
    """On opening: a new copy when the newest automatic one is older than a day."""
    now = now or datetime.now(timezone.utc)
    existing = automatic_backups(db)
    if existing and now - existing[0][0] < max_age:
        return None
    return take_automatic_backup(db, "daily", now)


def rotate(db, now: datetime | None = None, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
           monthly: int = KEEP_MONTHLY) -> list[Path]:
    """Delete automatic copies outside the rotation; returns what was deleted."""
    backups = automatic_backups(db)
    keep: set[Path] = set()
    for size, key in ((daily, lambda d: d.date()), (weekly, lambda d: d.isocalendar()[:2]),
                      (monthly, lambda d: (d.year, d.month))):
        seen = []
        for when, path in backups:  # newest first, so the first of each period is its newest
            k = key(when)
            if k not in seen:
                seen.append(k)
                if len(seen) <= size:
                    keep.add(path)
    deleted = []
    for _, path in backups:
        if path not in keep:
            path.unlink(missing_ok=True)
            deleted.append(path)
    return deleted


def looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False
