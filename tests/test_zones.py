"""Zones whose daylight saving time is negative: Morocco during Ramadan, Ireland in winter.

dateutil's zones misread the hour after clocks go back in these zones (2019-05-05 03:00 in
Casablanca was refused as "does not exist", the hour before it, which happens twice, was accepted
silently). Every zone now comes from `services.timeutil.zone` (zoneinfo), and every wall-clock time
is placed by `timeutil.wall_to_utc`; these tests hold the times a user types, stores and reads back.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from missionplanner.cli import main
from missionplanner.errors import TimeInputError, ValidationError
from missionplanner.services import meetings, missions
from missionplanner.services.slots import free_slots
from missionplanner.services.timeparse import parse_local_input
from missionplanner.services.timeutil import day_bounds, localize, wall_clock_text, wall_to_utc, zone

CASABLANCA, DUBLIN = "Africa/Casablanca", "Europe/Dublin"


def morocco_file(*meetings_in_file: dict) -> dict:
    return {
        "format": "missionplanner/1",
        "mission": {"title": "Mission économique au Maroc", "kind": "official-mission",
                    "status": "confirmed", "start": "2019-05-04", "end": "2019-05-07"},
        "legs": [{"city": "Casablanca", "country": "MA", "timezone": CASABLANCA,
                  "arrive": "2019-05-04T09:00", "depart": "2019-05-07T18:00"}],
        "meetings": list(meetings_in_file),
    }


def meeting(title: str, start: str, end: str) -> dict:
    return {"title": title, "start": start, "end": end, "timezone": CASABLANCA, "city": "Casablanca"}


def cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_meeting_in_casablanca_during_ramadan_is_stored_and_shown_at_its_real_time(capsys, tmp_path):
    db = str(tmp_path / "mp.sqlite")
    path = tmp_path / "maroc.json"
    path.write_text(json.dumps(morocco_file(
        meeting("Meeting with the wali", "2019-05-05T10:00", "2019-05-05T11:00"),
        # the hour after the clocks went back: dateutil refused it as a time that does not exist
        meeting("Suhoor with the chamber of commerce", "2019-05-05T03:00", "2019-05-05T04:00"))),
        encoding="utf-8")
    code, _, err = cli(capsys, "--db", db, "import", str(path))
    assert (code, err) == (0, "")
    code, out, _ = cli(capsys, "--db", db, "show", "Mission économique au Maroc", "--json")
    shown = {m["title"]: m for m in json.loads(out)["meetings"]}
    wali = shown["Meeting with the wali"]
    assert wali["start"] == "2019-05-05T10:00:00+00:00"          # Morocco is on UTC during Ramadan
    assert datetime.fromisoformat(wali["start"]) == datetime(2019, 5, 5, 10, 0, tzinfo=UTC)
    assert wali["start_home"] == "2019-05-05T12:00:00+02:00"      # Brussels, summer time
    suhoor = shown["Suhoor with the chamber of commerce"]
    assert suhoor["start"] == "2019-05-05T03:00:00+00:00"
    assert suhoor["end"] == "2019-05-05T04:00:00+00:00"

    out_file = tmp_path / "back.json"
    assert cli(capsys, "--db", db, "export", "Mission économique au Maroc", "-o", str(out_file))[0] == 0
    back = {m["title"]: m for m in json.loads(out_file.read_text(encoding="utf-8"))["meetings"]}
    assert back["Meeting with the wali"]["start"] == "2019-05-05T10:00"
    assert back["Suhoor with the chamber of commerce"]["start"] == "2019-05-05T03:00"


def test_the_hour_casablanca_lives_twice_is_refused_with_its_two_real_offsets(db):
    mid = missions.create_mission(db, title="Maroc", start="2019-05-04", end="2019-05-07")
    with pytest.raises(TimeInputError) as refused:
        meetings.create_meeting(db, mid, title="Early call", timezone=CASABLANCA,
                                start="2019-05-05T02:30", end="2019-05-05T04:00")
    assert refused.value.code == "time.ambiguous"
    assert refused.value.params["offset_a"] == "+01:00" and refused.value.params["offset_b"] == "+00:00"
    assert "+01:00 or +00:00" in str(refused.value)
    # Either offset the message proposes is then accepted, and means what it says.
    meetings.create_meeting(db, mid, title="Early call", timezone=CASABLANCA,
                            start="2019-05-05T02:30+01:00", end="2019-05-05T04:00")
    assert localize(datetime.fromisoformat("2019-05-05T02:30+01:00"), CASABLANCA) == datetime(
        2019, 5, 5, 1, 30, tzinfo=UTC)
    typed = parse_local_input("5/5/2019 02:30 +00:00", CASABLANCA)
    assert typed == datetime(2019, 5, 5, 2, 30, tzinfo=UTC)


def test_ramadan_end_in_casablanca_skips_an_hour(db):
    with pytest.raises(TimeInputError) as refused:
        parse_local_input("9 juin 2019 02h30", CASABLANCA)
    assert refused.value.code == "time.gap"
    assert parse_local_input("9 juin 2019 03h30", CASABLANCA) == datetime(2019, 6, 9, 2, 30, tzinfo=UTC)


@pytest.mark.parametrize(("typed", "utc"), [
    ("15/1/2019 10:00", datetime(2019, 1, 15, 10, 0, tzinfo=UTC)),    # winter: GMT
    ("15/7/2019 10:00", datetime(2019, 7, 15, 9, 0, tzinfo=UTC)),     # summer: Irish Standard Time
    ("27/10/2019 02:00", datetime(2019, 10, 27, 2, 0, tzinfo=UTC)),   # dateutil said 01:00 UTC
    ("27/10/2019 02:30", datetime(2019, 10, 27, 2, 30, tzinfo=UTC)),
])
def test_dublin_times_are_placed_at_their_real_instant(typed, utc):
    assert parse_local_input(typed, DUBLIN) == utc
    assert wall_clock_text(utc, DUBLIN) == datetime.strptime(typed, "%d/%m/%Y %H:%M").isoformat(
        timespec="minutes")


def test_dublin_fall_back_hour_is_ambiguous_and_shown_with_its_offset():
    with pytest.raises(TimeInputError) as refused:
        parse_local_input("27/10/2019 01:30", DUBLIN)
    assert refused.value.code == "time.ambiguous"
    assert (refused.value.params["offset_a"], refused.value.params["offset_b"]) == ("+01:00", "+00:00")
    # Exported, each of the two 01:30s keeps its offset, so the file reads back to the same instant.
    first, second = datetime(2019, 10, 27, 0, 30, tzinfo=UTC), datetime(2019, 10, 27, 1, 30, tzinfo=UTC)
    assert wall_clock_text(first, DUBLIN) == "2019-10-27T01:30+01:00"
    assert wall_clock_text(second, DUBLIN) == "2019-10-27T01:30+00:00"


def test_free_slots_in_casablanca_on_the_day_clocks_go_back(db):
    mid = missions.create_mission(db, title="Maroc", start="2019-05-04", end="2019-05-07")
    missions.add_leg(db, mid, city="Casablanca", country="MA", timezone=CASABLANCA,
                     arrive="2019-05-04T09:00", depart="2019-05-07T18:00")
    assert free_slots(db, mid, date(2019, 5, 5), "Casablanca", 60) == [
        {"start": "2019-05-05T08:00:00+00:00", "end": "2019-05-05T19:00:00+00:00"}]
    assert day_bounds(date(2019, 5, 5), CASABLANCA) == (
        datetime(2019, 5, 4, 23, 0, tzinfo=UTC), datetime(2019, 5, 6, 0, 0, tzinfo=UTC))  # 25 hours


def test_a_zone_is_only_an_iana_name():
    assert zone(CASABLANCA) is ZoneInfo(CASABLANCA)
    for bad in ("/usr/share/zoneinfo/Asia/Tokyo", "../zoneinfo/UTC", "AAA/B+3", "CET", "", "Mars/Olympus",
                ["Asia/Tokyo"], None):
        with pytest.raises(ValidationError) as refused:
            zone(bad)
        assert refused.value.code == "zone.unknown"


ZONES = (CASABLANCA, DUBLIN, "Europe/Brussels", "America/Sao_Paulo", "Australia/Lord_Howe",
         "Pacific/Apia", "America/St_Johns", "Asia/Tokyo", "UTC")


def near_changes(zone_name: str, years=range(2009, 2026)) -> list[datetime]:
    """Wall-clock times around each change of UTC offset in `years`, read on both clocks."""
    z = ZoneInfo(zone_name)
    out = []
    day, end = datetime(years.start, 1, 1, tzinfo=UTC), datetime(years.stop, 1, 1, tzinfo=UTC)
    while day < end:
        nxt = day + timedelta(days=1)
        before, after = day.astimezone(z).utcoffset(), nxt.astimezone(z).utcoffset()
        if before != after:
            instant = day
            while instant.astimezone(z).utcoffset() == before:
                instant += timedelta(minutes=15)
            for offset in (before, after):
                wall = (instant + offset).replace(tzinfo=None)
                out += [wall + timedelta(minutes=m) for m in range(-90, 91, 15)]
        day = nxt
    return out


@pytest.mark.parametrize("zone_name", ZONES)
def test_a_wall_clock_time_is_refused_or_comes_back_unchanged(zone_name):
    """Around every change of offset: a time people type is placed where the clock shows it, or
    refused as skipped or repeated; calendar files read a skipped time forward by the gap and a
    repeated one as the first (RFC 5545)."""
    z = zone(zone_name)
    refusals = set()
    for naive in near_changes(zone_name) or [datetime(2019, 5, 5, 3, 0)]:
        fold0, fold1 = naive.replace(tzinfo=z, fold=0), naive.replace(tzinfo=z, fold=1)
        lenient = wall_to_utc(naive, z, refuse=False)
        try:
            instant = localize(naive, zone_name)
        except TimeInputError as refused:
            refusals.add(refused.code)
            if refused.code == "time.gap":
                gap = fold1.utcoffset() - fold0.utcoffset()
                assert gap > timedelta(0)
                assert lenient.astimezone(z).replace(tzinfo=None) == naive + gap
            else:
                assert refused.code == "time.ambiguous"
                assert fold0.utcoffset() > fold1.utcoffset()
                assert lenient == (naive - fold0.utcoffset()).replace(tzinfo=UTC)  # the first
            continue
        assert instant.tzinfo is UTC
        assert instant.astimezone(z).replace(tzinfo=None) == naive
        assert instant.astimezone(z).replace(fold=1 - instant.astimezone(z).fold).utcoffset() == \
            instant.astimezone(z).utcoffset()  # not one of two
        assert lenient == instant
    expected = set() if zone_name in ("Asia/Tokyo", "UTC") else {"time.gap", "time.ambiguous"}
    assert refusals == expected
