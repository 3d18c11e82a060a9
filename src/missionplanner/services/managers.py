"""The planner's managers: one per aggregate, each the only way its records are read or written.

A manager holds its planner and names the use cases of one aggregate; the rules themselves live in
the service module of that aggregate (services/missions.py, meetings.py, people.py...), so a rule
such as "a meeting ends after it starts" is written once. Plain dicts and ids go in and out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path


class _Manager:
    def __init__(self, planner):
        self._planner = planner

    @property
    def _db(self):
        return self._planner.db

    def _bulk(self, session) -> dict:
        """What services.batch needs beside the rows: who writes, and the outbox's report of the
        rows it writes without the ORM."""
        return {"user": self._db.user, "record": self._planner.recorder(session)}


# Missions ---------------------------------------------------------------------------------------

class MissionsManager(_Manager):
    def list(self, limit: int | None = None) -> list[dict]:
        """Every mission, newest first (or the first `limit`): the one mission list."""
        from .lists import mission_rows

        return mission_rows(self._db, limit)

    @staticmethod
    def first_screen(path_or_url=None) -> list[dict] | None:
        """The first missions read with sqlite3 alone, before SQLAlchemy is loaded (app start-up);
        None when the file cannot be read that way."""
        from .first_screen import first_screen

        return first_screen(path_or_url)

    def resolve(self, ref: str) -> str:
        """The id of the mission named by an id, a unique id prefix, its slug or its exact title."""
        from .missions import mission_id_of

        return mission_id_of(self._db, ref)

    def detail(self, ref: str, home_tz: str | None = None, today: date | None = None) -> dict:
        from .missions import mission_detail

        return mission_detail(self._db, ref, home_tz=home_tz, today=today)

    def create(self, **data) -> str:
        from .missions import create_mission

        return create_mission(self._db, **data)

    def update(self, mission_id: str, version: int | None = None, **changes) -> int:
        from .missions import update_mission

        return update_mission(self._db, mission_id, version, **changes)

    def delete(self, mission_id: str) -> dict:
        from .missions import delete_mission

        return delete_mission(self._db, mission_id)

    def deletion_impact(self, mission_id: str) -> dict:
        from .missions import deletion_impact

        return deletion_impact(self._db, mission_id)

    @staticmethod
    def problems(data: dict) -> list:
        """Every rule the mission's fields break, at once (no database read: the editor asks)."""
        from .missions import mission_problems

        return mission_problems(data)

    @staticmethod
    def leg_problems(data: dict) -> list:
        from .missions import leg_problems

        return leg_problems(data)

    def add_leg(self, mission_id: str, **data) -> str:
        from .missions import add_leg

        return add_leg(self._db, mission_id, **data)

    def update_leg(self, leg_id: str, version: int | None = None, **changes) -> int:
        from .missions import update_leg

        return update_leg(self._db, leg_id, version, **changes)

    def delete_leg(self, leg_id: str) -> None:
        from .missions import delete_leg

        delete_leg(self._db, leg_id)

    def set_members(self, mission_id: str, members: list[tuple[str, str]]) -> None:
        from .missions import set_members

        set_members(self._db, mission_id, members)

    def meeting_counts(self) -> dict[str, int]:
        from .missions import meeting_counts_by_mission

        return meeting_counts_by_mission(self._db)

    # The mission file (DESIGN.md's fixed contract)

    def export(self, ref: str) -> dict:
        from .missionfile import export_mission

        return export_mission(self._db, ref)

    @staticmethod
    def dumps(doc: dict) -> str:
        from .missionfile import dumps

        return dumps(doc)

    @staticmethod
    def read_file(path: str | Path) -> dict:
        from .missionfile import read_document

        return read_document(path)

    def import_document(self, doc: dict, dry_run: bool = False, source: str = "", *, progress=None) -> dict:
        from .missionfile import import_document

        return import_document(self._db, doc, dry_run=dry_run, source=source, progress=progress)

    def import_file(self, path: str | Path, dry_run: bool = False, *, progress=None) -> dict:
        from .missionfile import import_file

        return import_file(self._db, path, dry_run=dry_run, progress=progress)

    # Demo and generated data

    def load_demo(self) -> dict:
        from .demo import load_demo

        return load_demo(self._db)

    def is_empty(self) -> bool:
        from .demo import is_empty

        return is_empty(self._db)


