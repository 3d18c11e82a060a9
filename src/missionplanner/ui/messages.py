"""Service messages in the interface language.

services/ raise errors with a `code` and their parts as `params` (errors.py); the CLI prints the
English sentence. Here each code has its translatable template, whose %1, %2… are the parts in the
order the English sentence names them (MissionPlannerError.parts). An error without a known code
(raised with a plain sentence) is shown as it came. Record kinds and statuses among the parts are
translated; field names ("family_name") are shown as the form labels a user sees.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ..errors import MissionPlannerError
from ..services import problem_sentences
from ..services.problem_sentences import fill_in

CONTEXT = "ServiceMessages"

# code (errors.ENGLISH) -> translatable text, %1, %2… for the parts in the English sentence's order.
# Where a sentence was translated before codes existed, its text is kept so its translations stay.
TEMPLATES: dict[str, str] = {
    "field.required": QT_TRANSLATE_NOOP("ServiceMessages", "is required and may not be empty"),
    "field.missing": QT_TRANSLATE_NOOP("ServiceMessages", "is required"),
    "date.required": QT_TRANSLATE_NOOP("ServiceMessages", "is required (YYYY-MM-DD)"),
    "text.not-text": QT_TRANSLATE_NOOP("ServiceMessages", "expected text, got %1"),
    "text.control-character": QT_TRANSLATE_NOOP(
        "ServiceMessages", "contains the control character U+%1 at position %2; only tab and newline are "
                           "allowed in text"),
    "text.too-long": QT_TRANSLATE_NOOP("ServiceMessages", "is longer than %1 characters"),
    "choice.unknown": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not one of: %2"),
    "country.invalid": QT_TRANSLATE_NOOP("ServiceMessages",
                                         "%1 is not a two-letter ISO country code (JP, KR, BE…)"),
    "email.invalid": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not an e-mail address"),
    "list.too-long": QT_TRANSLATE_NOOP("ServiceMessages", "has %1 entries; the limit is %2"),
    "list.not-texts": QT_TRANSLATE_NOOP("ServiceMessages", "expected a list of texts"),
    "list.not-topic-lines": QT_TRANSLATE_NOOP("ServiceMessages", "expected a list of {topic, line}"),
    "list.topic-line-entry": QT_TRANSLATE_NOOP("ServiceMessages", "each entry needs exactly a topic and a line"),
    "recurrence.not-rule": QT_TRANSLATE_NOOP("ServiceMessages",
                                             "%1 is not a recurrence rule (e.g. FREQ=MONTHLY;COUNT=3)"),
    "recurrence.invalid": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a valid recurrence rule: %2"),
    "flag.not-boolean": QT_TRANSLATE_NOOP("ServiceMessages", "expected true or false, got %1"),
    "zone.unknown": QT_TRANSLATE_NOOP("ServiceMessages",
                                      "unknown time zone %1 (use an IANA name such as Asia/Tokyo)"),
    "zone.abbreviation": QT_TRANSLATE_NOOP(
        "ServiceMessages", "unknown time zone abbreviation %1; give an offset such as +09:00 or leave it "
                           "out to use the venue's zone"),
    "year.out-of-range": QT_TRANSLATE_NOOP("ServiceMessages", "the year %1 is out of range (%2 to %3)"),
    "year.out-of-range-in": QT_TRANSLATE_NOOP("ServiceMessages", "%1: the year %2 is out of range (%3 to %4)"),
    "time.gap": QT_TRANSLATE_NOOP("ServiceMessages", "%1 does not exist in %2 (the clocks skip that hour); pick "
                                                     "another time or give an explicit UTC offset"),
    "time.ambiguous": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is ambiguous in %2 (the clocks go back and it "
                                                           "happens twice); give an explicit UTC offset such "
                                                           "as %3 or %4"),
    "datetime.not-text": QT_TRANSLATE_NOOP("ServiceMessages", "expected a date and time as text, got %1"),
    "datetime.unreadable": QT_TRANSLATE_NOOP("ServiceMessages",
                                             "cannot read %1 as a date and time (YYYY-MM-DDTHH:MM)"),
    "datetime.seconds": QT_TRANSLATE_NOOP("ServiceMessages",
                                          "%1 has seconds; give the time to the minute (YYYY-MM-DDTHH:MM)"),
    "date.not-text": QT_TRANSLATE_NOOP("ServiceMessages", "expected a date as text (YYYY-MM-DD), got %1"),
    "date.unreadable": QT_TRANSLATE_NOOP("ServiceMessages", "cannot read %1 as a date (YYYY-MM-DD)"),
    "typed.not-text": QT_TRANSLATE_NOOP("ServiceMessages", "expected a date or time as text, got %1"),
    "typed.empty": QT_TRANSLATE_NOOP("ServiceMessages", "is empty; type a date and time such as \"9/6/2017 10:30\""),
    "typed.too-long": QT_TRANSLATE_NOOP("ServiceMessages", "cannot read %1… as a date and time (too long)"),
    "typed.unreadable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "cannot read %1 as a date and time; type it day first, e.g. \"9/6/2017 10:30\", "
                           "\"9 juin 2017 10h30\" or \"June 9 2017 10:30am\""),
    "typed.unreadable-date": QT_TRANSLATE_NOOP(
        "ServiceMessages", "cannot read %1 as a date; type it day first, e.g. \"9/6/2017\", \"9 juin 2017\" or "
                           "\"2017-06-09\""),
    "typed.partial-date": QT_TRANSLATE_NOOP("ServiceMessages",
                                            "%1 gives no %2; type a full date such as \"9/6/2017\""),
    "typed.no-day": QT_TRANSLATE_NOOP("ServiceMessages",
                                      "%1 gives no day of the month; type a full date such as \"9/6/2017\""),
    "typed.year-out-of-range": QT_TRANSLATE_NOOP("ServiceMessages", "%1: the year %2 is out of range"),
    "typed.no-such-date": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a date that exists (%2/%3/%4)"),
    "typed.wrong-weekday": QT_TRANSLATE_NOOP("ServiceMessages", "%1: %2 is a %3, not %4"),
    "typed.no-time": QT_TRANSLATE_NOOP("ServiceMessages", "%1 gives no time of day; add one such as 10:30"),
    "typed.seconds": QT_TRANSLATE_NOOP("ServiceMessages",
                                       "%1 has seconds; type the time to the minute, such as 10:30"),
    "typed.has-time": QT_TRANSLATE_NOOP("ServiceMessages",
                                        "%1 has a time of day; type only the date, such as \"9/6/2017\""),
    "record.missing": QT_TRANSLATE_NOOP("ServiceMessages", "no %1 with id %2"),
    "edit.stale": QT_TRANSLATE_NOOP("ServiceMessages", "this %1 was changed by someone else since you opened it "
                                                       "(your copy: version %2, stored: version %3); reload it "
                                                       "and apply your change again"),
    "database.restricted-away": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the change would put a mission out of %1's sight (it would be restricted to other "
                           "people); name %1 among them, or ask an administrator; nothing was changed"),
    "edit.stale-by": QT_TRANSLATE_NOOP("ServiceMessages", "%1 changed this %2 at %3, since you opened it (your "
                                                          "copy: version %4, stored: version %5); reload it and "
                                                          "apply your change again"),
    "mission.unnamed": QT_TRANSLATE_NOOP("ServiceMessages", "no mission named (give an id, slug or title)"),
    "mission.ambiguous": QT_TRANSLATE_NOOP("ServiceMessages", "%1 matches %2 missions; give more of the id"),
    "mission.unknown": QT_TRANSLATE_NOOP("ServiceMessages",
                                         "no mission %1 (give an id, a unique id prefix, the slug or the title)"),
    "person.ambiguous": QT_TRANSLATE_NOOP("ServiceMessages", "%1 matches %2 people; give more of the id"),
    "person.unknown": QT_TRANSLATE_NOOP("ServiceMessages",
                                        "no person with id %1 (the duplicates command lists ids)"),
    "merge.self": QT_TRANSLATE_NOOP("ServiceMessages", "cannot merge a person with themselves"),
    "merge.missing": QT_TRANSLATE_NOOP("ServiceMessages", "no merge with id %1"),
    "merge.undone": QT_TRANSLATE_NOOP("ServiceMessages", "the merge %1 was already undone"),
    "merge.back-again": QT_TRANSLATE_NOOP("ServiceMessages", "%1 exists again; the merge cannot be undone twice"),
    "restore.exists": QT_TRANSLATE_NOOP("ServiceMessages", "this %1 exists already; nothing to restore"),
    "sort.unknown": QT_TRANSLATE_NOOP("ServiceMessages", "cannot sort organizations by %1"),
    "mission.ends-before-start": QT_TRANSLATE_NOOP("ServiceMessages", "the mission ends (%1) before it starts (%2)"),
    "mission.slug-taken": QT_TRANSLATE_NOOP("ServiceMessages", "a mission with slug %1 already exists"),
    "leg.depart-before-arrive": QT_TRANSLATE_NOOP("ServiceMessages", "departure from %1 is not after arrival"),
    "leg.check-out-before-check-in": QT_TRANSLATE_NOOP("ServiceMessages",
                                                       "the check-out in %1 is not after the check-in"),
    "meeting.ends-before-start": QT_TRANSLATE_NOOP("ServiceMessages",
                                                   "the meeting ends (%1) before or when it starts (%2)"),
    "meeting.ends-before-start-plain": QT_TRANSLATE_NOOP("ServiceMessages",
                                                         "the meeting ends before or when it starts"),
    "meeting.outside-mission": QT_TRANSLATE_NOOP("ServiceMessages",
                                                 "the meeting (%1) falls outside the mission (%2 to %3)"),
    "meeting.too-many": QT_TRANSLATE_NOOP("ServiceMessages",
                                          "the mission has %1 meetings; the limit is %2 per mission"),
    "meeting.unknown-fields": QT_TRANSLATE_NOOP("ServiceMessages", "unknown field(s): %1"),
    "travel.unknown-fields": QT_TRANSLATE_NOOP("ServiceMessages", "unknown field(s): %1"),
    "missionfile.not-regular": QT_TRANSLATE_NOOP("ServiceMessages", "not a regular file"),
    "missionfile.no-file": QT_TRANSLATE_NOOP("ServiceMessages", "no such file"),
    "missionfile.too-large": QT_TRANSLATE_NOOP(
        "ServiceMessages", "larger than %1 bytes, the most a mission file may hold"),
    "missionfile.not-utf8": QT_TRANSLATE_NOOP("ServiceMessages", "not UTF-8 text (%1 at byte %2)"),
    "missionfile.bad-json": QT_TRANSLATE_NOOP("ServiceMessages", "line %1, column %2: %3"),
    "missionfile.unreadable": QT_TRANSLATE_NOOP("ServiceMessages", "%1"),
    "missionfile.too-deep": QT_TRANSLATE_NOOP("ServiceMessages", "nested more than %1 levels deep"),
    "missionfile.not-object": QT_TRANSLATE_NOOP("ServiceMessages", "the file must hold a JSON object"),
    "missionfile.format": QT_TRANSLATE_NOOP("ServiceMessages", "expected format %1, found %2"),
    "missionfile.too-many-meetings": QT_TRANSLATE_NOOP(
        "ServiceMessages", "%1 meetings; the limit is %2 per mission"),
    "travel.bad-code": QT_TRANSLATE_NOOP(
        "ServiceMessages", "%1 is not an airport or station code (3 to 10 letters or digits, e.g. BRU)"),
    "travel.arrives-before-departure": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the arrival (%1) is not after the departure (%2)"),
    "travel.outside-mission": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the journey (%1) falls outside the mission (%2 to %3)"),
    "travel.traveller-twice": QT_TRANSLATE_NOOP("ServiceMessages", "the same traveller is listed twice"),
    "travel.traveller-not-in-delegation": QT_TRANSLATE_NOOP(
        "ServiceMessages", "%1 is not in the mission's delegation; add them to the delegation first"),
    "followup.recurring-needs-due": QT_TRANSLATE_NOOP("ServiceMessages",
                                                      "a recurring follow-up needs a due date to count from"),
    "followup.already": QT_TRANSLATE_NOOP("ServiceMessages", "this follow-up is already %1"),
    "search.not-text": QT_TRANSLATE_NOOP("ServiceMessages", "expected text to search for, got %1"),
    "search.too-long": QT_TRANSLATE_NOOP("ServiceMessages",
                                         "the search text is %1 characters long; the limit is %2"),
    "search.too-many-words": QT_TRANSLATE_NOOP("ServiceMessages", "the search text has %1 words; the limit is %2"),
    "attachment.kind": QT_TRANSLATE_NOOP("ServiceMessages", "cannot attach a file to a %1"),
    "attachment.unreadable": QT_TRANSLATE_NOOP("ServiceMessages", "%1: %2"),
    "attachment.too-big": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is %2 MB; attachments are limited to %3 MB"),
    "slots.minutes": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a number of minutes above zero"),
    "slots.longer-than-day": QT_TRANSLATE_NOOP("ServiceMessages", "%1 minutes is longer than a day"),
    "slots.no-leg": QT_TRANSLATE_NOOP("ServiceMessages", "the mission has no leg in %1; its legs: %2"),
    "slots.not-in-stay": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not during the stay in %2: %3"),
    "edit.not-assignment": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not FIELD=VALUE"),
    "edit.unknown-field": QT_TRANSLATE_NOOP("ServiceMessages", "%1 cannot be edited here; the fields are: %2"),
    "edit.field-twice": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is given twice"),
    "edit.nothing": QT_TRANSLATE_NOOP("ServiceMessages", "nothing to change: give FIELD=VALUE"),
    "database.not-allowed": QT_TRANSLATE_NOOP("ServiceMessages", "%1 may read %2 but not change it (a reader's "
                                                                 "login); nothing was changed; an aide's login "
                                                                 "is needed to edit"),
    "server.not-postgresql": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a PostgreSQL database; the team "
                                                                  "commands need the cabinet's server "
                                                                  "(postgresql+psycopg://…)"),
    "server.bad-login-name": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a login name (lower-case letters, "
                                                                  "digits, '.', '-' and '_', starting with a "
                                                                  "letter)"),
    "sync.merge-fields": QT_TRANSLATE_NOOP("ServiceMessages", "a merged value is written only for the fields in "
                                                               "conflict (%1), and only when both sides kept the record"),
    "sync.unreachable": QT_TRANSLATE_NOOP("ServiceMessages", "the server %1 cannot be reached (%2); nothing was "
                                                             "lost, sync again later"),
    "sync.replica-not-sqlite": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a SQLite file; a replica is a file "
                                                                    "on this computer"),
    "sync.already-joined": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is already a replica of a server; run sync"),
    "sync.join-not-empty": QT_TRANSLATE_NOOP("ServiceMessages", "%1 already holds data of its own; join into a "
                                                                "new file"),
    "sync.not-joined": QT_TRANSLATE_NOOP("ServiceMessages", "%1 has not joined a server; run join URL first"),
    "sync.client-newer": QT_TRANSLATE_NOOP("ServiceMessages", "this version of the app (schema %1) is newer than "
                                                              "the server's (schema %2); ask IT to upgrade the "
                                                              "server (server init) before syncing"),
    "sync.client-older": QT_TRANSLATE_NOOP("ServiceMessages", "the server's schema (%1) is newer than this "
                                                              "app's (%2); upgrade the app, then sync: your "
                                                              "offline edits are kept"),
    "sync.conflict-unknown": QT_TRANSLATE_NOOP("ServiceMessages", "there is no open conflict %1; conflicts lists "
                                                                  "them"),
    "sync.no-longer-shared": QT_TRANSLATE_NOOP("ServiceMessages", "conflict %1 is a mission no longer shared with "
                                                                  "you: it cannot be kept as yours; resolve it with "
                                                                  "--theirs, or ask its owner to share it again"),
    "database.read-only": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is read-only (a read-only file, folder or "
                                                               "medium); it can be read, not changed; nothing "
                                                               "was changed"),
    "database.read-only-upgrade": QT_TRANSLATE_NOOP("ServiceMessages", "%1 needs upgrading to this version's "
                                                                       "schema but is read-only; open it from a "
                                                                       "writable folder"),
    "database.busy": QT_TRANSLATE_NOOP("ServiceMessages", "%1 stayed busy for %2 s (another Mission Planner is "
                                                          "writing to it); nothing was changed, try again when "
                                                          "it has finished"),
    "database.damaged": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is damaged (%2); nothing was written; restore "
                                                             "the newest good backup: missionplanner --db %1 "
                                                             "restore %3"),
    "database.damaged-no-backup": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is damaged (%2); nothing was "
                                                                       "written; no good backup was found in %3"),
    "database.not-a-file": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a regular file; give the path of a "
                                                                "Mission Planner database"),
    "database.empty-file": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is an empty file (0 bytes), not a Mission "
                                                                "Planner database; nothing was written (remove "
                                                                "it to start a new database there, or restore a "
                                                                "backup into it)"),
    "database.not-sqlite": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a Mission Planner database (not an "
                                                                "SQLite file); nothing was written"),
    "database.not-sqlite-restore": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a Mission Planner database "
                                                                        "(not an SQLite file); a restore will "
                                                                        "not replace it; nothing was written"),
    "database.newer-schema": QT_TRANSLATE_NOOP("ServiceMessages", "%1 was made by a newer version of Mission "
                                                                  "Planner (schema %2); update the application "
                                                                  "to open it; nothing was changed"),
    "database.newer-schema-unnamed": QT_TRANSLATE_NOOP("ServiceMessages", "the database was made by a newer "
                                                                          "version of Mission Planner (schema "
                                                                          "%1); update the application to open "
                                                                          "it; nothing was changed"),
    "safety.needs-file": QT_TRANSLATE_NOOP("ServiceMessages",
                                           "backups, restore and the database doctor work on a SQLite "
                                           "database file only; a shared server is backed up and checked "
                                           "by its IT"),
    "restore.no-file": QT_TRANSLATE_NOOP("ServiceMessages", "%1: no such file"),
    "restore.not-sqlite": QT_TRANSLATE_NOOP("ServiceMessages", "%1: not a Mission Planner database (not an "
                                                               "SQLite file)"),
    "restore.damaged": QT_TRANSLATE_NOOP("ServiceMessages", "%1: damaged or not a database (%2); nothing "
                                                            "restored"),
    "restore.integrity": QT_TRANSLATE_NOOP("ServiceMessages", "%1: fails the integrity check (%2); nothing "
                                                              "restored"),
    "restore.not-ours": QT_TRANSLATE_NOOP("ServiceMessages", "%1: an SQLite file, but not a Mission Planner "
                                                             "database; nothing restored"),
    "restore.newer-schema": QT_TRANSLATE_NOOP("ServiceMessages", "%1: made by a newer version of Mission "
                                                                 "Planner (schema %2); update the application "
                                                                 "first; nothing restored"),
    "restore.unreadable": QT_TRANSLATE_NOOP("ServiceMessages", "%1: cannot be read whole (%2); nothing "
                                                               "restored"),
    "restore.foreign-schema": QT_TRANSLATE_NOOP("ServiceMessages", "%1: its schema is not Mission Planner's "
                                                                   "(%2); nothing restored"),
    "output.unnamed": QT_TRANSLATE_NOOP("ServiceMessages", "no output file named; give a file name such as "
                                                           "pack.pdf"),
    "output.unusable": QT_TRANSLATE_NOOP("ServiceMessages", "%1: %2"),
    "output.symlink": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is a symbolic link; refusing to write through it"),
    "output.folder": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is a folder; give a file name inside it"),
    "output.special-file": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a regular file (a device, pipe or "
                                                                "socket); refusing to replace it"),
    "output.read-only": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is read-only; choose another name or make it "
                                                             "writable"),
    "output.no-folder": QT_TRANSLATE_NOOP("ServiceMessages", "the folder %1 does not exist"),
    "output.folder-read-only": QT_TRANSLATE_NOOP("ServiceMessages", "the folder %1 is read-only; choose another "
                                                                    "folder"),
    "output.disk-full": QT_TRANSLATE_NOOP("ServiceMessages", "not enough space on the disk to write %1; nothing "
                                                             "was written"),
    "output.cannot-write": QT_TRANSLATE_NOOP("ServiceMessages", "%1: cannot write there (%2); nothing was "
                                                                "written"),
    "output.failed": QT_TRANSLATE_NOOP("ServiceMessages", "%1: %2; nothing was written"),
    "missionfile.key-twice": QT_TRANSLATE_NOOP("ServiceMessages", "the key %1 appears twice in one object"),
    "missionfile.long-number": QT_TRANSLATE_NOOP("ServiceMessages", "a number of %1 digits (the limit is %2)"),
    "missionfile.too-deep-at": QT_TRANSLATE_NOOP("ServiceMessages", "nested more than %1 levels deep (at %2)"),
    "missionfile.lone-surrogate": QT_TRANSLATE_NOOP(
        "ServiceMessages", "a lone surrogate \\u%1 (not a character) at %2"),
    "missionfile.expected-object": QT_TRANSLATE_NOOP("ServiceMessages", "expected an object"),
    "missionfile.unknown-fields": QT_TRANSLATE_NOOP("ServiceMessages", "unknown field(s) %1 (allowed: %2)"),
    "missionfile.not-a-list": QT_TRANSLATE_NOOP("ServiceMessages", "expected a list, got %1"),
    "missionfile.listed-twice": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is listed twice; list each one once"),
    "missionfile.same-person": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is the same person as %2; list each one once"),
    "missionfile.duplicate-key": QT_TRANSLATE_NOOP("ServiceMessages", "duplicate key %1"),
    "missionfile.no-person-key": QT_TRANSLATE_NOOP("ServiceMessages", "no person with key %1 in this file"),
    "missionfile.no-organization-key": QT_TRANSLATE_NOOP("ServiceMessages", "no organization with key %1 in this file"),
    "missionfile.slug-taken": QT_TRANSLATE_NOOP("ServiceMessages", "a mission with slug %1 is already in the database"),
    "missionfile.imported-already": QT_TRANSLATE_NOOP(
        "ServiceMessages", "a mission with the same title and dates is already in the database (slug %1); this "
                           "file looks imported already. To import it as another mission, give it a \"slug\""),
    "missionfile.recurring-needs-due": QT_TRANSLATE_NOOP("ServiceMessages", "a recurring follow-up needs a due date"),
    "missionfile.agreement-differs": QT_TRANSLATE_NOOP(
        "ServiceMessages", "an agreement with this title is already in the database and differs in %1; make the "
                           "file agree with it, or give this one another title"),
    "file.no-such-file": QT_TRANSLATE_NOOP("ServiceMessages", "%1: no such file"),
    "contacts.folder": QT_TRANSLATE_NOOP("ServiceMessages", "%1: is a folder, not a contacts file"),
    "contacts.too-large": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the file is %1 MB, more than the limit of %2 MB for a contacts file"),
    "contacts.not-text": QT_TRANSLATE_NOOP(
        "ServiceMessages", "this is not a text file (it contains NUL bytes); save it as CSV or XLSX"),
    "contacts.broken-utf16": QT_TRANSLATE_NOOP("ServiceMessages", "broken UTF-16 text at byte %1"),
    "contacts.encoding": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the file is neither UTF-8 nor Windows-1252 text (byte %1)"),
    "contacts.cell-too-long": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the cell holds %1 characters, more than the limit of %2 for one field"),
    "contacts.too-many-rows": QT_TRANSLATE_NOOP(
        "ServiceMessages", "more than %1 contacts in one file (the limit); split it into several files"),
    "contacts.csv-cell-too-long": QT_TRANSLATE_NOOP(
        "ServiceMessages", "a cell holds more than %1 characters, the limit for one field"),
    "contacts.bad-csv": QT_TRANSLATE_NOOP("ServiceMessages", "cannot read the CSV text (%1)"),
    "contacts.workbook-too-large": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the workbook expands to %1 MB once unzipped, more than the limit of %2 MB for a "
                           "contacts file; save the contacts alone in a smaller sheet or as CSV"),
    "contacts.bad-workbook": QT_TRANSLATE_NOOP(
        "ServiceMessages", "cannot open the workbook, it may be damaged (%1: %2)"),
    "contacts.bad-sheet": QT_TRANSLATE_NOOP("ServiceMessages", "cannot read the first sheet (%1)"),
    "contacts.no-family-column": QT_TRANSLATE_NOOP(
        "ServiceMessages", "no family-name column found (expected a header such as Family name, Nom or "
                           "Achternaam; found: %1)"),
    "contacts.no-family-column-empty": QT_TRANSLATE_NOOP(
        "ServiceMessages", "no family-name column found (expected a header such as Family name, Nom or "
                           "Achternaam; found: nothing)"),
    "contacts.empty": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the file is empty (expected a header line and one contact per line)"),
    "contacts.name-empty": QT_TRANSLATE_NOOP("ServiceMessages", "the name is empty"),
    "contacts.family-name-empty": QT_TRANSLATE_NOOP("ServiceMessages", "the family name is empty"),
    "ical.folder": QT_TRANSLATE_NOOP("ServiceMessages", "%1: is a folder, not a calendar file"),
    "ical.too-large": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the file is %1 MB, more than the limit of %2 MB for a calendar file"),
    "ical.encoding": QT_TRANSLATE_NOOP("ServiceMessages", "not a text file in UTF-8 or Windows-1252 (byte %1)"),
    "ical.continuation-first": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the file starts with a continuation line (leading space)"),
    "ical.empty": QT_TRANSLATE_NOOP("ServiceMessages", "the file is empty (expected BEGIN:VCALENDAR)"),
    "ical.after-end": QT_TRANSLATE_NOOP("ServiceMessages", "text after END:VCALENDAR, found %1"),
    "ical.not-icalendar": QT_TRANSLATE_NOOP(
        "ServiceMessages", "not an iCalendar file: expected BEGIN:VCALENDAR, found %1"),
    "ical.not-content-line": QT_TRANSLATE_NOOP("ServiceMessages", "expected NAME:VALUE, found %1"),
    "ical.expected-parameter": QT_TRANSLATE_NOOP("ServiceMessages", "expected PARAMETER=VALUE after %1;, found %2"),
    "ical.expected-colon": QT_TRANSLATE_NOOP("ServiceMessages", "expected ':' before the value of %1, found %2"),
    "ical.no-component-name": QT_TRANSLATE_NOOP("ServiceMessages", "%1 needs a component name, found %2"),
    "ical.too-deep": QT_TRANSLATE_NOOP("ServiceMessages", "components nested too deeply"),
    "ical.end-mismatch": QT_TRANSLATE_NOOP("ServiceMessages", "END:%1 closes BEGIN:%2 of line %3"),
    "ical.never-closed": QT_TRANSLATE_NOOP(
        "ServiceMessages", "BEGIN:%1 of line %2 is never closed (the file may be cut short)"),
    "ical.bad-date": QT_TRANSLATE_NOOP("ServiceMessages", "cannot read %1 as a real date or date-time (%2)"),
    "ical.bad-rule": QT_TRANSLATE_NOOP("ServiceMessages", "cannot read the recurrence rule %1"),
    "ical.bad-duration": QT_TRANSLATE_NOOP("ServiceMessages", "cannot read %1 as a duration (e.g. PT1H30M)"),
    "ical.vtimezone-no-tzid": QT_TRANSLATE_NOOP("ServiceMessages", "VTIMEZONE without a TZID"),
    "ical.unknown-tzid": QT_TRANSLATE_NOOP(
        "ServiceMessages", "unknown time zone TZID=%1 and the file has no VTIMEZONE block defining it"),
    "ical.bad-vtimezone": QT_TRANSLATE_NOOP("ServiceMessages", "cannot read the VTIMEZONE block for %1 (%2)"),
    "ical.cannot-place": QT_TRANSLATE_NOOP("ServiceMessages", "%1 cannot be placed in time (%2)"),
    "ical.sequence-not-number": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a whole number"),
    "ical.no-dtstart": QT_TRANSLATE_NOOP("ServiceMessages", "VEVENT without DTSTART"),
    "ical.end-datetime-start-date": QT_TRANSLATE_NOOP("ServiceMessages", "DTEND is a date-time but DTSTART is a date"),
    "ical.end-date-start-datetime": QT_TRANSLATE_NOOP("ServiceMessages", "DTEND is a date but DTSTART is a date-time"),
    "ical.ends-before-start": QT_TRANSLATE_NOOP("ServiceMessages", "the event ends before or when it starts"),
    "ical.too-long": QT_TRANSLATE_NOOP("ServiceMessages", "the event lasts too long"),
    "ical.too-many-occurrences": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the recurring event gives %1 meetings within the mission (at most %2)"),
    "ical.bad-rule-reason": QT_TRANSLATE_NOOP("ServiceMessages", "cannot read the recurrence rule %1 (%2)"),
    "ical.rule-too-often": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the recurrence rule repeats too often to expand (more than %1 repetitions, the limit "
                           "for one rule)"),
    "ical.rules-too-often": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the recurring events of this file repeat too often to expand (more than %1 "
                           "repetitions in all, the limit for one import; reached at the event of line %2)"),
    "ical.cannot-expand": QT_TRANSLATE_NOOP("ServiceMessages", "cannot expand the recurrence rule (%1)"),
    "calendar.too-many-meetings": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the mission has %1 meetings; the limit is %2 per mission: this file would add %3 more"),
    "batch.more-rows": QT_TRANSLATE_NOOP("ServiceMessages", "%1 (and %2 more rows)"),
    "restore.meeting-gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the meeting it came from was deleted since; nothing to restore"),
    "restore.mission-gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the mission it belonged to was deleted since; nothing to restore"),
    "restore.folder-read-only": QT_TRANSLATE_NOOP("ServiceMessages", "%1 is read-only; nothing restored"),
    "backup.needs-file": QT_TRANSLATE_NOOP("ServiceMessages", "only a SQLite file can be backed up this way"),
    "backup.fails-check": QT_TRANSLATE_NOOP("ServiceMessages", "it fails SQLite's check: %1"),
    "backup.unreadable": QT_TRANSLATE_NOOP("ServiceMessages", "it cannot be read whole: %1"),
    "backup.disk-full": QT_TRANSLATE_NOOP(
        "ServiceMessages", "not enough space on the disk for the copy %1; nothing was kept"),
    "backup.busy": QT_TRANSLATE_NOOP("ServiceMessages", "the database stayed busy; no copy made to %1"),
    "backup.failed": QT_TRANSLATE_NOOP("ServiceMessages", "%1: %2; nothing was kept"),
    "command.not-available": QT_TRANSLATE_NOOP("ServiceMessages", "'%1' is not available yet in this version"),
    "demo.scale-not-positive": QT_TRANSLATE_NOOP("ServiceMessages", "--scale must be positive, not %1"),
    "briefing.unknown-edition": QT_TRANSLATE_NOOP("ServiceMessages", "unknown edition %1 (use minister or working)"),
    "briefing.control-too-long": QT_TRANSLATE_NOOP("ServiceMessages", "is %1 characters long; the limit is %2"),
    "briefing.control-character": QT_TRANSLATE_NOOP("ServiceMessages", "contains a control character or a line break"),
    "briefing.copy-number": QT_TRANSLATE_NOOP("ServiceMessages", "must be a whole number from 1 (got %1)"),
    "briefing.unknown-language": QT_TRANSLATE_NOOP("ServiceMessages", "unknown language %1 (use fr, nl or en)"),
    "briefing.unknown-paper": QT_TRANSLATE_NOOP("ServiceMessages", "unknown paper size %1 (use a4 or letter)"),
    "briefing.marking-too-long": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the marking is %1 characters long; the limit is %2 characters (it is printed in full "
                           "on every page)"),
    "briefing.marking-control": QT_TRANSLATE_NOOP(
        "ServiceMessages", "contains a control character or a line break (it is printed as one marking)"),
    "briefing.unknown-sections": QT_TRANSLATE_NOOP("ServiceMessages", "unknown section(s) %1 (choose from %2)"),
    "briefing.too-many-meetings": QT_TRANSLATE_NOOP(
        "ServiceMessages", "the mission has %1 meetings; a briefing pack holds at most %2 (the limit on meetings "
                           "per pack)"),
}

# Record kinds and field names as they appear in messages, shown as the forms label them.
WORDS = {
    "person": QT_TRANSLATE_NOOP("ServiceMessages", "person"),
    "organization": QT_TRANSLATE_NOOP("ServiceMessages", "organization"),
    "mission": QT_TRANSLATE_NOOP("ServiceMessages", "mission"),
    "meeting": QT_TRANSLATE_NOOP("ServiceMessages", "meeting"),
    "leg": QT_TRANSLATE_NOOP("ServiceMessages", "leg"),
    "agreement": QT_TRANSLATE_NOOP("ServiceMessages", "agreement"),
    "follow-up": QT_TRANSLATE_NOOP("ServiceMessages", "follow-up"),
    "done": QT_TRANSLATE_NOOP("ServiceMessages", "done"),
    "cancelled": QT_TRANSLATE_NOOP("ServiceMessages", "cancelled"),
    # What a mission file holds where it should not (missionfile._kind): "expected a list, got a text".
    "an object": QT_TRANSLATE_NOOP("ServiceMessages", "an object"),
    "a text": QT_TRANSLATE_NOOP("ServiceMessages", "a text"),
    "a number": QT_TRANSLATE_NOOP("ServiceMessages", "a number"),
    "true or false": QT_TRANSLATE_NOOP("ServiceMessages", "true or false"),
}
FIELDS = {
    "title": QT_TRANSLATE_NOOP("ServiceMessages", "Title"),
    "name": QT_TRANSLATE_NOOP("ServiceMessages", "Name"),
    "family_name": QT_TRANSLATE_NOOP("ServiceMessages", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("ServiceMessages", "Given name"),
    "native_name": QT_TRANSLATE_NOOP("ServiceMessages", "Name in native script"),
    "email": QT_TRANSLATE_NOOP("ServiceMessages", "E-mail"),
    "country": QT_TRANSLATE_NOOP("ServiceMessages", "Country"),
    "kind": QT_TRANSLATE_NOOP("ServiceMessages", "Kind"),
    "status": QT_TRANSLATE_NOOP("ServiceMessages", "Status"),
    "start": QT_TRANSLATE_NOOP("ServiceMessages", "Start"),
    "end": QT_TRANSLATE_NOOP("ServiceMessages", "End"),
    "due": QT_TRANSLATE_NOOP("ServiceMessages", "Due on"),
    "action": QT_TRANSLATE_NOOP("ServiceMessages", "Action"),
    "recurrence": QT_TRANSLATE_NOOP("ServiceMessages", "Recurrence"),
    "timezone": QT_TRANSLATE_NOOP("ServiceMessages", "Time zone"),
    "home_timezone": QT_TRANSLATE_NOOP("ServiceMessages", "Home time zone"),
    "city": QT_TRANSLATE_NOOP("ServiceMessages", "City"),
    "arrive": QT_TRANSLATE_NOOP("ServiceMessages", "Arrival"),
    "depart": QT_TRANSLATE_NOOP("ServiceMessages", "Departure"),
    "signed": QT_TRANSLATE_NOOP("ServiceMessages", "Signed on"),
    "expires": QT_TRANSLATE_NOOP("ServiceMessages", "Expires on"),
    "talking_points": QT_TRANSLATE_NOOP("ServiceMessages", "Talking point"),
    "if_raised": QT_TRANSLATE_NOOP("ServiceMessages", "If raised"),
    "topic": QT_TRANSLATE_NOOP("ServiceMessages", "question"),
    "line": QT_TRANSLATE_NOOP("ServiceMessages", "line to take"),
    "restricted_to": QT_TRANSLATE_NOOP("ServiceMessages", "Restricted to"),
    "key_messages": QT_TRANSLATE_NOOP("ServiceMessages", "Key message"),
    "duty_officer_id": QT_TRANSLATE_NOOP("ServiceMessages", "Duty officer"),
}


# A required field left empty, said with its subject as a sentence of its own (a translator cannot
# put an article before a label filled in: "Le nom de famille est obligatoire").
REQUIRED = {
    "title": QT_TRANSLATE_NOOP("ServiceMessages", "Title is required"),
    "name": QT_TRANSLATE_NOOP("ServiceMessages", "Name is required"),
    "family_name": QT_TRANSLATE_NOOP("ServiceMessages", "Family name is required"),
    "start": QT_TRANSLATE_NOOP("ServiceMessages", "Start is required"),
    "end": QT_TRANSLATE_NOOP("ServiceMessages", "End is required"),
    "arrive": QT_TRANSLATE_NOOP("ServiceMessages", "Arrival is required"),
    "depart": QT_TRANSLATE_NOOP("ServiceMessages", "Departure is required"),
    "city": QT_TRANSLATE_NOOP("ServiceMessages", "City is required"),
    "country": QT_TRANSLATE_NOOP("ServiceMessages", "Country is required"),
    "action": QT_TRANSLATE_NOOP("ServiceMessages", "Action is required"),
    "date": QT_TRANSLATE_NOOP("ServiceMessages", "Date is required"),
    "timezone": QT_TRANSLATE_NOOP("ServiceMessages", "Time zone is required"),
}
_REQUIRED_CODES = ("field.required", "date.required", "typed.empty")


def subject_text(exc: MissionPlannerError | Exception) -> str:
    """A refusal as the line under its field says it: with its subject ("Family name is
    required", "Start: cannot read …"), so it reads alone, beside other fields' refusals."""
    if isinstance(exc, MissionPlannerError) and exc.code in _REQUIRED_CODES:
        base = (exc.field or "").split("[")[0].split(".")[0]
        if base in REQUIRED:
            return _tr(REQUIRED[base])
    if isinstance(exc, MissionPlannerError) and exc.field and not exc.where:
        # "Début : impossible de lire …": a translator may put a space before the colon.
        return fill_in(_tr(QT_TRANSLATE_NOOP("ServiceMessages", "%1: %2")), field_label(exc.field),
                       translate_error(exc))
    return error_text(exc)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _part(text: str) -> str:
    if text in WORDS:
        return _tr(WORDS[text])
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):  # a date the service names: as lists show dates
        from . import formatting as fmt

        return fmt.short_date(text)
    return _moment(text)


