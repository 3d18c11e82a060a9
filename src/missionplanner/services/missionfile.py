"""The mission file (`format: "missionplanner/1"`): import all or nothing, export that reads back.

Keys tie records together inside a file; ids are assigned on import. Unknown fields are refused so a
typo never loses data silently. Every error names where it is: `meetings[2] "Title": start: ...`.
"""

from __future__ import annotations

import json
import re
import stat
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..errors import MissionPlannerError, ValidationError, english
from ..model import (
    Affiliation,
    Agreement,
    FollowUp,
    Leg,
    Meeting,
    Mission,
    MissionMember,
    Organization,
    Participation,
    Person,
    TravelSegment,
)
from . import validation as v
from .agreements import agreement_fields
from .lookup import resolve_mission
from .meetings import MAX_MEETINGS, check_meeting, meeting_fields
from .missions import _check_leg, _leg_fields, create_mission_in, mission_agreements, mission_people
from .people import create_position_in, find_organization, find_person, organization_fields, person_fields
from .timeutil import wall_clock_text
from .translations import clean_texts, translations_in, write_texts_in
from .travel import check_segment, set_travellers, travel_fields

FORMAT = "missionplanner/1"

# Bounds on what one file may ask for, each named in the refusal: the file's size, how deep its
# JSON nests (a mission file needs five levels) and the digits of a number (none is needed at all);
# the meetings of one mission are bounded by meetings.MAX_MEETINGS.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32
MAX_NUMBER_DIGITS = 30

TOP = {"format", "mission", "legs", "travel", "organizations", "people", "meetings", "agreements"}
MISSION = {"title", "slug", "kind", "status", "start", "end", "home_timezone", "lead", "objectives",
           "key_messages", "duty_officer", "notes", "delegation", "translations"}
LEG = {"city", "city_native", "country", "timezone", "arrive", "depart", "hotel", "hotel_address",
       "hotel_phone", "check_in", "check_out", "embassy", "emergency", "notes", "translations"}
# A journey: "from"/"to" are the places (city, station or airport), each time in its end's zone.
TRAVEL = {"kind", "carrier", "number", "from", "from_code", "from_terminal", "from_timezone", "depart",
          "to", "to_code", "to_terminal", "to_timezone", "arrive", "booking_ref", "seat", "travellers",
          "notes"}
# A position is a person entry with "position" (the post) instead of names.
POSITION = {"key", "position", "organization", "form_of_address", "notes"}
ORG = {"key", "name", "native_name", "kind", "country", "city", "address", "website", "email", "phone",
       "description", "translations"}
PERSON = {"key", "given_name", "family_name", "native_name", "name_order", "title", "honorific",
          "organization", "form_of_address", "pronunciation", "biography", "email", "mobile", "phone",
          "notes", "translations"}
MEETING = {"title", "start", "end", "timezone", "city", "venue", "address", "status", "counterparts",
           "delegation", "reason", "requested_by", "objectives", "talking_points", "if_raised", "background",
           "arrangements", "outcome", "decisions", "followups", "uid", "kind", "dress_code", "without_lead",
           "translations"}
FOLLOWUP = {"action", "owner", "due", "recurrence", "status", "notes"}
AGREEMENT = {"title", "kind", "status", "signed", "signed_approximate", "expires", "parties",
             "signatories", "scope", "notes", "translations"}


class MissionFileError(MissionPlannerError):
    """A mission file that cannot be imported; the message names the file and the place."""


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _label(value) -> str:
    """A record's name as it may be printed in a message: escapes for control characters (so a
    name holding ANSI codes or an RTL override cannot rewrite the terminal line), and short."""
    if not isinstance(value, str):
        return ""
    value = _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], value)
    return value if len(value) <= 120 else value[:120] + "…"


def _shown(value) -> str:
    """A value quoted for a message, as repr does it (control characters escaped), and short."""
    shown = repr(value)
    return shown if len(shown) <= 122 else shown[:120] + "…"


def _where(section: str, index: int, item) -> str:
    label = ""
    if isinstance(item, dict):
        for name in ("key", "title", "city", "action"):
            label = _label(item.get(name))
            if label:
                break
    return f'{section}[{index}]' + (f' "{label}"' if label else "")


