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
    return _names(_locale_name()).get(zone, ("", ""))[0] or _fallback_city(zone)


def described(zone: str) -> str:
    """"Séoul — heure de la Corée": a zone as a table or a detail pane names it."""
    if zone == "UTC":
        return zone
    city_name, zone_name = _names(_locale_name()).get(zone, ("", ""))
    return " — ".join(part for part in (city_name or _fallback_city(zone), zone_name) if part)


def zone_name(zone: str) -> str:
    """"heure du Japon": the zone's own name, without its city (the identifier when CLDR has none)."""
    return _names(_locale_name()).get(zone, ("", ""))[1] or zone


def label(zone: str) -> str:
    """"Séoul — heure de la Corée (Asia/Seoul)": what a zone list shows (the identifier too, so
    that typing it, or a city without its accents, still finds the zone)."""
    return f"{described(zone)} ({zone})" if zone != "UTC" else zone


def _fallback_city(zone: str) -> str:
    return zone.split("/")[-1].replace("_", " ")


@cache
def _names(locale_name: str) -> dict[str, tuple[str, str]]:
    """{zone: (city, generic zone name)} for every zone the app offers, read once per language
    (some 600 zones: under a tenth of a second)."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_timezone, get_timezone_location, get_timezone_name

    from ..services.timeutil import zone_names

    try:
        locale = Locale.parse(locale_name)
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")
    names = {}
    for zone in zone_names():
        try:
            tz = get_timezone(zone)
            names[zone] = (get_timezone_location(tz, locale=locale, return_city=True),
                           get_timezone_name(tz, width="long", locale=locale, zone_variant="generic"))
        except (LookupError, ValueError):
            continue
    return names
