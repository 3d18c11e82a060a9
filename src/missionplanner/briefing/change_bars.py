"""Change bars: a vertical rule in the left margin beside what changed since the last version.

Readers of a reissued pack look for the bar, as in any amended text. A `ChangeBar` wraps a flowable
and draws it unchanged, then the bar beside its full height; when the flowable splits over two
pages, each part keeps its bar. A row of a table (a meeting in the itinerary) gets its bar from
`row_bar`, a style command of the table: it moves with its row when the table splits.
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
        _draw_bar(self.canv, 0, 0, self.height)


def _draw_bar(canv, x: float, y: float, height: float) -> None:
    """The bar, BAR_OFFSET left of `x` (the text column's edge), from `y` up `height` points."""
    canv.saveState()
    canv.setStrokeColor(BAR_COLOUR)
    canv.setLineWidth(BAR_WIDTH)
    canv.line(x - BAR_OFFSET, y, x - BAR_OFFSET, y + height)
    canv.restoreState()


def _bar_beside_cells(_table, canv, x0, y0, _width, height) -> None:
    """A table's BACKGROUND command may name a callable: reportlab calls it with the cells' box
    (in the table's coordinates, x0 being the table's left edge) when it draws the backgrounds."""
    _draw_bar(canv, x0, y0, height)


def row_bar(row: int) -> list[tuple]:
    """Table style commands putting a change bar in the margin beside `row` (its index in the
    table, the header row being 0), its full height, on each page the row is drawn on."""
    return [("BACKGROUND", (0, row), (0, row), _bar_beside_cells)]


def beside(flowables: list, changed: bool = True) -> list:
    """`flowables` with a change bar beside each paragraph and table, when `changed`. Page-break
    conditions and spacers are left as they are (a bar beside nothing says nothing), and so are
    flowables that carry a bookmark or a running header (the document reads those marks)."""
    if not changed:
        return flowables
    return [ChangeBar(f) if isinstance(f, Paragraph | Table) and not _marked(f) else f for f in flowables]


def _marked(flowable) -> bool:
    return any(name.startswith("_mp_") for name in vars(flowable))
