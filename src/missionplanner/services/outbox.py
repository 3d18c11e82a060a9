"""The one place every write passes: where synchronisation will record each change (SYNC.md).

A `Planner` hands each change its write sessions flush to its outbox, inside the transaction that
makes it (SYNC.md: the outbox row is written in the same local transaction as the edit), and tells
the outbox when that transaction rolled back. Rows written in bulk (imports) are reported by the
bulk path itself (`Planner.record_rows`): they never become ORM objects, so no flush sees them.

No Qt, no SQL here: the default outbox does nothing (a database that never joined a server has no
one to tell); `ReplicaOutbox` queues each change in the replica's `sync_outbox` (store/replica.py),
in the session's own transaction, with the fields it changed; `RecordingOutbox` keeps what it is
given, for tests.
"""

from __future__ import annotations

from dataclasses import dataclass

INSERT, UPDATE, DELETE = "insert", "update", "delete"


@dataclass(frozen=True)
class Change:
    """One row written: its table (`kind`), its id, and whether it was inserted, updated or deleted."""

    kind: str
    id: str
    op: str


class Outbox:
    """Receives every change the planner writes. This one does nothing yet (issue 19 fills it)."""

    def record(self, change: Change, session=None) -> None:
        """A change made inside the current write transaction (of `session`, when the planner knows it)."""

    def discard(self, changes: list[Change]) -> None:
        """The transaction that made these changes rolled back: they did not happen. (An outbox
        that writes its rows in that transaction needs nothing here: they rolled back with it.)"""


class ReplicaOutbox(Outbox):
    """The outbox of a laptop replica: one `sync_outbox` row per change, written in the transaction
    of the edit (so both commit or neither), naming the fields it changed."""

    def record(self, change: Change, session=None) -> None:
        from ..store.replica import changed_fields, write_outbox

        write_outbox(session.connection(), change.kind, change.id, change.op, changed_fields(session, change))


def outbox_for(db) -> Outbox:
    """The outbox a planner on `db` writes to: a replica's queue once the file joined a server."""
    from ..store.replica import is_replica

    return ReplicaOutbox() if is_replica(db) else Outbox()


class RecordingOutbox(Outbox):
    """Keeps every committed change in `changes`, in the order they were made."""

    def __init__(self) -> None:
        self.changes: list[Change] = []

    def record(self, change: Change, session=None) -> None:
        self.changes.append(change)

    def discard(self, changes: list[Change]) -> None:
        gone = list(changes)
        kept = []
        for change in reversed(self.changes):  # the newest copies are the ones rolled back
            if change in gone:
                gone.remove(change)
            else:
                kept.append(change)
        self.changes = kept[::-1]

    def ids(self, kind: str | None = None, op: str | None = None) -> set[str]:
        """The ids recorded, of one table and one operation if given."""
        return {c.id for c in self.changes if (kind is None or c.kind == kind) and (op is None or c.op == op)}

    def clear(self) -> None:
        self.changes.clear()