# Travel -----------------------------------------------------------------------------------------

class TravelManager(_Manager):
    """The mission's flights, trains, cars and boats (services/travel.py)."""

    def list(self, mission_id: str) -> list[dict]:
        """The segments by departure: fields, `depart`/`arrive` as UTC instants, travellers."""
        from .travel import list_segments

        return list_segments(self._db, mission_id)

    def create(self, mission_id: str, **data) -> str:
        from .travel import create_segment

        return create_segment(self._db, mission_id, **data)

    def update(self, segment_id: str, version: int | None = None, **changes) -> int:
        from .travel import update_segment

        return update_segment(self._db, segment_id, version, **changes)

    def delete(self, segment_id: str) -> None:
        from .travel import delete_segment

        delete_segment(self._db, segment_id)

    def snapshot(self, segment_id: str) -> dict:
        from .travel import segment_snapshot

        return segment_snapshot(self._db, segment_id)

    def restore(self, snapshot: dict) -> str:
        from .travel import restore_segment

        return restore_segment(self._db, snapshot)

    def timeline(self, mission_id: str) -> dict:
        """The whole trip day by day: travel, stays and meetings (services/timeline.py)."""
        from .timeline import trip_timeline

        return trip_timeline(self._db, mission_id)


# Meetings ---------------------------------------------------------------------------------------

class MeetingsManager(_Manager):
    def get(self, meeting_id: str, home_tz: str | None = None) -> dict:
        from .meetings import meeting_by_id

        return meeting_by_id(self._db, meeting_id, home_tz)

    def starting(self, after, until) -> list[dict]:
        """Meetings to be reminded of: starting in (after, until], neither cancelled nor held."""
        from .meetings import meetings_starting

        return meetings_starting(self._db, after, until)

    def page(self, offset: int = 0, limit: int | None = None, **filters) -> list[dict]:
        from .lists import PAGE, page_meetings

        return page_meetings(self._db, offset, PAGE if limit is None else limit, **filters)

    def count(self, mission_id: str | None = None, status: str | None = None) -> int:
        from .lists import count_meetings

        return count_meetings(self._db, mission_id, status)

    def create(self, mission_id: str, **data) -> str:
        from .meetings import create_meeting

        return create_meeting(self._db, mission_id, **data)

    def create_many(self, mission_id: str, rows: list[dict], **options) -> list[str]:
        """New meetings of one mission, every row checked by the rules of `create` first; all or
        nothing (services.batch.BatchError names every bad row)."""
        from ..model import Mission
        from .batch import create_meetings_in
        from .lookup import get

        with self._db.write() as s:
            mission = get(s, Mission, mission_id, "mission")
            return create_meetings_in(s, mission, rows, **self._bulk(s), **options)

    def update(self, meeting_id: str, version: int | None = None, **changes) -> int:
        from .meetings import update_meeting

        return update_meeting(self._db, meeting_id, version, **changes)

    def delete(self, meeting_id: str) -> dict:
        from .meetings import delete_meeting

        return delete_meeting(self._db, meeting_id)

    def deletion_impact(self, meeting_id: str) -> dict:
        from .meetings import meeting_deletion_impact

        return meeting_deletion_impact(self._db, meeting_id)

    def log_outcome(self, meeting_id: str, version: int | None, *, outcome: str, decisions: list[str],
                    followups: list[dict] = ()) -> int:
        from .meetings import log_outcome

        return log_outcome(self._db, meeting_id, version, outcome=outcome, decisions=decisions,
                           followups=followups)

    def restore_outcome(self, meeting_id: str, *, outcome: str, decisions: list[str], status: str,
                        drop_followups=()) -> int:
        from .meetings import restore_outcome

        return restore_outcome(self._db, meeting_id, outcome=outcome, decisions=decisions, status=status,
                               drop_followups=drop_followups)

    def followup_ids(self, meeting_id: str) -> set[str]:
        from .meetings import followup_ids

        return followup_ids(self._db, meeting_id)

    @staticmethod
    def problems(data: dict) -> list:
        """Every rule the meeting's fields break, at once (no database read: the editor asks)."""
        from .meetings import meeting_problems

        return meeting_problems(data)

    def find_slots(self, mission_ref: str, day, city: str, minutes: int, rules=None) -> dict:
        """Free slots with, when there are none, why and what else fits (services.slots.find_slots)."""
        from .slots import find_slots

        return find_slots(self._db, mission_ref, day, city, minutes, rules)

    def free_slots(self, mission_ref: str, day, city: str, minutes: int, rules=None) -> list[dict]:
        from .slots import free_slots

        return free_slots(self._db, mission_ref, day, city, minutes, rules)

    def snapshot(self, meeting_id: str) -> dict:
        """Everything deleting the meeting removes (its participants and follow-ups), for `restore`."""
        from .snapshots import meeting_snapshot

        return meeting_snapshot(self._db, meeting_id)

    def restore(self, snapshot: dict) -> str:
        """Bring a deleted meeting back under its own id, with what `snapshot` kept."""
        from .snapshots import restore_meeting

        return restore_meeting(self._db, snapshot)


