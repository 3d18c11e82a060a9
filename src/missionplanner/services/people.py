"""People and organizations, affiliations, and each person's history across missions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import selectinload

from ..errors import NotFoundError
from ..model import (
    Affiliation,
    Agreement,
    FollowUp,
    Meeting,
    Mission,
    MissionMember,
    Organization,
    Participation,
    Person,
    Traveller,
    TravelSegment,
    agreement_parties,
    agreement_signatories,
)
from ..model.names import display_name
from ..store.textfold import fold
from . import validation as v
from .lookup import apply, check_version, get
from .rows import organization_view, person_view
from .timeutil import iso
from .vocabulary import NAME_ORDERS, ORG_KINDS

PERSON_TEXT = ("given_name", "native_name", "title", "honorific", "form_of_address", "pronunciation",
               "biography", "mobile", "phone", "notes")
ORG_TEXT = ("native_name", "kind", "city", "address", "website", "phone", "description")


def person_fields(data: dict, current: Person | None) -> dict:
    out = {}
    # A position has no name (never a made-up one) but must say which post it is.
    position = current is not None and current.kind == "position"
    if current is None or "family_name" in data:
        out["family_name"] = v.column_text(data.get("family_name"), Person, "family_name",
                                           required=not position)
    for key in PERSON_TEXT:
        if current is None or key in data:
            out[key] = v.column_text(data.get(key), Person, key, required=position and key == "title")
    if current is None or "email" in data:
        out["email"] = v.email(data.get("email"))
    if current is None or "name_order" in data:
        order = data.get("name_order")
        if not order:
            order = "eastern" if _looks_east_asian(data.get("native_name", "")) else "western"
        out["name_order"] = v.choice(order, NAME_ORDERS, "name_order")
    return out


class _Saved:
    """A person already saved, for person_fields to check only the fields it is given."""

    def __init__(self, kind: str):
        self.kind = kind


def person_problems(data: dict, kind: str = "person") -> list[v.ValidationError]:
    """Every rule the person's fields in `data` break, at once (the editor shows them all)."""
    shape = _Saved(kind)
    return v.every_problem(lambda key=key: person_fields({key: data[key]}, shape) for key in data)


def _looks_east_asian(native: str) -> bool:
    """Names written in kanji, kana or hangul put the family name first."""
    return any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"
               for c in native or "")


def organization_fields(data: dict, current: Organization | None) -> dict:
    out = {}
    if current is None or "name" in data:
        out["name"] = v.column_text(data.get("name"), Organization, "name", required=True)
    for key in ORG_TEXT:
        if current is None or key in data:
            out[key] = v.column_text(data.get(key), Organization, key)
    if current is None or "kind" in data:
        out["kind"] = v.choice(out["kind"], ORG_KINDS, "kind")
    if current is None or "country" in data:
        out["country"] = v.country(data.get("country"), required=False)
    if current is None or "email" in data:
        out["email"] = v.email(data.get("email"))
    return out


def create_person_in(session, data: dict) -> Person:
    org_id = data.get("organization_id")
    p = Person(**person_fields(data, None))
    session.add(p)
    if org_id:
        org = get(session, Organization, org_id, "organization")
        p.affiliations.append(Affiliation(organization=org, role=p.title))
    session.flush()
    return p


def create_person(db, **data) -> str:
    with db.write() as s:
        return create_person_in(s, data).id


# Positions: a post whose holder is not known yet ---------------------------------------------------

def create_position_in(session, *, title, organization_id=None, role=None, notes="") -> Person:
    """A position ("Vice-Governor of Aichi"): no name, its post in `title`, and its organization
    through an affiliation whose role is the post (or `role`)."""
    post = v.column_text(title, Person, "title", required=True)
    p = Person(kind="position", given_name="", family_name="", name_order="western", title=post,
               notes=v.column_text(notes, Person, "notes"))
    session.add(p)
    if organization_id:
        org = get(session, Organization, organization_id, "organization")
        role = v.column_text(role, Affiliation, "role") or post
        p.affiliations.append(Affiliation(organization=org, role=role))
    session.flush()
    return p


def create_position(db, *, title, organization_id=None, role=None, notes="") -> str:
    with db.write() as s:
        return create_position_in(s, title=title, organization_id=organization_id, role=role, notes=notes).id