def _fields(item, allowed: set[str], where: str) -> dict:
    if not isinstance(item, dict):
        raise ValidationError(code="missionfile.expected-object", where=where)
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise ValidationError(code="missionfile.unknown-fields", where=where,
                              fields=", ".join(map(_label, unknown[:10])), allowed=", ".join(sorted(allowed)))
    return item


def _section(doc: dict, name: str) -> list:
    value = doc.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(code="missionfile.not-a-list", where=name, kind=_kind(value))
    return value


def _kind(value) -> str:
    return {dict: "an object", str: "a text", bool: "true or false", int: "a number", float: "a number",
            type(None): "null"}.get(type(value), type(value).__name__)


def _list(item: dict, key: str, where: str) -> list:
    """A list field of a record: left out or null is empty; anything else that is not a list (0,
    "", false, {}) is refused rather than read as empty, which would drop what the author meant."""
    value = item.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(code="missionfile.not-a-list", where=where, field=key, kind=_kind(value))
    return value


def _ref(item: dict, key: str):
    """An optional key reference (lead, owner, organization): left out, null or "" is none."""
    value = item.get(key)
    return None if value in (None, "") else value


def _no_repeats(people: list, keys: list, where: str, field: str) -> None:
    """The same person twice in one list (by key, or by two keys matched to one stored person)."""
    seen: dict[int, int] = {}
    for n, person in enumerate(people):
        first = seen.setdefault(id(person), n)
        if first != n:
            if keys[first] == keys[n]:
                raise ValidationError(code="missionfile.listed-twice", where=where, field=f"{field}[{n}]",
                                      key=keys[n])
            raise ValidationError(code="missionfile.same-person", where=where, field=f"{field}[{n}]",
                                  key=keys[n], other=keys[first])


def _new_key(item: dict, known: dict, where: str) -> str:
    """The record's `key`: required, and not already used by another record of its section."""
    key = item.get("key")
    if not isinstance(key, str) or not key:
        raise ValidationError(code="field.missing", where=where, field="key")
    if key in known:
        raise ValidationError(code="missionfile.duplicate-key", where=where, field="key", key=_shown(key))
    return key


def _rename(data: dict, mapping: dict) -> dict:
    return {mapping.get(k, k): val for k, val in data.items()}


