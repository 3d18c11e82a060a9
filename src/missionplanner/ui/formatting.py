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


def day_label(day: date | str) -> str:
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_date(day: date | str | None) -> str:
    if not day:
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


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