def fill_position(db, position_id: str, person_id: str) -> dict:
    """The position's holder is now known: every meeting, delegation seat, journey, follow-up,
    signature and mission lead of the position passes to the person (a meeting or journey the person
    is already in keeps one place for them), and the position records who filled it, which takes it
    out of the pickers. Returns the snapshot that `restore_person` takes to undo it."""
    with db.write() as s:
        pos = s.get(Person, position_id) if position_id else None
        if pos is None or pos.kind != "position" or pos.filled_by_id:
            raise NotFoundError(code="record.missing", kind="position to fill", id=position_id)
        holder = s.get(Person, person_id) if person_id else None
        if holder is None or holder.kind == "position":
            raise NotFoundError(code="record.missing", kind="person", id=person_id)
        record = _person_record_in(s, pos)
        record["fill"] = {"holder_id": holder.id, "holder_signed": list(s.scalars(
            select(agreement_signatories.c.agreement_id).where(agreement_signatories.c.person_id == holder.id)))}
        for cls, place in ((Participation, "meeting_id"), (MissionMember, "mission_id"),
                           (Traveller, "segment_id")):
            taken = set(s.scalars(select(getattr(cls, place)).where(cls.person_id == holder.id)))
            for link in s.scalars(select(cls).where(cls.person_id == pos.id)).all():
                if getattr(link, place) in taken:
                    s.delete(link)
                else:
                    link.person_id = holder.id
        for f in s.scalars(select(FollowUp).where(FollowUp.owner_id == pos.id)).all():
            f.owner_id = holder.id
        for m in s.scalars(select(Mission).where(Mission.lead_id == pos.id)).all():
            m.lead_id = holder.id
        for m in s.scalars(select(Mission).where(Mission.duty_officer_id == pos.id)).all():
            m.duty_officer_id = holder.id
        sig = agreement_signatories.c
        for agreement_id in record["signed"]:
            where = (sig.agreement_id == agreement_id) & (sig.person_id == pos.id)
            if agreement_id in record["fill"]["holder_signed"]:
                s.execute(delete(agreement_signatories).where(where))
            else:
                s.execute(update(agreement_signatories).where(where).values(person_id=holder.id))
        pos.filled_by_id = holder.id
        s.flush()
        return record


def _unfill_position(s, record: dict) -> str:
    """Undo fill_position: the position takes back what passed to its holder and is open again.
    What was deleted since (a meeting, a journey, an agreement) stays deleted."""
    from .duplicates import _revive

    pid, holder_id = record["person"]["id"], record["fill"]["holder_id"]
    pos = get(s, Person, pid, "position")
    if pos.filled_by_id != holder_id:  # open again already (undone, or its holder deleted since)
        raise v.ValidationError(code="restore.exists", kind="open position")
    for cls, key, parent, rows in ((Participation, "meeting_id", Meeting, record["participations"]),
                                   (MissionMember, "mission_id", Mission, record["members"]),
                                   (Traveller, "segment_id", TravelSegment, record["travellers"])):
        for row in rows:
            link = s.get(cls, row["id"])
            if link is not None:
                if link.person_id == holder_id:
                    link.person_id = pid
            elif s.get(parent, row[key]) is not None:
                s.add(_revive(cls, row))
    for f in s.scalars(select(FollowUp).where(FollowUp.id.in_(record["followups"]),
                                              FollowUp.owner_id == holder_id)).all():
        f.owner_id = pid
    for m in s.scalars(select(Mission).where(Mission.id.in_(record["led"]), Mission.lead_id == holder_id)).all():
        m.lead_id = pid
    for m in s.scalars(select(Mission).where(Mission.id.in_(record.get("duty", [])),
                                             Mission.duty_officer_id == holder_id)).all():
        m.duty_officer_id = pid
    sig = agreement_signatories.c
    for agreement_id in record["signed"]:
        if s.get(Agreement, agreement_id) is None:
            continue
        mine = (sig.agreement_id == agreement_id) & (sig.person_id == pid)
        if s.scalar(select(func.count()).select_from(agreement_signatories).where(mine)):
            continue
        if agreement_id in record["fill"]["holder_signed"]:
            s.execute(insert(agreement_signatories).values(agreement_id=agreement_id, person_id=pid))
        else:
            s.execute(update(agreement_signatories).where(
                (sig.agreement_id == agreement_id) & (sig.person_id == holder_id)).values(person_id=pid))
    pos.filled_by_id = None
    s.flush()
    return pid


