"""The Planner facade (issue 14): one door to the data, one list per list, one person search rule,
imports validated like single creates, undo through snapshots, and one write path through the outbox."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from missionplanner.errors import MissionPlannerError, NotFoundError, ValidationError
from missionplanner.services.outbox import DELETE, INSERT, UPDATE, Change, RecordingOutbox
from missionplanner.services.planner import Planner

SRC = Path(__file__).resolve().parents[1] / "src" / "missionplanner"


@pytest.fixture
def outbox():
    return RecordingOutbox()


@pytest.fixture
def planner(db, outbox):
    p = Planner(db, outbox=outbox)
    yield p
    p.close()


@pytest.fixture
def tokyo(planner):
    mid = planner.missions.create(title="Tokyo mission", start="2017-06-08", end="2017-06-11")
    planner.missions.add_leg(mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                             arrive="2017-06-08T09:00", depart="2017-06-11T18:00")
    return mid


def _meeting(**over):
    return dict({"title": "Meeting", "start": "2017-06-09T10:00", "end": "2017-06-09T11:00",
                 "timezone": "Asia/Tokyo", "city": "Tokyo"}, **over)


# Opening and closing ------------------------------------------------------------------------------

def test_open_creates_the_database_and_close_leaves_the_file_complete(tmp_path):
    path = tmp_path / "new.sqlite"
    planner = Planner.open(path)
    mid = planner.missions.create(title="Mission", start="2017-06-08", end="2017-06-11")
    planner.close()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # every commit is in the .sqlite itself
    again = Planner.open(path)
    try:
        assert [m["id"] for m in again.missions.list()] == [mid]
    finally:
        again.close()


# One mission list ---------------------------------------------------------------------------------

def test_one_mission_list_newest_first_with_leads_and_cities(demo_db):
    from missionplanner.services import missions

    planner = Planner(demo_db)
    rows = planner.missions.list()
    assert [r["start"] for r in rows] == sorted((r["start"] for r in rows), reverse=True)
    assert all(isinstance(r["start"], str) and isinstance(r["end"], str) for r in rows)
    assert planner.missions.list(limit=1) == rows[:1]
    assert missions.list_missions(demo_db) == rows  # the CLI's list is the same list
    korea = next(r for r in rows if "Korea" in r["title"])
    assert korea["lead"]["family_name"] == "Jodogne" and korea["cities"]
    assert planner.missions.resolve(korea["slug"]) == korea["id"]


# One person search rule ---------------------------------------------------------------------------

def test_cecile_finds_cecile_in_every_people_list(demo_db):
    planner = Planner(demo_db)
    found = planner.people.search("cecile")
    assert [p["given_name"] for p in found] == ["Cécile"]
    assert planner.people.count("cecile") == 1
    assert [p["id"] for p in planner.people.page(0, 10, text="CECILE jodogne")] == [found[0]["id"]]


def test_percent_and_underscore_are_literal_in_a_person_search(planner):
    share = planner.people.create(family_name="Sato", title="Holder of 50% of shares")
    planner.people.create(family_name="Suzuki", title="Holder of 500 shares")
    under = planner.people.create(family_name="Tanaka", email="k_tanaka@example.jp")
    planner.people.create(family_name="Takeda", email="kxtakeda@example.jp")
    assert [p["id"] for p in planner.people.search("50%")] == [share]
    assert planner.people.count("50%") == 1
    assert [p["id"] for p in planner.people.page(0, 10, text="50%")] == [share]
    assert [p["id"] for p in planner.people.search("k_t")] == [under]
    assert planner.people.count("") == 4


def test_a_person_reads_the_same_in_every_list(planner):
    """One person summary: the same keys and values whether found, paged or shown as a lead."""
    org = planner.organizations.create(name="Aichi Prefecture", native_name="愛知県", kind="government",
                                       country="JP")
    pid = planner.people.create(given_name="Hideaki", family_name="Ohmura", native_name="大村秀章",
                                title="Governor", organization_id=org)
    mid = planner.missions.create(title="Aichi", start="2017-06-08", end="2017-06-11", lead_id=pid)
    found = planner.people.search("ohmura")[0]
    paged = planner.people.page(0, 10)[0]
    lead = next(m for m in planner.missions.list() if m["id"] == mid)["lead"]
    for key, value in lead.items():
        assert found[key] == value and paged[key] == value, key
    assert lead["organization"] == "Aichi Prefecture" and lead["name"] == "OHMURA Hideaki"


# create_many: the rules of a single create, all or nothing ----------------------------------------

def test_create_many_meetings_refuses_every_row_if_one_breaks_a_create_rule(planner, tokyo):
    good = _meeting(title="Good")
    bad = _meeting(title="Ends first", start="2017-06-09T12:00", end="2017-06-09T11:00")
    with pytest.raises(ValidationError) as single:
        planner.meetings.create(tokyo, **bad)
    with pytest.raises(ValidationError) as many:
        planner.meetings.create_many(tokyo, [good, bad])
    assert many.value.field == single.value.field == "end"
    assert planner.meetings.count(tokyo) == 0
    with pytest.raises(MissionPlannerError):
        planner.meetings.create_many(tokyo, [good, _meeting(colour="blue")])
    assert planner.meetings.count(tokyo) == 0


def test_create_many_writes_what_a_single_create_would(planner, tokyo, outbox):
    pid = planner.people.create(family_name="Ohmura")
    ids = planner.meetings.create_many(tokyo, [_meeting(title=f"M{i}", counterparts=[pid]) for i in range(3)])
    assert planner.meetings.count(tokyo) == 3
    one = planner.meetings.get(ids[0])
    assert one["title"] == "M0" and [c["id"] for c in one["counterparts"]] == [pid]
    assert one["start"] == "2017-06-09T10:00:00+09:00"
    assert outbox.ids("meetings", INSERT) == set(ids)
    assert len(outbox.ids("participations", INSERT)) == 3


def test_create_many_people_and_organizations(planner, outbox):
    with pytest.raises(ValidationError) as err:
        planner.people.create_many([{"family_name": "Kim"}, {"family_name": "  "}])
    assert err.value.field == "family_name"
    with pytest.raises(ValidationError):
        planner.organizations.create_many([{"name": "Ok", "country": "JP"}, {"name": "Bad", "country": "XX"}])
    assert planner.people.count() == 0 and planner.organizations.count() == 0
    assert outbox.changes == []
    [org] = planner.organizations.create_many([{"name": "Seoul Metropolitan Government", "country": "KR"}])
    with pytest.raises(NotFoundError):
        planner.people.create_many([{"family_name": "Park", "organization_id": "no-such-org"}])
    ids = planner.people.create_many([{"family_name": "Kim", "title": "Mayor", "organization_id": org},
                                      {"family_name": "Lee"}])
    assert [p["organization_id"] for p in (planner.people.detail(i) for i in ids)] == [org, None]
    assert outbox.ids("organizations", INSERT) == {org}
    assert outbox.ids("people", INSERT) == set(ids)
    assert len(outbox.ids("affiliations", INSERT)) == 1


# The outbox: every write passes it ----------------------------------------------------------------

def test_every_manager_write_reaches_the_outbox(planner, outbox):
    mid = planner.missions.create(title="Mission", start="2017-06-08", end="2017-06-11")
    leg = planner.missions.add_leg(mid, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                                   arrive="2017-06-08T09:00", depart="2017-06-11T18:00")
    org = planner.organizations.create(name="Aichi Prefecture", country="JP")
    pid = planner.people.create(family_name="Ohmura", organization_id=org)
    meeting = planner.meetings.create(mid, **_meeting(counterparts=[pid]))
    fid = planner.followups.create(meeting_id=meeting, action="Send the minutes", due="2017-06-20")
    aid = planner.agreements.create(title="Cooperation", parties=[org], signatories=[pid])
    for kind, record_id in (("missions", mid), ("legs", leg), ("organizations", org), ("people", pid),
                            ("meetings", meeting), ("followups", fid), ("agreements", aid)):
        assert Change(kind, record_id, INSERT) in outbox.changes, kind
    outbox.clear()

    planner.missions.update(mid, title="Mission to Japan")
    planner.missions.update_leg(leg, hotel="Imperial")
    planner.organizations.update(org, city="Nagoya")
    planner.people.update(pid, title="Governor")
    planner.meetings.update(meeting, venue="Prefectural office")
    planner.followups.complete(fid)
    planner.agreements.update(aid, scope="economic")
    for kind, record_id in (("missions", mid), ("legs", leg), ("organizations", org), ("people", pid),
                            ("meetings", meeting), ("followups", fid), ("agreements", aid)):
        assert Change(kind, record_id, UPDATE) in outbox.changes, kind
    outbox.clear()

    planner.followups.delete(fid)
    planner.agreements.delete(aid)
    planner.meetings.delete(meeting)
    planner.people.delete(pid)
    planner.organizations.delete(org)
    planner.missions.delete_leg(leg)
    planner.missions.delete(mid)
    for kind, record_id in (("followups", fid), ("agreements", aid), ("meetings", meeting), ("people", pid),
                            ("organizations", org), ("legs", leg), ("missions", mid)):
        assert Change(kind, record_id, DELETE) in outbox.changes, kind


def test_a_refused_or_dry_run_write_leaves_nothing_in_the_outbox(planner, tokyo, outbox):
    outbox.clear()
    with pytest.raises(NotFoundError):  # the meeting row is flushed before the unknown person is found
        planner.meetings.create(tokyo, **_meeting(counterparts=["no-such-person"]))
    assert outbox.changes == [] and planner.meetings.count(tokyo) == 0
    doc = planner.missions.export(tokyo)
    doc["mission"]["slug"] = "another"
    summary = planner.missions.import_document(doc, dry_run=True)
    assert summary["dry_run"] and outbox.changes == []


def test_writes_of_another_database_do_not_reach_this_planner(planner, outbox, tmp_path):
    other = Planner.open(tmp_path / "other.sqlite")
    try:
        other.missions.create(title="Elsewhere", start="2017-06-08", end="2017-06-11")
    finally:
        other.close()
    assert outbox.changes == []


def _opens_a_write(tree: ast.AST) -> bool:
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "write"
               and not node.args and isinstance(node.func.value, ast.Name | ast.Attribute)
               and (getattr(node.func.value, "id", None) or getattr(node.func.value, "attr", "")) in ("db", "_db")
               for node in ast.walk(tree))


def test_only_the_services_layer_opens_a_write_transaction():
    writers = set()
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith(("services/", "store/")):
            continue
        if _opens_a_write(ast.parse(path.read_text(encoding="utf-8"))):
            writers.add(rel)
    assert not writers, f"db.write() outside services/: {sorted(writers)}"


def test_the_write_scan_sees_a_write():
    assert _opens_a_write(ast.parse("with db.write() as s:\n    pass"))
    assert _opens_a_write(ast.parse("with self._db.write() as s:\n    pass"))
    assert not _opens_a_write(ast.parse("out.write('x')"))


# Snapshots: undo of a deletion brings the record back under its id ------------------------------

def test_meeting_snapshot_and_restore_round_trip(planner, tokyo):
    pid = planner.people.create(family_name="Ohmura")
    mt = planner.meetings.create(tokyo, **_meeting(counterparts=[pid], talking_points=["trade", "culture"]))
    planner.followups.create(meeting_id=mt, action="Send the minutes", owner_id=pid, due="2017-06-20")
    before = planner.meetings.get(mt)
    snap = planner.meetings.snapshot(mt)
    planner.meetings.delete(mt)
    assert planner.meetings.count(tokyo) == 0
    assert planner.meetings.restore(snap) == mt
    assert planner.meetings.get(mt) == before
    with pytest.raises(ValidationError):
        planner.meetings.restore(snap)  # it is there already


def test_agreement_followup_person_and_organization_round_trips(planner, tokyo):
    org = planner.organizations.create(name="Aichi Prefecture", country="JP")
    pid = planner.people.create(family_name="Ohmura", organization_id=org)
    aid = planner.agreements.create(title="Cooperation", parties=[org], signatories=[pid], scope="trade")
    fid = planner.followups.create(mission_id=tokyo, action="Call back", owner_id=pid, due="2017-07-01")

    def agreement():
        return next(a for a in planner.agreements.list() if a["id"] == aid)

    for manager, record_id, read in (
            (planner.agreements, aid, agreement),
            (planner.followups, fid, lambda: planner.followups.state(fid)),
            (planner.people, pid, lambda: planner.people.detail(pid)),
            (planner.organizations, org, lambda: planner.organizations.detail(org))):
        before = read()
        snap = manager.snapshot(record_id)
        manager.delete(record_id)
        assert manager.restore(snap) == record_id
        assert read() == before, manager
    assert [p["id"] for p in agreement()["signatories"]] == [pid]
