"""Service messages in the interface language.

services/ raise errors in English (the CLI prints them as they are). The GUI shows the common ones
translated: each known message shape is a pattern here whose parts (a name, a date, a number) are
carried into the translated text as %1, %2… A message no pattern knows is shown as it came.
Field names ("family_name") are shown as the form labels a user sees.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from .. import problem_sentences
from ..errors import MissionPlannerError
from ..problem_sentences import fill_in  # noqa: F401 - the pages' "%1: %2" goes through it too

CONTEXT = "ServiceMessages"

# (pattern matching the whole English message, translatable text with %1, %2… for the groups)
PATTERNS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.S), t) for p, t in (
    (r"is required and may not be empty",
     QT_TRANSLATE_NOOP("ServiceMessages", "is required and may not be empty")),
    (r"is required", QT_TRANSLATE_NOOP("ServiceMessages", "is required")),
    (r"is required \(YYYY-MM-DD\)", QT_TRANSLATE_NOOP("ServiceMessages", "is required (YYYY-MM-DD)")),
    (r"is longer than (\d+) characters",
     QT_TRANSLATE_NOOP("ServiceMessages", "is longer than %1 characters")),
    (r"(.+) is not one of: (.+)", QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not one of: %2")),
    (r"(.+) is not an e-mail address", QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not an e-mail address")),
    (r"(.+) is not a two-letter ISO country code \(JP, KR, BE\.\.\.\)",
     QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a two-letter ISO country code (JP, KR, BE…)")),
    (r"(.+) is not a recurrence rule \(e\.g\. FREQ=MONTHLY;COUNT=3\)",
     QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a recurrence rule (e.g. FREQ=MONTHLY;COUNT=3)")),
    (r"(.+) is not a valid recurrence rule: (.+)",
     QT_TRANSLATE_NOOP("ServiceMessages", "%1 is not a valid recurrence rule: %2")),
    (r"unknown time zone (.+) \(use an IANA name such as Asia/Tokyo\)",
     QT_TRANSLATE_NOOP("ServiceMessages", "unknown time zone %1 (use an IANA name such as Asia/Tokyo)")),
    (r"cannot read (.+) as a date \(YYYY-MM-DD\)",
     QT_TRANSLATE_NOOP("ServiceMessages", "cannot read %1 as a date (YYYY-MM-DD)")),
    (r"cannot read (.+) as a date and time \(YYYY-MM-DDTHH:MM\)",
     QT_TRANSLATE_NOOP("ServiceMessages", "cannot read %1 as a date and time (YYYY-MM-DDTHH:MM)")),
    (r"the mission ends \((.+)\) before it starts \((.+)\)",
     QT_TRANSLATE_NOOP("ServiceMessages", "the mission ends (%1) before it starts (%2)")),
    (r"the meeting ends \((.+)\) before or when it starts \((.+)\)",
     QT_TRANSLATE_NOOP("ServiceMessages", "the meeting ends (%1) before or when it starts (%2)")),
    (r"the meeting \((.+)\) falls outside the mission \((.+) to (.+)\)",
     QT_TRANSLATE_NOOP("ServiceMessages", "the meeting (%1) falls outside the mission (%2 to %3)")),
    (r"departure from (.+) is not after arrival",
     QT_TRANSLATE_NOOP("ServiceMessages", "departure from %1 is not after arrival")),
    (r"(.+) does not exist in (.+) \(the clocks skip that hour\); pick another time or give an "
     r"explicit UTC offset",
     QT_TRANSLATE_NOOP("ServiceMessages", "%1 does not exist in %2 (the clocks skip that hour); pick "
                                          "another time or give an explicit UTC offset")),
    (r"(.+) is ambiguous in (.+) \(the clocks go back and it happens twice\); give an explicit UTC "
     r"offset such as (.+) or (.+)",
     QT_TRANSLATE_NOOP("ServiceMessages", "%1 is ambiguous in %2 (the clocks go back and it happens "
                                          "twice); give an explicit UTC offset such as %3 or %4")),
    (r"a recurring follow-up needs a due date to count from",
     QT_TRANSLATE_NOOP("ServiceMessages", "a recurring follow-up needs a due date to count from")),
    (r"this follow-up is already (\w+)",
     QT_TRANSLATE_NOOP("ServiceMessages", "this follow-up is already %1")),
    (r"a mission with slug (.+) already exists",
     QT_TRANSLATE_NOOP("ServiceMessages", "a mission with slug %1 already exists")),
    (r"this (.+) was changed by someone else since you opened it \(your copy: version (\d+), "
     r"stored: version (\d+)\); reload it and apply your change again",
     QT_TRANSLATE_NOOP("ServiceMessages", "this %1 was changed by someone else since you opened it "
                                          "(your copy: version %2, stored: version %3); reload it and "
                                          "apply your change again")),
    (r"no (.+) with id (.+)", QT_TRANSLATE_NOOP("ServiceMessages", "no %1 with id %2")),
))

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
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translate_message(message: str) -> str:
    """The English service message in the interface language, when its shape is known."""
    for pattern, template in PATTERNS:
        match = pattern.fullmatch(message.strip())
        if match:
            out = _tr(template)
            # Highest number first, so that %1 does not eat the start of %10.
            for i, part in reversed(list(enumerate(match.groups(), start=1))):
                out = out.replace(f"%{i}", _tr(WORDS[part]) if part in WORDS else part)
            return out
    return message


def field_label(field: str | None) -> str:
    if not field:
        return ""
    base = field.split("[")[0].split(".")[0]
    return _tr(FIELDS[base]) if base in FIELDS else field


def error_text(exc: MissionPlannerError | Exception, *, beside_field: bool = False) -> str:
    """What to show for a service error: translated, with the field's label in front unless the
    message is shown beside that field already."""
    if not isinstance(exc, MissionPlannerError):
        return str(exc)
    text = translate_message(exc.plain)
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
    "meeting": QT_TRANSLATE_NOOP("Problems", "“%1” (%2–%3 %4 time)"),
    "other-mission-meeting": QT_TRANSLATE_NOOP("Problems", "“%1” (%2–%3 %4 time, mission “%5”)"),
    "stay": QT_TRANSLATE_NOOP("Problems", "%1 to %2"),  # from arrival to departure
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
    return problem_sentences.problem_sentence(problem, _problem_template, country_text)