class _Importer:
    POLL_EVERY = 50  # meetings between two calls of `progress` (a cancelled job stops there)

    def __init__(self, session, progress=None):
        self.s = session
        self.progress = progress or (lambda *_: None)
        self.orgs: dict[str, Organization] = {}
        # (record kind, record, {lang: {field: value}} checked, overwrite): written once ids exist.
        self.texts: list[tuple[str, object, dict, bool]] = []
        self.people: dict[str, Person] = {}
        self.counts = {"organizations": 0, "people": 0, "legs": 0, "travel": 0, "meetings": 0, "followups": 0,
                       "agreements": 0, "matched_people": 0, "matched_organizations": 0,
                       "matched_agreements": 0}

    def person(self, key, where: str) -> Person:
        if not isinstance(key, str) or key not in self.people:
            raise ValidationError(code="missionfile.no-person-key", where=where, key=_shown(key))
        return self.people[key]

    def org(self, key, where: str) -> Organization:
        if not isinstance(key, str) or key not in self.orgs:
            raise ValidationError(code="missionfile.no-organization-key", where=where, key=_shown(key))
        return self.orgs[key]

    def run(self, doc) -> dict:
        if not isinstance(doc, dict):
            raise ValidationError(code="missionfile.not-object")
        _fields(doc, TOP, "file")
        if doc.get("format") != FORMAT:
            raise ValidationError(code="missionfile.format", field="format", expected=FORMAT, found=doc.get("format"))
        for i, item in enumerate(_section(doc, "organizations")):
            self.organization(i, item)
        for i, item in enumerate(_section(doc, "people")):
            self.person_record(i, item)
        meetings = _section(doc, "meetings")
        if len(meetings) > MAX_MEETINGS:
            raise ValidationError(code="missionfile.too-many-meetings", where="meetings", count=len(meetings),
                                  limit=MAX_MEETINGS)
        mission = self.mission(doc.get("mission"))
        for i, item in enumerate(_section(doc, "legs")):
            self.leg(mission, i, item)
        for i, item in enumerate(meetings):
            if i % self.POLL_EVERY == 0:
                self.progress(i, len(meetings))
            self.meeting(mission, i, item)
        for i, item in enumerate(_section(doc, "agreements")):
            self.agreement(i, item)
        self.s.flush()  # the delegation's ids, which a journey's travellers are checked against
        for i, item in enumerate(_section(doc, "travel")):
            self.journey(mission, i, item)
        self.s.flush()
        for kind, record, texts, overwrite in self.texts:
            write_texts_in(self.s, kind, record.id, texts, overwrite=overwrite)
        self.progress(len(meetings), len(meetings))  # the last moment to stop: nothing committed yet
        return {"mission_id": mission.id, "slug": mission.slug, "title": mission.title, **self.counts}

    def translations(self, kind: str, item: dict, where: str) -> dict:
        """The record's "translations" ({lang: {field: value}}), checked; {} when there are none."""
        texts = item.get("translations")
        if texts is None:
            return {}
        try:
            checked = clean_texts(kind, texts)
        except ValidationError as exc:
            raise ValidationError.like(exc, where=where, field=exc.field) from None
        return {lang: {f: x for f, x in fields.items() if x is not None} for lang, fields in checked.items()}

    def organization(self, i, item):
        where = _where("organizations", i, item)
        _fields(item, ORG, where)
        key = _new_key(item, self.orgs, where)
        try:
            data = organization_fields({k: x for k, x in item.items() if k not in ("key", "translations")}, None)
        except ValidationError as exc:
            raise ValidationError.like(exc, where=where, field=exc.field) from None
        texts = self.translations("organization", item, where)
        existing = find_organization(self.s, data["name"], data["country"])
        if existing is not None:
            self.counts["matched_organizations"] += 1
            self.orgs[key] = existing
            if texts:  # a known organization keeps the translations already held
                self.texts.append(("organization", existing, texts, False))
            return
        org = Organization(**data)
        if texts:
            self.texts.append(("organization", org, texts, True))
        self.s.add(org)
        self.orgs[key] = org
        self.counts["organizations"] += 1

    def person_record(self, i, item):
        where = _where("people", i, item)
        if isinstance(item, dict) and "position" in item:
            return self.position_record(where, item)
        _fields(item, PERSON, where)
        key = _new_key(item, self.people, where)
        try:
            data = person_fields({k: x for k, x in item.items() if k not in ("key", "organization", "translations")},
                                 None)
        except ValidationError as exc:
            raise ValidationError.like(exc, where=where, field=exc.field) from None
        org_key = _ref(item, "organization")
        org = self.org(org_key, f"{where}: organization") if org_key is not None else None
        texts = self.translations("person", item, where)
        existing = find_person(self.s, data["given_name"], data["family_name"], data["native_name"])
        if existing is not None:
            if texts:  # a known person keeps the translations already held
                self.texts.append(("person", existing, texts, False))
            self.counts["matched_people"] += 1
            self.people[key] = existing
            if org is not None and not any(a.organization is org for a in existing.affiliations):
                existing.affiliations.append(Affiliation(organization=org, role=data["title"]))
            return
        p = Person(**data)
        if texts:
            self.texts.append(("person", p, texts, True))
        if org is not None:
            p.affiliations.append(Affiliation(organization=org, role=data["title"]))
        self.s.add(p)
        self.people[key] = p
        self.counts["people"] += 1

    def position_record(self, where: str, item: dict):
        """A post whose holder is not known yet: reused when the same open post of the same
        organization is already in the database."""
        _fields(item, POSITION, where)
        key = _new_key(item, self.people, where)
        org_key = _ref(item, "organization")
        org = self.org(org_key, f"{where}: organization") if org_key is not None else None
        try:
            post = v.column_text(item.get("position"), Person, "title", field="position", required=True)
            notes = v.column_text(item.get("notes"), Person, "notes")
            address = v.column_text(item.get("form_of_address"), Person, "form_of_address")
        except ValidationError as exc:
            raise ValidationError.like(exc, where=where, field=exc.field) from None
        self.s.flush()  # the organization's id
        existing = self.s.scalars(select(Person).where(
            Person.kind == "position", Person.title == post, Person.filled_by_id.is_(None))).all()
        for candidate in existing:
            if org is None or any(a.organization_id == org.id for a in candidate.affiliations):
                self.counts["matched_people"] += 1
                self.people[key] = candidate
                return
        position = create_position_in(self.s, title=post, organization_id=org.id if org else None, notes=notes)
        position.form_of_address = address
        self.people[key] = position
        self.counts["people"] += 1

    def journey(self, mission, i, item):
        where = _where("travel", i, item)
        _fields(item, TRAVEL, where)
        data = _rename({k: x for k, x in item.items() if k != "travellers"}, {"from": "from_place", "to": "to_place"})
        keys = _list(item, "travellers", where)
        people = [self.person(pk, f"{where}: travellers[{n}]") for n, pk in enumerate(keys)]
        _no_repeats(people, keys, where, "travellers")
        try:
            seg = TravelSegment(mission=mission, **travel_fields(data, None))
            check_segment(seg, mission)
            self.s.add(seg)
            self.s.flush()
            set_travellers(self.s, seg, mission, [p.id for p in people])
        except ValidationError as exc:
            field = {"from_place": "from", "to_place": "to", "traveller_ids": "travellers"}.get(exc.field, exc.field)
            raise ValidationError.like(exc, where=where, field=field) from None
        self.counts["travel"] += 1

    def mission(self, item) -> Mission:
        where = "mission"
        _fields(item, MISSION, where)
        data = {k: x for k, x in item.items() if k not in ("lead", "duty_officer", "delegation", "translations")}
        texts = self.translations("mission", item, where)
        lead_key, duty_key = _ref(item, "lead"), _ref(item, "duty_officer")
        lead = self.person(lead_key, "mission: lead") if lead_key is not None else None
        duty = self.person(duty_key, "mission: duty_officer") if duty_key is not None else None
        slug = data.get("slug")
        if slug not in (None, "") and not isinstance(slug, str):
            raise ValidationError(code="text.not-text", where=where, field="slug", value=_kind(slug))
        if slug and self.s.scalars(select(Mission.id).where(Mission.slug == v.slugify(slug))).first():
            raise ValidationError(code="missionfile.slug-taken", where=where, field="slug", slug=_label(slug))
        try:
            mission = create_mission_in(self.s, data)
        except ValidationError as exc:
            raise ValidationError.like(exc, where=where, field=exc.field) from None
        if not slug:
            self._refuse_twin(mission)
        mission.lead, mission.duty_officer = lead, duty
        if texts:
            self.texts.append(("mission", mission, texts, True))
        delegation = _list(item, "delegation", where)
        members, keys = [], []
        for n, member in enumerate(delegation):
            mwhere = f"mission: delegation[{n}]"
            if isinstance(member, str):
                member = {"person": member}
            _fields(member, {"person", "role"}, mwhere)
            members.append(self.person(member.get("person"), mwhere))
            keys.append(member.get("person"))
            try:
                role = v.column_text(member.get("role"), MissionMember, "role")
            except ValidationError as exc:
                raise ValidationError.like(exc, where=mwhere, field=exc.field) from None
            mission.members.append(MissionMember(person=members[-1], role=role, position=n))
        _no_repeats(members, keys, "mission", "delegation")
        return mission

    def _refuse_twin(self, mission: Mission) -> None:
        """A file without a slug gets one made from its title, made unique with "-2": importing the
        same file twice would then make two identical missions. One with the same title and dates
        as a stored mission is taken for that file again."""
        twin = self.s.scalars(select(Mission.slug).where(
            Mission.title == mission.title, Mission.start_date == mission.start_date,
            Mission.end_date == mission.end_date, Mission.id != mission.id)).first()
        if twin is not None:
            raise ValidationError(code="missionfile.imported-already", where="mission", slug=twin)

    def leg(self, mission, i, item):
        where = _where("legs", i, item)
        _fields(item, LEG, where)
        texts = self.translations("leg", item, where)
        try:
            leg = Leg(mission=mission, **_leg_fields(item, None))
            _check_leg(leg)
        except ValidationError as exc:
            raise ValidationError.like(exc, where=where, field=exc.field) from None
        self.s.add(leg)
        if texts:
            self.texts.append(("leg", leg, texts, True))
        self.counts["legs"] += 1

    def meeting(self, mission, i, item):
        where = _where("meetings", i, item)
        _fields(item, MEETING, where)
        data = {k: x for k, x in item.items() if k not in ("counterparts", "delegation", "followups", "translations")}
        texts = self.translations("meeting", item, where)
        try:
            m = Meeting(mission=mission, **meeting_fields(data, None))
            check_meeting(m, mission)
        except ValidationError as exc:
            raise ValidationError.like(exc, where=where, field=exc.field) from None
        self.s.add(m)
        if texts:
            self.texts.append(("meeting", m, texts, True))

        for side, key in (("counterpart", "counterparts"), ("delegation", "delegation")):
            keys = _list(item, key, where)
            people = [self.person(pk, f"{where}: {key}[{n}]") for n, pk in enumerate(keys)]
            _no_repeats(people, keys, where, key)
            for n, person in enumerate(people):
                m.participations.append(Participation(person=person, side=side, position=n))
        for n, f in enumerate(_list(item, "followups", where)):
            fwhere = f"{where}: {_where('followups', n, f)}"
            _fields(f, FOLLOWUP, fwhere)
            owner_key = _ref(f, "owner")
            owner = self.person(owner_key, f"{fwhere}: owner") if owner_key is not None else None
            try:
                due = v.optional_date(f.get("due"), "due")
                rec = v.rrule_text(f.get("recurrence"))
                if rec and due is None:
                    raise ValidationError(code="missionfile.recurring-needs-due", field="due")
                status = f.get("status")
                fu = FollowUp(mission=mission, meeting=m, action=v.text(f.get("action"), "action", required=True),
                              owner=owner, due=due, recurrence=rec,
                              status=v.choice("open" if status in (None, "") else status,
                                              ("open", "done", "cancelled"), "status"),
                              notes=v.text(f.get("notes"), "notes"))
            except ValidationError as exc:
                raise ValidationError.like(exc, where=fwhere, field=exc.field) from None
            self.s.add(fu)
            self.counts["followups"] += 1
        self.counts["meetings"] += 1

    def agreement(self, i, item):
        where = _where("agreements", i, item)
        _fields(item, AGREEMENT, where)
        data = {k: x for k, x in item.items() if k not in ("parties", "signatories", "translations")}
        texts = self.translations("agreement", item, where)
        try:
            fields = agreement_fields(data, None)
        except ValidationError as exc:
            raise ValidationError.like(exc, where=where, field=exc.field) from None
        party_keys, signatory_keys = _list(item, "parties", where), _list(item, "signatories", where)
        parties = [self.org(k, f"{where}: parties[{n}]") for n, k in enumerate(party_keys)]
        signatories = [self.person(k, f"{where}: signatories[{n}]") for n, k in enumerate(signatory_keys)]
        _no_repeats(parties, party_keys, where, "parties")
        _no_repeats(signatories, signatory_keys, where, "signatories")
        existing = self.s.scalars(select(Agreement).where(Agreement.title == fields["title"])).first()
        if existing is not None:
            differences = [k for k, x in fields.items() if getattr(existing, k) != x]
            if set(existing.parties) != set(parties):
                differences.append("parties")
            if set(existing.signatories) != set(signatories):
                differences.append("signatories")
            if differences:
                # Keeping either version in silence would lose the other's scope, parties or signatories.
                raise ValidationError(code="missionfile.agreement-differs", where=where,
                                      fields=", ".join(differences))
            self.counts["matched_agreements"] += 1
            if texts:
                self.texts.append(("agreement", existing, texts, False))
            return
        agreement = Agreement(parties=parties, signatories=signatories, **fields)
        self.s.add(agreement)
        if texts:
            self.texts.append(("agreement", agreement, texts, True))
        self.counts["agreements"] += 1


