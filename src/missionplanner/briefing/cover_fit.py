"""The cover on one page, whatever its title and document control hold.

A long title is set smaller (down to a size still read as a title) and the whole cover, in the
rare case it is still too tall (a long distribution list), is shrunk into its page rather than
spilling the rest of it onto a second one.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame

from .styles import MARGIN

TITLE_LINES = 3  # the most lines a title takes at its full size
MIN_TITLE_SIZE = 13.0


def cover_frame_height(doc) -> float:
    """The height of the cover's frame (BriefingDocTemplate's cover page template)."""
    return doc.pagesize[1] - 2 * MARGIN - 4 * mm


def cover_title(w, title: str, style: ParagraphStyle, width: float):
    """The title's paragraph at the largest size (from the style's) at which it takes at most
    TITLE_LINES lines; at MIN_TITLE_SIZE it takes what it needs."""
    size = style.fontSize
    while size > MIN_TITLE_SIZE:
        lines = w.fonts.string_width(title, size, True) / max(width, 1)
        if lines <= TITLE_LINES * 0.9:  # a little room for the words that do not fill a line
            break
        size -= 1.5
    size = max(size, MIN_TITLE_SIZE)
    if size != style.fontSize:
        style = ParagraphStyle(f"{style.name}-{size:g}", parent=style, fontSize=size,
                               leading=size * style.leading / style.fontSize)
    return w.p(title, style)


def one_page(flowables: list, width: float, height: float) -> KeepInFrame:
    """`flowables` kept on one page of `width` x `height` points, shrunk when they are taller."""
    return KeepInFrame(width, height - 2, flowables, mode="shrink")


__all__ = ["cover_frame_height", "cover_title", "one_page"]
