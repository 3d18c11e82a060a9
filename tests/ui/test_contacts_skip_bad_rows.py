"""File ▸ Import contacts with a row that breaks a rule (issue 18): the question says which row and
why, and offers to import the others; Yes imports them and lists the row left out with its reason in
FILE-skipped.csv beside the file; a stray Enter (No, the default) imports nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

CONTACTS = ("First name,Last name,E-mail\r\n"
            "Ji-hoon,Kim,jihoon.kim@seoul.go.kr\r\n"
            "Hélène,Dupré,h.dupre@@blcc\r\n"
            "Joke,Vermeulen,joke.vermeulen@vlaanderen.be\r\n")


def _answer(asked: list, key: Qt.Key | None, tries: int = 250):
    """Once the question is on screen, keep its text, then click Yes (key None) or press `key`."""
    def run(left=tries):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left > 0:
                QTimer.singleShot(20, lambda: run(left - 1))
            return
        asked.append(box.text())
        if key is None:
            QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        else:
            QTest.keyClick(box, key)
    QTimer.singleShot(0, run)


def _people(window) -> set[str]:
    return {p["family_name"] for p in window.planner.people.search("")}


def test_yes_imports_the_good_rows_and_lists_the_bad_one_with_its_reason(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "contacts.csv"
    path.write_text(CONTACTS, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    asked: list[str] = []
    _answer(asked, None)
    window.act_import_contacts.trigger()
    qtbot.waitUntil(lambda: "left out" in window.statusBar().currentMessage(), timeout=10000)
    question = asked[0]
    assert "line 3" in question and "h.dupre@@blcc" in question
    assert "1 row of this file break a rule" in question and "contacts-skipped.csv" in question
    assert "would add 2 people" in question and "(s)" not in question
    assert {"Kim", "Vermeulen"} <= _people(window) and "Dupré" not in _people(window)
    report = (tmp_path / "contacts-skipped.csv").read_text(encoding="utf-8-sig").splitlines()
    assert report[0] == "line,reason"
    assert report[1].startswith("3,") and "h.dupre@@blcc" in report[1]
    assert "1 row left out" in window.statusBar().currentMessage()


def test_enter_on_the_question_imports_nothing(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "contacts.csv"
    path.write_text(CONTACTS, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    before = _people(window)
    asked: list[str] = []
    _answer(asked, Qt.Key.Key_Return)
    window.act_import_contacts.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    window.tasks.wait()
    assert _people(window) == before
    assert not (tmp_path / "contacts-skipped.csv").exists()
