"""the trip itself: travel segments and their travellers, stays on legs, meeting kinds, positions

Revision ID: 0004_trip
Revises: 0003_requested_by
Create Date: 2026-12-04 18:20:00
"""

import sqlalchemy as sa
from alembic import op

import missionplanner.model.base

revision = "0004_trip"
down_revision = "0003_requested_by"
branch_labels = None
depends_on = None


def _record_columns(table: str) -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", missionplanner.model.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", missionplanner.model.base.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "travel_segments",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("carrier", sa.String(length=120), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("from_place", sa.String(length=120), nullable=False),
        sa.Column("from_code", sa.String(length=10), nullable=False),
        sa.Column("from_terminal", sa.String(length=40), nullable=False),
        sa.Column("from_timezone", sa.String(length=64), nullable=False),
        sa.Column("depart", missionplanner.model.base.UTCDateTime(), nullable=False),
        sa.Column("to_place", sa.String(length=120), nullable=False),
        sa.Column("to_code", sa.String(length=10), nullable=False),
        sa.Column("to_terminal", sa.String(length=40), nullable=False),
        sa.Column("to_timezone", sa.String(length=64), nullable=False),
        sa.Column("arrive", missionplanner.model.base.UTCDateTime(), nullable=False),
        sa.Column("booking_ref", sa.String(length=80), nullable=False),
        sa.Column("seat", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns("travel_segments"),
        sa.ForeignKeyConstraint(["mission_id"], ["missions.id"],
                                name=op.f("fk_travel_segments_mission_id_missions"), ondelete="CASCADE"),
    )
    with op.batch_alter_table("travel_segments") as batch:
        batch.create_index(batch.f("ix_travel_segments_mission_id"), ["mission_id"], unique=False)

    op.create_table(
        "travellers",
        sa.Column("segment_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_record_columns("travellers"),
        sa.ForeignKeyConstraint(["segment_id"], ["travel_segments.id"],
                                name=op.f("fk_travellers_segment_id_travel_segments"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"],
                                name=op.f("fk_travellers_person_id_people"), ondelete="CASCADE"),
    )
    with op.batch_alter_table("travellers") as batch:
        batch.create_index(batch.f("ix_travellers_segment_id"), ["segment_id"], unique=False)
        batch.create_index(batch.f("ix_travellers_person_id"), ["person_id"], unique=False)

    # Plain ADD COLUMN rather than batch mode: a batch rebuild would copy each table and drop the
    # expression index on people (ix_people_sort_name), which SQLAlchemy cannot reflect.
    for column in (
        sa.Column("hotel_address", sa.Text(), nullable=False, server_default=""),
        sa.Column("hotel_phone", sa.String(length=80), nullable=False, server_default=""),
        sa.Column("check_in", missionplanner.model.base.UTCDateTime(), nullable=True),
        sa.Column("check_out", missionplanner.model.base.UTCDateTime(), nullable=True),
    ):
        op.add_column("legs", column)
    for column in (
        sa.Column("kind", sa.String(length=30), nullable=False, server_default="meeting"),
        sa.Column("dress_code", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("without_lead", sa.Boolean(), nullable=False, server_default=sa.false()),
    ):
        op.add_column("meetings", column)
    op.add_column("people", sa.Column("kind", sa.String(length=10), nullable=False, server_default="person"))
    fk = op.f("fk_people_filled_by_id_people")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite can add a column with its reference, but not a constraint on its own (Alembic's
        # add_column would try the latter).
        op.execute(f"ALTER TABLE people ADD COLUMN filled_by_id VARCHAR(36) "
                   f"CONSTRAINT {fk} REFERENCES people (id) ON DELETE SET NULL")
    else:
        op.add_column("people", sa.Column("filled_by_id", sa.String(length=36), nullable=True))
        op.create_foreign_key(fk, "people", "people", ["filled_by_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    for table, columns in (("people", ("filled_by_id", "kind")),
                           ("meetings", ("without_lead", "dress_code", "kind")),
                           ("legs", ("check_out", "check_in", "hotel_phone", "hotel_address"))):
        for column in columns:
            op.drop_column(table, column)
    op.drop_table("travellers")
    op.drop_table("travel_segments")
