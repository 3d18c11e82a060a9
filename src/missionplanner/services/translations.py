"""The texts a briefing pack prints, held in French, Dutch and English beside the text as typed.

A meeting's title, reason, objectives, points to make, if-raised lines, background and
arrangements, a person's biography (the personality note), a mission's title, objectives, key
messages and notes, an organization's description (the pack's key figures come from it), an agreement's title, scope
and notes and a stay's hotel, embassy, emergency numbers and practical notes can each be given in the three languages of the pack. The record keeps the text as typed; a translation is a row of
`text_translations` (model/translation.py) per record, field and language. The pack asks for one
language and falls back to the text as typed where none is held (`localise`, marked so a reader
sees it); `missing` lists those places before anything is printed.

Texts go in and out as ``{lang: {field: value}}``; a value is a text, or the list the field holds
(points to make: texts; if raised: {"topic", "line"} pairs). An empty value removes the translation.
"""

from __future__ import annotations

from sqlalchemy import select

from ..errors import ValidationError
from ..model import Agreement, Leg, Meeting, Mission, Organization, Person, TextTranslation
from . import validation as v
from .lookup import get

LANGS = ("fr", "nl", "en")
# The translatable fields of each kind of record, in the order a pack prints them.
FIELDS: dict[str, tuple[str, ...]] = {
    "meeting": ("title", "reason", "objectives", "talking_points", "if_raised", "background", "arrangements"),
    "person": ("biography",),
    "mission": ("title", "objectives", "key_messages", "notes"),
    "organization": ("description",),
    "agreement": ("title", "scope", "notes"),
    "leg": ("hotel", "embassy", "emergency", "notes"),
}
_MODEL = {"meeting": Meeting, "person": Person, "mission": Mission, "organization": Organization,
          "agreement": Agreement, "leg": Leg}
_LISTS = {"talking_points", "if_raised", "key_messages"}


def _kind(kind: str) -> str:
    return v.choice(kind, tuple(FIELDS), "kind")


def clean_value(kind: str, field: str, value, where: str = ""):
    """The value as stored (texts checked as the record's own field is), or None when empty."""
    name = f"{where}{field}"
    if field in ("talking_points", "key_messages"):
        out = v.string_list(value, name)
        return [x for x in out if x.strip()] or None
    if field == "if_raised":
        return v.if_raised(value, name) or None
    out = v.column_text(value, _MODEL[kind], field, field=name)
    return out if out.strip() else None


def clean_texts(kind: str, texts, where: str = "translations") -> dict[str, dict]:
    """`{lang: {field: value}}` checked: known languages and fields, values of the field's shape;
    an empty value stays as None (it removes a held translation)."""
    _kind(kind)
    if not isinstance(texts, dict):
        raise ValidationError(code="text.not-text", field=where, value="not an object")
    out: dict[str, dict] = {}
    for lang, fields in texts.items():
        v.choice(lang, LANGS, where)
        if not isinstance(fields, dict):
            raise ValidationError(code="text.not-text", field=f"{where}.{lang}", value="not an object")
        out[lang] = {}
        for field, value in fields.items():
            v.choice(field, FIELDS[kind], f"{where}.{lang}")
            out[lang][field] = None if value is None else clean_value(kind, field, value, f"{where}.{lang}.")
    return out


def translations_in(s, kind: str, ids) -> dict[str, dict[str, dict]]:
    """record id -> {lang: {field: value}} of the records `ids` of one kind, in one query."""
    ids = list(ids)
    out: dict[str, dict[str, dict]] = {}
    if not ids:
        return out
    for row in s.scalars(select(TextTranslation).where(
            TextTranslation.entity_kind == kind, TextTranslation.entity_id.in_(ids))):
        out.setdefault(row.entity_id, {}).setdefault(row.lang, {})[row.field] = row.value
    return out


def write_texts_in(s, kind: str, entity_id: str, texts: dict[str, dict], *, overwrite: bool = True) -> dict:
    """Set checked `texts` (clean_texts) on one record inside session `s`; the values they replace,
    in the same shape (None where there was none), which set back undo the change. With
    `overwrite=False` a translation already held is kept (an import meeting a known person)."""
    rows = {(r.lang, r.field): r for r in s.scalars(select(TextTranslation).where(
        TextTranslation.entity_kind == kind, TextTranslation.entity_id == entity_id))}
    before: dict[str, dict] = {}
    for lang, fields in texts.items():
        for field, value in fields.items():
            row = rows.get((lang, field))
            if row is not None and not overwrite:
                continue
            before.setdefault(lang, {})[field] = row.value if row is not None else None
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(TextTranslation(entity_kind=kind, entity_id=entity_id, field=field, lang=lang, value=value))
            elif row.value != value:
                row.value = value
    s.flush()
    return before


def texts_of(db, kind: str, entity_id: str) -> dict:
    """What the Translations dialog shows: {"typed": {field: value as typed}, "fr"/"nl"/"en":
    {field: value held}} for one record."""
    _kind(kind)
    with db.read() as s:
        obj = get(s, _MODEL[kind], entity_id, kind)
        held = translations_in(s, kind, [entity_id]).get(entity_id, {})
        typed = {f: _copy(getattr(obj, f)) for f in FIELDS[kind]}
    return {"typed": typed, **{lang: held.get(lang, {}) for lang in LANGS}}


