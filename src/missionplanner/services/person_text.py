"""How a person is shown in a sentence or a list, in any language: the one rule for the window and
the printed pack. Nothing is imported here, so the window takes it without loading SQLAlchemy."""

from __future__ import annotations


def shown_name(name: str, kind: str, to_be_confirmed: str) -> str:
    """A position's post followed by `to_be_confirmed` in brackets ("Vice-Governor of Aichi (name to
    be confirmed)"), anyone else's name as it is: a position is never given a made-up name. The
    caller gives the words in its language (the window through tr(), the pack through its
    catalogue); `name` is the record's display name (model.names.display_name: a position's post)."""
    if kind != "position":
        return name
    return f"{name} ({to_be_confirmed})" if name else f"({to_be_confirmed})"
