"""The missions list's rows in plain, portable SQL, run by whoever holds a connection.

One reader for two callers: services.listing.mission_rows runs it through a SQLAlchemy session
(`text()`, so any database SQLAlchemy speaks), and the application's start runs it on a read-only
sqlite3 connection before SQLAlchemy is even imported (store.quick_open), so the first screen of
missions shows in a fraction of the time SQLAlchemy and the model take to import. Parameters are
named (`:p0`), which both sqlite3 and `text()` accept. Nothing here imports SQLAlchemy, the model
or Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..names import display_name

# run(sql, params) -> rows as tuples
Run = Callable[[str, dict], Iterable[Sequence]]

_MISSIONS = ("SELECT id, version, slug, title, kind, status, start_date, end_date, home_timezone, lead_id "
             "FROM missions ORDER BY start_date DESC, title")
_LEGS = "SELECT mission_id, city FROM legs{where} ORDER BY mission_id, arrive"
_LEADS = "SELECT id, given_name, family_name, native_name, name_order, title FROM people WHERE id IN ({marks})"
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


def _leads(run: Run, ids: list[str]) -> dict[str, dict]:
    """What a missions list shows of each lead: the keys of views.person_brief."""
    people, orgs = [], {}
    for marks, params in _chunks(ids):
        people += run(_LEADS.format(marks=marks), params)
        for person_id, org_id, name, native in run(_CURRENT_ORGS.format(marks=marks), params):
            orgs[person_id] = (org_id, name, native)
    out = {}
    for pid, given, family, native, order, title in people:
        org_id, org_name, org_native = orgs.get(pid, (None, "", ""))
        out[pid] = {"id": pid, "name": display_name(given, family, order), "given_name": given,
                    "family_name": family, "native_name": native, "name_order": order, "title": title,
                    "organization": org_name, "organization_native": org_native if org_id else "",
                    "organization_id": org_id}
    return out


def mission_rows(run: Run, limit: int | None = None) -> list[dict]:
    """Every mission as services.missions.list_missions gives it (same keys, same order: newest
    first), or the first `limit` of them. `run(sql, params)` executes one statement."""
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
    leads = _leads(run, list(dict.fromkeys(m[9] for m in missions if m[9])))
    return [{"id": mid, "version": version, "slug": slug, "title": title, "kind": kind, "status": status,
             "start": start, "end": end, "home_timezone": zone, "lead": leads.get(lead_id),
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
