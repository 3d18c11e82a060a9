"""An editor's save, run on the application's worker while the dialog says it is saving.

    self.saving = Saving(self, self.buttons)          # its line goes above the buttons: self.saving.status
    self.saving.run(lambda planner: planner.people.update(...), saved=..., refused=...)

While the write runs, the dialog's buttons are disabled and "Saving…" shows above them; the dialog
stays open (Escape and Cancel do nothing meanwhile). Then `saved(result)` (the editor closes) or
`refused(exception)` (the editor shows the reason beside the field and stays open) runs on the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from .query_op import QueryOp
from .tasks import Task


class Saving:
    def __init__(self, dialog: QDialog, buttons: QDialogButtonBox):
        self.dialog, self.buttons = dialog, buttons
        self.status = QLabel()
        self.status.setObjectName("savingStatus")
        self.status.hide()
        self.busy = False

    def run(self, op: Callable, saved: Callable, refused: Callable[[BaseException], None]) -> Task:
        self.busy = True
        self.buttons.setEnabled(False)
        self.status.setText(QCoreApplication.translate("Editors", "Saving…"))
        self.status.show()

        def done(result) -> None:
            self._over()
            saved(result)

        def failed(exc: BaseException) -> None:
            self._over()
            refused(exc)
        return QueryOp(self.dialog, op=op, success=done, failure=failed).run()

    def _over(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.status.hide()
