"""Printing the briefing pack on a printer: every page the dialog asks for reaches the printer, in
order, with the page's content; here the printer is Qt's PDF printer, so what it received can be
read back."""

import pypdfium2
import pytest
from PySide6.QtPrintSupport import QPrinter

from missionplanner.briefing.pack import build_briefing
from missionplanner.services import missions
from missionplanner.services.planner import Planner
from missionplanner.ui.printing import PdfPrinting, page_count
from missionplanner.ui.tasks import runner


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    from missionplanner.services.demo import load_demo
    from missionplanner.store.database import open_database

    folder = tmp_path_factory.mktemp("pack")
    db = open_database(folder / "demo.sqlite")
    load_demo(db)
    japan = next(m for m in missions.list_missions(db) if "Japan" in m["title"])
    path = folder / "japan.pdf"
    build_briefing(Planner(db), japan["id"], path, lang="fr")
    db.dispose()
    return path


def _printer(tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)  # enough for small grey text to survive, small enough to be quick
    return printer


def _thumbnail(path, index):
    pdf = pypdfium2.PdfDocument(str(path))
    image = pdf[index].render(scale=0.5, grayscale=True).to_pil().convert("L").resize((60, 85))
    pdf.close()
    return list(image.tobytes())


def _difference(a, b):
    """Mean difference of two page thumbnails, 0 (same) to 255."""
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def _ink_box(path, index):
    """(left, top, right, bottom) of the dark ink on the page, at 36 dpi."""
    pdf = pypdfium2.PdfDocument(str(path))
    image = pdf[index].render(scale=0.5, grayscale=True).to_pil().convert("L")
    pdf.close()
    return image.point(lambda v: 255 if v < 128 else 0).getbbox()  # dark ink: text and rules, not tints


def _same_page(printed, index, pack, pack_index):
    """The printed page is the pack's page: closer to it than to any other page of the pack, and at
    full size (what is printed covers the same area of the sheet, not shrunk into wider margins)."""
    shown = _thumbnail(printed, index)
    distances = [_difference(shown, _thumbnail(pack, i)) for i in range(page_count(pack))]
    nearest = min(range(len(distances)), key=distances.__getitem__)
    box, expected = _ink_box(printed, index), _ink_box(pack, pack_index)
    # Left, top and bottom of the text: a thin rule at the right may fade at a printer's resolution.
    return nearest == pack_index and all(abs(box[i] - expected[i]) <= 4 for i in (0, 1, 3))


def _print(qtbot, job):
    results = []
    job.finished.connect(lambda ok, message: results.append((ok, message)))
    job.start()
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    return results[0]


def test_every_page_of_the_pack_reaches_the_printer(qtbot, pack, tmp_path):
    printer = _printer(tmp_path)
    job = PdfPrinting(pack, runner(), printer=printer)
    total = page_count(pack)
    job.choose_pages(total)
    seen = []
    job.progress.connect(lambda done, of: seen.append((done, of)))
    assert _print(qtbot, job) == (True, "")
    printed = tmp_path / "printed.pdf"
    assert page_count(printed) == total > 3
    assert seen[-1] == (total, total)
    # Each printed page shows the pack's page at full size (not shrunk, not blank, not another one)
    for index in (0, 1, total - 1):
        assert _same_page(printed, index, pack, index)


def test_a_page_range_prints_only_those_pages(qtbot, pack, tmp_path):
    printer = _printer(tmp_path)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    job = PdfPrinting(pack, runner(), printer=printer)
    job.choose_pages(page_count(pack))
    assert _print(qtbot, job) == (True, "")
    printed = tmp_path / "printed.pdf"
    assert page_count(printed) == 2
    assert _same_page(printed, 0, pack, 1) and _same_page(printed, 1, pack, 2)


def test_print_from_the_briefing_dialog(qtbot, demo_window, tmp_path, monkeypatch):
    """Print… makes the pack with the dialog's choices, then Qt's print dialog sends it to the printer
    (here the user picks "Print to file"); no PDF viewer is opened."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtPrintSupport import QPrintDialog

    from missionplanner.ui.print_dialog import PrintDialog

    opened, asked = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    printed = tmp_path / "on-paper.pdf"

    def choose_print_to_file(dialog):
        asked.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(dialog.printer().OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        dialog.printer().setResolution(150)
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_print_to_file)
    w = demo_window
    w.missions.select(w.missions.model.rows[0]["id"])
    w.act_brief.trigger()
    dialog = [d for d in w.findChildren(PrintDialog) if d.isVisible()][-1]
    target = tmp_path / "pack.pdf"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Sent to the printer.", timeout=60_000)
    assert asked == ["Print pack.pdf"]
    assert page_count(printed) == page_count(target)
    assert _same_page(printed, 0, target, 0)
    assert opened == []  # printing is instead of opening the viewer
