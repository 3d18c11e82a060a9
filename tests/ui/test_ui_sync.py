"""A laptop replica in the window (issue 19): the Sync action runs off the GUI thread and says how it
went, a colleague's change shows after it, conflicts wait in the Conflicts view (keep mine, keep
theirs, or write the merged text), and an unreachable server keeps the edits queued. Against the
test session's real PostgreSQL server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from missionplanner.cli import main
from missionplanner.services.planner import Planner
from missionplanner.store import open_database
from missionplanner.ui import settings


@pytest.fixture
def office(postgres_db):
    planner = Planner(postgres_db)
    mission = planner.missions.create(title="Seoul", start="2017-06-12", end="2017-06-16")
    return planner, mission


@pytest.fixture
def laptop(postgres_db, office, tmp_path, capsys):
    path = tmp_path / "anne.sqlite"
    assert main(["--db", str(path), "join", postgres_db.url]) == 0
    capsys.readouterr()
    database = open_database(str(path))
    yield database
    database.dispose()


def _click_sync(qtbot, w):
    button = w.toolbar.widgetForAction(w.sync_actions.act_sync)
    assert isinstance(button, QToolButton) and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.sync_actions.running, timeout=20_000)
    w.tasks.wait()


def _titles(w):
    w.tasks.wait()
    return [w.missions.model.index(r, 0).data() for r in range(w.missions.model.rowCount())]


def test_a_colleagues_change_arrives_with_a_click_on_sync(qtbot, make_window, laptop, office):
    planner, mission = office
    w = make_window(laptop)
    assert w.sync_actions is not None and w.sync_actions.act_sync.text() == "S&ync with the server"
    assert w.sync_actions.act_sync in w.tools.menu.actions()
    assert w.sync_actions.timer.isActive() and w.sync_actions.timer.interval() == 5 * 60_000
    planner.missions.update(mission, title="Seoul, princely economic mission")
    _click_sync(qtbot, w)
    assert w.statusBar().currentMessage() == "Synced: 1 received, 0 sent, 0 waiting in Conflicts"
    qtbot.waitUntil(lambda: "Seoul, princely economic mission" in _titles(w), timeout=10_000)


def test_a_conflict_waits_in_the_view_and_keeping_mine_sends_it(qtbot, make_window, laptop, office):
    planner, mission = office
    w = make_window(laptop)
    w.planner.missions.update(mission, title="Seoul, by Anne")        # on the laptop
    planner.missions.update(mission, title="Seoul, by the office")    # at the office meanwhile
    _click_sync(qtbot, w)
    assert w.statusBar().currentMessage().endswith("1 waiting in Conflicts")
    assert w.sync_actions.act_conflicts.text() == "Con&flicts (1)…"
    button = w.toolbar.widgetForAction(w.sync_actions.act_sync)
    assert button.text() == "Sync (1)" and button.toolTip() == "Sync (1 conflict waiting)"
    dialog = w.sync_actions.open_conflicts()
    qtbot.waitExposed(dialog)
    w.tasks.wait()
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.list.item(0).text() == "Mission: Seoul, by Anne"
    cells = [[dialog.fields.item(0, c).text() for c in range(3)]]
    assert cells == [["Title", "Seoul, by Anne", "Seoul, by the office"]]
    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    assert dialog.empty.isVisible() and w.sync_actions.act_conflicts.text() == "Con&flicts…"
    assert button.text() == "Sync"
    _click_sync(qtbot, w)
    assert planner.missions.detail(mission)["title"] == "Seoul, by Anne"


def test_a_merged_text_written_in_the_view_reaches_the_server(qtbot, make_window, laptop, office):
    planner, mission = office
    w = make_window(laptop)
    w.planner.missions.update(mission, objectives="Trade")
    planner.missions.update(mission, objectives="Investment")
    _click_sync(qtbot, w)
    dialog = w.sync_actions.open_conflicts()
    qtbot.waitExposed(dialog)
    w.tasks.wait()
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.merged.isEnabled() and dialog.merged.toPlainText() == "Trade"
    dialog.merged.selectAll()
    qtbot.keyClicks(dialog.merged, "Trade and investment")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    _click_sync(qtbot, w)
    assert planner.missions.detail(mission)["objectives"] == "Trade and investment"


def test_an_unreachable_server_keeps_the_edit_queued_and_says_so(qtbot, make_window, laptop, office):
    from sqlalchemy import text

    planner, mission = office
    with laptop.engine.begin() as conn:  # the server moved, or the laptop is on a plane
        conn.execute(text("UPDATE sync_state SET server_url = 'postgresql+psycopg://nobody@127.0.0.1:9/none'"))
    w = make_window(laptop)
    w.planner.missions.update(mission, title="Seoul, edited on the plane")
    _click_sync(qtbot, w)
    assert w.statusBar().currentMessage() == ("The server cannot be reached: your changes are kept and will "
                                              "be sent at the next sync.")
    assert w.sync_actions.act_sync.isEnabled()
    with laptop.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar() >= 1
    assert planner.missions.detail(mission)["title"] == "Seoul"


def test_a_laptop_newer_than_the_server_is_told_what_it_must_wait_for(qtbot, make_window, laptop, office):
    from sqlalchemy import text

    from missionplanner.store.migrate import alembic_head

    planner, mission = office
    with planner.db.engine.begin() as conn:  # a server IT has not upgraded yet
        conn.execute(text("UPDATE alembic_version SET version_num = '0006_postgres_sync_clock'"))
    w = make_window(laptop)
    w.planner.missions.update(mission, title="Seoul, edited on the plane")
    _click_sync(qtbot, w)
    assert w.banner.isVisible()
    assert w.banner_text.text() == (f"Not synced: this version of the app (schema {alembic_head()}) is newer "
                                    "than the server's (schema 0006_postgres_sync_clock); ask IT to upgrade "
                                    "the server (server init) before syncing.")
    assert w.sync_actions.act_sync.isEnabled()
    assert planner.missions.detail(mission)["title"] == "Seoul"


def test_the_background_sync_follows_preferences_and_a_plain_file_has_none(qtbot, make_window, laptop, db):
    from PySide6.QtWidgets import QDialogButtonBox

    from missionplanner.ui.preferences import PreferencesDialog

    w = make_window(laptop)
    dialog = PreferencesDialog(w)
    dialog.sync_minutes.setFocus()
    dialog.sync_minutes.selectAll()
    qtbot.keyClicks(dialog.sync_minutes, "0")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert settings.get(settings.SYNC_MINUTES) == 0
    w.sync_actions.apply_interval()
    assert not w.sync_actions.timer.isActive()
    plain = make_window(db)  # a file that never joined a server: no Sync at all
    assert plain.sync_actions is None


@pytest.fixture
def two_aides(postgres, tmp_path, capsys):
    """A server with the logins anne and bob (aides): bob at the office with a mission, anne's laptop
    joined as anne, opened by `join_anne()` once the test has set the office up."""
    from sqlalchemy.engine import make_url

    name = postgres.create_database()
    url = postgres.url(name)
    assert main(["server", "init", url]) == 0
    for login in ("anne", "bob"):
        assert main(["--db", url, "server", "add-user", login, "--role", "aide"]) == 0
    bob = Planner(open_database(make_url(url).set(username="bob").render_as_string(hide_password=False),
                                migrate=False))
    mid = bob.missions.create(title="Princely mission to Seoul", start="2017-06-12", end="2017-06-16")
    opened = []

    def join_anne():
        path = tmp_path / "anne.sqlite"
        assert main(["--db", str(path), "join",
                     make_url(url).set(username="anne").render_as_string(hide_password=False)]) == 0
        capsys.readouterr()
        opened.append(open_database(str(path)))
        return opened[-1]
    yield bob, mid, join_anne
    bob.db.dispose()
    for database in opened:
        database.dispose()
    postgres.drop_database(name)


def test_a_mission_restricted_away_leaves_the_window_and_its_offline_edit_is_only_noted(
        qtbot, make_window, two_aides):
    bob, mid, join_anne = two_aides
    bob.missions.create(title="Open mission to Osaka", start="2017-09-04", end="2017-09-08")
    database = join_anne()
    w = make_window(database)
    qtbot.waitUntil(lambda: "Princely mission to Seoul" in _titles(w), timeout=10_000)
    w.planner.missions.update(mid, None, objectives="Open the Seoul office")  # on the plane
    bob.missions.update(mid, None, restricted_to="bob")  # anne may no longer see it
    _click_sync(qtbot, w)
    qtbot.waitUntil(lambda: _titles(w) == ["Open mission to Osaka"], timeout=10_000)
    assert w.toolbar.widgetForAction(w.sync_actions.act_sync).text() == "Sync (1)"
    dialog = w.sync_actions.open_conflicts()
    qtbot.waitExposed(dialog)
    w.tasks.wait()
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.list.item(0).text() == "Mission: Princely mission to Seoul"
    assert dialog.summary.text().startswith("This mission is no longer shared with you")
    assert not dialog.mine_button.isEnabled() and not dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    _click_sync(qtbot, w)
    assert w.statusBar().currentMessage() == "Synced: 0 received, 0 sent, 0 waiting in Conflicts"
    assert bob.missions.detail(mid)["objectives"] in ("", None)  # the edit was never sent


def test_a_change_the_server_refuses_is_shown_whole_and_keeping_theirs_puts_it_back(
        qtbot, make_window, two_aides):
    bob, mid, join_anne = two_aides
    database = join_anne()
    w = make_window(database)
    w.planner.missions.update(mid, None, restricted_to="bob")  # away from herself: the server refuses
    _click_sync(qtbot, w)
    assert w.statusBar().currentMessage() == "Synced: 0 received, 0 sent, 1 waiting in Conflicts"
    dialog = w.sync_actions.open_conflicts()
    qtbot.waitExposed(dialog)
    w.tasks.wait()
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.summary.text().startswith("The server refused this change for your login")
    assert [dialog.fields.item(0, c).text() for c in range(3)] == ["Restricted to", "bob", ""]
    assert not dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    _click_sync(qtbot, w)
    assert w.statusBar().currentMessage().endswith("0 waiting in Conflicts")
    assert w.planner.missions.detail(mid)["restricted_to"] == []
