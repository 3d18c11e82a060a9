"""The one door to the data: a `Planner` built from a database, one manager per aggregate.

Anki's `Collection` is the model. The GUI, the command line, interop and briefing receive a planner
and call `planner.missions.list()`, `planner.people.search("cecile")`...; they never see a database
or a session. `planner.db` is there for the safety path (backup, restore) and for tests.

Every write the planner's managers make passes `planner.outbox` (services/outbox.py): each row an
ORM flush writes is handed to it inside its transaction, and the bulk path reports its rows itself.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..model.base import Record
from .briefing_versions import BriefingVersionsManager
from .managers import (
    AgreementsManager,
    AttachmentsManager,
    BriefingManager,
    ChecksManager,
    FollowupsManager,
    MeetingsManager,
    MissionsManager,
    OrganizationsManager,
    PeopleManager,
    SafetyManager,
    SearchManager,
    SyncManager,
    TravelManager,
)
from .outbox import DELETE, INSERT, UPDATE, Change, Outbox, outbox_for
from .translations import TranslationsManager

_PENDING = "missionplanner.outbox.pending"  # session.info key: {planner: changes of the open transaction}


class Planner:
    """Missions, meetings, people... of one database, and the outbox every write passes."""

    def __init__(self, db, *, outbox: Outbox | None = None):
        self.db = db
        self.outbox = outbox if outbox is not None else outbox_for(db)
        self.missions = MissionsManager(self)
        self.meetings = MeetingsManager(self)
        self.travel = TravelManager(self)
        self.people = PeopleManager(self)
        self.organizations = OrganizationsManager(self)
        self.agreements = AgreementsManager(self)
        self.followups = FollowupsManager(self)
        self.checks = ChecksManager(self)
        self.search = SearchManager(self)
        self.safety = SafetyManager(self)
        self.attachments = AttachmentsManager(self)
        self.briefing = BriefingManager(self)
        self.briefing_versions = BriefingVersionsManager(self)
        self.translations = TranslationsManager(self)
        self.sync = SyncManager(self)
        # Only the write sessions of our database: reads never commit, so they never reach the outbox.
        db.on_write_session("after_flush", self._after_flush)
        db.on_write_session("after_commit", self._after_commit)
        db.on_write_session("after_rollback", self._after_rollback)

    @classmethod
    def open(cls, path_or_url=None, *, outbox: Outbox | None = None, **open_database_kwargs) -> Planner:
        """The planner of the database named by a path, a URL or the default (store.open_database:
        created and migrated when missing, its daily backup taken)."""
        from ..store import open_database

        return cls(open_database(path_or_url, **open_database_kwargs), outbox=outbox)

    def close(self) -> None:
        """Checkpoint and close the database: what a program does before it exits, so the .sqlite
        alone holds every commit."""
        self.db.close()

    def listen_for_changes(self, on_change, on_state=None):
        """On the cabinet's server: call `on_change()` (on a thread of its own) each time another
        session commits a change, until the returned listener's `stop()`; None on a SQLite file,
        which nobody else writes while it is open here."""
        if self.db.is_sqlite:
            return None
        from ..store.live import ChangeListener

        return ChangeListener(self.db.url, self.db.session_name, on_change, on_state).start()

    def sample_data_there(self, seed: int = 1) -> bool:
        """Whether the generated data set of this seed is in the database (demo --scale)."""
        from .generated_data import already_generated

        return already_generated(self.db, seed)

    def generate_sample_data(self, scale: float = 1, seed: int = 1) -> dict:
        """Write the large generated data set (benchmarks, trying the app with years of data); the
        rows written per table. They are not told to the outbox: generated data is not an edit."""
        from .generated_data import generate

        return generate(self.db, scale, seed)

    def record_rows(self, session: Session, kind: str, ids: list[str], op: str = INSERT) -> None:
        """Rows written without the ORM (Core executemany in `create_many`): told to the outbox as a
        flush would tell it, within `session`'s transaction."""
        for row_id in ids:
            self._record(session, Change(kind, row_id, op))

    def recorder(self, session: Session):
        """`record_rows` for one session, as services.batch calls it: record(table, ids)."""
        return lambda kind, ids: self.record_rows(session, kind, ids)

    def _record(self, session: Session, change: Change) -> None:
        session.info.setdefault(_PENDING, {}).setdefault(self, []).append(change)
        self.outbox.record(change, session)

    def _after_flush(self, session: Session, _context) -> None:
        changes = [Change(obj.__tablename__, obj.id, INSERT) for obj in session.new if isinstance(obj, Record)]
        changes += [Change(obj.__tablename__, obj.id, UPDATE) for obj in session.dirty
                    if isinstance(obj, Record) and session.is_modified(obj)]
        changes += [Change(obj.__tablename__, obj.id, DELETE) for obj in session.deleted
                    if isinstance(obj, Record)]
        for change in changes:
            self._record(session, change)

    def _after_commit(self, session: Session) -> None:
        session.info.get(_PENDING, {}).pop(self, None)

    def _after_rollback(self, session: Session) -> None:
        self.outbox.discard(session.info.get(_PENDING, {}).pop(self, []))
