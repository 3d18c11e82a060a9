"""Time rules: instants in UTC, wall-clock input in a named IANA zone, gaps and overlaps refused.

The one place zones are looked up (`zone`: IANA names only, as `zoneinfo.ZoneInfo`) and the one place
a wall-clock time becomes an instant (`wall_to_utc`). zoneinfo rather than dateutil's zones: dateutil
misreads the hours around a change in zones whose daylight saving time is negative. On 2019-05-05 in
Africa/Casablanca (Ramadan) it refused 03:00 as a time that does not exist (it is 03:00 UTC) and let
02:30, which happens twice, through without a word; Europe/Dublin's change to winter time likewise.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import tz as dateutil_tz

from ..errors import TimeInputError, ValidationError

DEFAULT_HOME_TZ = "Europe/Brussels"


# Years outside this window are almost surely typing mistakes ("9/6/217", "0001-01-01"), and far-off
# years overflow the zone arithmetic (year 9999 in Asia/Tokyo is past datetime.max in UTC).
MIN_YEAR, MAX_YEAR = 1900, 2200


@lru_cache(maxsize=1)
def zone_names() -> frozenset[str]:
    """Every name in the IANA zone database (the system's, or the tzdata package's)."""
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


def _unknown_zone(name, field: str) -> ValidationError:
    shown = name if isinstance(name, str) and len(name) <= 80 else f"{str(name)[:80]}…"
    return ValidationError(code="zone.unknown", field=field, zone=shown)


def zone(name: str, field: str = "timezone") -> ZoneInfo:
    """The IANA zone called `name`; any other name is refused.

    Only names listed in the zone database count, never a file path ("/usr/share/zoneinfo/Asia/Tokyo",
    "../zoneinfo/UTC") or a POSIX TZ string ("AAA/B+3"), which the iCalendar export and other readers
    cannot load. This is the one door every zone passes: mission files, the editors, `--home-tz`.
    """
    z = _load_zone(name) if isinstance(name, str) else None
    if z is None:
        raise _unknown_zone(name, field)
    return z


@lru_cache(maxsize=512)
def _load_zone(name: str) -> ZoneInfo | None:
    if not name or len(name) > 64 or name not in zone_names() or ("/" not in name and name != "UTC"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def is_valid_zone(name) -> bool:
    try:
        zone(name)
    except ValidationError:
        return False
    return True


def require_zone(name, field: str = "timezone") -> str:
    """`name` if it is an IANA zone name, else a ValidationError naming the field."""
    zone(name, field)
    return name


def check_year(year: int, field: str, shown: str | None = None) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        if shown:
            raise ValidationError(code="year.out-of-range-in", field=field, text=shown, year=year,
                                  min_year=MIN_YEAR, max_year=MAX_YEAR)
        raise ValidationError(code="year.out-of-range", field=field, year=year, min_year=MIN_YEAR,
                              max_year=MAX_YEAR)


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def wall_to_utc(naive: datetime, z: tzinfo, *, refuse: bool = True, field: str = "time") -> datetime:
    """A naive wall-clock time in `z` as a UTC instant: the one way local times become instants.

    With PEP 495's `fold=0` a time that happens twice reads as the first, and a time the clocks skip
    reads on the clock before the change, i.e. moved forward by the length of the gap; such a time is
    the one whose round trip through UTC does not come back to it. `refuse=True` (what people type)
    refuses both with "time.gap" / "time.ambiguous"; `refuse=False` keeps that reading, which is
    RFC 5545's (calendar files, the bounds of a day, free slots). A tzinfo that ignores `fold` in a
    gap (a zone a calendar file defines) is moved forward by dateutil's public `resolve_imaginary`.
    """
    first = naive.replace(tzinfo=z, fold=0)
    instant = first.astimezone(UTC)
    exists = instant.astimezone(z).replace(tzinfo=None) == naive.replace(tzinfo=None)
    if not refuse:
        return instant if exists else dateutil_tz.resolve_imaginary(first).astimezone(UTC)
    name = getattr(z, "key", None) or str(z)
    shown = naive.strftime("%Y-%m-%d %H:%M")
    if not exists:
        raise TimeInputError(code="time.gap", field=field, time=shown, zone=name)
    second = naive.replace(tzinfo=z, fold=1)
    if second.utcoffset() != first.utcoffset():
        raise TimeInputError(code="time.ambiguous", field=field, time=shown, zone=name,
                             offset_a=_offset_text(first.utcoffset()),
                             offset_b=_offset_text(second.utcoffset()))
    return instant


def localize(naive: datetime, zone_name: str, *, field: str = "time") -> datetime:
    """Attach `zone_name` to a wall-clock time, refusing one that does not exist or is ambiguous.

    A time that carries its own UTC offset is taken as it is: the offset settles which one it is."""
    z = zone(zone_name)
    check_year(naive.year, field)
    if naive.tzinfo is not None:
        return naive.astimezone(UTC)
    return wall_to_utc(naive, z, field=field)


def parse_iso_local(text: str, zone_name: str, *, field: str = "time") -> datetime:
    """An ISO wall-clock string ("2017-06-09T10:00"), or one with an explicit offset, to UTC."""
    if not isinstance(text, str):
        raise ValidationError(code="datetime.not-text", field=field, value=_short(repr(text)))
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(code="datetime.unreadable", field=field, text=_short(text)) from None
    zone(zone_name)
    check_year(value.year, field, text)
    if value.second or value.microsecond:
        # Times are kept to the minute, as the editors and every export show them: a second kept
        # here would be lost on export and the file would no longer read back the same.
        raise ValidationError(code="datetime.seconds", field=field, text=text)
    return localize(value, zone_name, field=field)


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:60] + "…"


def parse_iso_date(text, *, field: str = "date") -> date:
    if isinstance(text, date) and not isinstance(text, datetime):
        check_year(text.year, field, text.isoformat())
        return text
    if not isinstance(text, str):
        raise ValidationError(code="date.not-text", field=field, value=_short(repr(text)))
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(code="date.unreadable", field=field, text=_short(text)) from None
    check_year(value.year, field, text)
    return value


def to_utc(value, zone_name: str, *, field: str = "time") -> datetime:
    """A datetime (naive = wall clock in the zone) or an ISO string, as a UTC instant."""
    if isinstance(value, datetime):
        return localize(value, zone_name, field=field)
    if value in (None, ""):
        raise ValidationError(code="field.missing", field=field)
    return parse_iso_local(value, zone_name, field=field)


def in_zone(instant: datetime, zone_name: str) -> datetime:
    return instant.astimezone(zone(zone_name))


def wall_clock_text(instant: datetime, zone_name: str) -> str:
    """The local wall-clock ISO form of an instant; with its offset only when the hour repeats."""
    local = in_zone(instant, zone_name)
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return local.isoformat(timespec="minutes")
    return local.replace(tzinfo=None).isoformat(timespec="minutes")


def iso(instant: datetime, zone_name: str) -> str:
    """ISO 8601 with the UTC offset, in the given zone (the --json shape)."""
    return in_zone(instant, zone_name).isoformat(timespec="seconds")


def local_midnight_today(zone_name: str, now: datetime | None = None) -> date:
    now = now or datetime.now(UTC)
    return now.astimezone(zone(zone_name)).date()


def day_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC instants of local midnight at the start and end of `day` (DST days are 23 or 25 h)."""
    z = zone(zone_name)
    nxt = day + timedelta(days=1)
    return (wall_to_utc(datetime(day.year, day.month, day.day), z, refuse=False),
            wall_to_utc(datetime(nxt.year, nxt.month, nxt.day), z, refuse=False))
