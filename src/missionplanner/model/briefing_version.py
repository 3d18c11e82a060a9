"""The record of every printed briefing pack (issue 16, "versions and what changed").

One row per pack printed: its number in the mission's series, when and by whom it was issued, in
which edition, language and classification, a fingerprint of its content and the content itself as
compared (meetings and the texts printed), so the next pack can say what changed without the PDF.

The mission is named by id, not by a foreign key: the record of what was issued outlives an undo
of the mission's deletion, and a laptop may pull a version before the mission it belongs to.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Record, UTCDateTime


class BriefingVersion(Record, Base):
    __tablename__ = "briefing_versions"

    mission_id: Mapped[str] = mapped_column(String(36))
    # Counted per mission over every edition and language: the pack on the desk is superseded by the
    # next one printed, whichever edition it is.
    number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    edition: Mapped[str] = mapped_column(String(20))
    lang: Mapped[str] = mapped_column(String(5))
    classification: Mapped[str] = mapped_column(Text, default="")
    printed_by: Mapped[str] = mapped_column(String(100), default="")
    fingerprint: Mapped[str] = mapped_column(String(64))  # sha256 of `content`, canonical JSON
    content: Mapped[object] = mapped_column(JSON)


Index("ix_briefing_versions_mission", BriefingVersion.mission_id, BriefingVersion.number)
