"""Missions, their legs (a city with its zone) and their members."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record, UTCDateTime


class Mission(Record, Base):
    __tablename__ = "missions"

    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40), default="official-mission")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    home_timezone: Mapped[str] = mapped_column(String(64), default="Europe/Brussels")
    lead_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    objectives: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    lead = relationship("Person", foreign_keys=[lead_id])
    legs: Mapped[list[Leg]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", order_by="Leg.arrive"
    )
    meetings = relationship(
        "Meeting", back_populates="mission", cascade="all, delete-orphan", order_by="Meeting.start"
    )
    members: Mapped[list[MissionMember]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", order_by="MissionMember.position"
    )
    followups = relationship("FollowUp", back_populates="mission", cascade="all, delete-orphan")


class Leg(Record, Base):
    __tablename__ = "legs"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id", ondelete="CASCADE"), index=True)
    city: Mapped[str] = mapped_column(String(120))
    city_native: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(64))
    arrive: Mapped[datetime] = mapped_column(UTCDateTime)
    depart: Mapped[datetime] = mapped_column(UTCDateTime)
    hotel: Mapped[str] = mapped_column(Text, default="")
    embassy: Mapped[str] = mapped_column(Text, default="")
    emergency: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    mission: Mapped[Mission] = relationship(back_populates="legs")


class MissionMember(Record, Base):
    """A person of the delegation, with the role they hold on this mission."""

    __tablename__ = "mission_members"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    mission: Mapped[Mission] = relationship(back_populates="members")
    person = relationship("Person")
