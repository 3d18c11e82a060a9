"""Screenshots of the main views on the demo data, for the README (`make screenshots`).

Runs the real application window on a fresh demo database under Xvfb (or Qt's offscreen platform)
and saves docs/screenshots/*.png. Settings go to a temporary folder, so a developer's own window
layout and language are neither used nor changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

# MISSIONPLANNER_SCREENSHOTS: another folder, to compare with the pictures in docs/ before replacing them
OUT = Path(os.environ.get("MISSIONPLANNER_SCREENSHOTS")
           or Path(__file__).resolve().parent.parent / "docs" / "screenshots")
SIZE = (1280, 800)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont

    workdir = Path(tempfile.mkdtemp(prefix="mp-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings"))

    from missionplanner.services import meetings as meeting_service
    from missionplanner.services import missions as mission_service
    from missionplanner.services import people as people_service
    from missionplanner.services.demo import load_demo
    from missionplanner.store import open_database
    from missionplanner.ui import i18n
    from missionplanner.ui.app import build_window, create_app
    from missionplanner.ui.main_window import (
        PAGE_AGREEMENTS,
        PAGE_FOLLOWUPS,
        PAGE_MISSIONS,
        PAGE_ORGANIZATIONS,
        PAGE_PEOPLE,
    )

    app = create_app([sys.argv[0]])
    app.setFont(QFont("DejaVu Sans", 10))
    db = open_database(workdir / "demo.sqlite")
    load_demo(db)
    OUT.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def settle(window) -> None:
        """Let timers fire and background work finish and deliver (QTest.qWait would hold the
        interpreter lock and starve the worker thread)."""
        for _ in range(12):
            app.processEvents()
            window.tasks.wait(10_000)
            time.sleep(0.03)
        app.processEvents()

    def shoot(widget, name: str) -> None:
        path = OUT / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    missions = mission_service.list_missions(db)
    japan = next(m["id"] for m in missions if m["slug"] == "official-mission-japan-2017")
    korea = next(m["id"] for m in missions if "korea" in m["slug"])
    # One deliberate clash, so the agenda shows how a scheduling problem is marked: a courtesy call
    # booked for the Secretary of State while she meets the Vice-Governor of Aichi.
    jodogne = next(p["id"] for p in people_service.list_people(db, "Jodogne"))
    meeting_service.create_meeting(db, japan, title="Courtesy call at JETRO Tokyo", timezone="Asia/Tokyo",
                                   city="Tokyo", venue="JETRO headquarters", start="2017-06-09T10:30",
                                   end="2017-06-09T11:15", status="requested", delegation=[jodogne])

    window = build_window(db, "en")
    window.resize(*SIZE)
    window.show()
    settle(window)

    window.missions.select(japan)
    window.show_page(PAGE_MISSIONS)
    settle(window)
    shoot(window, "01-missions")

    window.open_agenda(japan)
    settle(window)
    shoot(window, "02-agenda-japan")

    window.agenda.views.setCurrentWidget(window.agenda.timeline)  # the whole trip, day by day
    window.tasks.wait(10_000)
    settle(window)
    shoot(window, "15-timeline-japan")
    window.agenda.views.setCurrentWidget(window.agenda.week_view)  # local and home rulers, blocks
    settle(window)
    shoot(window, "17-calendar-week-japan")
    window.agenda.views.setCurrentWidget(window.agenda.day_view)
    window.agenda.day_view.show_day(2)  # Friday 9 June: the courtesy call clash is marked
    settle(window)
    shoot(window, "18-calendar-day-japan")
    window.agenda.views.setCurrentWidget(window.agenda.table)

    window.open_agenda(korea)
    settle(window)
    shoot(window, "03-agenda-korea")

    window.show_page(PAGE_PEOPLE)
    window.tasks.wait(10_000)  # the list's first page is read in the background
    ohmura = next(p for p in window.people.model.rows if p.get("native_name") == "大村秀章")
    window.people.select(ohmura["id"])
    window.tasks.wait(10_000)
    settle(window)
    shoot(window, "04-people")
    window.people.edit(ohmura["id"])
    window.tasks.wait(10_000)  # the editor opens once the person is read
    person_editor = window.people.editor
    person_editor.resize(640, 720)
    settle(window)
    shoot(person_editor, "14-person-editor")
    person_editor.done(0)

    window.show_page(PAGE_ORGANIZATIONS)
    window.tasks.wait(10_000)
    orgs = window.organizations.model.rows
    korean = next((o for o in orgs if any("\uac00" <= c <= "\ud7af" for c in o.get("native_name") or "")),
                  orgs[0])
    window.organizations.select(korean["id"])
    window.tasks.wait(10_000)
    settle(window)
    shoot(window, "05-organizations")

    window.show_page(PAGE_AGREEMENTS)
    settle(window)  # the list is read in the background
    window.agreements.table.selectRow(0)
    settle(window)
    shoot(window, "06-agreements")

    window.show_page(PAGE_FOLLOWUPS)
    window.followups.status_filter.setCurrentIndex(window.followups.status_filter.findData(""))
    window.tasks.wait(10_000)
    settle(window)
    shoot(window, "07-followups")

    window.missions.edit(japan)
    window.tasks.wait(10_000)
    mission_editor = window.missions.editor
    mission_editor.resize(760, 760)
    settle(window)
    shoot(mission_editor, "13-mission-editor")
    mission_editor.tabs.setCurrentIndex(1)  # Travel: flights and trains, each end in its own zone
    window.tasks.wait(10_000)
    settle(window)
    shoot(mission_editor, "16-mission-travel")
    mission_editor.tabs.setCurrentIndex(2)  # Briefing: the trip's key messages and the duty officer
    settle(window)
    shoot(mission_editor, "19-mission-briefing")
    mission_editor.done(0)

    meeting_id = next(m["id"] for m in mission_service.mission_detail(db, japan)["meetings"]
                      if m["counterparts"])
    window.agenda.edit(meeting_id)
    window.tasks.wait(10_000)
    editor = window.agenda.editor
    editor.resize(860, 760)
    settle(window)
    shoot(editor, "08-meeting-editor")
    editor.done(0)

    window.open_agenda(japan)
    window.agenda.select_meeting(meeting_id)
    window.agenda.log_outcome(meeting_id)
    window.tasks.wait(10_000)
    outcome = window.agenda.editor
    outcome.add_followup("Send the seminar programme to Aichi Prefecture")
    settle(window)
    shoot(outcome, "09-log-outcome")
    outcome.done(0)

    search = window.open_search()
    search.query.setText("愛知")
    search.run_query()
    settle(window)
    for _ in range(50):
        if not search.pending:
            break
        settle(window)
    shoot(search, "10-search")
    search.close()

    window.missions.select(japan)
    window.show_page(PAGE_MISSIONS)
    dialog = window.print_document("briefing")
    settle(window)
    shoot(dialog, "11-briefing-dialog")
    dialog.done(0)
    window.save_layout()
    window.close()
    settle(window)

    i18n.install(app, "fr")
    french = build_window(db, "fr")
    french.resize(*SIZE)
    french.show()
    french.open_agenda(japan)
    settle(french)
    shoot(french, "12-agenda-french")
    french.close()

    db.dispose()
    for path in saved:
        print(path.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
