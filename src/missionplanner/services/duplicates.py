"""Duplicate people: find likely pairs, merge one into the other, and undo a merge.

A pair is likely the same person when both have the same e-mail, or the same names and organization
once accents, case, word order and romanisation variants are folded ("Ohmura", "Omura", "Oomura" and
"Ōmura" all fold to "omura"). A merge moves every link of the dropped person (meetings, affiliations,
follow-ups, agreement signatures, delegations, mission leads, attachments, tags) to the kept one and
fills the kept person's empty fields; the record needed to undo it is kept as an audit entry.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import selectinload

from ..errors import NotFoundError, ValidationError
from ..model import (
    Affiliation,
    Agreement,
    Attachment,
    AuditEntry,
    FollowUp,
    Meeting,
    Mission,
    MissionMember,
    Participation,
    Person,
    Tag,
    agreement_signatories,
    tag_links,
)
from ..store.textfold import fold
from .lookup import get

MERGE_ACTION = "merge"
UNDO_ACTION = "unmerge"
FILLABLE = ("given_name", "native_name", "title", "honorific", "form_of_address", "pronunciation",
            "biography", "email", "mobile", "phone", "notes")
# Common Korean family names have several romanisations; the first spelling stands for all.
_KOREAN = {"yi": "lee", "rhee": "lee", "ri": "lee", "pak": "park", "bak": "park", "gim": "kim",
           "choe": "choi", "chey": "choi", "jung": "jeong", "chung": "jeong", "cheong": "jeong",
           "kang": "kang", "gang": "kang", "yun": "yoon", "jang": "jang", "chang": "jang", "jo": "cho",
           "joe": "cho", "im": "lim", "rim": "lim", "shin": "shin", "sin": "shin", "han": "han",
           "oh": "oh", "o": "oh", "seo": "seo", "suh": "seo"}
_PERSON_TAG_KINDS = ("person", "people")


def fold_name(text: str) -> str:
    """One spelling for the romanisations of a name: accents, case and long vowels folded."""
    s = fold(text or "")
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"oh(?=[^aeiouy\s]|\s|$)", "o", s)   # Ohmura, Ohno -> omura, ono (not Johan)
    s = re.sub(r"ou|oo", "o", s)                    # Satou, Oomura -> sato, omura
    s = re.sub(r"uu", "u", s)                       # Yuuko -> yuko
    s = re.sub(r"aa", "a", s)
    s = re.sub(r"ii", "i", s)
    s = re.sub(r"ee(?=[^aeiouy]|$)", "e", s)
    s = re.sub(r"m(?=[bpm])", "n", s)               # Gumma/Gunma, Shimbashi/Shinbashi
    return " ".join(s.split())


def name_key(p: Person) -> str:
    tokens = [fold_name(t) for t in f"{p.given_name} {p.family_name}".split()]
    tokens = [_KOREAN.get(t, t) for t in tokens if t]
    return " ".join(sorted(tokens))


def _orgs(p: Person) -> set[str]:
    return {fold_name(a.organization.name) for a in p.affiliations}


def _brief(p: Person) -> dict:
    aff = p.current_affiliation
    return {"id": p.id, "name": p.display_name, "native_name": p.native_name, "email": p.email,
            "organization": aff.organization.name if aff else "", "created_at": p.created_at.isoformat()}


def find_duplicates(db) -> list[dict]:
    """Likely duplicate pairs, each {"a": person, "b": person, "reasons": [...]}; "a" is the older."""
    with db.read() as s:
        people = s.scalars(select(Person).options(
            selectinload(Person.affiliations).selectinload(Affiliation.organization))).all()
        people = sorted(people, key=lambda p: (p.created_at, p.id))
        pairs: dict[tuple[str, str], list[str]] = {}
        order = {p.id: i for i, p in enumerate(people)}

        def add(a: Person, b: Person, reason: str) -> None:
            if order[a.id] > order[b.id]:
                a, b = b, a
            reasons = pairs.setdefault((a.id, b.id), [])
            if reason not in reasons:
                reasons.append(reason)

        by_email: dict[str, list[Person]] = {}
        by_name: dict[str, list[Person]] = {}
        by_native: dict[str, list[Person]] = {}
        for p in people:
            if p.kind == "position":
                continue  # a post without a name: two of them are two posts, not one person
            if p.email:
                by_email.setdefault(p.email.strip().lower(), []).append(p)
            key = name_key(p)
            if key:
                by_name.setdefault(key, []).append(p)
            if p.native_name.strip():
                by_native.setdefault("".join(p.native_name.split()), []).append(p)
        for email, group in by_email.items():
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    add(a, b, f"same e-mail ({email})")
        for group in by_name.values():
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    oa, ob = _orgs(a), _orgs(b)
                    if oa & ob:
                        add(a, b, "same name and organization")
                    elif not oa and not ob:
                        add(a, b, "same name (no organization on either)")
        for native, group in by_native.items():
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if not (_orgs(a) and _orgs(b)) or _orgs(a) & _orgs(b):
                        add(a, b, f"same name in native script ({native})")
        byid = {p.id: p for p in people}
        return [{"a": _brief(byid[a]), "b": _brief(byid[b]), "reasons": reasons}
                for (a, b), reasons in sorted(pairs.items(), key=lambda kv: (order[kv[0][0]], order[kv[0][1]]))]


# Merge ------------------------------------------------------------------------------------------

def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row_dict(obj) -> dict:
    return {c.key: _plain(getattr(obj, c.key)) for c in obj.__table__.columns}


def _revive(cls, row: dict):
    values = {}
    for c in cls.__table__.columns:
        v = row.get(c.key)
        if isinstance(v, str) and c.key in ("created_at", "updated_at"):
            v = datetime.fromisoformat(v)
        elif isinstance(v, str) and c.key in ("start_date", "end_date"):
            v = date.fromisoformat(v)
        values[c.key] = v
    return cls(**values)


def resolve_person(session, ref: str) -> Person:
    """A person by id or unique id prefix (what the command line accepts)."""
    ref = (ref or "").strip()
    found = session.get(Person, ref) if ref else None
    if found is not None:
        return found
    matches = session.scalars(select(Person).where(Person.id.like(ref.replace("%", "") + "%"))).all() \
        if len(ref) >= 4 else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFoundError(code="person.ambiguous", ref=ref, count=len(matches))
    raise NotFoundError(code="person.unknown", ref=ref)


def merge_people(db, keep_id: str, drop_id: str) -> dict:
    """Merge `drop` into `keep` in one transaction; returns the undo record (its "id" undoes it)."""
    with db.write() as s:
        keep = resolve_person(s, keep_id)
        drop = resolve_person(s, drop_id)
        if keep.id == drop.id:
            raise ValidationError(code="merge.self", field="people")
        k, d = keep.id, drop.id
        record: dict = {"kind": "merge-people", "keep_id": k, "drop_id": d, "drop": _row_dict(drop),
                        "keep_name": keep.display_name, "drop_name": drop.display_name,
                        "filled": {}, "moved": {}, "removed": {}}
        moved, removed = record["moved"], record["removed"]

        # Meetings: a participation the kept person already has on the same side would be doubled.
        kept_sides = {(p.meeting_id, p.side) for p in s.scalars(select(Participation).where(
            Participation.person_id == k))}
        moved["participations"], removed["participations"] = [], []
        for p in s.scalars(select(Participation).where(Participation.person_id == d)).all():
            if (p.meeting_id, p.side) in kept_sides:
                removed["participations"].append(_row_dict(p))
                s.delete(p)
            else:
                moved["participations"].append(p.id)
                p.person_id = k
        kept_missions = set(s.scalars(select(MissionMember.mission_id).where(MissionMember.person_id == k)))
        moved["members"], removed["members"] = [], []
        for m in s.scalars(select(MissionMember).where(MissionMember.person_id == d)).all():
            if m.mission_id in kept_missions:
                removed["members"].append(_row_dict(m))
                s.delete(m)
            else:
                moved["members"].append(m.id)
                m.person_id = k
        moved["affiliations"] = []
        for a in s.scalars(select(Affiliation).where(Affiliation.person_id == d)).all():
            moved["affiliations"].append(a.id)
            a.person_id = k
        moved["followups"] = []
        for f in s.scalars(select(FollowUp).where(FollowUp.owner_id == d)).all():
            moved["followups"].append(f.id)
            f.owner_id = k
        moved["leads"] = []
        for m in s.scalars(select(Mission).where(Mission.lead_id == d)).all():
            moved["leads"].append(m.id)
            m.lead_id = k
        moved["duty_officers"] = []
        for m in s.scalars(select(Mission).where(Mission.duty_officer_id == d)).all():
            moved["duty_officers"].append(m.id)
            m.duty_officer_id = k
        moved["attachments"] = []
        for a in s.scalars(select(Attachment).where(Attachment.entity_id == d)).all():
            moved["attachments"].append(a.id)
            a.entity_id = k
        sig = agreement_signatories.c
        kept_sigs = set(s.scalars(select(sig.agreement_id).where(sig.person_id == k)))
        moved["signatories"], removed["signatories"] = [], []
        for agreement_id in s.scalars(select(sig.agreement_id).where(sig.person_id == d)).all():
            where = (sig.agreement_id == agreement_id) & (sig.person_id == d)
            if agreement_id in kept_sigs:
                removed["signatories"].append(agreement_id)
                s.execute(delete(agreement_signatories).where(where))
            else:
                moved["signatories"].append(agreement_id)
                s.execute(update(agreement_signatories).where(where).values(person_id=k))
        tl = tag_links.c
        kept_tags = set(s.scalars(select(tl.tag_id).where(tl.entity_id == k)))
        moved["tags"], removed["tags"] = [], []
        for tag_id, kind in s.execute(select(tl.tag_id, tl.entity_kind).where(
                (tl.entity_id == d) & tl.entity_kind.in_(_PERSON_TAG_KINDS))).all():
            where = (tl.tag_id == tag_id) & (tl.entity_id == d) & (tl.entity_kind == kind)
            if tag_id in kept_tags:
                removed["tags"].append([tag_id, kind])
                s.execute(delete(tag_links).where(where))
            else:
                moved["tags"].append([tag_id, kind])
                s.execute(update(tag_links).where(where).values(entity_id=k))

        for key in FILLABLE:
            if not getattr(keep, key) and getattr(drop, key):
                record["filled"][key] = [getattr(keep, key), getattr(drop, key)]
                setattr(keep, key, getattr(drop, key))
        if "native_name" in record["filled"] and keep.name_order != drop.name_order:
            # A name in kanji or hangul came with its order (family name first).
            record["filled"]["name_order"] = [keep.name_order, drop.name_order]
            keep.name_order = drop.name_order
        s.flush()
        s.expire(drop)
        s.delete(drop)
        s.flush()
        entry = AuditEntry(user=db.user, action=MERGE_ACTION, entity_kind="people", entity_id=k,
                           changes=record,
                           summary=f"merged {record['drop_name']} into {record['keep_name']}")
        s.add(entry)
        s.flush()
        record["id"] = entry.id
        return record


def undo_merge(db, merge_record) -> dict:
    """Restore the dropped person and every link the merge moved or removed; one transaction.

    `merge_record` is the dict `merge_people` returned, or the id of its audit entry.
    """
    with db.write() as s:
        if isinstance(merge_record, dict):
            entry_id = merge_record.get("id")
        else:
            entry_id = str(merge_record).strip()
        entry = s.get(AuditEntry, entry_id) if entry_id else None
        if entry is None and entry_id and len(entry_id) >= 4:
            found = s.scalars(select(AuditEntry).where(AuditEntry.action == MERGE_ACTION,
                                                       AuditEntry.id.like(entry_id + "%"))).all()
            entry = found[0] if len(found) == 1 else None
        if entry is None or entry.action != MERGE_ACTION:
            raise NotFoundError(code="merge.missing", id=entry_id)
        rec = entry.changes
        if s.scalars(select(AuditEntry.id).where(AuditEntry.action == UNDO_ACTION,
                                                 AuditEntry.entity_id == entry.id)).first():
            raise ValidationError(code="merge.undone", id=entry.id)
        if s.get(Person, rec["drop_id"]) is not None:
            raise ValidationError(code="merge.back-again", name=rec["drop_name"])
        keep = get(s, Person, rec["keep_id"], "person (kept in the merge)")
        k, d = keep.id, rec["drop_id"]
        s.add(_revive(Person, rec["drop"]))
        s.flush()
        for key, (old, new) in rec["filled"].items():
            if getattr(keep, key) == new:  # unless edited since the merge
                setattr(keep, key, old)
        moved, removed = rec["moved"], rec["removed"]
        for cls, attr, ids in ((Participation, "person_id", moved["participations"]),
                               (MissionMember, "person_id", moved["members"]),
                               (Affiliation, "person_id", moved["affiliations"]),
                               (FollowUp, "owner_id", moved["followups"]),
                               (Mission, "lead_id", moved["leads"]),
                               # (a merge recorded before duty officers existed moved none)
                               (Mission, "duty_officer_id", moved.get("duty_officers", [])),
                               (Attachment, "entity_id", moved["attachments"])):
            for obj in s.scalars(select(cls).where(cls.id.in_(ids))).all():
                if getattr(obj, attr) == k:
                    setattr(obj, attr, d)
        # Links to records deleted since the merge (a meeting, an agreement) cannot come back.
        for row in removed["participations"]:
            if s.get(Meeting, row["meeting_id"]) is not None:
                s.add(_revive(Participation, row))
        for row in removed["members"]:
            if s.get(Mission, row["mission_id"]) is not None:
                s.add(_revive(MissionMember, row))
        sig = agreement_signatories.c
        for agreement_id in moved["signatories"]:
            s.execute(update(agreement_signatories).where(
                (sig.agreement_id == agreement_id) & (sig.person_id == k)).values(person_id=d))
        for agreement_id in removed["signatories"]:
            if s.get(Agreement, agreement_id) is not None:
                s.execute(insert(agreement_signatories).values(agreement_id=agreement_id, person_id=d))
        tl = tag_links.c
        for tag_id, kind in moved["tags"]:
            s.execute(update(tag_links).where((tl.tag_id == tag_id) & (tl.entity_id == k) &
                                              (tl.entity_kind == kind)).values(entity_id=d))
        for tag_id, kind in removed["tags"]:
            if s.get(Tag, tag_id) is not None:
                s.execute(insert(tag_links).values(tag_id=tag_id, entity_kind=kind, entity_id=d))
        s.add(AuditEntry(user=db.user, action=UNDO_ACTION, entity_kind="audit_entries", entity_id=entry.id,
                         changes={"merge": entry.id}, summary=f"undid the merge of {rec['drop_name']} "
                         f"into {rec['keep_name']}"))
        s.flush()
        return {"merge_id": entry.id, "restored_id": d, "kept_id": k}
