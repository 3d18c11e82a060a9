"""The search index: one folded row per searchable record, kept in step by the session.

The only module that knows how search is stored. Portable part: the `search_entries` table (folded
title and body, one row per record; an index on the folded title finds exact and prefix matches).
SQLite part: two contentless FTS5 tables with the trigram tokenizer over the same folded text, whose
rowids are the `search_entries` rowids: `search_fts` (title and body) and `search_fts_title` (title
only), so a word of three or more characters is found through an index instead of a LIKE scan over
every row. Trigrams cannot find one- or two-character words, so every run of Japanese, Chinese or
Korean characters is also written as its one- and two-character grams, each closed by a sentinel
character, which makes "서울" or "愛知" a trigram the index knows. A short Latin word ("de") is checked
with LIKE on the rows the other words found, or by a LIMITed LIKE scan when it is the whole query.
On another dialect (or a file without the tables) search falls back to the LIKE scan; a PostgreSQL
deployment can add its own index here (pg_trgm) without touching the services.

The folded text of a record ends with the romanisations of its Japanese and Korean names
(`entry_for`, textfold.readings), and a query word is looked up under each of its spellings
(`spellings`): the same Python folding writes the rows on SQLite and on PostgreSQL. Which folding
wrote the rows is kept beside them (`stored_version`); rows written by older rules are rebuilt.

Results are ranked as before: exact title, title prefix, every word in the title, elsewhere; then
by kind and title length. Each tier reads at most 4 x limit rows, newest first.
"""

from __future__ import annotations

import re

from sqlalchemy import delete, event, insert, select, text
from sqlalchemy.orm import Session

from ..model import Agreement, FollowUp, Meeting, Mission, Organization, Person, SearchEntry
from ..model.names import display_name
from .textfold import FOLD_VERSION, fold, fold_with_map, long_vowels_short, name_variants, readings

KIND_ORDER = {"mission": 0, "meeting": 1, "person": 2, "organization": 3, "agreement": 4, "followup": 5}
KINDS = {Mission: "mission", Meeting: "meeting", Person: "person", Organization: "organization",
         Agreement: "agreement", FollowUp: "followup"}

FTS_TABLE = "search_fts"
FTS_TITLE_TABLE = "search_fts_title"
# search_fts holds every word of a record (title, body, and the CJK grams of both); search_fts_title
# only the title's, so "is every word in the title?" reads short lists even for a word that is in half
# the bodies. detail=none keeps only which rows hold a trigram, not where: a word is looked up as all
# of its trigrams, and the few rows that hold them apart are dropped by a LIKE on the row itself.
FTS_COLUMNS = ("title", "body", "title_grams", "body_grams")
FTS_TITLE_COLUMNS = ("title", "title_grams")
FTS_CREATE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    + ", ".join(FTS_COLUMNS) + ", content='', detail=none, tokenize='trigram')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TITLE_TABLE} USING fts5("
    + ", ".join(FTS_TITLE_COLUMNS) + ", content='', detail=none, tokenize='trigram')",
]
FTS_DROP = [f"DROP TABLE IF EXISTS {FTS_TABLE}", f"DROP TABLE IF EXISTS {FTS_TITLE_TABLE}"]
SENTINEL = "\x01"  # never produced by fold() on user text; stripped from queries all the same
_CHUNK = 500


# Entries -------------------------------------------------------------------------------------------

# The name this module used for `textfold.fold` when it kept a faster copy of it; tests/test_generate.py
# still calls it.
fold_fast = fold


def _texts(value) -> list[str]:
    """The strings of a field: itself, or those of a list (talking points) or of its dicts (if raised)."""
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _texts(v)]
    return [str(value)]


