"""Consistent copies of a live database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup_to(db, target: Path) -> Path:
    if db.path is None:
        raise ValueError("only a SQLite file can be backed up this way")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    src = sqlite3.connect(str(db.path))
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    # The rename is atomic, so a crash mid-copy never leaves a file that looks like a good backup.
    tmp.replace(target)
    return target
