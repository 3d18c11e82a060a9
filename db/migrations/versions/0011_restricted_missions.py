"""a mission restricted to named people; on PostgreSQL, row-level security enforces it

`missions.restricted_to` holds the server logins who may see a mission ("" = everyone). On the
cabinet's server, policies let a session see (and so write, pull or search) a restricted mission and
everything that belongs to it (legs, meetings, their participants, delegation, travel and its
travellers, follow-ups, attachments, the audit and search rows of those records) only when its login
is named, or is an administrator (planner_admin). The migrating owner and superusers are not subject
to the policies (IT's own connection sees everything). On a laptop's SQLite file the column is kept
and synced; there is nothing to enforce, as the laptop receives only what its user may read.

The helper functions run with the definer's rights (SECURITY DEFINER) so that a policy asking about a
meeting's mission is not itself filtered; they read `session_user`, the login of the connection.

Revision ID: 0011_restricted_missions
Revises: 0010_pg_change_notify
Create Date: 2026-12-05 00:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_restricted_missions"
down_revision = "0010_pg_change_notify"
branch_labels = None
depends_on = None

ADMIN = "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'planner_admin' " \
        "AND pg_has_role(session_user, r.oid, 'MEMBER'))"
NAMED = "(session_user)::text = ANY (string_to_array({col}, ','))"

FUNCTIONS = [
    f"""
CREATE FUNCTION mp_may_read_mission(mid varchar) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT mid IS NULL OR {ADMIN} OR NOT EXISTS (
    SELECT 1 FROM missions m WHERE m.id = mid AND m.restricted_to <> ''
      AND NOT {NAMED.format(col="m.restricted_to")})
$$""",
    """
CREATE FUNCTION mp_mission_of(kind text, eid varchar) RETURNS varchar
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE
    WHEN kind IN ('mission', 'missions') THEN eid
    WHEN kind IN ('meeting', 'meetings') THEN (SELECT mission_id FROM meetings WHERE id = eid)
    WHEN kind IN ('leg', 'legs') THEN (SELECT mission_id FROM legs WHERE id = eid)
    WHEN kind IN ('followup', 'follow-up', 'followups') THEN (SELECT mission_id FROM followups WHERE id = eid)
    WHEN kind IN ('travel_segment', 'travel_segments') THEN (SELECT mission_id FROM travel_segments WHERE id = eid)
    WHEN kind IN ('participation', 'participations') THEN
      (SELECT m.mission_id FROM participations p JOIN meetings m ON m.id = p.meeting_id WHERE p.id = eid)
    WHEN kind IN ('mission_member', 'mission_members') THEN (SELECT mission_id FROM mission_members WHERE id = eid)
    ELSE NULL END
$$""",
]

# table -> the expression naming the mission a row belongs to
BY_MISSION_ID = ("legs", "meetings", "mission_members", "travel_segments", "followups")
BY_PARENT = {
    "participations": "mp_mission_of('meetings', meeting_id)",
    "travellers": "mp_mission_of('travel_segments', segment_id)",
    "attachments": "mp_mission_of(entity_kind, entity_id)",
    "audit_entries": "mp_mission_of(entity_kind, entity_id)",
    "search_entries": "mp_mission_of(kind, entity_id)",
}


def _policy(table: str, condition: str) -> None:
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY mp_restricted ON {table} FOR ALL USING ({condition}) WITH CHECK ({condition})")


def _entity_tables() -> list[str]:
    """Tables added since (texts in three languages…) that point at a record by kind and id."""
    rows = op.get_bind().exec_driver_sql(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name IN ('entity_kind', 'entity_id') GROUP BY table_name HAVING count(*) = 2").all()
    return sorted(name for (name,) in rows if name not in BY_PARENT)


def upgrade() -> None:
    op.add_column("missions", sa.Column("restricted_to", sa.Text(), nullable=False, server_default=""))
    if op.get_bind().dialect.name != "postgresql":
        return
    for function in FUNCTIONS:
        op.execute(function)
    _policy("missions", f"restricted_to = '' OR {NAMED.format(col='restricted_to')} OR {ADMIN}")
    for table in BY_MISSION_ID:
        _policy(table, "mp_may_read_mission(mission_id)")
    for table, mission in BY_PARENT.items():
        _policy(table, f"mp_may_read_mission({mission})")
    for table in _entity_tables():
        _policy(table, "mp_may_read_mission(mp_mission_of(entity_kind, entity_id))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("missions", *BY_MISSION_ID, *BY_PARENT, *_entity_tables()):
            op.execute(f"DROP POLICY IF EXISTS mp_restricted ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("DROP FUNCTION IF EXISTS mp_mission_of(text, varchar)")
        op.execute("DROP FUNCTION IF EXISTS mp_may_read_mission(varchar)")
    with op.batch_alter_table("missions") as batch:
        batch.drop_column("restricted_to")