def set_texts(db, kind: str, entity_id: str, texts: dict) -> dict:
    """Set the translations given (others are left as they are); returns the values replaced, which
    `set_texts` takes back for an undo."""
    checked = clean_texts(kind, texts)
    with db.write() as s:
        get(s, _MODEL[kind], entity_id, kind)
        return write_texts_in(s, kind, entity_id, checked)


def _copy(value):
    return list(value) if isinstance(value, list) else value


def _empty(value) -> bool:
    return value in (None, "", []) or (isinstance(value, str) and not value.strip())


# The pack ---------------------------------------------------------------------------------------

def _records(d: dict):
    """(kind, record dict, its label) of a `mission_detail` document that a pack prints."""
    yield "mission", d, d.get("title", "")
    for mt in d.get("meetings", ()):
        yield "meeting", mt, mt.get("title", "")
    for p in d.get("people", ()):
        yield "person", p, p.get("name", "")
    for o in d.get("organizations", ()):
        yield "organization", o, o.get("name", "")
    for a in d.get("agreements", ()):
        yield "agreement", a, a.get("title", "")
    for leg in d.get("legs", ()):
        yield "leg", leg, leg.get("city", "")


def missing_in(d: dict, held: dict[str, dict], lang: str) -> list[dict]:
    """The printed texts of `d` with no translation in `lang`: {"kind", "id", "record", "field"}."""
    out = []
    for kind, rec, label in _records(d):
        have = held.get(rec["id"], {}).get(lang, {})
        for field in FIELDS[kind]:
            if field in rec and not _empty(rec[field]) and _empty(have.get(field)):
                out.append({"kind": kind, "id": rec["id"], "record": label, "field": field})
    return out


def localise(d: dict, held: dict[str, dict], lang: str, mark: str) -> list[dict]:
    """Put the `lang` texts of `held` (record id -> {lang: {field: value}}) into the document `d`
    in place; where none is held the text as typed stays. In a record that has translations, such a
    text is preceded by `mark` (each point to make and each if-raised topic too), so a reader sees
    the gap. A record never translated prints as typed, unmarked: nothing says which language it
    was typed in, and a pack of English notes read in English must not call them untranslated; the
    list returned (`missing_in`, all of them) is what the app shows before printing."""
    missing = missing_in(d, held, lang)
    fell_back = {(m["id"], m["field"]) for m in missing if held.get(m["id"])}
    for kind, rec, _label in _records(d):
        have = held.get(rec["id"], {}).get(lang, {})
        for field in FIELDS[kind]:
            if field not in rec:
                continue
            if (rec["id"], field) in fell_back:
                if kind == "mission" and field == "title":
                    continue  # the cover and every running header: the list before printing says it
                rec[field] = _marked(rec[field], field, mark)
            elif not _empty(have.get(field)):
                rec[field] = _copy(have[field])
    return missing


def _marked(value, field: str, mark: str):
    if not mark:
        return value
    if field in ("talking_points", "key_messages"):
        return [f"{mark} {x}" for x in value]
    if field == "if_raised":
        return [dict(item, topic=f"{mark} {item.get('topic', '')}") for item in value]
    return f"{mark} {value}"


def held_for(s, d: dict) -> dict[str, dict]:
    """The translations of every record a `mission_detail` document prints, a query per kind."""
    held: dict[str, dict] = {}
    for kind in FIELDS:
        ids = [rec["id"] for k, rec, _l in _records(d) if k == kind]
        held.update(translations_in(s, kind, ids))
    return held


def missing(db, mission_ref: str, lang: str) -> list[dict]:
    """What a pack of the mission in `lang` prints in the text as typed, for lack of a translation:
    [{"kind", "id", "record", "field"}], the mission first, then each meeting, then each person."""
    v.choice(lang, LANGS, "lang")
    from .briefing_data import briefing_data

    d = briefing_data(db, mission_ref)
    with db.read() as s:
        return missing_in(d, held_for(s, d), lang)


class TranslationsManager:
    """`planner.translations`: the texts a pack prints, in French, Dutch and English."""

    LANGS = LANGS
    FIELDS = FIELDS

    def __init__(self, planner):
        self._planner = planner

    def get(self, kind: str, entity_id: str) -> dict:
        """{"typed": {field: text as typed}, "fr": {...}, "nl": {...}, "en": {...}} of one record."""
        return texts_of(self._planner.db, kind, entity_id)

    def set(self, kind: str, entity_id: str, texts: dict) -> dict:
        """Set `{lang: {field: value}}` (an empty value removes one); returns the values replaced,
        which `set` takes back to undo."""
        return set_texts(self._planner.db, kind, entity_id, texts)

    def missing(self, mission_ref: str, lang: str) -> list[dict]:
        """What the mission's pack in `lang` would print as typed, for lack of a translation."""
        return missing(self._planner.db, mission_ref, lang)
