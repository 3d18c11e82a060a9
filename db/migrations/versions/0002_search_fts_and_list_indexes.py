"""search: FTS5 trigram index (SQLite); indexes for paging the people and meetings lists

Revision ID: 0002_search_fts
Revises: 0001_initial
Create Date: 2026-11-29 03:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_search_fts"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Portable indexes: exact and prefix title matches in search, and the list orders the GUI pages.
    op.create_index("ix_search_entries_title_folded", "search_entries", ["title_folded"])
    op.create_index("ix_meetings_start_id", "meetings", ["start", "id"])
    op.create_index("ix_people_sort_name", "people",
                    [sa.text("lower(family_name)"), sa.text("lower(given_name)"), "id"])
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # another server keeps its own full-text index (see store/search_index.py)
    from missionplanner.store import search_index

    for statement in search_index.FTS_CREATE:
        op.execute(statement)
    search_index.fts_rebuild(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        from missionplanner.store import search_index

        for statement in search_index.FTS_DROP:
            op.execute(statement)
    op.drop_index("ix_people_sort_name", table_name="people")
    op.drop_index("ix_meetings_start_id", table_name="meetings")
    op.drop_index("ix_search_entries_title_folded", table_name="search_entries")
