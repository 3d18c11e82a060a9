"""`missionplanner edit meeting|mission|person ID FIELD=VALUE…` (issue 19's command-line contract)."""

from __future__ import annotations

import json

EXIT_OK = 0


def cmd_edit(args) -> int:
    from .cli import _open
    from .services.edits import edit, parse_assignments

    fields = parse_assignments(args.kind, args.assignments)  # a bad FIELD=VALUE is said before the database opens
    done = edit(_open(args), args.kind, args.id, fields, version=args.version)
    if args.json:
        print(json.dumps(done))
    else:
        print(f"{args.kind} {done['id']} changed ({', '.join(done['fields'])}); now version {done['version']}")
    return EXIT_OK


def add_parser(sub) -> None:
    from .services.edits import EDITABLE

    sp = sub.add_parser("edit", help="change fields of a meeting, mission or person (all or nothing)",
                        epilog="fields: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in EDITABLE.items()))
    sp.add_argument("kind", choices=tuple(EDITABLE))
    sp.add_argument("id", help="the record's id (a mission: also its slug, title or a unique id prefix)")
    sp.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    sp.add_argument("--version", type=int, default=None,
                    help="refuse the change if the record is no longer at this version (someone else changed it)")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_edit)
