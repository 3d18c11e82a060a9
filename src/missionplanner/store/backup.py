"""Consistent copies of a live database (SQLite's online backup API), and which of them are kept.

Every copy is read through an open SQLite connection (so what a writer left in the ``-wal`` file is
included) and written through ``output_files.output_path``: a fresh owner-only temporary file beside
the target, renamed onto it only once complete and flushed. A copy is checked (``quick_check``)
before it is renamed into place, so a damaged database never takes the place of a good backup.

Kinds of copies in ``backups/`` (owner-only folder):

- ``auto-<stamp>_daily.sqlite``: the daily copy taken on opening; these alone rotate (the newest of
  each of the last days, weeks and months are kept);
- ``manual-<stamp>.sqlite`` (``backup`` without ``-o``) and ``before-restore-<stamp>.sqlite`` (the
  data a restore replaced): never deleted by the program; the user removes them.

Copies named ``auto-<stamp>_<reason>.sqlite`` by earlier versions are kept unless their reason is
``daily``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..errors import MissionPlannerError

AUTO_PREFIX = "auto-"
ROTATING_REASON = "daily"
KEPT_PREFIXES = ("manual-", "before-restore-")
# Grandfather-father-son rotation of the daily copies: the newest of each of the last N days, weeks
# and months.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6
SQLITE_MAGIC = b"SQLite format 3\x00"
STAGING_PREFIX = ".staging-"
BUSY_TIMEOUT_S = 30
# Pages copied per step when the copy can be cancelled (4 MB of 4 KB pages: a few hundredths of a
# second each), so that a cancel is seen quickly. Without a `progress` callback the copy is one
# step, which holds the source's read lock throughout (a writer elsewhere cannot restart it).
STEP_PAGES = 1024


class DamagedDatabaseError(MissionPlannerError):
    """A database file that fails SQLite's checks; it is not copied into the backups."""


class BackupError(MissionPlannerError):
    """A copy that could not be made (disk full, folder not writable...); nothing was kept."""


def private(path: Path) -> None:
    """Owner-only access: a cabinet's contacts and briefings are not for other accounts."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def private_folder(folder: Path) -> Path:
    """Create `folder` owner-only (0700) from the start, or make an existing one so."""
    old = os.umask(0o077)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    finally:
        os.umask(old)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)
    return folder


def quick_check_connection(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick check on an open connection; [] when the file is sound."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:  # damage bad enough that the check itself cannot run
        return [str(exc)]
    return [] if rows == ["ok"] else rows


@contextlib.contextmanager
def _held(path: Path) -> Iterator[None]:
    """An advisory lock on a temporary file while we write it, so that the clean-up of a later start
    (`remove_leftovers`) never takes a copy in progress in another process for a leftover."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no clean-up of other processes' files either
        yield
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection, progress=None) -> None:
    """SQLite's online backup of `src` into `dst`. With `progress`, in steps of STEP_PAGES, calling
    `progress(pages_done, pages_total)` after each: an exception from it (a cancelled job) stops the
    copy, and SQLite rolls back what it had written into `dst`, which keeps its former content."""
    if progress is None:
        src.backup(dst)
        return

    def step(_status, remaining, total):
        # Python calls this after the last step too, when SQLite has already committed the copy:
        # too late to stop, so not asked.
        if remaining:
            progress(total - remaining, total)

    src.backup(dst, pages=STEP_PAGES, progress=step)


def backup_into(src: sqlite3.Connection, tmp: Path, *, check: bool = True, progress=None) -> None:
    """Copy the database behind the open connection `src` into the empty file `tmp` (SQLite's online
    backup API: a consistent snapshot, WAL content included), as one self-contained file.
    `progress`: see copy_pages; the check that follows polls it too."""
    from .checked import quick_check

    dst = sqlite3.connect(str(tmp), timeout=BUSY_TIMEOUT_S)
    try:
        dst.execute("PRAGMA journal_mode = OFF")  # a temporary file: no -journal beside it
        copy_pages(src, dst, progress)
        dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one file, no -wal to carry along
        if check:
            problems = quick_check(dst, progress)
            if problems:
                raise DamagedDatabaseError(code="backup.fails-check", problems="; ".join(problems[:3]))
    finally:
        dst.close()


