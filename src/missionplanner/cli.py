"""The command line (DESIGN.md's fixed contract). No Qt here: the GUI is imported only when opened.

Exit codes: 0 done; 1 `check` found an error-level problem; 2 bad input or usage, with a one-line
reason on stderr and nothing written.
"""

from __future__ import annotations

import argparse
import json
import sys

from .errors import MissionPlannerError, NotAvailableError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


_OPENED: list = []  # planners this run opened: their databases checkpointed and closed at the end


def _warn(message: str) -> None:
    print(f"missionplanner: {message}", file=sys.stderr)


def _open(args, **options):
    """The planner of the database named by --db, opened for one command: a daily backup that cannot
    be taken is a warning on stderr, a busy database is said while waiting; `main` closes it at the
    end, folding the -wal into the file so the .sqlite alone holds every commit."""
    from .services.planner import Planner

    planner = Planner.open(args.db, warn=_warn, **options)
    planner.db.check_before_write = True  # nothing written to a damaged file, even when no backup was due
    _OPENED.append(planner)
    return planner


def _close_opened() -> None:
    while _OPENED:
        planner = _OPENED.pop()
        try:
            planner.close()
        except Exception:  # noqa: BLE001 - closing must not hide the command's own outcome
            pass


def _not_yet(name: str):
    def handler(args):
        raise NotAvailableError(code="command.not-available", name=name)
    return handler


# Commands ---------------------------------------------------------------------------------------

def cmd_demo(args) -> int:
    if args.scale is not None and args.scale <= 0:
        from .errors import ValidationError

        raise ValidationError(code="demo.scale-not-positive", field="scale", scale=args.scale)
    planner = _open(args)
    result = planner.missions.load_demo()
    for slug in result["loaded"]:
        print(f"loaded {slug}")
    for slug in result["skipped"]:
        print(f"already there: {slug}")
    if args.scale is not None:
        if planner.sample_data_there(args.seed):
            print(f"already there: generated data set with seed {args.seed}")
            return EXIT_OK
        counts = planner.generate_sample_data(args.scale, args.seed)
        print("generated " + ", ".join(f"{n:,} {table}" for table, n in counts.items()))
    return EXIT_OK


def cmd_missions(args) -> int:
    rows = _open(args).missions.list()
    if args.json:
        _json(rows)
        return EXIT_OK
    if not rows:
        print("No missions yet. Load the demo with: missionplanner demo")
    for m in rows:
        print(f"{m['id'][:8]}  {m['start']} – {m['end']}  {m['status']:<10} {m['title']}"
              f"  [{', '.join(m['cities'])}]")
    return EXIT_OK


def _hm(iso_text: str) -> str:
    return iso_text[11:16]


def _day_hm(iso: str) -> str:
    """'2017-06-08T09:40:00+09:00' -> '2017-06-08 09:40' (the clock of the zone it is written in)."""
    return f"{iso[:10]} {_hm(iso)}"


def _place(segment: dict, end: str) -> str:
    code, terminal = segment[f"{end}_code"], segment[f"{end}_terminal"]
    if terminal and len(terminal) <= 2:  # "1", "2E": printed as airports sign them, T1
        terminal = f"T{terminal}"
    inside = " ".join(part for part in (code, terminal) if part)
    return segment[f"{end}_place"] + (f" ({inside})" if inside else "")


