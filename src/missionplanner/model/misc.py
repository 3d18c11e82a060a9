"""Tags, attachments and the audit trail: records that hang off any other record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, ForeignKey, LargeBinary, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Record, UTCDateTime, new_id, utcnow


class Tag(Record, Base):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(120), unique=True)


tag_links = Table(
    "tag_links",
    Base.metadata,
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_kind", String(40), primary_key=True),
    Column("entity_id", String(36), primary_key=True),
)


class Attachment(Record, Base):
    """A file kept with a record: a person's photo, an agreement's signed text."""

    __tablename__ = "attachments"

    entity_kind: Mapped[str] = mapped_column(String(40), index=True)
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    role: Mapped[str] = mapped_column(String(40), default="document")
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AuditEntry(Base):
    """Who changed what and when. Written by the store on every flush, never edited."""

    __tablename__ = "audit_entries"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(10))
    entity_kind: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
    summary: Mapped[str] = mapped_column(Text, default="")


class SearchEntry(Base):
    """One searchable record, with its text folded (case, accents, width) by the store.

    Kept by the store on every flush, so search never scans the entity tables themselves.
    """

    __tablename__ = "search_entries"

    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    title_folded: Mapped[str] = mapped_column(Text, default="", index=True)
    body_folded: Mapped[str] = mapped_column(Text, default="")
    snippet_source: Mapped[str] = mapped_column(Text, default="")
