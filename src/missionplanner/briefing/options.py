"""The options a printed document is asked for, checked before any data is read."""

from __future__ import annotations

from ..errors import ValidationError
from .catalogue import LANGUAGES
from .template import PAPER

# The classification marking is printed in full in every page's header: a line or two, not a text.
MAX_CLASSIFICATION = 200


def check_options(lang: str, paper: str, classification: str = "") -> None:
    if lang not in LANGUAGES:
        raise ValidationError(f"unknown language {lang!r} (use fr, nl or en)", field="lang")
    if paper not in PAPER:
        raise ValidationError(f"unknown paper size {paper!r} (use a4 or letter)", field="paper")
    check_classification(classification)


def check_classification(text: str | None) -> None:
    """Refuse a classification marking that cannot be printed whole on every page."""
    text = text or ""
    if len(text) > MAX_CLASSIFICATION:
        raise ValidationError(f"the marking is {len(text):,} characters long; the limit is {MAX_CLASSIFICATION} "
                              "characters (it is printed in full on every page)", field="classification")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise ValidationError("contains a control character or a line break (it is printed as one "
                              "marking)", field="classification")