def cmd_show(args) -> int:
    d = _open(args).missions.detail(args.mission, home_tz=args.home_tz)
    if args.json:
        # Written piece by piece (json.dump), as _json would write it whole: a mission of 100,000
        # meetings is about 300 MB of JSON, held once in memory as a string by json.dumps.
        json.dump(d, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    print(f"{d['title']}  ({d['kind']}, {d['status']})")
    print(f"  {d['start']} – {d['end']}   id {d['id']}   slug {d['slug']}")
    if d["lead"]:
        print(f"  Lead: {d['lead']['name']}")
    if d["objectives"]:
        print(f"  Objectives: {d['objectives']}")
    print("Legs:")
    for leg in d["legs"]:
        print(f"  {leg['city']} ({leg['country']}, {leg['timezone']})  {leg['arrive']} → {leg['depart']}")
        if leg["hotel"]:
            stay = "  ".join(part for part in (
                leg["hotel"], leg["hotel_phone"],
                f"check-in {_day_hm(leg['check_in'])}" if leg["check_in"] else "",
                f"check-out {_day_hm(leg['check_out'])}" if leg["check_out"] else "") if part)
            print(f"    Hotel: {stay}")
    if d["travel"]:
        print("Travel (each end on its own local clock):")
        for t in d["travel"]:
            ends = (f"{_day_hm(t['depart']['departure_zone'])} {_place(t, 'from')} → "
                    f"{_day_hm(t['arrive']['arrival_zone'])} {_place(t, 'to')}")
            shift = {1: " (next day)", -1: " (the day before)"}.get(t["day_shift"], "")
            if abs(t["day_shift"]) > 1:
                shift = f" ({t['day_shift']:+d} days)"
            what = " ".join(part for part in (t["kind"], t["number"], t["carrier"] and f"({t['carrier']})")
                            if part)
            who = ", ".join(t["travellers"])
            print(f"  {ends}{shift}  {what}" + (f" — {who}" if who else ""))
    home = d["home_timezone"]
    print(f"Meetings (local time | {home}):")
    for m in d["meetings"]:
        who = ", ".join(p["name"] for p in m["counterparts"])
        print(f"  {m['start'][:10]} {_hm(m['start'])}–{_hm(m['end'])} {m['city']:<8} | "
              f"{m['start_home'][:10]} {_hm(m['start_home'])}–{_hm(m['end_home'])}  "
              f"{m['title']} [{m['status']}" + (f", {m['kind']}" if m["kind"] != "meeting" else "") + "]"
              + (f" — {who}" if who else ""))
    if d["delegation"]:
        print("Delegation:")
        for p in d["delegation"]:
            print(f"  {p['name']}  {p['role']}  {p['mobile']}")
    if d["followups"]:
        print("Follow-ups:")
        for f in d["followups"]:
            mark = " OVERDUE" if f["overdue"] else ""
            owner = f["owner"]["name"] if f["owner"] else "-"
            print(f"  [{f['status']}{mark}] {f['due'] or '-'}  {f['action']}  ({owner})")
    return EXIT_OK


def cmd_import(args) -> int:
    summary = _open(args).missions.import_file(args.file, dry_run=args.dry_run)
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb} {summary['title']!r}: {summary['legs']} legs, {summary['meetings']} meetings, "
          f"{summary['people']} new people ({summary['matched_people']} matched), "
          f"{summary['organizations']} new organizations, {summary['followups']} follow-ups, "
          f"{summary['agreements']} agreements"
          + (f" ({summary['matched_agreements']} already there, identical)"
             if summary.get("matched_agreements") else ""))
    return EXIT_OK


def cmd_export(args) -> int:
    from .output_files import check_target, write_output

    check_target(args.output)  # a bad -o is said before any work, not after it
    missions = _open(args).missions
    write_output(args.output, missions.dumps(missions.export(args.mission)))
    print(f"wrote {args.output}")
    return EXIT_OK


def cmd_followups(args) -> int:
    rows = _open(args).followups.list(mission=args.mission, overdue=args.overdue, home_tz=args.home_tz)
    if args.json:
        _json(rows)
        return EXIT_OK
    if not rows:
        print("No follow-ups." if not args.overdue else "Nothing overdue.")
    for f in rows:
        mark = " OVERDUE" if f["overdue"] else ""
        owner = f["owner"]["name"] if f["owner"] else "-"
        print(f"{f['due'] or '-':<10}  [{f['status']}{mark}]  {f['action']}  ({owner}; {f['mission'] or '-'})")
    return EXIT_OK


def cmd_search(args) -> int:
    rows = _open(args).search.query(args.text)
    if args.json:
        _json(rows)
        return EXIT_OK
    for r in rows:
        print(f"{r['kind']:<13} {r['title']}\n{'':14}{r['snippet']}")
    if not rows:
        print("Nothing found.")
    return EXIT_OK


