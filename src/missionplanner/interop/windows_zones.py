"""Windows time-zone names (as Outlook and Exchange write them in TZID) to IANA zone names.

The table is the "001" (territory-neutral) column of CLDR's `windowsZones.xml` for the zones an aide
is likely to meet: Europe, East Asia, the Americas, the Gulf, Oceania. Names outside it fall back to
the complete table shipped with the `icalendar` package, then to the VTIMEZONE block of the file.
"""

from __future__ import annotations

import re
from functools import cache

WINDOWS_TO_IANA: dict[str, str] = {
    # Europe and Africa
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "GTB Standard Time": "Europe/Bucharest",
    "Russian Standard Time": "Europe/Moscow",
    "Turkey Standard Time": "Europe/Istanbul",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "South Africa Standard Time": "Africa/Johannesburg",
    "Egypt Standard Time": "Africa/Cairo",
    "Morocco Standard Time": "Africa/Casablanca",
    "E. Africa Standard Time": "Africa/Nairobi",
    "Israel Standard Time": "Asia/Jerusalem",
    # Middle East and South Asia
    "Arabian Standard Time": "Asia/Dubai",
    "Arab Standard Time": "Asia/Riyadh",
    "Arabic Standard Time": "Asia/Baghdad",
    "Iran Standard Time": "Asia/Tehran",
    "Pakistan Standard Time": "Asia/Karachi",
    "India Standard Time": "Asia/Calcutta",
    "Bangladesh Standard Time": "Asia/Dhaka",
    # East and South-East Asia
    "SE Asia Standard Time": "Asia/Bangkok",
    "Singapore Standard Time": "Asia/Singapore",
    "China Standard Time": "Asia/Shanghai",
    "Taipei Standard Time": "Asia/Taipei",
    "W. Australia Standard Time": "Australia/Perth",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Korea Standard Time": "Asia/Seoul",
    "North Korea Standard Time": "Asia/Pyongyang",
    "Ulaanbaatar Standard Time": "Asia/Ulaanbaatar",
    # Oceania
    "AUS Eastern Standard Time": "Australia/Sydney",
    "E. Australia Standard Time": "Australia/Brisbane",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "New Zealand Standard Time": "Pacific/Auckland",
    # Americas
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Pacific Standard Time": "America/Los_Angeles",
    "Alaskan Standard Time": "America/Anchorage",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Atlantic Standard Time": "America/Halifax",
    "Canada Central Standard Time": "America/Regina",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "SA Pacific Standard Time": "America/Bogota",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Argentina Standard Time": "America/Buenos_Aires",
    "Pacific SA Standard Time": "America/Santiago",
    # Universal time
    "UTC": "UTC",
    "Coordinated Universal Time": "UTC",
}


def windows_to_iana(name: str) -> str | None:
    """The IANA name for a Windows zone name, or None when neither table knows it."""
    key = (name or "").strip().strip('"')
    if key in WINDOWS_TO_IANA:
        return WINDOWS_TO_IANA[key]
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
    except ImportError:  # an icalendar without the table: our own list is all there is
        return None
    return WINDOWS_TO_OLSON.get(key)


# Old Outlook versions (2003, 2007) name a zone by its display name, often without a VTIMEZONE:
# "(GMT-08.00) Pacific Time (US & Canada); Tijuana", "Brussels, Copenhagen, Madrid, Paris". The
# regions of those names that are no city; the cities are found among the IANA zones' own.
_DISPLAY_REGIONS = {
    "eastern time (us & canada)": "America/New_York",
    "central time (us & canada)": "America/Chicago",
    "mountain time (us & canada)": "America/Denver",
    "pacific time (us & canada)": "America/Los_Angeles",
    "atlantic time (canada)": "America/Halifax",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "arizona": "America/Phoenix",
    "greenwich mean time": "Europe/London",
    "coordinated universal time": "UTC",
}
_OFFSET_PREFIX = re.compile(r"^\s*\((?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?:[.:]\d{2})?)?\)\s*", re.IGNORECASE)
_DISPLAY_PARTS = re.compile(r"\s*(?:[,;:/]|\band\b)\s*")


@cache
def _cities() -> dict[str, str]:
    """Each IANA zone by its city, folded ('tijuana', 'hong kong'); the first zone of a city wins."""
    import zoneinfo

    out: dict[str, str] = {}
    for name in sorted(zoneinfo.available_timezones()):
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/")):
            out.setdefault(name.rsplit("/", 1)[1].replace("_", " ").casefold(), name)
    return out


def display_name_to_iana(name: str) -> str | None:
    """The IANA zone an old Outlook display name means, by its region or its first city the zone
    table knows: '(GMT-08.00) Pacific Time (US & Canada); Tijuana' is America/Los_Angeles,
    '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris' Europe/Brussels; None when it names none."""
    text = _OFFSET_PREFIX.sub("", (name or "").strip().strip('"'))
    if not text:
        return None
    for region, zone_name in _DISPLAY_REGIONS.items():
        if text.casefold().startswith(region):
            return zone_name
    for part in _DISPLAY_PARTS.split(text):
        found = _cities().get(part.strip().casefold())
        if found:
            return found
    return None