def translate_error(exc: MissionPlannerError) -> str:
    """What the error says (without its field or place), in the interface language."""
    template = TEMPLATES.get(exc.code)
    if template is None:
        return exc.plain
    parts = [_part(p) for p in exc.parts()]
    first_code = exc.params.get("first_code")
    if exc.code == "batch.more-rows" and first_code in TEMPLATES:
        # The first row's refusal (%1) said from its own code and parts, not from its English.
        parts[0] = translate_error(MissionPlannerError(code=first_code, **exc.params["first_params"]))
    return fill_in(_tr(template), *parts)


def field_label(field: str | None) -> str:
    """The field's label; an entry of a list field by its number and part: "if_raised[1].line" is
    "If raised 2, line to take"."""
    if not field:
        return ""
    found = re.fullmatch(r"(\w+)\[(\d+)\](?:\.(\w+))?", field)
    if found and found.group(1) in FIELDS:
        base, index, part = found.groups()
        label = f"{_tr(FIELDS[base])} {int(index) + 1}"
        return f"{label}, {_tr(FIELDS[part])}" if part in FIELDS else label
    base = field.split("[")[0].split(".")[0]
    return _tr(FIELDS[base]) if base in FIELDS else field


def error_text(exc: MissionPlannerError | Exception, *, beside_field: bool = False) -> str:
    """What to show for a service error: translated, with the field's label in front unless the
    message is shown beside that field already."""
    if not isinstance(exc, MissionPlannerError):
        return str(exc)
    text = translate_error(exc)
    if beside_field or not exc.field:
        return f"{exc.where}: {text}" if exc.where else text
    parts = [p for p in (exc.where, field_label(exc.field)) if p]
    return f"{': '.join(parts)}: {text}"


