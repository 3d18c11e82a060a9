"""Search over everything: one ranked list of missions, meetings, people, organizations, agreements.

Japanese and Korean names are found under their usual romanisations (store.textfold), and an
organization found brings its people and their meetings (`related`), so "愛知" lists Aichi
Prefecture, the governor and the meetings with him.
"""

from __future__ import annotations

import weakref

from sqlalchemy import select

from ..errors import ValidationError
from ..model import Affiliation, Meeting, Participation
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


# An organization's people and meetings listed after it: enough to see who and what, few enough to
# keep the search within its time on an organization with thousands of meetings.
RELATED_ORGANIZATIONS = 3
RELATED_PER_KIND = 10

_checked: weakref.WeakSet = weakref.WeakSet()  # databases whose index is known to be current


def ensure_index_current(db) -> int | None:
    """Rebuild the index once when its rows were folded by older rules (a database written by an
    earlier version): the number of rows rebuilt, or None. Checked on a database's first search."""
    if db in _checked:
        return None
    rebuilt = None
    with db.read() as s:
        current = search_index.is_current(s.connection())
    if not current and not db.read_only:
        with db.write() as s:
            rebuilt = search_index.rebuild_if_stale(s)
    _checked.add(db)
    return rebuilt


def related(session, hits: list[dict], terms: list[str]) -> list[dict]:
    """The people of the first organizations found (current affiliations) and those people's
    meetings, newest first, each marked with the organization it came through (`via`)."""
    seen = {h["id"] for h in hits}
    out: list[dict] = []
    for org in [h for h in hits if h["kind"] == "organization"][:RELATED_ORGANIZATIONS]:
        people = session.scalars(
            select(Affiliation.person_id).where(Affiliation.organization_id == org["id"],
                                                Affiliation.end_date.is_(None))
            .limit(RELATED_PER_KIND)).all()
        meetings = session.scalars(
            select(Meeting.id).join(Participation, Participation.meeting_id == Meeting.id)
            .where(Participation.person_id.in_(people)).group_by(Meeting.id, Meeting.start)
            .order_by(Meeting.start.desc()).limit(RELATED_PER_KIND)).all() if people else []
        for hit in search_index.entries(session, [*people, *meetings], terms):
            if hit["id"] not in seen:
                seen.add(hit["id"])
                out.append({**hit, "via": org["title"]})
    return out


def search(db, text: str, limit: int = 50) -> list[dict]:
    """Case- and accent-insensitive; Japanese and Korean substrings match inside longer names, and
    their names under other romanisations ("Ohmura" finds 大村秀章). Each hit has `title_spans` and
    `snippet_spans` (what matched, for highlighting); hits that came through an organization found
    follow the ranked ones with `via`, the organization's title, up to `limit` results in all."""
    check_search_text(text)
    ensure_index_current(db)
    with db.read() as s:
        hits = search_index.query(s, text, limit=limit)
        if len(hits) >= limit:
            return hits  # the list is full of what was typed itself
        terms = [w for t in text.split() for w in search_index.spellings(search_index.fold(t))]
        return hits + related(s, hits, terms)[:limit - len(hits)]


def rebuild_index(db) -> int:
    with db.write() as s:
        return search_index.rebuild(s)