# People and organizations -----------------------------------------------------------------------

class PeopleManager(_Manager):
    def our_side(self) -> list[dict]:
        """Our side (every mission's lead and delegation members), sorted: who work can be given to."""
        from .people import our_side

        return our_side(self._db)

    def search(self, text: str = "", limit: int | None = None, offset: int = 0) -> list[dict]:
        """People matching every word of `text` in their names (either script), title, organization
        or e-mail, ignoring case and accents ("cecile" finds Cécile; "50%" is literal): the one
        person search rule. By family name, then given name."""
        from .people import list_people

        return list_people(self._db, text, limit=limit, offset=offset)

    def count(self, text: str = "") -> int:
        from .lists import count_people

        return count_people(self._db, text)

    def page(self, offset: int = 0, limit: int | None = None, text: str = "") -> list[dict]:
        from .lists import PAGE, page_people

        return page_people(self._db, offset, PAGE if limit is None else limit, text)

    def get(self, person_id: str, home_tz: str = "Europe/Brussels") -> dict:
        return self.detail(person_id, home_tz)

    def detail(self, person_id: str, home_tz: str = "Europe/Brussels") -> dict:
        """The person with a timeline of every meeting, agreement and follow-up across missions."""
        from .people import person_detail

        return person_detail(self._db, person_id, home_tz)

    @staticmethod
    def problems(data: dict, kind: str = "person") -> list:
        """Every rule the person's fields break, at once (no database read: the editor asks)."""
        from .people import person_problems

        return person_problems(data, kind)

    def create_position(self, **fields) -> str:
        """A post whose holder is not known yet ("Vice-Governor of Aichi"): no name, never a fake one."""
        from .people import create_position

        return create_position(self._db, **fields)

    def fill_position(self, position_id: str, person_id: str) -> dict:
        """The holder is known: the position's meetings, seats and journeys pass to the person.
        Returns the snapshot that `restore` takes to undo it."""
        from .people import fill_position

        return fill_position(self._db, position_id, person_id)

    def create(self, **data) -> str:
        from .people import create_person

        return create_person(self._db, **data)

    def create_many(self, rows: list[dict], **options) -> list[str]:
        """New people, every row checked by the rules of `create` first (an `organization_id`
        makes them a member of it, as `create` does); all or nothing."""
        from sqlalchemy import select

        from ..errors import NotFoundError
        from ..model import Organization
        from .batch import create_affiliations_in, create_people_in

        orgs = [row.get("organization_id") for row in rows]
        plain = [{k: x for k, x in row.items() if k != "organization_id"} for row in rows]
        with self._db.write() as s:
            ids = create_people_in(s, plain, **self._bulk(s), **options)
            wanted = {org for org in orgs if org}
            known = set(s.scalars(select(Organization.id).where(Organization.id.in_(wanted)))) if wanted else set()
            for org in orgs:
                if org and org not in known:
                    raise NotFoundError(code="record.missing", kind="organization", id=org)
            create_affiliations_in(s, [{"person_id": pid, "organization_id": org, "role": row.get("title")}
                                       for pid, org, row in zip(ids, orgs, rows, strict=True) if org],
                                   **self._bulk(s))
            return ids

    def update(self, person_id: str, version: int | None = None, **changes) -> int:
        from .people import update_person

        return update_person(self._db, person_id, version, **changes)

    def delete(self, person_id: str) -> None:
        from .people import delete_person

        delete_person(self._db, person_id)

    def deletion_impact(self, person_id: str) -> dict:
        from .people import person_deletion_impact

        return person_deletion_impact(self._db, person_id)

    def snapshot(self, person_id: str) -> dict:
        from .people import person_record

        return person_record(self._db, person_id)

    def restore(self, snapshot: dict) -> str:
        from .people import restore_person

        return restore_person(self._db, snapshot)

    def followup_owners(self) -> list[dict]:
        from .people import followup_owners

        return followup_owners(self._db)

    def find_duplicates(self) -> list[dict]:
        from .duplicates import find_duplicates

        return find_duplicates(self._db)

    def merge(self, keep_id: str, drop_id: str) -> dict:
        from .duplicates import merge_people

        return merge_people(self._db, keep_id, drop_id)

    def undo_merge(self, record) -> dict:
        from .duplicates import undo_merge

        return undo_merge(self._db, record)


