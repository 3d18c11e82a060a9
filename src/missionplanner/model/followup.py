"""Actions that come out of meetings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record, UTCDateTime


class FollowUp(Record, Base):
    __tablename__ = "followups"

    mission_id: Mapped[str | None] = mapped_column(
        ForeignKey("missions.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    due: Mapped[date | None] = mapped_column(Date, index=True)
    recurrence: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    mission = relationship("Mission", back_populates="followups")
    meeting = relationship("Meeting", back_populates="followups")
    owner = relationship("Person")
