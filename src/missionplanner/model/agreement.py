"""Agreements between organizations, with their signatories."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Column, Date, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record

agreement_parties = Table(
    "agreement_parties",
    Base.metadata,
    Column("agreement_id", ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True),
    Column("organization_id", ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True),
)

agreement_signatories = Table(
    "agreement_signatories",
    Base.metadata,
    Column("agreement_id", ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
)


class Agreement(Record, Base):
    __tablename__ = "agreements"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40), default="cooperation")
    status: Mapped[str] = mapped_column(String(20), default="in-force")
    signed: Mapped[date | None] = mapped_column(Date)
    # The source often gives "about a month ago": such a date is kept but printed as approximate.
    signed_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    expires: Mapped[date | None] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    parties = relationship("Organization", secondary=agreement_parties, order_by="Organization.name")
    signatories = relationship("Person", secondary=agreement_signatories, order_by="Person.family_name")