def entry_for(kind: str, obj) -> dict:
    """The search row of a record, read by attribute from an ORM object or any object like it.

    The data generator feeds plain namespaces through this too, so bulk-loaded rows have exactly the
    shape the session writes; a field such a namespace lacks counts as empty.

    The folded text ends with a line of romanisations (textfold.readings) of the title and of the
    names in native script, and for a person the other spellings of a Korean family name: what lets
    "Omura", "Oomura" and "Ohmura" find 大村秀章, and "Yi" find 이재명. It is not shown in snippets.
    """
    def get(name):
        return getattr(obj, name, None)

    names: list[str] = []  # native-script names and spoken forms to romanise
    variants: list[str] = []
    if kind == "mission":
        title = obj.title
        body = [obj.slug, obj.objectives, obj.notes, obj.kind]
    elif kind == "meeting":
        title = obj.title
        body = [obj.city, obj.venue, obj.address, obj.reason, get("requested_by"), obj.objectives,
                obj.background, get("arrangements"), obj.outcome, *_texts(obj.talking_points),
                *_texts(get("if_raised")), *_texts(obj.decisions)]
    elif kind == "person":
        # A position (no name) is found and listed by its post.
        title = display_name(obj.given_name, obj.family_name, obj.name_order, getattr(obj, "kind", "person"),
                             obj.title) + (f" ({obj.native_name})" if obj.native_name else "")
        body = [obj.given_name, obj.family_name, obj.native_name, get("pronunciation"), obj.title,
                obj.form_of_address, obj.email, obj.biography, obj.notes]
        names = [obj.native_name or "", get("pronunciation") or ""]
        variants = name_variants(obj.family_name or "", obj.native_name or "")
    elif kind == "organization":
        title = obj.name + (f" ({obj.native_name})" if obj.native_name else "")
        body = [obj.native_name, obj.kind, obj.city, obj.country, obj.description]
        names = [obj.native_name or ""]
    elif kind == "agreement":
        title = obj.title
        body = [obj.kind, obj.scope, obj.notes]
    elif kind == "followup":
        title = obj.action
        body = [obj.notes]
    else:
        raise ValueError(f"not a searchable kind: {kind}")
    source = "\n".join(str(b) for b in body if b)
    spoken = [r for t in (title, *names) for r in readings(t)] + variants
    folded = fold(source)
    if spoken:
        folded += "\n" + " ".join(dict.fromkeys(spoken))
    return {
        "entity_id": obj.id, "kind": kind, "title": title, "title_folded": fold(title),
        "body_folded": folded, "snippet_source": source,
    }


def _entry(obj) -> dict | None:
    kind = KINDS.get(type(obj))
    return entry_for(kind, obj) if kind else None


# CJK grams -----------------------------------------------------------------------------------------

_CJK_CLASS = ("\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf"
              "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff")
_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")
_CJK_ONE = re.compile(f"[{_CJK_CLASS}]")


def is_cjk(ch: str) -> bool:
    """Kana, CJK ideographs and Hangul: scripts written without spaces between words."""
    return _CJK_ONE.fullmatch(ch) is not None


def cjk_grams(folded: str) -> str:
    """Every one- and two-character gram of each CJK run, each closed by the sentinel.

    A unigram is written `c··` and a bigram `cd·` (· the sentinel): each is a trigram of its own, and
    no trigram straddling two entries looks like either form, so a lookup cannot match by accident.
    """
    if folded.isascii():
        return ""
    grams: dict[str, None] = {}
    for run in _CJK_RUN.findall(folded):
        for i, ch in enumerate(run):
            grams[ch + SENTINEL + SENTINEL] = None
            if i:
                grams[run[i - 1] + ch + SENTINEL] = None
    return "".join(grams)


def _fts_values(title_folded: str, body_folded: str) -> tuple[str, str, str, str]:
    return title_folded, body_folded, cjk_grams(title_folded), cjk_grams(body_folded)


# The FTS table (SQLite only) -------------------------------------------------------------------------

def has_fts(conn) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)",
        (FTS_TABLE, FTS_TITLE_TABLE)).scalar()
    return found == 2


def _chunks(items: list, size: int = _CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _stored(conn, entity_ids: list[str]) -> list[tuple]:
    """(rowid, title_folded, body_folded) of the entries, in rowid order.

    FTS5 keeps its pending rows in memory only while rowids grow: one lower than the last flushes
    them as a segment of their own. Rows read by entity_id come back in the primary key's (random
    UUID) order, so unsorted they made a segment or two per row, and writing the FTS rows of ten
    thousand contacts took five times as long as writing them in order.
    """
    rows = []
    for part in _chunks(entity_ids):
        marks = ",".join("?" * len(part))
        rows.extend(conn.exec_driver_sql(
            f"SELECT rowid, title_folded, body_folded FROM search_entries WHERE entity_id IN ({marks})",
            tuple(part)).all())
    rows.sort(key=lambda r: r[0])
    return rows


_INSERT = f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(FTS_COLUMNS)}) VALUES (?, ?, ?, ?, ?)"
_INSERT_TITLE = f"INSERT INTO {FTS_TITLE_TABLE} (rowid, {', '.join(FTS_TITLE_COLUMNS)}) VALUES (?, ?, ?)"
# A contentless table forgets a row by being told its old values (they come from search_entries).
_FORGET = (f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {', '.join(FTS_COLUMNS)}) "
           "VALUES ('delete', ?, ?, ?, ?, ?)")
