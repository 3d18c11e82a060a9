"""One family of domain errors whose messages are fit to show to a person.

Each error carries a stable `code` ("field.required", "edit.stale"...) and its parts as `params`
(names, dates, numbers), like scheduling problems do. Its English sentence comes from ENGLISH below,
keyed by the code: the CLI prints it and exits 2. The GUI (ui/messages.py) says the same thing in the
interface language from the code and the parts, never by reading the English back.

An error raised with a sentence and no code still works: its code is "other" and its text is shown
as it was given.
"""

from __future__ import annotations

from string import Formatter

OTHER = "other"

# code -> the English sentence, with the params as {name} (format conversions and specs allowed:
# {value!r}, {count:,}). The GUI's templates number the params %1, %2… in the order they first
# appear here (parts() gives them in that order).
ENGLISH: dict[str, str] = {
    # Field rules (services/validation.py)
    "field.required": "is required and may not be empty",
    "field.missing": "is required",
    "date.required": "is required (YYYY-MM-DD)",
    "text.not-text": "expected text, got {value}",
    "text.control-character": "contains the control character U+{codepoint:04X} at position {position}; "
                              "only tab and newline are allowed in text",
    "text.too-long": "is longer than {limit} characters",
    "choice.unknown": "{value} is not one of: {allowed}",
    "country.invalid": "{value} is not a two-letter ISO country code (JP, KR, BE...)",
    "email.invalid": "{value} is not an e-mail address",
    "list.too-long": "has {count:,} entries; the limit is {limit:,}",
    "list.not-texts": "expected a list of texts",
    "list.not-topic-lines": "expected a list of {{topic, line}}",
    "list.topic-line-entry": "each entry needs exactly a topic and a line",
    "recurrence.not-rule": "{value} is not a recurrence rule (e.g. FREQ=MONTHLY;COUNT=3)",
    "recurrence.invalid": "{value!r} is not a valid recurrence rule: {reason}",
    "flag.not-boolean": "expected true or false, got {value!r:.60}",
    # Dates, times and zones (services/timeutil.py, services/timeparse.py)
    "zone.unknown": "unknown time zone {zone!r} (use an IANA name such as Asia/Tokyo)",
    "zone.abbreviation": "unknown time zone abbreviation {abbreviation!r}; give an offset such as "
                         "+09:00 or leave it out to use the venue's zone",
    "year.out-of-range": "the year {year} is out of range ({min_year} to {max_year})",
    "year.out-of-range-in": "{text!r}: the year {year} is out of range ({min_year} to {max_year})",
    "time.gap": "{time} does not exist in {zone} (the clocks skip that hour); pick another time or "
                "give an explicit UTC offset",
    "time.ambiguous": "{time} is ambiguous in {zone} (the clocks go back and it happens twice); give an "
                      "explicit UTC offset such as {offset_a} or {offset_b}",
    "datetime.not-text": "expected a date and time as text, got {value}",
    "datetime.unreadable": "cannot read {text!r} as a date and time (YYYY-MM-DDTHH:MM)",
    "datetime.seconds": "{text!r} has seconds; give the time to the minute (YYYY-MM-DDTHH:MM)",
    "date.not-text": "expected a date as text (YYYY-MM-DD), got {value}",
    "date.unreadable": "cannot read {text!r} as a date (YYYY-MM-DD)",
    "typed.not-text": "expected a date or time as text, got {text!r}",
    "typed.empty": "is empty; type a date and time such as \"9/6/2017 10:30\"",
    "typed.too-long": "cannot read {start!r}… as a date and time (too long)",
    "typed.unreadable": "cannot read {text!r} as a date and time; type it day first, e.g. "
                        "\"9/6/2017 10:30\", \"9 juin 2017 10h30\" or \"June 9 2017 10:30am\"",
    "typed.unreadable-date": "cannot read {text!r} as a date; type it day first, e.g. \"9/6/2017\", "
                             "\"9 juin 2017\" or \"2017-06-09\"",
    "typed.partial-date": "{text!r} gives no {missing}; type a full date such as \"9/6/2017\"",
    "typed.no-day": "{text!r} gives no day of the month; type a full date such as \"9/6/2017\"",
    "typed.year-out-of-range": "{text!r}: the year {year} is out of range",
    "typed.no-such-date": "{text!r} is not a date that exists ({day}/{month}/{year})",
    "typed.wrong-weekday": "{text!r}: {date} is a {actual}, not {weekday}",
    "typed.no-time": "{text!r} gives no time of day; add one such as 10:30",
    "typed.seconds": "{text!r} has seconds; type the time to the minute, such as 10:30",
    "typed.has-time": "{text!r} has a time of day; type only the date, such as \"9/6/2017\"",
    # Records (services/records.py, duplicates.py)
    "record.missing": "no {kind} with id {id!r}",
    "edit.stale": "this {kind} was changed by someone else since you opened it (your copy: version "
                  "{expected}, stored: version {stored}); reload it and apply your change again",
    "edit.stale-by": "{by} changed this {kind} at {at}, since you opened it (your copy: version {expected}, "
                     "stored: version {stored}); reload it and apply your change again",
    "mission.unnamed": "no mission named (give an id, slug or title)",
    "mission.ambiguous": "{ref!r} matches {count} missions; give more of the id",
    "mission.unknown": "no mission {ref!r} (give an id, a unique id prefix, the slug or the title)",
    "person.ambiguous": "{ref!r} matches {count} people; give more of the id",
    "person.unknown": "no person with id {ref!r} (the duplicates command lists ids)",
    "merge.self": "cannot merge a person with themselves",
    "merge.missing": "no merge with id {id!r}",
    "merge.undone": "the merge {id} was already undone",
    "merge.back-again": "{name} exists again; the merge cannot be undone twice",
    "restore.exists": "this {kind} exists already; nothing to restore",
    "sort.unknown": "cannot sort organizations by {sort!r}",
    # Missions, meetings, follow-ups (services/missions.py, meetings.py, followups.py, checks.py)
    "mission.ends-before-start": "the mission ends ({end}) before it starts ({start})",
    "mission.slug-taken": "a mission with slug {slug!r} already exists",
    "leg.depart-before-arrive": "departure from {city} is not after arrival",
    "leg.check-out-before-check-in": "the check-out in {city} is not after the check-in",
    "meeting.ends-before-start": "the meeting ends ({end}) before or when it starts ({start})",
    "meeting.ends-before-start-plain": "the meeting ends before or when it starts",
    "meeting.outside-mission": "the meeting ({day}) falls outside the mission ({start} to {end})",
    "meeting.too-many": "the mission has {count:,} meetings; the limit is {limit:,} per mission",
    "meeting.unknown-fields": "unknown field(s): {fields}",
    "travel.unknown-fields": "unknown field(s): {fields}",
    "travel.bad-code": "{value!r} is not an airport or station code (3 to 10 letters or digits, e.g. BRU)",
    "travel.arrives-before-departure": "the arrival ({arrive}) is not after the departure ({depart})",
    "travel.outside-mission": "the journey ({day}) falls outside the mission ({start} to {end})",
    "travel.traveller-twice": "the same traveller is listed twice",
    "travel.traveller-not-in-delegation": "{name} is not in the mission's delegation; add them to the "
                                          "delegation first",
    # Reading a mission file (services/missionfile.py); the file's path is the error's place.
    "missionfile.not-regular": "not a regular file",
    "missionfile.no-file": "no such file",
    "missionfile.too-large": "larger than {limit:,} bytes, the most a mission file may hold",
    "missionfile.not-utf8": "not UTF-8 text ({reason} at byte {byte})",
    "missionfile.bad-json": "line {line}, column {column}: {reason}",
    "missionfile.unreadable": "{reason}",
    "missionfile.too-deep": "nested more than {limit} levels deep",
    "missionfile.not-object": "the file must hold a JSON object",
    "missionfile.format": "expected format {expected!r}, found {found!r}",
    "missionfile.too-many-meetings": "{count:,} meetings; the limit is {limit:,} per mission",
    "missionfile.key-twice": "the key {key!r} appears twice in one object",
    "missionfile.long-number": "a number of {digits:,} digits (the limit is {limit})",
    "missionfile.too-deep-at": "nested more than {limit} levels deep (at {path})",
    "missionfile.lone-surrogate": "a lone surrogate \\u{codepoint:04x} (not a character) at {path}",
    "missionfile.expected-object": "expected an object",
    "missionfile.unknown-fields": "unknown field(s) {fields} (allowed: {allowed})",
    "missionfile.not-a-list": "expected a list, got {kind}",
    "missionfile.listed-twice": "{key!r} is listed twice; list each one once",
    "missionfile.same-person": "{key!r} is the same person as {other!r}; list each one once",
    "missionfile.duplicate-key": "duplicate key {key}",
    "missionfile.no-person-key": "no person with key {key} in this file",
    "missionfile.no-organization-key": "no organization with key {key} in this file",
    "missionfile.slug-taken": "a mission with slug {slug!r} is already in the database",
    "missionfile.imported-already": "a mission with the same title and dates is already in the database "
                                    "(slug {slug!r}); this file looks imported already. To import it as "
                                    "another mission, give it a \"slug\"",
    "missionfile.recurring-needs-due": "a recurring follow-up needs a due date",
    "missionfile.agreement-differs": "an agreement with this title is already in the database and differs "
                                     "in {fields}; make the file agree with it, or give this one another title",
    # Importing contacts (interop/contacts.py); the file and its line are the error's place.
    "file.no-such-file": "{path}: no such file",
    "contacts.folder": "{path}: is a folder, not a contacts file",
    "contacts.too-large": "the file is {size:,.0f} MB, more than the limit of {limit:,.0f} MB for a contacts file",
    "contacts.not-text": "this is not a text file (it contains NUL bytes); save it as CSV or XLSX",
    "contacts.broken-utf16": "broken UTF-16 text at byte {byte}",
    "contacts.encoding": "the file is neither UTF-8 nor Windows-1252 text (byte {byte})",
    "contacts.cell-too-long": "the cell holds {length:,} characters, more than the limit of {limit:,} for one field",
    "contacts.too-many-rows": "more than {limit:,} contacts in one file (the limit); split it into several files",
    "contacts.csv-cell-too-long": "a cell holds more than {limit:,} characters, the limit for one field",
    "contacts.bad-csv": "cannot read the CSV text ({reason})",
    "contacts.workbook-too-large": "the workbook expands to {size:,.0f} MB once unzipped, more than the limit "
                                   "of {limit:,.0f} MB for a contacts file; save the contacts alone in a "
                                   "smaller sheet or as CSV",
    "contacts.bad-workbook": "cannot open the workbook, it may be damaged ({kind}: {reason})",
    "contacts.bad-sheet": "cannot read the first sheet ({reason})",
    "contacts.no-family-column": "no family-name column found (expected a header such as Family name, Nom or "
                                 "Achternaam; found: {found})",
    "contacts.no-family-column-empty": "no family-name column found (expected a header such as Family name, "
                                       "Nom or Achternaam; found: nothing)",
    "contacts.empty": "the file is empty (expected a header line and one contact per line)",
    "contacts.name-empty": "the name is empty",
    "contacts.family-name-empty": "the family name is empty",
    # Importing a calendar (interop/ical_reader.py, interop/ics.py, services/calendars.py); the file
    # and its line are the error's place, the property its field.
    "ical.folder": "{path}: is a folder, not a calendar file",
    "ical.too-large": "the file is {size:,.0f} MB, more than the limit of {limit:,.0f} MB for a calendar file",
    "ical.encoding": "not a text file in UTF-8 or Windows-1252 (byte {byte})",
    "ical.continuation-first": "the file starts with a continuation line (leading space)",
    "ical.empty": "the file is empty (expected BEGIN:VCALENDAR)",
    "ical.after-end": "text after END:VCALENDAR, found {found!r}",
    "ical.not-icalendar": "not an iCalendar file: expected BEGIN:VCALENDAR, found {found!r}",
    "ical.not-content-line": "expected NAME:VALUE, found {found!r}",
    "ical.expected-parameter": "expected PARAMETER=VALUE after {name};, found {found!r}",
    "ical.expected-colon": "expected ':' before the value of {name}, found {found!r}",
    "ical.no-component-name": "{name} needs a component name, found {found!r}",
    "ical.too-deep": "components nested too deeply",
    "ical.end-mismatch": "END:{kind} closes BEGIN:{open} of line {line}",
    "ical.never-closed": "BEGIN:{kind} of line {line} is never closed (the file may be cut short)",
    "ical.bad-date": "cannot read {value!r} as a real date or date-time ({expected})",
    "ical.bad-rule": "cannot read the recurrence rule {rule!r}",
    "ical.bad-duration": "cannot read {value!r} as a duration (e.g. PT1H30M)",
    "ical.vtimezone-no-tzid": "VTIMEZONE without a TZID",
    "ical.unknown-tzid": "unknown time zone TZID={tzid!r} and the file has no VTIMEZONE block defining it",
    "ical.bad-vtimezone": "cannot read the VTIMEZONE block for {tzid!r} ({reason})",
    "ical.cannot-place": "{time} cannot be placed in time ({reason})",
    "ical.sequence-not-number": "{value!r} is not a whole number",
    "ical.no-dtstart": "VEVENT without DTSTART",
    "ical.end-datetime-start-date": "DTEND is a date-time but DTSTART is a date",
    "ical.end-date-start-datetime": "DTEND is a date but DTSTART is a date-time",
    "ical.ends-before-start": "the event ends before or when it starts",
    "ical.too-long": "the event lasts too long",
    "ical.too-many-occurrences": "the recurring event gives {count} meetings within the mission (at most {limit})",
    "ical.bad-rule-reason": "cannot read the recurrence rule {rule!r} ({reason})",
    "ical.rule-too-often": "the recurrence rule repeats too often to expand (more than {limit:,} repetitions, "
                           "the limit for one rule)",
    "ical.rules-too-often": "the recurring events of this file repeat too often to expand (more than {limit:,} "
                            "repetitions in all, the limit for one import; reached at the event of line {line})",
    "ical.cannot-expand": "cannot expand the recurrence rule ({reason})",
    "calendar.too-many-meetings": "the mission has {count:,} meetings; the limit is {limit:,} per mission: this "
                                  "file would add {adding:,} more",
    # Creating many rows at once (services/batch.py): the first row's refusal, and how many more.
    "batch.more-rows": "{first} (and {more:,} more rows)",
    "followup.recurring-needs-due": "a recurring follow-up needs a due date to count from",
    "followup.already": "this follow-up is already {status}",
    # Search, attachments, free slots (services/search.py, attachments.py, slots.py)
    "search.not-text": "expected text to search for, got {type}",
    "search.too-long": "the search text is {length:,} characters long; the limit is {limit}",
    "search.too-many-words": "the search text has {count} words; the limit is {limit}",
    "attachment.kind": "cannot attach a file to a {kind!r}",
    "attachment.unreadable": "{path}: {reason}",
    "attachment.too-big": "{name} is {megabytes} MB; attachments are limited to {limit} MB",
    "slots.minutes": "{minutes!r} is not a number of minutes above zero",
    "slots.longer-than-day": "{minutes} minutes is longer than a day",
    "slots.no-leg": "the mission has no leg in {city!r}; its legs: {legs}",
    "slots.not-in-stay": "{day} is not during the stay in {city}: {stays}",
    # missionplanner edit (services/edits.py)
    "edit.not-assignment": "{text!r} is not FIELD=VALUE",
    "edit.unknown-field": "{name!r} cannot be edited here; the fields are: {allowed}",
    "edit.field-twice": "{name} is given twice",
    "edit.nothing": "nothing to change: give FIELD=VALUE",
    # The cabinet's shared database (store/server.py)
    "database.not-allowed": "{user} may read {location} but not change it (a reader's login); nothing was "
                            "changed; an aide's login is needed to edit",
    "database.restricted-away": "the change would put a mission out of {user}'s sight (it would be restricted "
                                "to other people); name {user} among them, or ask an administrator; nothing "
                                "was changed",
    "server.not-postgresql": "{location} is not a PostgreSQL database; the team commands need the cabinet's "
                             "server (postgresql+psycopg://…)",
    "server.bad-login-name": "{name!r} is not a login name (lower-case letters, digits, '.', '-' and '_', "
                             "starting with a letter)",
    # Laptop replicas (services/sync/engine.py)
    "sync.merge-fields": "a merged value is written only for the fields in conflict ({fields}), and only when both "
                         "sides kept the record",
    "sync.unreachable": "the server {location} cannot be reached ({reason}); nothing was lost, sync again later",
    "sync.replica-not-sqlite": "{location} is not a SQLite file; a replica is a file on this computer",
    "sync.already-joined": "{location} is already a replica of a server; run sync",
    "sync.join-not-empty": "{location} already holds data of its own; join into a new file",
    "sync.not-joined": "{location} has not joined a server; run join URL first",
    "sync.client-newer": "this version of the app (schema {local}) is newer than the server's (schema {server}); "
                         "ask IT to upgrade the server (server init) before syncing",
    "sync.client-older": "the server's schema ({server}) is newer than this app's ({local}); upgrade the app, "
                         "then sync: your offline edits are kept",
    "sync.conflict-unknown": "there is no open conflict {id}; conflicts lists them",
    "sync.no-longer-shared": "conflict {id} is a mission no longer shared with you: it cannot be kept as yours; "
                             "resolve it with --theirs, or ask its owner to share it again",
    # The database file (store/database.py, store/migrate.py)
    "database.read-only": "{location} is read-only (a read-only file, folder or medium); it can be read, "
                          "not changed; nothing was changed",
    "database.read-only-upgrade": "{path} needs upgrading to this version's schema but is read-only; open it "
                                  "from a writable folder",
    "database.busy": "{location} stayed busy for {seconds} s (another Mission Planner is writing to it); "
                     "nothing was changed, try again when it has finished",
    "database.damaged": "{path} is damaged ({detail}); nothing was written; restore the newest good backup: "
                        "missionplanner --db {path} restore {backup}",
    "database.damaged-no-backup": "{path} is damaged ({detail}); nothing was written; no good backup was "
                                  "found in {folder}",
    "database.not-a-file": "{path} is not a regular file; give the path of a Mission Planner database",
    "database.empty-file": "{path} is an empty file (0 bytes), not a Mission Planner database; nothing was "
                           "written (remove it to start a new database there, or restore a backup into it)",
    "database.not-sqlite": "{path} is not a Mission Planner database (not an SQLite file); nothing was written",
    "database.not-sqlite-restore": "{path} is not a Mission Planner database (not an SQLite file); a restore "
                                   "will not replace it; nothing was written",
    "database.newer-schema": "{path} was made by a newer version of Mission Planner (schema {revision}); "
                             "update the application to open it; nothing was changed",
    "database.newer-schema-unnamed": "the database was made by a newer version of Mission Planner (schema "
                                     "{revision}); update the application to open it; nothing was changed",
    # Restore (services/safety.py)
    "safety.needs-file": "backups, restore and the database doctor work on a SQLite database file only; "
                         "a shared server is backed up and checked by its IT",
    "restore.no-file": "{path}: no such file",
    "restore.not-sqlite": "{path}: not a Mission Planner database (not an SQLite file)",
    "restore.damaged": "{path}: damaged or not a database ({detail}); nothing restored",
    "restore.integrity": "{path}: fails the integrity check ({detail}); nothing restored",
    "restore.not-ours": "{path}: an SQLite file, but not a Mission Planner database; nothing restored",
    "restore.newer-schema": "{path}: made by a newer version of Mission Planner (schema {revision}); update "
                            "the application first; nothing restored",
    "restore.unreadable": "{path}: cannot be read whole ({detail}); nothing restored",
    "restore.foreign-schema": "{path}: its schema is not Mission Planner's ({detail}); nothing restored",
    "restore.meeting-gone": "the meeting it came from was deleted since; nothing to restore",
    "restore.mission-gone": "the mission it belonged to was deleted since; nothing to restore",
    "restore.folder-read-only": "{folder} is read-only; nothing restored",
    # Backups (store/backup.py)
    "backup.needs-file": "only a SQLite file can be backed up this way",
    "backup.fails-check": "it fails SQLite's check: {problems}",
    "backup.unreadable": "it cannot be read whole: {reason}",
    "backup.disk-full": "not enough space on the disk for the copy {path}; nothing was kept",
    "backup.busy": "the database stayed busy; no copy made to {path}",
    "backup.failed": "{path}: {reason}; nothing was kept",
    # The command line (cli.py)
    "command.not-available": "'{name}' is not available yet in this version",
    "demo.scale-not-positive": "--scale must be positive, not {scale}",
    # Briefing packs (briefing/options.py, briefing/pack.py)
    "briefing.unknown-edition": "unknown edition {edition!r} (use minister or working)",
    "briefing.control-too-long": "is {length:,} characters long; the limit is {limit}",
    "briefing.control-character": "contains a control character or a line break",
    "briefing.copy-number": "must be a whole number from 1 (got {value!r})",
    "briefing.unknown-language": "unknown language {lang!r} (use fr, nl or en)",
    "briefing.unknown-paper": "unknown paper size {paper!r} (use a4 or letter)",
    "briefing.marking-too-long": "the marking is {length:,} characters long; the limit is {limit} characters "
                                 "(it is printed in full on every page)",
    "briefing.marking-control": "contains a control character or a line break (it is printed as one marking)",
    "briefing.unknown-sections": "unknown section(s) {sections} (choose from {allowed})",
    "briefing.too-many-meetings": "the mission has {count:,} meetings; a briefing pack holds at most {limit:,} "
                                  "(the limit on meetings per pack)",
    # Output files (output_files.py)
    "output.unnamed": "no output file named; give a file name such as pack.pdf",
    "output.unusable": "{path}: {reason}",
    "output.symlink": "{path} is a symbolic link; refusing to write through it",
    "output.folder": "{path} is a folder; give a file name inside it",
    "output.special-file": "{path} is not a regular file (a device, pipe or socket); refusing to replace it",
    "output.read-only": "{path} is read-only; choose another name or make it writable",
    "output.no-folder": "the folder {folder} does not exist",
    "output.folder-read-only": "the folder {folder} is read-only; choose another folder",
    "output.disk-full": "not enough space on the disk to write {path}; nothing was written",
    "output.cannot-write": "{path}: cannot write there ({reason}); nothing was written",
    "output.failed": "{path}: {reason}; nothing was written",
}


