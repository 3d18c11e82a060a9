"""Typed dates and times, read the way Belgian users write them, in the venue's zone."""

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from missionplanner.errors import MissionPlannerError, TimeInputError
from missionplanner.services.timeparse import parse_local_date, parse_local_input
from missionplanner.services.timeutil import iso

TOKYO = "Asia/Tokyo"
BRUSSELS = "Europe/Brussels"
NINE_JUNE_1030_TOKYO = datetime(2017, 6, 9, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize("typed", [
    "9/6/2017 10h30",            # day first, French "h"
    "9/6/17 10:30",              # two-digit year
    "9.6.2017 10.30",            # dotted date and dotted time
    "09.06.2017 10:30",
    "9 juin 2017 10:30",         # French month
    "vendredi 9 juin 2017 à 10h30",
    "9 juni 2017 10.30",         # Dutch month, dotted time
    "vrijdag 9 juni 2017 om 10u30",
    "June 9 2017 10:30am",       # English, month first in words
    "9 June 2017 10:30",
    "9 Jun 2017 10 h 30",
    "2017-06-09T10:30",          # ISO stays year-month-day, never read day first
    "2017-06-09 10:30",
])
def test_every_typed_form_means_the_same_instant(typed):
    assert parse_local_input(typed, TOKYO) == NINE_JUNE_1030_TOKYO


def test_time_alone_takes_the_date_from_context():
    assert parse_local_input("10:30", TOKYO, default_date=date(2017, 6, 9)) == NINE_JUNE_1030_TOKYO
    assert parse_local_input("10h30", TOKYO, default_date=date(2017, 6, 9)) == NINE_JUNE_1030_TOKYO


def test_time_alone_without_context_is_refused():
    with pytest.raises(TimeInputError, match="10:30"):
        parse_local_input("10:30", TOKYO)


@pytest.mark.parametrize("typed, month", [
    ("3 janvier 2017 9:00", 1), ("3 févr. 2017 9:00", 2), ("3 fevrier 2017 9:00", 2),
    ("3 mars 2017 9:00", 3), ("3 août 2017 9:00", 8), ("3 aout 2017 9:00", 8),
    ("3 déc. 2017 9:00", 12),
    ("3 januari 2017 9:00", 1), ("3 maart 2017 9:00", 3), ("3 mrt 2017 9:00", 3),
    ("3 mei 2017 9:00", 5), ("3 oktober 2017 9:00", 10), ("3 okt 2017 9:00", 10),
    ("3 February 2017 9:00", 2), ("3 May 2017 9:00", 5), ("3 Sept 2017 9:00", 9),
    ("3 October 2017 9:00", 10),
])
def test_month_names_in_french_dutch_and_english(typed, month):
    local = iso(parse_local_input(typed, BRUSSELS), BRUSSELS)
    assert local[:16] == f"2017-{month:02d}-03T09:00"


def test_slash_dates_are_day_first():
    assert iso(parse_local_input("3/4/2017 9:00", BRUSSELS), BRUSSELS) == "2017-04-03T09:00:00+02:00"


def test_spring_forward_gap_is_refused_with_the_time_named():
    with pytest.raises(TimeInputError) as err:
        parse_local_input("26/3/2017 02:30", BRUSSELS)
    assert "2017-03-26 02:30" in str(err.value) and "does not exist" in str(err.value)


def test_fall_back_overlap_is_refused_with_the_time_named():
    with pytest.raises(TimeInputError) as err:
        parse_local_input("29 octobre 2017 02:30", BRUSSELS)
    assert "2017-10-29 02:30" in str(err.value) and "ambiguous" in str(err.value)


def test_an_explicit_offset_settles_the_repeated_hour():
    first = parse_local_input("2017-10-29 02:30 +02:00", BRUSSELS)
    second = parse_local_input("2017-10-29 02:30 +01:00", BRUSSELS)
    assert first == datetime(2017, 10, 29, 0, 30, tzinfo=UTC)
    assert second == datetime(2017, 10, 29, 1, 30, tzinfo=UTC)


def test_an_explicit_offset_or_utc_wins_over_the_venue_zone():
    assert parse_local_input("9/6/2017 01:30 UTC", TOKYO) == NINE_JUNE_1030_TOKYO
    assert parse_local_input("2017-06-09T10:30+09:00", BRUSSELS) == NINE_JUNE_1030_TOKYO


def test_zone_abbreviations_are_refused_rather_than_guessed():
    with pytest.raises(TimeInputError, match="CET"):
        parse_local_input("9/6/2017 10:30 CET", BRUSSELS)


@pytest.mark.parametrize("typed", ["banana", "9/6/2017", "31/2/2017 10:00", "13/13/2017 10:00",
                                   "9/6/2017 25:00", "June 2017 10:00", "9/6/1017 10:00"])
def test_unreadable_input_is_refused_quoting_what_was_typed(typed):
    with pytest.raises(TimeInputError) as err:
        parse_local_input(typed, BRUSSELS, field="start")
    assert repr(typed) in str(err.value)
    assert err.value.field == "start"


def test_empty_input_is_refused():
    with pytest.raises(TimeInputError, match="empty"):
        parse_local_input("   ", BRUSSELS)


def test_unknown_zone_is_refused():
    with pytest.raises(MissionPlannerError, match="Mars/Olympus"):
        parse_local_input("9/6/2017 10:30", "Mars/Olympus")


@pytest.mark.parametrize("typed", ["9/6/2017", "9 juin 2017", "9 juni 2017", "June 9, 2017",
                                   "2017-06-09", "vendredi 9 juin 2017", "09.06.2017"])
def test_dates_typed_the_same_ways(typed):
    assert parse_local_date(typed) == date(2017, 6, 9)


def test_a_date_field_refuses_a_time_and_a_missing_year():
    with pytest.raises(TimeInputError, match="time of day"):
        parse_local_date("9/6/2017 10:00")
    with pytest.raises(TimeInputError, match="year"):
        parse_local_date("9 juni")


def test_an_unreadable_date_is_said_as_a_date_with_date_examples():
    """A date field asks for a date: its refusal gives dates as examples, not a date and time."""
    with pytest.raises(TimeInputError) as err:
        parse_local_date("31/2/2017", field="start")
    assert err.value.code == "typed.unreadable-date" and err.value.field == "start"
    assert "as a date;" in str(err.value) and "10:30" not in str(err.value)
    with pytest.raises(TimeInputError) as err:
        parse_local_input("31/2/2017 10:00", TOKYO)
    assert err.value.code == "typed.unreadable"  # a date and time field keeps its own wording


def test_day_boundary_between_tokyo_and_brussels():
    """10:00 in Tokyo on 9 June is 03:00 in Brussels that day; 06:00 is still 8 June in Brussels."""
    ten = parse_local_input("9 juin 2017 10:00", TOKYO)
    six = parse_local_input("9 juin 2017 06:00", TOKYO)
    assert iso(ten, BRUSSELS) == "2017-06-09T03:00:00+02:00"
    assert iso(six, BRUSSELS) == "2017-06-08T23:00:00+02:00"
    assert iso(six, TOKYO) == "2017-06-09T06:00:00+09:00"


def test_day_boundary_in_the_show_command(db, mission_id, capsys):
    import json

    from missionplanner.cli import main
    from missionplanner.services.meetings import create_meeting

    create_meeting(db, mission_id, title="Breakfast", timezone=TOKYO, city="Tokyo",
                   start=parse_local_input("9/6/2017 06:00", TOKYO),
                   end=parse_local_input("9/6/2017 07:00", TOKYO))
    assert main(["--db", db.location, "show", mission_id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)["meetings"][0]
    assert shown["start"] == "2017-06-09T06:00:00+09:00"
    assert shown["start_home"] == "2017-06-08T23:00:00+02:00"


@given(st.text(max_size=40))
def test_any_text_parses_or_is_refused_politely(text):
    try:
        value = parse_local_input(text, BRUSSELS, default_date=date(2017, 6, 9))
    except TimeInputError:
        return
    assert value.tzinfo is not None and value.utcoffset().total_seconds() == 0


@given(st.from_regex(r"[0-9 /.:hHuU+-]{1,20}|[a-zé ]{0,8}[0-9 ]{1,6}", fullmatch=True))
def test_date_like_text_parses_or_is_refused_politely(text):
    try:
        parse_local_input(text, BRUSSELS, default_date=date(2017, 6, 9))
        parse_local_date(text)
    except TimeInputError:
        pass


def test_a_weekday_that_contradicts_the_date_is_refused():
    with pytest.raises(TimeInputError) as err:
        parse_local_input("lundi 9 juin 2017 10:00", TOKYO)
    assert "Friday" in str(err.value) and "lundi" in str(err.value)
    with pytest.raises(TimeInputError, match="Friday"):
        parse_local_date("Monday 9 June 2017")
    assert parse_local_date("Fri 9 June 2017") == date(2017, 6, 9)