def update_person(db, person_id: str, version: int | None = None, **changes) -> int:
    with db.write() as s:
        p = get(s, Person, person_id, "person")
        check_version(p, version, "person")
        org_id = changes.pop("organization_id", ...)
        apply(p, person_fields(changes, p))
        if org_id is not ...:
            _move_affiliation(s, p, org_id)
        s.flush()
        return p.version


def _move_affiliation(s, p: Person, org_id: str | None) -> None:
    """End the current affiliation and start one with `org_id` (None: with nobody), as of today.

    A change made and taken back the same day (a correction, an undo) leaves no trace: an
    affiliation that started today is removed rather than ended, and one that ended today is
    picked up again rather than duplicated.
    """
    today = date.today()
    current = p.current_affiliation
    if (current.organization_id if current else None) == (org_id or None):
        return
    if org_id:
        get(s, Organization, org_id, "organization")
    if current is not None:
        if current.start_date == today:
            p.affiliations.remove(current)
        else:
            current.end_date = today
    if not org_id:
        return
    ended_today = [a for a in p.affiliations if a.organization_id == org_id and a.end_date == today]
    if ended_today:
        ended_today[-1].end_date = None
    else:
        org = s.get(Organization, org_id)
        p.affiliations.append(Affiliation(organization=org, role=p.title, start_date=today))


def delete_person(db, person_id: str) -> None:
    with db.write() as s:
        s.delete(get(s, Person, person_id, "person"))


def create_organization_in(session, data: dict) -> Organization:
    o = Organization(**organization_fields(data, None))
    session.add(o)
    session.flush()
    return o


def create_organization(db, **data) -> str:
    with db.write() as s:
        return create_organization_in(s, data).id


def update_organization(db, org_id: str, version: int | None = None, **changes) -> int:
    with db.write() as s:
        o = get(s, Organization, org_id, "organization")
        check_version(o, version, "organization")
        apply(o, organization_fields(changes, o))
        s.flush()
        return o.version


def delete_organization(db, org_id: str) -> None:
    with db.write() as s:
        s.delete(get(s, Organization, org_id, "organization"))


# Deleting with a way back ------------------------------------------------------------------------

def person_deletion_impact(db, person_id: str) -> dict:
    """What deleting a person takes with them: meeting places, delegation seats, signatures and
    affiliations go; follow-ups they own and missions they lead stay, without them."""
    with db.read() as s:
        p = get(s, Person, person_id, "person")
        count = lambda stmt: s.scalar(select(func.count()).select_from(stmt.subquery())) or 0  # noqa: E731
        return {
            "name": p.display_name,
            "meetings": count(select(Participation.meeting_id).where(Participation.person_id == p.id)
                              .distinct()),
            "missions": count(select(MissionMember.id).where(MissionMember.person_id == p.id)),
            "agreements": count(select(agreement_signatories.c.agreement_id)
                                .where(agreement_signatories.c.person_id == p.id)),
            "affiliations": len(p.affiliations),
            "followups": count(select(FollowUp.id).where(FollowUp.owner_id == p.id)),
            "led": count(select(Mission.id).where(Mission.lead_id == p.id)),
        }


def person_record(db, person_id: str) -> dict:
    """Everything deleting the person removes, as plain data restore_person puts back."""
    with db.read() as s:
        return _person_record_in(s, get(s, Person, person_id, "person"))


def _person_record_in(s, p: Person) -> dict:
    from .duplicates import _row_dict

    return {
        "person": _row_dict(p),
        "affiliations": [_row_dict(a) for a in p.affiliations],
        "participations": [_row_dict(x) for x in s.scalars(
            select(Participation).where(Participation.person_id == p.id))],
        "members": [_row_dict(x) for x in s.scalars(
            select(MissionMember).where(MissionMember.person_id == p.id))],
        "travellers": [_row_dict(x) for x in s.scalars(select(Traveller).where(Traveller.person_id == p.id))],
        "signed": list(s.scalars(select(agreement_signatories.c.agreement_id)
                                 .where(agreement_signatories.c.person_id == p.id))),
        "followups": list(s.scalars(select(FollowUp.id).where(FollowUp.owner_id == p.id))),
        "led": list(s.scalars(select(Mission.id).where(Mission.lead_id == p.id))),
        "duty": list(s.scalars(select(Mission.id).where(Mission.duty_officer_id == p.id))),
    }