def copy_database(source: Path | sqlite3.Connection, target: Path, *, check: bool = True,
                  progress=None) -> Path:
    """Copy `source` (a file, read through a connection, or an open connection) to `target` through
    the backup API, atomically and owner-only. With `check`, a copy that fails SQLite's quick check
    is not kept and DamagedDatabaseError is raised. An exception from `progress` (a cancelled job)
    stops the copy: nothing is left at `target` or beside it."""
    from ..output_files import OutputError, output_path

    target = Path(target)
    # What a killed copy to this same target left (its private temporary file) goes first.
    remove_leftovers(target.parent, prefix=f".{target.name}.")
    own = not isinstance(source, sqlite3.Connection)
    src = sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_S) if own else source
    try:
        with output_path(target) as tmp, _held(tmp):
            backup_into(src, tmp, check=check, progress=progress)
    except sqlite3.OperationalError as exc:
        raise BackupError(**_say(exc, target)) from None
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(code="backup.unreadable", reason=str(exc)) from None
    except OutputError:
        raise
    finally:
        if own:
            src.close()
    return target


def _say(exc: sqlite3.Error, target: Path) -> dict:
    """The code and parts of a BackupError for what SQLite said."""
    text = str(exc)
    if "disk is full" in text or "disk I/O" in text:
        return {"code": "backup.disk-full", "path": str(target)}
    if "locked" in text or "busy" in text:
        return {"code": "backup.busy", "path": str(target)}
    return {"code": "backup.failed", "path": str(target), "reason": text}


def backup_to(db, target: Path, *, check: bool = True, progress=None) -> Path:
    if db.path is None:
        raise MissionPlannerError(code="backup.needs-file")
    with db.raw_connection() as conn:
        try:
            return copy_database(conn, Path(target), check=check, progress=progress)
        except DamagedDatabaseError as exc:
            from .database import damaged_parts

            # The one line a user needs: what is wrong, and the newest good copy to restore.
            raise DamagedDatabaseError(**damaged_parts(db.path, exc.plain)) from None


def backup_dir(db) -> Path:
    return db.path.parent / "backups"


