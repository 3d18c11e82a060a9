"""merge3, the field-by-field merge of a row edited on a laptop and on the server (SYNC.md's tests)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from missionplanner.services.sync.merge import merge3

FIELDS = ("title", "start", "venue", "status")
values = st.one_of(st.none(), st.integers(-3, 3), st.text(max_size=3))
rows = st.fixed_dictionaries({name: values for name in FIELDS})


@given(rows, rows)
def test_the_same_edit_on_both_sides_is_that_edit(base, a):
    assert merge3(base, a, a).row == a and merge3(base, a, a).clean


@given(rows, rows)
def test_an_edit_on_the_server_only_is_taken(base, theirs):
    assert merge3(base, base, theirs).row == theirs and merge3(base, base, theirs).clean


@given(rows, rows)
def test_an_edit_on_the_laptop_only_is_kept(base, mine):
    assert merge3(base, mine, base).row == mine and merge3(base, mine, base).clean


@given(rows, rows, rows)
def test_the_conflicts_are_exactly_the_fields_changed_on_both_sides_to_different_values(base, mine, theirs):
    merged = merge3(base, mine, theirs)
    expected = {f for f in FIELDS if mine[f] != base[f] and theirs[f] != base[f] and mine[f] != theirs[f]}
    assert set(merged.conflicts) == expected
    for name in FIELDS:
        if name in expected:
            assert merged.conflicts[name] == {"base": base[name], "mine": mine[name], "theirs": theirs[name]}
        else:  # every other field: the side that changed it, else the base
            assert merged.row[name] == (mine[name] if mine[name] != base[name] else theirs[name])


def test_two_aides_changing_different_fields_of_one_meeting_merge_without_a_conflict():
    base = {"title": "Courtesy call", "start": "2017-06-09T10:00", "venue": ""}
    mine = {**base, "venue": "Aichi Prefectural Office"}     # typed on the plane
    theirs = {**base, "start": "2017-06-09T10:30"}            # changed at the office meanwhile
    merged = merge3(base, mine, theirs)
    assert merged.clean and merged.row == {"title": "Courtesy call", "start": "2017-06-09T10:30",
                                           "venue": "Aichi Prefectural Office"}
    both = merge3(base, {**mine, "start": "2017-06-09T11:00"}, theirs)
    assert both.conflicts == {"start": {"base": "2017-06-09T10:00", "mine": "2017-06-09T11:00",
                                        "theirs": "2017-06-09T10:30"}}
