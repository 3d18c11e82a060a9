"""The trip timeline: local days with their zone, travel cut at local midnight, the zone changes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from missionplanner.errors import NotFoundError
from missionplanner.services.planner import Planner
from missionplanner.services.timeline import trip_timeline


@pytest.fixture
def planner(db):
    return Planner(db)


def _flight(number, frm, code_from, zone_from, depart, to, code_to, zone_to, arrive):
    return dict(kind="flight", number=number, from_place=frm, from_code=code_from,
                from_timezone=zone_from, depart=depart, to_place=to, to_code=code_to,
                to_timezone=zone_to, arrive=arrive)


@pytest.fixture
def japan(planner):
    """Brussels → Tokyo overnight, Tokyo → Seoul, Seoul → Brussels, 7 to 11 June 2017 (summer time)."""
    lead = planner.people.create(given_name="Cécile", family_name="Jodogne")
    mid = planner.missions.create(title="Japan and Korea", start="2017-06-07", end="2017-06-11",
                                  lead_id=lead)
    planner.missions.add_leg(mid, city="Tokyo", country="JP", timezone="Asia/Tokyo", hotel="Hotel Okura",
                             arrive="2017-06-08T07:45", depart="2017-06-10T14:00",
                             check_in="2017-06-08T10:00", check_out="2017-06-10T11:00")
    planner.missions.add_leg(mid, city="Seoul", country="KR", timezone="Asia/Seoul",
                             arrive="2017-06-10T16:30", depart="2017-06-11T13:00")
    planner.travel.create(mid, **_flight("SN 3115", "Brussels", "BRU", "Europe/Brussels",
                                         "2017-06-07T12:00", "Tokyo", "NRT", "Asia/Tokyo",
                                         "2017-06-08T07:45"), traveller_ids=[lead])
    planner.travel.create(mid, **_flight("KE 706", "Tokyo", "NRT", "Asia/Tokyo", "2017-06-10T14:00",
                                         "Seoul", "ICN", "Asia/Seoul", "2017-06-10T16:30"))
    planner.travel.create(mid, **_flight("KE 925", "Seoul", "ICN", "Asia/Seoul", "2017-06-11T13:00",
                                         "Brussels", "BRU", "Europe/Brussels", "2017-06-11T18:00"))
    planner.meetings.create(mid, title="Vice-Governor of Aichi", start="2017-06-09T09:00",
                            end="2017-06-09T10:00", timezone="Asia/Tokyo", city="Tokyo",
                            kind="meeting", status="confirmed")
    return mid


def _items(band, kind):
    return [i for i in band["items"] if i["type"] == kind]


def test_one_band_per_local_day_each_in_the_zone_where_the_day_ends(db, japan):
    t = trip_timeline(db, japan)
    assert t["home_zone"] == "Europe/Brussels"
    assert [(b["date"], b["zone"]) for b in t["bands"]] == [
        (date(2017, 6, 7), "Europe/Brussels"), (date(2017, 6, 8), "Asia/Tokyo"),
        (date(2017, 6, 9), "Asia/Tokyo"), (date(2017, 6, 10), "Asia/Seoul"),
        (date(2017, 6, 11), "Europe/Brussels")]
    assert [b["offset_from_home_hours"] for b in t["bands"]] == [0, 7, 7, 7, 0]


def test_zone_changes_are_plus_seven_zero_and_minus_seven_in_june(db, japan):
    changes = trip_timeline(db, japan)["zone_changes"]
    assert [(c["from_zone"], c["to_zone"], c["hours"]) for c in changes] == [
        ("Europe/Brussels", "Asia/Tokyo", 7), ("Asia/Tokyo", "Asia/Seoul", 0),
        ("Asia/Seoul", "Europe/Brussels", -7)]
    landing = changes[0]
    assert landing["at"] == datetime(2017, 6, 7, 22, 45, tzinfo=UTC)
    assert (landing["date"], landing["minute"]) == (date(2017, 6, 8), 7 * 60 + 45)
    assert landing["label"] == "SN 3115 BRU→NRT"
    by_day = {b["date"]: [c["to_zone"] for c in b["zone_changes"]] for b in trip_timeline(db, japan)["bands"]}
    assert by_day[date(2017, 6, 7)] == [] and by_day[date(2017, 6, 8)] == ["Asia/Tokyo"]


def test_an_overnight_flight_is_cut_at_each_zones_local_midnight(db, japan):
    bands = {b["date"]: b for b in trip_timeline(db, japan)["bands"]}
    [out] = _items(bands[date(2017, 6, 7)], "travel")
    [landing] = _items(bands[date(2017, 6, 8)], "travel")
    assert out["label"] == landing["label"] == "SN 3115 BRU→NRT"
    assert (out["from_minute"], out["to_minute"], out["continues_after"]) == (12 * 60, 1440, True)
    assert out["piece_end"] == datetime(2017, 6, 7, 22, 0, tzinfo=UTC)  # midnight in Brussels
    assert (landing["from_minute"], landing["to_minute"], landing["continues_before"]) == (0, 7 * 60 + 45, True)
    assert landing["piece_start"] == datetime(2017, 6, 7, 15, 0, tzinfo=UTC)  # midnight in Tokyo
    assert out["start"] == landing["start"] == datetime(2017, 6, 7, 10, 0, tzinfo=UTC)
    assert out["travellers"] == ["Cécile Jodogne"]


def test_the_return_the_same_day_reads_each_end_on_its_own_clock(db, japan):
    band = trip_timeline(db, japan)["bands"][-1]
    [back] = _items(band, "travel")
    assert (back["from_minute"], back["to_minute"]) == (13 * 60, 18 * 60)
    assert not back["continues_before"] and not back["continues_after"]


def test_meetings_and_stays_are_on_their_local_clock(db, japan):
    bands = {b["date"]: b for b in trip_timeline(db, japan)["bands"]}
    [meeting] = _items(bands[date(2017, 6, 9)], "meeting")
    assert (meeting["from_minute"], meeting["to_minute"]) == (9 * 60, 10 * 60)
    assert (meeting["title"], meeting["kind"], meeting["status"]) == ("Vice-Governor of Aichi", "meeting",
                                                                      "confirmed")
    stays = [(d, s["label"], s["from_minute"], s["to_minute"]) for d, b in bands.items()
             for s in _items(b, "stay")]
    assert stays == [(date(2017, 6, 8), "Hotel Okura", 600, 1440), (date(2017, 6, 9), "Hotel Okura", 0, 1440),
                     (date(2017, 6, 10), "Hotel Okura", 0, 660),
                     (date(2017, 6, 10), "Seoul", 16 * 60 + 30, 1440), (date(2017, 6, 11), "Seoul", 0, 13 * 60)]


def test_without_travel_the_days_and_zones_come_from_legs_and_meetings(planner, db, asia_tour):
    planner.meetings.create(asia_tour, title="Seoul lunch", start="2017-06-06T12:00", end="2017-06-06T13:30",
                            timezone="Asia/Seoul", city="Seoul")
    t = trip_timeline(db, asia_tour)
    assert t["bands"][0]["date"] == date(2017, 6, 5) and t["bands"][-1]["date"] == date(2017, 6, 13)
    assert t["bands"][0]["zone"] == "Asia/Seoul" and t["bands"][-1]["zone"] == "Asia/Tokyo"
    # Tokyo then Nagoya: the same zone, so only the two real changes are marked.
    assert [(c["from_zone"], c["to_zone"], c["hours"]) for c in t["zone_changes"]] == [
        ("Europe/Brussels", "Asia/Seoul", 7), ("Asia/Seoul", "Asia/Tokyo", 0)]
    [lunch] = _items(t["bands"][1], "meeting")
    assert (lunch["from_minute"], lunch["to_minute"]) == (12 * 60, 13 * 60 + 30)


def test_a_flight_over_the_date_line_has_a_part_on_each_date(planner, db):
    mid = planner.missions.create(title="Pacific", start="2017-06-10", end="2017-06-12")
    planner.travel.create(mid, **_flight("NH 184", "Tokyo", "NRT", "Asia/Tokyo", "2017-06-11T21:00",
                                         "Honolulu", "HNL", "Pacific/Honolulu", "2017-06-11T09:00"))
    bands = trip_timeline(db, mid)["bands"]
    assert [(b["date"], b["zone"]) for b in bands] == [(date(2017, 6, 11), "Pacific/Honolulu")]
    parts = sorted((p["from_minute"], p["to_minute"]) for p in bands[0]["items"])
    assert parts == [(0, 9 * 60), (21 * 60, 1440)]
    assert trip_timeline(db, mid)["zone_changes"][0]["hours"] == -19


def test_an_empty_mission_has_no_band_and_a_missing_one_is_refused(planner, db):
    mid = planner.missions.create(title="Empty", start="2017-06-10", end="2017-06-12")
    assert trip_timeline(db, mid)["bands"] == []
    with pytest.raises(NotFoundError):
        trip_timeline(db, "no-such-mission")


def test_the_planner_gives_the_same_timeline(planner, db, japan):
    assert planner.travel.timeline(japan) == trip_timeline(db, japan)


def test_the_zones_follow_the_lead_and_an_adviser_flying_home_is_shown_apart(planner, db, japan):
    adviser = planner.people.create(given_name="Pieter", family_name="Adviser")
    planner.missions.set_members(japan, [(adviser, "adviser")])
    planner.travel.create(japan, traveller_ids=[adviser], **_flight(
        "NH 231", "Tokyo", "NRT", "Asia/Tokyo", "2017-06-09T11:20", "Brussels", "BRU", "Europe/Brussels",
        "2017-06-09T16:25"))
    lead_only = [s for s in planner.travel.list(japan) if s["number"] == "SN 3115"][0]["traveller_ids"]
    assert lead_only  # the lead is on the outbound flight; the other two name no one (everyone)
    t = trip_timeline(db, japan)
    assert [(c["from_zone"], c["to_zone"]) for c in t["zone_changes"]] == [
        ("Europe/Brussels", "Asia/Tokyo"), ("Asia/Tokyo", "Asia/Seoul"), ("Asia/Seoul", "Europe/Brussels")]
    day = next(b for b in t["bands"] if b["date"] == date(2017, 6, 9))
    assert day["zone"] == "Asia/Tokyo"
    [home] = _items(day, "travel")
    assert home["label"] == "NH 231 NRT→BRU" and home["with_lead"] is False
    assert all(i["with_lead"] for b in t["bands"] for i in _items(b, "travel") if i["id"] != home["id"])


def test_a_journey_kept_on_the_mission_before_shows_on_the_next_missions_timeline(planner, db):
    """The Tokyo→Seoul flight between two missions is entered once, on the Japan mission; the Korea
    mission's timeline starts with it (naming where it is kept), and the Japan one still has it."""
    japan = planner.missions.create(title="Official mission to Japan", start="2017-06-08", end="2017-06-11")
    planner.missions.add_leg(japan, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                             arrive="2017-06-08T09:40", depart="2017-06-11T18:00")
    planner.travel.create(japan, **_flight("OZ 1085", "Tokyo", "HND", "Asia/Tokyo", "2017-06-11T18:00",
                                           "Seoul", "GMP", "Asia/Seoul", "2017-06-11T20:20"))
    korea = planner.missions.create(title="Economic mission to Korea", start="2017-06-12", end="2017-06-16")
    planner.missions.add_leg(korea, city="Seoul", country="KR", timezone="Asia/Seoul",
                             arrive="2017-06-11T20:20", depart="2017-06-16T13:00")
    # A flight of the Japan mission that does not land at the Korea stay's start is not brought in.
    planner.travel.create(japan, **_flight("NH 231", "Tokyo", "NRT", "Asia/Tokyo", "2017-06-11T11:20",
                                           "Brussels", "BRU", "Europe/Brussels", "2017-06-11T16:25"))

    first = trip_timeline(db, korea)["bands"][0]
    assert first["date"] == date(2017, 6, 11)
    [flight] = _items(first, "travel")
    assert (flight["label"], flight["other_mission"]) == ("OZ 1085 HND→GMP", "Official mission to Japan")
    assert (flight["from_minute"], flight["to_minute"]) == (18 * 60, 20 * 60 + 20)
    all_travel = [i["label"] for b in trip_timeline(db, korea)["bands"] for i in _items(b, "travel")]
    assert all_travel == ["OZ 1085 HND→GMP"]
    japan_travel = {i["label"]: i["other_mission"] for b in trip_timeline(db, japan)["bands"]
                    for i in _items(b, "travel")}
    assert japan_travel == {"OZ 1085 HND→GMP": "", "NH 231 NRT→BRU": ""}
