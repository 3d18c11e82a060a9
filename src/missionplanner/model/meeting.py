"""Meetings during a mission and who takes part on which side."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record, UTCDateTime


class Meeting(Record, Base):
    __tablename__ = "meetings"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    start: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(String(64))
    city: Mapped[str] = mapped_column(String(120), default="")
    venue: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    kind: Mapped[str] = mapped_column(String(30), default="meeting")  # vocabulary.MEETING_KINDS
    dress_code: Mapped[str] = mapped_column(String(200), default="")
    # A meeting the mission lead does not attend: it then does not clash with the lead's other meetings.
    without_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    requested_by: Mapped[str] = mapped_column(String(300), default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    talking_points: Mapped[list] = mapped_column(JSON, default=list)
    if_raised: Mapped[list] = mapped_column(JSON, default=list)
    background: Mapped[str] = mapped_column(Text, default="")
    arrangements: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[list] = mapped_column(JSON, default=list)
    uid: Mapped[str] = mapped_column(String(255), default="", index=True)

    mission = relationship("Mission", back_populates="meetings")
    participations: Mapped[list[Participation]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Participation.position"
    )
    followups = relationship("FollowUp", back_populates="meeting", cascade="all, delete-orphan")


# The meetings list pages through (start, id) without sorting 100,000 rows.
Index("ix_meetings_start_id", Meeting.start, Meeting.id)


class Participation(Record, Base):
    __tablename__ = "participations"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="participations")
    person = relationship("Person")
