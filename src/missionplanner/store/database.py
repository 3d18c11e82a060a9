"""Engine and session factory: one short unit of work per user action."""

from __future__ import annotations

import getpass
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import MissionPlannerError, english
from . import audit, search_index
from .paths import database_url
from .schema import HEAD

# How long a change waits for another program's write to end before giving up (BusyDatabaseError,
# one line, exit 2 on the command line). 10 s outlasts every write transaction of ours measured on
# the bench data (docs/performance.md: 10,000 contacts in 2.1 s, a 2,000-event calendar in 0.5 s;
# a mission file of 5,000 meetings, the most one may hold, 6 s for the whole command), so two
# imports started together both succeed, while a program that holds the lock for
# good (a stuck process, another SQLite tool left in a transaction) is reported before a person or
# a script gives up on us. Readers never wait on writers (WAL).
BUSY_TIMEOUT_MS = 10_000
# A writer that finds the database busy says so after this long ("waiting…" on stderr, or the
# GUI's `on_notice`), then keeps waiting up to BUSY_TIMEOUT_MS.
BUSY_NOTICE_MS = 500


class DatabaseOpenError(MissionPlannerError):
    """A database that cannot be opened as asked; nothing was written."""


class NotADatabaseError(DatabaseOpenError):
    """An empty file, or a file that is not an SQLite database: never taken for a new database."""


class NewerSchemaError(DatabaseOpenError):
    """A database written by a newer version (a schema revision our migrations do not know)."""


class ReadOnlyDatabaseError(MissionPlannerError):
    """A change asked of a database opened read-only (read-only file, folder or medium)."""


class BusyDatabaseError(MissionPlannerError):
    """Another program kept the database locked for longer than we wait."""


def _current_user() -> str:
    try:
        return os.environ.get("MISSIONPLANNER_USER") or getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def _is_locked(exc: BaseException) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _sqlite_pragmas(engine: Engine, db: Database) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event decide how a transaction starts (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not db.read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # FULL: a committed edit survives a power cut as well as a crash.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # Writers take the write lock up front, so two processes queue on busy_timeout instead of
        # deadlocking when both try to upgrade a read lock.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode != "IMMEDIATE":
            connection.exec_driver_sql(f"BEGIN {mode}")
            return
        if db.read_only:
            raise ReadOnlyDatabaseError(**db.read_only_parts())
        raw = connection.connection.driver_connection
        if db.check_before_write and not db.verified:
            db.check_before_write = False  # once per process: the first write is the one that matters
            _refuse_if_damaged(db, raw)
        db.wrote = True
        raw.execute(f"PRAGMA busy_timeout = {BUSY_NOTICE_MS}")
        try:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc):
                    raise
            # Another program is writing (an import, the app): say so, then wait for it.
            db.notice(f"{db.location} is busy (another Mission Planner is writing to it); waiting up to "
                      f"{BUSY_TIMEOUT_MS // 1000} s")
            raw.execute(f"PRAGMA busy_timeout = {max(BUSY_TIMEOUT_MS - BUSY_NOTICE_MS, 0)}")
            try:
                raw.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc):
                    raise
                raise BusyDatabaseError(code="database.busy", location=str(db.location),
                                        seconds=BUSY_TIMEOUT_MS // 1000) from None
        finally:
            raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _refuse_if_damaged(db: Database, raw: sqlite3.Connection) -> None:
    """SQLite's quick check before the first change: nothing is written to a damaged file."""
    from .backup import DamagedDatabaseError, quick_check_connection

    problems = quick_check_connection(raw)
    if problems and db.path is not None:
        raise DamagedDatabaseError(**damaged_parts(db.path, "; ".join(problems[:3])))


def _read_only_connector(path: Path):
    """sqlite3 connections that never write: `mode=ro` (which sees a -wal a writer left), or, where
    SQLite cannot even create its shared-memory file (a read-only folder or medium), `immutable`."""
    def connect():
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
        return sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True, check_same_thread=False)
    return connect


