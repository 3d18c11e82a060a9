"""Quick search (Ctrl+K / Ctrl+F): one box over missions, meetings, people, organizations, agreements.

Matching is the search service's: case- and accent-insensitive, Japanese and Korean included, names
under their other romanisations. The query runs on the background worker; the newest answer wins.

Results are grouped by kind (People, Organizations, Meetings...), the group whose best hit ranks
highest first, under a header the delegate draws above a group's first row: the list holds results
only, so Up, Down and Enter move between and open results and never stop on a header. What matched
is highlighted in the title and the snippet.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
)

from .messages import error_text
from .widgets import debounced

KINDS = {
    "mission": QT_TRANSLATE_NOOP("SearchDialog", "Mission"),
    "meeting": QT_TRANSLATE_NOOP("SearchDialog", "Meeting"),
    "person": QT_TRANSLATE_NOOP("SearchDialog", "Person"),
    "organization": QT_TRANSLATE_NOOP("SearchDialog", "Organization"),
    "agreement": QT_TRANSLATE_NOOP("SearchDialog", "Agreement"),
    "followup": QT_TRANSLATE_NOOP("SearchDialog", "Follow-up"),
}
GROUPS = {
    "mission": QT_TRANSLATE_NOOP("SearchDialog", "Missions"),
    "meeting": QT_TRANSLATE_NOOP("SearchDialog", "Meetings"),
    "person": QT_TRANSLATE_NOOP("SearchDialog", "People"),
    "organization": QT_TRANSLATE_NOOP("SearchDialog", "Organizations"),
    "agreement": QT_TRANSLATE_NOOP("SearchDialog", "Agreements"),
    "followup": QT_TRANSLATE_NOOP("SearchDialog", "Follow-ups"),
}

# Item data beside UserRole's (kind, id): the group header drawn above the item (its group's first
# result only) and the result as rich text, with what matched marked.
HEADER_ROLE = Qt.ItemDataRole.UserRole + 1
RICH_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_OPEN, MARK_CLOSE = "<b><u>", "</u></b>"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchDialog", text)


def marked(text: str, spans) -> str:
    """`text` as rich text with each (start, end) span of it marked."""
    out, at = [], 0
    for lo, hi in spans or ():
        if lo < at or hi > len(text):
            continue
        out += [html.escape(text[at:lo]), MARK_OPEN, html.escape(text[lo:hi]), MARK_CLOSE]
        at = hi
    out.append(html.escape(text[at:]))
    return "".join(out)


def grouped(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    """The results by kind, groups in the order of their best result, each in the service's order."""
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["kind"], []).append(r)
    return list(groups.items())


def _search(gen: int, planner, text: str):
    return gen, planner.search.query(text)


class _ResultDelegate(QStyledItemDelegate):
    """Draws a result as rich text (the marks), and its group's header above a group's first result."""

    PAD = 4

    def _document(self, option, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(RICH_ROLE) or html.escape(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        doc.setTextWidth(max(50, option.rect.width() - 2 * self.PAD))
        return doc

    def _header_height(self, option, index) -> int:
        return option.fontMetrics.height() + 2 * self.PAD if index.data(HEADER_ROLE) else 0

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if opt.rect.width() <= 0 and opt.widget is not None:
            opt.rect = QRect(0, 0, opt.widget.viewport().width(), 0)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()) + 2 * self.PAD,
                     int(doc.size().height()) + 2 * self.PAD + self._header_height(opt, index))

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        header = self._header_height(opt, index)
        painter.save()
        if header:
            band = QRect(opt.rect.left(), opt.rect.top(), opt.rect.width(), header)
            painter.fillRect(band, opt.palette.color(QPalette.ColorRole.AlternateBase))
            font = QFont(opt.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(opt.palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(band.adjusted(self.PAD, 0, -self.PAD, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, index.data(HEADER_ROLE))
        body = QRect(opt.rect.left(), opt.rect.top() + header, opt.rect.width(), opt.rect.height() - header)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(body, opt.palette.color(QPalette.ColorRole.Highlight))
        doc = self._document(opt, index)
        painter.translate(body.left() + self.PAD, body.top() + self.PAD)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        doc.documentLayout().draw(painter, context)
        painter.restore()
        if opt.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionViewItem(opt)
            focus.rect = body
            style = opt.widget.style() if opt.widget else QApplication.style()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, opt.widget)


class SearchDialog(QDialog):
    chosen = Signal(str, str)  # kind, id

    def __init__(self, planner, tasks, parent=None):
        super().__init__(parent)
        self.planner, self.tasks = planner, tasks
        self.setWindowTitle(self.tr("Search"))
        self.resize(620, 420)
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Search missions, meetings, people, organizations, agreements"))
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setWordWrap(True)
        # Rows differ in height (a header, a snippet): each is measured, and again on a resize.
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setItemDelegate(_ResultDelegate(self.results))
        self.results.itemActivated.connect(self._activate)
        self.status = QLabel()
        self._timer = debounced(self, 150, self.run_query)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._activate_first)
        self._generation = 0
        self.pending = False
        box = QVBoxLayout(self)
        box.addWidget(self.query)
        box.addWidget(self.results, 1)
        box.addWidget(self.status)
        self.query.installEventFilter(self)

    def eventFilter(self, obj, event):
        if obj is self.query and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return super().eventFilter(obj, event)

    def run_query(self) -> None:
        text = self.query.text().strip()
        self._generation += 1
        gen = self._generation
        if not text:
            self.results.clear()
            self.status.clear()
            self.pending = False
            return
        self.pending = True
        # Bound methods, not lambdas: if the dialog closes first, Qt drops the connection.
        self.tasks.run(_search, gen, self.planner, text, on_done=self._show, on_failed=self._failed)

    def _item(self, r: dict, header: str | None) -> QListWidgetItem:
        kind = _tr(KINDS.get(r["kind"], r["kind"]))
        plain = f"{r['title']}   [{kind}]"
        rich = marked(r["title"], r.get("title_spans"))
        if r.get("via"):
            via = self.tr("through %1").replace("%1", r["via"])
            plain += f"   ({via})"
            rich += f" <i>({html.escape(via)})</i>"
        snippet = r.get("snippet")
        if snippet and snippet != r["title"]:
            plain += f"\n    {snippet}"
            rich += "<br>&nbsp;&nbsp;&nbsp;&nbsp;<small>" + marked(snippet, r.get("snippet_spans")) + "</small>"
        item = QListWidgetItem(plain)
        item.setData(Qt.ItemDataRole.UserRole, (r["kind"], r["id"]))
        item.setData(RICH_ROLE, rich)
        item.setData(HEADER_ROLE, header)
        # A screen reader hears the group with its first result, as a sighted reader sees its header.
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{header}: {plain}" if header else plain)
        item.setToolTip(snippet or r["title"])
        return item

    def _show(self, answer: tuple[int, list[dict]]) -> None:
        gen, rows = answer
        if gen != self._generation:
            return
        self.pending = False
        self.results.clear()
        for kind, hits in grouped(rows):
            header = _tr(GROUPS.get(kind, kind))
            for n, r in enumerate(hits):
                self.results.addItem(self._item(r, header if n == 0 else None))
        self.status.setText(self.tr("%n result(s)", "", len(rows)))

    def _failed(self, exc: BaseException) -> None:
        self.pending = False
        self.status.setText(error_text(exc))

    def _activate_first(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run_query()
            return
        if self.results.count():
            self._activate(self.results.item(0))

    def _activate(self, item: QListWidgetItem) -> None:
        kind, rid = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(kind, rid)
        self.accept()
