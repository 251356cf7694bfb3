"""Fonts for characters DejaVu lacks: emoji, other scripts, Chinese, Japanese, Korean.

The reports embed DejaVu Sans (shipped with matplotlib). A character it lacks
prints in the first font that has it, looked for when a report is made:

1. the Noto fonts of the manimgx-fonts package (a dependency: Noto Emoji,
   Noto Sans Symbols and many scripts: Arabic, Hebrew, Thai, Devanagari, …);
2. symbol fonts the system often has (Symbola, Noto Sans Symbols 2);
3. a font on this computer that has it: on Linux the one fontconfig lists
   (`fc-list`, with each font's character set), on Windows known files under
   C:\\Windows\\Fonts (Microsoft YaHei, SimSun, Malgun Gothic, Yu Gothic, …), on
   macOS known files under /System/Library/Fonts (PingFang, Hiragino, Apple SD
   Gothic Neo, Arial Unicode, …). ReportLab embeds TrueType outlines only, so
   a font it cannot read (e.g. a CFF-based .otf) is skipped.

No font is downloaded or shipped for this. A character no font has prints as
"�"; `collect_missing` gathers such characters while a report is made, so that
the report can say where they stand.

The same fonts serve the charts: `chart_families` gives matplotlib's font
family list (DejaVu Sans first) for the texts of a chart.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import itertools
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "manimgx_fonts"
# The package's fonts, in the order they are asked: emoji and symbols first,
# then scripts, then Noto Sans (Latin, Greek and Cyrillic letters DejaVu lacks).
PACKAGED = ("NotoEmoji[wght].ttf", "NotoSansSymbols[wght].ttf", "NotoSansArabic[wght].ttf",
            "NotoSansHebrew[wght].ttf", "NotoSansArmenian[wght].ttf",
            "NotoSansGeorgian[wght].ttf", "NotoSansEthiopic[wght].ttf",
            "NotoSansThai[wght].ttf", "NotoSansLao[wght].ttf", "NotoSansKhmer[wght].ttf",
            "NotoSansMyanmar[wght].ttf", "NotoSansSinhala[wght].ttf",
            "NotoSansDevanagari[wght].ttf", "NotoSansBengali[wght].ttf",
            "NotoSansGurmukhi[wght].ttf", "NotoSansGujarati[wght].ttf",
            "NotoSansOriya[wght].ttf", "NotoSansTamil[wght].ttf", "NotoSansTelugu[wght].ttf",
            "NotoSansKannada[wght].ttf", "NotoSansMalayalam[wght].ttf", "NotoSans[wght].ttf")
SYSTEM_SYMBOLS = (
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoEmoji-Regular.ttf",
    "/usr/share/fonts/TTF/Symbola.ttf",
)
WINDOWS_FONTS = ("msyh.ttc", "msjh.ttc", "simsun.ttc", "mingliub.ttc", "simhei.ttf",
                 "YuGothM.ttc", "YuGothR.ttc", "meiryo.ttc", "msgothic.ttc", "malgun.ttf",
                 "gulim.ttc", "Nirmala.ttf", "seguisym.ttf", "seguiemj.ttf", "ebrima.ttf",
                 "gadugi.ttf", "himalaya.ttf", "mongolianbaiti.ttf", "arialuni.ttf")
MAC_FONTS = ("/System/Library/Fonts/PingFang.ttc", "/System/Library/Fonts/STHeiti Light.ttc",
             "/System/Library/Fonts/STHeiti Medium.ttc",
             "/System/Library/Fonts/Hiragino Sans GB.ttc",
             "/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc",
             "/System/Library/Fonts/AppleSDGothicNeo.ttc",
             "/System/Library/Fonts/Supplemental/Songti.ttc",
             "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
             "/Library/Fonts/Arial Unicode.ttf", "/System/Library/Fonts/Apple Symbols.ttf")
# Characters that need no glyph of their own: variation selectors, joiners.
SILENT = frozenset([0x200C, 0x200D, *range(0xFE00, 0xFE10)])
_NUMBERS = itertools.count(1)


@dataclass
class Fallback:
    name: str                        # the name registered with ReportLab
    path: str
    index: int                       # the face in a .ttc collection
    chars: frozenset[int]
    family: str | None = None        # matplotlib's name for it, once asked


@dataclass
class _SystemFont:
    path: str
    index: int
    starts: list[int] = field(default_factory=list)   # character ranges, sorted
    ends: list[int] = field(default_factory=list)

    def has(self, code: int) -> bool:
        i = bisect.bisect_right(self.starts, code) - 1
        return i >= 0 and code <= self.ends[i]


class FontFinder:
    """The fallback fonts, loaded and registered with ReportLab as they are needed."""

    def __init__(self, covered: frozenset[int]) -> None:
        self.covered = covered
        self.loaded: list[Fallback] = []
        self._tried: set[tuple[str, int]] = set()
        self._for: dict[int, Fallback | None] = {}
        self._system: list[_SystemFont] | None = None
        self._lock = threading.RLock()
        self._fixed = False

    # -- looking up ------------------------------------------------------------

    def font_for(self, code: int) -> Fallback | None:
        """The fallback font for a character DejaVu lacks, or None if none has it."""
        found = self._for.get(code, False)
        if found is not False:
            return found
        with self._lock:
            if not self._fixed:
                self._fixed = True
                for path in _packaged_paths() + [p for p in SYSTEM_SYMBOLS
                                                 if os.path.isfile(p)]:
                    self._load(path, 0)
            found = next((f for f in self.loaded if code in f.chars), None)
            if found is None:
                for path, index in self._system_candidates(code):
                    font = self._load(path, index)
                    if font is not None and code in font.chars:
                        found = font
                        break
            self._for[code] = found
            return found

    def runs(self, text: str, base: str) -> list[tuple[str | None, str]]:
        """text in runs of one font each: (font name, text); base for DejaVu's
        characters, None for characters no font has."""
        out: list[tuple[str | None, str]] = []
        for ch in text:
            code = ord(ch)
            if code in self.covered or ch in "\n\t":
                name = base
            elif code in SILENT:
                continue
            else:
                font = self.font_for(code)
                name = font.name if font else None
            if out and out[-1][0] == name:
                out[-1] = (name, out[-1][1] + ch)
            else:
                out.append((name, ch))
        return out

    def missing(self, text: str) -> set[str]:
        """The characters of text that no font has."""
        return {ch for ch in set(text) if ord(ch) not in self.covered and ch not in "\n\t"
                and ord(ch) not in SILENT and self.font_for(ord(ch)) is None}

    # -- loading -----------------------------------------------------------------

    def _load(self, path: str, index: int) -> Fallback | None:
        key = (path, index)
        if key in self._tried:
            return next((f for f in self.loaded if (f.path, f.index) == key), None)
        self._tried.add(key)
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        name = f"VfFallback{next(_NUMBERS)}"     # unique in ReportLab's (global) registry
        try:
            font = TTFont(name, path, subfontIndex=index)
        except Exception:  # noqa: BLE001 - unreadable (e.g. CFF outlines): skip it
            return None
        pdfmetrics.registerFont(font)
        # <b> and <i> around a fallback run keep the run's font (it has no bold).
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name,
                                      boldItalic=name)
        fallback = Fallback(name, path, index, frozenset(font.face.charToGlyph))
        self.loaded.append(fallback)
        return fallback

    def _system_candidates(self, code: int) -> list[tuple[str, int]]:
        if sys.platform.startswith("win"):
            folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
            return [(str(folder / f), 0) for f in WINDOWS_FONTS if (folder / f).is_file()]
        if sys.platform == "darwin":
            return [(f, 0) for f in MAC_FONTS if os.path.isfile(f)]
        if self._system is None:
            self._system = fontconfig_fonts()
        return [(f.path, f.index) for f in self._system if f.has(code)]


def _packaged_paths() -> list[str]:
    from importlib.util import find_spec

    spec = find_spec(PACKAGE)      # the folder, without running the package
    folders = list(spec.submodule_search_locations or []) if spec else []
    if not folders:
        return []
    return [p for p in (os.path.join(folders[0], f) for f in PACKAGED) if os.path.isfile(p)]


def fontconfig_fonts(run=subprocess.run) -> list[_SystemFont]:
    """The fonts fontconfig knows, with their character sets, plain styles and
    TrueType files first (ReportLab reads TrueType outlines, not CFF)."""
    try:
        result = run(["fc-list", "--format", "%{file}|%{index}|%{style}|%{charset}\n"],
                     capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    fonts = []
    for line in result.stdout.splitlines():
        parts = line.split("|")
        if len(parts) != 4 or not parts[0].lower().endswith((".ttf", ".ttc", ".otf")):
            continue
        path, index, style, charset = parts
        font = _SystemFont(path, int(index) if index.isdigit() else 0)
        for span in charset.split():
            low, _, high = span.partition("-")
            try:
                font.starts.append(int(low, 16))
                font.ends.append(int(high or low, 16))
            except ValueError:
                continue
        if font.starts:
            slanted = any(w in style.lower() for w in ("bold", "italic", "oblique", "light",
                                                       "thin", "black", "heavy"))
            fonts.append((slanted, path.lower().endswith(".otf"), path, font))
    fonts.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in fonts]


# -- characters no font has, gathered while a report is made ---------------------------

_MISSING: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "vardflata_missing_glyphs", default=None)


@contextlib.contextmanager
def collect_missing():
    """Gather (into the set yielded) every character printed as "�" meanwhile."""
    found: set[str] = set()
    token = _MISSING.set(found)
    try:
        yield found
    finally:
        _MISSING.reset(token)


def note_missing(chars) -> None:
    found = _MISSING.get()
    if found is not None:
        found.update(chars)


# -- the charts --------------------------------------------------------------------------

def chart_families(finder: FontFinder, texts) -> list[str]:
    """matplotlib's font family list for a chart with these texts: DejaVu Sans,
    then the fallback fonts their characters need (matplotlib falls back glyph by
    glyph along the list). Characters no font has are noted as missing."""
    from matplotlib import font_manager

    families = ["DejaVu Sans"]
    wanted: list[Fallback] = []
    missing: set[str] = set()
    for text in texts:
        for ch in set(text or ""):
            code = ord(ch)
            if code in finder.covered or code in SILENT or ch in "\n\t":
                continue
            font = finder.font_for(code)
            if font is None:
                missing.add(ch)
            elif font not in wanted:
                wanted.append(font)
    for font in wanted:
        if font.family is None:
            try:
                font_manager.fontManager.addfont(font.path)
                font.family = font_manager.FontProperties(fname=font.path).get_name()
            except Exception:  # noqa: BLE001 - a font matplotlib cannot read: no fallback
                font.family = ""
        if font.family and font.family not in families:
            families.append(font.family)
    note_missing(missing)
    return families
