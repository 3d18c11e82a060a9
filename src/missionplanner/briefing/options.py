"""The options a printed document is asked for, checked before any data is read."""

from __future__ import annotations

from ..errors import ValidationError
from .catalogue import LANGUAGES
from .template import PAPER

# The classification marking is printed in full in every page's header: a line or two, not a text.
MAX_CLASSIFICATION = 200
# The minister's pack (clean: no scheduling problems, no follow-up tracking, a DRAFT watermark while
# a meeting is unconfirmed) and the private office's working pack (problems, points outstanding,
# follow-ups with their state).
EDITIONS = ("minister", "working")
MAX_CONTROL_TEXT = 200  # drafting officer, one name of the distribution list


def check_edition(edition: str) -> None:
    if edition not in EDITIONS:
        raise ValidationError(code="briefing.unknown-edition", field="edition", edition=edition)


def check_document_control(drafting_officer: str | None, copy_number, distribution) -> None:
    """The cover's document control: one-line texts of reasonable length, a copy number from 1."""
    for field, text in [("drafting_officer", drafting_officer or ""),
                        *(("distribution", name) for name in distribution or ())]:
        if len(text) > MAX_CONTROL_TEXT:
            raise ValidationError(code="briefing.control-too-long", field=field, length=len(text),
                                  limit=MAX_CONTROL_TEXT)
        if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
            raise ValidationError(code="briefing.control-character", field=field)
    if copy_number is not None and (not isinstance(copy_number, int) or isinstance(copy_number, bool)
                                    or copy_number < 1):
        raise ValidationError(code="briefing.copy-number", field="copy_number", value=copy_number)


def check_options(lang: str, paper: str, classification: str = "") -> None:
    if lang not in LANGUAGES:
        raise ValidationError(code="briefing.unknown-language", field="lang", lang=lang)
    if paper not in PAPER:
        raise ValidationError(code="briefing.unknown-paper", field="paper", paper=paper)
    check_classification(classification)


def check_classification(text: str | None) -> None:
    """Refuse a classification marking that cannot be printed whole on every page."""
    text = text or ""
    if len(text) > MAX_CLASSIFICATION:
        raise ValidationError(code="briefing.marking-too-long", field="classification", length=len(text),
                              limit=MAX_CLASSIFICATION)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise ValidationError(code="briefing.marking-control", field="classification")
