"""on PostgreSQL, trigram indexes for the search: the folded title and text found by substring fast

SQLite has its FTS5 tables (0002); on PostgreSQL the same search reads `search_entries` with
LIKE '%word%' on the folded text, which these GIN trigram indexes (pg_trgm, a trusted extension
since PostgreSQL 13) serve. Nothing changes on SQLite.

Revision ID: 0005_pg_trigram
Revises: 0004_trip
Create Date: 2026-12-04 22:10:00
"""

from alembic import op

revision = "0005_pg_trigram"
down_revision = "0004_trip"
branch_labels = None
depends_on = None

INDEXES = (("ix_search_entries_title_trgm", "title_folded"), ("ix_search_entries_body_trgm", "body_folded"))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in INDEXES:
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON search_entries USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _column in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
