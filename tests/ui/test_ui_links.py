"""Contact details in the people and organizations panes are links the system opens: a click on the
website opens the browser, an address opens a map search, an e-mail the mail program. The app
fetches nothing itself: the link is handed to QDesktopServices."""

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument

from missionplanner.services import people as people_service

PAGE_PEOPLE, PAGE_ORGANIZATIONS = 2, 3


class _Catcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url.toString())


@pytest.fixture
def opened():
    """The URLs the system was asked to open (a handler per scheme, as a desktop registers one)."""
    catcher = _Catcher()
    schemes = ("http", "https", "mailto", "tel", "javascript", "file")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher.urls
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def _click_text(qtbot, browser, text):
    """Click on the middle of `text` where the pane shows it, as a user's mouse does."""
    cursor = browser.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull(), f"{text!r} is not shown in the pane"
    middle = browser.document().find(text[: len(text) // 2 + 1])
    rect = browser.cursorRect(middle)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _show_organization(w, db, **fields):
    oid = people_service.create_organization(db, name="Aichi Prefecture", country="JP", **fields)
    w.refresh_all()
    w.show_page(PAGE_ORGANIZATIONS)
    w.tasks.wait()
    w.organizations.select(oid)
    w.tasks.wait()
    return w.organizations.detail


def test_organization_website_and_address_open_outside_the_app(qtbot, window, db, opened):
    detail = _show_organization(window, db, website="www.pref.aichi.jp", city="Nagoya",
                                address="3-1-2 Sannomaru, Naka-ku", phone="+81 52-961-2111")
    qtbot.waitUntil(lambda: "www.pref.aichi.jp" in detail.toPlainText(), timeout=5000)
    _click_text(qtbot, detail, "www.pref.aichi.jp")
    assert opened == ["https://www.pref.aichi.jp"]
    _click_text(qtbot, detail, "3-1-2 Sannomaru, Naka-ku")
    assert opened[1].startswith("https://www.openstreetmap.org/search?query=3-1-2")
    assert "Nagoya" in opened[1] and "Japan" in opened[1]  # the city and country narrow the search
    _click_text(qtbot, detail, "+81 52-961-2111")
    assert opened[2] == "tel:+81529612111"
    assert "Aichi Prefecture" in detail.toPlainText()  # the pane still shows the organization


def test_a_stored_script_link_stays_text(qtbot, window, db, opened):
    detail = _show_organization(window, db, website="javascript:alert(1)")
    qtbot.waitUntil(lambda: "javascript:alert(1)" in detail.toPlainText(), timeout=5000)
    _click_text(qtbot, detail, "javascript:alert(1)")
    assert opened == []
    assert 'href="javascript' not in detail.toHtml()


def test_person_email_opens_the_mail_program(qtbot, window, db, opened):
    pid = people_service.create_person(db, given_name="Hideaki", family_name="Ohmura",
                                       email="governor@pref.aichi.lg.jp")
    window.refresh_all()
    window.show_page(PAGE_PEOPLE)
    window.tasks.wait()
    window.people.select(pid)
    window.tasks.wait()
    detail = window.people.detail
    qtbot.waitUntil(lambda: "governor@pref.aichi.lg.jp" in detail.toPlainText(), timeout=5000)
    _click_text(qtbot, detail, "governor@pref.aichi.lg.jp")
    assert opened == ["mailto:governor@pref.aichi.lg.jp"]