def cmd_check(args) -> int:
    from .services.checks import MAX_PROBLEMS

    result = _open(args).checks.mission(args.mission, limit=MAX_PROBLEMS)
    problems = result.problems
    if args.json:
        _json(problems)
    elif not problems:
        print("No scheduling problems.")
    else:
        for p in problems:
            print(f"{p['severity']:<7} {p['code']:<15} {p['message']}")
    if result.truncated:
        print(f"missionplanner: warning: {result.total:,} scheduling problems ({result.errors:,} errors); "
              f"the first {MAX_PROBLEMS:,} are listed (the limit), errors first", file=sys.stderr)
    return EXIT_PROBLEMS if result.errors else EXIT_OK


def cmd_slots(args) -> int:
    from .services.timeparse import parse_local_date

    day = parse_local_date(args.date, field="--date")
    rows = _open(args).meetings.free_slots(args.mission, day, args.city, args.minutes)
    if args.json:
        _json(rows)
        return EXIT_OK
    if not rows:
        print(f"No free slot of {args.minutes} minutes in {args.city} on {day.isoformat()}.")
    for r in rows:
        print(f"{r['start'][:10]} {r['start'][11:16]}–{r['end'][11:16]}  (UTC{r['start'][19:]})")
    return EXIT_OK


def _write_pdf(args, build) -> int:
    warnings = build(_open(args), args.mission, args.output, lang=args.lang,
                     classification=args.classification, home_tz=args.home_tz, paper=args.paper)
    for w in warnings:
        print(f"missionplanner: warning: {w}", file=sys.stderr)
    print(f"wrote {args.output}")
    return EXIT_OK


def cmd_brief(args) -> int:
    from functools import partial

    from .briefing.pack import build_briefing

    if args.list:
        return _list_versions(args)
    if args.output is None:
        args.parser.error("the following arguments are required: -o/--output")
    if args.pocket:  # the day at a glance of each day on A6, not a version of record
        from .briefing.pocket_card import build_pocket_card

        return _write_pdf(args, build_pocket_card)
    return _write_pdf(args, partial(build_briefing, edition=args.edition, drafting_officer=args.drafting_officer,
                                    copy_number=args.copy_number, distribution=args.distribution,
                                    on_untranslated=partial(_warn_untranslated, args.lang), versioned=True))


def _list_versions(args) -> int:
    """`brief --list MISSION`: every pack printed of the mission, oldest first."""
    rows = _open(args).briefing_versions.list(args.mission)
    for r in rows:
        r.pop("id")
    if args.json:
        _json(rows)
        return EXIT_OK
    if not rows:
        print("No briefing pack printed yet.")
    for r in rows:
        since = f"supersedes {r['supersedes']}" if r["supersedes"] else "first"
        print(f"{r['version']:>3}  {r['issued_at'][:16].replace('T', ' ')}  {r['edition']:<8} {r['lang']}  "
              f"{r['printed_by']:<16} {r['fingerprint'][:12]}  {since}"
              + (f"  [{r['classification']}]" if r["classification"] else ""))
    return EXIT_OK


def _warn_untranslated(lang: str, missing: list[dict]) -> None:
    """Before the pack is laid out: every text it will print as typed, for want of one in --lang."""
    from babel import Locale

    if missing:
        language = Locale("en").languages[lang]
        n = len(missing)
        print(f"missionplanner: warning: {n} {'text' if n == 1 else 'texts'} not in {language} "
              f"will print as typed:", file=sys.stderr)
        by_record: dict[tuple[str, str], list[str]] = {}
        for m in missing:  # one line per record, its fields in the order the pack prints them
            by_record.setdefault((m["kind"], m["record"]), []).append(m["field"].replace("_", " "))
        for (kind, record), fields in by_record.items():
            print(f"  {kind} \"{record}\": {', '.join(fields)}", file=sys.stderr)


def from_one(what: str):
    """An option's type: a whole number from 1, refused otherwise naming `what` it counts
    (argparse then names the option and exits 2)."""
    import argparse

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(f"{what} is a whole number from 1, not {text!r}")
        return value
    return parse


_copy_number = from_one("a copy number")


def cmd_report(args) -> int:
    from .briefing.report import build_report

    return _write_pdf(args, build_report)


def cmd_backup(args) -> int:
    import os

    if args.output is not None:
        from .output_files import check_target

        if not (os.path.isdir(args.output) and not os.path.islink(args.output)):
            check_target(args.output)  # a bad -o is said before any work
    # The daily copy is not taken on this open: this command makes the copy asked for, checked.
    print(f"backup written to {_open(args, auto_backup=False).safety.backup_now(args.output)}")
    return EXIT_OK


