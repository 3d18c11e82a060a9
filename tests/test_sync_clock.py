"""The server's sync clock (SYNC.md, "Server side"), on the session's own PostgreSQL: every row a
transaction writes carries that transaction's version, versions follow commit order, and a delete
leaves a tombstone. These are what a laptop's "changed since N" pull will rely on."""

from __future__ import annotations

import threading
import uuid

import psycopg
import pytest
from sqlalchemy.engine import make_url

from missionplanner.services.planner import Planner


def _connect(database, **options) -> psycopg.Connection:
    url = make_url(database.url)
    return psycopg.connect(host=url.host, port=url.port, user=url.username, dbname=url.database, **options)


def _versions(conn, table: str) -> dict[str, int]:
    return dict(conn.execute(f"SELECT id, server_version FROM {table}").fetchall())


def test_a_transactions_rows_share_one_version_and_the_next_transaction_gets_a_higher_one(postgres_db):
    planner = Planner(postgres_db)
    mission = planner.missions.create(title="Seoul", start="2017-06-12", end="2017-06-16")
    leg = planner.missions.add_leg(mission, city="Seoul", country="KR", timezone="Asia/Seoul",
                                   arrive="2017-06-12T09:00", depart="2017-06-16T13:00")
    with _connect(postgres_db) as conn:
        first = _versions(conn, "missions")[mission]
        assert _versions(conn, "legs")[leg] > first  # another transaction: a higher version
        planner.missions.update(mission, title="Seoul, princely mission")
        assert _versions(conn, "missions")[mission] > _versions(conn, "legs")[leg]
        planner.missions.delete(mission)
        graves = dict(conn.execute("SELECT id, server_version FROM sync_tombstone").fetchall())
        # The mission and its leg went in one transaction: one version, above every earlier one.
        assert graves[mission] == graves[leg] > first
        by = conn.execute("SELECT DISTINCT deleted_by FROM sync_tombstone").fetchall()
        assert by == [(make_url(postgres_db.url).username,)]


def test_a_record_restored_under_its_id_is_no_longer_a_tombstone(postgres_db):
    planner = Planner(postgres_db)
    person = planner.people.create(given_name="Anne", family_name="Aide")
    saved = planner.people.snapshot(person)
    planner.people.delete(person)
    planner.people.restore(saved)  # what undo does
    with _connect(postgres_db) as conn:
        assert conn.execute("SELECT count(*) FROM sync_tombstone WHERE id = %s", (person,)).fetchone() == (0,)
        assert _versions(conn, "people")[person] > 0


def test_a_writer_waits_for_the_transaction_that_took_the_clock_so_no_reader_skips_a_version(postgres_db):
    """The case a SEQUENCE gets wrong: transaction A takes version v and commits late, B writes meanwhile.
    With the clock, B cannot take v+1 before A commits, so a reader that saw v+1 has seen v."""
    a = _connect(postgres_db)
    b = _connect(postgres_db)
    try:
        a.execute("INSERT INTO tags (id, name, created_at, updated_at, version) VALUES (%s, 'a', now(), now(), 1)",
                  (str(uuid.uuid4()),))
        b.execute("SET lock_timeout = '300ms'")
        with pytest.raises(psycopg.errors.LockNotAvailable):
            b.execute("INSERT INTO tags (id, name, created_at, updated_at, version) "
                      "VALUES (%s, 'b', now(), now(), 1)", (str(uuid.uuid4()),))
        b.rollback()
        a.commit()
        b.execute("INSERT INTO tags (id, name, created_at, updated_at, version) VALUES (%s, 'b', now(), now(), 1)",
                  (str(uuid.uuid4()),))
        b.commit()
        rows = dict(a.execute("SELECT name, server_version FROM tags").fetchall())
        assert rows["b"] == rows["a"] + 1
    finally:
        a.close()
        b.close()


def test_four_writers_and_a_puller_no_version_is_ever_skipped(postgres_db):
    """Four connections write (insert and update) in short transactions while a fifth pulls "changed
    since my cursor" in a loop; once all is written, the versions pulled hold every row's final one."""
    stop = threading.Event()
    pulled: set[tuple[str, int]] = set()
    failures: list[BaseException] = []

    def write(n: int) -> None:
        try:
            with _connect(postgres_db, autocommit=False) as conn:
                mine = []
                for i in range(60):
                    if i % 3 == 0 or not mine:
                        tag = str(uuid.uuid4())
                        conn.execute("INSERT INTO tags (id, name, created_at, updated_at, version) "
                                     "VALUES (%s, %s, now(), now(), 1)", (tag, f"w{n}-{i}"))
                        mine.append(tag)
                    else:
                        conn.execute("UPDATE tags SET name = %s, version = version + 1 WHERE id = %s",
                                     (f"w{n}-{i}", mine[i % len(mine)]))
                    conn.commit()
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failures.append(exc)

    def pull() -> None:
        cursor = 0
        with _connect(postgres_db, autocommit=True) as conn:
            while True:
                last = stop.is_set()
                with conn.transaction():
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    rows = conn.execute("SELECT id, server_version FROM tags WHERE server_version > %s "
                                        "ORDER BY server_version", (cursor,)).fetchall()
                pulled.update(rows)
                if rows:
                    cursor = rows[-1][1]
                if last:
                    return

    writers = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    puller = threading.Thread(target=pull)
    puller.start()
    for w in writers:
        w.start()
    for w in writers:
        w.join(120)
    stop.set()
    puller.join(120)
    assert failures == []
    with _connect(postgres_db) as conn:
        final = set(conn.execute("SELECT id, server_version FROM tags").fetchall())
    assert len(final) == 4 * 20 and final <= pulled
