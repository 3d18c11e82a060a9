"""laptop replicas (SYNC.md): outbox, bases, cursor and conflict inbox; applied changes and devices on PostgreSQL

Revision ID: 0007_sync_replica
Revises: 0006_pg_sync_clock
Create Date: 2026-12-05 00:15:00
"""

revision = "0007_sync_replica"
down_revision = "0006_pg_sync_clock"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # placeholder reserving this place in the chain; the tables land with their feature


def downgrade() -> None:
    pass
