"""Time rules: instants in UTC, wall-clock input in a named IANA zone, gaps and overlaps refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

from dateutil import tz

from ..errors import TimeInputError, ValidationError

DEFAULT_HOME_TZ = "Europe/Brussels"


@lru_cache(maxsize=512)
def zone(name: str, field: str = "timezone") -> tzinfo:
    """The IANA zone called `name`; an unknown name is refused (dateutil would fall back silently)."""
    if not name or "/" not in name and name not in ("UTC", "Etc/UTC"):
        raise ValidationError(f"unknown time zone {name!r} (use an IANA name such as Asia/Tokyo)",
                              field=field)
    z = tz.gettz(name)
    if z is None:
        raise ValidationError(f"unknown time zone {name!r} (use an IANA name such as Asia/Tokyo)",
                              field=field)
    return z


def is_valid_zone(name: str) -> bool:
    try:
        zone(name)
    except ValidationError:
        return False
    return True


def localize(naive: datetime, zone_name: str, *, field: str = "time") -> datetime:
    """Attach `zone_name` to a wall-clock time, refusing one that does not exist or is ambiguous."""
    z = zone(zone_name)
    if naive.tzinfo is not None:
        return naive.astimezone(UTC)
    aware = naive.replace(tzinfo=z)
    shown = naive.strftime("%Y-%m-%d %H:%M")
    if not tz.datetime_exists(aware):
        raise TimeInputError(
            f"{shown} does not exist in {zone_name} (the clocks skip that hour); "
            "pick another time or give an explicit UTC offset",
            field=field,
        )
    if tz.datetime_ambiguous(aware):
        raise TimeInputError(
            f"{shown} is ambiguous in {zone_name} (the clocks go back and it happens twice); "
            "give an explicit UTC offset such as +02:00 or +01:00",
            field=field,
        )
    return aware.astimezone(UTC)


def parse_iso_local(text: str, zone_name: str, *, field: str = "time") -> datetime:
    """An ISO wall-clock string ("2017-06-09T10:00"), or one with an explicit offset, to UTC."""
    if not isinstance(text, str):
        raise ValidationError(f"expected a date and time as text, got {text!r}", field=field)
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"cannot read {text!r} as a date and time (YYYY-MM-DDTHH:MM)",
                              field=field) from None
    zone(zone_name)
    return localize(value, zone_name, field=field)


def parse_iso_date(text, *, field: str = "date") -> date:
    if isinstance(text, date) and not isinstance(text, datetime):
        return text
    if not isinstance(text, str):
        raise ValidationError(f"expected a date as text (YYYY-MM-DD), got {text!r}", field=field)
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"cannot read {text!r} as a date (YYYY-MM-DD)", field=field) from None


def to_utc(value, zone_name: str, *, field: str = "time") -> datetime:
    """A datetime (naive = wall clock in the zone) or an ISO string, as a UTC instant."""
    if isinstance(value, datetime):
        return localize(value, zone_name, field=field)
    if value in (None, ""):
        raise ValidationError("is required", field=field)
    return parse_iso_local(value, zone_name, field=field)


def in_zone(instant: datetime, zone_name: str) -> datetime:
    return instant.astimezone(zone(zone_name))


def wall_clock_text(instant: datetime, zone_name: str) -> str:
    """The local wall-clock ISO form of an instant; with its offset only when the hour repeats."""
    local = in_zone(instant, zone_name)
    naive = local.replace(tzinfo=None)
    if tz.datetime_ambiguous(naive.replace(tzinfo=zone(zone_name))):
        return local.isoformat(timespec="minutes")
    return naive.isoformat(timespec="minutes")


def iso(instant: datetime, zone_name: str) -> str:
    """ISO 8601 with the UTC offset, in the given zone (the --json shape)."""
    return in_zone(instant, zone_name).isoformat(timespec="seconds")


def local_midnight_today(zone_name: str, now: datetime | None = None) -> date:
    now = now or datetime.now(UTC)
    return now.astimezone(zone(zone_name)).date()


def day_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC instants of local midnight at the start and end of `day` (DST days are 23 or 25 h)."""
    z = zone(zone_name)
    start = tz.resolve_imaginary(datetime(day.year, day.month, day.day, tzinfo=z))
    nxt = day + timedelta(days=1)
    end = tz.resolve_imaginary(datetime(nxt.year, nxt.month, nxt.day, tzinfo=z))
    return start.astimezone(UTC), end.astimezone(UTC)
