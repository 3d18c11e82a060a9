"""The one door to the data: a `Planner` built from a database, one manager per aggregate.

Anki's `Collection` is the model. The GUI, the command line, interop and briefing receive a planner
and call `planner.missions.list()`, `planner.people.search("cecile")`...; they never see a database
or a session. `planner.db` is there for the safety path (backup, restore) and for tests.

Every write the planner's managers make passes `planner.outbox` (services/outbox.py): each row an
ORM flush writes is handed to it inside its transaction, and the bulk path reports its rows itself.
"""

from __future__ import annotations

import weakref

from sqlalchemy import event
from sqlalchemy.orm import Session

from ..model.base import Record
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
)
from .outbox import DELETE, INSERT, UPDATE, Change, Outbox

_PENDING = "missionplanner.outbox.pending"  # session.info key: {planner: changes of the open transaction}


class Planner:
    """Missions, meetings, people... of one database, and the outbox every write passes."""

    def __init__(self, db, *, outbox: Outbox | None = None):
        self.db = db
        self.outbox = outbox if outbox is not None else Outbox()
        self.missions = MissionsManager(self)
        self.meetings = MeetingsManager(self)
        self.people = PeopleManager(self)
        self.organizations = OrganizationsManager(self)
        self.agreements = AgreementsManager(self)
        self.followups = FollowupsManager(self)
        self.checks = ChecksManager(self)
        self.search = SearchManager(self)
        self.safety = SafetyManager(self)
        self.attachments = AttachmentsManager(self)
        self.briefing = BriefingManager(self)
        _PLANNERS.add(self)

    @classmethod
    def open(cls, path_or_url=None, *, outbox: Outbox | None = None, **open_database_kwargs) -> Planner:
        """The planner of the database named by a path, a URL or the default (store.open_database:
        created and migrated when missing, its daily backup taken)."""
        from ..store import open_database

        return cls(open_database(path_or_url, **open_database_kwargs), outbox=outbox)

    def close(self) -> None:
        """Checkpoint and close the database: what a program does before it exits, so the .sqlite
        alone holds every commit."""
        _PLANNERS.discard(self)
        self.db.close()

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
        self.outbox.record(change)

    def _owns(self, session: Session) -> bool:
        # A write session of our database: bound to our engine (or to its write options, which
        # share its pool). Reads never commit, so their sessions never reach the outbox.
        try:
            return session.get_bind().pool is self.db.engine.pool
        except Exception:  # noqa: BLE001 - a session bound to something else is not ours
            return False


# Live planners. The write sessions are made by store.Database; the planner watches every Session
# (SQLAlchemy's class-level events) and keeps those bound to its own database.
_PLANNERS: weakref.WeakSet[Planner] = weakref.WeakSet()


def _owners(session: Session) -> list[Planner]:
    return [p for p in list(_PLANNERS) if p._owns(session)]


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context) -> None:
    owners = _owners(session) if _PLANNERS else []
    if not owners:
        return
    changes = [Change(obj.__tablename__, obj.id, INSERT) for obj in session.new if isinstance(obj, Record)]
    changes += [Change(obj.__tablename__, obj.id, UPDATE) for obj in session.dirty
                if isinstance(obj, Record) and session.is_modified(obj)]
    changes += [Change(obj.__tablename__, obj.id, DELETE) for obj in session.deleted if isinstance(obj, Record)]
    for planner in owners:
        for change in changes:
            planner._record(session, change)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    session.info.pop(_PENDING, None)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    for planner, changes in session.info.pop(_PENDING, {}).items():
        planner.outbox.discard(changes)