def cmd_restore(args) -> int:
    import os

    # Opened only to be replaced: no check (restoring a damaged database is what this is for), no
    # daily backup (restore saves what it replaces), no migration.
    planner = _open(args, restoring=True)
    folder = planner.db.path.parent if planner.db.path is not None else None
    if folder is not None and not os.access(folder, os.W_OK | os.X_OK):
        from .store.database import ReadOnlyDatabaseError

        raise ReadOnlyDatabaseError(code="restore.folder-read-only", folder=str(folder))
    result = planner.safety.restore(args.file)
    print(f"restored {result['restored_from']} (schema {result['schema_was']}); "
          f"the data it replaced is saved in {result['previous_saved_to']}")
    return EXIT_OK


def cmd_doctor(args) -> int:
    # The daily copy waits for the integrity check: a damaged file is reported, never copied.
    planner = _open(args, auto_backup=False)
    report = planner.safety.doctor()
    if not report["integrity"] and not planner.db.read_only:
        try:
            planner.safety.backup_if_due()
        except MissionPlannerError as exc:
            _warn(f"warning: the daily backup could not be taken ({exc})")
    if args.json:
        _json(report)
    else:
        print("Integrity check: " + ("ok" if not report["integrity"] else "FAILED"))
        print(f"Links to deleted records: {report['orphans_found']} found, "
              f"{report['orphans_removed']} removed")
        for line in report["fixed"]:
            print(f"Fixed: {line}")
        for line in report["problems"]:
            print(f"Problem: {line}")
        if not report["problems"]:
            print("No problems left.")
    return EXIT_PROBLEMS if report["problems"] else EXIT_OK


# Calendars, contacts and duplicates (issue 7) -------------------------------------------------------

def cmd_ics_export(args) -> int:
    from .interop.ics import export_ics
    from .output_files import check_target, write_output

    check_target(args.output)
    data = export_ics(_open(args), args.mission)
    write_output(args.output, data)
    events = data.count(b"BEGIN:VEVENT")
    journeys = data.count(b"CATEGORIES:TRAVEL")
    print(f"wrote {args.output} ({events - journeys} meetings, {journeys} journeys)")
    return EXIT_OK


def cmd_ics_import(args) -> int:
    from .interop.ics import import_ics

    r = import_ics(_open(args), args.file, args.mission, dry_run=args.dry_run)
    verbs = {"create": "would create" if args.dry_run else "created",
             "update": "would update" if args.dry_run else "updated",
             "unchanged": "unchanged", "skip": "skipped"}
    for d in r["details"]:
        when = f"{d['start']} " if d.get("start") else ""
        extra = f" ({', '.join(d['changes'])})" if d.get("changes") else ""
        note = f" — {d['note']}" if d.get("note") else ""
        print(f"{verbs[d['action']]:<12} {when}{d['title']}{extra}{note}")
    for note in r.get("notes", ()):
        print(f"note: {note}")
    cancelled = f" ({r['cancelled']} of them cancelled)" if r.get("cancelled") else ""
    print(f"{'dry run: ' if args.dry_run else ''}{r['created']} created, {r['updated']} updated{cancelled}, "
          f"{r['unchanged']} unchanged, {r['skipped']} skipped")
    return EXIT_OK


def cmd_contacts_import(args) -> int:
    from .interop.contacts import import_contacts

    r = import_contacts(_open(args), args.file, dry_run=args.dry_run, skip_bad_rows=args.skip_bad_rows)
    if args.dry_run:  # the preview: what each line (a workbook's row) would do
        for d in r["details"]:
            what = "new person" if d["action"] == "create" else "matches"
            org = f" ({d['organization']})" if d["organization"] else ""
            fills = f"; fills {', '.join(d['filled'])}" if d["filled"] else ""
            print(f"{r['unit']} {d['line']}: {what} {d['name']}{org}{fills}")
    if r["ignored_columns"]:
        print(f"ignored columns: {', '.join(r['ignored_columns'])}")
    if r["skipped"]:
        from .interop.contacts import write_skipped_report

        report = write_skipped_report(args.file, r)
        print(f"{'would skip' if args.dry_run else 'skipped'} {len(r['skipped'])} rows that break a rule; "
              f"each with its {r['unit']} and reason in {report}", file=sys.stderr)
    if r["missed_columns"]:  # said on stderr too: data the person expected may not have come in
        print(f"warning: these columns hold data that looks like e-mail, phone, organization or job title "
              f"and were not imported: {', '.join(r['missed_columns'])}", file=sys.stderr)
    print(f"{'dry run: ' if args.dry_run else ''}{r['rows']} rows: {r['people_created']} new people, "
          f"{r['people_matched']} matched; {r['organizations_created']} new organizations, "
          f"{r['organizations_matched']} matched")
    return EXIT_OK


