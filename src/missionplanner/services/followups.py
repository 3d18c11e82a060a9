"""Follow-ups: owners, due dates, recurrence (RFC 5545 rules through dateutil) and overdue lists."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dateutil.rrule import rrulestr
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..errors import ValidationError
from ..model import FollowUp, Meeting, Mission, Person, utcnow
from . import validation as v
from .lookup import apply, check_version, get, resolve_mission
from .rows import followup_view
from .timeutil import DEFAULT_HOME_TZ, local_midnight_today, zone
from .vocabulary import FOLLOWUP_STATUSES


def followup_fields(session, data: dict, current: FollowUp | None) -> dict:
    out = {}
    if current is None or "action" in data:
        out["action"] = v.text(data.get("action"), "action", required=True)
    if current is None or "owner_id" in data:
        owner = data.get("owner_id") or None
        if owner:
            get(session, Person, owner, "person (owner)")
        out["owner_id"] = owner
    if current is None or "due" in data:
        out["due"] = v.optional_date(data.get("due"), "due")
    if current is None or "recurrence" in data:
        out["recurrence"] = v.rrule_text(data.get("recurrence"))
    if current is None or "status" in data:
        out["status"] = v.choice(data.get("status") or "open", FOLLOWUP_STATUSES, "status")
    if current is None or "notes" in data:
        out["notes"] = v.text(data.get("notes"), "notes")
    if "snoozed_until" in data:  # set by snoozing; an undo of a snooze writes the old one back
        out["snoozed_until"] = v.optional_date(data.get("snoozed_until"), "snoozed_until")
    due = out.get("due", current.due if current else None)
    if out.get("recurrence") and due is None:
        raise ValidationError(code="followup.recurring-needs-due", field="due")
    return out


class _Saved:
    """A follow-up already saved, for followup_fields to check only the fields it is given."""

    due = None


def followup_problems(data: dict) -> list[ValidationError]:
    """Every rule the follow-up's fields in `data` break, at once (the owner, a record, is checked
    when saving)."""
    shape = _Saved()
    found = v.every_problem(lambda key=key: followup_fields(None, {key: data[key]}, shape)
                            for key in data if key not in ("owner_id", "recurrence"))
    if not any(p.field == "due" for p in found):  # a recurrence is read with its due date
        found += v.every_problem([lambda: followup_fields(None, {k: data[k] for k in ("due", "recurrence")
                                                                 if k in data}, shape)])
    return found


def create_followup(db, *, mission_id: str | None = None, meeting_id: str | None = None, **data) -> str:
    with db.write() as s:
        if meeting_id:
            mission_id = get(s, Meeting, meeting_id, "meeting").mission_id
        elif mission_id:
            get(s, Mission, mission_id, "mission")
        f = FollowUp(mission_id=mission_id, meeting_id=meeting_id, **followup_fields(s, data, None))
        s.add(f)
        s.flush()
        return f.id


def update_followup(db, followup_id: str, version: int | None = None, **changes) -> int:
    with db.write() as s:
        f = get(s, FollowUp, followup_id, "follow-up")
        check_version(f, version, "follow-up")
        apply(f, followup_fields(s, changes, f))
        if f.status == "open":
            f.completed_at = None
        elif f.status == "done" and f.completed_at is None:
            f.completed_at = utcnow()
        s.flush()
        return f.version


def delete_followup(db, followup_id: str) -> None:
    with db.write() as s:
        s.delete(get(s, FollowUp, followup_id, "follow-up"))


def next_occurrence(rule: str, anchor: date, after: date) -> date | None:
    """The first date of `rule` counted from `anchor` that falls after `after` (None when it ran out).

    Dates, not instants: a weekly follow-up stays on its weekday across a DST change.
    """
    start = datetime(anchor.year, anchor.month, anchor.day)
    nxt = rrulestr(anchored_rule(rule, anchor), dtstart=start).after(
        datetime(after.year, after.month, after.day))
    return nxt.date() if nxt else None


def anchored_rule(rule: str, anchor: date) -> str:
    """Pin a plain weekly, monthly or yearly rule to the anchor's weekday or day of the month.

    RFC 5545 skips months that lack the day ("monthly on the 31st" has no February, April...), and
    once an occurrence moved (a short month, a snooze), counting from it would drift (31st, then
    28th ever after). Pinning the day, with "or the last day of a shorter month", keeps the series
    on the 31st/last day; pinning the weekday keeps a weekly series on its day after a snooze.
    """
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    freq = parts.get("FREQ")
    if parts.keys() & {"BYMONTHDAY", "BYDAY", "BYSETPOS", "BYYEARDAY", "BYWEEKNO"}:
        return rule
    if freq == "WEEKLY":
        parts["BYDAY"] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[anchor.weekday()]
        return ";".join(f"{k}={v}" for k, v in parts.items())
    if freq not in ("MONTHLY", "YEARLY"):
        return rule
    if freq == "YEARLY" and "BYMONTH" not in parts:
        parts["BYMONTH"] = str(anchor.month)
    if anchor.day <= 28:
        parts["BYMONTHDAY"] = str(anchor.day)
    else:
        parts["BYMONTHDAY"] = ",".join(str(d) for d in range(28, anchor.day + 1))
        parts["BYSETPOS"] = "-1"
    return ";".join(f"{k}={v}" for k, v in parts.items())


def complete_followup(db, followup_id: str, version: int | None = None) -> str | None:
    """Mark done; a recurring one schedules its next occurrence. Returns the new follow-up's id."""
    with db.write() as s:
        f = get(s, FollowUp, followup_id, "follow-up")
        check_version(f, version, "follow-up")
        if f.status != "open":
            raise ValidationError(code="followup.already", field="status", status=f.status)
        f.status = "done"
        f.completed_at = utcnow()
        new_id = None
        if f.recurrence and f.due:
            rule = anchored_rule(f.recurrence, f.due)
            following = next_occurrence(rule, f.due, f.due)
            remaining = _remaining_rule(rule)
            if following and remaining is not None:
                nf = FollowUp(mission_id=f.mission_id, meeting_id=f.meeting_id, action=f.action,
                              owner_id=f.owner_id, due=following, recurrence=remaining, status="open",
                              notes=f.notes)
                s.add(nf)
                s.flush()
                new_id = nf.id
        s.flush()
        return new_id


