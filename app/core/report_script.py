"""Right-to-left text in PDF reports (Arabic, Hebrew), without extra libraries.

ReportLab lays out text left to right and does not join Arabic letters. So,
for text that holds right-to-left letters, each run of such text is shaped
(Arabic presentation forms, from `unicodedata`, lam-alef ligatures included)
and put in visual order, and a name or phrase typed in Arabic prints readably
inside Swedish text. A simplification of the Unicode bidi algorithm: no
embedding levels, digits inside a run keep their order, and a right-to-left
paragraph that wraps over several lines reads each line's pieces left to right.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# A run: right-to-left letters, and what stands between them (spaces, marks,
# digits, punctuation) up to the next right-to-left letter.
_RUN = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
                  "(?:[^A-Za-zÀ-ɏ\n]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])?")
# Numbers keep their order; a letter keeps its combining marks after it.
_MARKS = "\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_TOKENS = re.compile(rf"\d+(?:[.,:]\d+)*|.[{_MARKS}]*", re.S)
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_LAM = "\u0644"
_ALEFS = "\u0622\u0623\u0625\u0627"


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """(letter -> {form: glyph}, lam-alef pair -> {form: glyph}) from Unicode data."""
    letters: dict[str, dict[str, str]] = {}
    ligatures: dict[str, dict[str, str]] = {}
    for code in range(0xFE70, 0xFEFD):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) < 2 or not decomposition[0].startswith("<"):
            continue
        form = decomposition[0].strip("<>")
        base = "".join(chr(int(x, 16)) for x in decomposition[1:])
        (letters if len(base) == 1 else ligatures).setdefault(base, {})[form] = chr(code)
    return letters, ligatures


def _transparent(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"     # harakat and other marks


def shape_arabic(text: str) -> str:
    """Arabic letters in their joined forms (logical order kept)."""
    letters, ligatures = _forms()
    dual = {b for b, f in letters.items() if "medial" in f}
    joining = set(letters)
    chars = list(text)

    def neighbour(i: int, step: int) -> str | None:
        i += step
        while 0 <= i < len(chars) and _transparent(chars[i]):
            i += step
        return chars[i] if 0 <= i < len(chars) else None

    out = []
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch not in joining:
            out.append(ch)
            i += 1
            continue
        before = neighbour(i, -1)
        joins_before = before in dual
        after = neighbour(i, +1)
        if ch == _LAM and after is not None and after in _ALEFS:
            forms = ligatures.get(ch + after, {})
            out.append(forms.get("final" if joins_before else "isolated", ch + after))
            i += 1
            while i < len(chars) and chars[i] != after:   # keep marks between them
                i += 1
            i += 1
            continue
        joins_after = ch in dual and after in joining
        form = ("medial" if joins_before and joins_after else "final" if joins_before
                else "initial" if joins_after else "isolated")
        forms = letters[ch]
        out.append(forms.get(form) or forms.get("isolated", ch))
        i += 1
    return "".join(out)


def visual_order(text: str) -> str:
    """text as it must be drawn left to right: right-to-left runs shaped and reversed."""
    if not _RTL.search(text):
        return text
    return "\n".join(_visual_line(line) for line in text.split("\n"))


def _visual_line(line: str) -> str:
    out, pos = [], 0
    for match in _RUN.finditer(line):
        start, end = match.span()
        run = line[start:end]
        # A bracket opened inside the run is closed inside it, too: "(نعم)".
        open_count = sum(run.count(c) for c in "([{«")
        close_count = sum(run.count(c) for c in ")]}»")
        while open_count > close_count and end < len(line) and line[end] in ")]}»":
            end += 1
            close_count += 1
        if start < pos:
            continue
        tokens = _TOKENS.findall(shape_arabic(line[start:end]))
        out += [line[pos:start], "".join(reversed(tokens)).translate(_MIRROR)]
        pos = end
    out.append(line[pos:])
    return "".join(out)