_FORGET_TITLE = (f"INSERT INTO {FTS_TITLE_TABLE} ({FTS_TITLE_TABLE}, rowid, "
                 f"{', '.join(FTS_TITLE_COLUMNS)}) VALUES ('delete', ?, ?, ?)")


def _write(conn, rows, main_sql: str, title_sql: str) -> None:
    values = [(r[0], *_fts_values(r[1], r[2])) for r in rows]
    if values:
        conn.exec_driver_sql(main_sql, values)
        conn.exec_driver_sql(title_sql, [(v[0], v[1], v[3]) for v in values])


def _fts_forget(conn, entity_ids: list[str]) -> None:
    _write(conn, _stored(conn, entity_ids), _FORGET, _FORGET_TITLE)


def fts_add(conn, entity_ids: list[str]) -> None:
    _write(conn, _stored(conn, entity_ids), _INSERT, _INSERT_TITLE)


def fts_add_since(conn, last_rowid: int) -> None:
    """Index every search_entries row after `last_rowid` (rows just written in bulk): one range read
    in rowid order, one executemany per FTS table."""
    rows = conn.exec_driver_sql("SELECT rowid, title_folded, body_folded FROM search_entries "
                                "WHERE rowid > ? ORDER BY rowid", (int(last_rowid),)).all()
    _write(conn, rows, _INSERT, _INSERT_TITLE)


def fts_rebuild(conn, batch: int = 5000) -> int:
    """Refill the FTS tables from search_entries (after bulk loads, by doctor and by the migration)."""
    if not has_fts(conn):
        return 0
    for table in (FTS_TABLE, FTS_TITLE_TABLE):
        conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
    count, last = 0, -1
    while True:
        rows = conn.exec_driver_sql(
            "SELECT rowid, title_folded, body_folded FROM search_entries WHERE rowid > ? "
            "ORDER BY rowid LIMIT ?", (last, batch)).all()
        if not rows:
            break
        _write(conn, rows, _INSERT, _INSERT_TITLE)
        count += len(rows)
        last = rows[-1][0]
    return count


def fts_optimize(conn) -> None:
    """Merge the index segments into one (after a bulk load): fewer pages to read per lookup."""
    if has_fts(conn):
        for table in (FTS_TABLE, FTS_TITLE_TABLE):
            conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


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
                fts_add(conn, [e["entity_id"] for e in fresh])


def rebuild(session: Session, batch: int = 2000) -> int:
    """Recompute every row (used by doctor, after bulk loads that bypass the ORM, and when the folding
    changed: see `stamp`).

    Reads plain rows, not ORM objects (entry_for reads attributes either way), a batch at a time, so
    a database of 100,000 meetings is re-indexed in seconds and in little memory.
    """
    session.execute(delete(SearchEntry.__table__))
    count = 0
    for cls, kind in KINDS.items():
        result = session.execute(select(cls.__table__).execution_options(yield_per=batch))
        for part in result.partitions():
            session.execute(insert(SearchEntry.__table__), [entry_for(kind, row) for row in part])
            count += len(part)
    fts_rebuild(session.connection())
    stamp(session.connection())
    return count


# Which folding the rows were written with ----------------------------------------------------------
#
# The rows hold text folded by textfold; when its rules change (textfold.FOLD_VERSION), rows written
# before no longer meet the queries folded now, and the index is rebuilt once (services.search). The
# version is kept outside the tables, so no migration is needed and no row is added: in SQLite's
# user_version (a number in the file's header this application uses for nothing else), on
# PostgreSQL in the comment on the search_entries table.

_PG_COMMENT = "missionplanner search index, folding version "


def stored_version(conn) -> int | None:
    """The folding version the rows were written with (0: before versions were kept), or None where
    it cannot be kept (another dialect)."""
    if conn.dialect.name == "sqlite":
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
    if conn.dialect.name == "postgresql":
        comment = conn.exec_driver_sql(
            "SELECT obj_description('search_entries'::regclass, 'pg_class')").scalar() or ""
        tail = comment[len(_PG_COMMENT):] if comment.startswith(_PG_COMMENT) else ""
        return int(tail) if tail.isdigit() else 0
    return None