def english(code: str, params: dict) -> str:
    """The English sentence for `code` with its params filled in."""
    return ENGLISH[code].format(**params)


def param_names(code: str) -> list[str]:
    """The params of `code` in the order they first appear in its English sentence (%1, %2…)."""
    names: list[str] = []
    for _literal, name, _spec, _conversion in Formatter().parse(ENGLISH[code]):
        if name is not None and name not in names:
            names.append(name)
    return names


class MissionPlannerError(Exception):
    """Base of every error a user may see.

    Raised either as `SomeError(code="field.required", field="title", **params)` (the sentence from
    ENGLISH) or, for a message no catalogue entry covers yet, `SomeError("sentence", field=...)`.
    """

    def __init__(self, message: str | None = None, *, code: str | None = None, field: str | None = None,
                 where: str | None = None, **params):
        if code is None:
            if message is None or params:
                raise TypeError("give a message, or a code and its params")
            code = OTHER
        elif message is not None:
            raise TypeError("give a message or a code, not both")
        self.code = code
        self.params = params
        self.field = field
        self.where = where
        self.plain = message if code == OTHER else english(code, params)
        parts = [p for p in (where, field) if p]
        super().__init__(f"{': '.join(parts)}: {self.plain}" if parts else self.plain)

    def parts(self) -> list[str]:
        """The params as the English sentence shows them (quotes, thousands separators), in %1, %2…
        order; empty for an error without a code."""
        if self.code == OTHER:
            return []
        formatter = Formatter()
        shown: dict[str, str] = {}
        for _literal, name, spec, conversion in formatter.parse(ENGLISH[self.code]):
            if name is not None and name not in shown:
                value = formatter.convert_field(self.params[name], conversion)
                shown[name] = formatter.format_field(value, spec or "")
        return list(shown.values())

    @classmethod
    def like(cls, exc: MissionPlannerError, *, field: str | None = None, where: str | None = None):
        """An error of this class saying what `exc` says, placed at `field` / `where`."""
        if exc.code == OTHER:
            return cls(exc.plain, field=field, where=where)
        return cls(code=exc.code, field=field, where=where, **exc.params)


class ValidationError(MissionPlannerError):
    """Input that breaks a rule (end before start, unknown zone, missing title...)."""


class NotFoundError(MissionPlannerError):
    """A record named by the user does not exist (or the name is ambiguous)."""


class StaleEditError(MissionPlannerError):
    """The record changed since the user read it; reload and apply the edit again."""


class TimeInputError(ValidationError):
    """A local time that cannot be read, does not exist or is ambiguous."""


class NotAvailableError(MissionPlannerError):
    """A command whose capability has not landed yet."""