def _revive_linked(s, cls, rows: list[dict], other, key: str) -> None:
    """Link rows of a restored record, except those to a record deleted since."""
    from .duplicates import _revive

    for row in rows:
        if s.get(other, row[key]) is not None:
            s.add(_revive(cls, row))


def restore_person(db, record: dict) -> str:
    """Bring a deleted person back under their id with the links person_record kept, leaving out
    links to what was deleted since (a meeting, an agreement) and places taken since (a new lead).
    Given what fill_position returned, open the position again with what passed to its holder."""
    from .duplicates import _revive

    with db.write() as s:
        if "fill" in record:
            return _unfill_position(s, record)
        pid = record["person"]["id"]
        if s.get(Person, pid) is not None:
            raise v.ValidationError(code="restore.exists", kind="person")
        s.add(_revive(Person, record["person"]))
        s.flush()
        _revive_linked(s, Affiliation, record["affiliations"], Organization, "organization_id")
        _revive_linked(s, Participation, record["participations"], Meeting, "meeting_id")
        _revive_linked(s, MissionMember, record["members"], Mission, "mission_id")
        _revive_linked(s, Traveller, record.get("travellers", []), TravelSegment, "segment_id")
        for agreement_id in record["signed"]:
            if s.get(Agreement, agreement_id) is not None:
                s.execute(agreement_signatories.insert().values(agreement_id=agreement_id, person_id=pid))
        for f in s.scalars(select(FollowUp).where(FollowUp.id.in_(record["followups"]),
                                                  FollowUp.owner_id.is_(None))):
            f.owner_id = pid
        for m in s.scalars(select(Mission).where(Mission.id.in_(record["led"]), Mission.lead_id.is_(None))):
            m.lead_id = pid
        for m in s.scalars(select(Mission).where(Mission.id.in_(record.get("duty", [])),
                                                 Mission.duty_officer_id.is_(None))):
            m.duty_officer_id = pid
        s.flush()
        return pid


def organization_deletion_impact(db, org_id: str) -> dict:
    """What deleting an organization takes with it: its people's affiliations (the people stay)
    and its place among agreements' parties."""
    with db.read() as s:
        o = get(s, Organization, org_id, "organization")
        parties = s.scalar(select(func.count()).select_from(agreement_parties)
                           .where(agreement_parties.c.organization_id == o.id)) or 0
        return {"name": o.name, "affiliations": len(o.affiliations), "agreements": parties}


def organization_record(db, org_id: str) -> dict:
    from .duplicates import _row_dict

    with db.read() as s:
        o = get(s, Organization, org_id, "organization")
        return {"organization": _row_dict(o), "affiliations": [_row_dict(a) for a in o.affiliations],
                "parties": list(s.scalars(select(agreement_parties.c.agreement_id)
                                          .where(agreement_parties.c.organization_id == o.id)))}


def restore_organization(db, record: dict) -> str:
    from .duplicates import _revive

    with db.write() as s:
        oid = record["organization"]["id"]
        if s.get(Organization, oid) is not None:
            raise v.ValidationError(code="restore.exists", kind="organization")
        s.add(_revive(Organization, record["organization"]))
        s.flush()
        _revive_linked(s, Affiliation, record["affiliations"], Person, "person_id")
        for agreement_id in record["parties"]:
            if s.get(Agreement, agreement_id) is not None:
                s.execute(agreement_parties.insert().values(agreement_id=agreement_id, organization_id=oid))
        s.flush()
        return oid


