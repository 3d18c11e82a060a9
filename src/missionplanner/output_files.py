"""Every file the application writes for the user goes through here: PDFs, mission files, calendars,
backups and saved attachments, from the command line and from the GUI.

Why one function: a planted symbolic link (``pack.pdf.part`` pointing elsewhere), a device node
(``-o /dev/full``) or a read-only file must never be overwritten, and a file that is half written
(killed, disk full) must never take the place of a good one. So the data goes into a new temporary
file in the target's own folder, created with ``O_EXCL | O_NOFOLLOW`` and mode 0600 from its first
byte (``tempfile.mkstemp``), is flushed to disk, and only then renamed onto the target, which must be
absent or a regular file.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import MissionPlannerError

TEMP_SUFFIX = ".part"


class OutputError(MissionPlannerError):
    """An output file that cannot or must not be written; nothing was written."""

    def __init__(self, message: str | None = None, **params):
        super().__init__(message, field="output", **params)


def check_target(path: str | os.PathLike) -> Path:
    """The target as a Path, or an OutputError saying in one line why it cannot be written."""
    if path is None or str(path).strip() == "":
        raise OutputError(code="output.unnamed")
    target = Path(path)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(code="output.unusable", path=str(target), reason=str(exc.strerror or exc)) from None
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            raise OutputError(code="output.symlink", path=str(target))
        if stat.S_ISDIR(st.st_mode):
            raise OutputError(code="output.folder", path=str(target))
        if not stat.S_ISREG(st.st_mode):
            raise OutputError(code="output.special-file", path=str(target))
        if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise OutputError(code="output.read-only", path=str(target))
    parent = target.parent
    if not parent.is_dir():
        raise OutputError(code="output.no-folder", folder=str(parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(code="output.folder-read-only", folder=str(parent))
    return target


def _explain(exc: OSError, target: Path) -> OutputError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(code="output.disk-full", path=str(target))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return OutputError(code="output.cannot-write", path=str(target), reason=str(exc.strerror))
    return OutputError(code="output.failed", path=str(target), reason=str(exc.strerror or exc))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut after it must not bring the old file back)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def output_path(path: str | os.PathLike) -> Iterator[Path]:
    """A new, empty, owner-only temporary file beside `path`, renamed onto `path` when the block
    ends without an error, removed otherwise. For writers that need a file name (SQLite's backup
    API); :func:`write_output` is the plain case."""
    target = check_target(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as exc:
        raise _explain(exc, target) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        check_target(target)  # the target may have been swapped for a link while we wrote
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _explain(exc, target) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def write_output(path: str | os.PathLike, data: bytes | str | Callable[[object], None]) -> Path:
    """Write `data` (bytes, text as UTF-8, or a function given a binary file) to `path` safely."""
    with output_path(path) as tmp:
        flags = os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        with os.fdopen(os.open(tmp, flags), "wb") as fh:
            if callable(data):
                data(fh)
            else:
                fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
    return Path(path)


def leftover_temp_files(folder: str | os.PathLike) -> list[Path]:
    """Temporary files a killed writer left in `folder` (ours only: ``.NAME.XXXX.part``)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f".*{TEMP_SUFFIX}") if p.is_file() and not p.is_symlink())


__all__ = ["OutputError", "check_target", "leftover_temp_files", "output_path", "write_output"]
