"""Every printed briefing pack, recorded, and what changed from one to the next (issue 16).

A pack's *content* is what a reader compares between two paper copies: the meetings (when, where,
their status) and the texts printed about them and the mission, in the language printed. It is kept
with each version as JSON, so "what changed" is computed later without the PDF, and its sha256 is
the version's fingerprint: two packs with one fingerprint say the same thing.

Versions are numbered per mission over every edition and language: the next pack printed
supersedes the last, whatever edition either is. Two laptops printing the same mission while both
are offline can give one number twice; the list then shows both, told apart by time and printer.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from sqlalchemy import func, select

from ..model import BriefingVersion
from .lookup import resolve_mission
from .timeutil import in_zone

# The texts of a meeting that a pack prints and a reader would notice changed, in the pack's order.
MEETING_TEXTS = ("reason", "objectives", "talking_points", "if_raised", "background")
MISSION_TEXTS = ("title", "objectives", "notes")
# What places a meeting: a change of any is a move.
WHERE_AND_WHEN = ("start", "end", "timezone", "city")


def snapshot(d: dict, lang: str) -> dict:
    """The content of a pack printed from the briefing data `d` in `lang` (see the module's doc)."""
    return {
        "lang": lang,
        "mission": {f: d.get(f) or "" for f in MISSION_TEXTS},
        "meetings": [{
            "id": m["id"], "title": m["title"], "start": m["start"], "end": m["end"],
            "timezone": m["timezone"], "city": m["city"], "status": m["status"],
            "texts": {f: m.get(f) or ("" if f in ("reason", "objectives", "background") else [])
                      for f in MEETING_TEXTS},
        } for m in d["meetings"]],
    }


def fingerprint(content: dict) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _placed(m: dict) -> dict:
    return {k: m[k] for k in ("id", "title", *WHERE_AND_WHEN, "status")}


def changes(old: dict, new: dict) -> dict:
    """What changed from the pack with content `old` to the one with content `new`:

    - "added", "removed": meetings ({id, title, start, end, timezone, city, status});
    - "moved": {id, title, "was": {start, end, timezone, city}, ...the new place and time};
    - "cancelled": meetings whose status became cancelled; "status": other status changes, with "was";
    - "texts": {id, title, fields}, the meeting texts changed (id None: the mission's own texts),
      compared only when both packs are in one language ("texts_compared" says whether they were);
    - "changed": meeting id -> the set of what changed ("new", "time", "status", or a field), for
      the change bars; "empty": nothing at all changed.
    Titles are the new pack's (the old one's for a removed meeting): the reader's language."""
    before = {m["id"]: m for m in old["meetings"]}
    after = {m["id"]: m for m in new["meetings"]}
    same_lang = old.get("lang") == new.get("lang")
    out: dict = {"added": [], "removed": [], "moved": [], "cancelled": [], "status": [], "texts": [],
                 "texts_compared": same_lang, "changed": {}}
    for mid, m in after.items():
        was = before.get(mid)
        if was is None:
            out["added"].append(_placed(m))
            out["changed"][mid] = {"new"}
            continue
        marks: set[str] = set()
        if any(was[k] != m[k] for k in WHERE_AND_WHEN):
            out["moved"].append({**_placed(m), "was": {k: was[k] for k in WHERE_AND_WHEN}})
            marks.add("time")
        if was["status"] != m["status"]:
            kind = "cancelled" if m["status"] == "cancelled" else "status"
            out[kind].append({**_placed(m), "was_status": was["status"]})
            marks.add("status")
        if same_lang:
            fields = [f for f in ("title", *MEETING_TEXTS)
                      if (was["texts"].get(f) if f != "title" else was["title"])
                      != (m["texts"].get(f) if f != "title" else m["title"])]
            if fields:
                out["texts"].append({"id": mid, "title": m["title"], "fields": fields})
                marks.update(fields)
        if marks:
            out["changed"][mid] = marks
    out["removed"] = [_placed(m) for mid, m in before.items() if mid not in after]
    if same_lang:
        fields = [f for f in MISSION_TEXTS if old["mission"].get(f) != new["mission"].get(f)]
        if fields:
            out["texts"].insert(0, {"id": None, "title": new["mission"]["title"], "fields": fields})
    out["empty"] = not any(out[k] for k in ("added", "removed", "moved", "cancelled", "status", "texts"))
    return out


def _row(v: BriefingVersion, home: str, supersedes: int | None) -> dict:
    return {"version": v.number, "issued_at": in_zone(v.issued_at, home).isoformat(), "edition": v.edition,
            "lang": v.lang, "classification": v.classification, "printed_by": v.printed_by,
            "fingerprint": v.fingerprint, "supersedes": supersedes, "id": v.id}


class BriefingVersionsManager:
    """`planner.briefing_versions`: the printed packs of a mission and what changed between them."""

    snapshot = staticmethod(snapshot)
    changes = staticmethod(changes)
    fingerprint = staticmethod(fingerprint)

    def __init__(self, planner):
        self._planner = planner

    def list(self, ref: str) -> list[dict]:
        """The mission's printed versions, oldest first; `issued_at` on its home clock, with offset."""
        with self._planner.db.read() as s:
            m = resolve_mission(s, ref)
            versions = s.scalars(select(BriefingVersion).where(BriefingVersion.mission_id == m.id)
                                 .order_by(BriefingVersion.number, BriefingVersion.issued_at)).all()
            out, previous = [], None
            for v in versions:
                out.append(_row(v, m.home_timezone, previous))
                previous = v.number
            return out

    def latest(self, mission_id: str) -> dict | None:
        """The last version printed of the mission, with its `content`; None before the first."""
        with self._planner.db.read() as s:
            v = s.scalars(select(BriefingVersion).where(BriefingVersion.mission_id == mission_id)
                          .order_by(BriefingVersion.number.desc(), BriefingVersion.issued_at.desc())
                          .limit(1)).first()
            return None if v is None else {"version": v.number, "issued_at": v.issued_at,
                                           "lang": v.lang, "edition": v.edition, "content": v.content}

    def record(self, mission_id: str, *, number: int, issued_at: datetime, edition: str, lang: str,
               classification: str, content: dict) -> dict:
        """Record a printed pack (after its PDF was written); who printed it is the database's user."""
        db = self._planner.db
        with db.write() as s:
            v = BriefingVersion(mission_id=mission_id, number=number, issued_at=issued_at, edition=edition,
                                lang=lang, classification=classification or "", printed_by=db.user[:100],
                                fingerprint=fingerprint(content), content=content)
            s.add(v)
            s.flush()
            return {"version": v.number, "fingerprint": v.fingerprint, "id": v.id}

    def next_number(self, mission_id: str) -> int:
        with self._planner.db.read() as s:
            top = s.scalar(select(func.max(BriefingVersion.number)).where(BriefingVersion.mission_id == mission_id))
            return (top or 0) + 1

    def compare(self, ref: str, older: int, newer: int) -> dict:
        """`changes` from version `older` to version `newer` of the mission, each named by number."""
        from ..errors import NotFoundError

        with self._planner.db.read() as s:
            m = resolve_mission(s, ref)
            found = {v.number: v.content for v in s.scalars(select(BriefingVersion).where(
                BriefingVersion.mission_id == m.id, BriefingVersion.number.in_((older, newer))))}
        for n in (older, newer):
            if n not in found:
                raise NotFoundError(code="record.missing", kind="briefing version", id=str(n))
        return changes(found[older], found[newer])
