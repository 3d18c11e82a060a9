"""The version a pack being printed will carry: its number, the version it supersedes and what
changed since (services/briefing_versions.py), then its record once the PDF is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class PackVersion:
    planner: object
    mission_id: str
    lang: str
    number: int
    content: dict
    previous: dict | None  # {"version", "issued_at", "lang", "edition", "content"} of the last pack
    changes: dict | None  # since `previous`; None for a first version

    @classmethod
    def prepare(cls, planner, data: dict, lang: str) -> PackVersion:
        versions = planner.briefing_versions
        content = versions.snapshot(data, lang)
        previous = versions.latest(data["id"])
        changes = versions.changes(previous["content"], content) if previous else None
        number = versions.next_number(data["id"])
        return cls(planner, data["id"], lang, number, content, previous, changes)

    def record(self, *, edition: str, classification: str, issued_at: datetime) -> dict:
        return self.planner.briefing_versions.record(
            self.mission_id, number=self.number, issued_at=issued_at, edition=edition, lang=self.lang,
            classification=classification, content=self.content)

    def changed(self, meeting_id: str, *what: str) -> bool:
        """Whether the meeting changed since the last version in any of `what` ("new", "time",
        "status", or a text field); with no `what`, in anything."""
        marks = (self.changes or {}).get("changed", {}).get(meeting_id, set())
        return bool(marks) if not what else bool(marks & ({"new", *what}))