class Database:
    """The one handle services need: where the data is, and how to open a unit of work."""

    def __init__(self, url: str, *, user: str | None = None, read_only: bool = False):
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        # On the cabinet's server the audit names the person's login, as PostgreSQL knows them.
        self.user = user or self.login or _current_user()
        self.read_only = bool(read_only and self.is_sqlite and self.path is not None)
        self.warnings: list[str] = []
        self.on_notice = None  # a callable given each notice (busy...), e.g. the CLI's stderr
        # Run SQLite's quick check before the first write (the command line sets it: one write per
        # process, and a damaged file must not be written further), unless the open vouched for
        # the file already (`verified`, see store.checked).
        self.check_before_write = False
        self.verified = False
        self.wrote = False  # a write transaction began: what `close` records the file's state for
        # On a server, this app's connections carry one name of their own: the change notices the
        # server sends (migration 0010) say whose session wrote, so a window skips its own saves.
        self.session_name = f"missionplanner-{uuid.uuid4().hex[:12]}"
        if self.read_only:
            self.engine = create_engine(url, future=True, creator=_read_only_connector(self.path))
        elif self.is_sqlite:
            self.engine = create_engine(url, future=True)
        else:
            self.engine = create_engine(url, future=True, connect_args={"application_name": self.session_name})
        if self.is_sqlite:
            _sqlite_pragmas(self.engine, self)
            writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            writer = self.engine
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=writer, expire_on_commit=False)
        audit.install(self._write, lambda: self.user)
        search_index.install(self._write)

    @property
    def path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        raw = self.url.split("///", 1)[-1]
        return Path(raw) if raw and raw != ":memory:" else None

    @property
    def login(self) -> str | None:
        """The server login of a database URL (postgresql+psycopg://anne@host/db), else None."""
        if self.is_sqlite:
            return None
        from sqlalchemy.engine import make_url

        return make_url(self.url).username

    @property
    def location(self) -> str:
        """Where the data is, fit to show: the file, or the server URL with any password hidden."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        try:
            return make_url(self.url).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - an odd URL is shown minus anything before the host
            return str(self.url).split("@")[-1]

    def on_write_session(self, event_name: str, fn) -> None:
        """Call `fn` on `event_name` (a SQLAlchemy session event: "after_flush", "after_commit",
        "after_rollback"...) of every session `write()` opens, and of no other session: how the
        planner's outbox sees the changes of this database only."""
        event.listen(self._write, event_name, fn)

    def notice(self, message: str) -> None:
        self.warnings = [*self.warnings[-19:], message]
        if self.on_notice is not None:
            self.on_notice(message)

    def read_only_parts(self) -> dict:
        return {"code": "database.read-only", "location": str(self.location)}

    def read_only_reason(self) -> str:
        return ReadOnlyDatabaseError(**self.read_only_parts()).plain

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction: everything inside commits together or not at all."""
        if self.read_only:
            raise ReadOnlyDatabaseError(**self.read_only_parts())
        with self._write() as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if "readonly" in str(exc.orig):
                    raise ReadOnlyDatabaseError(**self.read_only_parts()) from None
                raise
            except DBAPIError as exc:
                session.rollback()
                if getattr(exc.orig, "sqlstate", None) == "42501" and "row-level security" in str(exc.orig):
                    # A change whose result this login could not see (a mission restricted to others).
                    raise ReadOnlyDatabaseError(code="database.restricted-away", user=self.login or self.user
                                                ) from None
                if getattr(exc.orig, "sqlstate", None) == "42501":  # PostgreSQL: insufficient privilege
                    raise ReadOnlyDatabaseError(code="database.not-allowed", user=self.login or self.user,
                                                location=str(self.location)) from None
                raise
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session
            session.rollback()

    @contextmanager
    def raw_connection(self) -> Iterator[sqlite3.Connection]:
        """The pool's own sqlite3 connection (same flags as every other: read-only or not), for
        SQLite's backup API and PRAGMAs."""
        fairy = self.engine.raw_connection()
        try:
            yield fairy.driver_connection
        finally:
            fairy.close()

    def checkpoint(self) -> None:
        """Fold the -wal file into the database file, so the file alone holds every commit (a copy
        to a USB key, a backup tool that skips -wal). Best effort: a reader elsewhere may hold it."""
        if not self.is_sqlite or self.read_only or self.path is None:
            return
        try:
            with self.raw_connection() as conn:
                conn.execute("PRAGMA busy_timeout = 2000")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except sqlite3.Error:
            pass

    def dispose(self) -> None:
        self.engine.dispose()

    def close(self) -> None:
        """Checkpoint, then close every connection: what a program does before it exits. A file that
        was sound at open and that we wrote to is remembered as sound as we leave it, so the next
        open does not read it all again (see store.checked)."""
        self.checkpoint()
        self.dispose()
        if self.verified and self.wrote and self.path is not None and not self.read_only:
            from .checked import remember_sound

            remember_sound(self.path)


