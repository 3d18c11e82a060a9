"""Reading dates and times as Belgian users type them (day first; French, Dutch or English months).

"9/6/2017 10h30", "9 juin 2017 10:30", "9 juni 2017 10.30", "June 9 2017 10:30am" and "10:30" (the
date taken from context) all mean the same wall-clock time. Month and weekday names come from the
CLDR data shipped with Babel, not from hand-typed tables; dateutil's parser does the reading. The
wall-clock result is attached to the venue's zone by `timeutil.localize`, which refuses a time that
does not exist or happens twice unless the text carries an explicit UTC offset.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache

from babel.dates import get_day_names, get_month_names
from dateutil import parser as du_parser

from ..errors import TimeInputError
from .timeutil import MAX_YEAR, MIN_YEAR, localize, zone

LOCALES = ("en", "fr", "nl")

# Two defaults that differ in every field: what the parser fills in from both was typed, what
# differs was not. (2000 and 2004 are both leap years, January and March both have 31 days.)
_PROBE_A = datetime(2000, 1, 1, 0, 0)
_PROBE_B = datetime(2004, 3, 3, 1, 1)

_ISO_START = re.compile(r"^\s*\d{4}\s*[-/.]")
# "10h30", "10 h 30", "10u30" (Dutch "uur"), "10h" -> "10:30", "10:00". Not followed by a letter,
# so "10 h" is read but "10hello" is not rewritten.
_H_TIME = re.compile(r"(?<![\d.:/-])(\d{1,2})\s*[hHuU]\s*(\d{2})?(?![\d\w])")
# "10.30" as a time, but not inside a dotted date ("10.06.2017", "9.6.17").
_DOT_TIME = re.compile(r"(?<![\d.:/-])(\d{1,2})\.(\d{2})(?![\d.])")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _variants(name: str) -> set[str]:
    base = name.strip().lower().rstrip(".")
    return {base, _fold(base)} - {""}


@lru_cache(maxsize=1)
def _parserinfo() -> du_parser.parserinfo:
    months: list[list[str]] = [[] for _ in range(12)]
    for loc in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, loc).items():
                    for variant in sorted(_variants(name)):
                        if variant not in months[number - 1]:
                            months[number - 1].append(variant)
    # ("Sept", common in English, comes in through the French abbreviation "sept.")
    seen: dict[str, int] = {}
    for i, names in enumerate(months):
        for n in names:
            if seen.setdefault(n, i) != i:  # a name meaning two months would be read at random
                raise RuntimeError(f"month name {n!r} is ambiguous across locales")

    weekdays: list[list[str]] = [list(names) for names in du_parser.parserinfo.WEEKDAYS]
    for loc in LOCALES:
        # Only full names: Dutch abbreviations ("do", "di") would swallow ordinary words.
        for number, name in get_day_names("wide", "format", loc).items():
            for variant in sorted(_variants(name)):
                if variant not in weekdays[number]:
                    weekdays[number].append(variant)

    class _BelgianInfo(du_parser.parserinfo):
        MONTHS = [tuple(n) for n in months]
        WEEKDAYS = [tuple(n) for n in weekdays]
        JUMP = list(du_parser.parserinfo.JUMP) + ["le", "à", "om", "op", "den", "uur"]

    return _BelgianInfo(dayfirst=True, yearfirst=False)


def _normalise(text: str) -> str:
    out = _H_TIME.sub(lambda m: f"{m.group(1)}:{m.group(2) or '00'}", text)
    out = _DOT_TIME.sub(lambda m: f"{m.group(1)}:{m.group(2)}", out)
    # Abbreviations written with a dot ("9 févr. 2017"): the dot is noise once the month is known.
    out = re.sub(r"(?<=[^\W\d_])\.", " ", out)
    return out


def _parse_one(text: str, default: datetime, field: str):
    info = _parserinfo()
    iso_like = bool(_ISO_START.match(text))
    try:
        return du_parser.parse(text, parserinfo=info, default=default, tzinfos=_named_zone,
                               dayfirst=not iso_like, yearfirst=iso_like)
    except TimeInputError as exc:
        raise TimeInputError.like(exc, field=field) from None
    except Exception:  # noqa: BLE001 - dateutil raises assorted types on odd input; all mean "unreadable"
        raise _unreadable(text, field) from None


def _named_zone(name: str | None, offset: int | None):
    """Zone abbreviations: UTC/GMT/Z are read; others ("CET", "KST") mean different things to
    different people, so they are refused rather than silently dropped."""
    if not name:
        return None if offset is None else _fixed(offset)
    if name.upper() in ("UTC", "GMT", "Z", "UT"):
        return UTC if not offset else _fixed(offset)
    raise TimeInputError(code="zone.abbreviation", abbreviation=name)


def _fixed(offset: int) -> timezone:
    return timezone(timedelta(seconds=offset))


def _unreadable(text: str, field: str) -> TimeInputError:
    return TimeInputError(code="typed.unreadable", field=field, text=text)


def _read(text, field: str):
    """Parse twice with different defaults; returns (value, which parts were typed)."""
    if not isinstance(text, str):
        raise TimeInputError(code="typed.not-text", field=field, text=text)
    if not text.strip():
        raise TimeInputError(code="typed.empty", field=field)
    if len(text) > 200:
        raise TimeInputError(code="typed.too-long", field=field, start=text[:40])
    clean = _normalise(text.strip())
    a = _parse_one(clean, _PROBE_A, field)
    b = _parse_one(clean, _PROBE_B, field)
    if (a.tzinfo is None) != (b.tzinfo is None):
        raise _unreadable(text, field)
    typed = {name: getattr(a, name) == getattr(b, name)
             for name in ("year", "month", "day", "hour", "minute")}
    return a, typed


def _date_part(text: str, a: datetime, typed: dict, default_date: date | None, field: str) -> date:
    if not (typed["year"] and typed["month"] and typed["day"]):
        if default_date is None:
            missing = [n for n in ("day", "month", "year") if not typed[n]]
            raise TimeInputError(code="typed.partial-date", field=field, text=text,
                                 missing=" or ".join(missing))
        if not typed["day"] and (typed["month"] or typed["year"]):
            raise TimeInputError(code="typed.no-day", field=field, text=text)
    year = a.year if typed["year"] else default_date.year
    month = a.month if typed["month"] else default_date.month
    day = a.day if typed["day"] else default_date.day
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise TimeInputError(code="typed.year-out-of-range", field=field, text=text, year=year)
    try:
        return date(year, month, day)
    except ValueError:
        raise TimeInputError(code="typed.no-such-date", field=field, text=text, day=day, month=month,
                             year=year) from None


def _check_weekday(text: str, day: date, field: str) -> None:
    """A weekday typed beside the date must agree with it: "lundi 9 juin 2017" is a slip."""
    info = _parserinfo()
    for word in re.findall(r"[^\W\d_]+", text):
        typed = info.weekday(word)
        if typed is not None and typed != day.weekday():
            actual = get_day_names("wide", "format", "en")[day.weekday()]
            raise TimeInputError(code="typed.wrong-weekday", field=field, text=text, date=f"{day:%d/%m/%Y}",
                                 actual=actual, weekday=word)


def parse_local_input(text: str, zone_name: str, default_date: date | None = None,
                      field: str = "time") -> datetime:
    """A typed local date and time in `zone_name`, as an aware UTC datetime.

    Day first ("9/6/2017" is 9 June); a missing date comes from `default_date`. A time that the
    clocks skip or repeat in that zone is refused unless an explicit UTC offset is typed.
    """
    zone(zone_name, "timezone")
    a, typed = _read(text, field)
    if not typed["hour"]:
        raise TimeInputError(code="typed.no-time", field=field, text=text)
    day = _date_part(text, a, typed, default_date, field)
    _check_weekday(text, day, field)
    minute = a.minute if typed["minute"] else 0
    if a.second or a.microsecond:
        # Kept to the minute, as every screen and export shows it (a second would not round-trip).
        raise TimeInputError(code="typed.seconds", field=field, text=text)
    naive = datetime(day.year, day.month, day.day, a.hour, minute)
    if a.tzinfo is not None:
        try:
            offset = a.utcoffset()
        except Exception:  # noqa: BLE001 - a zone dateutil made up from the text
            raise _unreadable(text, field) from None
        if offset is None:
            raise _unreadable(text, field)
        return localize(naive.replace(tzinfo=a.tzinfo), zone_name, field=field)
    return localize(naive, zone_name, field=field)


def parse_local_date(text: str, field: str = "date") -> date:
    """A typed calendar date ("9/6/2017", "9 juin 2017", "2017-06-09"); a time of day is refused."""
    if isinstance(text, date) and not isinstance(text, datetime):
        return text
    try:
        a, typed = _read(text, field)
    except TimeInputError as exc:
        if exc.code != "typed.unreadable":
            raise
        # A date field asks for a date: its example is a date, not a date and time.
        raise TimeInputError(code="typed.unreadable-date", field=field, text=text) from None
    if typed["hour"]:
        raise TimeInputError(code="typed.has-time", field=field, text=text)
    day = _date_part(text, a, typed, None, field)
    _check_weekday(text, day, field)
    return day


__all__ = ["parse_local_date", "parse_local_input"]
