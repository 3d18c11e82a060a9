"""Search over everything: one ranked list of missions, meetings, people, organizations, agreements."""

from __future__ import annotations

from ..store import search_index


def search(db, text: str, limit: int = 50) -> list[dict]:
    """Case- and accent-insensitive; Japanese and Korean substrings match inside longer names."""
    with db.read() as s:
        return search_index.query(s, text, limit=limit)


def rebuild_index(db) -> int:
    with db.write() as s:
        return search_index.rebuild(s)
