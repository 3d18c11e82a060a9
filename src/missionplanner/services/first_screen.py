"""The missions list's rows in plain, portable SQL, run by whoever holds a connection.

One reader for two callers: services.lists.mission_rows runs it through a SQLAlchemy session
(`text()`, so any database SQLAlchemy speaks), and the application's start runs it on a read-only
sqlite3 connection before SQLAlchemy is even imported (store.quick_open), so the first screen of
missions shows in a fraction of the time SQLAlchemy and the model take to import. Parameters are
named (`:p0`), which both sqlite3 and `text()` accept. Nothing here imports SQLAlchemy, the model
or Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..model.names import display_name

# run(sql, params) -> rows as tuples
Run = Callable[[str, dict], Iterable[Sequence]]

_MISSIONS = ("SELECT id, version, slug, title, kind, status, start_date, end_date, home_timezone, lead_id "
             "FROM missions ORDER BY start_date DESC, title")
_LEGS = "SELECT mission_id, city FROM legs{where} ORDER BY mission_id, arrive"
_LEADS = ("SELECT id, given_name, family_name, native_name, name_order, title, kind FROM people "
          "WHERE id IN ({marks})")
# The latest current affiliation wins, as Person.current_affiliation (affiliations by start date).
_CURRENT_ORGS = ("SELECT a.person_id, o.id, o.name, o.native_name FROM affiliations a "
                 "JOIN organizations o ON o.id = a.organization_id "
                 "WHERE a.person_id IN ({marks}) AND a.end_date IS NULL ORDER BY a.person_id, a.start_date")
FIRST_MISSIONS = 100  # a first screen of the missions list, and more (a tall window shows about 40)
_CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound parameters


def _chunks(ids: list[str]):
    """(":p0,:p1,...", {"p0": id, ...}) for each slice of the ids."""
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        yield ",".join(f":p{n}" for n in range(len(chunk))), {f"p{n}": v for n, v in enumerate(chunk)}


def person_summary(person_id: str, given: str, family: str, native: str, order: str, title: str,
                   kind: str | None, organization: tuple[str, str, str] | None) -> dict:
    """The one shape a person is shown as in lists, meetings and follow-ups (rows.person_brief
    builds it from a Person, the list readers from rows): names, title and the current organization
    as (id, name, native name), or None."""
    org_id, org_name, org_native = organization or (None, "", "")
    kind = kind or "person"  # a position ("Vice-Governor of Aichi") is named by its post
    return {"id": person_id, "name": display_name(given, family, order, kind, title), "kind": kind,
            "given_name": given,
            "family_name": family, "native_name": native, "name_order": order, "title": title,
            "organization": org_name, "organization_native": org_native, "organization_id": org_id}


def current_organizations(run: Run, ids: list[str]) -> dict[str, tuple[str, str, str]]:
    """person id -> (id, name, native name) of their current organization: the one rule, as
    Person.current_affiliation (of the affiliations without an end, the latest started wins)."""
    orgs = {}
    for marks, params in _chunks(ids):
        for person_id, org_id, name, native in run(_CURRENT_ORGS.format(marks=marks), params):
            orgs[person_id] = (org_id, name, native)
    return orgs


def person_summaries(run: Run, ids: list[str]) -> dict[str, dict]:
    """person_summary of each of these people, in two queries per 500 of them."""
    people = []
    for marks, params in _chunks(ids):
        people += run(_LEADS.format(marks=marks), params)
    orgs = current_organizations(run, ids)
    return {row[0]: person_summary(*row, orgs.get(row[0])) for row in people}


def _day(value) -> str:
    """A date column as ISO text (SQLite gives text; other databases a date)."""
    return value if isinstance(value, str) else value.isoformat()


def mission_rows(run: Run, limit: int | None = None) -> list[dict]:
    """Every mission, newest first (the one missions list: planner.missions.list), or the first
    `limit` of them. `run(sql, params)` executes one statement."""
    sql = _MISSIONS if limit is None else f"{_MISSIONS} LIMIT {int(limit)}"
    missions = list(run(sql, {}))
    if limit is None:
        legs = list(run(_LEGS.format(where=""), {}))
    else:
        legs = []
        for marks, params in _chunks([m[0] for m in missions]):
            legs += run(_LEGS.format(where=f" WHERE mission_id IN ({marks})"), params)
    cities: dict[str, list[str]] = {}
    for mission_id, city in legs:
        cities.setdefault(mission_id, []).append(city)
    leads = person_summaries(run, list(dict.fromkeys(m[9] for m in missions if m[9])))
    return [{"id": mid, "version": version, "slug": slug, "title": title, "kind": kind, "status": status,
             "start": _day(start), "end": _day(end), "home_timezone": zone, "lead": leads.get(lead_id),
             "cities": cities.get(mid, [])}
            for mid, version, slug, title, kind, status, start, end, zone, lead_id in missions]


def first_screen(path_or_url=None) -> list[dict] | None:
    """The first FIRST_MISSIONS missions, read with sqlite3 alone (store.quick_open), or None when
    the file cannot be read that way (not there yet, to be migrated, not a database, not SQLite):
    what the application shows while SQLAlchemy and the model are still loading."""
    import sqlite3

    from ..store.quick_open import open_current

    connection = open_current(path_or_url)
    if connection is None:
        return None
    try:
        return mission_rows(lambda sql, params: connection.execute(sql, params).fetchall(), FIRST_MISSIONS)
    except sqlite3.Error:
        return None
    finally:
        connection.close()
