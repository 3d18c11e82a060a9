"""Editors show every refusal at once: the services say every rule a record's fields break, each
field on its own, from the rules that refuse a save."""

from missionplanner.services.followups import followup_problems
from missionplanner.services.meetings import meeting_problems
from missionplanner.services.missions import leg_problems, mission_problems
from missionplanner.services.people import person_problems


def codes(found):
    return [(p.field, p.code) for p in found]


def test_a_mission_with_three_faults_gets_three_refusals():
    found = mission_problems({"title": " ", "kind": "official-mission", "start": None, "end": "2017-06-01",
                              "home_timezone": "Mars/Olympus", "restricted_to": ""})
    assert codes(found) == [("title", "field.required"), ("start", "date.required"),
                            ("home_timezone", "zone.unknown")]


def test_dates_in_the_wrong_order_are_named_once_both_are_read():
    assert codes(mission_problems({"title": "Japan", "start": "2017-06-09", "end": "2017-06-01"})) == [
        ("end", "mission.ends-before-start")]
    assert mission_problems({"title": "Japan", "start": "2017-06-01", "end": "2017-06-09"}) == []


def test_a_leg_says_every_fault_with_its_field():
    found = leg_problems({"city": "", "country": "XX", "timezone": "Asia/Tokyo", "arrive": "2017-06-09T10:00",
                          "depart": "2017-06-08T10:00", "check_in": None, "check_out": None})
    assert codes(found) == [("city", "field.required"), ("country", "country.invalid"),
                            ("depart", "leg.depart-before-arrive")]
    unknown_zone = leg_problems({"city": "Tokyo", "country": "JP", "timezone": "Tokio",
                                 "arrive": "2017-06-09T10:00", "depart": "2017-06-10T10:00"})
    assert codes(unknown_zone) == [("timezone", "zone.unknown")]


def test_a_meeting_without_title_ending_before_it_starts():
    found = meeting_problems({"title": "", "timezone": "Asia/Tokyo", "start": "2017-06-09T10:00+09:00",
                              "end": "2017-06-09T09:00+09:00", "status": "proposed", "kind": "meeting",
                              "city": "Tokyo", "counterparts": []})
    assert codes(found) == [("title", "field.required"), ("end", "meeting.ends-before-start")]


def test_a_person_and_a_follow_up():
    assert codes(person_problems({"family_name": "", "given_name": "Ana", "email": "ana@"})) == [
        ("family_name", "field.required"), ("email", "email.invalid")]
    assert codes(person_problems({"family_name": "", "title": ""}, kind="position")) == [
        ("title", "field.required")]
    assert codes(followup_problems({"action": "", "due": "2017-06-31", "status": "open"})) == [
        ("action", "field.required"), ("due", "date.unreadable")]
    assert codes(followup_problems({"action": "Call", "due": None, "recurrence": "FREQ=WEEKLY"})) == [
        ("due", "followup.recurring-needs-due")]
