"""Random creates, edits, deletes, syncs, crashes and resolutions on two laptops against the server
(SYNC.md, "Tests"): at any point a replica's rows carry versions the server gave; after resolving
every conflict and syncing until quiet, both laptops hold what the server holds, and no edit was
lost: each one is in the final state, was overwritten by an edit made by someone who had seen it,
or went through the conflict inbox (so two edits of one field made without seeing each other
always met there). Every value written is unique, so the final value names the edit it came from,
and each edit remembers the value it replaced on its laptop (what its author had seen)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import text

from missionplanner.services.planner import Planner
from missionplanner.services.sync import engine
from missionplanner.store import open_database, replica

POINTS = ("after-pull-read", "after-pull-apply", "after-server-commit")
TEXTS = st.sampled_from(["Seoul", "Tokyo", "Osaka", "Busan"])


class Crash(Exception):
    """The process died at a named point (raised where kill -9 would strike: after a commit)."""


def _missions(db) -> dict:
    with db.engine.connect() as conn:
        return {r[0]: (r[1], r[2]) for r in conn.execute(text("SELECT id, title, objectives FROM missions"))}


@pytest.fixture
def world(postgres, tmp_path, monkeypatch):
    crash_at = {"point": None}

    def fault(point):
        if crash_at["point"] == point:
            crash_at["point"] = None
            raise Crash(point)

    monkeypatch.setattr(engine, "fault", fault)
    made = []

    def build():
        name = postgres.create_database(template="mp_template")
        server = open_database(postgres.url(name), migrate=False)
        office = Planner(server)
        office.missions.create(title="Brussels", start="2017-06-12", end="2017-06-16")
        laptops = []
        for n in range(2):
            path = tmp_path / f"{name}-{n}.sqlite"
            planner = Planner.open(str(path))
            engine.join(planner.db, server.url)
            planner.close()
            laptops.append(Planner.open(str(path)))
        made.append((name, server, laptops))
        return office, laptops, crash_at

    yield build
    for name, server, laptops in made:
        for planner in laptops:
            planner.close()
        server.dispose()
        postgres.drop_database(name)


def test_replicas_converge_on_the_server_whatever_happens_between(world):
    class Replicas(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.office, self.laptops, self.crash_at = world()
            self.written = 0
            self.seen: dict[tuple[str, str, str], str] = {}  # (id, field, value) -> the value it replaced
            self.edits: dict[tuple[str, str], list[str]] = {}  # (id, field) -> every value written
            self.deleted_over: set[tuple[str, str, str]] = set()  # values a delete removed, knowingly

        def _ids(self, n):
            return sorted(_missions(self.laptops[n].db))

        def _unique(self, text):
            self.written += 1
            return f"{text} #{self.written}"

        @rule(n=st.integers(0, 1), title=TEXTS)
        def create(self, n, title):
            # The same title on both laptops offline: the same slug, told apart at the sync.
            self.laptops[n].missions.create(title=title, start="2017-06-12", end="2017-06-16")

        @rule(n=st.integers(0, 1), pick=st.integers(0, 5), field=st.sampled_from(["title", "objectives"]),
              value=TEXTS)
        def edit(self, n, pick, field, value):
            ids = self._ids(n)
            if ids:
                mission = ids[pick % len(ids)]
                before = _missions(self.laptops[n].db)[mission][0 if field == "title" else 1]
                value = self._unique(value)
                self.laptops[n].missions.update(mission, **{field: value})
                self.seen[(mission, field, value)] = before
                self.edits.setdefault((mission, field), []).append(value)

        @rule(n=st.integers(0, 1), pick=st.integers(0, 5))
        def delete(self, n, pick):
            ids = self._ids(n)
            if ids:
                mission = ids[pick % len(ids)]
                title, objectives = _missions(self.laptops[n].db)[mission]
                self.laptops[n].missions.delete(mission)
                # A delete is an edit too: it saw the values it removed.
                self.deleted_over |= {(mission, "title", title), (mission, "objectives", objectives)}

        @rule(n=st.integers(0, 1))
        def sync(self, n):
            engine.sync(self.laptops[n].db)

        @rule(n=st.integers(0, 1), point=st.sampled_from(POINTS))
        def crash(self, n, point):
            self.crash_at["point"] = point
            try:
                engine.sync(self.laptops[n].db)
            except Crash:
                pass
            self.crash_at["point"] = None

        @rule(n=st.integers(0, 1), side=st.sampled_from(["mine", "theirs"]))
        def resolve(self, n, side):
            found = engine.list_conflicts(self.laptops[n].db)
            if found:
                engine.resolve(self.laptops[n], found[0]["id"], side)

        @invariant()
        def versions_come_from_the_server(self):
            with self.office.db.engine.connect() as conn:
                top = conn.execute(text("SELECT v FROM sync_clock")).scalar()
            for planner in self.laptops:
                with planner.db.engine.connect() as conn:
                    highest = conn.execute(text("SELECT max(server_version) FROM sync_base")).scalar() or 0
                assert highest <= top

        def teardown(self):
            for _ in range(6):
                for planner in self.laptops:
                    for c in engine.list_conflicts(planner.db):
                        engine.resolve(planner, c["id"], "theirs")
                    engine.sync(planner.db)
            there = _missions(self.office.db)
            for planner in self.laptops:
                assert engine.list_conflicts(planner.db) == []
                assert _missions(planner.db) == there
            self._no_edit_lost(there)

        def _no_edit_lost(self, there):
            met = set()  # values that went through a conflict, on either side
            for planner in self.laptops:
                with planner.db.engine.connect() as conn:
                    for c in replica.conflicts(conn, status=None):
                        # The fields in conflict (a delete against an edit: every field)
                        fields = [f for f in ("title", "objectives") if f in c["fields"]] or ["title", "objectives"]
                        for side in (c["mine"], c["theirs"]):
                            met |= {(c["row_id"], f, side.get(f)) for f in fields} if side else set()
            for (mission, field), values in self.edits.items():
                if mission not in there:
                    continue  # deleted: a delete against an edit is itself a conflict
                final = there[mission][0 if field == "title" else 1]
                # The final value, the values that met in the inbox and those a delete removed, and
                # every value their authors had seen before writing them (superseded knowingly).
                kept = set()
                roots = {final} | {v for (m, f, v) in met | self.deleted_over if (m, f) == (mission, field)}
                for value in roots:
                    while value not in kept:
                        kept.add(value)
                        if (mission, field, value) not in self.seen:
                            break
                        value = self.seen[(mission, field, value)]
                for value in values:
                    assert value in kept, f"{field} = {value!r} of {mission} was lost: final {final!r}"

    Replicas.TestCase.settings = settings(max_examples=12, stateful_step_count=8, deadline=None,
                                          suppress_health_check=list(HealthCheck), database=None,
                                          phases=[Phase.explicit, Phase.generate])  # no slow shrinking
    Replicas.TestCase().runTest()
