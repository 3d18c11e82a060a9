"""missions: the trip's key messages and its duty officer (the briefing pack's front matter)

`missions.key_messages`: what the minister is to say throughout the trip, a list of texts (a
message an entry), printed first in the pack and translatable as the mission's title is.
`missions.duty_officer_id`: the person of our side who keeps the phone on day and night, named
first on the pack's contacts page. Until now both were guessed from the objectives and from a
delegation role that no screen could set.

Both columns are plain additions (SQLite's ADD COLUMN, with a NULL default for the reference), so
the missions table is not rebuilt: rebuilding it would cascade through every table that points at
it. On PostgreSQL the sync triggers of 0006 and the policies of 0011 are per row and need nothing.

Revision ID: 0013_mission_key_messages
Revises: 0012_briefing_versions
Create Date: 2026-12-05 16:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_mission_key_messages"
down_revision = "0012_briefing_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("missions", sa.Column("key_messages", sa.JSON(), nullable=False, server_default="[]"))
    if op.get_bind().dialect.name == "sqlite":
        # Alembic adds a reference on SQLite only by rebuilding the table; SQLite itself takes it
        # in ADD COLUMN when the default is NULL.
        op.execute("ALTER TABLE missions ADD COLUMN duty_officer_id VARCHAR(36) "
                   "REFERENCES people (id) ON DELETE SET NULL")
    else:
        op.add_column("missions", sa.Column("duty_officer_id", sa.String(length=36), nullable=True))
        op.create_foreign_key("fk_missions_duty_officer_id_people", "missions", "people",
                              ["duty_officer_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("missions") as batch:
        batch.drop_column("duty_officer_id")
        batch.drop_column("key_messages")
