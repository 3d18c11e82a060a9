"""Time zones as the interface language names them (CLDR through Babel): "Bruxelles", "Brussel",
"Séoul — heure de la Corée du Sud", rather than the IANA identifiers the data keeps
("Europe/Brussels"), which are shown only as a hint where a zone is chosen."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale


def _locale_name() -> str:
    return QLocale().name()  # fr_BE, nl_BE, en_GB: set with the interface language (i18n.install)


def city(zone: str) -> str:
    """The city a zone is named after, in the interface language ("Bruxelles"); the identifier's
    last part when CLDR has no name for it."""
    return _one(_locale_name(), zone)[0] or _fallback_city(zone)


def described(zone: str) -> str:
    """"Séoul — heure de la Corée": a zone as a table or a detail pane names it."""
    if zone == "UTC":
        return zone
    city_name, zone_name = _one(_locale_name(), zone)
    return " — ".join(part for part in (city_name or _fallback_city(zone), zone_name) if part)


def zone_name(zone: str) -> str:
    """"heure du Japon": the zone's own name, without its city (the identifier when CLDR has none)."""
    return _one(_locale_name(), zone)[1] or zone


def label(zone: str) -> str:
    """"Séoul — heure de la Corée (Asia/Seoul)": what a zone list shows (the identifier too, so
    that typing it, or a city without its accents, still finds the zone)."""
    return f"{described(zone)} ({zone})" if zone != "UTC" else zone


def _fallback_city(zone: str) -> str:
    return zone.split("/")[-1].replace("_", " ")


@cache
def _one(locale_name: str, zone: str) -> tuple[str, str]:
    """(city, generic zone name) of one zone; ("", "") when CLDR does not know it. A view naming a
    handful of zones reads only those: reading all of them held the window for 0.1 s."""
    from babel.dates import get_timezone, get_timezone_location, get_timezone_name

    locale = _locale(locale_name)
    try:
        tz = get_timezone(zone)
        return (get_timezone_location(tz, locale=locale, return_city=True),
                get_timezone_name(tz, width="long", locale=locale, zone_variant="generic"))
    except (LookupError, ValueError):
        return ("", "")


@cache
def _locale(locale_name: str):
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(locale_name)
    except (UnknownLocaleError, ValueError):
        return Locale("en")
