"""SQLite's quick check at open, and its verdict remembered for the file as it was then.

Page-level damage (a bad disk sector, a half-copied file, another program writing into it) is only
seen when SQLite reads the damaged page: a command that reads other pages would succeed on a damaged
file, and the next write could spread the damage. So every open vouches for the whole file first.

`PRAGMA quick_check` reads every page: 0.7 s on the 0.9 GB bench database with a warm disk cache,
more from a cold disk. Paid at every command and every start, that would break the start-up goals
(docs/performance.md), so the verdict "sound" is remembered, in the user's cache folder, for the
file's state: device, inode, size, modification and change times. A file whose state is the same
holds the same pages. The change time is in the key because a program can set a file's modification
time back, never its change time. The -wal is not in the key: SQLite replays only the frames whose
checksums hold, and only SQLite writes them.

A process that opened a sound file and wrote to it records the file as it leaves it (`Database.close`
after the checkpoint): its changes went through SQLite, and damage comes from outside. So an
unchanged file, or one last changed by Mission Planner itself, is not read again; a file changed by
anything else (a copy, a restore from another tool, a damaged disk rewriting a sector, an edit with
another SQLite program) is checked at its next open. What this leaves out, damage from outside while
a Mission Planner held the file open and wrote to it, is caught by the next daily backup, whose copy
is checked page by page before it is kept, and by `doctor`.

Only "sound" is remembered; a damaged file is checked again at every open (it is refused anyway).
A missing, unreadable or foreign cache file only means checking again.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

CACHE_NAME = "checked-databases.json"
KEEP = 50  # files remembered: the most recently checked (tests and portable copies make many)


def cache_file() -> Path:
    """Where verdicts are kept: beside a portable install's data (MISSIONPLANNER_HOME), else in the
    platform's user cache folder."""
    portable = os.environ.get("MISSIONPLANNER_HOME")
    if portable:
        return Path(portable) / "cache" / CACHE_NAME
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("MissionPlanner", "MissionPlanner")) / CACHE_NAME


def file_state(path: Path) -> list[int] | None:
    """What must not have changed for a verdict to still hold, or None when the file cannot be
    looked at."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _load() -> dict[str, list[int]]:
    try:
        data = json.loads(cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def known_sound(path: Path, state: list[int] | None = None) -> bool:
    """Whether `path`, as it is now, already passed the quick check."""
    state = state if state is not None else file_state(path)
    return state is not None and _load().get(str(path)) == state


def remember_sound(path: Path, state: list[int] | None = None) -> None:
    """Record that `path` in `state` (default: as it is now) passed the check. Best effort: a
    cache that cannot be written only means checking again next time."""
    state = state if state is not None else file_state(path)
    if state is None:
        return
    verdicts = _load()
    if verdicts.get(str(path)) == state:
        return
    verdicts.pop(str(path), None)
    verdicts[str(path)] = state  # last: the newest, kept when the oldest go
    kept = dict(list(verdicts.items())[-KEEP:])
    try:
        from ..output_files import leftover_temp_files, write_output
        from .backup import private_folder

        folder = private_folder(cache_file().parent)
        for left in leftover_temp_files(folder):  # a process killed while it wrote (a minute ago)
            if time.time() - left.stat().st_mtime > 60:
                left.unlink(missing_ok=True)
        write_output(cache_file(), json.dumps(kept))
    except Exception:  # noqa: BLE001 - a read-only home, a full disk: the check runs again next time
        pass


def quick_check(conn: sqlite3.Connection, progress=None) -> list[str]:
    """SQLite's quick check on an open connection; [] when the file is sound. `progress`, a
    callback polled while the check runs, may raise (a cancelled job) to stop it; the exception is
    raised here."""
    from .backup import quick_check_connection

    if progress is None:
        return quick_check_connection(conn)
    with interruptible(conn, progress):
        return quick_check_connection(conn)


class interruptible:
    """While in this block, SQLite calls `progress()` every few thousand steps of whatever `conn`
    runs; an exception from it interrupts the statement and is raised at the end of the block in
    place of SQLite's 'interrupted'."""

    STEPS = 20_000  # SQLite's virtual machine steps between two looks at the clock (about 1 ms)
    EVERY_S = 0.05  # `progress` itself at most this often: a GUI token posts a signal per call

    def __init__(self, conn: sqlite3.Connection, progress):
        self.conn, self.progress, self.stopped = conn, progress, None
        self._next = 0.0

    def _handler(self) -> int:
        now = time.monotonic()
        if now < self._next:
            return 0
        self._next = now + self.EVERY_S
        try:
            self.progress()
        except BaseException as exc:  # noqa: BLE001 - kept, raised after SQLite has stopped
            self.stopped = exc
            return 1
        return 0

    def __enter__(self):
        self.progress()  # a job cancelled already does not start the statement
        self._next = time.monotonic() + self.EVERY_S
        self.conn.set_progress_handler(self._handler, self.STEPS)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.conn.set_progress_handler(None, 0)
        if self.stopped is not None:
            raise self.stopped
        return False
