"""TrueType fonts for every script on the page, chosen per run of text.

reportlab's built-in faces cover Latin-1 only and its CID fonts are not embedded (many viewers then
show boxes), and its TrueType loader refuses PostScript-outline fonts such as Noto CJK's OTFs. So we
register TrueType-outline faces: a Latin face (DejaVu Sans, Liberation Sans, Arial, Segoe UI), a
Japanese face (IPAGothic / IPAexGothic, Yu Gothic, Meiryo, MS Gothic) and a Korean face (NanumGothic,
Malgun Gothic), looked up in this order:

1. the folder given by the caller (the GUI's setting) or the ``MISSIONPLANNER_FONTS_DIR`` variable;
2. fonts bundled under ``resources/fonts/``;
3. the system's font folders (Linux, Windows, macOS).

Text is split into runs by script; each run is wrapped in ``<font name=...>`` after being escaped, so
a user string never becomes markup. A character that no face covers is reported as a warning; the
document is still written with the glyphs we can show.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

ENV_VAR = "MISSIONPLANNER_FONTS_DIR"

# Registered names (what styles and <font> tags refer to).
LATIN, LATIN_BOLD, LATIN_ITALIC = "MP-Latin", "MP-Latin-Bold", "MP-Latin-Italic"
JAPANESE, JAPANESE_BOLD = "MP-Japanese", "MP-Japanese-Bold"
KOREAN, KOREAN_BOLD = "MP-Korean", "MP-Korean-Bold"

# File names to look for, best first. (.ttc: the first face of the collection is used.)
CANDIDATES: dict[str, tuple[str, ...]] = {
    LATIN: ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "NotoSans-Regular.ttf", "arial.ttf",
            "segoeui.ttf", "Arial.ttf"),
    LATIN_BOLD: ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "NotoSans-Bold.ttf", "arialbd.ttf",
                 "segoeuib.ttf", "Arial Bold.ttf"),
    LATIN_ITALIC: ("DejaVuSans-Oblique.ttf", "LiberationSans-Italic.ttf", "NotoSans-Italic.ttf",
                   "ariali.ttf", "segoeuii.ttf", "Arial Italic.ttf"),
    JAPANESE: ("ipaexg.ttf", "ipag.ttf", "ipagp.ttf", "fonts-japanese-gothic.ttf", "YuGothR.ttc",
               "YuGothM.ttc", "meiryo.ttc", "msgothic.ttc"),
    JAPANESE_BOLD: ("YuGothB.ttc", "meiryob.ttc"),
    KOREAN: ("NanumGothic.ttf", "NanumBarunGothic.ttf", "malgun.ttf", "AppleSDGothicNeo.ttc"),
    KOREAN_BOLD: ("NanumGothicBold.ttf", "NanumBarunGothicBold.ttf", "malgunbd.ttf"),
}

SCRIPT_NAMES = {"latin": "Latin", "japanese": "Japanese (kana/kanji)", "korean": "Korean (Hangul)"}


def _system_dirs() -> list[Path]:
    dirs = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path.home() / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts"),
                 Path("/System/Library/Fonts/Supplemental")]
    else:
        data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        dirs += [Path(data_home) / "fonts", Path.home() / ".fonts", Path("/usr/local/share/fonts"),
                 Path("/usr/share/fonts")]
    return dirs


def _bundled_dir() -> Path | None:
    try:
        from importlib.resources import files

        path = Path(str(files("missionplanner.resources") / "fonts"))
    except (ImportError, ModuleNotFoundError, TypeError):
        return None
    return path if path.is_dir() else None


def search_dirs(fonts_dir: str | os.PathLike | None = None) -> list[Path]:
    """The folders we look in, in order of precedence."""
    dirs: list[Path] = []
    for given in (fonts_dir, os.environ.get(ENV_VAR)):
        if given:
            dirs.append(Path(given))
    bundled = _bundled_dir()
    if bundled:
        dirs.append(bundled)
    dirs += _system_dirs()
    return dirs


def _index(folder: Path) -> dict[str, Path]:
    """Lower-cased file name -> path for every font file under `folder` (first found wins)."""
    found: dict[str, Path] = {}
    if not folder.is_dir():
        return found
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.lower().endswith((".ttf", ".ttc")):
                found.setdefault(name.lower(), Path(root) / name)
    return found


@lru_cache(maxsize=16)
def _locate(dirs: tuple[Path, ...]) -> dict[str, list[Path]]:
    """For each role, the candidate files that exist, in order (folders first, then preference)."""
    indexes = [_index(d) for d in dirs]
    out: dict[str, list[Path]] = {}
    for role, names in CANDIDATES.items():
        paths = []
        for idx in indexes:
            for name in names:
                p = idx.get(name.lower())
                if p is not None:
                    paths.append(p)
        out[role] = paths
    return out


@dataclass
class FontSet:
    """The faces registered for one document, and the characters none of them could show."""

    faces: dict[str, str] = field(default_factory=dict)      # role -> registered name
    files: dict[str, Path] = field(default_factory=dict)     # role -> file
    coverage: dict[str, frozenset | dict] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    _laid_out: dict = field(default_factory=dict, repr=False)
    _split: dict = field(default_factory=dict, repr=False)

    @property
    def _ascii_ok(self) -> bool:
        """True when the Latin face draws all of printable ASCII (then ASCII text needs no runs)."""
        ok = self.__dict__.get("_ascii_cache")
        if ok is None:
            cov = self.coverage.get(LATIN, frozenset())
            ok = self.__dict__["_ascii_cache"] = all(c in cov for c in range(32, 127))
        return ok

    @property
    def body(self) -> str:
        return self.faces.get(LATIN, "Helvetica")

    @property
    def bold(self) -> str:
        return self.faces.get(LATIN_BOLD, self.faces.get(LATIN, "Helvetica-Bold"))

    @property
    def italic(self) -> str:
        return self.faces.get(LATIN_ITALIC, self.faces.get(LATIN, "Helvetica-Oblique"))

    # Run splitting ---------------------------------------------------------------------------------

    def _covers(self, role: str, ch: str) -> bool:
        cov = self.coverage.get(role)
        return cov is not None and ord(ch) in cov

    def face_for(self, ch: str, bold: bool = False) -> str | None:
        """The registered face to draw `ch` with; None means no face has it."""
        script = script_of(ch)
        if script == "japanese":
            order = (JAPANESE, KOREAN, LATIN)
        elif script == "korean":
            order = (KOREAN, JAPANESE, LATIN)
        else:
            order = (LATIN, JAPANESE, KOREAN)
        for role in order:
            if self._covers(role, ch):
                if bold:
                    bold_role = role + "-Bold"
                    if bold_role in self.faces and self._covers(bold_role, ch):
                        return self.faces[bold_role]
                return self.faces[role]
        return None

    def runs(self, text: str, bold: bool = False) -> list[tuple[str | None, str]]:
        """`text` split into (face, substring) runs; face None means the paragraph's own face.

        Latin characters the Latin face covers keep the paragraph's face (so bold and italic styles
        apply); kana, kanji and Hangul get the Japanese or Korean face.
        """
        if text.isascii() and self._ascii_ok:
            return [(None, text)] if text else []
        key = (text, bold)
        done = self._split.get(key)  # names and labels come back many times in a document
        if done is None:
            done = self._split[key] = self._runs(text, bold)
        return done

    def _runs(self, text: str, bold: bool) -> list[tuple[str | None, str]]:
        latin = self.coverage.get(LATIN, frozenset())
        out: list[tuple[str | None, str]] = []
        cur_face: str | None = None
        buf: list[str] = []
        for ch in text:
            cp = ord(ch)
            if cp in latin and (cp < 0x2E80 or script_of(ch) == "latin"):
                face = None
            elif ch in " \t\n\r":
                face = cur_face
            else:
                face = self.face_for(ch, bold)
                if face == self.faces.get(LATIN) or face == self.faces.get(LATIN_BOLD):
                    face = None
                elif face is None:
                    if cp >= 32:
                        self.missing.add(ch)
                    face = cur_face
            if face != cur_face and buf:
                out.append((cur_face, "".join(buf)))
                buf = []
            cur_face = face
            buf.append(ch)
        if buf:
            out.append((cur_face, "".join(buf)))
        return out

    def markup(self, text, bold: bool = False) -> str:
        """Escaped paragraph markup for a user string, with a <font> tag around each foreign run."""
        if text is None:
            return ""
        text = str(text)
        if text.isascii() and self._ascii_ok:
            return escape(text)
        parts = []
        for face, chunk in self.runs(text, bold):
            esc = escape(chunk)
            parts.append(esc if face is None else f'<font name="{face}">{esc}</font>')
        return "".join(parts)

    def lines(self, text, bold: bool = False) -> str:
        """Like markup(), keeping the user's line breaks."""
        return "<br/>".join(self.markup(line, bold) for line in str(text or "").splitlines())

    def string_width(self, text: str, size: float, bold: bool = False) -> float:
        default = self.bold if bold else self.body
        return sum(pdfmetrics.stringWidth(s, f or default, size) for f, s in self.runs(text, bold))

    def draw(self, canv, x: float, y: float, text: str, size: float, *, bold: bool = False,
             align: str = "left") -> None:
        """Draw a plain string on the canvas (header, footer) with the right face per run."""
        default = self.bold if bold else self.body
        key = (text, size, bold)
        laid = self._laid_out.get(key)
        if laid is None:
            runs = [(f or default, s, pdfmetrics.stringWidth(s, f or default, size))
                    for f, s in self.runs(text, bold)]
            laid = self._laid_out[key] = (runs, sum(w for _f, _s, w in runs))
        runs, width = laid
        if align == "right":
            x -= width
        elif align == "center":
            x -= width / 2
        for face, chunk, w in runs:
            canv.setFont(face, size)
            canv.drawString(x, y, chunk)
            x += w

    def warnings(self) -> list[str]:
        out = list(self.problems)
        if self.missing:
            by_script: dict[str, list[str]] = {}
            for ch in sorted(self.missing):
                by_script.setdefault(SCRIPT_NAMES.get(script_of(ch), "other"), []).append(ch)
            for script, chars in sorted(by_script.items()):
                sample = "".join(chars[:12])
                out.append(
                    f"no installed font covers {len(chars)} {script} character(s) ({sample}); they are "
                    f"left blank in the PDF. Install a font for them (e.g. fonts-ipafont-gothic for "
                    f"Japanese, fonts-nanum for Korean) or put one in the folder named by {ENV_VAR}")
        return out


