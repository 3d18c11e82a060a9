"""Files kept with records: an agreement's signed text, a person's photo."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from sqlalchemy import select

from ..errors import ValidationError
from ..model import Agreement, Attachment, Meeting, Mission, Organization, Person
from ..output_files import write_output
from .lookup import get
from .vocabulary import ATTACHMENT_ROLES

MAX_BYTES = 50 * 1024 * 1024
KINDS = {"agreement": Agreement, "person": Person, "organization": Organization, "meeting": Meeting,
         "mission": Mission}
ROLES = ATTACHMENT_ROLES


def attach_file(db, entity_kind: str, entity_id: str, path: str | Path, role: str = "document") -> str:
    if entity_kind not in KINDS:
        raise ValidationError(code="attachment.kind", field="entity_kind", kind=entity_kind)
    if role not in ROLES:
        raise ValidationError(code="choice.unknown", field="role", value=repr(role), allowed=", ".join(ROLES))
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(code="attachment.unreadable", field="file", path=str(path),
                              reason=str(exc.strerror or exc)) from None
    if size > MAX_BYTES:
        raise ValidationError(code="attachment.too-big", field="file", name=path.name,
                              megabytes=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
    data = path.read_bytes()
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with db.write() as s:
        get(s, KINDS[entity_kind], entity_id, entity_kind)
        a = Attachment(entity_kind=entity_kind, entity_id=entity_id, role=role, filename=path.name,
                       media_type=media_type, data=data)
        s.add(a)
        s.flush()
        return a.id


def list_attachments(db, entity_kind: str, entity_id: str, role: str | None = None) -> list[dict]:
    with db.read() as s:
        stmt = select(Attachment.id, Attachment.filename, Attachment.media_type, Attachment.role,
                      Attachment.created_at).where(Attachment.entity_kind == entity_kind,
                                                   Attachment.entity_id == entity_id)
        if role:
            stmt = stmt.where(Attachment.role == role)
        return [{"id": r.id, "filename": r.filename, "media_type": r.media_type, "role": r.role,
                 "added": r.created_at.isoformat()} for r in s.execute(stmt.order_by(Attachment.created_at))]


def save_attachment(db, attachment_id: str, folder: str | Path) -> Path:
    """Write the file into `folder` (owner-only), under its own name; returns the path written."""
    with db.read() as s:
        a = get(s, Attachment, attachment_id, "attachment")
        name, data = Path(a.filename).name or "attachment", a.data
    target = Path(folder) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_output(target, data)


def delete_attachment(db, attachment_id: str) -> None:
    with db.write() as s:
        s.delete(get(s, Attachment, attachment_id, "attachment"))
