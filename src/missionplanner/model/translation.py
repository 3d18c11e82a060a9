"""Texts a briefing pack prints, held in the reader's language (French, Dutch, English).

One row per record, field and language. The record is named by its kind and id (a meeting, a person,
a mission) rather than by a foreign key: the texts belong to whichever record carries that id, so a
deleted meeting brought back by undo under its own id finds its translations again.
"""

from __future__ import annotations

from sqlalchemy import JSON, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Record


class TextTranslation(Record, Base):
    __tablename__ = "text_translations"
    __table_args__ = (UniqueConstraint("entity_kind", "entity_id", "field", "lang",
                                       name="uq_text_translations_entity"),)

    entity_kind: Mapped[str] = mapped_column(String(20))  # "meeting", "person", "mission"
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))  # the record's column: "objectives", "talking_points"...
    lang: Mapped[str] = mapped_column(String(5))  # "fr", "nl", "en"
    # A text, or the list the field holds (points to make; if-raised {"topic", "line"} pairs).
    value: Mapped[object] = mapped_column(JSON)


Index("ix_text_translations_entity_id", TextTranslation.entity_id)
