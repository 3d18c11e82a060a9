"""Search over everything: one ranked list of missions, meetings, people, organizations, agreements."""

from __future__ import annotations

from ..errors import ValidationError
from ..store import search_index

# A search is a few words typed or pasted into a box. Each word is one more index lookup and one
# more LIKE check per candidate row, so a pasted page (1,000 words) would run for a long time:
# longer input is refused with these limits named.
MAX_SEARCH_CHARS = 500
MAX_SEARCH_WORDS = 32


def check_search_text(text) -> str:
    if not isinstance(text, str):
        raise ValidationError(code="search.not-text", field="search", type=type(text).__name__)
    if len(text) > MAX_SEARCH_CHARS:
        raise ValidationError(code="search.too-long", field="search", length=len(text), limit=MAX_SEARCH_CHARS)
    words = len(text.split())
    if words > MAX_SEARCH_WORDS:
        raise ValidationError(code="search.too-many-words", field="search", count=words, limit=MAX_SEARCH_WORDS)
    return text


def search(db, text: str, limit: int = 50) -> list[dict]:
    """Case- and accent-insensitive; Japanese and Korean substrings match inside longer names."""
    check_search_text(text)
    with db.read() as s:
        return search_index.query(s, text, limit=limit)


def rebuild_index(db) -> int:
    with db.write() as s:
        return search_index.rebuild(s)
