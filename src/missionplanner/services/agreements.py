"""Agreements between organizations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from ..model import Agreement, Organization, Person
from ..model.base import utcnow
from . import validation as v
from .lookup import apply, check_version, get
from .rows import agreement_view
from .vocabulary import AGREEMENT_STATUSES


def agreement_fields(data: dict, current: Agreement | None) -> dict:
    out = {}
    if current is None or "title" in data:
        out["title"] = v.column_text(data.get("title"), Agreement, "title", required=True)
    if current is None or "kind" in data:
        kind = data.get("kind")
        out["kind"] = v.column_text("cooperation" if kind in (None, "") else kind, Agreement, "kind")
    if current is None or "status" in data:
        status = data.get("status")
        out["status"] = v.choice("in-force" if status in (None, "") else status, AGREEMENT_STATUSES, "status")
    for key in ("signed", "expires"):
        if current is None or key in data:
            out[key] = v.optional_date(data.get(key), key)
    if current is None or "signed_approximate" in data:
        approximate = data.get("signed_approximate")
        if approximate not in (None, True, False):  # "no" would read as true
            raise v.ValidationError(code="flag.not-boolean", field="signed_approximate", value=approximate)
        out["signed_approximate"] = bool(approximate)
    for key in ("scope", "notes"):
        if current is None or key in data:
            out[key] = v.column_text(data.get(key), Agreement, key)
    return out


def _links(session, a: Agreement, data: dict) -> None:
    before = ({o.id for o in a.parties}, {p.id for p in a.signatories}) if a.id else None
    if "parties" in data:
        a.parties = [get(session, Organization, oid, "organization") for oid in data["parties"]]
    if "signatories" in data:
        a.signatories = [get(session, Person, pid, "person") for pid in data["signatories"]]
    if before is not None and before != ({o.id for o in a.parties}, {p.id for p in a.signatories}):
        # The links live in tables of their own: the agreement's row is written too, so its version
        # moves (a stale edit of the parties is refused) and a laptop's sync carries the new links.
        a.updated_at = utcnow()


def create_agreement_in(session, data: dict, record_id: str | None = None) -> Agreement:
    a = Agreement(**agreement_fields(data, None))
    if record_id:  # an undone deletion comes back under its own id, documents and history with it
        a.id = record_id
    session.add(a)
    _links(session, a, data)
    session.flush()
    return a


def create_agreement(db, *, record_id: str | None = None, **data) -> str:
    with db.write() as s:
        return create_agreement_in(s, data, record_id).id


def update_agreement(db, agreement_id: str, version: int | None = None, **changes) -> int:
    with db.write() as s:
        a = get(s, Agreement, agreement_id, "agreement")
        check_version(a, version, "agreement")
        apply(a, agreement_fields({k: x for k, x in changes.items()
                                   if k not in ("parties", "signatories")}, a))
        _links(s, a, changes)
        s.flush()
        return a.version


def delete_agreement(db, agreement_id: str) -> None:
    with db.write() as s:
        s.delete(get(s, Agreement, agreement_id, "agreement"))


def deletion_impact(db, agreement_id: str) -> dict:
    """What deleting the agreement takes with it: its links to parties and signatories, and the
    documents attached to it (kept under its id, so undoing the deletion brings them back)."""
    from ..model import Attachment

    with db.read() as s:
        a = get(s, Agreement, agreement_id, "agreement")
        documents = s.scalar(select(func.count()).select_from(Attachment).where(
            Attachment.entity_kind == "agreement", Attachment.entity_id == agreement_id)) or 0
        return {"title": a.title, "parties": len(a.parties), "signatories": len(a.signatories),
                "documents": documents}


def list_agreements(db) -> list[dict]:
    with db.read() as s:
        return [agreement_view(a) for a in s.scalars(select(Agreement).order_by(Agreement.title))]


def status_during(agreement: dict, start: date, end: date) -> str:
    """An agreement's status (as `agreement_view` gives it) during a trip from `start` to `end`,
    not today: "not-yet-signed" when it was signed after the trip ended, "expired" when it expired
    before the trip began, "in-force" when it is now recorded as expired but was signed before the
    trip ended and expired after it began; otherwise the status recorded."""
    signed = date.fromisoformat(agreement["signed"]) if agreement.get("signed") else None
    expires = date.fromisoformat(agreement["expires"]) if agreement.get("expires") else None
    status = agreement["status"]
    if signed and signed > end:
        return "not-yet-signed"
    if expires and expires < start:
        return "expired" if status in ("in-force", "expired") else status
    if status == "expired" and signed and expires:  # it ran out after the trip: in force then
        return "in-force"
    return status
