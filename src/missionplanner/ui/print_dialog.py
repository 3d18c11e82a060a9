""""Briefing pack…" and "Outcome report…": options, then the PDF built in the background with a
progress dialog and Cancel, then opened in the system's PDF viewer. The briefing dialog also makes
the pocket card (the day at a glance of each day on A6, `brief --pocket`) beside the pack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import settings
from .i18n import LANGUAGES, choose_language
from .tasks import Cancelled

if TYPE_CHECKING:
    from .printing import PdfPrinting
from .widgets import ZoneComboBox

SECTION_LABELS = {
    "cover": QT_TRANSLATE_NOOP("PrintDialog", "Cover"),
    "toc": QT_TRANSLATE_NOOP("PrintDialog", "Table of contents"),
    "overview": QT_TRANSLATE_NOOP("PrintDialog", "Overview, delegation and logistics"),
    "itinerary": QT_TRANSLATE_NOOP("PrintDialog", "Day-by-day itinerary"),
    "meetings": QT_TRANSLATE_NOOP("PrintDialog", "One brief per meeting"),
    "annexes": QT_TRANSLATE_NOOP("PrintDialog", "People and organizations annex"),
}


def build_briefing(*args, **kwargs):
    from ..briefing.pack import build_briefing as build

    return build(*args, **kwargs)


def build_report(*args, **kwargs):
    from ..briefing.report import build_report as build

    return build(*args, **kwargs)


def build_pocket_card(*args, **kwargs):
    from ..briefing.pocket_card import build_pocket_card as build

    return build(*args, **kwargs)


def briefing_sections() -> tuple[str, ...]:
    try:
        from ..briefing.pack import ALL_SECTIONS
    except ImportError:
        return ()
    return tuple(ALL_SECTIONS)


class PrintDialog(QDialog):
    finished_pdf = Signal(str, list)  # path, warnings

    def __init__(self, planner, tasks, mission: dict, kind: str = "briefing", parent=None):
        """`mission`: its row in the missions list (id, slug, title, home_timezone), already read."""
        super().__init__(parent)
        self.planner, self.tasks, self.mission_id, self.kind = planner, tasks, mission["id"], kind
        self.mission = mission
        self.task = None
        self.result_path: str | None = None
        self.warnings: list[str] = []
        self.setWindowTitle(self.tr("Briefing pack") if kind == "briefing" else self.tr("Outcome report"))
        self.setMinimumWidth(560)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(
            settings.get(settings.PRINT_LANGUAGE) or choose_language(settings.get(settings.LANGUAGE))))
        self.classification = QComboBox()
        self.classification.setEditable(True)
        for text in ("", self.tr("RESTRICTED"), self.tr("CONFIDENTIAL")):
            self.classification.addItem(text)
        self.classification.setCurrentText(settings.get(settings.PRINT_CLASSIFICATION))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.get(settings.PRINT_PAPER))))
        # The minister's clean pack, or the private office's working pack (problems, follow-ups,
        # points outstanding); the drafting officer is named on the cover (default: the login).
        self.edition = QComboBox()
        self.edition.addItem(self.tr("Minister's pack"), "minister")
        self.edition.addItem(self.tr("Working pack (private office)"), "working")
        self.drafting_officer = QLineEdit()
        self.drafting_officer.setPlaceholderText(self.tr("Your name, as the cover prints it"))
        self.home_zone = ZoneComboBox()
        self.home_zone.set_zone(self.mission["home_timezone"])
        docs = settings.get(settings.PRINT_FOLDER) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suffix = "briefing" if kind == "briefing" else "report"
        self.path = QLineEdit(str(Path(docs) / f"{self.mission['slug']}-{suffix}.pdf"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.open_after = QCheckBox(self.tr("Open the PDF when it is ready"))
        self.open_after.setChecked(True)
        form = QFormLayout()
        rows = [(self.tr("&Language"), self.language), (self.tr("&Classification"), self.classification),
                (self.tr("&Paper"), self.paper), (self.tr("&Home time zone"), self.home_zone)]
        if kind == "briefing":
            rows[0:0] = [(self.tr("&Edition"), self.edition), (self.tr("Drafting &officer"), self.drafting_officer)]
        for label, widget in rows:
            widget.setAccessibleName(label.replace("&", ""))
            lab = QLabel(label)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        self.path.setAccessibleName(self.tr("Save as"))
        save_label = QLabel(self.tr("&Save as"))
        save_label.setBuddy(self.path)
        form.addRow(save_label, path_row)
        self.section_boxes: dict[str, QCheckBox] = {}
        if kind == "briefing":
            sections = QWidget()
            grid = QGridLayout(sections)
            grid.setContentsMargins(0, 0, 0, 0)
            for i, code in enumerate(briefing_sections()):
                box = QCheckBox(QCoreApplication.translate("PrintDialog", SECTION_LABELS.get(code, code)))
                box.setChecked(True)
                self.section_boxes[code] = box
                grid.addWidget(box, i // 2, i % 2)
            form.addRow(self.tr("Sections"), sections)
        form.addRow("", self.open_after)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.generate_button = buttons.addButton(self.tr("&Generate"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.generate_button.setDefault(True)
        # Print…: the PDF is made with these choices, then Qt's print dialog sends it to a printer.
        self.print_button = buttons.addButton(self.tr("P&rint…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.generate_and_print)
        if kind == "briefing":  # every pack printed is a version of record; here is their list
            self.versions_button = buttons.addButton(self.tr("&Versions…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.versions_button.clicked.connect(self.show_versions)
            # The day at a glance of each day on A6 (`brief --pocket`): beside the pack it is made
            # from, in its language and classification, into its folder; not a version of record.
            self.pocket_button = buttons.addButton(self.tr("Poc&ket card…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.pocket_button.setToolTip(self.tr(
                "The day at a glance of each day on A6, to carry in a pocket: in the language and "
                "classification chosen above, saved in the same folder as the pack"))
            self.pocket_button.clicked.connect(self.generate_pocket_card)
        self._print_after = False
        buttons.accepted.connect(self.generate)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(f"<b>{self.mission['title']}</b>"))
        box.addLayout(form)
        if kind == "briefing":  # what the pack in the chosen language prints as typed, untranslated
            from .translations_dialog import UntranslatedNote

            box.addWidget(UntranslatedNote(planner, self.mission_id, self.language))
        box.addWidget(self.message)
        box.addWidget(buttons)

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(),
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def options(self) -> dict:
        opts = {"lang": self.language.currentData(), "classification": self.classification.currentText().strip(),
                "home_tz": self.home_zone.zone() or None, "paper": self.paper.currentData()}
        if self.section_boxes:
            opts["sections"] = [c for c, b in self.section_boxes.items() if b.isChecked()]
        if self.kind == "briefing":
            opts["edition"] = self.edition.currentData()
            opts["drafting_officer"] = self.drafting_officer.text().strip() or None
            opts["versioned"] = True
        return opts

    def show_versions(self):
        from .versions_dialog import VersionsDialog

        dialog = VersionsDialog(self.mission, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remember_choices(self, target: str) -> None:
        """The next opening offers the same language, classification, paper and folder."""
        settings.put(settings.PRINT_LANGUAGE, self.language.currentData())
        settings.put(settings.PRINT_CLASSIFICATION, self.classification.currentText().strip())
        settings.put(settings.PRINT_PAPER, self.paper.currentData())
        settings.put(settings.PRINT_FOLDER, str(Path(target).parent))

    def generate(self) -> None:
        target = self.path.text().strip()
        if not target:
            self._show_error(self.tr("Choose where to save the PDF."))
            return
        fn = build_briefing if self.kind == "briefing" else build_report
        self._start(fn, target, self.options())

    def pocket_card_path(self) -> str:
        """Where the pocket card goes: the folder the pack is saved in, named after the mission."""
        folder = Path(self.path.text().strip() or ".").parent
        return str(folder / f"{self.mission['slug']}-pocket-card.pdf")

    def generate_pocket_card(self) -> None:
        """The pocket card in the background, as the pack is made: the dialog's language,
        classification and home time zone (paper, edition and sections are the pack's own)."""
        if not self.path.text().strip():
            self._show_error(self.tr("Choose where to save the PDF."))
            return
        self._print_after = False
        options = {k: v for k, v in self.options().items() if k in ("lang", "classification", "home_tz")}
        self._start(build_pocket_card, self.pocket_card_path(), options, steps=False)

    def _start(self, fn, target: str, options: dict, steps: bool = True) -> None:
        """`fn(planner, mission, target, **options)` on the worker, with the progress dialog and
        Cancel; `_done` or `_failed` once it ends. `steps`: `fn` reports its progress (else the
        bar only says it is busy)."""
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        self.remember_choices(target)
        self._set_busy(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Generating…"))
        self.progress = QProgressDialog(self.tr("Generating the PDF…"), self.tr("Cancel"), 0, 100, self)
        self.progress.setWindowTitle(self.windowTitle())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setValue(0)
        if not steps:
            self.progress.setRange(0, 0)
        self.result_path = None
        self._target = target
        self.task = self.tasks.run(fn, self.planner, self.mission_id, target, on_done=self._done,
                                   on_failed=self._failed, with_progress=True, **options)
        self.progress.canceled.connect(self.task.cancel)
        self.task.progress.connect(self._progress)

    def _set_busy(self, busy: bool) -> None:
        """One document at a time: what starts one is off while one is made."""
        self.generate_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)
        if self.kind == "briefing":
            self.pocket_button.setEnabled(not busy)

    def generate_and_print(self) -> None:
        self._print_after = True
        self.generate()
        if self.generate_button.isEnabled():  # refused before it started (no file name): nothing to print
            self._print_after = False

    def print_pdf(self, path: str) -> PdfPrinting | None:
        """Qt's print dialog for the PDF just made; the pages go to the printer one by one."""
        from .printing import PdfPrinting

        job = PdfPrinting(path, self.tasks, self)
        if not job.ask(self):
            return None
        job.progress.connect(lambda done, total: self.message.setText(
            self.tr("Printing page %1 of %2…").replace("%1", str(done)).replace("%2", str(total))))
        job.finished.connect(lambda ok, why: self.message.setText(
            self.tr("Sent to the printer.") if ok else why))
        self.print_job = job
        job.start()
        return job

    def _progress(self, percent: int, text: str) -> None:
        if percent < 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(percent)
        if text:
            self.progress.setLabelText(text)

    def _finish_progress(self) -> None:
        self.progress.reset()
        self.progress.hide()
        self._set_busy(False)

    def _done(self, warnings) -> None:
        self._finish_progress()
        self.warnings = list(warnings or [])
        self.result_path = self._target
        text = self.tr("Saved to %1").replace("%1", self._target)
        printing, self._print_after = self._print_after, False
        if printing:
            self.message.setText(text)
            self.finished_pdf.emit(self._target, self.warnings)
            self.print_pdf(self._target)
            return
        failed_to_open = self.open_after.isChecked() and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(self._target))
        if failed_to_open:  # no PDF viewer answered: say so, and where the file is, not nothing at all
            text = self.tr("No PDF viewer was found to open it. The PDF is saved as %1; open it from "
                           "there, or install a PDF viewer.").replace("%1", self._target)
        if self.warnings:
            text += "\n" + self.tr("Warnings:") + "\n" + "\n".join(f"• {w}" for w in self.warnings)
        self.message.setStyleSheet("color: #b3261e;" if failed_to_open else "")
        self.message.setText(text)
        self.finished_pdf.emit(self._target, self.warnings)

    def _failed(self, exc: BaseException) -> None:
        self._finish_progress()
        self._print_after = False
        if isinstance(exc, Cancelled):
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Cancelled; nothing was written."))
        elif isinstance(exc, ImportError):
            self._show_error(self.tr("This document cannot be produced by this version (%1).").replace(
                "%1", str(exc)))
        else:
            self._show_error(str(exc))

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(text)

    def reject(self) -> None:
        if self.task is not None and self.result_path is None and self.generate_button.isEnabled() is False:
            self.task.cancel()
        super().reject()
