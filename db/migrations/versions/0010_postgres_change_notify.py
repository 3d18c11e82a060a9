"""on PostgreSQL, open windows hear of each other's changes (LISTEN/NOTIFY)

A statement trigger on every data table sends `NOTIFY missionplanner_changes` with the writing
session's application_name (each open app names its connections `missionplanner-<random>`), so a
window can refresh what it shows when a colleague saves, and ignore its own saves. PostgreSQL
delivers a notification at COMMIT only (never for a rolled-back write) and folds identical ones of a
transaction into one: an import of a thousand rows is one message. Nothing changes on SQLite. A later
migration that adds a table calls `notify_on(table)` for it.

Revision ID: 0010_pg_change_notify
Revises: 0009_text_translations
Create Date: 2026-12-05 00:35:00
"""

from alembic import op

revision = "0010_pg_change_notify"
down_revision = "0009_text_translations"
branch_labels = None
depends_on = None

CHANNEL = "missionplanner_changes"
# Tables whose rows are bookkeeping: written with (or instead of) the data, never on their own.
QUIET = ("alembic_version", "audit_entries", "search_entries", "sync_clock", "sync_tombstone")

NOTIFY = f"""
CREATE FUNCTION sync_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{CHANNEL}', current_setting('application_name'));
  RETURN NULL;
END $$
"""


def _data_tables() -> list[str]:
    rows = op.get_bind().exec_driver_sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_type = 'BASE TABLE'").all()
    return sorted(name for (name,) in rows if name not in QUIET and not name.startswith("sync_"))


def notify_on(table: str) -> None:
    op.execute(f"CREATE TRIGGER sync_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
               f"FOR EACH STATEMENT EXECUTE FUNCTION sync_notify()")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(NOTIFY)
    for table in _data_tables():
        notify_on(table)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _data_tables():
        op.execute(f"DROP TRIGGER IF EXISTS sync_notify ON {table}")
    op.execute("DROP FUNCTION IF EXISTS sync_notify()")