class OrganizationsManager(_Manager):
    def list(self, text: str = "", kind: str | None = None) -> list[dict]:
        return self.page(0, None, text=text, kind=kind)

    def page(self, offset: int = 0, limit: int | None = None, text: str = "", kind: str | None = None,
             sort: str = "name", descending: bool = False) -> list[dict]:
        """Organizations by name (or another of people.ORG_SORT_KEYS), a page at a time."""
        from .people import page_organizations

        return page_organizations(self._db, offset, limit, text, kind, sort, descending)

    def count(self, text: str = "", kind: str | None = None) -> int:
        from .lists import count_organizations

        return count_organizations(self._db, text, kind)

    def detail(self, org_id: str) -> dict:
        from .people import organization_detail

        return organization_detail(self._db, org_id)

    def create(self, **data) -> str:
        from .people import create_organization

        return create_organization(self._db, **data)

    def create_many(self, rows: list[dict], **options) -> list[str]:
        """New organizations, every row checked by the rules of `create` first; all or nothing."""
        from .batch import create_organizations_in

        with self._db.write() as s:
            return create_organizations_in(s, rows, **self._bulk(s), **options)

    def update(self, org_id: str, version: int | None = None, **changes) -> int:
        from .people import update_organization

        return update_organization(self._db, org_id, version, **changes)

    def delete(self, org_id: str) -> None:
        from .people import delete_organization

        delete_organization(self._db, org_id)

    def deletion_impact(self, org_id: str) -> dict:
        from .people import organization_deletion_impact

        return organization_deletion_impact(self._db, org_id)

    def snapshot(self, org_id: str) -> dict:
        from .people import organization_record

        return organization_record(self._db, org_id)

    def restore(self, snapshot: dict) -> str:
        from .people import restore_organization

        return restore_organization(self._db, snapshot)


# Agreements and follow-ups ----------------------------------------------------------------------

class AgreementsManager(_Manager):
    def list(self) -> list[dict]:
        """Every agreement by title, with its parties and signatories."""
        from .lists import agreement_rows

        return agreement_rows(self._db)

    def create(self, **data) -> str:
        from .agreements import create_agreement

        return create_agreement(self._db, **data)

    def update(self, agreement_id: str, version: int | None = None, **changes) -> int:
        from .agreements import update_agreement

        return update_agreement(self._db, agreement_id, version, **changes)

    def delete(self, agreement_id: str) -> None:
        from .agreements import delete_agreement

        delete_agreement(self._db, agreement_id)

    def deletion_impact(self, agreement_id: str) -> dict:
        from .agreements import deletion_impact

        return deletion_impact(self._db, agreement_id)

    def snapshot(self, agreement_id: str) -> dict:
        from .snapshots import agreement_snapshot

        return agreement_snapshot(self._db, agreement_id)

    def restore(self, snapshot: dict) -> str:
        from .snapshots import restore_agreement

        return restore_agreement(self._db, snapshot)


