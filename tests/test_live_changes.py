"""On the cabinet's server, an open app hears of a colleague's change within seconds (LISTEN/NOTIFY,
migration 0010), and not of its own; a SQLite file has no listener."""

import threading

import pytest

from missionplanner.services import people
from missionplanner.services.planner import Planner
from missionplanner.store.database import open_database


def _listening(planner):
    heard = threading.Event()
    listener = planner.listen_for_changes(heard.set)
    assert listener.listening.wait(10), "the listener never connected"
    return listener, heard


def test_a_colleagues_change_is_heard_and_ones_own_is_not(postgres_db):
    mine = Planner(postgres_db)
    listener, heard = _listening(mine)
    colleague = open_database(postgres_db.url, migrate=False, user="anne")
    try:
        people.create_person(postgres_db, given_name="Own", family_name="Change")
        assert not heard.wait(1.5)  # my own save: nothing to refresh
        people.create_person(colleague, given_name="Hideaki", family_name="Ohmura")
        assert heard.wait(5)
    finally:
        listener.stop()
        colleague.dispose()


def test_a_rolled_back_change_is_not_heard(postgres_db):
    listener, heard = _listening(Planner(postgres_db))
    colleague = open_database(postgres_db.url, migrate=False, user="anne")
    try:
        with pytest.raises(RuntimeError), colleague.write() as s:
            from missionplanner.model import Person

            s.add(Person(given_name="Never", family_name="Saved"))
            s.flush()
            raise RuntimeError("the save fails after the row was written")
        assert not heard.wait(1.5)
    finally:
        listener.stop()
        colleague.dispose()


@pytest.mark.sqlite_file
def test_a_sqlite_file_has_no_listener(tmp_path):
    db = open_database(tmp_path / "mp.sqlite")
    try:
        assert Planner(db).listen_for_changes(lambda: None) is None
    finally:
        db.dispose()
