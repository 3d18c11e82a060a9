"""Calendar and contacts imports go through the planner: every row they write reaches its outbox,
and a dry run or a refused file leaves nothing there."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from missionplanner.errors import MissionPlannerError
from missionplanner.interop.contacts import import_contacts
from missionplanner.interop.ics import export_ics, import_ics
from missionplanner.model import Affiliation, Meeting, Organization, Participation, Person
from missionplanner.services.outbox import INSERT, UPDATE, RecordingOutbox
from missionplanner.services.planner import Planner

CALENDAR = "\r\n".join([
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "X-WR-CALNAME:Agenda",
    "BEGIN:VEVENT", "UID:one@example.org", "SUMMARY:Courtesy call",
    "DTSTART;TZID=Asia/Tokyo:20170609T100000", "DTEND;TZID=Asia/Tokyo:20170609T110000",
    "ATTENDEE:mailto:governor@pref.aichi.lg.jp", "END:VEVENT",
    "BEGIN:VEVENT", "UID:two@example.org", "SUMMARY:Dinner",
    "DTSTART;TZID=Asia/Tokyo:20170609T190000", "DTEND;TZID=Asia/Tokyo:20170609T210000", "END:VEVENT",
    "END:VCALENDAR", ""]).encode()


@pytest.fixture
def planner(db):
    return Planner(db, outbox=RecordingOutbox())


def ids(db, cls) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(cls.id)))


def test_contacts_reach_the_outbox(planner, db, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Nom;Prénom;Organisation;E-mail\nOhmura;Hideaki;Aichi Prefecture;governor@pref.aichi.lg.jp\n"
                    "Jodogne;Cécile;Brussels;\n", encoding="utf-8")
    import_contacts(planner, path, dry_run=True)
    assert planner.outbox.changes == []
    import_contacts(planner, path)
    for cls in (Person, Organization, Affiliation):
        assert planner.outbox.ids(cls.__tablename__, INSERT) == ids(db, cls) != set()
    # A refusal keeps the code and parts of the rule that refused it, for the GUI to say it.
    path.write_text("Nom;E-mail\nDupré;h.dupre@@blcc\n", encoding="utf-8")
    with pytest.raises(MissionPlannerError) as refused:
        import_contacts(planner, path)
    assert refused.value.code == "email.invalid" and refused.value.where.endswith("contacts.csv: line 2")


def test_a_calendar_reaches_the_outbox_created_updated_and_cancelled(planner, db, tmp_path):
    trip = planner.missions.create(title="Japan", start="2017-06-08", end="2017-06-11")
    planner.missions.add_leg(trip, city="Tokyo", country="JP", timezone="Asia/Tokyo",
                             arrive="2017-06-08T09:00", depart="2017-06-11T18:00")
    planner.people.create(family_name="Ohmura", email="governor@pref.aichi.lg.jp")
    planner.outbox.clear()
    import_ics(planner, CALENDAR, trip, dry_run=True)
    assert planner.outbox.changes == []
    import_ics(planner, CALENDAR, trip)
    assert planner.outbox.ids("meetings", INSERT) == ids(db, Meeting) and len(ids(db, Meeting)) == 2
    assert planner.outbox.ids("participations", INSERT) == ids(db, Participation) != set()
    planner.outbox.clear()
    moved = CALENDAR.replace(b"T190000", b"T183000")
    dropped = moved[:moved.index(b"BEGIN:VEVENT")] + moved[moved.index(b"END:VEVENT") + 12:]
    summary = import_ics(planner, dropped, trip)  # the dinner moved, the call no longer in the calendar
    assert summary["cancelled"] == 1 and summary["updated"] == 2
    assert planner.outbox.ids("meetings", UPDATE) == ids(db, Meeting)
    planner.outbox.clear()
    with pytest.raises(MissionPlannerError, match="line 15: DTSTART"):
        import_ics(planner, CALENDAR.replace(b"20170609T190000", b"20170632T190000"), trip)
    assert planner.outbox.changes == []
    assert b"Courtesy call" in export_ics(planner, trip)