def people_matching(stmt, text: str):
    """`stmt` (a select from people) kept to those matching every word of `text` in their names
    (either script), pronunciation, title, current organization (either script) or e-mail, ignoring
    case and accents ("cecile" finds Cécile), each word taken literally ("50%" is not a pattern): the one
    person search rule, read from the search index's folded text. A position is found by its post and
    its organization ("Vice", "Aichi"); once filled it is left out (its holder has its meetings)."""
    from ..model import SearchEntry

    stmt = stmt.where(Person.filled_by_id.is_(None))
    words = fold(text or "").split()
    if not words:
        return stmt
    typed = (text or "").split()  # the same words unfolded: a pronunciation may keep its macrons
    entry = SearchEntry.__table__
    org_entry = entry.alias("org_entry")
    stmt = stmt.join(entry, entry.c.entity_id == Person.id).where(entry.c.kind == "person")
    for i, w in enumerate(words):
        pattern = _contains(w)
        in_organization = select(Affiliation.person_id).join(
            org_entry, org_entry.c.entity_id == Affiliation.organization_id).where(
            org_entry.c.kind == "organization", Affiliation.end_date.is_(None),
            org_entry.c.title_folded.like(pattern, escape="\\"))
        # The pronunciation is not in the index's folded text: matched on the column itself, as
        # folded and as typed ("oh-moo" finds "oh-MOO-rah", "Ōmura" finds "Ōmura Hideaki").
        spoken = Person.pronunciation.ilike(pattern, escape="\\")
        if len(typed) == len(words) and typed[i].lower() != w:
            spoken = spoken | Person.pronunciation.ilike(_contains(typed[i]), escape="\\")
        stmt = stmt.where(entry.c.title_folded.like(pattern, escape="\\")
                          | entry.c.body_folded.like(pattern, escape="\\")
                          | spoken
                          | Person.id.in_(in_organization))
    return stmt


def people_order():
    """The people lists' order (the index ix_people_sort_name holds it)."""
    return (func.lower(Person.family_name), func.lower(Person.given_name), Person.id)


def list_people(db, text: str = "", organization_id: str | None = None, limit: int | None = None,
                offset: int = 0) -> list[dict]:
    """People matching `text` (people_matching), by name, as person_view shows them."""
    with db.read() as s:
        stmt = people_matching(select(Person).options(
            selectinload(Person.affiliations).selectinload(Affiliation.organization)), text)
        if organization_id:
            stmt = stmt.where(Person.affiliations.any(Affiliation.organization_id == organization_id))
        stmt = stmt.order_by(*people_order())
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        return [_person_out(p) for p in s.scalars(stmt)]


def _person_out(p: Person) -> dict:
    """person_view, with what tells a position apart: its kind, and its post as its name."""
    out = person_view(p)
    out["kind"], out["filled_by_id"] = p.kind, p.filled_by_id
    out["name"] = display_name(p.given_name, p.family_name, p.name_order, p.kind, p.title)
    return out


def list_organizations(db, text: str = "", kind: str | None = None) -> list[dict]:
    with db.read() as s:
        stmt = select(Organization)
        if text:
            stmt = stmt.where(or_(Organization.name.ilike(f"%{text}%"),
                                  Organization.native_name.like(f"%{text}%")))
        if kind:
            stmt = stmt.where(Organization.kind == kind)
        return [organization_view(o) for o in s.scalars(stmt.order_by(func.lower(Organization.name)))]


_ORG_COLUMNS = ("id", "version", "name", "native_name", "kind", "country", "city", "address", "website",
                "email", "phone", "description")


def organizations_where(stmt, text: str, kind: str | None):
    if text:
        pattern = _contains(text.strip())
        stmt = stmt.where(or_(Organization.name.ilike(pattern, escape="\\"),
                              Organization.native_name.like(pattern, escape="\\")))
    if kind:
        stmt = stmt.where(Organization.kind == kind)
    return stmt