def script_of(ch: str) -> str:
    cp = ord(ch)
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F \
            or 0xA960 <= cp <= 0xA97F or 0xD7B0 <= cp <= 0xD7FF:
        return "korean"
    if 0x3040 <= cp <= 0x30FF or 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF \
            or 0xF900 <= cp <= 0xFAFF or 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF \
            or 0x31F0 <= cp <= 0x31FF:
        return "japanese"
    return "latin"


@lru_cache(maxsize=32)
def _load(role: str, path: Path) -> tuple[str, frozenset] | None:
    """Register the file under a name unique to it; None when reportlab cannot read it."""
    name = f"{role}:{path.stem}"
    try:
        font = TTFont(name, str(path), subfontIndex=0) if path.suffix.lower() == ".ttc" \
            else TTFont(name, str(path))
    except (TTFError, OSError, ValueError, KeyError, AssertionError):
        return None
    pdfmetrics.registerFont(font)
    return name, frozenset(font.face.charToGlyph)


def load_fonts(fonts_dir: str | os.PathLike | None = None, *, dirs: Iterable[Path] | None = None) -> FontSet:
    """Find and register the faces; `problems` lists what could not be found."""
    located = _locate(tuple(dirs) if dirs is not None else tuple(search_dirs(fonts_dir)))
    fs = FontSet()
    for role in CANDIDATES:
        for path in located.get(role, []):
            loaded = _load(role, path)
            if loaded is not None:
                fs.faces[role], fs.coverage[role] = loaded
                fs.files[role] = path
                break
    if LATIN not in fs.faces:
        fs.problems.append(
            "no TrueType Latin font found (looked for DejaVu Sans, Liberation Sans, Arial); using "
            f"the PDF's built-in Helvetica, which is not embedded. Set {ENV_VAR} to a folder with "
            "DejaVuSans.ttf")
        fs.coverage[LATIN] = frozenset(range(32, 256))
        fs.faces[LATIN] = "Helvetica"
        fs.faces.setdefault(LATIN_BOLD, "Helvetica-Bold")
        fs.coverage.setdefault(LATIN_BOLD, fs.coverage[LATIN])
    for role, regular in ((LATIN_BOLD, LATIN), (LATIN_ITALIC, LATIN)):
        if role not in fs.faces:
            fs.faces[role], fs.coverage[role] = fs.faces[regular], fs.coverage[regular]
    from reportlab.lib.fonts import addMapping

    for regular, bold, italic in ((LATIN, LATIN_BOLD, LATIN_ITALIC), (JAPANESE, JAPANESE_BOLD, None),
                                  (KOREAN, KOREAN_BOLD, None)):
        if regular not in fs.faces:
            continue
        r = fs.faces[regular]
        b = fs.faces.get(bold, r)
        i = fs.faces.get(italic, r) if italic else r
        addMapping(r, 0, 0, r)
        addMapping(r, 1, 0, b)
        addMapping(r, 0, 1, i)
        addMapping(r, 1, 1, b)
        if b != r:
            addMapping(b, 0, 0, b)
            addMapping(b, 1, 0, b)
            addMapping(b, 0, 1, b)
            addMapping(b, 1, 1, b)
    return fs
