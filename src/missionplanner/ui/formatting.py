"""How dates, times and names are shown: in the user's locale, from the ISO strings services return."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale


def parse(iso: str | None) -> datetime | None:
    return datetime.fromisoformat(iso) if iso else None


def hm(iso: str | None) -> str:
    value = parse(iso)
    return value.strftime("%H:%M") if value else ""


def time_range(start: str | None, end: str | None) -> str:
    return f"{hm(start)}–{hm(end)}" if start else ""


def offset_label(iso: str | None) -> str:
    value = parse(iso)
    if value is None or value.utcoffset() is None:
        return ""
    minutes = int(value.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _as_date(day: date | str) -> date:
    if isinstance(day, datetime):
        return day.date()
    return date.fromisoformat(day[:10]) if isinstance(day, str) else day


# Qt's locale data is CLDR's (the same patterns Babel gives), and it is loaded already: the lists
# shown at start-up do not pay for importing Babel. Every date the window shows goes through one of
# these two, so a language has one short form and one long form.
def long_date(day: date | str | None) -> str:
    """CLDR's full date in the interface language: "vendredi 9 juin 2017", "vrijdag 9 juni 2017",
    "Friday, 9 June 2017"."""
    if not day:
        return ""
    day = _as_date(day)
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def day_label(day: date | str) -> str:
    return long_date(day)


def short_date(day: date | str | None) -> str:
    """CLDR's short date in the interface language: "9/06/17", "9/06/2017", "09/06/2017"."""
    if not day:
        return ""
    day = _as_date(day)
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def date_time(iso: str | datetime | None) -> str:
    """A local date and time as lists and details show it: "9/06/17 10:30" (the wall clock of the
    place, as stored)."""
    value = parse(iso) if isinstance(iso, str) or iso is None else iso
    return f"{short_date(value.date())} {value:%H:%M}" if value else ""


def long_date_time(value: datetime) -> str:
    """"vendredi 9 juin 2017, 10:30": what a date-and-time entry says it understood."""
    return QCoreApplication.translate("DateEntry", "%1, %2", "date, time").replace(
        "%1", long_date(value.date())).replace("%2", value.strftime("%H:%M"))


def date_span(start: str, end: str) -> str:
    return f"{short_date(start)} – {short_date(end)}"


def person_label(p: dict | None) -> str:
    """Romanised name, with the native-script name beside it when there is one; a position by its
    post with "(name to be confirmed)", never a name it does not have."""
    if not p:
        return ""
    if p.get("kind") == "position":
        from ..services.person_text import shown_name

        return shown_name(p.get("title") or p.get("name") or "", "position",
                          QCoreApplication.translate("People", "name to be confirmed"))
    name = p.get("name") or f"{p.get('given_name', '')} {p.get('family_name', '')}".strip()
    native = p.get("native_name")
    return f"{name} ({native})" if native else name


STATUS_TEXT = {
    # meetings
    "proposed": QT_TRANSLATE_NOOP("Status", "proposed"),
    "requested": QT_TRANSLATE_NOOP("Status", "requested"),
    "confirmed": QT_TRANSLATE_NOOP("Status", "confirmed"),
    "held": QT_TRANSLATE_NOOP("Status", "held"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "cancelled"),
    # missions
    "draft": QT_TRANSLATE_NOOP("Status", "draft"),
    "planned": QT_TRANSLATE_NOOP("Status", "planned"),
    "ongoing": QT_TRANSLATE_NOOP("Status", "ongoing"),
    "done": QT_TRANSLATE_NOOP("Status", "done"),
    # follow-ups
    "open": QT_TRANSLATE_NOOP("Status", "open"),
    # agreements
    "negotiating": QT_TRANSLATE_NOOP("Status", "negotiating"),
    "in-force": QT_TRANSLATE_NOOP("Status", "in force"),
    "expired": QT_TRANSLATE_NOOP("Status", "expired"),
    "terminated": QT_TRANSLATE_NOOP("Status", "terminated"),
}

KIND_TEXT = {
    "official-mission": QT_TRANSLATE_NOOP("Kind", "Official mission"),
    "economic-mission": QT_TRANSLATE_NOOP("Kind", "Economic mission"),
    "state-visit": QT_TRANSLATE_NOOP("Kind", "State visit"),
    "trade-fair": QT_TRANSLATE_NOOP("Kind", "Trade fair"),
    "other": QT_TRANSLATE_NOOP("Kind", "Other"),
}


ORG_KIND_TEXT = {
    "government": QT_TRANSLATE_NOOP("OrgKind", "government"),
    "region": QT_TRANSLATE_NOOP("OrgKind", "region"),
    "prefecture": QT_TRANSLATE_NOOP("OrgKind", "prefecture"),
    "company": QT_TRANSLATE_NOOP("OrgKind", "company"),
    "chamber": QT_TRANSLATE_NOOP("OrgKind", "chamber of commerce"),
    "district": QT_TRANSLATE_NOOP("OrgKind", "district"),
    "embassy": QT_TRANSLATE_NOOP("OrgKind", "embassy"),
    "association": QT_TRANSLATE_NOOP("OrgKind", "association"),
    "university": QT_TRANSLATE_NOOP("OrgKind", "university"),
    "other": QT_TRANSLATE_NOOP("OrgKind", "other"),
}


def org_kind_text(code: str) -> str:
    return QCoreApplication.translate("OrgKind", ORG_KIND_TEXT[code]) if code in ORG_KIND_TEXT else code


def status_text(code: str) -> str:
    return QCoreApplication.translate("Status", STATUS_TEXT.get(code, code))


def kind_text(code: str) -> str:
    return QCoreApplication.translate("Kind", KIND_TEXT.get(code, code))
