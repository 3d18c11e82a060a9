"""(a no-op) the place in the chain reserved for the briefing pack's version history

Issue 16's record of every printed pack is not built yet; this revision changes nothing and is
kept because 0009 follows it. The history's table, when it comes, is a new revision after the last.

Revision ID: 0008_briefing_versions
Revises: 0007_sync_replica
Create Date: 2026-12-05 00:15:00
"""

revision = "0008_briefing_versions"
down_revision = "0007_sync_replica"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # nothing: see the docstring


def downgrade() -> None:
    pass
