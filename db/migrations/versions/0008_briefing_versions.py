"""briefing pack versions: every printed pack recorded with its fingerprint and content

Revision ID: 0008_briefing_versions
Revises: 0007_sync_replica
Create Date: 2026-12-05 00:15:00
"""

revision = "0008_briefing_versions"
down_revision = "0007_sync_replica"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # placeholder reserving this place in the chain; the tables land with their feature


def downgrade() -> None:
    pass
