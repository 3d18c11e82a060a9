"""People and organizations, with names in their own script, and affiliations over time."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .names import display_name


class Organization(Record, Base):
    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(300), index=True)
    native_name: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(40), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")
    description: Mapped[str] = mapped_column(Text, default="")

    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )


class Person(Record, Base):
    __tablename__ = "people"

    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), index=True)
    # "person", or "position": a post whose holder is not known yet. A position keeps its post in
    # `title` and no name; once filled, its meetings pass to the person named in `filled_by_id`.
    kind: Mapped[str] = mapped_column(String(10), default="person")  # vocabulary.PERSON_KINDS
    filled_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    native_name: Mapped[str] = mapped_column(String(200), default="")
    # Japanese and Korean names are written family name first; the order travels with the person.
    name_order: Mapped[str] = mapped_column(String(10), default="western")
    title: Mapped[str] = mapped_column(String(300), default="")
    honorific: Mapped[str] = mapped_column(String(80), default="")
    form_of_address: Mapped[str] = mapped_column(String(200), default="")
    pronunciation: Mapped[str] = mapped_column(String(200), default="")
    biography: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    mobile: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Affiliation.start_date"
    )

    @property
    def display_name(self) -> str:
        return display_name(self.given_name, self.family_name, self.name_order, self.kind, self.title)

    @property
    def current_affiliation(self) -> Affiliation | None:
        current = [a for a in self.affiliations if a.end_date is None]
        return current[-1] if current else None


# The people list's order (services.people.list_people, services.lists), read from the index.
Index("ix_people_sort_name", func.lower(Person.family_name), func.lower(Person.given_name), Person.id)


class Affiliation(Record, Base):
    """A person's role in an organization, with the dates it held."""

    __tablename__ = "affiliations"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="affiliations")
    organization: Mapped[Organization] = relationship(back_populates="affiliations")
