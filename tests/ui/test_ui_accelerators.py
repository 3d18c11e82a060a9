"""Every menu, page and dialog, in English, French and Dutch: no two things a user can reach at the
same time answer to the same Alt+letter.

Two labels with the same accelerator make Alt+letter cycle between them instead of acting, and a
translation can bring a clash the English did not have ("&Titre" and "&Type" in the mission editor).
The walk opens each window as a user would, and looks at each tab of a dialog on its own (a hidden
tab's fields do not answer their accelerators, so they may share a letter with another tab's).
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

_MNEMONIC = re.compile(r"&(?!&)(.)")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _reachable(top: QWidget):
    """(accelerator, text) of what `top` shows now: buttons, labels for a field, group boxes and
    tab titles that are visible in it."""
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton):
            yield mnemonic(widget.text()), widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield mnemonic(widget.text()), widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            yield mnemonic(widget.title()), widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    yield mnemonic(widget.tabText(i)), widget.tabText(i)


def clashes_in(texts) -> list[str]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for key, text in texts:
        if key is not None:
            by_key[key].append(text)
    return [f"Alt+{key.upper()}: {' / '.join(sorted(set(t)))}" for key, t in sorted(by_key.items())
            if len(t) > 1]


def clashes_of_window(top: QWidget, name: str) -> list[str]:
    """The clashes of `top` with each tab of each of its tab widgets shown in turn."""
    found = [f"{name}: {c}" for c in clashes_in(_reachable(top))]
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top) or tabs.window() is not top:
            continue
        shown = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found += [f"{name} [{tabs.tabText(i).replace('&', '')}]: {c}" for c in clashes_in(_reachable(top))]
        tabs.setCurrentIndex(shown)
    return found


def clashes_of_menus(window) -> list[str]:
    bar = window.menuBar()
    found = [f"menu bar: {c}" for c in clashes_in((mnemonic(a.text()), a.text()) for a in bar.actions())]
    menus = [a.menu() for a in bar.actions() if a.menu() is not None]
    while menus:
        menu = menus.pop()
        menu.aboutToShow.emit()  # menus filled when opened (recent files, windows)
        entries = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        found += [f"menu {menu.title().replace('&', '')}: {c}"
                  for c in clashes_in((mnemonic(a.text()), a.text()) for a in entries)]
        menus += [a.menu() for a in entries if isinstance(a.menu(), QMenu)]
    return found


def _settled(window):
    window.tasks.wait(20_000)


def _open_dialog(window, make) -> QDialog:
    """What `make()` opens (directly, or once its background read delivered): the new dialog."""
    before = set(window.findChildren(QDialog))
    made = make()
    _settled(window)
    if isinstance(made, QDialog):
        return made
    new = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
    assert new, f"nothing opened by {make}"
    return new[-1]


def all_dialogs(window, qtbot):
    """(name, dialog) for every dialog of the app, opened on the demo's Japan mission."""
    from datetime import date

    from missionplanner.ui.about_dialog import AboutDialog
    from missionplanner.ui.documents_dialog import DocumentsDialog
    from missionplanner.ui.free_slot_dialog import FreeSlotDialog
    from missionplanner.ui.history_dialog import HistoryDialog
    from missionplanner.ui.main_window import PAGE_AGREEMENTS, PAGE_FOLLOWUPS, PAGE_ORGANIZATIONS, PAGE_PEOPLE
    from missionplanner.ui.mission_editor import LegDialog
    from missionplanner.ui.people_editor import FillPositionDialog
    from missionplanner.ui.preferences import PreferencesDialog
    from missionplanner.ui.safety_actions import DuplicatesDialog
    from missionplanner.ui.travel_editor import TravelDialog
    from missionplanner.ui.versions_dialog import VersionsDialog
    from missionplanner.ui.widgets import NewPersonDialog

    planner = window.planner
    japan = planner.missions.detail("official-mission-japan-2017")
    meeting = next(m for m in japan["meetings"] if "Vice-Governor" in m["title"])
    window.open_agenda(japan["id"])
    _settled(window)
    window.missions.select(japan["id"])
    yield "mission editor", _open_dialog(window, lambda: window.missions.edit(japan["id"]))
    yield "new mission", _open_dialog(window, window.missions.new)
    yield "leg", LegDialog(japan["legs"][0], date(2017, 6, 8), window, planner=window.planner)
    yield "journey", TravelDialog(japan, planner.travel.list(japan["id"])[0], window)
    yield "meeting editor", _open_dialog(window, lambda: window.agenda.edit(meeting["id"]))
    yield "new meeting", _open_dialog(window, lambda: window.agenda.new(japan["id"]))
    yield "log outcome", _open_dialog(window, lambda: window.agenda.log_outcome(meeting["id"]))
    yield "free slots", FreeSlotDialog(planner, japan, date(2017, 6, 9), 60, "Tokyo", window)
    yield "print", _open_dialog(window, lambda: window.print_document("briefing"))
    yield "printed versions", VersionsDialog(japan, window)
    window.show_page(PAGE_PEOPLE)
    _settled(window)
    ohmura = next(p for p in window.people.model.rows if p.get("native_name") == "大村秀章")
    yield "person editor", _open_dialog(window, lambda: window.people.edit(ohmura["id"]))
    yield "new position", _open_dialog(window, lambda: window.people.new(position=True))
    position = next(p for p in planner.people.search("Vice-Governor") if p["kind"] == "position")
    yield "fill position", FillPositionDialog(planner, position, window)
    yield "new person", NewPersonDialog(planner, "Tanaka", window)
    window.show_page(PAGE_ORGANIZATIONS)
    _settled(window)
    yield "organization editor", _open_dialog(window, window.organizations.new)
    window.show_page(PAGE_AGREEMENTS)
    _settled(window)
    yield "agreement editor", _open_dialog(window, window.agreements.new)
    window.show_page(PAGE_FOLLOWUPS)
    _settled(window)
    window.followups.table.selectRow(0)
    yield "follow-up editor", _open_dialog(window, window.followups.edit)
    yield "preferences", PreferencesDialog(window)
    yield "about", AboutDialog(planner, window)
    yield "history", HistoryDialog(planner, japan["id"], "mission", window)
    yield "documents", DocumentsDialog(planner, "mission", japan["id"], "mission", window)
    yield "duplicates", DuplicatesDialog(planner, window)
    yield "search", window.open_search()


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_no_two_reachable_things_share_an_accelerator(make_window, demo_db, qtbot, lang):
    from missionplanner.ui.main_window import PAGE_MISSIONS

    window = make_window(demo_db, lang)
    found = clashes_of_menus(window)
    for page in range(window.stack.count()):
        window.show_page(page)
        _settled(window)
        found += clashes_of_window(window, f"main window, page {page}")
    window.show_page(PAGE_MISSIONS)
    seen = 0
    for name, dialog in all_dialogs(window, qtbot):
        dialog.show()
        _settled(window)
        found += clashes_of_window(dialog, name)
        dialog.done(0)
        seen += 1
    assert found == [], f"{lang}:\n" + "\n".join(found)
    assert seen >= 22  # all_dialogs ran to its end (dialogs added since raise the count)
