"""Creating many records at once (imports): every row checked by the rules of a single create, all or
nothing, then written in bulk.

A calendar or a contacts list creates thousands of records in one transaction. Each row is validated
by the same functions as `create_meeting` / `create_person` / `create_organization`
(`meeting_fields` and `check_meeting`, `person_fields`, `organization_fields`); the errors of every
row are collected, each with the row named, and if there is one nothing is written. Then each table
is written in one executemany (`store.bulk.create_many`), with the audit trail and the search index.

Each function comes in two forms, as the services do: `create_*_in(session, ...)` inside a
transaction the caller holds (an import that also updates records), and `create_*(db, ...)` in a
transaction of its own. Each returns the ids it wrote, in the order of the rows; `record`, when
given, is called with the table name and the ids of every table written (participations and
affiliations too), so a synchronisation outbox sees every row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import SimpleNamespace

from sqlalchemy import select

from ..errors import OTHER, ValidationError
from ..model import Affiliation, Meeting, Mission, Organization, Participation, Person, utcnow
from ..store.bulk import complete, create_many
from . import validation as v
from .lookup import get
from .meetings import MEETING_KEYS, check_meeting, check_room, meeting_fields
from .people import organization_fields, person_fields

Record = Callable[[str, list[str]], None]


class BatchError(ValidationError):
    """Rows that cannot be created; `errors` holds (row label, error) for each, in row order.

    Its message is the first row's, with the count of the others; the first row's code and parts
    are kept (as `first_code` and `first_params` beside "batch.more-rows"), for the GUI to say it in
    its language."""

    def __init__(self, errors: list[tuple[str, ValidationError]]):
        self.errors = errors
        label, first = errors[0]
        if len(errors) == 1:
            super().__init__(**_as_code(first), where=label, field=first.field)
        else:
            super().__init__(code="batch.more-rows", where=label, field=first.field, first=first.plain,
                             more=len(errors) - 1, first_code=first.code, first_params=first.params)


def _as_code(exc: ValidationError) -> dict:
    """What `MissionPlannerError` needs to say what `exc` says: its code and parts, or its text."""
    return {"code": exc.code, **exc.params} if exc.code != OTHER else {"message": exc.plain}


def _validated(rows: Sequence[dict], labels: Sequence[str] | None, check: Callable[[dict], dict]) -> list[dict]:
    out, errors = [], []
    for i, row in enumerate(rows):
        try:
            out.append(check(row))
        except ValidationError as exc:
            errors.append((labels[i] if labels else f"row {i + 1}", exc))
    if errors:
        raise BatchError(errors)
    return out


def _write(session, cls, rows: list[dict], user: str, record: Record | None, **kwargs) -> list[str]:
    create_many(session, cls, rows, user, **kwargs)
    ids = [r["id"] for r in rows]
    if record is not None and ids:
        record(cls.__tablename__, ids)
    return ids


# Meetings ---------------------------------------------------------------------------------------

def create_meetings_in(session, mission: Mission, rows: Sequence[dict], *, user: str, summary: str = "",
                       labels: Sequence[str] | None = None, record: Record | None = None) -> list[str]:
    """New meetings of `mission`, each row what `create_meeting` takes (times as wall-clock text or
    datetimes, `counterparts` and `delegation` as person ids). `summary` goes into each meeting's
    audit entry (the calendar it came from)."""

    def check(row: dict) -> dict:
        unknown = set(row) - MEETING_KEYS
        if unknown:
            raise ValidationError(code="meeting.unknown-fields", fields=", ".join(sorted(unknown)))
        fields = meeting_fields(row, None)
        check_meeting(SimpleNamespace(**fields), mission)
        return fields

    fields = _validated(rows, labels, check)
    if not fields:
        return []
    check_room(session, mission, len(fields))
    sides = [(row.get("counterparts") or [], row.get("delegation") or []) for row in rows]
    wanted = {pid for pair in sides for ids in pair for pid in ids}
    known = set(session.scalars(select(Person.id).where(Person.id.in_(wanted)))) if wanted else set()
    _validated(rows, labels, lambda row: _known_people(row, known))
    now = utcnow()
    meetings = [complete(Meeting, dict(f, mission_id=mission.id), now=now) for f in fields]
    participations = []
    for meeting, (counterparts, delegation) in zip(meetings, sides, strict=True):
        for side, ids in (("counterpart", counterparts), ("delegation", delegation)):
            for position, pid in enumerate(dict.fromkeys(ids)):
                participations.append(complete(Participation, {
                    "meeting_id": meeting["id"], "person_id": pid, "side": side, "position": position},
                    now=now))
    ids = _write(session, Meeting, meetings, user, record, now=now, summary=summary)
    _write(session, Participation, participations, user, record, now=now)
    return ids


def _known_people(row: dict, known: set[str]) -> dict:
    for key in ("counterparts", "delegation"):
        for pid in row.get(key) or []:
            if pid not in known:
                raise ValidationError(code="record.missing", kind="person", id=pid, field=key)
    return row


def create_meetings(db, mission_id: str, rows: Sequence[dict], *, summary: str = "",
                    labels: Sequence[str] | None = None, record: Record | None = None) -> list[str]:
    with db.write() as s:
        mission = get(s, Mission, mission_id, "mission")
        return create_meetings_in(s, mission, rows, user=db.user, summary=summary, labels=labels, record=record)


# People, organizations, affiliations ----------------------------------------------------------------

def create_people_in(session, rows: Sequence[dict], *, user: str, labels: Sequence[str] | None = None,
                     record: Record | None = None) -> list[str]:
    """New people, each row what `create_person` takes (without `organization_id`: see
    `create_affiliations_in`)."""
    fields = _validated(rows, labels, lambda row: person_fields(row, None))
    now = utcnow()
    return _write(session, Person, [complete(Person, f, now=now) for f in fields], user, record, now=now)


def create_organizations_in(session, rows: Sequence[dict], *, user: str, labels: Sequence[str] | None = None,
                            record: Record | None = None) -> list[str]:
    """New organizations, each row what `create_organization` takes."""
    fields = _validated(rows, labels, lambda row: organization_fields(row, None))
    now = utcnow()
    return _write(session, Organization, [complete(Organization, f, now=now) for f in fields], user, record,
                  now=now)


def create_affiliations_in(session, rows: Sequence[dict], *, user: str, labels: Sequence[str] | None = None,
                           record: Record | None = None) -> list[str]:
    """Current affiliations: each row a `person_id`, an `organization_id` and a `role` (as
    `create_person` links a person to an organization: the role is the person's title)."""

    def check(row: dict) -> dict:
        for key in ("person_id", "organization_id"):
            if not row.get(key):
                raise ValidationError(code="field.missing", field=key)
        return {"person_id": row["person_id"], "organization_id": row["organization_id"],
                "role": v.column_text(row.get("role"), Affiliation, "role")}

    fields = _validated(rows, labels, check)
    now = utcnow()
    return _write(session, Affiliation, [complete(Affiliation, f, now=now) for f in fields], user, record,
                  now=now)


def create_people(db, rows: Sequence[dict], **kwargs) -> list[str]:
    with db.write() as s:
        return create_people_in(s, rows, user=db.user, **kwargs)


def create_organizations(db, rows: Sequence[dict], **kwargs) -> list[str]:
    with db.write() as s:
        return create_organizations_in(s, rows, user=db.user, **kwargs)


def create_affiliations(db, rows: Sequence[dict], **kwargs) -> list[str]:
    with db.write() as s:
        return create_affiliations_in(s, rows, user=db.user, **kwargs)
