"""The main window: sidebar, pages, menus, toolbar, quick search, remembered layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from . import settings
from .tasks import TaskScope

# Pages, dialogs and the services behind them are imported when first needed: the window's shell
# (sidebar, menus, toolbar) paints before SQLAlchemy or any page module is imported. Nor does the
# shell touch the Qt namespace (PySide6.QtCore.Qt): PySide6 builds its 94 Python enums on first
# use, some 50 ms that can come after the first paint. Where the shell needs one of its values, it
# sets the Qt property by the enum key's name (setProperty("alignment", "AlignCenter")), which Qt's
# property system converts in C++.
if TYPE_CHECKING:
    from .print_dialog import PrintDialog
    from .search_dialog import SearchDialog

PAGE_MISSIONS, PAGE_AGENDA, PAGE_PEOPLE, PAGE_ORGANIZATIONS, PAGE_AGREEMENTS, PAGE_FOLLOWUPS = range(6)
PAGE_COUNT = 6


def _name_step(action: QAction, prefix: str, step: str, short: str) -> None:
    """Undo/Redo: the Edit menu names the step in full ("Undo move meeting “…”"), the toolbar says
    just "Undo" (a sentence there pushed Search and Briefing pack off a 1024-pixel window) with
    the full text and the shortcut in its tooltip."""
    full = f"{prefix} {step}" if step else prefix
    action.setText(full)
    action.setIconText(short)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    plain = full.replace("&&", "\0").replace("&", "").replace("\0", "&")
    action.setToolTip(f"{plain} ({keys})" if keys else plain)


class MainWindow(QMainWindow):
    """The main window: the frame (menus, toolbar, sidebar, status bar, banner, page switching,
    quitting) around six pages, each owning its flows (new, edit, delete, undo). Built with a
    planner, it works on it at once (tests, scripts). Built without one (ui.app.start_window), it is
    a shell that paints at once; `attach(planner)` then gives it its data. Pages are created the
    first time they are shown."""

    # The page on screen has its list filled from the database (what the user waits for at start).
    first_list_filled = Signal()
    # Then everything is attached: undo history, file and Tools actions, reminders (the start's end).
    ready = Signal()
    # The window has closed, after its background jobs ended (see closeEvent).
    closed = Signal()
    # On the cabinet's server: another session committed a change (emitted from the listener's
    # thread, delivered on the GUI thread).
    colleagues_changed = Signal()

    def __init__(self, planner=None, parent=None):
        super().__init__(parent)
        self.planner = None
        self.home_zone = settings.get(settings.HOME_ZONE)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Mission Planner"))
        self.tasks = TaskScope(self)  # this window's jobs, on the application's one runner
        self._closing = self._finishing = self._closed_emitted = False
        self.history = self.files = self.tools = self.reminder = self.meeting_reminder = self.listener = None
        self.sync_actions = None
        self._pages: dict[int, QWidget] = {}
        self._stale: set[int] = set(range(PAGE_COUNT))
        self._generation = 0  # counts refresh_all() calls: rows read before one are stale
        self._first_paint_callbacks: list = []
        self._rest_of_missions = (0, False)  # after the first screen of missions: (generation, more)
        self._early_first_screen: tuple[int, bool] | None = None  # shown before attach(): same

        self.stack = QStackedWidget()
        for _ in range(PAGE_COUNT):  # each page replaces its placeholder when first shown
            self.stack.addWidget(self._placeholder())

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setIconSize(QSize(20, 20))
        style = self.style()
        icons = (QStyle.StandardPixmap.SP_DirHomeIcon, QStyle.StandardPixmap.SP_FileDialogDetailedView,
                 QStyle.StandardPixmap.SP_DirIcon, QStyle.StandardPixmap.SP_DriveNetIcon,
                 QStyle.StandardPixmap.SP_FileIcon, QStyle.StandardPixmap.SP_DialogApplyButton)
        for icon in icons:
            self.sidebar.addItem(QListWidgetItem(style.standardIcon(icon), ""))
        self._overdue = 0
        self._overdue_marked = False
        self._label_sidebar()
        self.sidebar.setMaximumWidth(320)
        self.sidebar.currentRowChanged.connect(self._page_changed)

        self.banner = QWidget()
        self.banner.setObjectName("reminderBanner")
        self.banner.setStyleSheet("#reminderBanner { background: #fff4ce; border: 1px solid #e0c060; }")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        close = QPushButton(self.tr("Dismiss"))
        close.clicked.connect(self.banner.hide)
        bl = QHBoxLayout(self.banner)
        bl.addWidget(self.banner_text, 1)
        bl.addWidget(close)
        self.banner.hide()

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.banner)
        rv.addWidget(self.stack, 1)
        split = QSplitter()  # horizontal
        split.setObjectName("mainSplitter")
        split.addWidget(self.sidebar)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setCollapsible(0, False)
        split.setSizes([self.sidebar.minimumWidth(), 1000])
        self.setCentralWidget(split)

        self._actions()
        self._menus()
        self._toolbar()
        self.resize(1200, 760)
        self.restore_layout()
        if planner is not None:
            self.attach(planner)
        else:
            self.statusBar().showMessage(self.tr("Opening the database…"))

    def _placeholder(self) -> QWidget:
        label = QLabel(self.tr("Opening the database…"))
        label.setProperty("alignment", "AlignCenter")
        label.setEnabled(False)
        return label

    def attach(self, planner, *, in_background: bool = False) -> None:
        """Work on `planner`: the page on screen is filled (`first_list_filled`), then the undo history,
        file and Tools actions and reminders are set up and `ready` is emitted.

        `in_background` (the application's start): the missions list's first screen is read on the
        worker thread while its page is built, then the rest of the missions on the worker while
        the list is on screen; the rest of the window waits until the list is filled and has had a
        chance to paint, and the overdue count is read on the worker."""
        self.planner = planner
        if self._closing:  # asked to quit while the database was opening: set nothing up
            return
        if not in_background:
            self._attach_rest()
            self.refresh_all()
            self.first_list_filled.emit()
            self.ready.emit()
            return
        self._stale = set(range(PAGE_COUNT))
        index = self.stack.currentIndex()
        if self._early_first_screen is not None and PAGE_MISSIONS in self._pages:
            # The first screen is on screen already (show_first_screen): the rest as in _first_rows.
            self._stale.discard(PAGE_MISSIONS)
            self.missions.attach_planner(planner)
            self._rest_of_missions, self._early_first_screen = self._early_first_screen, None
            QTimer.singleShot(0, self, self._after_first_rows)
            QTimer.singleShot(0, self, self._finish_start)
        elif index == PAGE_MISSIONS:
            from ..services import first_screen

            generation = self._generation
            self.tasks.run(planner.missions.list, first_screen.FIRST_MISSIONS,
                           on_done=lambda rows: self._first_rows(rows, generation),
                           on_failed=self._first_rows_failed)
            self._stale.discard(PAGE_MISSIONS)
            self.missions.setEnabled(False)  # on screen, empty, until its rows come
        else:
            self._refresh_page(index)
            self._first_list_done()

    def show_first_screen(self, rows: list[dict] | None) -> bool:
        """At the start, before any database is attached: fill the missions list, on screen, with
        the first screen of missions read without SQLAlchemy (services.first_screen.first_screen),
        and emit `first_list_filled`; attach() then goes on from there. Returns whether it did
        (not without rows, nor when another page is on screen)."""
        if rows is None or self.planner is not None or self.stack.currentIndex() != PAGE_MISSIONS:
            return False
        from ..services import first_screen  # no SQLAlchemy in it

        self._install_page(PAGE_MISSIONS).refresh(rows)
        self._early_first_screen = (self._generation, len(rows) >= first_screen.FIRST_MISSIONS)
        self.first_list_filled.emit()
        return True

    def _first_rows(self, rows: list[dict], generation: int) -> None:
        from ..services import first_screen

        page = self.missions
        page.setEnabled(True)
        more = False
        if generation == self._generation:  # nothing reloaded the list meanwhile
            page.refresh(rows)
            more = len(rows) >= first_screen.FIRST_MISSIONS  # a first screen: the rest comes next
        # Once the list has painted (work on the worker meanwhile would hold the interpreter lock
        # the filling and painting need): the ORM's mappers, then the rest of the missions.
        self._rest_of_missions = (generation, more)
        QTimer.singleShot(0, self, self._after_first_rows)
        self._first_list_done()

    def _after_first_rows(self) -> None:
        generation, more = self._rest_of_missions
        if more and generation == self._generation:
            self.tasks.run(self.planner.missions.list,
                           on_done=lambda rows: self._rest_rows(rows, generation),
                           on_failed=self._rest_rows_failed)

    def _rest_rows(self, rows: list[dict], generation: int) -> None:
        if generation == self._generation:  # else a reload read them all meanwhile
            self.missions.complete(rows)

    def _rest_rows_failed(self, exc: BaseException) -> None:
        self._stale.add(PAGE_MISSIONS)  # read again when next shown
        self.show_banner(str(exc))

    def _first_rows_failed(self, exc: BaseException) -> None:
        self.missions.setEnabled(True)
        self._stale.add(PAGE_MISSIONS)
        self.show_banner(str(exc))
        self._first_list_done()

    def _first_list_done(self) -> None:
        self.first_list_filled.emit()
        QTimer.singleShot(0, self, self._finish_start)  # after the list has painted

    def _finish_start(self) -> None:
        self._attach_rest()
        self.tasks.run(self.planner.followups.count_overdue, home_tz=self.home_zone,
                       on_done=self._overdue_changed)
        self.ready.emit()

    def _attach_rest(self) -> None:
        """The undo history, the file and Tools actions and the reminders, over self.planner."""
        from .file_actions import FileActions
        from .reminders import DailyReminder, MeetingReminder
        from .safety_actions import SafetyActions
        from .undo import EditHistory

        planner = self.planner
        for action in self._db_actions:
            action.setEnabled(action not in (self.act_undo, self.act_redo))
        self.history = EditHistory(planner, self)
        self.history.notifier.data_changed.connect(self.refresh_all)
        self.history.notifier.failed.connect(
            lambda text: QMessageBox.warning(self, self.tr("Undo"), text))
        # What QUndoStack.createUndoAction/createRedoAction do, on the actions the shell placed.
        h = self.history
        h.canUndoChanged.connect(self.act_undo.setEnabled)
        h.canRedoChanged.connect(self.act_redo.setEnabled)
        h.undoTextChanged.connect(self._undo_text)
        h.redoTextChanged.connect(self._redo_text)
        self.act_undo.triggered.connect(h.undo)
        self.act_redo.triggered.connect(h.redo)
        self.act_undo.setEnabled(h.canUndo())
        self.act_redo.setEnabled(h.canRedo())
        self._undo_text(h.undoText())
        self._redo_text(h.redoText())
        self.files = FileActions(self)
        self.tools = SafetyActions(self, file_menu=self.file_menu, before=self.act_quit)
        if PAGE_PEOPLE in self._pages:  # a page made later gets its Tools buttons when it is made
            self.tools.add_people_page_actions(self._pages[PAGE_PEOPLE])
        bar = self.menuBar()  # Help stays the last menu, whatever was added since
        bar.removeAction(self.help_menu.menuAction())
        bar.addAction(self.help_menu.menuAction())
        self.reminder = DailyReminder(planner, self.home_zone, self.windowIcon() or QIcon(), self)
        self.reminder.banner.connect(self.show_banner)
        self.meeting_reminder = MeetingReminder(planner, self.reminder.tray, self)
        self.meeting_reminder.banner.connect(self.show_banner)
        if planner.sync.is_replica():  # a laptop's copy of the cabinet's server
            from .sync_actions import SyncActions

            self.sync_actions = SyncActions(self, menu=self.tools.menu)
        self._listen_to_colleagues()
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    def _listen_to_colleagues(self) -> None:
        """On the cabinet's server, what a colleague saves shows here within a second or two: the
        page on screen reads its list again (the others when next shown). A burst of saves (an
        import) is one refresh."""
        if self.listener is not None:  # another database opened in this window
            self.listener.stop()
        else:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(400)
            timer.timeout.connect(self._show_colleagues_changes)
            self.colleagues_changed.connect(timer.start)
        self.listener = self.planner.listen_for_changes(self.colleagues_changed.emit)

    def _show_colleagues_changes(self) -> None:
        if self._closing:
            return
        self.refresh_all()
        self.statusBar().showMessage(self.tr("Updated with a colleague’s changes"), 4000)

    def _undo_text(self, text: str) -> None:
        _name_step(self.act_undo, self._undo_prefix, text, self.tr("Undo"))

    def _redo_text(self, text: str) -> None:
        _name_step(self.act_redo, self._redo_prefix, text, self.tr("Redo"))

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.Paint and self._first_paint_callbacks:
            callbacks, self._first_paint_callbacks = self._first_paint_callbacks, []
            for callback in callbacks:  # once the paint has reached the screen
                QTimer.singleShot(0, self, callback)
        return super().event(event)

    def after_first_paint(self, callback, fallback_ms: int = 500) -> None:
        """Call `callback` once the window has first painted (or after `fallback_ms`, should no paint
        come, e.g. a window started minimised)."""
        done = []

        def once() -> None:
            if not done:
                done.append(True)
                callback()

        self._first_paint_callbacks.append(once)
        QTimer.singleShot(fallback_ms, self, once)

    # Pages --------------------------------------------------------------------------------------
    def _page(self, index: int):
        page = self._pages.get(index)
        if page is not None or self.planner is None:
            return page
        return self._install_page(index)

    def _install_page(self, index: int):
        """Make the page and put it in place of its placeholder."""
        page = self._make_page(index)
        self._pages[index] = page
        placeholder, current = self.stack.widget(index), self.stack.currentIndex()
        self.stack.removeWidget(placeholder)
        self.stack.insertWidget(index, page)
        self.stack.setCurrentIndex(current)
        placeholder.deleteLater()
        for split in page.findChildren(QSplitter):
            saved = settings.get(settings.Setting(settings.SPLITTERS + split.objectName(), b"", bytes))
            if split.objectName() and saved:
                split.restoreState(saved)
        if index == PAGE_PEOPLE and self.tools is not None:
            self.tools.add_people_page_actions(page)
        return page

    def _make_page(self, index: int) -> QWidget:
        planner = self.planner
        if index == PAGE_MISSIONS:
            from .missions_page import MissionsPage

            page = MissionsPage(planner, tasks=self.tasks)
            page.changed.connect(self.refresh_all)
            page.saved.connect(lambda mid: self.agenda.show_mission(mid))
            page.open_agenda.connect(self.open_agenda)
        elif index == PAGE_AGENDA:
            from .agenda_page import AgendaPage

            page = AgendaPage(planner, self.tasks)
            page.changed.connect(self.refresh_all)
            page.meeting_saved.connect(lambda _mid: self.show_page(PAGE_AGENDA))
            page.mission_changed.connect(lambda mid: settings.put(settings.LAST_MISSION, mid))
            page.preferred = settings.get(settings.LAST_MISSION) or None
        elif index in (PAGE_PEOPLE, PAGE_ORGANIZATIONS):
            from .people_page import OrganizationsPage, PeoplePage

            page = PeoplePage(planner) if index == PAGE_PEOPLE else OrganizationsPage(planner)
        elif index == PAGE_AGREEMENTS:
            from .agreements_page import AgreementsPage

            page = AgreementsPage(planner)
            page.changed.connect(self.refresh_all)
        else:
            from .followups_page import FollowupsPage

            page = FollowupsPage(planner)
            page.overdue_changed.connect(self._overdue_changed)
        if index in (PAGE_PEOPLE, PAGE_FOLLOWUPS):
            page.home_zone = self.home_zone
        return page

    missions = property(lambda self: self._page(PAGE_MISSIONS))
    agenda = property(lambda self: self._page(PAGE_AGENDA))
    people = property(lambda self: self._page(PAGE_PEOPLE))
    organizations = property(lambda self: self._page(PAGE_ORGANIZATIONS))
    agreements = property(lambda self: self._page(PAGE_AGREEMENTS))
    followups = property(lambda self: self._page(PAGE_FOLLOWUPS))

    # Building -----------------------------------------------------------------------------------
    def _label_sidebar(self) -> None:
        names = (self.tr("Missions"), self.tr("Agenda"), self.tr("People"), self.tr("Organizations"),
                 self.tr("Agreements"))
        for i, name in enumerate(names):
            self.sidebar.item(i).setText(name)
        item = self.sidebar.item(PAGE_FOLLOWUPS)
        if self._overdue:
            from PySide6.QtCore import Qt

            item.setText(self.tr("Follow-ups (%1 overdue)").replace("%1", str(self._overdue)))
            item.setForeground(Qt.GlobalColor.darkRed)
            self._overdue_marked = True
        else:
            item.setText(self.tr("Follow-ups"))
            if self._overdue_marked:  # (the Qt namespace was built when the item was coloured)
                from PySide6.QtCore import Qt

                item.setData(Qt.ItemDataRole.ForegroundRole, None)
                self._overdue_marked = False
        self.sidebar.setMinimumWidth(max(190, self.sidebar.sizeHintForColumn(0) + 30))

    def _action(self, text: str, slot, shortcut=None, icon=None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # setShortcuts: a standard key gets every binding the platform has for it (as
            # QUndoStack's actions do); and PySide6 resolves setShortcut's overloads through the Qt
            # namespace, which the shell leaves for after the first paint.
            action.setShortcuts(shortcut if isinstance(shortcut, (list, QKeySequence.StandardKey)) else [shortcut])
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new_mission = self._action(self.tr("&New mission…"), self.new_mission,
                                            QKeySequence.StandardKey.New, sp.SP_FileDialogNewFolder,
                                            self.tr("Create a mission"))
        self.act_new_meeting = self._action(self.tr("New &meeting…"), self.new_meeting,
                                            QKeySequence("Ctrl+Shift+N"), sp.SP_FileIcon,
                                            self.tr("Schedule a meeting in the current mission"))
        self.act_import = self._action(self.tr("&Import mission file…"), self.import_file,
                                       QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton)
        self.act_export = self._action(self.tr("&Export mission file…"), self.export_file,
                                       QKeySequence.StandardKey.SaveAs, sp.SP_DialogSaveButton)
        self.act_import_ics = self._action(self.tr("Import &calendar (.ics)…"), lambda: self.files.import_calendar())
        self.act_export_ics = self._action(self.tr("Export calen&dar (.ics)…"), lambda: self.files.export_calendar())
        self.act_import_contacts = self._action(self.tr("Import con&tacts (CSV, XLSX)…"),
                                                lambda: self.files.import_contacts())
        self.act_brief = self._action(self.tr("&Briefing pack…"), lambda: self.print_document("briefing"),
                                      QKeySequence.StandardKey.Print, sp.SP_FileDialogContentsView)
        self.act_report = self._action(self.tr("&Outcome report…"), lambda: self.print_document("report"),
                                       QKeySequence("Ctrl+Shift+P"))
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self._undo_prefix, self._redo_prefix = self.tr("&Undo"), self.tr("&Redo")
        self.act_undo = QAction(self._undo_prefix, self)  # bound to the undo history by attach()
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_undo.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.act_redo = QAction(self._redo_prefix, self)
        self.act_redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.act_redo.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.act_search = self._action(self.tr("&Search…"), self.open_search,
                                       [QKeySequence("Ctrl+K"), QKeySequence.StandardKey.Find],
                                       sp.SP_FileDialogContentsView, self.tr("Search everything"))
        self.act_edit_mission = self._action(self.tr("Edit &mission…"), self.edit_current_mission,
                                             QKeySequence("Ctrl+E"))
        self.act_delete = self._action(self.tr("&Delete…"), self.delete_current,
                                       QKeySequence.StandardKey.Delete)
        self.act_delete.setProperty("shortcutContext", "WidgetWithChildrenShortcut")
        self.act_outcome = self._action(self.tr("&Log outcome…"), self.log_current_outcome,
                                        QKeySequence("Ctrl+L"))
        self.act_prefs = self._action(self.tr("&Preferences…"), self.preferences,
                                      QKeySequence.StandardKey.Preferences)
        self.act_refresh = self._action(self.tr("&Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh,
                                        sp.SP_BrowserReload)
        self.act_about = self._action(self.tr("&About Mission Planner"), self.about)
        self.page_actions = []
        for i in range(6):
            a = self._action("", lambda i=i: self.show_page(i), QKeySequence(f"Ctrl+{i + 1}"))
            self.page_actions.append(a)
        # Shortcuts work whether or not the menu holding the action was ever opened.
        self.addActions([self.act_new_mission, self.act_new_meeting, self.act_import, self.act_export,
                         self.act_brief, self.act_report, self.act_quit, self.act_undo, self.act_redo,
                         self.act_search, self.act_edit_mission, self.act_outcome, self.act_prefs,
                         self.act_refresh, *self.page_actions])
        self.stack.addAction(self.act_delete)
        # Until the database is open, only what needs no data answers.
        self._db_actions = [a for a in self.findChildren(QAction)
                            if a.parent() is self and a not in (self.act_quit, *self.page_actions)]
        if self.planner is None:
            for action in self._db_actions:
                action.setEnabled(False)

    def _menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(self.tr("&File"))
        for a in (self.act_new_mission, self.act_new_meeting, None, self.act_import, self.act_export, None,
                  self.act_import_ics, self.act_export_ics, self.act_import_contacts, None,
                  self.act_brief, self.act_report, None, self.act_quit):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for a in (self.act_undo, self.act_redo, None, self.act_edit_mission, self.act_outcome,
                  self.act_delete, None, self.act_search, None, self.act_prefs):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        view_menu = bar.addMenu(self.tr("&View"))
        for i, a in enumerate(self.page_actions):
            a.setText(self.sidebar.item(i).text() if i != PAGE_FOLLOWUPS else self.tr("Follow-ups"))
            view_menu.addAction(a)
        view_menu.addSeparator()
        view_menu.addAction(self.act_refresh)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.act_about)

    def _toolbar(self) -> None:
        tb = QToolBar(self.tr("Main toolbar"))
        tb.setObjectName("mainToolbar")
        tb.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        for a in (self.act_new_mission, self.act_new_meeting, None, self.act_undo, self.act_redo, None,
                  self.act_search, self.act_brief):
            tb.addSeparator() if a is None else tb.addAction(a)
        self.addToolBar(tb)
        self.toolbar = tb

    # Layout memory ------------------------------------------------------------------------------
    def restore_layout(self) -> None:
        geometry = settings.get(settings.GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = settings.get(settings.STATE)
        if state:
            self.restoreState(state)
        for split in self.findChildren(QSplitter):  # pages restore theirs when they are made
            saved = settings.get(settings.Setting(settings.SPLITTERS + split.objectName(), b"", bytes))
            if split.objectName() and saved:
                split.restoreState(saved)
        self.show_page(settings.get(settings.LAST_PAGE))

    def save_layout(self) -> None:
        settings.put(settings.GEOMETRY, self.saveGeometry())
        settings.put(settings.STATE, self.saveState())
        settings.put(settings.LAST_PAGE, self.stack.currentIndex())
        for split in self.findChildren(QSplitter):
            if split.objectName():
                settings.put(settings.Setting(settings.SPLITTERS + split.objectName(), b"", bytes),
                             split.saveState())

    def closeEvent(self, event) -> None:
        """Closing cancels this window's jobs; while one still runs, the window stays up in a
        visible "finishing" state (event loop running, nothing blocked) and closes itself once
        they all ended. `closed` is emitted then: the session can end after the last job."""
        if not self._closing:
            self._closing = True
            self.save_layout()
            if self.listener is not None:
                self.listener.stop()  # its thread ends by itself within a second; nobody waits for it
            self.tasks.close()  # cancel what can be cancelled; start nothing new
        if self.tasks.busy():
            event.ignore()
            if not self._finishing:
                self._finishing = True
                for part in (self.centralWidget(), self.menuBar(), *self.findChildren(QToolBar)):
                    part.setEnabled(False)
                self.statusBar().showMessage(self.tr("Finishing the work in progress…"))
                self.tasks.when_idle(self._jobs_finished)
            return
        super().closeEvent(event)
        if not self._closed_emitted:
            self._closed_emitted = True
            self.closed.emit()

    def _jobs_finished(self) -> None:
        QTimer.singleShot(0, self, self.close)  # once the last result was handed over

    @property
    def closing(self) -> bool:
        """Whether the window was asked to close (it may still be finishing its jobs)."""
        return self._closing

    # Navigation ---------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        index = index if 0 <= index < self.stack.count() else 0
        self.sidebar.setCurrentRow(index)

    def _page_changed(self, index: int) -> None:
        self._refresh_page(index)  # makes the page the first time (once the database is open)
        self.stack.setCurrentIndex(index)

    def open_agenda(self, mission_id: str) -> None:
        self.agenda.show_mission(mission_id)
        self.show_page(PAGE_AGENDA)

    def _overdue_changed(self, n: int) -> None:
        self._overdue = n
        self._label_sidebar()
        split, wanted = self.centralWidget(), self.sidebar.minimumWidth()
        if split.sizes()[0] < wanted:  # "Follow-ups (12 overdue)" needs more room than "Follow-ups"
            split.setSizes([wanted, max(1, sum(split.sizes()) - wanted)])

    def current_page(self) -> QWidget | None:
        """The page in view (None while it is still a placeholder)."""
        return self._pages.get(self.stack.currentIndex())

    def pages(self) -> list:
        """Every page, each made now if it was not yet."""
        return [self._page(i) for i in range(PAGE_COUNT)]

    def refresh_all(self) -> None:
        """After a change: the page on screen reloads now, the others the next time they are shown
        (a large database would otherwise fill six pages before the window could answer)."""
        self._stale = set(range(PAGE_COUNT))
        self._generation += 1
        if self.planner is None:
            return
        self._refresh_page(self.stack.currentIndex())
        self.tasks.run(self.planner.followups.count_overdue, home_tz=self.home_zone,
                       on_done=self._overdue_changed)

    def _refresh_page(self, index: int) -> None:
        if index not in self._stale or self.planner is None:
            return
        self._stale.discard(index)
        page = self._page(index)
        if index == PAGE_AGENDA:
            page.refresh_missions()
        else:
            page.refresh()

    def show_banner(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.show()

    def current_mission_id(self) -> str | None:
        if self.planner is None:
            return None
        if self.stack.currentIndex() == PAGE_MISSIONS:
            return self.missions.current_id()
        if PAGE_MISSIONS not in self._pages:  # started on another page: the newest mission, as then
            self._refresh_page(PAGE_MISSIONS)
        return self.agenda.mission_id() or self.missions.current_id()

    # Search -------------------------------------------------------------------------------------
    def open_search(self) -> SearchDialog:
        from PySide6.QtCore import Qt

        from .search_dialog import SearchDialog

        dialog = SearchDialog(self.planner, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.go_to)
        dialog.setModal(True)
        dialog.show()
        dialog.query.setFocus()
        self.search_dialog = dialog
        return dialog

    def go_to(self, kind: str, record_id: str) -> None:
        if kind == "mission":
            self.show_page(PAGE_MISSIONS)
            self.missions.filter.clear()
            self.missions.select(record_id)
        elif kind == "meeting":
            from .query_op import QueryOp

            def show(meeting: dict) -> None:
                self.open_agenda(meeting["mission_id"])
                self.agenda.select_meeting(record_id)
            QueryOp(self, op=lambda planner: planner.meetings.get(record_id), success=show).run()
        elif kind == "person":
            self.show_page(PAGE_PEOPLE)
            if self.people.filter.text():
                self.people.filter.clear()
                self.people.refresh()
            self.people.select(record_id)
        elif kind == "organization":
            self.show_page(PAGE_ORGANIZATIONS)
            self.organizations.filter.clear()
            self.organizations.select(record_id)
        elif kind == "agreement":
            self.show_page(PAGE_AGREEMENTS)
            self.agreements.filter.clear()
            self.agreements.select(record_id)
        elif kind == "followup":
            self.show_page(PAGE_FOLLOWUPS)
            self.followups.select(record_id)

    # Commands of the menus, carried out by the page that owns them --------------------------------
    def new_mission(self):
        return self.missions.new()

    def new_meeting(self):
        """File ▸ New meeting: in the mission in view."""
        return self.agenda.new(self.current_mission_id())

    def edit_current_mission(self) -> None:
        mid = self.current_mission_id()
        if mid:
            self.missions.edit(mid)

    def log_current_outcome(self) -> None:
        self.agenda.log_outcome()

    def delete_current(self) -> None:
        """Edit ▸ Delete: the page in view asks and deletes what is selected on it."""
        delete = getattr(self.current_page(), "delete", None)
        if delete is not None:  # (follow-ups are done or reopened, not deleted)
            delete()

    # Files and printing -------------------------------------------------------------------------
    def import_file(self) -> None:
        self.files.import_mission()

    def export_file(self) -> None:
        self.files.export_mission()

    def print_document(self, kind: str) -> PrintDialog | None:
        """The print dialog on the selected mission, from its row in the missions list."""
        mid = self.current_mission_id()
        if not mid:
            QMessageBox.information(self, self.tr("Print"), self.tr("Select a mission first."))
            return None
        row = self.missions.model.row(self.missions.model.find(mid))  # (the list read on the worker)
        if row is None:  # not in the list yet: read it there first
            from .query_op import QueryOp

            QueryOp(self, op=lambda planner: planner.missions.detail(mid),
                    success=lambda mission: self._open_print(mission, kind)).run()
            return None
        return self._open_print(row, kind)

    def _open_print(self, mission: dict, kind: str) -> PrintDialog:
        from .print_dialog import PrintDialog

        dialog = PrintDialog(self.planner, self.tasks, mission, kind, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # Other --------------------------------------------------------------------------------------
    def preferences(self) -> None:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.home_zone = settings.get(settings.HOME_ZONE)
            for index in (PAGE_PEOPLE, PAGE_FOLLOWUPS):
                if index in self._pages:  # the others get it when they are made
                    self._pages[index].home_zone = self.home_zone
            if self.reminder is not None:
                self.reminder.home_zone = self.home_zone
            if self.sync_actions is not None:
                self.sync_actions.apply_interval()
            self.refresh_all()

    def about(self):
        from .about_dialog import AboutDialog

        dialog = AboutDialog(self.planner, self)
        dialog.open()
        return dialog

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Mission Planner"))
        super().changeEvent(event)