def _remaining_rule(rule: str) -> str | None:
    """The rule for what is left after one occurrence is done: COUNT goes down by one."""
    parts = [p for p in rule.split(";") if p]
    out = []
    for p in parts:
        key, _, value = p.partition("=")
        if key == "COUNT":
            left = int(value) - 1
            if left <= 0:
                return None
            p = f"COUNT={left}"
        out.append(p)
    return ";".join(out)


def reopen_followup(db, followup_id: str, version: int | None = None) -> int:
    with db.write() as s:
        f = get(s, FollowUp, followup_id, "follow-up")
        check_version(f, version, "follow-up")
        f.status = "open"
        f.completed_at = None
        s.flush()
        return f.version


def snooze_followup(db, followup_id: str, until: date, version: int | None = None) -> int:
    with db.write() as s:
        f = get(s, FollowUp, followup_id, "follow-up")
        check_version(f, version, "follow-up")
        f.snoozed_until = until
        if f.due is None or f.due < until:
            if f.recurrence and f.due:
                # Postponing this occurrence must not move the rest of the series to the new day.
                f.recurrence = anchored_rule(f.recurrence, f.due)
            f.due = until
        s.flush()
        return f.version


def followup_state(db, followup_id: str) -> dict:
    """What done, reopen and snooze change: status, due date, recurrence, snooze date (ISO strings)."""
    with db.read() as s:
        f = get(s, FollowUp, followup_id, "follow-up")
        return {"status": f.status, "due": f.due.isoformat() if f.due else None,
                "recurrence": f.recurrence or "",
                "snoozed_until": f.snoozed_until.isoformat() if f.snoozed_until else None}


def followups_where(s, stmt, mission: str | None, overdue: bool, status: str | None,
                    owner_id: str | None, due_from, due_to, today):
    """The list filters, shared by the dashboard's paged listing and list_followups."""
    if mission:
        stmt = stmt.where(FollowUp.mission_id == resolve_mission(s, mission).id)
    if overdue:
        stmt = stmt.where(FollowUp.status == "open", FollowUp.due < today)
    elif status:
        stmt = stmt.where(FollowUp.status == status)
    if owner_id:
        stmt = stmt.where(FollowUp.owner_id == owner_id)
    if due_from:
        stmt = stmt.where(FollowUp.due >= due_from)
    if due_to:
        stmt = stmt.where(FollowUp.due <= due_to)
    return stmt


def list_followups(db, *, mission: str | None = None, overdue: bool = False, status: str | None = None,
                   owner_id: str | None = None, due_from: date | None = None, due_to: date | None = None,
                   home_tz: str = DEFAULT_HOME_TZ, today: date | None = None,
                   now: datetime | None = None) -> list[dict]:
    """Follow-ups; `overdue` means open and due before today in the user's home zone.

    "Today" turns at local midnight in `home_tz` (not at UTC midnight): at 00:30 in Brussels,
    something due yesterday is overdue even though it is still yesterday in UTC. `now` (an aware
    instant) or `today` may be given, for tests and for a GUI that refreshes at midnight.
    """
    zone(home_tz, "home_tz")
    today = today or local_midnight_today(home_tz, now)
    with db.read() as s:
        stmt = select(FollowUp).options(selectinload(FollowUp.owner), selectinload(FollowUp.meeting),
                                        selectinload(FollowUp.mission))
        stmt = followups_where(s, stmt, mission, overdue, status, owner_id, due_from, due_to, today)
        rows = s.scalars(stmt).all()
        rows.sort(key=lambda f: (f.due or date.max, f.action))
        return [followup_view(f, home_tz, today) for f in rows]


def count_overdue(db, home_tz: str = DEFAULT_HOME_TZ, today: date | None = None,
                  now: datetime | None = None) -> int:
    from sqlalchemy import func

    today = today or local_midnight_today(home_tz, now)
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(FollowUp)
                        .where(FollowUp.status == "open", FollowUp.due < today)) or 0


def due_soon(db, days: int = 1, home_tz: str = DEFAULT_HOME_TZ, today: date | None = None,
             now: datetime | None = None) -> list[dict]:
    today = today or local_midnight_today(home_tz, now)
    return list_followups(db, status="open", due_to=today + timedelta(days=days), home_tz=home_tz,
                          today=today)
