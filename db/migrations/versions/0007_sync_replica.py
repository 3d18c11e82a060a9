"""laptop replicas (SYNC.md): outbox, bases, cursor and conflict inbox; applied changes and devices on PostgreSQL

On SQLite the tables a replica needs beside the data; they stay empty in a file that never joined a
server (`sync_state` without a row is what "not a replica" means). A row's server version and its
base live in `sync_base` rather than in new columns on the synced tables, so the model and every
query of the data stay as they are; a row is pending while `sync_outbox` holds a change for it.

On PostgreSQL `sync_applied_change` (a pushed change applied once, whatever is re-sent after a
crash) and `sync_device` (who pulled up to where, on which schema revision).

Revision ID: 0007_sync_replica
Revises: 0006_pg_sync_clock
Create Date: 2026-12-05 00:15:00
"""

from alembic import op

revision = "0007_sync_replica"
down_revision = "0006_pg_sync_clock"
branch_labels = None
depends_on = None

SQLITE = (
    # One row per change made on the laptop, in the transaction of the edit; removed once pushed.
    "CREATE TABLE sync_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, change_id VARCHAR(36) NOT NULL UNIQUE, "
    "table_name TEXT NOT NULL, id VARCHAR(36) NOT NULL, op TEXT NOT NULL, fields TEXT NOT NULL DEFAULT '[]', "
    "edited_at TEXT NOT NULL)",
    "CREATE INDEX ix_sync_outbox_row ON sync_outbox (table_name, id)",
    # The row as last agreed with the server and its server version: the three-way merge's base.
    "CREATE TABLE sync_base (table_name TEXT NOT NULL, id VARCHAR(36) NOT NULL, server_version BIGINT NOT NULL, "
    "base_json TEXT NOT NULL, PRIMARY KEY (table_name, id))",
    "CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), server_url TEXT NOT NULL, "
    "cursor BIGINT NOT NULL, device_id VARCHAR(36) NOT NULL, schema_rev TEXT NOT NULL)",
    "CREATE TABLE sync_conflict (id INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, "
    "row_id VARCHAR(36) NOT NULL, base TEXT, mine TEXT, theirs TEXT, fields TEXT NOT NULL, "
    "detected_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open', resolution TEXT)",
    "CREATE INDEX ix_sync_conflict_row ON sync_conflict (table_name, row_id, status)",
)

POSTGRESQL = (
    "CREATE TABLE sync_applied_change (change_id varchar(36) PRIMARY KEY, device_id varchar(36) NOT NULL, "
    "applied_by text NOT NULL DEFAULT session_user, applied_at timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE sync_device (device_id varchar(36) PRIMARY KEY, login text NOT NULL DEFAULT session_user, "
    "last_pull_version bigint NOT NULL DEFAULT 0, last_seen timestamptz NOT NULL DEFAULT now(), "
    "schema_rev text NOT NULL)",
)


def upgrade() -> None:
    for statement in (POSTGRESQL if op.get_bind().dialect.name == "postgresql" else SQLITE):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        names = ("sync_device", "sync_applied_change")
    else:
        names = ("sync_conflict", "sync_state", "sync_base", "sync_outbox")
    for name in names:
        op.execute(f"DROP TABLE IF EXISTS {name}")
