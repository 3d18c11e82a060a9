"""How a person's name is written: the one rule, for the model and for plain-SQL readers alike (the
first screen reads it before SQLAlchemy is imported: nothing here imports it)."""

from __future__ import annotations


def display_name(given_name: str, family_name: str, name_order: str, kind: str = "person",
                 title: str = "") -> str:
    """Western order "Given Family"; eastern order "FAMILY Given" (the family name in capitals so
    it reads as such, e.g. "OMURA Hideaki"), or the family name alone when there is no given name.

    A position (kind "position": a post whose holder is not known yet) has no name: it is called by
    its post, `title` ("Vice-Governor of Aichi"), never by a made-up name."""
    if kind == "position":
        return (title or "").strip()
    first, last = (given_name or "").strip(), (family_name or "").strip()
    if name_order == "eastern":
        return " ".join(p for p in (last.upper() if first else last, first) if p)
    return " ".join(p for p in (first, last) if p)

