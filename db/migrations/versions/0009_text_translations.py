"""texts in the reader's language: a pack's texts held in French, Dutch and English

`text_translations`: one row per record (meeting, person, mission), field and language. A synced
record (SYNC.md) like the others: id, stamps and version; on PostgreSQL the `server_version` column
and the two triggers of 0006 (its functions are reused), so a laptop's translations travel as its
meetings do. 0010 (change notices) finds the table by itself.

Revision ID: 0009_text_translations
Revises: 0008_briefing_versions
Create Date: 2026-12-05 00:15:00
"""

import sqlalchemy as sa
from alembic import op

import missionplanner.model.base

revision = "0009_text_translations"
down_revision = "0008_briefing_versions"
branch_labels = None
depends_on = None

TABLE = "text_translations"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("entity_kind", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", missionplanner.model.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", missionplanner.model.base.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{TABLE}")),
        sa.UniqueConstraint("entity_kind", "entity_id", "field", "lang", name="uq_text_translations_entity"),
    )
    op.create_index("ix_text_translations_entity_id", TABLE, ["entity_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # As 0006 does for each synced table, with its functions (sync_stamp, sync_grave).
        op.execute(f"ALTER TABLE {TABLE} ADD COLUMN server_version bigint NOT NULL DEFAULT 0")
        op.execute(f"CREATE INDEX ix_{TABLE}_server_version ON {TABLE} (server_version)")
        op.execute(f"CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON {TABLE} "
                   f"FOR EACH ROW EXECUTE FUNCTION sync_stamp()")
        op.execute(f"CREATE TRIGGER sync_grave AFTER DELETE ON {TABLE} "
                   f"FOR EACH ROW EXECUTE FUNCTION sync_grave()")


def downgrade() -> None:
    op.drop_index("ix_text_translations_entity_id", table_name=TABLE)
    op.drop_table(TABLE)  # its triggers and server_version go with it
