"""`missionplanner server …`: set up the cabinet's shared database on PostgreSQL (issue 19).

    missionplanner server init URL                       schema (Alembic) and the three group roles
    missionplanner --db URL server add-user NAME --role aide|reader|admin
    missionplanner --db URL server prune [--idle-days N]  tombstones every laptop has pulled

Logins are PostgreSQL's own; `add-user` creates the login role and says what IT does next (a
password or a client certificate, and the pg_hba.conf line), never handling a password itself.
"""

from __future__ import annotations

EXIT_OK = 0


def cmd_server_init(args) -> int:
    from .store import open_database
    from .store.migrate import current_revision
    from .store.server import GROUPS, create_roles, postgresql_url

    db = open_database(postgresql_url(args.url))  # a SQLite path is refused, not created
    try:
        created = create_roles(db)
        revision = current_revision(db)
        print(f"{db.location}: schema at revision {revision}")
        print("roles: " + ", ".join(f"{g} ({'created' if g in created else 'already there'})"
                                    for g in GROUPS.values()))
        print("next: missionplanner --db URL server add-user NAME --role aide|reader|admin")
    finally:
        db.dispose()
    return EXIT_OK


def cmd_server_add_user(args) -> int:
    from sqlalchemy.engine import make_url

    from .store import open_database
    from .store.server import GROUPS, add_login, postgresql_url

    db = open_database(postgresql_url(args.db), migrate=False)
    try:
        created = add_login(db, args.name, args.role)
        url = make_url(db.url)
    finally:
        db.dispose()
    group = GROUPS[args.role]
    print(f"login {args.name} {'created' if created else 'already there, now'} in {group}")
    host, database = url.host or "<server>", url.database or "<database>"
    print("For IT, one of:")
    print(f"  a password (SCRAM):   ALTER ROLE \"{args.name}\" PASSWORD '<chosen with the person>';")
    print(f"      pg_hba.conf:      hostssl {database} {args.name} <office and VPN network> scram-sha-256")
    print(f"  a client certificate: issue one with CN={args.name}")
    print(f"      pg_hba.conf:      hostssl {database} {args.name} <office and VPN network> cert")
    print(f"Then {args.name} opens: missionplanner --db postgresql+psycopg://{args.name}@{host}/{database}")
    return EXIT_OK


def cmd_server_prune(args) -> int:
    from .services.sync.engine import prune_tombstones
    from .store import open_database
    from .store.server import postgresql_url

    db = open_database(postgresql_url(args.db), migrate=False)
    try:
        done = prune_tombstones(db, args.idle_days)
    finally:
        db.dispose()
    print(f"{done['tombstones']} tombstones deleted (every laptop had pulled them, up to version {done['horizon']}); "
          f"{done['laptops_forgotten']} laptops not seen for {args.idle_days} days forgotten: "
          "they read everything again at their next sync, keeping their own edits")
    return EXIT_OK


def add_parsers(sub) -> None:
    """The `server` command and its subcommands, on the main parser's subparsers."""
    from .cli import from_one

    server = sub.add_parser("server", help="set up the cabinet's shared PostgreSQL database")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or upgrade the schema and the roles on PostgreSQL")
    init.add_argument("url", help="postgresql+psycopg://admin@host/database")
    init.set_defaults(func=cmd_server_init)
    user = actions.add_parser("add-user", help="a login for one person (with --db URL)")
    user.add_argument("name")
    user.add_argument("--role", choices=("aide", "reader", "admin"), required=True)
    user.set_defaults(func=cmd_server_add_user)
    prune = actions.add_parser("prune", help="delete the tombstones every laptop has pulled (with --db URL)")
    prune.add_argument("--idle-days", type=from_one("a number of days"), default=90,
                       help="forget laptops not seen for this many days (default 90); they resync in full")
    prune.set_defaults(func=cmd_server_prune)
