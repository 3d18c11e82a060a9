"""Folding text for search and matching: case, accents and compatibility forms, script by script.

The one folding rule of the application (search, the person search, contact matching, duplicates).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # NFC puts Hangul jamo back into syllables, so "서울" stays "서울".
    folded = unicodedata.normalize("NFC", stripped).casefold()
    if not folded.isascii() and unicodedata.name(ch, "").startswith("LATIN"):
        # Latin letters that are not a base letter plus accents ("ł", "ø", "đ", "æ"): unidecode
        # writes them as a reader without them would ("Łódź" is found by "lodz").
        from unidecode import unidecode

        folded = unidecode(folded).casefold() or folded
    return folded


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


# Romanisations -------------------------------------------------------------------------------------
#
# What an aide types for a Japanese or Korean name is one of several romanisations of it ("Omura",
# "Oomura", "Ohmura" for 大村; "Kim" or "Gim" for 김). The index holds, beside the folded text, the
# readings the libraries give (pykakasi: Hepburn, Kunrei and passport romaji of kana and kanji;
# korean-romanizer: the Revised Romanisation of hangul), and a query word is also looked up with its
# long vowels written short (`long_vowels_short`). Raising FOLD_VERSION makes every index rebuild
# itself on its next search (store.search_index.ensure_current); so does indexing a new kind of record
# (3: follow-ups, whose rows an index of version 2 lacks).

FOLD_VERSION = 3

_KANA_KANJI = re.compile("[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_HANGUL_WORD = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+")


@lru_cache(maxsize=1)
def _kakasi():
    import pykakasi

    return pykakasi.kakasi()


@lru_cache(maxsize=65536)
def japanese_readings(run: str) -> tuple[str, ...]:
    """The romaji of a run of kana and kanji, as Hepburn ("oomura"), Kunrei ("aitiken") and passport
    ("omura") spell it, each a string with the library's word breaks as spaces."""
    tokens = _kakasi().convert(run)
    spellings = ("hepburn", "kunrei", "passport")
    readings = (" ".join(t[s] for t in tokens if t.get(s)) for s in spellings)
    return tuple(dict.fromkeys(fold(r) for r in readings if r))


@lru_cache(maxsize=65536)
def korean_reading(word: str) -> str:
    """The Revised Romanisation of a hangul word ("김정은" -> "gimjeongeun")."""
    from korean_romanizer.romanizer import Romanizer

    return fold(Romanizer(word).romanize())


# Korean family names have several romanisations in use (passports, the press, the Revised
# Romanisation): 이 is Yi, Lee, Rhee or I. korean-romanizer gives only the Revised Romanisation, and
# no library in the registry (hangul-romanize, hangul-names, hangulize: checked) lists the other
# spellings, so the common family names are listed here, each with its spellings in use.
KOREAN_SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("gim", "kim"), "이": ("i", "yi", "lee", "rhee", "ri", "rie"),
    "박": ("bak", "park", "pak", "bahk"), "최": ("choe", "choi", "choy"),
    "정": ("jeong", "jung", "chung", "cheong"), "강": ("gang", "kang"), "조": ("jo", "cho"),
    "윤": ("yun", "yoon"), "장": ("jang", "chang"), "임": ("im", "lim", "rim"), "한": ("han",),
    "오": ("o", "oh"), "서": ("seo", "suh"), "신": ("sin", "shin"), "권": ("gwon", "kwon"),
    "황": ("hwang",), "안": ("an", "ahn"), "송": ("song",), "류": ("ryu", "yu", "yoo", "ryoo"),
    "유": ("yu", "yoo"), "전": ("jeon", "chun", "jun"), "홍": ("hong",), "고": ("go", "ko"),
    "문": ("mun", "moon"), "양": ("yang",), "손": ("son", "sohn"), "배": ("bae", "pae"),
    "백": ("baek", "paek", "paik"), "허": ("heo", "hur", "huh"), "노": ("no", "noh", "roh"),
    "남": ("nam",), "심": ("sim", "shim"), "하": ("ha",), "곽": ("gwak", "kwak"),
    "성": ("seong", "sung"), "차": ("cha",), "주": ("ju", "joo", "chu"), "우": ("u", "woo"),
    "구": ("gu", "koo", "ku"), "민": ("min",), "진": ("jin", "chin"), "나": ("na", "ra"),
}
_SURNAME_SPELLINGS = {s: spellings for spellings in KOREAN_SURNAMES.values() for s in spellings}


def name_variants(family_name: str, native_name: str) -> list[str]:
    """The other spellings of a Korean family name, from its hangul (the first syllable of the native
    name) or from a romanised family name ("Lee" -> "yi", "rhee"...)."""
    found: list[str] = []
    native = (native_name or "").strip()
    if native and native[0] in KOREAN_SURNAMES:
        found.extend(KOREAN_SURNAMES[native[0]])
    for word in fold(family_name or "").split():
        found.extend(_SURNAME_SPELLINGS.get(word, ()))
    return list(dict.fromkeys(found))


def readings(text: str) -> list[str]:
    """The romanisations of the Japanese and Korean in `text`, folded; [] for text without any."""
    if not text or text.isascii():
        return []
    out: list[str] = []
    for run in _KANA_KANJI.findall(text):
        out.extend(japanese_readings(run))
    for word in _HANGUL_WORD.findall(text):
        out.append(korean_reading(word))
    return list(dict.fromkeys(r for r in out if r))


_LONG_O = re.compile("oh(?![aeiouy])")


def long_vowels_short(word: str) -> str:
    """A folded Latin word with its long vowels written short, as the passport romanisation writes
    them: "ohmura", "oomura", "oumura" -> "omura", "yuuko" -> "yuko". Other words with the same
    letters change too ("book" -> "bok"): a query word is always looked up as typed as well."""
    if not word.isascii():
        return word
    shorter = _LONG_O.sub("o", word)
    for long, short in (("oo", "o"), ("ou", "o"), ("uu", "u")):
        shorter = shorter.replace(long, short)
    # A short word made shorter ("hou" -> "ho") would find every other record.
    return shorter if len(shorter) >= 4 else word
