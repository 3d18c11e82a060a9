"""The search index: one folded row per searchable record, kept in step by the session.

The only module that knows how search is stored. Portable part: the `search_entries` table (folded
title and body, one row per record). SQLite part: `search_fts`, a contentless FTS5 table with the
trigram tokenizer over the same folded text, whose rowid is the `search_entries` rowid, so a word of
three or more characters is found through the index instead of a LIKE scan over every row. Trigrams
cannot find one- or two-character words, so every run of Japanese, Chinese or Korean characters is
also written as its one- and two-character grams, each closed by a sentinel character, which makes
"서울" or "愛知" a trigram the index knows. A short Latin word ("de") is checked with LIKE on the rows
the other words found, or by a LIMITed LIKE scan when it is the whole query. On another dialect (or a
file without the table) search falls back to the LIKE scan; a PostgreSQL deployment can add its own
index here without touching the services.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import delete, event, insert, select, text
from sqlalchemy.orm import Session

from ..model import Agreement, Meeting, Mission, Organization, Person, SearchEntry
from .textfold import fold, fold_char

KIND_ORDER = {"mission": 0, "meeting": 1, "person": 2, "organization": 3, "agreement": 4}
KINDS = {Mission: "mission", Meeting: "meeting", Person: "person", Organization: "organization",
         Agreement: "agreement"}

FTS_TABLE = "search_fts"
# One column per place a word can be found; the gram columns hold the CJK grams of title and body.
FTS_COLUMNS = ("title", "body", "title_grams", "body_grams")
FTS_CREATE = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
              + ", ".join(FTS_COLUMNS) + ", content='', tokenize='trigram')")
SENTINEL = "\x01"  # never produced by fold() on user text; stripped from queries all the same
_CHUNK = 500


# Entries -------------------------------------------------------------------------------------------

def entry_for(kind: str, obj) -> dict:
    """The search row of a record, read by attribute from an ORM object or any object like it.

    The data generator feeds plain namespaces through this too, so bulk-loaded rows have exactly the
    shape the session writes.
    """
    if kind == "mission":
        title = obj.title
        body = [obj.slug, obj.objectives, obj.notes, obj.kind]
    elif kind == "meeting":
        title = obj.title
        body = [obj.city, obj.venue, obj.address, obj.reason, obj.objectives, obj.background,
                obj.outcome, " ".join(obj.talking_points or []), " ".join(obj.decisions or [])]
    elif kind == "person":
        title = Person.display_name.fget(obj) + (f" ({obj.native_name})" if obj.native_name else "")
        body = [obj.given_name, obj.family_name, obj.native_name, obj.title, obj.form_of_address,
                obj.email, obj.biography, obj.notes]
    elif kind == "organization":
        title = obj.name + (f" ({obj.native_name})" if obj.native_name else "")
        body = [obj.native_name, obj.kind, obj.city, obj.country, obj.description]
    elif kind == "agreement":
        title = obj.title
        body = [obj.kind, obj.scope, obj.notes]
    else:
        raise ValueError(f"not a searchable kind: {kind}")
    source = "\n".join(str(b) for b in body if b)
    return {
        "entity_id": obj.id, "kind": kind, "title": title, "title_folded": fold(title),
        "body_folded": fold(source), "snippet_source": source,
    }


def _entry(obj) -> dict | None:
    kind = KINDS.get(type(obj))
    return entry_for(kind, obj) if kind else None


# CJK grams -----------------------------------------------------------------------------------------

def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF
            or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F
            or 0xF900 <= o <= 0xFAFF or 0x31F0 <= o <= 0x31FF)


def cjk_grams(folded: str) -> str:
    """Every one- and two-character gram of each CJK run, each closed by the sentinel.

    A unigram is written `c··` and a bigram `cd·` (· the sentinel): each is a trigram of its own, and
    no trigram straddling two entries looks like either form, so a lookup cannot match by accident.
    """
    if folded.isascii():
        return ""
    out: list[str] = []
    seen: set[str] = set()
    prev = ""
    for ch in folded:
        if is_cjk(ch):
            if ch not in seen:
                seen.add(ch)
                out.append(ch + SENTINEL + SENTINEL)
            if prev:
                pair = prev + ch
                if pair not in seen:
                    seen.add(pair)
                    out.append(pair + SENTINEL)
            prev = ch
        else:
            prev = ""
    return "".join(out)


def _fts_values(title_folded: str, body_folded: str) -> tuple[str, str, str, str]:
    return title_folded, body_folded, cjk_grams(title_folded), cjk_grams(body_folded)


# The FTS table (SQLite only) -------------------------------------------------------------------------

def has_fts(conn) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    return conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)).first() is not None


def _chunks(items: list, size: int = _CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _stored(conn, entity_ids: list[str]) -> list[tuple]:
    rows = []
    for part in _chunks(entity_ids):
        marks = ",".join("?" * len(part))
        rows.extend(conn.exec_driver_sql(
            f"SELECT rowid, title_folded, body_folded FROM search_entries WHERE entity_id IN ({marks})",
            tuple(part)).all())
    return rows


_INSERT = (f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(FTS_COLUMNS)}) VALUES (?, ?, ?, ?, ?)")
# A contentless table forgets a row by being told its old values (they come from search_entries).
_FORGET = (f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {', '.join(FTS_COLUMNS)}) "
           "VALUES ('delete', ?, ?, ?, ?, ?)")


def _fts_forget(conn, entity_ids: list[str]) -> None:
    rows = _stored(conn, entity_ids)
    if rows:
        conn.exec_driver_sql(_FORGET, [(r[0], *_fts_values(r[1], r[2])) for r in rows])


def _fts_add(conn, entity_ids: list[str]) -> None:
    rows = _stored(conn, entity_ids)
    if rows:
        conn.exec_driver_sql(_INSERT, [(r[0], *_fts_values(r[1], r[2])) for r in rows])


def fts_rebuild(conn, batch: int = 5000) -> int:
    """Refill the FTS table from search_entries (after bulk loads, by doctor and by the migration)."""
    if not has_fts(conn):
        return 0
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')")
    count, last = 0, -1
    while True:
        rows = conn.exec_driver_sql(
            "SELECT rowid, title_folded, body_folded FROM search_entries WHERE rowid > ? "
            "ORDER BY rowid LIMIT ?", (last, batch)).all()
        if not rows:
            break
        conn.exec_driver_sql(_INSERT, [(r[0], *_fts_values(r[1], r[2])) for r in rows])
        count += len(rows)
        last = rows[-1][0]
    return count


def fts_optimize(conn) -> None:
    """Merge the index segments into one (after a bulk load): fewer pages to read per lookup."""
    if has_fts(conn):
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")


# Keeping it in step ----------------------------------------------------------------------------------

def install(factory) -> None:
    @event.listens_for(factory, "after_flush")
    def _after_flush(session: Session, _ctx):
        gone = [o.id for o in session.deleted if type(o) in KINDS]
        fresh = [e for o in list(session.new) + list(session.dirty) if (e := _entry(o)) is not None]
        if not gone and not fresh:
            return
        conn = session.connection()
        ids = gone + [e["entity_id"] for e in fresh]
        fts = has_fts(conn)
        if fts:
            _fts_forget(conn, ids)
        conn.execute(delete(SearchEntry.__table__).where(SearchEntry.entity_id.in_(ids)))
        if fresh:
            conn.execute(insert(SearchEntry.__table__), fresh)
            if fts:
                _fts_add(conn, [e["entity_id"] for e in fresh])


def rebuild(session: Session) -> int:
    """Recompute every row (used by doctor and after bulk loads that bypass the ORM)."""
    session.execute(delete(SearchEntry.__table__))
    rows = []
    for cls in (Mission, Meeting, Person, Organization, Agreement):
        for obj in session.scalars(select(cls)):
            rows.append(_entry(obj))
    if rows:
        session.execute(insert(SearchEntry.__table__), rows)
    fts_rebuild(session.connection())
    return len(rows)


# Querying --------------------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    return fold_char(ch)


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _snippet(source: str, words: list[str], width: int = 80) -> str:
    # Fold one line at a time: the long texts are only folded where a word is.
    offset = 0
    for line in source.split("\n"):
        folded, index = _fold_with_map(line)
        for w in words:
            pos = folded.find(w)
            if pos >= 0:
                start = offset + index[pos]
                lo = max(0, start - width // 3)
                hi = min(len(source), lo + width)
                text_ = source[lo:hi].replace("\n", " ")
                return ("…" if lo > 0 else "") + text_ + ("…" if hi < len(source) else "")
        offset += len(line) + 1
    return source[:width].replace("\n", " ")


def _phrase(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def _fts_term(word: str) -> tuple[str, str] | None:
    """(term over every column, term over the title columns) for a word, or None if FTS cannot."""
    if len(word) >= 3:
        p = _phrase(word)
        return p, f"{{title}} : {p}"
    if all(is_cjk(c) for c in word):
        p = _phrase(word + SENTINEL * (3 - len(word)))
        return p, f"{{title_grams}} : {p}"
    return None


_COLS = "se.entity_id, se.kind, se.title, se.title_folded, se.snippet_source"


def _fts_hits(session, match: str, short: list[str], in_title: bool, n: int) -> list:
    where, params = [], {"q": match, "n": n}
    for i, w in enumerate(short):
        params[f"s{i}"] = _like(w)
        cond = f"se.title_folded LIKE :s{i} ESCAPE '\\'"
        if not in_title:
            cond = f"({cond} OR se.body_folded LIKE :s{i} ESCAPE '\\')"
        where.append(cond)
    extra = "".join(" AND " + c for c in where)
    # Newest rows first: the FTS table walks its rowids backwards, and the join stays on its rowid.
    sql = (f"SELECT {_COLS} FROM {FTS_TABLE} f CROSS JOIN search_entries se ON se.rowid = f.rowid "
           f"WHERE {FTS_TABLE} MATCH :q{extra} ORDER BY f.rowid DESC LIMIT :n")
    return session.execute(text(sql), params).all()


def _title_prefix_hits(session, phrase: str, n: int) -> list:
    """Titles equal to or starting with the phrase, through the index on title_folded."""
    sql = (f"SELECT {_COLS} FROM search_entries se WHERE se.title_folded >= :lo "
           "AND se.title_folded < :hi LIMIT :n")
    return session.execute(text(sql), {"lo": phrase, "hi": phrase + "\U0010ffff", "n": n}).all()


def _like_hits(session, words: list[str], n: int) -> list:
    t = SearchEntry.__table__
    stmt = select(t.c.entity_id, t.c.kind, t.c.title, t.c.title_folded, t.c.snippet_source)
    for w in words:
        pattern = _like(w)
        stmt = stmt.where(
            t.c.title_folded.like(pattern, escape="\\") | t.c.body_folded.like(pattern, escape="\\")
        )
    return session.execute(stmt.limit(n)).all()


def query(session: Session, text: str, limit: int = 50) -> list[dict]:
    words = [w for w in fold(text.replace(SENTINEL, " ")).split() if w]
    if not words:
        return []
    phrase = " ".join(words)
    fetch = limit * 4
    conn = session.connection()
    if has_fts(conn):
        rows = list(_title_prefix_hits(session, phrase, fetch))
        terms = {w: _fts_term(w) for w in dict.fromkeys(words)}
        indexed = [t for t in terms.values() if t is not None]
        short = [w for w, t in terms.items() if t is None]
        if indexed:
            in_title = " AND ".join(t[1] for t in indexed)
            anywhere = " AND ".join(t[0] for t in indexed)
            rows += _fts_hits(session, in_title, short, True, fetch)
            if len({r.entity_id for r in rows}) < limit:
                rows += _fts_hits(session, anywhere, short, False, fetch)
        else:
            rows += _like_hits(session, words, fetch)
    else:
        rows = list(_like_hits(session, words, fetch))

    unique = {}
    for r in rows:
        unique.setdefault(r.entity_id, r)

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

    ranked = sorted(unique.values(), key=rank)[:limit]
    return [
        {"kind": r.kind, "id": r.entity_id, "title": r.title, "snippet": _snippet(r.snippet_source, words)}
        for r in ranked
    ]