def _contains(text: str) -> str:
    """A LIKE pattern for `text` anywhere, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


ORG_SORT_KEYS = ("name", "native_name", "kind", "country", "city")


def page_organizations(db, offset: int = 0, limit: int = 200, text: str = "", kind: str | None = None,
                       sort: str = "name", descending: bool = False) -> list[dict]:
    """Organizations a page at a time, in the order of one of ORG_SORT_KEYS (then by name, then id,
    so pages never overlap), filtered by name (either script) and kind in the database."""
    if sort not in ORG_SORT_KEYS:
        raise v.ValidationError(code="sort.unknown", field="sort", sort=sort)
    column = getattr(Organization, sort)
    key = func.lower(column) if sort != "country" else column
    order = [key.desc() if descending else key.asc()]
    if sort != "name":
        order.append(func.lower(Organization.name))
    order.append(Organization.id)
    cols = [getattr(Organization, c) for c in _ORG_COLUMNS]
    stmt = organizations_where(select(*cols), text, kind).order_by(*order).limit(limit).offset(offset)
    with db.read() as s:
        return [dict(r._mapping) for r in s.execute(stmt)]


def organization_detail(db, org_id: str) -> dict:
    with db.read() as s:
        return organization_view(get(s, Organization, org_id, "organization"))


def person_detail(db, person_id: str, home_tz: str = "Europe/Brussels") -> dict:
    """The person with a timeline of every meeting, agreement and follow-up across missions."""
    with db.read() as s:
        p = get(s, Person, person_id, "person")
        out = _person_out(p)
        events = []
        meetings = s.scalars(select(Meeting).join(Participation).where(Participation.person_id == p.id)
                             .order_by(Meeting.start)).unique().all()
        for m in meetings:
            events.append({"kind": "meeting", "id": m.id, "date": iso(m.start, m.timezone),
                           "title": m.title, "mission": m.mission.title, "status": m.status,
                           "outcome": m.outcome})
        agreements = s.scalars(select(Agreement).join(agreement_signatories)
                               .where(agreement_signatories.c.person_id == p.id)).all()
        for a in agreements:
            events.append({"kind": "agreement", "id": a.id,
                           "date": a.signed.isoformat() if a.signed else "", "title": a.title,
                           "mission": "", "status": a.status, "outcome": a.scope})
        for f in s.scalars(select(FollowUp).where(FollowUp.owner_id == p.id)):
            events.append({"kind": "followup", "id": f.id, "date": f.due.isoformat() if f.due else "",
                           "title": f.action, "mission": f.mission.title if f.mission else "",
                           "status": f.status, "outcome": ""})
        events.sort(key=lambda e: e["date"] or "")
        out["timeline"] = events
        return out


def find_person(session, given: str, family: str, native: str) -> Person | None:
    """An existing person with the same names once case and accents are folded."""
    candidates = session.scalars(select(Person).where(func.lower(Person.family_name) == family.lower()))
    for p in candidates:
        if fold(p.given_name) == fold(given) and fold(p.family_name) == fold(family) and \
                (not native or not p.native_name or p.native_name == native):
            return p
    return None


def find_organization(session, name: str, country: str) -> Organization | None:
    for o in session.scalars(select(Organization).where(func.lower(Organization.name) == name.lower())):
        if fold(o.name) == fold(name) and (not country or not o.country or o.country == country):
            return o
    return None


def followup_owners(db) -> list[dict]:
    """Everyone who owns at least one follow-up: the owner filter of the dashboard."""
    with db.read() as s:
        rows = s.scalars(select(Person).where(Person.id.in_(
            select(FollowUp.owner_id).where(FollowUp.owner_id.is_not(None)))).order_by(
            func.lower(Person.family_name))).all()
        return [{"id": p.id, "name": p.display_name, "native_name": p.native_name} for p in rows]


def our_side(db) -> list[dict]:
    """Who work can be given to: our side, not the counterparts met. Every mission's lead, duty
    officer and delegation member, once each, by family name (a position by its post), then given name."""
    from .rows import person_brief

    with db.read() as s:
        ids = set(s.scalars(select(Mission.lead_id).where(Mission.lead_id.is_not(None))))
        ids |= set(s.scalars(select(Mission.duty_officer_id).where(Mission.duty_officer_id.is_not(None))))
        ids |= set(s.scalars(select(MissionMember.person_id)))
        people = s.scalars(select(Person).where(Person.id.in_(ids)).options(
            selectinload(Person.affiliations).selectinload(Affiliation.organization))).all()
        rows = [person_brief(p) for p in people]
    return sorted(rows, key=lambda p: (fold(p.get("family_name") or p.get("title") or p.get("name") or ""),
                                       fold(p.get("given_name") or "")))