class FollowupsManager(_Manager):
    @staticmethod
    def problems(data: dict) -> list:
        """Every rule the follow-up's fields break, at once (no database read: the editor asks)."""
        from .followups import followup_problems

        return followup_problems(data)

    def list(self, **filters) -> list[dict]:
        """Follow-ups by due date (services.followups.list_followups' filters: mission, overdue,
        status, owner_id, due_from, due_to, home_tz, today)."""
        from .followups import list_followups

        return list_followups(self._db, **filters)

    def page(self, offset: int = 0, limit: int | None = None, **filters) -> list[dict]:
        from .lists import PAGE, page_followups

        return page_followups(self._db, offset, PAGE if limit is None else limit, **filters)

    def count(self, **filters) -> int:
        from .lists import count_followups

        return count_followups(self._db, **filters)

    def create(self, *, mission_id: str | None = None, meeting_id: str | None = None, **data) -> str:
        from .followups import create_followup

        return create_followup(self._db, mission_id=mission_id, meeting_id=meeting_id, **data)

    def update(self, followup_id: str, version: int | None = None, **changes) -> int:
        from .followups import update_followup

        return update_followup(self._db, followup_id, version, **changes)

    def delete(self, followup_id: str) -> None:
        from .followups import delete_followup

        delete_followup(self._db, followup_id)

    def complete(self, followup_id: str, version: int | None = None) -> str | None:
        """Mark done; a recurring one schedules its next occurrence, whose id is returned."""
        from .followups import complete_followup

        return complete_followup(self._db, followup_id, version)

    def reopen(self, followup_id: str, version: int | None = None) -> int:
        from .followups import reopen_followup

        return reopen_followup(self._db, followup_id, version)

    def snooze(self, followup_id: str, until: date, version: int | None = None) -> int:
        from .followups import snooze_followup

        return snooze_followup(self._db, followup_id, until, version)

    def state(self, followup_id: str) -> dict:
        from .followups import followup_state

        return followup_state(self._db, followup_id)

    def count_overdue(self, **options) -> int:
        from .followups import count_overdue

        return count_overdue(self._db, **options)

    def due_soon(self, days: int = 1, **options) -> list[dict]:
        from .followups import due_soon

        return due_soon(self._db, days, **options)

    def snapshot(self, followup_id: str) -> dict:
        from .snapshots import followup_snapshot

        return followup_snapshot(self._db, followup_id)

    def restore(self, snapshot: dict) -> str:
        from .snapshots import restore_followup

        return restore_followup(self._db, snapshot)


# Checks, search, safety, attachments, briefing --------------------------------------------------

class ChecksManager(_Manager):
    def mission(self, ref: str, rules=None, *, limit: int | None = None):
        """The scheduling problems of one mission, errors first (a checks.CheckResult: `problems`,
        `total`, `errors`, `truncated`). `limit` defaults to checks.MAX_PROBLEMS."""
        from .checks import MAX_PROBLEMS, check_mission_counted

        return check_mission_counted(self._db, ref, rules, limit=MAX_PROBLEMS if limit is None else limit)

    def candidate(self, mission_id: str, candidate: dict, exclude_meeting_id: str | None = None,
                  rules=None) -> list[dict]:
        """The problems a meeting would have if saved as `candidate`, before saving it."""
        from .checks import check_candidate

        return check_candidate(self._db, mission_id, candidate, exclude_meeting_id, rules)


class SearchManager(_Manager):
    def query(self, text: str, limit: int = 50) -> list[dict]:
        """One ranked list of missions, meetings, people, organizations and agreements."""
        from .search import search

        return search(self._db, text, limit)

    def rebuild_index(self) -> int:
        from .search import rebuild_index

        return rebuild_index(self._db)