def _stamp(when: datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%S%fZ")


def parse_stamp(name: str) -> datetime | None:
    """The time in a backup's name (any of the kinds above), or None."""
    for prefix in (AUTO_PREFIX, *KEPT_PREFIXES):
        if name.startswith(prefix):
            stem = name[len(prefix):].split("_", 1)[0].removesuffix(".sqlite")
            try:
                return datetime.strptime(stem, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
            except ValueError:
                return None
    return None


_parse_stamp = parse_stamp


def _reason(name: str) -> str:
    return name.removesuffix(".sqlite").split("_", 1)[1] if "_" in name else ""


def automatic_backups(db) -> list[tuple[datetime, Path]]:
    """Copies taken by the program in `backups/` (`auto-*`), newest first."""
    folder = backup_dir(db)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob(f"{AUTO_PREFIX}*.sqlite"):
        when = parse_stamp(p.name)
        if when is not None:
            found.append((when, p))
    return sorted(found, reverse=True)


def all_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """Every copy in a backups folder, of every kind, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob("*.sqlite"):
        when = parse_stamp(p.name)
        if when is None:
            when = datetime.fromtimestamp(p.stat().st_mtime, timezone.utc)
        found.append((when, p))
    return sorted(found, reverse=True)


def _free_name(folder: Path, name: str) -> Path:
    """`folder/name`, or with -2, -3... before .sqlite when taken: a copy never replaces another."""
    path = folder / name
    n = 2
    while path.exists():
        path = folder / name.replace(".sqlite", f"-{n}.sqlite")
        n += 1
    return path


def take_automatic_backup(db, reason: str = ROTATING_REASON, now: datetime | None = None,
                          progress=None) -> Path:
    """A copy in `backups/`: a rotating daily one, or (any other reason) one that is kept.
    `progress`: see copy_database (a cancelled copy keeps nothing and rotates nothing)."""
    now = now or datetime.now(timezone.utc)
    folder = private_folder(backup_dir(db))
    if reason == ROTATING_REASON:
        name = f"{AUTO_PREFIX}{_stamp(now)}_{reason}.sqlite"
    else:
        name = f"{reason}-{_stamp(now)}.sqlite"
    path = backup_to(db, _free_name(folder, name), progress=progress)
    rotate(db, now=now)
    return path


def backup_if_due(db, now: datetime | None = None, max_age: timedelta = timedelta(days=1),
                  progress=None) -> Path | None:
    """On opening: a new daily copy when the newest daily one is older than a day. The copy is
    checked before it is kept: a damaged database raises DamagedDatabaseError, no copy kept.
    `progress`: see copy_database."""
    if getattr(db, "read_only", False):
        return None  # a read-only file or folder: nowhere to put a copy, and nothing will change
    if db.path is None:
        return None  # the cabinet's server: its copies are IT's (pg_dump, pg_basebackup)
    now = now or datetime.now(timezone.utc)
    existing = [w for w, p in automatic_backups(db) if _reason(p.name) == ROTATING_REASON]
    if existing and now - existing[0] < max_age:
        return None
    return take_automatic_backup(db, ROTATING_REASON, now, progress=progress)


def rotate(db, now: datetime | None = None, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
           monthly: int = KEEP_MONTHLY) -> list[Path]:
    """Delete daily copies outside the rotation; returns what was deleted. Manual and before-restore
    copies are never touched: they are the user's to remove."""
    backups = [(w, p) for w, p in automatic_backups(db) if _reason(p.name) == ROTATING_REASON]
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


def newest_good_backup(folder: Path) -> Path | None:
    """The newest copy in `folder` that opens and passes SQLite's quick check."""
    for _, path in all_backups(folder)[:20]:
        try:
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        except sqlite3.Error:
            continue
        try:
            if not quick_check_connection(conn):
                return path
        finally:
            conn.close()
    return None


def looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _unlocked(path: Path) -> bool:
    """True when no live process holds the lock `_held` takes on its temporary files."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def leftovers(folder: Path, prefix: str = ".") -> list[Path]:
    """Temporary files a killed copy, restore or creation left in `folder` (staging copies and
    unfinished copies, with their -wal and -shm), whoever left them. `prefix` narrows the search
    in a folder shared with other files (the database's own)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.name.startswith(prefix)
                  and (p.name.startswith(STAGING_PREFIX) or ".part" in p.name)
                  and p.is_file() and not p.is_symlink())


_SIDE_FILES = ("-wal", "-shm", "-journal")


def _main_file(path: Path) -> Path:
    for side in _SIDE_FILES:
        if path.name.endswith(side):
            return path.with_name(path.name[: -len(side)])
    return path


def remove_leftovers(folder: Path, prefix: str = ".") -> list[Path]:
    """Remove what killed runs left in `folder`: only files no live process is writing (a -wal or
    -shm goes with its database file)."""
    removed = []
    found = leftovers(folder, prefix)
    for path in found:
        main = _main_file(path)
        if main != path and main.exists():
            continue  # decided with its main file below
        if main == path and not _unlocked(path):
            continue
        for p in [path] + ([path.with_name(path.name + s) for s in _SIDE_FILES] if main == path else []):
            if p.exists():
                p.unlink(missing_ok=True)
                removed.append(p)
    return removed
