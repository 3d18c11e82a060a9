"""A record and what deleting it removes, kept as plain rows, and put back under the same ids.

This is what undo of a deletion needs (`planner.<aggregate>.snapshot(id)` / `.restore(snapshot)`):
the record comes back under its own id, so whatever still points at it (history, attachments, an
undo step further back) finds it again. Links to records deleted since are left out.
People and organizations have theirs in services/people.py (person_record, restore_person).
"""

from __future__ import annotations

import copy

from sqlalchemy import select

from ..errors import ValidationError
from ..model import (
    Agreement,
    FollowUp,
    Meeting,
    Mission,
    Organization,
    Participation,
    Person,
    agreement_parties,
    agreement_signatories,
)
from .lookup import get


def row_of(obj) -> dict:
    """The record's columns as values (lists copied, so later edits do not reach the snapshot)."""
    return {c.key: copy.deepcopy(getattr(obj, c.key)) for c in obj.__table__.columns}


def _refuse_if_there(s, cls, row: dict, what: str) -> None:
    if s.get(cls, row["id"]) is not None:
        raise ValidationError(code="restore.exists", kind=what)


# Meetings ---------------------------------------------------------------------------------------

def meeting_snapshot(db, meeting_id: str) -> dict:
    with db.read() as s:
        m = get(s, Meeting, meeting_id, "meeting")
        return {"meeting": row_of(m), "participations": [row_of(p) for p in m.participations],
                "followups": [row_of(f) for f in m.followups]}


def restore_meeting(db, snapshot: dict) -> str:
    with db.write() as s:
        row = snapshot["meeting"]
        _refuse_if_there(s, Meeting, row, "meeting")
        get(s, Mission, row["mission_id"], "mission")
        s.add(Meeting(**row))
        s.flush()
        for p in snapshot["participations"]:
            if s.get(Person, p["person_id"]) is not None:
                s.add(Participation(**p))
        for f in snapshot["followups"]:
            if f["owner_id"] and s.get(Person, f["owner_id"]) is None:
                f = dict(f, owner_id=None)
            s.add(FollowUp(**f))
        s.flush()
        return row["id"]


# Agreements -------------------------------------------------------------------------------------

def agreement_snapshot(db, agreement_id: str) -> dict:
    with db.read() as s:
        a = get(s, Agreement, agreement_id, "agreement")
        return {"agreement": row_of(a), "parties": [o.id for o in a.parties],
                "signatories": [p.id for p in a.signatories]}


def restore_agreement(db, snapshot: dict) -> str:
    with db.write() as s:
        row = snapshot["agreement"]
        _refuse_if_there(s, Agreement, row, "agreement")
        s.add(Agreement(**row))
        s.flush()
        for table, column, cls, ids in ((agreement_parties, "organization_id", Organization, snapshot["parties"]),
                                        (agreement_signatories, "person_id", Person, snapshot["signatories"])):
            there = set(s.scalars(select(cls.id).where(cls.id.in_(ids)))) if ids else set()
            for other in ids:
                if other in there:
                    s.execute(table.insert().values({"agreement_id": row["id"], column: other}))
        s.flush()
        return row["id"]


# Follow-ups -------------------------------------------------------------------------------------

def followup_snapshot(db, followup_id: str) -> dict:
    with db.read() as s:
        return {"followup": row_of(get(s, FollowUp, followup_id, "follow-up"))}


def restore_followup(db, snapshot: dict) -> str:
    with db.write() as s:
        row = dict(snapshot["followup"])
        _refuse_if_there(s, FollowUp, row, "follow-up")
        if row["meeting_id"] and s.get(Meeting, row["meeting_id"]) is None:
            raise ValidationError(code="restore.meeting-gone")
        if row["mission_id"] and s.get(Mission, row["mission_id"]) is None:
            raise ValidationError(code="restore.mission-gone")
        if row["owner_id"] and s.get(Person, row["owner_id"]) is None:
            row["owner_id"] = None
        s.add(FollowUp(**row))
        s.flush()
        return row["id"]