class SafetyManager(_Manager):
    @property
    def file_based(self) -> bool:
        """Whether the data is a file of this computer (backups and restore are then this app's),
        not the cabinet's server (whose backups are IT's: pg_dump, pg_basebackup)."""
        return self._db.path is not None

    def backup_now(self, output: str | Path | None = None, *, progress=None) -> Path:
        from .safety import backup_now

        return backup_now(self._db, output, progress=progress)

    def list_backups(self) -> list[Path]:
        from .safety import list_backups

        return list_backups(self._db)

    def restore(self, source: str | Path, *, progress=None) -> dict:
        from .safety import restore

        return restore(self._db, source, progress=progress)

    def doctor(self, *, progress=None) -> dict:
        from .safety import run_doctor

        return run_doctor(self._db, progress=progress)

    def backup_if_due(self, **options) -> Path | None:
        from .safety import backup_if_due

        return backup_if_due(self._db, **options)

    def begin_session(self, *, progress=None) -> list[str] | None:
        from .safety import begin_session

        return begin_session(self._db, progress=progress)

    def end_session(self) -> None:
        from .safety import end_session

        end_session(self._db)

    def about(self) -> dict:
        """What Help > About shows of the data: location, schema revision and head, data folder."""
        from .safety import about

        return about(self._db)

    def history(self, entity_id: str, home_tz: str | None = None) -> list[dict]:
        """Who changed which fields of a record, from what to what, and when; oldest first."""
        from .history import record_history

        return record_history(self._db, entity_id, *([home_tz] if home_tz else []))


class AttachmentsManager(_Manager):
    def attach(self, entity_kind: str, entity_id: str, path: str | Path, role: str = "document") -> str:
        from .attachments import attach_file

        return attach_file(self._db, entity_kind, entity_id, path, role)

    def list(self, entity_kind: str, entity_id: str, role: str | None = None) -> list[dict]:
        from .attachments import list_attachments

        return list_attachments(self._db, entity_kind, entity_id, role)

    def save(self, attachment_id: str, folder: str | Path) -> Path:
        from .attachments import save_attachment

        return save_attachment(self._db, attachment_id, folder)

    def delete(self, attachment_id: str) -> None:
        from .attachments import delete_attachment

        delete_attachment(self._db, attachment_id)


class BriefingManager(_Manager):
    def data(self, ref: str, home_tz: str | None = None, today: date | None = None,
             lang: str | None = None, untranslated_mark: str = "") -> dict:
        """The mission's detail plus, per meeting, previous interactions, open follow-ups and
        agreements that concern its counterparts; and photos: what the printed documents read.
        With `lang`, the texts held in that language (the others as typed, after the mark)."""
        from .briefing_data import briefing_data

        return briefing_data(self._db, ref, home_tz=home_tz, today=today, lang=lang,
                             untranslated_mark=untranslated_mark)

    def meeting_count(self, ref: str) -> int:
        from .briefing_data import meeting_count

        return meeting_count(self._db, ref)

    def problems(self, ref: str) -> list[dict]:
        from .checks import check_mission

        return check_mission(self._db, ref)


# Laptop replicas -------------------------------------------------------------------------------

class SyncManager(_Manager):
    """A laptop's copy of the cabinet's server (services/sync): sync, and the conflict inbox."""

    def is_replica(self) -> bool:
        """Whether this database joined a server (known since the planner opened: no query)."""
        from .outbox import ReplicaOutbox

        return isinstance(self._planner.outbox, ReplicaOutbox)

    def run(self) -> dict:
        """Pull, push, pull: {"pulled", "pushed", "conflicts"}; ServerUnreachableError when the
        server cannot be reached (nothing lost)."""
        from .sync.engine import sync

        return sync(self._db)

    def conflicts(self) -> list[dict]:
        from .sync.engine import list_conflicts

        return list_conflicts(self._db)

    def resolve(self, conflict_id: int, side: str) -> dict:
        from .sync.engine import resolve

        return resolve(self._planner, conflict_id, side)

    def resolve_merged(self, conflict_id: int, values: dict) -> dict:
        from .sync.engine import resolve_merged

        return resolve_merged(self._planner, conflict_id, values)