def stamp(conn) -> bool:
    """Record that the rows are folded as textfold folds now; False where it cannot be recorded (a
    server login that does not own the table: the owner's next search, or the doctor, rebuilds)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA user_version = {int(FOLD_VERSION)}")
        return True
    if conn.dialect.name == "postgresql":
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(f"COMMENT ON TABLE search_entries IS '{_PG_COMMENT}{int(FOLD_VERSION)}'")
        except Exception:  # noqa: BLE001 - not the owner: the savepoint is undone, the rows stay
            return False
        return True
    return False


def is_current(conn) -> bool:
    version = stored_version(conn)
    return version is None or version == FOLD_VERSION


def rebuild_if_stale(session: Session) -> int | None:
    """Rebuild the rows when they were folded by other rules than today's; the count, or None when
    they were current (or the version cannot be recorded here)."""
    conn = session.connection()
    if is_current(conn) or not stamp(conn):
        return None
    if conn.execute(select(SearchEntry.entity_id).limit(1)).first() is None:
        # No row folded by any rules (a new database): stamped, nothing to redo. An index emptied
        # by damage is the doctor's to rebuild, as before.
        return None
    return rebuild(session)


# Querying --------------------------------------------------------------------------------------------

def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _snippet(source: str, words: list[str], width: int = 80) -> str:
    # Fold one line at a time: the long texts are only folded where a word is.
    offset = 0
    for line in source.split("\n"):
        folded, index = fold_with_map(line)
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


def _fts_term(word: str) -> tuple[str, bool] | None:
    """(MATCH term for the word, whether a LIKE must confirm it) or None.

    None: a one- or two-character word that is not CJK, which only a LIKE can find. A longer word is
    looked up by trigrams that cover it (not every overlapping one: fewer lists to walk), then
    confirmed on the row.
    """
    if len(word) >= 3:
        starts = list(range(0, len(word) - 2, 3))
        if starts[-1] != len(word) - 3:
            starts.append(len(word) - 3)
        grams = " AND ".join(_phrase(g) for g in dict.fromkeys(word[i:i + 3] for i in starts))
        return f"({grams})", len(word) > 3
    if all(is_cjk(c) for c in word):
        return _phrase(word + SENTINEL * (3 - len(word))), False
    return None


_CONTROL = re.compile("[\x00-\x1f\x7f]")
_WORD = re.compile(r"\w+")
_COLS = "se.entity_id, se.kind, se.title, se.title_folded, se.snippet_source"


def _fts_hits(session, match: str, check: list[tuple[str, ...]], in_title: bool, n: int) -> list:
    """Rows the MATCH finds, kept to those holding one spelling of every word of `check`."""
    where, params = [], {"q": match, "n": n}
    for i, spellings in enumerate(check):
        either = []
        for j, w in enumerate(spellings):
            params[f"s{i}_{j}"] = _like(w)
            either.append(f"se.title_folded LIKE :s{i}_{j} ESCAPE '\\'")
            if not in_title:
                either.append(f"se.body_folded LIKE :s{i}_{j} ESCAPE '\\'")
        where.append("(" + " OR ".join(either) + ")")
    extra = "".join(" AND " + c for c in where)
    table = FTS_TITLE_TABLE if in_title else FTS_TABLE
    # Newest rows first: the FTS table walks its rowids backwards, and the join stays on its rowid.
    sql = (f"SELECT {_COLS} FROM {table} f CROSS JOIN search_entries se ON se.rowid = f.rowid "
           f"WHERE {table} MATCH :q{extra} ORDER BY f.rowid DESC LIMIT :n")
    return session.execute(text(sql), params).all()


def _title_prefix_hits(session, phrase: str, n: int) -> list:
    """Titles equal to or starting with the phrase, through the index on title_folded."""
    sql = (f"SELECT {_COLS} FROM search_entries se WHERE se.title_folded >= :lo "
           "AND se.title_folded < :hi LIMIT :n")
    return session.execute(text(sql), {"lo": phrase, "hi": phrase + "\U0010ffff", "n": n}).all()


def _like_hits(session, words: list[str | tuple[str, ...]], n: int) -> list:
    """Rows holding every word (a word: a folded string, or a tuple of its spellings, any of them)."""
    t = SearchEntry.__table__
    stmt = select(t.c.entity_id, t.c.kind, t.c.title, t.c.title_folded, t.c.snippet_source)
    for word in words:
        either = None
        for w in (word,) if isinstance(word, str) else word:
            pattern = _like(w)
            one = t.c.title_folded.like(pattern, escape="\\") | t.c.body_folded.like(pattern, escape="\\")
            either = one if either is None else either | one
        stmt = stmt.where(either)
    return session.execute(stmt.limit(n)).all()


def spellings(word: str) -> tuple[str, ...]:
    """The folded word and, for a romanised Japanese word, the same with long vowels short
    ("ohmura" is also looked up as "omura", which is how the passport romanisation writes it)."""
    return tuple(dict.fromkeys((word, long_vowels_short(word))))


def query(session: Session, text: str, limit: int = 50) -> list[dict]:
    # Control characters (NUL ends an FTS5 query string; the sentinel is ours) separate words.
    words = [w for w in fold(_CONTROL.sub(" ", text)).split() if w]
    if not words:
        return []
    phrase = " ".join(words)
    fetch = limit * 4
    alternatives = {w: spellings(w) for w in dict.fromkeys(words)}
    conn = session.connection()
    if has_fts(conn):
        rows = list(_title_prefix_hits(session, phrase, fetch))
        matches, check = [], []
        for spelled in alternatives.values():
            terms = [_fts_term(w) for w in spelled]
            if any(t is None for t in terms):
                check.append(spelled)  # a short word: found by LIKE on the rows the others found
                continue
            matches.append("(" + " OR ".join(t[0] for t in terms) + ")" if len(terms) > 1 else terms[0][0])
            if any(t[1] for t in terms) or len(terms) > 1:
                check.append(spelled)
        if matches:
            match = " AND ".join(matches)
            rows += _fts_hits(session, match, check, True, fetch)
            if len({r.entity_id for r in rows}) < limit:
                rows += _fts_hits(session, match, check, False, fetch)
        else:
            rows += _like_hits(session, list(alternatives.values()), fetch)
    else:
        rows = list(_like_hits(session, list(alternatives.values()), fetch))

    unique = {}
    for r in rows:
        unique.setdefault(r.entity_id, r)

    def rank(row):
        title = row.title_folded
        if title == phrase:
            score = 0
        elif title.startswith(phrase):
            score = 1
        elif all(any(w in title for w in spelled) for spelled in alternatives.values()):
            score = 2
        else:
            score = 3
        return (score, KIND_ORDER.get(row.kind, 9), len(title))

    ranked = sorted(unique.values(), key=rank)[:limit]
    terms = [w for spelled in alternatives.values() for w in spelled]
    return [as_hit(r, terms) for r in ranked]


def as_hit(row, terms: list[str]) -> dict:
    """A result: kind, id, title, snippet, and where the terms are in the title and the snippet
    (`title_spans`, `snippet_spans`: (start, end) pairs in the text as shown) for highlighting."""
    snippet = _snippet(row.snippet_source, terms)
    return {"kind": row.kind, "id": row.entity_id, "title": row.title, "snippet": snippet,
            "title_spans": spans(row.title, terms), "snippet_spans": spans(snippet, terms)}


def spans(shown: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the folded terms occur in `shown`, as (start, end) in its own characters, merged."""
    if not shown or not terms:
        return []
    folded, index = fold_with_map(shown)
    found = []
    for term in terms:
        start = folded.find(term)
        while term and start >= 0:
            end = start + len(term) - 1
            found.append((index[start], index[end] + 1))
            start = folded.find(term, start + len(term))
    if not found:
        # Found under another spelling ("omura" in "OHMURA"): the words that are the same with their
        # long vowels short are marked whole.
        short = {long_vowels_short(t) for t in terms if t}
        for m in _WORD.finditer(folded):
            word = long_vowels_short(m.group())
            if any(t in word for t in short):
                found.append((index[m.start()], index[m.end() - 1] + 1))
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(found):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def entries(session: Session, entity_ids: list[str], terms: list[str]) -> list[dict]:
    """The results for these records, in the order given (records without a row left out)."""
    t = SearchEntry.__table__
    rows = {}
    for part in _chunks(list(dict.fromkeys(entity_ids))):
        stmt = select(t.c.entity_id, t.c.kind, t.c.title, t.c.title_folded, t.c.snippet_source
                      ).where(t.c.entity_id.in_(part))
        rows.update((r.entity_id, r) for r in session.execute(stmt))
    return [as_hit(rows[i], terms) for i in entity_ids if i in rows]
