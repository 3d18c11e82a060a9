"""texts in the reader's language: a pack's texts held in French, Dutch and English

Revision ID: 0009_text_translations
Revises: 0008_briefing_versions
Create Date: 2026-12-05 00:15:00
"""

revision = "0009_text_translations"
down_revision = "0008_briefing_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # placeholder reserving this place in the chain; the tables land with their feature


def downgrade() -> None:
    pass
