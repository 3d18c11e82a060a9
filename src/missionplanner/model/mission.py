"""Missions, their legs (a city with its zone) and their members."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
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
    # What the minister is to say throughout the trip, a message an entry, printed first in the pack.
    key_messages: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    # Who of our side keeps the phone on day and night, first on the pack's contacts page.
    duty_officer_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    # The server logins who may see the mission, comma-separated ("" = everyone): on the cabinet's
    # server row-level security enforces it (migration 0011), so a laptop never receives it otherwise.
    restricted_to: Mapped[str] = mapped_column(Text, default="", server_default="")

    lead = relationship("Person", foreign_keys=[lead_id])
    duty_officer = relationship("Person", foreign_keys=[duty_officer_id])
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
    travel: Mapped[list[TravelSegment]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", order_by="TravelSegment.depart"
    )


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
    hotel_address: Mapped[str] = mapped_column(Text, default="")
    hotel_phone: Mapped[str] = mapped_column(String(80), default="")
    check_in: Mapped[datetime | None] = mapped_column(UTCDateTime)
    check_out: Mapped[datetime | None] = mapped_column(UTCDateTime)
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


class TravelSegment(Record, Base):
    """A flight, train, car or boat ride of the mission.

    Each end keeps its own zone: a flight leaves Brussels at 15:05 Brussels time and lands in Tokyo at
    10:40 Tokyo time the next day; both instants are stored in UTC.
    """

    __tablename__ = "travel_segments"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="flight")  # vocabulary.TRAVEL_KINDS
    carrier: Mapped[str] = mapped_column(String(120), default="")  # "Brussels Airlines", "JR Central"
    number: Mapped[str] = mapped_column(String(40), default="")  # "SN 3115", "Nozomi 21"
    from_place: Mapped[str] = mapped_column(String(120))  # city or station
    from_code: Mapped[str] = mapped_column(String(10), default="")  # airport or station code
    from_terminal: Mapped[str] = mapped_column(String(40), default="")
    from_timezone: Mapped[str] = mapped_column(String(64))
    depart: Mapped[datetime] = mapped_column(UTCDateTime)
    to_place: Mapped[str] = mapped_column(String(120))
    to_code: Mapped[str] = mapped_column(String(10), default="")
    to_terminal: Mapped[str] = mapped_column(String(40), default="")
    to_timezone: Mapped[str] = mapped_column(String(64))
    arrive: Mapped[datetime] = mapped_column(UTCDateTime)
    booking_ref: Mapped[str] = mapped_column(String(80), default="")
    seat: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    mission: Mapped[Mission] = relationship(back_populates="travel")
    travellers: Mapped[list[Traveller]] = relationship(
        back_populates="segment", cascade="all, delete-orphan", order_by="Traveller.position"
    )


class Traveller(Record, Base):
    """A member of the delegation on a travel segment."""

    __tablename__ = "travellers"

    segment_id: Mapped[str] = mapped_column(
        ForeignKey("travel_segments.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    segment: Mapped[TravelSegment] = relationship(back_populates="travellers")
    person = relationship("Person")
