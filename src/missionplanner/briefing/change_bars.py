"""Change bars: a vertical rule in the left margin beside what changed since the last version.

Readers of a reissued pack look for the bar, as in any amended text. A `ChangeBar` wraps a flowable
and draws it unchanged, then the bar beside its full height; when the flowable splits over two
pages, each part keeps its bar.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

BAR_COLOUR = colors.HexColor("#c8102e")  # printed in colour and still dark on a black-and-white copy
BAR_WIDTH = 2.2
BAR_OFFSET = 4 * mm  # left of the text column, in the margin


class ChangeBar(Flowable):
    def __init__(self, inner):
        super().__init__()
        self.inner = inner

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        return [ChangeBar(part) for part in self.inner.split(availWidth, availHeight)]

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.inner.getSpaceAfter()

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)
        self.canv.saveState()
        self.canv.setStrokeColor(BAR_COLOUR)
        self.canv.setLineWidth(BAR_WIDTH)
        self.canv.line(-BAR_OFFSET, 0, -BAR_OFFSET, self.height)
        self.canv.restoreState()


def beside(flowables: list, changed: bool = True) -> list:
    """`flowables` with a change bar beside each paragraph and table, when `changed`. Page-break
    conditions and spacers are left as they are (a bar beside nothing says nothing), and so are
    flowables that carry a bookmark or a running header (the document reads those marks)."""
    if not changed:
        return flowables
    return [ChangeBar(f) if isinstance(f, Paragraph | Table) and not _marked(f) else f for f in flowables]


def _marked(flowable) -> bool:
    return any(name.startswith("_mp_") for name in vars(flowable))
