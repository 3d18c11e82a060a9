"""Field rules shared by the editors, the command line and the file importers."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache, lru_cache

from ..errors import ValidationError
from .timeutil import parse_iso_date, zone

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_RRULE_KEYS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST",
               "BYSETPOS", "BYWEEKNO", "BYYEARDAY"}


# The longest a free-text field may be (background, biography, notes...): a few hundred pages of
# briefing, so that one pasted file cannot make a brief run for minutes. Shorter fields are bounded
# by their column's declared length (column_limit), on every database backend alike.
MAX_LONG_TEXT = 100_000
# The most entries in one list field (talking points, decisions, if raised).
MAX_LIST_ITEMS = 1_000

# Control characters other than tab and newline, the bidirectional overrides and isolates (which
# make a name print backwards: the "RTL override" trick) and lone surrogates (not text at all: no
# UTF-8 form). They would reach the terminal, the iCalendar file and the PDF as they are.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _short_repr(value, limit: int = 60) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[:limit] + "…"


def clean_text(value: str, field: str) -> str:
    """`value` with Windows line ends made plain, refusing the characters _FORBIDDEN lists."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    bad = _FORBIDDEN.search(value)
    if bad:
        raise ValidationError(code="text.control-character", field=field, codepoint=ord(bad.group()),
                              position=bad.start() + 1)
    return value


def text(value, field: str, *, required: bool = False, max_len: int | None = None) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(code="text.not-text", field=field, value=_short_repr(value))
    value = clean_text(value, field).strip()
    if required and not value:
        raise ValidationError(code="field.required", field=field)
    max_len = max_len or MAX_LONG_TEXT
    if len(value) > max_len:
        raise ValidationError(code="text.too-long", field=field, limit=max_len)
    return value


@cache
def column_limit(model, attr: str) -> int:
    """The declared length of a model's String(n) column; MAX_LONG_TEXT for a Text column."""
    length = getattr(model.__table__.c[attr].type, "length", None)
    return min(length, MAX_LONG_TEXT) if length else MAX_LONG_TEXT


def column_text(value, model, attr: str, *, field: str | None = None, required: bool = False) -> str:
    """`text` bounded by the column the value is stored in (see column_limit)."""
    return text(value, field or attr, required=required, max_len=column_limit(model, attr))


def choice(value, options, field: str) -> str:
    if value not in options:
        allowed = ", ".join(o for o in options if o)
        raise ValidationError(code="choice.unknown", field=field, value=_short_repr(value), allowed=allowed)
    return value


def timezone_name(value, field: str = "timezone") -> str:
    value = text(value, field, required=True, max_len=64)
    zone(value, field)
    return value


# Region codes in CLDR (Babel's data) that are not countries: supranational (EU, EZ, UN), private
# use or test (QO, XA, XB, ZZ), and ISO 3166's "exceptionally reserved" parts of other countries (AC,
# CP, CQ, DG, EA, IC, TA). What is left is ISO 3166-1 alpha-2, plus XK (Kosovo), as CLDR and the EU
# use it.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC",
                            "TA"})


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """The two-letter country codes accepted (ISO 3166-1 alpha-2, from CLDR through Babel)."""
    from babel import Locale

    return frozenset(code for code in Locale("en").territories
                     if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES)


def flag(value, field: str) -> bool:
    """A yes/no field: true or false (left out: false). 0, 1 or "yes" are refused rather than guessed."""
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValidationError(code="flag.not-boolean", field=field, value=value)
    return value


def country(value, field: str = "country", *, required: bool = True) -> str:
    value = text(value, field, required=required, max_len=60).upper()
    if value and value not in country_codes():
        raise ValidationError(code="country.invalid", field=field, value=_short_repr(value))
    return value


def email(value, field: str = "email") -> str:
    value = text(value, field, max_len=300)
    if value and not _EMAIL.match(value):
        raise ValidationError(code="email.invalid", field=field, value=_short_repr(value))
    return value


def optional_date(value, field: str) -> date | None:
    if value in (None, ""):
        return None
    return parse_iso_date(value, field=field)


def _list_size(value: list, field: str) -> None:
    if len(value) > MAX_LIST_ITEMS:
        raise ValidationError(code="list.too-long", field=field, count=len(value), limit=MAX_LIST_ITEMS)


def string_list(value, field: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError(code="list.not-texts", field=field)
    _list_size(value, field)
    out = []
    for i, item in enumerate(value):
        item = text(item, f"{field}[{i}]")
        if item:
            out.append(item)
    return out


def if_raised(value, field: str = "if_raised") -> list[dict]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(code="list.not-topic-lines", field=field)
    _list_size(value, field)
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, dict) or set(item) - {"topic", "line"}:
            raise ValidationError(code="list.topic-line-entry", field=f"{field}[{i}]")
        out.append({"topic": text(item.get("topic"), f"{field}[{i}].topic", required=True),
                    "line": text(item.get("line"), f"{field}[{i}].line", required=True)})
    return out


def rrule_text(value, field: str = "recurrence") -> str:
    value = text(value, field, max_len=200).upper()
    if not value:
        return ""
    if value.startswith("RRULE:"):
        value = value[6:]
    parts = dict(p.split("=", 1) for p in value.split(";") if "=" in p)
    if "FREQ" not in parts or set(parts) - _RRULE_KEYS:
        raise ValidationError(code="recurrence.not-rule", field=field, value=_short_repr(value))
    from dateutil.rrule import rrulestr

    try:
        rrulestr(value, dtstart=None)
    except (ValueError, TypeError) as exc:
        raise ValidationError(code="recurrence.invalid", field=field, value=value, reason=str(exc)) from None
    return value


def slugify(title: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80] or "mission"


def login_list(value, field: str) -> str:
    """Server logins, as typed ("anne, bob" or a list), stored as "anne,bob" (sorted, once each);
    "" for none. Each must be a login name IT can create (store.server.LOGIN_NAME)."""
    from ..store.server import LOGIN_NAME

    items = value if isinstance(value, list | tuple) else str(value or "").replace(";", ",").split(",")
    logins = sorted({str(item).strip().lower() for item in items if str(item).strip()})
    for login in logins:
        if not LOGIN_NAME.match(login):
            raise ValidationError(code="server.bad-login-name", field=field, name=login)
    return ",".join(logins)


def every_problem(checks) -> list[ValidationError]:
    """Every refusal of `checks` (callables), not only the first: a form shows all that is wrong
    at once, each under its field, from the same rules that refuse a save."""
    found = []
    for check in checks:
        try:
            check()
        except ValidationError as exc:
            found.append(exc)
    return found

