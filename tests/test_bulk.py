"""store.bulk writes what the ORM would have written: the rows read back alike, with their audit
entries and search rows, and the column types' rules hold (a naive time is refused)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from missionplanner.model import AuditEntry, Meeting, SearchEntry
from missionplanner.services import missions
from missionplanner.store.audit import _snapshot
from missionplanner.store.bulk import complete, create_many


@pytest.fixture
def mission(db):
    return missions.create_mission(db, title="Japan", start="2017-06-08", end="2017-06-11")


def test_rows_read_back_through_the_orm_with_their_audit_and_search_rows(db, mission):
    tokyo = ZoneInfo("Asia/Tokyo")
    rows = [complete(Meeting, {"mission_id": mission, "title": f"Call {i}", "timezone": "Asia/Tokyo",
                               # in UTC, as the services give them (meeting_fields)
                               "start": datetime(2017, 6, 9, 10 + i, tzinfo=tokyo).astimezone(UTC),
                               "end": datetime(2017, 6, 9, 11 + i, tzinfo=tokyo).astimezone(UTC),
                               "talking_points": ["a", "é"]})
            for i in range(3)]
    with db.write() as s:
        create_many(s, Meeting, rows, "tester", summary="from a test")
    with db.read() as s:
        stored = {m.id: m for m in s.scalars(select(Meeting))}
        assert set(stored) == {r["id"] for r in rows}
        for r in rows:
            m = stored[r["id"]]
            assert m.start == r["start"] and m.start.tzinfo is UTC and m.talking_points == ["a", "é"]
            assert m.version == 1 and m.created_at == m.updated_at
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity_kind == "meetings")).all()
        assert {e.entity_id for e in entries} == set(stored)
        for e in entries:
            assert e.changes == _snapshot(stored[e.entity_id]) and e.summary == "from a test" and e.user == "tester"
        assert s.scalar(select(func.count()).select_from(SearchEntry).where(SearchEntry.kind == "meeting")) == 3


def test_a_naive_time_is_refused_and_nothing_is_written(db, mission):
    row = complete(Meeting, {"mission_id": mission, "title": "Naive", "timezone": "Asia/Tokyo",
                             "start": datetime(2017, 6, 9, 10), "end": datetime(2017, 6, 9, 11, tzinfo=UTC)})
    with pytest.raises(Exception, match="naive datetime refused"), db.write() as s:
        create_many(s, Meeting, [row], "tester")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity_kind == "meetings")) == 0