# Scheduling problems --------------------------------------------------------------------------
#
# The sentence is built by problem_sentences from the problem's parts; here are its templates for
# Qt's translations (the same English as problem_sentences.ENGLISH, which a test holds equal), so
# lupdate finds them.

PROBLEM_CONTEXT = "Problems"

PROBLEM_TEXTS = {
    "overlap": QT_TRANSLATE_NOOP("Problems", "%1 cannot be in two meetings at once: %2 and %3 overlap"),
    "travel": QT_TRANSLATE_NOOP("Problems", "%1 would have %2 to get from %3 to %4 between %5 and %6; "
                                            "allow at least %7"),
    "outside-stay": QT_TRANSLATE_NOOP("Problems", "%1 is outside the stay in %2 (%3)"),
    "outside-legs": QT_TRANSLATE_NOOP("Problems", "%1 is in %2, where the mission does not go (legs: %3)"),
    "arrival": QT_TRANSLATE_NOOP("Problems", "%1 starts %2 after arriving in %3 (%4); allow at least %5"),
    "after-hours": QT_TRANSLATE_NOOP("Problems", "%1 is outside local business hours (%2–%3)"),
    "holiday": QT_TRANSLATE_NOOP("Problems", "%1 falls on a public holiday in %2: %3"),
    # %3: a travel segment ("segment" below)
    "before-arrival": QT_TRANSLATE_NOOP("Problems", "%1 starts before the arrival of %2 (%3)"),
    "after-departure": QT_TRANSLATE_NOOP("Problems", "%1 ends after the departure of %2 (%3)"),
    "no-travel": QT_TRANSLATE_NOOP("Problems", "No travel is planned for %1 from %2 to %3 between %4 "
                                               "and %5"),
    "travel-segment": QT_TRANSLATE_NOOP("Problems", "%1 would have %2 between %3 and %4; allow at "
                                                    "least %5"),  # %4: a travel segment
    "travel-overlap": QT_TRANSLATE_NOOP("Problems", "%1 cannot be on %2 and %3 at once"),
    "travel-clash": QT_TRANSLATE_NOOP("Problems", "%1 would be travelling during %2: %3"),
    "meeting": QT_TRANSLATE_NOOP("Problems", "“%1” (%2–%3 %4 time)"),
    "other-mission-meeting": QT_TRANSLATE_NOOP("Problems", "“%1” (%2–%3 %4 time, mission “%5”)"),
    "stay": QT_TRANSLATE_NOOP("Problems", "%1 to %2"),  # from arrival to departure
    # A travel segment: its number (or carrier, or a kind below), from where and when (local time
    # there), to where and when.
    "segment": QT_TRANSLATE_NOOP("Problems", "%1 from %2 (%3) to %4 (%5)"),
    "kind-flight": QT_TRANSLATE_NOOP("Problems", "the flight"),
    "kind-train": QT_TRANSLATE_NOOP("Problems", "the train"),
    "kind-car": QT_TRANSLATE_NOOP("Problems", "the car"),
    "kind-boat": QT_TRANSLATE_NOOP("Problems", "the boat"),
    "kind-other": QT_TRANSLATE_NOOP("Problems", "the journey"),
    "last-of-list": QT_TRANSLATE_NOOP("Problems", "%1 and %2"),  # "A, B and C": %1 is "A, B"
    "someone": QT_TRANSLATE_NOOP("Problems", "someone"),
    "hours-minutes": QT_TRANSLATE_NOOP("Problems", "%1 h %2"),  # 1 h 30 (minutes as 2 digits)
    "hours": QT_TRANSLATE_NOOP("Problems", "%1 h"),
    "minutes": QT_TRANSLATE_NOOP("Problems", "%1 min"),
}


def _problem_template(key: str) -> str:
    return QCoreApplication.translate(PROBLEM_CONTEXT, PROBLEM_TEXTS[key])


def duration_text(minutes: int) -> str:
    return problem_sentences.duration(minutes, _problem_template)


def country_text(code: str) -> str:
    """"Corée du Sud (KR)": the country's name in the interface language (CLDR), and its code."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(QLocale().name()).territories
    except (UnknownLocaleError, ValueError):
        names = Locale("en").territories
    name = names.get(code.upper())
    return f"{name} ({code.upper()})" if name else code.upper()


def problem_text(problem: dict) -> str:
    """A scheduling problem (services/checks.py) said in the interface language; its English
    `message` when the code is unknown or the parts are missing (a problem saved by an older
    version)."""
    return problem_sentences.problem_sentence(problem, _problem_template, country_text, _moment)


def _moment(text: str) -> str:
    """A problem's local "2017-06-09 10:00" as the window writes a date and time ("9/06/17 10:00")."""
    from . import formatting as fmt

    return fmt.date_time(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text) else text
