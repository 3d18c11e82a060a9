"""Field rules shared by the editors, the command line and the file importers."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from ..errors import ValidationError
from .timeutil import parse_iso_date, zone

MISSION_KINDS = ("official-mission", "economic-mission", "state-visit", "trade-fair", "other")
MISSION_STATUSES = ("draft", "planned", "confirmed", "ongoing", "done", "cancelled")
AGREEMENT_STATUSES = ("draft", "negotiating", "in-force", "expired", "terminated")
ORG_KINDS = ("government", "region", "prefecture", "company", "chamber", "district", "embassy",
             "association", "university", "other", "")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_RRULE_KEYS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST",
               "BYSETPOS", "BYWEEKNO", "BYYEARDAY"}


def text(value, field: str, *, required: bool = False, max_len: int | None = None) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"expected text, got {value!r}", field=field)
    value = value.strip()
    if required and not value:
        raise ValidationError("is required and may not be empty", field=field)
    if max_len and len(value) > max_len:
        raise ValidationError(f"is longer than {max_len} characters", field=field)
    return value


def choice(value, options, field: str) -> str:
    if value not in options:
        allowed = ", ".join(o for o in options if o)
        raise ValidationError(f"{value!r} is not one of: {allowed}", field=field)
    return value


def timezone_name(value, field: str = "timezone") -> str:
    value = text(value, field, required=True)
    zone(value, field)
    return value


def country(value, field: str = "country", *, required: bool = True) -> str:
    value = text(value, field, required=required).upper()
    if value and not re.fullmatch(r"[A-Z]{2}", value):
        raise ValidationError(f"{value!r} is not a two-letter ISO country code (JP, KR, BE...)",
                              field=field)
    return value


def email(value, field: str = "email") -> str:
    value = text(value, field)
    if value and not _EMAIL.match(value):
        raise ValidationError(f"{value!r} is not an e-mail address", field=field)
    return value


def optional_date(value, field: str) -> date | None:
    if value in (None, ""):
        return None
    return parse_iso_date(value, field=field)


def string_list(value, field: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError("expected a list of texts", field=field)
    return [v.strip() for v in value if v.strip()]


def if_raised(value, field: str = "if_raised") -> list[dict]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError("expected a list of {topic, line}", field=field)
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, dict) or set(item) - {"topic", "line"}:
            raise ValidationError("each entry needs exactly a topic and a line", field=f"{field}[{i}]")
        out.append({"topic": text(item.get("topic"), f"{field}[{i}].topic", required=True),
                    "line": text(item.get("line"), f"{field}[{i}].line", required=True)})
    return out


def rrule_text(value, field: str = "recurrence") -> str:
    value = text(value, field).upper()
    if not value:
        return ""
    if value.startswith("RRULE:"):
        value = value[6:]
    parts = dict(p.split("=", 1) for p in value.split(";") if "=" in p)
    if "FREQ" not in parts or set(parts) - _RRULE_KEYS:
        raise ValidationError(f"{value!r} is not a recurrence rule (e.g. FREQ=MONTHLY;COUNT=3)",
                              field=field)
    from dateutil.rrule import rrulestr

    try:
        rrulestr(value, dtstart=None)
    except (ValueError, TypeError) as exc:
        raise ValidationError(f"{value!r} is not a valid recurrence rule: {exc}", field=field) from None
    return value


def slugify(title: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80] or "mission"
