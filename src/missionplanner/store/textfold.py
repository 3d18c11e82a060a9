"""Folding text for search: case, accents and compatibility forms, script by script."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # NFC puts Hangul jamo back into syllables, so "서울" stays "서울".
    return unicodedata.normalize("NFC", stripped).casefold()


def fold(text: str) -> str:
    """"Région" -> "region", "ＡＢＣ" -> "abc"; kanji and hangul are unchanged."""
    if text.isascii():
        return text.lower()
    return "".join(fold_char(c) for c in text)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the original character."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        f = fold_char(ch)
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index
