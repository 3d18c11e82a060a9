"""Scheduling problems in the interface language: built from the problem's code and params with
translatable templates; in English, the service's message (what the CLI prints) with its dates as the window writes them."""

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from missionplanner.services import meetings, missions, people
from missionplanner.services.checks import check_meetings, check_mission
from missionplanner.ui import i18n
from missionplanner.ui.messages import duration_text, problem_text

TOKYO, SEOUL = "Asia/Tokyo", "Asia/Seoul"


def in_window_dates(message: str) -> str:
    """The service's English sentence with its local times as the window writes dates (CLDR's
    short date of the interface language): the window says the same thing, dates in one form."""
    from missionplanner.ui import formatting as fmt

    return re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", lambda m: fmt.date_time(m.group()), message)


@pytest.fixture
def language(qapp):
    """Switch the interface language (the project's compiled catalogues); English again after."""
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")


@pytest.fixture
def tour(db, asia_tour):
    mid = asia_tour
    who = {"cecile": people.create_person(db, given_name="Cécile", family_name="Jodogne"),
           "bo": people.create_person(db, given_name="Bo", family_name="Peeters"),
           "ohmura": people.create_person(db, given_name="Hideaki", family_name="Ohmura",
                                          name_order="eastern")}

    def meet(title, start, end, city="Tokyo", by=("cecile",), mission=mid):
        return meetings.create_meeting(db, mission, title=title, city=city, start=start, end=end,
                                       timezone=SEOUL if city == "Seoul" else TOKYO, status="confirmed",
                                       delegation=[who[w] for w in by])

    return {"db": db, "mission": mid, "meet": meet, "who": who}


def _every_code(tour):
    meet = tour["meet"]
    meet("Meeting with the Vice-Governor of Aichi", "2017-06-09T10:00", "2017-06-09T11:00",
         by=("cecile", "bo", "ohmura"))
    meet("Courtesy call at JETRO Tokyo", "2017-06-09T10:30", "2017-06-09T11:15",
         by=("cecile", "bo", "ohmura"))
    meet("Tokyo breakfast", "2017-06-12T09:00", "2017-06-12T10:00")
    meet("Nagoya lunch", "2017-06-12T12:30", "2017-06-12T13:30", city="Nagoya")
    meet("Late Seoul call", "2017-06-08T10:00", "2017-06-08T11:00", city="Seoul", by=("bo",))
    meet("Osaka visit", "2017-06-10T10:00", "2017-06-10T11:00", city="Osaka", by=("bo",))
    meet("Welcome", "2017-06-05T11:00", "2017-06-05T12:00", city="Seoul", by=("bo",))
    meet("Blue House", "2017-06-06T10:00", "2017-06-06T11:00", city="Seoul", by=("bo",))
    meet("Dinner", "2017-06-10T18:30", "2017-06-11T00:30", by=("ohmura",))
    side = missions.create_mission(tour["db"], title="Side visit", start="2017-06-11", end="2017-06-11")
    meet("Side call", "2017-06-11T10:30", "2017-06-11T11:30", mission=side)
    meet("Embassy", "2017-06-11T10:00", "2017-06-11T11:00")
    return check_mission(tour["db"], tour["mission"])


def test_english_gives_exactly_the_service_message_for_every_code(qapp, language, tour):
    language("en")
    problems = _every_code(tour)
    assert {p["code"] for p in problems} == {"overlap", "travel", "outside-leg", "arrival",
                                             "after-hours", "holiday"}
    assert {"legs" in p["params"] for p in problems if p["code"] == "outside-leg"} == {True, False}
    assert any(p["params"]["meetings"][-1]["mission"] for p in problems)  # another mission's meeting
    for p in problems:
        assert problem_text(p) == in_window_dates(p["message"])


def test_english_says_someone_and_the_zone_as_the_service_does(qapp, language):
    language("en")

    def at(hour, minute=0):
        return datetime(2017, 6, 9, hour, minute, tzinfo=UTC)

    plain = [{"id": "a", "title": "A", "start": at(1), "end": at(3), "timezone": TOKYO, "city": "",
              "status": "confirmed", "people": ["x", "y"]},
             {"id": "b", "title": "B", "start": at(2, 45), "end": at(4), "timezone": TOKYO, "city": "",
              "status": "confirmed", "people": ["x", "y"]}]
    [problem] = check_meetings(plain, [], {"y": "Yuki Sato"})
    assert problem_text(problem) == in_window_dates(problem["message"])
    assert problem_text(problem).startswith("Yuki Sato and someone")