class _Refused(ValueError):
    """Raised from inside the JSON reader's hooks with the code and parts of the one-line error."""

    def __init__(self, code: str, **params):
        super().__init__(english(code, params))
        self.code, self.params = code, params


def _object(pairs: list[tuple[str, object]]) -> dict:
    out = {}
    for key, value in pairs:
        if key in out:
            # json would keep the last silently: even "format" could be said twice, differently.
            raise _Refused("missionfile.key-twice", key=_label(key))
        out[key] = value
    return out


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _Refused("missionfile.long-number", digits=len(digits.lstrip("-")), limit=MAX_NUMBER_DIGITS)
    return int(digits)


def _check_tree(doc) -> None:
    """Depth within MAX_DEPTH and no lone surrogate (an escape such as \\ud800 that is not text:
    nothing could store or print it), walked without recursion."""
    stack = [(doc, 1, "file")]
    while stack:
        node, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            raise _Refused("missionfile.too-deep-at", limit=MAX_DEPTH, path=path)
        if isinstance(node, dict):
            for key, value in node.items():
                _check_string(key, path)
                stack.append((value, depth + 1, f"{path}.{_label(key)}"))
        elif isinstance(node, list):
            stack.extend((value, depth + 1, f"{path}[{i}]") for i, value in enumerate(node))
        elif isinstance(node, str):
            _check_string(node, path)


