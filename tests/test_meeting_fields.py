"""meeting_fields says of a field left out (None) what the validators say of None, without calling them."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from missionplanner.errors import ValidationError
from missionplanner.model import Meeting
from missionplanner.services import validation as v
from missionplanner.services.meetings import _TEXT_FIELDS, meeting_fields
from missionplanner.services.timeutil import to_utc
from missionplanner.services.vocabulary import MEETING_KINDS, MEETING_STATUSES


def reference(data: dict, current) -> dict:
    """meeting_fields as it was: every field through its validator (bounded by its column)."""
    out = {}
    if current is None or "title" in data:
        out["title"] = v.column_text(data.get("title"), Meeting, "title", required=True)
    zone_name = data.get("timezone", current.timezone if current else None)
    out["timezone"] = v.timezone_name(zone_name)
    for key in ("start", "end"):
        if current is None or key in data:
            out[key] = to_utc(data.get(key), out["timezone"], field=key)
    if current is None or "status" in data:
        out["status"] = v.choice(data.get("status", "proposed"), MEETING_STATUSES, "status")
    if current is None or "kind" in data:
        out["kind"] = v.choice(data.get("kind") or "meeting", MEETING_KINDS, "kind")
    if current is None or "without_lead" in data:
        out["without_lead"] = v.flag(data.get("without_lead"), "without_lead")
    for key in _TEXT_FIELDS:
        if current is None or key in data:
            out[key] = v.column_text(data.get(key), Meeting, key)
    for key in ("talking_points", "decisions"):
        if current is None or key in data:
            out[key] = v.string_list(data.get(key), key)
    if current is None or "if_raised" in data:
        out["if_raised"] = v.if_raised(data.get("if_raised"))
    return out


values = st.one_of(st.none(), st.just(""), st.just("  text  "), st.integers(0, 2), st.just([" a ", "", "b"]),
                   st.just([{"topic": "t", "line": "l"}]), st.just([1]), st.just("x" * 301))
keys = st.sampled_from([*_TEXT_FIELDS, "talking_points", "decisions", "if_raised", "title", "status"])


@given(st.dictionaries(keys, values, max_size=8), st.booleans())
def test_left_out_fields_read_as_the_validators_read_none(extra, updating):
    data = {"title": "Meeting", "timezone": "Asia/Tokyo", "start": datetime(2017, 6, 9, 1, tzinfo=UTC),
            "end": datetime(2017, 6, 9, 2, tzinfo=UTC), **extra}
    current = SimpleNamespace(timezone="Asia/Tokyo") if updating else None
    try:
        expected = reference(data, current)
    except ValidationError as exc:
        with pytest.raises(ValidationError) as got:
            meeting_fields(data, current)
        assert (got.value.plain, got.value.field) == (exc.plain, exc.field)
        return
    assert meeting_fields(data, current) == expected
