"""on PostgreSQL, the sync clock: every row a transaction writes carries that transaction's server version

SYNC.md, "Server side": one row, `sync_clock`, whose lock is taken once per writing transaction
(`UPDATE … SET v = v + 1`) and released at its commit, so version order is commit order. A reader
asking "changed since N" can therefore never pass over a lower version that commits later (a SEQUENCE
would allow it: its values are handed out when asked, not at commit). A trigger stamps
`server_version` on each insert and update of a synced table, another records each delete in
`sync_tombstone` with the deleting transaction's version. Direct edits at the office pass the same
triggers as what laptops will push. Nothing changes on SQLite.

Revision ID: 0006_pg_sync_clock
Revises: 0005_pg_trigram
Create Date: 2026-12-04 22:20:00
"""

from alembic import op

revision = "0006_pg_sync_clock"
down_revision = "0005_pg_trigram"
branch_labels = None
depends_on = None

# The records with their own id and version counter: what a laptop's replica holds and syncs.
SYNCED = ("agreements", "attachments", "organizations", "people", "tags", "affiliations", "missions", "legs",
          "meetings", "mission_members", "travel_segments", "followups", "participations", "travellers")

TXN_VERSION = """
CREATE FUNCTION sync_txn_version() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  v bigint := nullif(current_setting('sync.txn_v', true), '')::bigint;
BEGIN
  IF v IS NULL THEN
    -- The clock's row stays locked until this transaction ends: the next writer waits for it.
    UPDATE sync_clock SET v = sync_clock.v + 1 WHERE id = 1 RETURNING sync_clock.v INTO v;
    PERFORM set_config('sync.txn_v', v::text, true);  -- true: for this transaction only
  END IF;
  RETURN v;
END $$
"""

STAMP = """
CREATE FUNCTION sync_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.server_version := sync_txn_version();
  IF TG_OP = 'INSERT' THEN  -- a record restored under its id (an undo) is no longer deleted
    DELETE FROM sync_tombstone WHERE table_name = TG_TABLE_NAME AND id = NEW.id;
  END IF;
  RETURN NEW;
END $$
"""

GRAVE = """
CREATE FUNCTION sync_grave() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO sync_tombstone (table_name, id, server_version, deleted_by)
  VALUES (TG_TABLE_NAME, OLD.id, sync_txn_version(), session_user)
  ON CONFLICT (table_name, id) DO UPDATE
    SET server_version = EXCLUDED.server_version, deleted_by = EXCLUDED.deleted_by, deleted_at = now();
  RETURN OLD;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE TABLE sync_clock (id integer PRIMARY KEY CHECK (id = 1), v bigint NOT NULL)")
    op.execute("INSERT INTO sync_clock VALUES (1, 0)")
    op.execute("CREATE TABLE sync_tombstone (table_name text NOT NULL, id varchar(36) NOT NULL, "
               "server_version bigint NOT NULL, deleted_by text NOT NULL, "
               "deleted_at timestamptz NOT NULL DEFAULT now(), reason text NOT NULL DEFAULT 'deleted', "
               "PRIMARY KEY (table_name, id))")
    op.execute("CREATE INDEX ix_sync_tombstone_version ON sync_tombstone (server_version)")
    op.execute(TXN_VERSION)
    op.execute(STAMP)
    op.execute(GRAVE)
    for table in SYNCED:
        op.execute(f"ALTER TABLE {table} ADD COLUMN server_version bigint NOT NULL DEFAULT 0")
        op.execute(f"CREATE INDEX ix_{table}_server_version ON {table} (server_version)")
        op.execute(f"CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION sync_stamp()")
        op.execute(f"CREATE TRIGGER sync_grave AFTER DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION sync_grave()")
    # Rows already there count as written by the first transaction of the clock.
    op.execute("UPDATE sync_clock SET v = 1")
    for table in SYNCED:
        op.execute(f"ALTER TABLE {table} DISABLE TRIGGER sync_stamp")
        op.execute(f"UPDATE {table} SET server_version = 1")
        op.execute(f"ALTER TABLE {table} ENABLE TRIGGER sync_stamp")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in SYNCED:
        op.execute(f"DROP TRIGGER IF EXISTS sync_stamp ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS sync_grave ON {table}")
        op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS server_version")
    op.execute("DROP FUNCTION IF EXISTS sync_grave()")
    op.execute("DROP FUNCTION IF EXISTS sync_stamp()")
    op.execute("DROP FUNCTION IF EXISTS sync_txn_version()")
    op.execute("DROP TABLE IF EXISTS sync_tombstone")
    op.execute("DROP TABLE IF EXISTS sync_clock")
