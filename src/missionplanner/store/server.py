"""The cabinet's shared database on PostgreSQL: its roles and grants (SYNC.md, "Who owns what").

Logins and permissions are PostgreSQL's: one login role per person, member of one of three group
roles. `planner_reader` (officials who read and print) may only read; `planner_aide` reads and
writes the data; `planner_admin` may also create the logins of others. The schema itself is
Alembic's, the same migrations as on a laptop's SQLite file.
"""

from __future__ import annotations

import re

from sqlalchemy import text

from ..errors import ValidationError

GROUPS = {"reader": "planner_reader", "aide": "planner_aide", "admin": "planner_admin"}
# A login name as IT writes it: letters, digits, dot, dash and underscore (quoted in SQL).
LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


def require_postgresql(db) -> None:
    if db.engine.dialect.name != "postgresql":
        raise ValidationError(code="server.not-postgresql", location=str(db.location))


def postgresql_url(path_or_url: str | None) -> str:
    """The URL of the cabinet's server, refused (before anything is opened or created) when
    `path_or_url` names a SQLite file or nothing."""
    from .paths import database_url

    url = database_url(path_or_url)
    if not url.startswith("postgresql"):
        shown = url.split("///", 1)[-1] if url.startswith("sqlite") else url.split("@")[-1]
        raise ValidationError(code="server.not-postgresql", location=shown)
    return url


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_roles(db) -> list[str]:
    """Create the three group roles where missing and grant them what they may do, on every table
    there is now and every table a later migration adds. Returns the roles created (none on a rerun)."""
    require_postgresql(db)
    created = []
    with db.engine.begin() as conn:
        for group in GROUPS.values():
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).first()
            if not exists:
                extra = " CREATEROLE" if group == GROUPS["admin"] else ""
                conn.execute(text(f"CREATE ROLE {group} NOLOGIN{extra}"))
                created.append(group)
        reader, aide, admin = GROUPS["reader"], GROUPS["aide"], GROUPS["admin"]
        conn.execute(text(f"GRANT {reader} TO {aide}"))
        conn.execute(text(f"GRANT {aide} TO {admin}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {reader}"))
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}"))
        conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {aide}"))
        conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {aide}"))
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {aide}"))
        # A reader's laptop is a replica too: it records how far it pulled, so IT sees every device
        # and how stale it is (SYNC.md), though its login writes no data.
        if conn.execute(text("SELECT to_regclass('sync_device')")).scalar() is not None:
            conn.execute(text(f"GRANT INSERT, UPDATE ON sync_device TO {reader}"))
        # Readers print packs, and every pack printed is recorded (issue 16): that row they may
        # write, though no other (row-level security still keeps it to the missions they see).
        if conn.execute(text("SELECT to_regclass('briefing_versions')")).scalar() is not None:
            conn.execute(text(f"GRANT INSERT ON briefing_versions TO {reader}"))
            # ... and a reader's laptop pushes the packs it printed offline: the push records its
            # change ids, so that a push cut short is not applied twice.
            conn.execute(text(f"GRANT INSERT ON sync_applied_change TO {reader}"))
        # Tables a later migration adds get the same grants (migrations run as the owner).
        conn.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {reader}"))
        conn.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
                          f"GRANT INSERT, UPDATE, DELETE ON TABLES TO {aide}"))
        conn.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {aide}"))
    return created


def add_login(db, name: str, role: str) -> bool:
    """A login role `name` in the group of `role`; False when it existed already (its group is then
    set to `role`, the others revoked)."""
    require_postgresql(db)
    if role not in GROUPS:
        raise ValidationError(code="choice.unknown", field="role", value=role, allowed=", ".join(GROUPS))
    if not LOGIN_NAME.match(name):
        raise ValidationError(code="server.bad-login-name", field="name", name=name)
    with db.engine.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}).first()
        if not exists:
            conn.execute(text(f"CREATE ROLE {_quoted(name)} LOGIN"))
        for other in GROUPS.values():
            conn.execute(text(f"REVOKE {other} FROM {_quoted(name)}"))
        conn.execute(text(f"GRANT {GROUPS[role]} TO {_quoted(name)}"))
    return not exists

