"""The search index: one folded row per searchable record, kept in step by the session.

The only module that knows how search is stored; a PostgreSQL deployment can swap the LIKE scan
for its own full-text index here without touching the services.
"""

from __future__ import annotations

from sqlalchemy import delete, event, insert, select
from sqlalchemy.orm import Session

from ..model import Agreement, Meeting, Mission, Organization, Person, SearchEntry
from .textfold import fold, fold_with_map

KIND_ORDER = {"mission": 0, "meeting": 1, "person": 2, "organization": 3, "agreement": 4}


def _entry(obj) -> dict | None:
    if isinstance(obj, Mission):
        kind, title = "mission", obj.title
        body = [obj.slug, obj.objectives, obj.notes, obj.kind]
    elif isinstance(obj, Meeting):
        kind, title = "meeting", obj.title
        body = [obj.city, obj.venue, obj.address, obj.reason, obj.objectives, obj.background,
                obj.outcome, " ".join(obj.talking_points or []), " ".join(obj.decisions or [])]
    elif isinstance(obj, Person):
        kind = "person"
        title = obj.display_name + (f" ({obj.native_name})" if obj.native_name else "")
        body = [obj.given_name, obj.family_name, obj.native_name, obj.title, obj.form_of_address,
                obj.email, obj.biography, obj.notes]
    elif isinstance(obj, Organization):
        kind = "organization"
        title = obj.name + (f" ({obj.native_name})" if obj.native_name else "")
        body = [obj.native_name, obj.kind, obj.city, obj.country, obj.description]
    elif isinstance(obj, Agreement):
        kind, title = "agreement", obj.title
        body = [obj.kind, obj.scope, obj.notes]
    else:
        return None
    source = "\n".join(str(b) for b in body if b)
    return {
        "entity_id": obj.id, "kind": kind, "title": title, "title_folded": fold(title),
        "body_folded": fold(source), "snippet_source": source,
    }


def install(factory) -> None:
    @event.listens_for(factory, "after_flush")
    def _after_flush(session: Session, _ctx):
        gone = [o.id for o in session.deleted if _entry(o) is not None]
        fresh = [e for o in list(session.new) + list(session.dirty) if (e := _entry(o)) is not None]
        if not gone and not fresh:
            return
        conn = session.connection()
        ids = gone + [e["entity_id"] for e in fresh]
        conn.execute(delete(SearchEntry.__table__).where(SearchEntry.entity_id.in_(ids)))
        if fresh:
            conn.execute(insert(SearchEntry.__table__), fresh)


def rebuild(session: Session) -> int:
    """Recompute every row (used by doctor and after bulk loads that bypass the ORM)."""
    session.execute(delete(SearchEntry.__table__))
    rows = []
    for cls in (Mission, Meeting, Person, Organization, Agreement):
        for obj in session.scalars(select(cls)):
            rows.append(_entry(obj))
    if rows:
        session.execute(insert(SearchEntry.__table__), rows)
    return len(rows)


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _snippet(source: str, words: list[str], width: int = 80) -> str:
    folded, index = fold_with_map(source)
    for w in words:
        pos = folded.find(w)
        if pos >= 0:
            start = index[pos]
            lo = max(0, start - width // 3)
            hi = min(len(source), lo + width)
            text = source[lo:hi].replace("\n", " ")
            return ("…" if lo > 0 else "") + text + ("…" if hi < len(source) else "")
    return source[:width].replace("\n", " ")


def query(session: Session, text: str, limit: int = 50) -> list[dict]:
    words = [w for w in fold(text).split() if w]
    if not words:
        return []
    t = SearchEntry.__table__
    stmt = select(t.c.entity_id, t.c.kind, t.c.title, t.c.title_folded, t.c.snippet_source)
    for w in words:
        pattern = _like(w)
        stmt = stmt.where(
            t.c.title_folded.like(pattern, escape="\\") | t.c.body_folded.like(pattern, escape="\\")
        )
    rows = session.execute(stmt.limit(limit * 4)).all()
    phrase = " ".join(words)

    def rank(row):
        title = row.title_folded
        if title == phrase:
            score = 0
        elif title.startswith(phrase):
            score = 1
        elif all(w in title for w in words):
            score = 2
        else:
            score = 3
        return (score, KIND_ORDER.get(row.kind, 9), len(title))

    rows.sort(key=rank)
    return [
        {"kind": r.kind, "id": r.entity_id, "title": r.title, "snippet": _snippet(r.snippet_source, words)}
        for r in rows[:limit]
    ]
