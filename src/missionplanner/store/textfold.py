"""Folding text for search and matching: case, accents and compatibility forms, script by script.

The one folding rule of the application (search, the person search, contact matching, duplicates).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # NFC puts Hangul jamo back into syllables, so "서울" stays "서울".
    return unicodedata.normalize("NFC", stripped).casefold()


class _FoldTable(dict):
    """`fold_char` of each code point, for `str.translate`, filled as code points are met."""

    def __missing__(self, code: int) -> str:
        value = self[code] = fold_char(chr(code))
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """"Région" -> "region", "ＡＢＣ" -> "abc"; kanji and hangul are unchanged. Character by character."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


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
