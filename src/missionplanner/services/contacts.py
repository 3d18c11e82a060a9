"""Contacts lists, the data side: people and organizations matched to the ones already stored, or
created; all or nothing. Reading the file (CSV, Excel) is interop/contacts.py's; docs/interop.md gives
the rules for users.

A person is matched to an existing one by e-mail (and the same family name: a shared mailbox is no
proof), else by the same names once case and accents are folded (`store.textfold`, the rule of the
person search); empty fields of a matched person are filled in, nothing is overwritten. Every row is
validated by the rules of a single create (`person_fields`, `organization_fields`), and the new
records are written through `services.batch`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import SimpleNamespace

from sqlalchemy import select

from ..errors import ValidationError
from ..model import Affiliation, Organization, Person
from ..store.textfold import fold  # the one folding rule; interop matches header names with it too
from . import batch
from .people import organization_fields, person_fields

PERSON_KEYS = ("given_name", "family_name", "native_name", "title", "honorific", "email", "phone",
               "mobile", "form_of_address", "pronunciation", "notes", "name_order")
# What a contact may hold besides those: its organization (its name, native name and country).
ORGANIZATION_KEYS = ("organization", "organization_native", "country")


def merge_contacts(planner, contacts: Iterable[tuple[int, dict]], *, unit: str = "line", dry_run: bool = False,
                   progress: Callable[[], None] | None = None, progress_every: int = 1000) -> dict:
    """Match or create the people (and organizations) of a contacts list; all or nothing.

    `contacts` gives (line, contact) pairs, a contact holding PERSON_KEYS and ORGANIZATION_KEYS; a
    refused row is a ValidationError whose `where` is "{unit} {line}" and whose `field` is the key.
    `progress`, when given, is called every `progress_every` rows and before writing; it may raise
    to cancel, and then nothing is written.
    """
    tick = progress or (lambda: None)
    summary = {"rows": 0, "people_created": 0, "people_matched": 0, "organizations_created": 0,
               "organizations_matched": 0, "details": []}
    with planner.db.write() as s:
        index = _Index(s)
        for i, (line, contact) in enumerate(contacts, start=1):
            if i % progress_every == 0:
                tick()
            try:
                detail = _row(index, contact, summary)
            except ValidationError as exc:
                raise ValidationError.like(exc, where=f"{unit} {line}", field=exc.field) from None
            detail["line"] = line
            summary["details"].append(detail)
            summary["rows"] += 1
        tick()
        _write_new(s, index, planner.db.user, planner.recorder(s))
        s.flush()
        if dry_run:
            s.rollback()
    return summary


class Pending(SimpleNamespace):
    """A record this import will create, with the validated fields of its row (and, for a person,
    `affiliations`: its pending links); compared and hashed by identity, like an ORM object. Its
    `id` is set when it is written."""

    __hash__ = object.__hash__
    __eq__ = object.__eq__


# Matching ---------------------------------------------------------------------------------------

class _Index:
    """Existing people and organizations, looked up in memory (one query each, not one per row)."""

    def __init__(self, session):
        # Records this file creates, written in bulk at the end (services.batch): plain namespaces
        # with the same attributes as the ORM objects, so matching treats old and new alike.
        self.new_people: list[Pending] = []
        self.new_orgs: list[Pending] = []
        self.by_email: dict[str, Person] = {}
        self.by_name: dict[tuple[str, str], list[Person]] = {}
        self.orgs: dict[str, list[Organization]] = {}
        self.seen_orgs: dict[tuple[str, str, str], Organization] = {}
        # Links from people already stored to organizations this file creates: an ORM collection
        # only takes ORM objects, so these wait here until the organizations have their rows.
        self.new_links: dict[int, tuple[Person, list[Pending]]] = {}
        for p in session.scalars(select(Person)):
            self.add_person(p)
        for o in session.scalars(select(Organization)):
            self.add_org(o)

    def add_person(self, p: Person, key: tuple[str, str] | None = None) -> None:
        if p.email:
            self.by_email.setdefault(p.email.lower(), p)
        self.by_name.setdefault(key or (fold(p.family_name), fold(p.given_name)), []).append(p)

    def affiliations(self, p) -> list:
        return list(p.affiliations) + self.new_links.get(id(p), (p, []))[1]

    def link(self, p, link: Pending) -> None:
        self.new_links.setdefault(id(p), (p, []))[1].append(link)

    def add_org(self, o: Organization) -> None:
        self.orgs.setdefault(fold(o.name), []).append(o)

    def person(self, data: dict, org: Organization | None, key: tuple[str, str]) -> Person | None:
        same_email = self.by_email.get(data["email"].lower()) if data["email"] else None
        # A shared mailbox (secretariat@...) is no proof of identity: the family name must agree too.
        if same_email is not None and fold(same_email.family_name) == key[0]:
            return same_email
        for p in self.by_name.get(key, ()):
            if data["native_name"] and p.native_name and p.native_name != data["native_name"]:
                continue
            if data["email"] and p.email:
                continue  # two different addresses: two people
            orgs = {a.organization for a in self.affiliations(p)}
            if org is not None and orgs and org not in orgs:
                continue  # a Kim Min-su at another company is another Kim Min-su
            return p
        return None

    def organization(self, name: str, country: str) -> Organization | None:
        for o in self.orgs.get(fold(name), []):
            if not country or not o.country or o.country == country:
                return o
        return None


# Writing ----------------------------------------------------------------------------------------

def _write_new(s, index: _Index, user: str, record) -> None:
    """Organizations, then people, then their affiliations, through services.batch (each table in one
    executemany); each new record gets its id as it is written."""
    for o, new_id in zip(index.new_orgs, batch.create_organizations_in(
            s, [vars(o) for o in index.new_orgs], user=user, record=record), strict=True):
        o.id = new_id
    people = [{k: value for k, value in vars(p).items() if k != "affiliations"} for p in index.new_people]
    for p, new_id in zip(index.new_people, batch.create_people_in(s, people, user=user, record=record), strict=True):
        p.id = new_id
    links = []
    pending = [(p, p.affiliations) for p in index.new_people] + list(index.new_links.values())
    for p, affiliations in pending:
        for a in affiliations:
            if isinstance(a, Pending):
                links.append({"person_id": p.id, "organization_id": a.organization.id, "role": a.role})
    batch.create_affiliations_in(s, links, user=user, record=record)


def check_contact(contact: dict) -> None:
    """The rules a contact's row must keep (the person's fields, its organization's), checked without
    the database: how an import that skips bad rows tells them before writing any."""
    person_fields({k: v for k, v in contact.items() if k in PERSON_KEYS}, None)
    if contact.get("organization"):
        organization_fields({"name": contact["organization"], "native_name": contact.get("organization_native", ""),
                             "country": contact.get("country", "")}, None)


def _row(index: _Index, contact: dict, summary: dict) -> dict:
    fields = person_fields({k: v for k, v in contact.items() if k in PERSON_KEYS}, None)
    org = None
    org_name = contact.get("organization", "")
    if org_name:
        raw = (org_name, contact.get("organization_native", ""), contact.get("country", ""))
        org = index.seen_orgs.get(raw)  # a list names the same organization on many lines
        if org is None:
            org_data = organization_fields({"name": raw[0], "native_name": raw[1], "country": raw[2]}, None)
            org = index.organization(org_data["name"], org_data["country"])
            if org is None:
                org = Pending(**org_data)
                index.new_orgs.append(org)
                index.add_org(org)
                summary["organizations_created"] += 1
            else:
                summary["organizations_matched"] += 1
            index.seen_orgs[raw] = org
    key = (fold(fields["family_name"]), fold(fields["given_name"]))
    person = index.person(fields, org, key)
    if person is None:
        person = Pending(**{"kind": "person", **fields}, affiliations=[])  # a contact file names people
        index.new_people.append(person)
        index.add_person(person, key)
        summary["people_created"] += 1
        action, filled = "create", []
    else:
        filled = [k for k, value in fields.items()
                  if value and k != "name_order" and not getattr(person, k)]
        for k in filled:
            setattr(person, k, fields[k])
        if person.email:
            index.by_email.setdefault(person.email.lower(), person)
        summary["people_matched"] += 1
        action = "match"
    name = Person.display_name.fget(person)  # an ORM person or one this file creates
    if org is not None and not any(a.organization is org and a.end_date is None
                                   for a in index.affiliations(person)):
        if isinstance(person, Person) and isinstance(org, Organization):
            person.affiliations.append(Affiliation(organization=org, role=fields["title"]))
        else:
            link = Pending(organization=org, role=fields["title"], end_date=None)
            if isinstance(person, Person):
                index.link(person, link)
            else:
                person.affiliations.append(link)
    return {"action": action, "name": name, "organization": org.name if org else "", "filled": filled}