def _writable(path: Path) -> bool:
    """Whether SQLite can write `path` and create its -wal and -shm beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def check_database_file(path: Path) -> None:
    """Refuse, in one line, a file that must not be opened as our database: an empty file (which
    SQLite would silently take for a new database), a folder or device, or a non-SQLite file."""
    from .backup import looks_like_sqlite

    if not path.is_file():
        raise NotADatabaseError(code="database.not-a-file", path=str(path))
    if path.stat().st_size == 0:
        raise NotADatabaseError(code="database.empty-file", path=str(path))
    if not looks_like_sqlite(path):
        raise NotADatabaseError(code="database.not-sqlite", path=str(path))


def damaged_parts(path: Path, detail: str) -> dict:
    """The error's code and parts: the database is damaged, and the way out (the newest good backup,
    by path)."""
    from .backup import newest_good_backup

    detail = " ".join(str(detail).split())[:200]
    good = newest_good_backup(path.parent / "backups")
    if good:
        return {"code": "database.damaged", "path": str(path), "detail": detail, "backup": str(good)}
    return {"code": "database.damaged-no-backup", "path": str(path), "detail": detail,
            "folder": str(path.parent / "backups")}


def damaged_message(path: Path, detail: str) -> str:
    """One line: the database is damaged, and the way out (the newest good backup, by path)."""
    parts = damaged_parts(path, detail)
    return english(parts.pop("code"), parts)


def _is_damage(exc: BaseException) -> bool:
    """Whether an error from SQLite means the file itself is damaged (not busy, not read-only)."""
    orig = getattr(exc, "orig", exc)
    if type(orig) is sqlite3.DatabaseError:
        return True
    return isinstance(orig, sqlite3.Error) and any(
        w in str(orig) for w in ("malformed", "not a database", "corrupt"))


def _create_new(target: Path, user: str | None) -> None:
    """A new database, made whole in a temporary file beside `target` and then linked in place: a
    kill never leaves an empty or half-migrated file that a later start would take for ours."""
    import tempfile

    from .backup import _held
    from .migrate import ensure_current

    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with _held(tmp):
            fresh = Database("sqlite:///" + str(tmp), user=user)
            try:
                ensure_current(fresh)
                fresh.checkpoint()
            finally:
                fresh.dispose()
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            try:
                os.link(tmp, target)  # never replaces a database another process created meanwhile
            except FileExistsError:
                pass
            except OSError:  # no hard links here (a FAT-formatted USB key): a rename, if still free
                if not os.path.lexists(target):
                    os.replace(tmp, target)
    finally:
        for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            p.unlink(missing_ok=True)


def open_database(path_or_url=None, *, migrate: bool = True, user: str | None = None,
                  auto_backup: bool = True, warn=None, restoring: bool = False) -> Database:
    """Open the database named by a path, a URL or the default; a missing file is created and
    migrated. Refused in one line, nothing written: an empty or non-SQLite file, a damaged file
    (with the newest good backup named), a database from a newer version.

    An existing file gets its daily automatic backup here (checked before it is kept), before the
    migration. A backup that cannot be made (a full disk) is a warning (`warn`, and
    `db.warnings`), not a failure. A file or folder we cannot write is opened read-only: no backup,
    no migration, and every change refused with ReadOnlyDatabaseError. `restoring`: only open the
    file for `safety.restore` to replace (no check, backup or migration)."""
    url = database_url(path_or_url)
    if not url.startswith("sqlite:///") or url.endswith(":memory:"):
        db = Database(url, user=user)
        if migrate:
            from .migrate import ensure_current

            ensure_current(db)
        return db
    target = Path(url[len("sqlite:///"):])
    existed = os.path.lexists(target)
    if not existed:
        target.parent.mkdir(parents=True, exist_ok=True)
        if migrate:
            _create_new(target, user)
        else:
            # Create it owner-only before SQLite does; its -wal and -shm files inherit the mode.
            fd = os.open(target, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    elif not restoring:
        check_database_file(target)
    elif os.path.isfile(target) and os.path.getsize(target) > 0:
        from .backup import looks_like_sqlite

        if not looks_like_sqlite(target):  # someone's notes, say: never replaced by a restore
            raise NotADatabaseError(code="database.not-sqlite-restore", path=str(target))
    read_only = existed and not restoring and not _writable(target)
    db = Database(url, user=user, read_only=read_only)
    db.verified = not existed and migrate  # made whole by us a moment ago
    if warn is not None:
        db.on_notice = warn
    if restoring:
        return db
    try:
        _prepare(db, target, existed=existed, migrate=migrate, auto_backup=auto_backup)
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        db.dispose()
        if _is_damage(exc):
            raise DatabaseOpenError(**damaged_parts(target, getattr(exc, "orig", exc))) from None
        raise
    except BaseException:
        db.dispose()
        raise
    return db


def _prepare(db: Database, target: Path, *, existed: bool, migrate: bool, auto_backup: bool) -> None:
    from .backup import BackupError, DamagedDatabaseError, backup_dir, backup_if_due, remove_leftovers
    from .checked import file_state, known_sound
    from .migrate import check_known_revision, current_revision

    state = file_state(target)  # before anything reads it: a change meanwhile means a check next time
    revision = current_revision(db)  # also the first read: damage to the schema shows here
    if revision != HEAD:
        check_known_revision(revision, target)  # a newer version's file: refused, no copy taken
    if not db.verified and known_sound(target, state):
        db.verified = True
    if db.read_only:
        _vouch(db, target, state)
        if revision != HEAD and migrate:
            raise ReadOnlyDatabaseError(code="database.read-only-upgrade", path=str(target))
        if Path(f"{target}-wal").exists() and Path(f"{target}-wal").stat().st_size > 0:
            db.notice(f"{target} is read-only and its last changes are still in {target.name}-wal; "
                      "they may not be shown")
        return
    remove_leftovers(backup_dir(db))
    remove_leftovers(target.parent, prefix=f".{target.stem}.")
    if existed and auto_backup:
        from ..output_files import OutputError

        try:
            if backup_if_due(db) is not None and not db.verified:
                # The copy was read through SQLite and passed the same check before it was kept.
                _remember(db, target, state)
        except DamagedDatabaseError:
            raise  # its message names the damage and the newest good backup
        except (BackupError, OutputError, OSError) as exc:
            db.notice(f"warning: the daily backup could not be taken ({exc}); carrying on without it")
    _vouch(db, target, state)
    if migrate:
        from .migrate import ensure_current

        ensure_current(db)


def _remember(db: Database, target: Path, state) -> None:
    from .checked import remember_sound

    remember_sound(target, state)
    db.verified = True


def _vouch(db: Database, target: Path, state) -> None:
    """SQLite's quick check of the whole file, unless it is known sound as it is (store.checked): a
    damaged page that this command would not read is found before the command runs."""
    if db.verified:
        return
    from .backup import DamagedDatabaseError
    from .checked import quick_check

    with db.raw_connection() as conn:
        problems = quick_check(conn)
    if problems:
        raise DamagedDatabaseError(**damaged_parts(target, "; ".join(problems[:3])))
    _remember(db, target, state)


def configure_orm() -> None:
    """Set up the ORM's mappers now rather than in the first query (0.1 to 0.3 s): for a caller that
    opens the database on a worker thread before the GUI's first list is read."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
