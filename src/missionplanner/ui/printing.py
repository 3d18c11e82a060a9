"""Printing a PDF the app made (the briefing pack, the mission report) on a real printer.

Qt's print dialog chooses the printer, copies and pages; each page is then rasterised by PDFium
(pypdfium2) on the worker at the printer's resolution and painted on the printer on the GUI thread,
one page at a time, so a forty-page pack neither freezes the window nor holds forty page images
in memory. The PDF stays the document of record: what prints is what the file shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

# Text stays sharp at 300 dpi and a page image stays near 35 MB; a 1200-dpi printer is not sent more.
MAX_DPI = 300


def page_count(path: Path) -> int:
    return len(page_sizes(path))


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's (width, height) in points."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [pdf[i].get_size() for i in range(len(pdf))]
    finally:
        pdf.close()


def render_page(path: Path, index: int, dpi: int) -> tuple[bytes, int, int, int]:
    """Page `index` (from 0) as RGBX pixels: (pixels, width, height, bytes per line). No Qt: runs on the worker."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        bitmap = pdf[index].render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True, optimize_mode="print")
        return bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride
    finally:
        pdf.close()


class PdfPrinting(QObject):
    """One print job: ask where and what to print, then send the pages one by one.

    `progress(done, total)` after each page; `finished(ok, message)` once, at the end (ok False with
    the reason when it failed, or when the user cancelled in the dialog: message empty then)."""

    progress = Signal(int, int)
    finished = Signal(bool, str)

    def __init__(self, path: str | Path, tasks, parent=None, printer: QPrinter | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.tasks = tasks
        self.printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(self.path.name)
        # The pack's pages carry their own margins: drawn on the whole sheet, at the pack's paper size
        # (A4 or letter), a page prints at 100 %, not shrunk into the printer's margins.
        self.printer.setFullPage(True)
        sizes = page_sizes(self.path)
        if sizes:
            self.printer.setPageSize(QPageSize(QSizeF(*sizes[0]), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        self.painter: QPainter | None = None
        self.pages: list[int] = []
        self.done = 0

    def ask(self, parent=None) -> bool:
        """Qt's print dialog; True when the user chose to print."""
        total = page_count(self.path)
        dialog = QPrintDialog(self.printer, parent)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.path.name))
        dialog.setMinMax(1, total)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self.choose_pages(total)
        return True

    def choose_pages(self, total: int) -> None:
        """The pages the printer's settings ask for (all, or the range typed in the dialog)."""
        first, last = 1, total
        if self.printer.printRange() == QPrinter.PrintRange.PageRange:
            first, last = max(1, self.printer.fromPage()), min(total, self.printer.toPage() or total)
        self.pages = list(range(first - 1, last))

    def start(self) -> None:
        if not self.pages:
            self.finished.emit(False, self.tr("There is no page to print."))
            return
        self.painter = QPainter()
        if not self.painter.begin(self.printer):
            self.painter = None
            self.finished.emit(False, self.tr("The printer could not be opened."))
            return
        self._next()

    def _next(self) -> None:
        dpi = min(self.printer.resolution(), MAX_DPI)
        self.tasks.run(render_page, self.path, self.pages[self.done], dpi, on_done=self._paint,
                       on_failed=self._failed)

    def _paint(self, rendered: tuple[bytes, int, int, int]) -> None:
        pixels, width, height, stride = rendered
        image = QImage(pixels, width, height, stride, QImage.Format.Format_RGBX8888)
        if self.done:
            self.printer.newPage()
        area = self.printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
        size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(area.x() + (area.width() - size.width()) // 2, area.y(), size.width(), size.height())
        self.painter.drawImage(target, image)
        self.done += 1
        self.progress.emit(self.done, len(self.pages))
        if self.done < len(self.pages):
            self._next()
        else:
            self.painter.end()
            self.painter = None
            self.finished.emit(True, "")

    def _failed(self, exc: BaseException) -> None:
        if self.painter is not None:
            self.printer.abort()
            self.painter.end()
            self.painter = None
        self.finished.emit(False, self.tr("Printing stopped: %1").replace("%1", str(exc)))
