"""What the printed documents read about a mission: its detail, photos, and its people's history.

The briefing pack reads through here, as the GUI reads through the other service modules; what
leaves this module is plain dictionaries (the shapes of ``services.rows``).

Loading is a handful of queries per batch of meetings (``missions.detail_of``): meetings,
participants, their affiliations and follow-ups are loaded together (``selectinload``), where
reading them one relationship at a time cost one query per meeting and per person (a 60-meeting
mission issued about 250 queries, most of the pack's data time).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..model import Affiliation, Attachment, FollowUp, Meeting, Mission, MissionMember, Participation, Person
from . import validation as v
from .agreements import status_during
from .lookup import resolve_mission
from .missions import detail_of
from .rows import (
    followup_view,
)
from .timeutil import in_zone, local_midnight_today
from .translations import held_for, localise, translations_in

# The pack's languages and the CLDR locales their place names come from (as briefing/catalogue.py).
PLACE_LOCALES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE"}

PERSON_KINDS = ("person", "people", "persons")


def _person(path):
    """Loader option: a person with their affiliations and organizations (what `person_brief` reads)."""
    return path.selectinload(Person.affiliations).selectinload(Affiliation.organization)


def _followups(path):
    return _person(path.selectinload(FollowUp.owner))


def _load_mission(s: Session, ref: str) -> Mission:
    """The mission with its lead, delegation and legs (`detail_of` reads the meetings, their
    people and follow-ups itself, a batch at a time)."""
    m = resolve_mission(s, ref)
    return s.scalars(select(Mission).where(Mission.id == m.id).options(
        _person(selectinload(Mission.lead)),
        _person(selectinload(Mission.members).selectinload(MissionMember.person)),
        selectinload(Mission.legs),
    )).one()


def photos_of(s: Session, person_ids) -> dict[str, bytes]:
    """person id -> the bytes of their photo (the first attached), for those who have one."""
    photos: dict[str, bytes] = {}
    ids = list(person_ids)
    if ids:
        for a in s.scalars(select(Attachment).where(
                Attachment.entity_kind.in_(PERSON_KINDS), Attachment.role == "photo",
                Attachment.entity_id.in_(ids))):
            photos.setdefault(a.entity_id, a.data)
    return photos


def colleagues_of(s: Session, org_ids) -> dict[str, set[str]]:
    """organization id -> ids of the people affiliated with it."""
    members_of: dict[str, set[str]] = {}
    if org_ids:
        for pid, oid in s.execute(select(Affiliation.person_id, Affiliation.organization_id)
                                  .where(Affiliation.organization_id.in_(list(org_ids)))):
            members_of.setdefault(oid, set()).add(pid)
    return members_of


def past_interactions(s: Session, person_ids, *, exclude, home: str, today: date) -> list[dict]:
    """Meetings (of any mission) where one of `person_ids` sat across the table, oldest first,
    with their outcome, decisions and open follow-ups; meetings whose id is in `exclude` are left
    out. Each item: id, start (UTC), date (local), title, mission, mission_id, status, outcome, decisions,
    people (counterpart ids), names, open_followups."""
    if not person_ids:
        return []
    query = select(Meeting).join(Participation).where(
        Participation.person_id.in_(list(person_ids)), Participation.side == "counterpart")
    if exclude:
        query = query.where(Meeting.id.not_in(list(exclude)))
    rows = s.scalars(
        query
        .options(selectinload(Meeting.participations).selectinload(Participation.person),
                 selectinload(Meeting.mission), _followups(selectinload(Meeting.followups)))
        .order_by(Meeting.start)).unique().all()
    history = []
    for m in rows:
        cps = [p.person for p in m.participations if p.side == "counterpart"]
        history.append({
            "id": m.id, "start": m.start, "date": in_zone(m.start, m.timezone).date(),
            "title": m.title, "mission": m.mission.title, "mission_id": m.mission_id, "status": m.status,
            "outcome": m.outcome, "decisions": list(m.decisions or []),
            "people": {p.id for p in cps}, "names": [p.display_name for p in cps],
            "open_followups": [followup_view(f, home, today) for f in m.followups if f.status == "open"],
        })
    return history


def open_followups_owned_by(s: Session, person_ids, home: str, today: date) -> list[dict]:
    if not person_ids:
        return []
    return [followup_view(f, home, today) for f in s.scalars(
        select(FollowUp).where(FollowUp.owner_id.in_(list(person_ids)), FollowUp.status == "open")
        .options(_person(selectinload(FollowUp.owner)), selectinload(FollowUp.meeting),
                 selectinload(FollowUp.mission)))]


def meeting_count(db, ref: str) -> int:
    """How many meetings the mission has (one query; nothing else is read)."""
    with db.read() as s:
        m = resolve_mission(s, ref)
        return s.scalar(select(func.count()).select_from(Meeting).where(Meeting.mission_id == m.id))


def _own_people(d: dict) -> dict[str, None]:
    """Ids of the people of the mission itself, in order: the lead, the members, the duty officer,
    everyone in its meetings (either side) and the owners of its follow-ups."""
    ids: dict[str, None] = {}
    for p in [d["lead"], *d["delegation"], d.get("duty_officer")]:
        if p:
            ids.setdefault(p["id"])
    for mt in d["meetings"]:
        for p in [*mt["counterparts"], *mt["delegation"]]:
            if p:
                ids.setdefault(p["id"])
    for f in [*d["followups"], *(f for mt in d["meetings"] for f in mt["followups"])]:
        if f["owner"]:
            ids.setdefault(f["owner"]["id"])
    return ids


def keep_to_the_mission(d: dict) -> None:
    """Narrow a `mission_detail` document to what a printed pack of that mission may name.

    Agreements: those with a party met on the mission (an organization of a counterpart) or of a
    country it visits, signed before the mission ends; each with its status during the mission
    (``recorded_status`` keeps today's). People: the mission's own (`_own_people`) and the
    signatories of those agreements. Organizations: those people's, and the agreements' parties.
    (`mission_detail` reaches further: every agreement of the delegation's own organizations,
    whatever the destination, with its foreign signatories and parties.)
    """
    start, end = date.fromisoformat(d["start"]), date.fromisoformat(d["end"])
    people = {p["id"]: p for p in d["people"]}
    own = _own_people(d)
    met = {aff["organization_id"] for mt in d["meetings"] for c in mt["counterparts"] if c
           for aff in people.get(c["id"], {}).get("affiliations", ())}
    met |= {c["organization_id"] for mt in d["meetings"] for c in mt["counterparts"] if c and c["organization_id"]}
    countries = {leg["country"] for leg in d["legs"]}
    host = {o["id"] for o in d["organizations"] if o["country"] in countries}
    agreements = []
    for a in d["agreements"]:
        if not {o["id"] for o in a["parties"]} & (met | host):
            continue
        status = status_during(a, start, end)
        if status == "not-yet-signed":
            continue
        agreements.append(dict(a, status=status, recorded_status=a["status"]))
    kept = dict(own)
    for a in agreements:
        kept.update((p["id"], None) for p in a["signatories"] if p)
    d["people"] = [p for p in d["people"] if p["id"] in kept]
    org_ids = {aff["organization_id"] for p in d["people"] for aff in p["affiliations"]}
    org_ids |= {o["id"] for a in agreements for o in a["parties"]}
    d["organizations"] = [o for o in d["organizations"] if o["id"] in org_ids]
    d["agreements"] = agreements


@cache  # a pack of thousands of meetings asks for a handful of (city, zone) pairs
def city_name(city: str, zone_name: str, lang: str) -> str:
    """A city as a reader of `lang` writes it, from CLDR: "Séoul" for Seoul in Asia/Seoul in French,
    "Brussel" in Dutch. Only a city that is its zone's exemplar city has a CLDR name (Nagoya, in
    Asia/Tokyo, has none): any other is kept as typed."""
    from babel.dates import get_timezone, get_timezone_location

    from ..store.textfold import fold

    if not city or not zone_name or lang not in PLACE_LOCALES:
        return city
    try:
        zone = get_timezone(zone_name)
        if fold(get_timezone_location(zone, locale="en", return_city=True)) != fold(city):
            return city
        return get_timezone_location(zone, locale=PLACE_LOCALES[lang], return_city=True)
    except (LookupError, ValueError):
        return city


def name_places(d: dict, lang: str) -> None:
    """The legs' and meetings' cities in `lang` (`city_name`), in place."""
    for item in [*d["legs"], *d["meetings"]]:
        item["city"] = city_name(item.get("city") or "", item.get("timezone") or "", lang)


def name_past_in(s: Session, history: list[dict], lang: str) -> None:
    """Previous interactions under their meeting's and mission's titles in `lang`, where held (a
    reference to an earlier meeting, not a text of this pack: as typed, unmarked, otherwise)."""
    held = translations_in(s, "meeting", {h["id"] for h in history})
    held.update(translations_in(s, "mission", {h["mission_id"] for h in history}))
    for h in history:
        h["title"] = held.get(h["id"], {}).get(lang, {}).get("title") or h["title"]
        h["mission"] = held.get(h["mission_id"], {}).get(lang, {}).get("title") or h["mission"]


def briefing_data(db, ref: str, home_tz: str | None = None, today: date | None = None,
                  lang: str | None = None, untranslated_mark: str = "") -> dict:
    """`mission_detail` kept to the mission (`keep_to_the_mission`: its own people and
    organizations, the agreements that concern it, with their status during the mission) plus,
    per meeting, previous interactions with its counterparts (and their organizations' people),
    open follow-ups, agreements that concern them; and photos.

    With `lang` ("fr", "nl", "en"), its texts are those held in that language
    (services/translations.py) and its cities named as that language does (`name_places`); a text
    with no translation stays as typed, preceded by `untranslated_mark`, and is listed in
    ``d["untranslated"]`` ({"kind", "id", "record", "field"})."""
    with db.read() as s:
        m = _load_mission(s, ref)
        home = home_tz or m.home_timezone
        v.timezone_name(home, "home_timezone")
        today = today or local_midnight_today(home)
        d = detail_of(s, m, home, today)
        keep_to_the_mission(d)
        own_meetings = {mt["id"] for mt in d["meetings"]}
        photos = photos_of(s, [p["id"] for p in d["people"]])
        counterpart_ids = {c["id"] for mt in d["meetings"] for c in mt["counterparts"] if c}
        org_ids = {c["organization_id"] for mt in d["meetings"] for c in mt["counterparts"]
                   if c and c["organization_id"]}
        members_of = colleagues_of(s, org_ids)
        related = counterpart_ids | {p for ids in members_of.values() for p in ids}
        history = past_interactions(s, related, exclude=own_meetings, home=home, today=today)
        owned = open_followups_owned_by(s, counterpart_ids, home, today)
        held = held_for(s, d) if lang else {}
        if lang:
            name_past_in(s, history, lang)
    for mt in d["meetings"]:
        start = datetime.fromisoformat(mt["start"])
        cps = {c["id"] for c in mt["counterparts"] if c}
        orgs = {c["organization_id"] for c in mt["counterparts"] if c and c["organization_id"]}
        concerned = cps | {p for o in orgs for p in members_of.get(o, ())}
        past = [h for h in history if h["people"] & concerned and h["start"] < start]
        mt["past"] = past
        seen, open_f = set(), []
        for f in [f for f in mt["followups"] if f["status"] == "open"] + \
                [f for h in past for f in h["open_followups"]] + \
                [f for f in owned if f["owner"] and f["owner"]["id"] in cps]:
            if f["id"] not in seen:
                seen.add(f["id"])
                open_f.append(f)
        mt["open_followups"] = open_f
        mt["agreements"] = [a for a in d["agreements"]
                            if {o["id"] for o in a["parties"]} & orgs
                            or {p["id"] for p in a["signatories"] if p} & cps]
    d["untranslated"] = localise(d, held, lang, untranslated_mark) if lang else []
    if lang:
        name_places(d, lang)
    d["photos"] = photos
    d["today"] = today
    d["user"] = db.user  # who prints: the pack's drafting officer unless one is named
    return d


__all__ = ["briefing_data", "city_name", "colleagues_of", "keep_to_the_mission", "meeting_count", "open_followups_owned_by", "past_interactions", "photos_of"]
