"""the record of every printed briefing pack: its version, issue, edition, language, fingerprint

`briefing_versions`: one row per pack printed (issue 16). A synced record (SYNC.md) like the
others: id, stamps and version; on PostgreSQL the `server_version` column and the two triggers of
0006, so a pack printed on a laptop takes its place in the office's history at the next sync.
Row-level security as 0011 gives the rest of a mission: a version of a restricted mission is seen
(and recorded) only by the logins that may see the mission. Readers (planner_reader) may record
the packs they print: server init grants them INSERT on this table alone (store/server.py).

(0008 is the empty place once kept for this table; the table itself comes after the last revision.)

Revision ID: 0012_briefing_versions
Revises: 0011_restricted_missions
Create Date: 2026-12-05 10:30:00
"""

import sqlalchemy as sa
from alembic import op

import missionplanner.model.base

revision = "0012_briefing_versions"
down_revision = "0011_restricted_missions"
branch_labels = None
depends_on = None

TABLE = "briefing_versions"

STAMP_AS_OWNER = """
CREATE FUNCTION briefing_version_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  NEW.server_version := sync_txn_version();
  IF TG_OP = 'INSERT' THEN
    DELETE FROM sync_tombstone WHERE table_name = TG_TABLE_NAME AND id = NEW.id;
  END IF;
  RETURN NEW;
END $$
"""


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_at", missionplanner.model.base.UTCDateTime(), nullable=False),
        sa.Column("edition", sa.String(length=20), nullable=False),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("classification", sa.Text(), nullable=False),
        sa.Column("printed_by", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", missionplanner.model.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", missionplanner.model.base.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{TABLE}")),
    )
    op.create_index("ix_briefing_versions_mission", TABLE, ["mission_id", "number"], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    # As 0006 does for each synced table, but stamped with the owner's rights: a reader records the
    # packs they print, and may not take the sync clock's lock or clear a tombstone themselves.
    op.execute(f"ALTER TABLE {TABLE} ADD COLUMN server_version bigint NOT NULL DEFAULT 0")
    op.execute(f"CREATE INDEX ix_{TABLE}_server_version ON {TABLE} (server_version)")
    op.execute(STAMP_AS_OWNER)
    op.execute(f"CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON {TABLE} "
               f"FOR EACH ROW EXECUTE FUNCTION briefing_version_stamp()")
    op.execute(f"CREATE TRIGGER sync_grave AFTER DELETE ON {TABLE} "
               f"FOR EACH ROW EXECUTE FUNCTION sync_grave()")
    # As 0011 does for the rest of a mission (its function mp_may_read_mission).
    op.execute(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY mp_restricted ON {TABLE} FOR ALL USING (mp_may_read_mission(mission_id)) "
               f"WITH CHECK (mp_may_read_mission(mission_id))")
    # Group roles made by an earlier `server init`: readers record the packs they print.
    if op.get_bind().exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = 'planner_reader'").first():
        op.execute(f"GRANT INSERT ON {TABLE} TO planner_reader")


def downgrade() -> None:
    op.drop_index("ix_briefing_versions_mission", table_name=TABLE)
    op.drop_table(TABLE)  # its triggers, policy and server_version go with it
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS briefing_version_stamp()")
