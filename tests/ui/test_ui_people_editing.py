"""Editing people and organizations from their pages, undo/redo of those edits, sorting
organizations by clicking a column header."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from missionplanner.services import people as people_service

PAGE_PEOPLE, PAGE_ORGANIZATIONS = 2, 3


def _answer(monkeypatch, button, seen=None):
    def fake(parent, title, text, *args, **kwargs):
        if seen is not None:
            seen.append(text)
        return button
    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake))


def _ohmura(db):
    return next(p for p in people_service.list_people(db) if p.get("native_name") == "大村秀章")


def _save(qtbot, editor):
    tasks = editor.parent().window().tasks
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    tasks.wait(20_000)  # the list is read again, and the undo step named, on the worker


def test_edit_a_person_from_the_list_then_undo_and_redo(qtbot, demo_window, demo_db):
    w = demo_window
    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    person = _ohmura(demo_db)
    w.people.select(person["id"])
    w.tasks.wait()
    w.people.table.setFocus()
    qtbot.keyClick(w.people.table, Qt.Key.Key_F2)
    w.tasks.wait()  # the editor opens once the person is read
    from missionplanner.ui.people_editor import PersonEditor

    editor = next(e for e in w.people.findChildren(PersonEditor) if e.isVisible())
    assert editor.widgets["native_name"].text() == "大村秀章"
    editor.widgets["given_name"].setText("Hideaki-san")
    editor.widgets["title"].setText("Governor (acting)")
    _save(qtbot, editor)
    stored = people_service.person_detail(demo_db, person["id"])
    assert stored["given_name"] == "Hideaki-san" and stored["title"] == "Governor (acting)"
    row = w.people.model.rows[w.people.model.find(person["id"])]
    assert "Hideaki-san" in row["name"]
    qtbot.waitUntil(lambda: "Hideaki-san" in w.people.detail.toPlainText())
    assert "Hideaki-san" in w.act_undo.text()
    w.activateWindow()  # the offscreen platform leaves no window active once the editor is gone
    qtbot.waitUntil(w.isActiveWindow)
    w.people.table.setFocus()
    qtbot.keyClick(w.people.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo
    w.tasks.wait()  # undo runs on the worker
    stored = people_service.person_detail(demo_db, person["id"])
    assert stored["given_name"] == "Hideaki" and stored["title"] == person["title"]
    assert "Hideaki-san" not in w.people.model.rows[w.people.model.find(person["id"])]["name"]
    w.act_redo.trigger()
    w.tasks.wait()
    assert people_service.person_detail(demo_db, person["id"])["given_name"] == "Hideaki-san"


def test_person_editor_opens_with_enter_and_from_the_button(qtbot, demo_window, demo_db):
    from missionplanner.ui.people_editor import PersonEditor

    w = demo_window
    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    w.people.select(_ohmura(demo_db)["id"])
    w.tasks.wait()
    assert w.people.edit_button.isVisible() and w.people.act_edit in w.people.table.actions()
    w.people.table.setFocus()
    qtbot.keyClick(w.people.table, Qt.Key.Key_Return)
    w.tasks.wait()
    editors = [e for e in w.people.findChildren(PersonEditor) if e.isVisible()]
    assert len(editors) == 1
    editors[0].done(0)
    qtbot.mouseClick(w.people.edit_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()
    assert [e for e in w.people.findChildren(PersonEditor) if e.isVisible()]


def test_change_a_persons_organization_and_undo(qtbot, demo_window, demo_db):
    w = demo_window
    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    person = _ohmura(demo_db)
    seoul = next(o for o in people_service.list_organizations(demo_db) if o["country"] == "KR")
    w.people.edit(person["id"])
    w.tasks.wait()  # read on the worker, then opened
    editor = w.people.editor
    combo = editor.widgets["organization_id"]
    combo.setCurrentIndex(combo.findData(seoul["id"]))
    _save(qtbot, editor)
    assert people_service.person_detail(demo_db, person["id"])["organization_id"] == seoul["id"]
    w.act_undo.trigger()
    w.tasks.wait()
    assert people_service.person_detail(demo_db, person["id"])["organization_id"] == person["organization_id"]


def test_invalid_person_edit_is_refused_beside_the_field(qtbot, demo_window, demo_db):
    w = demo_window
    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    person = _ohmura(demo_db)
    w.people.edit(person["id"])
    w.tasks.wait()  # read on the worker, then opened
    editor = w.people.editor
    editor.widgets["email"].setText("not an address")
    _save(qtbot, editor)
    assert editor.isVisible()
    assert editor.errors.labels["email"].isVisibleTo(editor)
    assert people_service.person_detail(demo_db, person["id"])["email"] == person.get("email", "")
    assert not w.act_undo.isEnabled()


def test_person_editor_asks_before_discarding_changes(qtbot, demo_window, demo_db, monkeypatch):
    w = demo_window
    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    w.people.edit(_ohmura(demo_db)["id"])
    w.tasks.wait()  # read on the worker, then opened
    editor = w.people.editor
    editor.widgets["family_name"].setText("Changed")
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    editor.reject()
    assert asked and editor.isVisible()
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()
    assert people_service.person_detail(demo_db, _ohmura(demo_db)["id"])["family_name"] == "Ohmura"


def test_stale_person_edit_offers_to_reload(qtbot, demo_window, demo_db, monkeypatch):
    w = demo_window
    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    person = _ohmura(demo_db)
    w.people.edit(person["id"])
    w.tasks.wait()  # read on the worker, then opened
    editor = w.people.editor
    people_service.update_person(demo_db, person["id"], title="Governor, re-elected")  # elsewhere
    editor.widgets["pronunciation"].setText("oh-mu-ra")
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    _save(qtbot, editor)
    assert asked and editor.isVisible()
    assert editor.widgets["title"].text() == "Governor, re-elected"
    editor.widgets["pronunciation"].setText("oh-mu-ra")
    _save(qtbot, editor)
    stored = people_service.person_detail(demo_db, person["id"])
    assert stored["pronunciation"] == "oh-mu-ra" and stored["title"] == "Governor, re-elected"


def test_edit_an_organization_then_undo(qtbot, demo_window, demo_db):
    w = demo_window
    w.show_page(PAGE_ORGANIZATIONS)
    w.tasks.wait()
    aichi = next(o for o in people_service.list_organizations(demo_db) if o["native_name"] == "愛知県")
    w.organizations.select(aichi["id"])
    w.tasks.wait()
    w.organizations.table.setFocus()
    qtbot.keyClick(w.organizations.table, Qt.Key.Key_Return)
    w.tasks.wait()  # the editor opens once the organization is read
    from missionplanner.ui.people_editor import OrganizationEditor

    editor = next(e for e in w.organizations.findChildren(OrganizationEditor) if e.isVisible())
    editor.widgets["city"].setText("Nagoya-shi")
    editor.widgets["website"].setText("https://www.pref.aichi.jp")
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: "Nagoya-shi" in w.organizations.detail.toPlainText(), timeout=5000)
    assert people_service.organization_detail(demo_db, aichi["id"])["city"] == "Nagoya-shi"
    w.act_undo.trigger()
    w.tasks.wait()
    w.show_page(PAGE_ORGANIZATIONS)
    w.tasks.wait()
    assert people_service.organization_detail(demo_db, aichi["id"])["city"] == "Nagoya"
    row = w.organizations.model.rows[w.organizations.model.find(aichi["id"])]
    assert row["city"] == "Nagoya" and not row["website"]


def test_sort_organizations_by_clicking_headers(qtbot, demo_window, demo_db):
    w = demo_window
    w.show_page(PAGE_ORGANIZATIONS)
    w.tasks.wait()
    table = w.organizations.table
    names = [r["name"] for r in w.organizations.model.rows]
    assert names == sorted(names, key=str.casefold)
    header = table.horizontalHeader()
    country = w.organizations.model.COLUMN_KEYS.index("country")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + _section_centre(header, country))
    w.tasks.wait()
    countries = [r["country"] for r in w.organizations.model.rows]
    assert countries == sorted(countries) and header.sortIndicatorSection() == country
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + _section_centre(header, country))
    w.tasks.wait()
    countries = [r["country"] for r in w.organizations.model.rows]
    assert countries == sorted(countries, reverse=True) and countries[0] == "KR"
    w.organizations.filter.setText("district")
    w.organizations.refresh()
    w.tasks.wait()
    assert [r["country"] for r in w.organizations.model.rows] == ["JP", "BE"]


def _section_centre(header, section):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_organizations_sort_in_the_service_a_page_at_a_time(demo_db):
    first = people_service.page_organizations(demo_db, 0, 2, sort="country", descending=True)
    rest = people_service.page_organizations(demo_db, 2, 10, sort="country", descending=True)
    everything = first + rest
    assert [o["country"] for o in everything] == sorted((o["country"] for o in everything), reverse=True)
    assert len({o["id"] for o in everything}) == len(people_service.list_organizations(demo_db))


# Service messages are shown in the interface language --------------------------------------------

class _FakeFrench:
    TEXTS = {"is required and may not be empty": "est obligatoire et ne peut pas être vide",
             "Family name is required": "Le nom de famille est obligatoire",
             "%1 is not an e-mail address": "%1 n'est pas une adresse e-mail",
             "this %1 was changed by someone else since you opened it (your copy: version %2, stored: "
             "version %3); reload it and apply your change again":
                 "cette fiche (%1) a été modifiée entre-temps (votre copie : version %2, enregistrée : "
                 "version %3) ; rechargez-la",
             "person": "personne", "Family name": "Nom de famille"}


def _install_fake_french(qapp):
    from PySide6.QtCore import QTranslator

    class Translator(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return _FakeFrench.TEXTS.get(source, "") if context == "ServiceMessages" else ""

        def isEmpty(self):
            return False

    translator = Translator()
    qapp.installTranslator(translator)
    return translator


def test_person_editor_shows_the_error_in_the_interface_language(qtbot, qapp, demo_window, demo_db):
    w = demo_window
    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    translator = _install_fake_french(qapp)
    try:
        w.people.edit(_ohmura(demo_db)["id"])
        w.tasks.wait()  # read on the worker, then opened
        editor = w.people.editor
        editor.widgets["family_name"].setText("")
        _save(qtbot, editor)
        # Said with its subject, under the field (issue 17).
        assert editor.errors.labels["family_name"].text() == "Le nom de famille est obligatoire"
        editor.done(0)
    finally:
        qapp.removeTranslator(translator)


# Deleting asks, says what goes, and can be undone ------------------------------------------------

def test_delete_a_person_says_what_goes_and_undo_brings_them_back(qtbot, demo_window, demo_db, monkeypatch):
    from missionplanner.services import agreements as agreement_service

    w = demo_window
    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    person = _ohmura(demo_db)
    w.people.select(person["id"])
    w.tasks.wait()
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    qtbot.mouseClick(w.people.delete_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()  # what goes with them is read on the worker before the question
    assert asked and "OHMURA" in asked[0] and "1 agreement signature" in asked[0]
    assert w.people.model.find(person["id"]) >= 0
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    w.people.delete()
    w.tasks.wait()  # the question, then the deletion, on the worker
    assert w.people.model.find(person["id"]) < 0
    assert "delete person" in w.act_undo.text()
    w.act_undo.trigger()
    w.tasks.wait()
    w.people.select(person["id"])
    w.tasks.wait()
    assert w.people.model.find(person["id"]) >= 0
    qtbot.waitUntil(lambda: "大村秀章" in w.people.detail.toPlainText())
    aichi_agreement = next(a for a in agreement_service.list_agreements(demo_db) if "Aichi" in a["title"])
    assert person["id"] in [p["id"] for p in aichi_agreement["signatories"]]
    w.act_redo.trigger()
    w.tasks.wait()
    assert person["id"] not in [p["id"] for p in people_service.list_people(demo_db)]


def test_delete_an_organization_then_undo(qtbot, demo_window, demo_db, monkeypatch):
    w = demo_window
    w.show_page(PAGE_ORGANIZATIONS)
    w.tasks.wait()
    aichi = next(o for o in people_service.list_organizations(demo_db) if o["native_name"] == "愛知県")
    w.organizations.select(aichi["id"])
    w.tasks.wait()
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    qtbot.mouseClick(w.organizations.delete_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()
    assert "2 affiliation" in asked[0] and "1 agreement" in asked[0]
    assert w.organizations.model.find(aichi["id"]) < 0
    w.act_undo.trigger()
    w.tasks.wait()
    w.show_page(PAGE_ORGANIZATIONS)
    w.tasks.wait()
    assert w.organizations.model.find(aichi["id"]) >= 0
    assert len(people_service.list_people(demo_db, organization_id=aichi["id"])) == 2


def test_create_a_person_and_an_organization_then_undo(qtbot, demo_window, demo_db):
    w = demo_window
    w.show_page(PAGE_ORGANIZATIONS)
    w.tasks.wait()
    qtbot.mouseClick(w.organizations.new_button, Qt.MouseButton.LeftButton)
    from missionplanner.ui.people_editor import OrganizationEditor, PersonEditor

    editor = next(e for e in w.organizations.findChildren(OrganizationEditor) if e.isVisible())
    editor.widgets["name"].setText("Gyeonggi Province")
    editor.widgets["native_name"].setText("경기도")
    editor.widgets["country"].setText("kr")
    _save(qtbot, editor)
    org = next(o for o in people_service.list_organizations(demo_db) if o["name"] == "Gyeonggi Province")
    assert org["country"] == "KR" and w.organizations.current_id() == org["id"]

    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    w.people.filter.setText("nobody matches this")
    qtbot.mouseClick(w.people.new_button, Qt.MouseButton.LeftButton)
    w.tasks.wait()
    editor = next(e for e in w.people.findChildren(PersonEditor) if e.isVisible())
    editor.widgets["family_name"].setText("Kim")
    editor.widgets["given_name"].setText("Dong-yeon")
    editor.widgets["native_name"].setText("김동연")
    combo = editor.widgets["organization_id"]
    combo.setCurrentIndex(combo.findData(org["id"]))
    _save(qtbot, editor)
    person = people_service.person_detail(demo_db, w.people.current_id())
    assert person["native_name"] == "김동연" and person["name_order"] == "eastern"
    assert person["organization_id"] == org["id"] and "KIM Dong-yeon" == person["name"]
    assert "create person" in w.act_undo.text()
    w.act_undo.trigger()
    w.tasks.wait()
    assert all(p["family_name"] != "Kim" for p in people_service.list_people(demo_db))
    w.act_redo.trigger()
    w.tasks.wait()
    assert people_service.person_detail(demo_db, person["id"])["organization_id"] == org["id"]
    w.act_undo.trigger()
    w.tasks.wait()
    w.act_undo.trigger()
    w.tasks.wait()
    assert all(o["name"] != "Gyeonggi Province" for o in people_service.list_organizations(demo_db))


def test_the_delete_action_deletes_the_selected_organization(qtbot, demo_window, demo_db, monkeypatch):
    w = demo_window
    w.show_page(PAGE_ORGANIZATIONS)
    w.tasks.wait()
    aichi = next(o for o in people_service.list_organizations(demo_db) if o["native_name"] == "愛知県")
    w.organizations.select(aichi["id"])
    w.tasks.wait()
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    w.act_delete.trigger()
    w.tasks.wait()
    assert asked and "1 agreement" in asked[0]
    assert aichi["id"] not in [o["id"] for o in people_service.list_organizations(demo_db)]


def test_the_editor_says_it_is_saving_until_the_worker_has_written(qtbot, demo_window, demo_db):
    """The save waits behind other work on the worker: meanwhile the dialog says "Saving…", its
    buttons are disabled and Escape does not close it; it closes once the change is written."""
    import threading

    w = demo_window
    w.show_page(PAGE_PEOPLE)
    w.tasks.wait()
    person = _ohmura(demo_db)
    w.people.edit(person["id"])
    w.tasks.wait()
    editor = w.people.editor
    editor.widgets["pronunciation"].setText("oh-mu-ra")
    release = threading.Event()
    w.tasks.run(lambda: release.wait(20))  # the worker is busy with something else
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert editor.saving.status.isVisible() and editor.saving.status.text() == "Saving…"
    assert not editor.buttons.isEnabled()
    editor.reject()  # Escape
    assert editor.isVisible()
    assert people_service.person_detail(demo_db, person["id"])["pronunciation"] != "oh-mu-ra"
    closed = []
    editor.finished.connect(lambda result: closed.append(result))
    release.set()
    w.tasks.wait()
    assert closed == [1]  # accepted (and the editor deleted since)
    assert people_service.person_detail(demo_db, person["id"])["pronunciation"] == "oh-mu-ra"