def cmd_duplicates(args) -> int:
    pairs = _open(args).people.find_duplicates()
    if args.json:
        _json(pairs)
        return EXIT_OK
    if not pairs:
        print("No likely duplicates.")
    for pair in pairs:
        a, b = pair["a"], pair["b"]
        print(f"{a['id']}  {a['name']} ({a['organization'] or '-'})\n"
              f"{b['id']}  {b['name']} ({b['organization'] or '-'})\n"
              f"    {'; '.join(pair['reasons'])}")
    return EXIT_OK


def cmd_merge(args) -> int:
    rec = _open(args).people.merge(args.keep, args.drop)
    moved = sum(len(v) for v in rec["moved"].values())
    print(f"merged {rec['drop_name']} into {rec['keep_name']} ({moved} links moved); "
          f"undo with: missionplanner unmerge {rec['id']}")
    return EXIT_OK


def cmd_unmerge(args) -> int:
    r = _open(args).people.undo_merge(args.merge_id)
    print(f"undid merge {r['merge_id']}: person {r['restored_id']} restored with their links")
    return EXIT_OK


# Parser -----------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="missionplanner",
                                description="Plan official missions abroad. With no command, opens the app.")
    p.add_argument("--db", metavar="PATH_OR_URL",
                   help="database file or SQLAlchemy URL (default: MISSIONPLANNER_DB or the user data folder)")
    from . import __version__

    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name, func, help_text):
        sp = sub.add_parser(name, help=help_text)
        sp.set_defaults(func=func)
        return sp

    sp = add("demo", cmd_demo, "load the demo missions (idempotent)")
    sp.add_argument("--scale", type=float, default=None,
                    help="also generate a large data set: 1 = 100,000 meetings, 50,000 people; 0.01 = 1%%")
    sp.add_argument("--seed", type=int, default=1, help="the generated data set's seed (default 1)")
    sp = add("missions", cmd_missions, "list missions")
    sp.add_argument("--json", action="store_true")
    sp = add("show", cmd_show, "one mission: legs, meetings (local and home times), people, follow-ups")
    sp.add_argument("mission")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--home-tz", default=None, help="home time zone (default: the mission's)")
    sp = add("import", cmd_import, "import a mission file (all or nothing)")
    sp.add_argument("file")
    sp.add_argument("--dry-run", action="store_true")
    sp = add("export", cmd_export, "write a mission file")
    sp.add_argument("mission")
    sp.add_argument("-o", "--output", required=True)
    sp = add("check", cmd_check, "scheduling problems")
    sp.add_argument("mission")
    sp.add_argument("--json", action="store_true")
    sp = add("slots", cmd_slots, "free slots for a new meeting")
    sp.add_argument("mission")
    sp.add_argument("--date", required=True)
    sp.add_argument("--city", required=True)
    sp.add_argument("--minutes", type=int, required=True)
    sp.add_argument("--json", action="store_true")
    for name, func, what in (("brief", cmd_brief, "briefing pack (PDF)"),
                             ("report", cmd_report, "post-trip outcome report (PDF)")):
        sp = add(name, func, what)
        sp.add_argument("mission")
        # brief --list prints nothing, so it needs no -o (cmd_brief asks for it otherwise)
        sp.add_argument("-o", "--output", required=name != "brief")
        sp.add_argument("--lang", choices=("fr", "nl", "en"), default="en")
        sp.add_argument("--classification", default="")
        sp.add_argument("--home-tz", default=None)
        sp.add_argument("--paper", choices=("a4", "letter"), default="a4")
        if name == "brief":
            sp.add_argument("--edition", choices=("minister", "working"), default="minister",
                            help="the minister's clean pack (default) or the private office's working pack")
            sp.add_argument("--drafting-officer", default=None, help="named on the cover (default: the database user)")
            sp.add_argument("--copy-number", type=_copy_number, default=None, help="this copy's number, from 1")
            sp.add_argument("--distribution", default=None, help='the distribution list, "A; B"')
            sp.add_argument("--list", action="store_true",
                            help="list the packs printed of MISSION (versions) instead of printing one")
            sp.add_argument("--json", action="store_true", help="with --list: as JSON")
            sp.add_argument("--pocket", action="store_true",
                            help="print the pocket card instead (A6: the day at a glance of each day)")
            sp.set_defaults(parser=sp)
    sp = add("followups", cmd_followups, "follow-ups")
    sp.add_argument("--mission")
    sp.add_argument("--overdue", action="store_true")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--home-tz", default="Europe/Brussels")
    sp = add("search", cmd_search, "search everything")
    sp.add_argument("text")
    sp.add_argument("--json", action="store_true")
    sp = add("ics-export", cmd_ics_export, "the mission's meetings as an iCalendar file")
    sp.add_argument("mission")
    sp.add_argument("-o", "--output", required=True)
    sp = add("ics-import", cmd_ics_import, "meetings from an iCalendar file (Outlook, Google, Thunderbird)")
    sp.add_argument("file")
    sp.add_argument("--mission", required=True)
    sp.add_argument("--dry-run", action="store_true")
    sp = add("contacts-import", cmd_contacts_import, "people and organizations from CSV or XLSX")
    sp.add_argument("file")
    sp.add_argument("--dry-run", action="store_true")
    sp.add_argument("--skip-bad-rows", action="store_true",
                    help="import the good rows and list the others (line, reason) in FILE-skipped.csv; "
                         "without it one bad row refuses the file")
    sp = add("duplicates", cmd_duplicates, "likely duplicate people")
    sp.add_argument("--json", action="store_true")
    sp = add("merge", cmd_merge, "merge person B into person A (A is kept); can be undone")
    sp.add_argument("keep", metavar="A")
    sp.add_argument("drop", metavar="B")
    from .cli_server import add_parsers as add_server_parsers

    add_server_parsers(sub)
    from .cli_edit import add_parser as add_edit_parser

    add_edit_parser(sub)
    from .cli_sync import add_parsers as add_sync_parsers

    add_sync_parsers(sub)
    sp = add("unmerge", cmd_unmerge, "undo a merge (its id is printed by merge)")
    sp.add_argument("merge_id", metavar="ID")
    sp = add("backup", cmd_backup, "a consistent copy of the database (into the rotation folder or -o)")
    sp.add_argument("-o", "--output")
    sp = add("restore", cmd_restore, "check a backup, save the current data, then restore the backup")
    sp.add_argument("file")
    sp = add("doctor", cmd_doctor, "check the database, repair what is safe, report the rest")
    sp.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        from .ui.app import run

        return run(args.db)
    try:
        return args.func(args)
    except MissionPlannerError as exc:
        print(f"missionplanner: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"missionplanner: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        reason = _database_failure(exc, args)
        if reason is None:
            raise
        print(f"missionplanner: {reason}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        _close_opened()


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _database_failure(exc: BaseException, args) -> str | None:
    """One line for what SQLite reports about the database file itself (damage, a full disk, a lock
    held too long, a read-only file), or None for anything else (a bug: its traceback is shown)."""
    import sqlite3

    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.Error):
        return None
    text = _one_line(orig)
    from .store.database import _is_damage, damaged_message
    from .store.paths import database_url

    url = database_url(args.db)
    where = url[len("sqlite:///"):] if url.startswith("sqlite:///") else "the database"
    if _is_damage(orig) and url.startswith("sqlite:///"):
        from pathlib import Path

        return damaged_message(Path(where), text)
    if "locked" in text or "busy" in text:
        return f"{where} is busy (another program is writing to it): {text}; nothing was changed, try again"
    if "readonly" in text or "read-only" in text:
        return f"{where} is read-only: {text}; nothing was changed"
    if "disk is full" in text or "disk I/O" in text:
        return f"{where}: not enough space on the disk ({text}); nothing was changed"
    return f"{where}: {text}"


if __name__ == "__main__":
    raise SystemExit(main())
