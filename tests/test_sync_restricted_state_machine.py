"""Random edits, meetings, deletes, syncs and crashes on the laptops of two aides while the office
restricts missions to one of them, shares them again or opens them to all (issue 19, "Row-level
security"): after resolving every conflict and syncing until quiet, each laptop holds exactly what
its login may read on the server, missions and meetings alike, nothing more and nothing less."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule
from sqlalchemy import text
from sqlalchemy.engine import make_url

from missionplanner.cli import main
from missionplanner.services.planner import Planner
from missionplanner.services.sync import engine
from missionplanner.store import open_database

LOGINS = ("anne", "bob")
POINTS = ("after-pull-read", "after-pull-apply", "after-server-commit")
TEXTS = st.sampled_from(["Seoul", "Tokyo", "Osaka"])


class Crash(Exception):
    """The process died at a named point (raised where kill -9 would strike: after a commit)."""


def _held(db) -> tuple[dict, dict]:
    with db.engine.connect() as conn:
        missions = {r[0]: r[1] for r in conn.execute(text("SELECT id, title FROM missions"))}
        meetings = {r[0]: (r[1], r[2]) for r in conn.execute(text("SELECT id, title, mission_id FROM meetings"))}
    return missions, meetings


@pytest.fixture
def cabinet(postgres, tmp_path, monkeypatch, capsys):
    crash_at = {"point": None}

    def fault(point):
        if crash_at["point"] == point:
            crash_at["point"] = None
            raise Crash(point)

    monkeypatch.setattr(engine, "fault", fault)
    made = []

    def build():
        name = postgres.create_database()
        url = postgres.url(name)
        assert main(["server", "init", url]) == 0
        for login in LOGINS:
            assert main(["--db", url, "server", "add-user", login, "--role", "aide"]) == 0
        capsys.readouterr()
        office = Planner(open_database(url, migrate=False))  # the administrator: sees every mission
        for title in ("Brussels", "Kyoto"):
            mid = office.missions.create(title=title, start="2017-06-12", end="2017-06-16")
            office.meetings.create(mid, title=f"{title} courtesy call", city="Seoul", timezone="Asia/Seoul",
                                   start="2017-06-13T10:00", end="2017-06-13T11:00")
        servers, laptops = [], []
        for login in LOGINS:
            as_login = make_url(url).set(username=login).render_as_string(hide_password=False)
            servers.append(Planner(open_database(as_login, migrate=False)))
            path = tmp_path / f"{name}-{login}.sqlite"
            planner = Planner.open(str(path))
            engine.join(planner.db, as_login)
            planner.close()
            laptops.append(Planner.open(str(path)))  # opened as a replica: its edits are queued
        made.append((name, office, servers, laptops))
        return office, servers, laptops, crash_at

    yield build
    for name, office, servers, laptops in made:
        for planner in laptops:
            planner.close()
        for planner in (office, *servers):
            planner.db.dispose()
        postgres.drop_database(name)


def test_each_laptop_ends_with_what_its_login_may_read(cabinet):
    class Restricted(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.office, self.servers, self.laptops, self.crash_at = cabinet()
            self.written = 0

        def _pick(self, db, pick):
            ids = sorted(_held(db)[0])
            return ids[pick % len(ids)] if ids else None

        def _unique(self, value):
            self.written += 1
            return f"{value} #{self.written}"

        @rule(n=st.integers(0, 1), title=TEXTS)
        def create(self, n, title):
            self.laptops[n].missions.create(title=title, start="2017-06-12", end="2017-06-16")

        @rule(n=st.integers(0, 1), pick=st.integers(0, 5), title=TEXTS)
        def add_meeting(self, n, pick, title):
            mission = self._pick(self.laptops[n].db, pick)
            if mission:
                self.laptops[n].meetings.create(mission, title=self._unique(title), city="Seoul",
                                                timezone="Asia/Seoul", start="2017-06-14T10:00",
                                                end="2017-06-14T11:00")

        @rule(n=st.integers(0, 1), pick=st.integers(0, 5), title=TEXTS)
        def edit(self, n, pick, title):
            mission = self._pick(self.laptops[n].db, pick)
            if mission:
                self.laptops[n].missions.update(mission, title=self._unique(title))

        @rule(n=st.integers(0, 1), pick=st.integers(0, 5))
        def delete(self, n, pick):
            mission = self._pick(self.laptops[n].db, pick)
            if mission:
                self.laptops[n].missions.delete(mission)

        @rule(pick=st.integers(0, 5), who=st.sampled_from(["", "anne", "bob", "anne,bob"]))
        def restrict(self, pick, who):
            mission = self._pick(self.office.db, pick)
            if mission:
                self.office.missions.update(mission, None, restricted_to=who)

        @rule(n=st.integers(0, 1), pick=st.integers(0, 5), who=st.sampled_from(["", "anne", "bob", "anne,bob"]))
        def restrict_here(self, n, pick, who):
            mission = self._pick(self.laptops[n].db, pick)
            if mission:  # offline: to others than oneself too, which the server will refuse
                self.laptops[n].missions.update(mission, None, restricted_to=who)

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

        @rule(n=st.integers(0, 1))
        def resolve(self, n):
            found = engine.list_conflicts(self.laptops[n].db)
            if found:
                engine.resolve(self.laptops[n], found[0]["id"], "theirs")

        def teardown(self):
            for _ in range(4):
                for planner in self.laptops:
                    for c in engine.list_conflicts(planner.db):
                        engine.resolve(planner, c["id"], "theirs")
                    engine.sync(planner.db)
            for login, server, laptop in zip(LOGINS, self.servers, self.laptops, strict=True):
                assert engine.list_conflicts(laptop.db) == [], login
                assert _held(laptop.db) == _held(server.db), login

    Restricted.TestCase.settings = settings(max_examples=12, stateful_step_count=10, deadline=None,
                                            suppress_health_check=list(HealthCheck), database=None,
                                            phases=[Phase.explicit, Phase.generate])  # no slow shrinking
    Restricted.TestCase().runTest()