def _check_string(text: str, path: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _Refused("missionfile.lone-surrogate", codepoint=ord(text[exc.start]), path=path) from None


def read_document(path: str | Path) -> dict:
    """The JSON of a mission file, or one line naming the file and what is wrong with it."""
    path = Path(path)
    try:
        # A folder, a device or a pipe is refused before it is opened (opening a pipe would wait).
        if not stat.S_ISREG(path.stat().st_mode):
            raise MissionFileError(code="missionfile.not-regular", where=str(path))
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise MissionFileError(code="missionfile.too-large", where=str(path), limit=MAX_FILE_BYTES)
        raw = data.decode("utf-8-sig")
    except FileNotFoundError:
        raise MissionFileError(code="missionfile.no-file", where=str(path)) from None
    except IsADirectoryError:
        raise MissionFileError(code="missionfile.not-regular", where=str(path)) from None
    except UnicodeDecodeError as exc:
        raise MissionFileError(code="missionfile.not-utf8", where=str(path), reason=exc.reason, byte=exc.start) from None
    try:
        doc = json.loads(raw, object_pairs_hook=_object, parse_int=_integer)
        _check_tree(doc)
        return doc
    except json.JSONDecodeError as exc:
        raise MissionFileError(code="missionfile.bad-json", where=str(path), line=exc.lineno, column=exc.colno,
                               reason=exc.msg) from None
    except _Refused as exc:
        raise MissionFileError(code=exc.code, where=str(path), **exc.params) from None
    except RecursionError:
        raise MissionFileError(code="missionfile.too-deep", where=str(path), limit=MAX_DEPTH) from None
    except ValueError as exc:  # what else the reader refuses (an out-of-range number...)
        raise MissionFileError(code="missionfile.unreadable", where=str(path), reason=str(exc)[:200]) from None


def import_document(db, doc: dict, *, dry_run: bool = False, source: str = "", progress=None) -> dict:
    """Import one mission file; on any error nothing is written and the error names the place.
    `progress(meetings_done, meetings_total)` is called along the way; an exception from it (a
    cancelled job) stops the import, and its transaction is rolled back: nothing is written."""
    with db.write() as s:
        try:
            summary = _Importer(s, progress).run(doc)
        except ValidationError as exc:
            raise MissionFileError.like(exc, where=": ".join(p for p in (source, exc.where) if p) or None,
                                        field=exc.field) from None
        if dry_run:
            s.rollback()
            summary["dry_run"] = True
            summary["mission_id"] = None
        return summary


def import_file(db, path: str | Path, *, dry_run: bool = False, progress=None) -> dict:
    return import_document(db, read_document(path), dry_run=dry_run, source=str(path), progress=progress)


# Export -----------------------------------------------------------------------------------------

def _clean(d: dict) -> dict:
    """Leave out empty values, so a file holds what was said and round trips stay identical."""
    return {k: x for k, x in d.items() if x not in ("", None, [], {}, False)}


def _keys(names: list[tuple[str, str]]) -> dict[str, str]:
    out, used = {}, set()
    for ident, base in names:
        base = v.slugify(base) if base else "x"
        key, n = base, 2
        while key in used:
            key, n = f"{base}-{n}", n + 1
        used.add(key)
        out[ident] = key
    return out


def export_mission(db, ref: str) -> dict:
    with db.read() as s:
        m = resolve_mission(s, ref)
        people = mission_people(m)
        agreements = mission_agreements(s, m, people)
        for a in agreements:
            for p in a.signatories:
                if p not in people:
                    people.append(p)
        orgs: dict[str, Organization] = {}
        for p in people:
            for a in p.affiliations:
                orgs.setdefault(a.organization.id, a.organization)
        for a in agreements:
            for o in a.parties:
                orgs.setdefault(o.id, o)
        org_list = sorted(orgs.values(), key=lambda o: (o.name.casefold(), o.id))
        org_key = _keys([(o.id, o.name) for o in org_list])
        # A position has no name: it sorts by its post, so an export does not depend on its id.
        people.sort(key=lambda p: ((p.title if p.kind == "position" else p.family_name).casefold(),
                                   p.given_name.casefold(), p.id))
        person_key = _keys([(p.id, p.title if p.kind == "position" else p.family_name) for p in people])

        def date_text(d: date | None):
            return d.isoformat() if d else None

        held = {kind: translations_in(s, kind, ids) for kind, ids in (
            ("mission", [m.id]), ("person", [p.id for p in people]), ("meeting", [mt.id for mt in m.meetings]),
            ("organization", list(orgs)), ("agreement", [a.id for a in agreements]),
            ("leg", [leg.id for leg in m.legs]))}

        def texts(kind: str, record_id: str) -> dict:
            """The record's translations, languages and fields in a fixed order (files compare)."""
            have = held[kind].get(record_id, {})
            return {lang: {f: have[lang][f] for f in sorted(have[lang])} for lang in sorted(have) if have[lang]}

        doc = {"format": FORMAT}
        doc["mission"] = _clean({
            "title": m.title, "slug": m.slug, "kind": m.kind, "status": m.status,
            "start": m.start_date.isoformat(), "end": m.end_date.isoformat(),
            "home_timezone": m.home_timezone, "lead": person_key.get(m.lead_id),
            "objectives": m.objectives, "key_messages": list(m.key_messages or []),
            "duty_officer": person_key.get(m.duty_officer_id), "notes": m.notes,
            "delegation": [_clean({"person": person_key[mem.person_id], "role": mem.role})
                           for mem in m.members],
            "translations": texts("mission", m.id),
        })
        doc["legs"] = [_clean({
            "city": leg.city, "city_native": leg.city_native, "country": leg.country,
            "timezone": leg.timezone, "arrive": wall_clock_text(leg.arrive, leg.timezone),
            "depart": wall_clock_text(leg.depart, leg.timezone), "hotel": leg.hotel,
            "hotel_address": leg.hotel_address, "hotel_phone": leg.hotel_phone,
            "check_in": wall_clock_text(leg.check_in, leg.timezone) if leg.check_in else None,
            "check_out": wall_clock_text(leg.check_out, leg.timezone) if leg.check_out else None,
            "embassy": leg.embassy, "emergency": leg.emergency, "notes": leg.notes,
            "translations": texts("leg", leg.id),
        }) for leg in m.legs]
        doc["organizations"] = [_clean({
            "key": org_key[o.id], "name": o.name, "native_name": o.native_name, "kind": o.kind,
            "country": o.country, "city": o.city, "address": o.address, "website": o.website,
            "email": o.email, "phone": o.phone, "description": o.description,
            "translations": texts("organization", o.id),
        }) for o in org_list]
        doc["people"] = []
        for p in people:
            aff = p.current_affiliation
            if p.kind == "position":
                doc["people"].append(_clean({
                    "key": person_key[p.id], "position": p.title,
                    "organization": org_key.get(aff.organization_id) if aff else None,
                    "form_of_address": p.form_of_address, "notes": p.notes,
                }))
                continue
            doc["people"].append(_clean({
                "key": person_key[p.id], "given_name": p.given_name, "family_name": p.family_name,
                "native_name": p.native_name,
                "name_order": p.name_order if p.name_order != person_fields(
                    {"family_name": "x", "native_name": p.native_name}, None)["name_order"] else "",
                "title": p.title, "honorific": p.honorific,
                "organization": org_key.get(aff.organization_id) if aff else None,
                "form_of_address": p.form_of_address, "pronunciation": p.pronunciation,
                "biography": p.biography, "email": p.email, "mobile": p.mobile, "phone": p.phone,
                "notes": p.notes, "translations": texts("person", p.id),
            }))
        doc["meetings"] = []
        for mt in sorted(m.meetings, key=lambda x: (x.start, x.title, x.id)):
            parts = sorted(mt.participations, key=lambda p: p.position)
            doc["meetings"].append(_clean({
                "title": mt.title, "start": wall_clock_text(mt.start, mt.timezone),
                "end": wall_clock_text(mt.end, mt.timezone), "timezone": mt.timezone,
                "city": mt.city, "venue": mt.venue, "address": mt.address, "status": mt.status,
                "kind": mt.kind if mt.kind != "meeting" else "", "dress_code": mt.dress_code,
                "without_lead": mt.without_lead,
                "counterparts": [person_key[p.person_id] for p in parts if p.side == "counterpart"],
                "delegation": [person_key[p.person_id] for p in parts if p.side == "delegation"],
                "reason": mt.reason, "requested_by": mt.requested_by, "objectives": mt.objectives,
                "talking_points": list(mt.talking_points or []), "if_raised": list(mt.if_raised or []),
                "background": mt.background, "arrangements": mt.arrangements, "outcome": mt.outcome,
                "decisions": list(mt.decisions or []), "uid": mt.uid,
                "translations": texts("meeting", mt.id),
                "followups": [_clean({
                    "action": f.action, "owner": person_key.get(f.owner_id), "due": date_text(f.due),
                    "recurrence": f.recurrence, "status": f.status if f.status != "open" else "",
                    "notes": f.notes,
                }) for f in sorted(mt.followups, key=lambda f: (f.due or date.max, f.action, f.id))],
            }))
        doc["travel"] = [_clean({
            "kind": t.kind, "carrier": t.carrier, "number": t.number, "from": t.from_place,
            "from_code": t.from_code, "from_terminal": t.from_terminal, "from_timezone": t.from_timezone,
            "depart": wall_clock_text(t.depart, t.from_timezone), "to": t.to_place, "to_code": t.to_code,
            "to_terminal": t.to_terminal, "to_timezone": t.to_timezone,
            "arrive": wall_clock_text(t.arrive, t.to_timezone), "booking_ref": t.booking_ref, "seat": t.seat,
            "travellers": [person_key[x.person_id] for x in sorted(t.travellers, key=lambda x: x.position)],
            "notes": t.notes,
        }) for t in sorted(m.travel, key=lambda t: (t.depart, t.id))]
        if not doc["travel"]:
            del doc["travel"]  # a mission without journeys exports as it did before they existed
        doc["agreements"] = [_clean({
            "title": a.title, "kind": a.kind, "status": a.status, "signed": date_text(a.signed),
            "signed_approximate": a.signed_approximate, "expires": date_text(a.expires),
            "parties": [org_key[o.id] for o in a.parties],
            "signatories": [person_key[p.id] for p in a.signatories],
            "scope": a.scope, "notes": a.notes, "translations": texts("agreement", a.id),
        }) for a in sorted(agreements, key=lambda a: (a.title, a.id))]
        return doc


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
