"""The trip timeline in the window: one row per local day, bars where the watch says, zone marks."""

from __future__ import annotations

from datetime import date

import pytest

from missionplanner.services.planner import Planner
from missionplanner.ui.timeline_view import COLOURS, TimelineView


@pytest.fixture
def japan(db):
    planner = Planner(db)
    lead = planner.people.create(given_name="Cécile", family_name="Jodogne")
    mid = planner.missions.create(title="Japan and Korea", start="2017-06-07", end="2017-06-11",
                                  lead_id=lead)
    planner.missions.add_leg(mid, city="Tokyo", country="JP", timezone="Asia/Tokyo", hotel="Hotel Okura",
                             arrive="2017-06-08T07:45", depart="2017-06-10T14:00")
    for number, frm, fz, dep, to, tz, arr in (
            ("SN 3115", "BRU", "Europe/Brussels", "2017-06-07T12:00", "NRT", "Asia/Tokyo", "2017-06-08T07:45"),
            ("KE 706", "NRT", "Asia/Tokyo", "2017-06-10T14:00", "ICN", "Asia/Seoul", "2017-06-10T16:30"),
            ("KE 925", "ICN", "Asia/Seoul", "2017-06-11T13:00", "BRU", "Europe/Brussels", "2017-06-11T18:00")):
        planner.travel.create(mid, kind="flight", number=number, from_place=frm, from_code=frm,
                              from_timezone=fz, depart=dep, to_place=to, to_code=to, to_timezone=tz,
                              arrive=arr, traveller_ids=[lead])
    planner.meetings.create(mid, title="Vice-Governor of Aichi", start="2017-06-09T09:00",
                            end="2017-06-09T10:00", timezone="Asia/Tokyo", city="Tokyo", status="confirmed")
    return planner, mid


@pytest.fixture
def view(qtbot, japan):
    planner, _mid = japan
    v = TimelineView(planner=planner)
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def _show(qtbot, view, mission_id):
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show_mission(mission_id)


def test_each_day_is_a_row_read_through_the_planner_on_the_worker(qtbot, view, japan, tmp_path):
    _show(qtbot, view, japan[1])
    rows = view.canvas.rows()
    assert [band["date"] for _top, _h, band in rows] == [date(2017, 6, d) for d in range(7, 12)]
    view.grab().save(str(tmp_path / "timeline.png"))


def test_a_nine_oclock_meeting_is_painted_at_nine_on_the_axis(qtbot, view, japan):
    _show(qtbot, view, japan[1])
    canvas = view.canvas
    [(rect, meeting)] = [(r, i) for r, i in canvas.bars() if i["type"] == "meeting"]
    assert meeting["date"] == date(2017, 6, 9)
    assert rect.left() == pytest.approx(canvas.x_for_minute(9 * 60))
    assert rect.right() == pytest.approx(canvas.x_for_minute(10 * 60))
    image = canvas.grab().toImage()
    ratio = image.width() / canvas.width()
    # The bar's top edge, above its label's letters.
    inside = image.pixelColor(int((rect.left() + 2) * ratio), int((rect.top() + 1) * ratio))
    before = image.pixelColor(int(canvas.x_for_minute(8 * 60) * ratio), int(rect.center().y() * ratio))
    assert inside == COLOURS["meeting"]
    assert before != COLOURS["meeting"]
    assert "Vice-Governor of Aichi" in canvas.tooltip_at(rect.center())
    assert "09:00" in canvas.tooltip_at(rect.center())


def test_the_overnight_flight_ends_at_midnight_and_starts_again_at_midnight(qtbot, view, japan):
    _show(qtbot, view, japan[1])
    canvas = view.canvas
    flights = [(r, i) for r, i in canvas.bars() if i["label"] == "SN 3115 BRU→NRT"]
    assert [i["date"] for _r, i in flights] == [date(2017, 6, 7), date(2017, 6, 8)]
    (out, _), (landing, _) = flights
    assert out.left() == pytest.approx(canvas.x_for_minute(12 * 60))
    assert out.right() == pytest.approx(canvas.x_for_minute(24 * 60))
    assert landing.left() == pytest.approx(canvas.x_for_minute(0))
    assert landing.right() == pytest.approx(canvas.x_for_minute(7 * 60 + 45))
    image = canvas.grab().toImage()
    ratio = image.width() / canvas.width()
    assert image.pixelColor(int(out.right() - 3) * ratio, int(out.top() + 1) * ratio) == COLOURS["travel"]


def test_zone_changes_are_marked_with_their_hours(qtbot, view, japan):
    _show(qtbot, view, japan[1])
    canvas = view.canvas
    marks = canvas.zone_marks()
    assert [c["hours"] for _r, c in marks] == [7, 0, -7]
    rect, _change = marks[0]
    assert rect.center().x() == pytest.approx(canvas.x_for_minute(7 * 60 + 45))
    text = canvas.tooltip_at(rect.center())
    assert "Europe/Brussels → Asia/Tokyo (+7 h)" in text


def test_set_timeline_shows_data_given_directly_and_nothing_says_so(qtbot):
    v = TimelineView()
    qtbot.addWidget(v)
    v.set_timeline({"bands": [], "zone_changes": [], "home_zone": "Europe/Brussels"})
    assert v.canvas.rows() == [] and v.canvas.bars() == []
    v.set_timeline(None)
    assert v.canvas.rows() == []


def test_an_unknown_mission_shows_an_empty_timeline(qtbot, view):
    _show(qtbot, view, "no-such-mission")
    assert view.canvas.rows() == []


def test_a_journey_without_the_lead_is_painted_apart(qtbot, view, japan):
    planner, mid = japan
    adviser = planner.people.create(given_name="Pieter", family_name="Adviser")
    planner.missions.set_members(mid, [(adviser, "adviser")])
    planner.travel.create(mid, kind="flight", number="NH 231", from_place="NRT", from_code="NRT",
                          from_timezone="Asia/Tokyo", depart="2017-06-09T11:20", to_place="BRU",
                          to_code="BRU", to_timezone="Europe/Brussels", arrive="2017-06-09T16:25",
                          traveller_ids=[adviser])
    _show(qtbot, view, mid)
    canvas = view.canvas
    [rect] = [r for r, i in canvas.bars() if i["label"] == "NH 231 NRT→BRU"]
    image = canvas.grab().toImage()
    ratio = image.width() / canvas.width()
    assert image.pixelColor(int((rect.left() + 2) * ratio), int((rect.top() + 1) * ratio)) == COLOURS["others"]
    assert [c["hours"] for _r, c in canvas.zone_marks()] == [7, 0, -7]
