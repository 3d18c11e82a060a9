"""The three-way merge of one row (SYNC.md, "One sync = pull, push, pull").

A row edited on a laptop while someone changed it on the server is merged field by field against
the base, the row as both sides last agreed on it: a field changed on one side only takes that
side's value; a field changed on both sides to different values is a conflict, both values kept,
nothing overwritten. Rows are plain dicts of field -> value (JSON-able), the shape the outbox and
the pull carry.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Merged:
    row: dict                       # the merged values (for a conflicting field: the server's, "theirs")
    conflicts: dict = field(default_factory=dict)  # field -> {"base", "mine", "theirs"}

    @property
    def clean(self) -> bool:
        return not self.conflicts


_ABSENT = object()


def merge3(base: dict, mine: dict, theirs: dict) -> Merged:
    """Merge `mine` and `theirs`, both derived from `base`. A field missing from a side counts as
    unchanged on that side (a side that never knew the field cannot have changed it)."""
    row, conflicts = {}, {}
    for name in sorted(set(base) | set(mine) | set(theirs)):
        b = base.get(name, _ABSENT)
        m = mine.get(name, b)
        t = theirs.get(name, b)
        if m == t:
            value = m
        elif m == b:
            value = t
        elif t == b:
            value = m
        else:
            conflicts[name] = {"base": None if b is _ABSENT else b, "mine": m, "theirs": t}
            value = t
        if value is not _ABSENT:
            row[name] = value
    return Merged(row, conflicts)
