"""Agreements between organizations."""

from __future__ import annotations

from sqlalchemy import func, select

from ..model import Agreement, Organization, Person
from . import validation as v
from .records import apply, check_version, get
from .views import agreement_view


def agreement_fields(data: dict, current: Agreement | None) -> dict:
    out = {}
    if current is None or "title" in data:
        out["title"] = v.text(data.get("title"), "title", required=True, max_len=300)
    if current is None or "kind" in data:
        out["kind"] = v.text(data.get("kind") or "cooperation", "kind")
    if current is None or "status" in data:
        out["status"] = v.choice(data.get("status") or "in-force", v.AGREEMENT_STATUSES, "status")
    for key in ("signed", "expires"):
        if current is None or key in data:
            out[key] = v.optional_date(data.get(key), key)
    if current is None or "signed_approximate" in data:
        out["signed_approximate"] = bool(data.get("signed_approximate", False))
    for key in ("scope", "notes"):
        if current is None or key in data:
            out[key] = v.text(data.get(key), key)
    return out


def _links(session, a: Agreement, data: dict) -> None:
    if "parties" in data:
        a.parties = [get(session, Organization, oid, "organization") for oid in data["parties"]]
    if "signatories" in data:
        a.signatories = [get(session, Person, pid, "person") for pid in data["signatories"]]


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
