"""meetings: who asked for the meeting (a ministry brief opens with the reason and the requester)

Revision ID: 0003_requested_by
Revises: 0002_search_fts
Create Date: 2026-11-29 04:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_requested_by"
down_revision = "0002_search_fts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("requested_by", sa.String(length=300), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("requested_by")
