"""`missionplanner join URL`, `sync [--json]`, `conflicts [--json]`, `resolve ID --mine|--theirs` (issue 19).

`sync` exits 0 when it completed (conflicts included: they are counted and listed by `conflicts`),
3 when the server cannot be reached (nothing lost; sync again later), 2 on bad input.
"""

from __future__ import annotations

import json
import sys

EXIT_OK, EXIT_UNREACHABLE = 0, 3


def _unreachable(exc) -> int:
    print(f"missionplanner: {' '.join(str(exc).split())}", file=sys.stderr)
    return EXIT_UNREACHABLE


def cmd_join(args) -> int:
    from .cli import _open
    from .services.sync.engine import ServerUnreachableError, join

    planner = _open(args)
    try:
        done = join(planner.db, args.url)
    except ServerUnreachableError as exc:
        return _unreachable(exc)
    if args.json:
        print(json.dumps(done))
    else:
        print(f"{planner.db.location}: joined, {done['rows']} rows copied; device {done['device']}; "
              f"up to server version {done['cursor']}")
    return EXIT_OK


def cmd_sync(args) -> int:
    from .cli import _open
    from .services.sync.engine import ServerUnreachableError, sync

    planner = _open(args)
    try:
        done = sync(planner.db)
    except ServerUnreachableError as exc:
        return _unreachable(exc)
    if args.json:
        print(json.dumps(done))
    else:
        print(f"pulled {done['pulled']}, pushed {done['pushed']}, conflicts {done['conflicts']}")
    return EXIT_OK


def cmd_conflicts(args) -> int:
    from .cli import _open
    from .services.sync.engine import list_conflicts

    found = list_conflicts(_open(args).db)
    if args.json:
        print(json.dumps(found))
        return EXIT_OK
    for c in found:
        print(f"{c['id']}\t{c['table_name']} {c['row_id']}\t{', '.join(c['fields'])}")
        for name in c["fields"]:
            mine = (c["mine"] or {}).get(name, "(deleted)" if c["mine"] is None else None)
            theirs = (c["theirs"] or {}).get(name, "(deleted)" if c["theirs"] is None else None)
            print(f"\t{name}: mine {mine!r}, theirs {theirs!r}")
    return EXIT_OK


def cmd_resolve(args) -> int:
    from .cli import _open
    from .services.sync.engine import resolve

    done = resolve(_open(args), args.id, "mine" if args.mine else "theirs")
    print(f"conflict {done['id']} resolved: {done['kept']} kept for {done['table']} {done['row']}; "
          "it is sent at the next sync")
    return EXIT_OK


def add_parsers(sub) -> None:
    sp = sub.add_parser("join", help="make --db (a new SQLite file) a replica of the cabinet's server")
    sp.add_argument("url", help="postgresql+psycopg://login@host/database")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_join)
    sp = sub.add_parser("sync", help="pull, push and pull again with the server this replica joined")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_sync)
    sp = sub.add_parser("conflicts", help="the open conflicts of the last syncs")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_conflicts)
    sp = sub.add_parser("resolve", help="keep mine or theirs for one conflict (pushed at the next sync)")
    sp.add_argument("id", type=int)
    side = sp.add_mutually_exclusive_group(required=True)
    side.add_argument("--mine", action="store_true")
    side.add_argument("--theirs", action="store_true")
    sp.set_defaults(func=cmd_resolve)
