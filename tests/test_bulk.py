"""store.bulk writes the values the column types would have written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from dateutil import tz as dtz
from hypothesis import given
from hypothesis import strategies as st

from missionplanner.store.bulk import utc_text


def reference_utc_text(value: datetime) -> str:
    """The stored form spelled out field by field (what SQLAlchemy's SQLite DATETIME writes)."""
    value = value.astimezone(UTC)
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:{value.minute:02d}:"
            f"{value.second:02d}.{value.microsecond:06d}")


zones = st.one_of(
    st.just(UTC),
    st.builds(lambda m: timezone(timedelta(minutes=m)), st.integers(-23 * 60, 23 * 60)),
    st.sampled_from([dtz.gettz(n) for n in ("Europe/Brussels", "Asia/Tokyo", "America/St_Johns", "UTC")]),
)


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=zones))
def test_utc_text_is_the_utc_time_field_by_field(value):
    try:
        expected = reference_utc_text(value)
    except OverflowError:  # next to datetime's limits; the column refuses it the same way
        return
    assert utc_text(value) == expected


def test_utc_text_refuses_naive_times_and_other_types():
    import pytest

    with pytest.raises(ValueError):
        utc_text(datetime(2017, 6, 9, 10))
    with pytest.raises(TypeError):
        utc_text("2017-06-09")
    assert utc_text(None) is None
    assert utc_text(datetime(999, 1, 2, 3, 4, 5, 6, tzinfo=UTC)) == "0999-01-02 03:04:05.000006"


def test_collection_is_paused_and_enabled_again_even_on_error():
    import gc

    import pytest

    from missionplanner.store.bulk import collection_paused

    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():  # nested: the inner one leaves it to the outer one
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("import failed")
    assert gc.isenabled()
    gc.disable()
    try:
        with collection_paused():  # someone else turned it off: left off
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                    timezones=st.none() | zones | st.builds(lambda s: timezone(timedelta(seconds=s)),
                                                          st.integers(-86399, 86399))),
       st.sampled_from(["T", " "]),
       st.sampled_from(["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]))
def test_iso_text_is_isoformat(value, sep, timespec):
    from missionplanner.store.bulk import iso_text

    assert iso_text(value, sep, timespec) == value.isoformat(sep, timespec)
    assert iso_text(value, sep, timespec) == value.isoformat(sep, timespec)  # from the caches


@given(st.lists(st.dictionaries(st.sampled_from(["a", "b", "é", "大村"]),
                                st.one_of(st.none(), st.text(max_size=5), st.integers(), st.lists(st.text(max_size=3))),
                                max_size=4), min_size=1, max_size=5),
       st.text(max_size=10), st.text(max_size=10))
def test_audit_values_are_the_values_of_the_audit_rows(changes, user, summary):
    from missionplanner.model import AuditEntry
    from missionplanner.store.bulk import _audit_values, _plan, _values, audit_rows, new_ids

    now = datetime(2017, 6, 9, 1, 2, 3, 456, tzinfo=UTC)
    rows = [{"id": i} for i in new_ids(len(changes))]
    ids = new_ids(len(changes))
    shared = {"at": now, "user": user, "action": "create", "entity_kind": "meetings", "summary": summary}
    keys, _sql, storers, *_ = _plan(AuditEntry)
    assert _audit_values(shared, ids, rows, changes) == _values(audit_rows(shared, ids, rows, changes), keys, storers)
