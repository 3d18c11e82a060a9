"""The page budget of a meeting brief: a brief the minister can read in the car is two pages at
most. The working edition says which briefs run past it (warnings and the itinerary's problems).

The pages are counted as the layout goes: a flowable of no size stands at the start and at the end
of each brief and notes the page it is drawn on, so nothing is laid out twice to count.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

BUDGET_PAGES = 2


class _PageNote(Flowable):
    def __init__(self, pages: dict, index: int, end: bool):
        super().__init__()
        self.pages, self.index, self.end = pages, index, end

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        return 0, 0

    def draw(self) -> None:
        first, last = self.pages.get(self.index, (None, None))
        page = self.canv.getPageNumber()
        self.pages[self.index] = (first, page) if self.end else (page, page)


class PageBudget:
    """Counts the pages of each meeting brief (`around` wraps a brief's flowables)."""

    def __init__(self, budget: int = BUDGET_PAGES):
        self.budget = budget
        self.pages: dict[int, tuple[int | None, int | None]] = {}
        self.meetings: dict[int, dict] = {}

    def around(self, index: int, meeting: dict, flowables: list) -> list:
        self.meetings[index] = meeting
        return [_PageNote(self.pages, index, False), *flowables, _PageNote(self.pages, index, True)]

    def over(self) -> list[tuple[int, dict, int]]:
        """(index, meeting, pages) of each brief that ran past the budget, in order."""
        out = []
        for index, (first, last) in sorted(self.pages.items()):
            if first is not None and last is not None and last - first + 1 > self.budget:
                out.append((index, self.meetings[index], last - first + 1))
        return out

    def problems(self, cat) -> list[dict]:
        """The briefs over budget as the itinerary's problems (a warning under each meeting), said
        in the pack's language."""
        return [{"severity": "warning", "code": "page-budget", "meeting_ids": [m["id"]],
                 "message": cat("over_budget", meeting=cat("meeting_n", n=i + 1, title=m["title"]),
                                pages=cat.plural("n_pages", pages), budget=cat.plural("n_pages", self.budget))}
                for i, m, pages in self.over()]


__all__ = ["BUDGET_PAGES", "PageBudget"]