def test_french_overlap(qapp, language, tour):
    tour["meet"]("Meeting with the Vice-Governor of Aichi", "2017-06-09T10:00", "2017-06-09T11:00")
    tour["meet"]("Courtesy call at JETRO Tokyo", "2017-06-09T10:30", "2017-06-09T11:15")
    [overlap] = check_mission(tour["db"], tour["mission"])
    language("fr")
    assert problem_text(overlap) == (
        "Deux réunions à la fois pour Cécile Jodogne : « Meeting with the Vice-Governor of Aichi » "
        "(9/06/17 10:00–11:00, heure locale à Tokyo) et « Courtesy call at JETRO Tokyo » "
        "(9/06/17 10:30–11:15, heure locale à Tokyo) se chevauchent")  # dates as the window writes them
    assert overlap["message"].startswith("Cécile Jodogne cannot be in two meetings at once")  # unchanged


def test_french_and_dutch_for_every_code(qapp, language, tour):
    problems = _every_code(tour)
    language("fr")
    by_code = {}
    for p in problems:
        text = problem_text(p)
        assert text != p["message"]
        by_code.setdefault((p["code"], "legs" in p["params"]), text)
    assert by_code[("overlap", False)].startswith(
        "Deux réunions à la fois pour Bo Peeters, Cécile Jodogne et OHMURA Hideaki : ")
    assert "seulement 2 h 30 pour aller de Tokyo à Nagoya" in by_code[("travel", False)]
    assert "prévoir au moins 3 h" in by_code[("travel", False)]
    assert "en dehors du séjour à Seoul (du 5/06/17 09:00 au 7/06/17 18:00)" in by_code[
        ("outside-leg", False)]
    assert "a lieu à Osaka, où la mission ne va pas (étapes : Seoul du 5/06/17 09:00 au " in by_code[
        ("outside-leg", True)]
    assert "commence 2 h après l’arrivée à Seoul (09:00)" in by_code[("arrival", False)]
    assert "en dehors des heures de bureau locales (08:00–19:00)" in by_code[("after-hours", False)]
    assert by_code[("holiday", False)].endswith("tombe un jour férié : Memorial Day, Corée du Sud (KR)")
    side = next(p for p in problems if p["params"]["meetings"][-1]["mission"])
    assert "mission « Side visit »" in problem_text(side)
    language("nl")
    travel = next(p for p in problems if p["code"] == "travel")
    assert problem_text(travel).startswith("Cécile Jodogne: slechts 2 u 30 om van Tokyo naar Nagoya te reizen")
    assert duration_text(45) == "45 min" and duration_text(60) == "1 u"


def test_old_or_unknown_problems_show_their_message(qapp, language):
    language("fr")
    message = "something the checks said in another version"
    assert problem_text({"code": "overlap", "message": message}) == message  # no params
    assert problem_text({"code": "overlap", "message": message, "params": {"meetings": []}}) == message
    assert problem_text({"code": "new-kind", "message": message, "params": {"meetings": []}}) == message


def test_french_agenda_lists_and_explains_problems_in_french(qtbot, make_window, tour):
    tour["meet"]("Meeting with the Vice-Governor of Aichi", "2017-06-09T10:00", "2017-06-09T11:00")
    second = tour["meet"]("Courtesy call at JETRO Tokyo", "2017-06-09T10:30", "2017-06-09T11:15")
    w = make_window(tour["db"], "fr")
    w.open_agenda(tour["mission"])
    agenda = w.agenda
    qtbot.waitUntil(lambda: not agenda.checks_pending() and agenda.problems_list.count() == 1, timeout=10000)
    item = agenda.problems_list.item(0)
    assert item.text().startswith("chevauchement : Deux réunions à la fois pour Cécile Jodogne : ")
    assert "se chevauchent" in item.text() and "cannot" not in item.toolTip()
    row = agenda.model.find(second)
    tip = agenda.model.index(row, agenda.model.COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Deux réunions à la fois pour Cécile Jodogne")

    w.agenda.edit(second)
    w.tasks.wait()  # read on the worker, then opened
    editor = w.agenda.editor
    editor.run_checks()
    qtbot.waitUntil(lambda: not editor.checking and editor.conflict_list.count() == 1, timeout=10000)
    assert "heure locale à Tokyo" in editor.conflict_list.item(0).text()
    assert "cannot" not in editor.conflict_list.item(0).toolTip()
    editor.done(0)
