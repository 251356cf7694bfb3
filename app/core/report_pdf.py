"""The PDF machinery of every report: fonts, styles, page frame and build.

ReportLab platypus. Only the report modules import this, and only when a
report is made (never on the GUI's start-up path). The DejaVu fonts that ship
with matplotlib are embedded so that every letter users type prints; a
character DejaVu lacks prints in a fallback font (Noto fonts of the package
manimgx-fonts, or a font on the computer: app.core.report_fonts), and one no
font has is noted so that the report can say where it stands.

Pages have a running header (report and workspace) and "Sida x av y"; long
reports get a table of contents; headings become PDF bookmarks; the
document carries title, author, subject and keywords.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
)

from app.core.files import replace_file
from app.core.report_script import visual_order

FONT = "VfSans"
FONT_BOLD = "VfSans-Bold"
MISSING = "\ufffd"   # printed for a character no font on the computer has

PAGE = A4
MARGIN = 18 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN
# What a page's frame holds: A4 less the margins, the running header and the
# frame's own padding (6 pt above and below).
BODY_HEIGHT = PAGE[1] - 2 * MARGIN - 6 * mm - 12

Progress = Callable[[float, str], None]


class ReportCancelled(Exception):
    """The user cancelled; no file was written."""


# -- fonts -----------------------------------------------------------------------

class _Fonts:
    registered = False
    covered: frozenset[int] = frozenset()
    finder = None            # report_fonts.FontFinder: the fallbacks, found when needed


def register_fonts() -> None:
    """Register the embedded fonts once per process."""
    if _Fonts.registered:
        return
    import matplotlib

    from app.core.report_fonts import FontFinder

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    files = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
             FONT + "-Oblique": "DejaVuSans-Oblique.ttf",
             FONT + "-BoldOblique": "DejaVuSans-BoldOblique.ttf"}
    for name, file in files.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD,
                                  italic=FONT + "-Oblique", boldItalic=FONT + "-BoldOblique")
    _Fonts.covered = frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)
    _Fonts.finder = FontFinder(_Fonts.covered)
    _Fonts.registered = True


def font_finder():
    """The fallback fonts (app.core.report_fonts.FontFinder), for the charts too."""
    register_fonts()
    return _Fonts.finder


def _escape(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&#39;"})


def _glyphs(text: str) -> str:
    """Escaped text; characters DejaVu lacks in a fallback font's run, or as "�"
    (noted as missing) when no font on the computer has them."""
    if text.isascii():
        return _escape(text)
    out = []
    missing = []
    for name, run in _Fonts.finder.runs(text, FONT):
        if name == FONT:
            out.append(_escape(run))
        elif name is None:
            out.append(MISSING * len(run))
            missing.append(run)
        else:
            out.append(f'<font name="{name}">{_escape(run)}</font>')
    if missing:
        from app.core.report_fonts import note_missing

        note_missing("".join(missing))
    return "".join(out)


def text(value: object) -> str:
    """User text as platypus markup that prints exactly as typed.

    Markup characters are escaped, line breaks kept; very long words are
    broken by the paragraph style (splitLongWords) so they never overflow;
    right-to-left runs are shaped and put in visual order (report_script).
    """
    if value is None:
        return ""
    return _glyphs(visual_order(str(value))).replace("\n", "<br/>")


# ReportLab wraps (and, split over pages, re-wraps) one paragraph in time that grows
# with the square of its length: a 240,000-character note took 40 s. Longer user
# text is laid out as several paragraphs of about this many characters.
CHUNK = 3000
_TAG = re.compile(r"(<[^>]*>)")
_BREAK = re.compile(r"<br\s*/>")


def paragraphs(markup: str, style: ParagraphStyle) -> list[Paragraph]:
    """markup as one Paragraph, or when long as several: at line breaks, and a
    line longer than CHUNK at a space (never inside a tag or an entity)."""
    if len(markup) <= CHUNK:
        return [Paragraph(markup, style)]
    return [Paragraph(part, style) for part in _chunks(markup)]


def text_cell(markup: str, style: ParagraphStyle) -> Paragraph | list[Paragraph]:
    """A table cell's content: one Paragraph as always, several for long text."""
    parts = paragraphs(markup, style)
    return parts[0] if len(parts) == 1 else parts


def _chunks(markup: str) -> list[str]:
    out: list[str] = []
    current: str | None = None
    for n, line in enumerate(_lines(markup)):
        for m, piece in enumerate(_split_line(line)):
            sep = " " if m else ("<br/>" if n else "")
            if current is None:
                current = piece
            elif len(current) + len(sep) + len(piece) > CHUNK:
                out.append(current)    # the paragraph boundary stands for sep
                current = piece
            else:
                current += sep + piece
    out.append(current or "")
    return out


def _tokens(markup: str):
    """(token, is_text_outside_tags) for each piece of markup."""
    depth = 0
    for token in _TAG.split(markup):
        if not token:
            continue
        if token.startswith("<") and token.endswith(">"):
            yield token, False
            if token.startswith("</"):
                depth = max(0, depth - 1)
            elif not token.endswith("/>"):
                depth += 1
        else:
            yield token, depth == 0


def _lines(markup: str) -> list[str]:
    """markup cut at its line breaks outside any tag (<b>…</b>, <font …>…</font>)."""
    lines, line, depth = [], [], 0
    for token in _TAG.split(markup):
        if depth == 0 and _BREAK.fullmatch(token):
            lines.append("".join(line))
            line = []
            continue
        if token.startswith("<") and token.endswith(">"):
            if token.startswith("</"):
                depth = max(0, depth - 1)
            elif not token.endswith("/>"):
                depth += 1
        line.append(token)
    lines.append("".join(line))
    return lines


def _split_line(line: str) -> list[str]:
    """A line of markup longer than CHUNK cut at spaces outside tags (a run
    without one at CHUNK, never inside a tag or an &entity;); the spaces cut at
    are dropped."""
    if len(line) <= CHUNK:
        return [line]
    spaces, safe, at = [], [], 0       # cut positions: spaces, and any text position
    for token, outside in _tokens(line):
        if outside:
            entity = False
            for i, ch in enumerate(token):
                if ch == "&":
                    entity = True
                    safe.append(at + i)
                elif not entity:
                    safe.append(at + i)
                if ch == " ":
                    spaces.append(at + i)
                if ch == ";":
                    entity = False
        at += len(token)
    parts, start = [], 0
    while len(line) - start > CHUNK:
        limit = start + CHUNK
        i = bisect.bisect_right(spaces, limit) - 1
        if i >= 0 and spaces[i] > start + CHUNK // 2:
            parts.append(line[start:spaces[i]])
            start = spaces[i] + 1
            continue
        i = bisect.bisect_right(safe, limit) - 1
        if i >= 0 and safe[i] > start + CHUNK // 2:
            parts.append(line[start:safe[i]])
            start = safe[i]
            continue
        i = bisect.bisect_right(spaces, limit)      # past a tag: the next space
        if i < len(spaces):
            parts.append(line[start:spaces[i]])
            start = spaces[i] + 1
            continue
        break      # no place to cut outside a tag: the rest stays one paragraph
    parts.append(line[start:])
    return parts

# -- styles ----------------------------------------------------------------------

def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5,
                          alignment=TA_LEFT, splitLongWords=1, spaceAfter=3)
    s = {"body": base}
    s["small"] = ParagraphStyle("small", base, fontSize=8, leading=10, spaceAfter=1)
    s["cell"] = ParagraphStyle("cell", base, fontSize=7.5, leading=9.2, spaceAfter=0)
    s["cell_bold"] = ParagraphStyle("cell_bold", s["cell"], fontName=FONT_BOLD)
    s["muted"] = ParagraphStyle("muted", s["small"], textColor=colors.HexColor("#555555"))
    # No keepWithNext: with a table longer than a page it would push the heading
    # and the whole table to a new page. build_pdf keeps headings with the start
    # of what follows them instead (report_keep). A section's h1 starts a new page
    # only when little room is left (section_start), so more space above it.
    s["h1"] = ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=16, leading=20,
                             spaceBefore=18, spaceAfter=8, textColor=colors.HexColor("#1f3a5f"))
    s["h2"] = ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=12.5, leading=16,
                             spaceBefore=10, spaceAfter=5, textColor=colors.HexColor("#1f3a5f"))
    s["h3"] = ParagraphStyle("h3", base, fontName=FONT_BOLD, fontSize=10.5, leading=13.5,
                             spaceBefore=7, spaceAfter=3)
    s["title"] = ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=26, leading=32,
                                spaceAfter=14, textColor=colors.HexColor("#1f3a5f"))
    s["subtitle"] = ParagraphStyle("subtitle", base, fontSize=14, leading=19, spaceAfter=6)
    s["toc0"] = ParagraphStyle("toc0", base, fontSize=10, leading=14, leftIndent=0)
    s["toc1"] = ParagraphStyle("toc1", base, fontSize=9, leading=12, leftIndent=14)
    # For a table of contents that fits its page only when set closer (TocBlock).
    s["toc0_compact"] = ParagraphStyle("toc0_compact", s["toc0"], fontSize=9.5, leading=12.5,
                                       spaceAfter=1)
    s["toc1_compact"] = ParagraphStyle("toc1_compact", s["toc1"], fontSize=8.5, leading=10.5,
                                       spaceAfter=1)
    return s


HEADING_LIMIT = 200     # characters of a heading; the whole name stays in the file


class Heading(Paragraph):
    """A heading that goes into the table of contents and the PDF outline."""

    def __init__(self, title: str | None, level=0, style: ParagraphStyle | None = None, *,
                 toc: bool = True, outline: str | None = None, **kwargs) -> None:
        """outline: the bookmark's and the contents' text, when not the title's."""
        if title is None:   # a fragment made by Paragraph.split (style comes second)
            super().__init__(None, level, **kwargs)
            self.outline_title, self.outline_level, self.in_toc, self.key = None, 0, False, ""
            return
        # A name pasted long (a team named with a whole paragraph) made a heading
        # taller than a page, which ReportLab cannot split: the report failed.
        if len(title) > HEADING_LIMIT:
            title = title[:HEADING_LIMIT - 1].rstrip() + "…"
        super().__init__(text(title), style)
        self.outline_title = outline or title
        self.outline_level = level
        self.in_toc = toc
        self.key = ""       # the bookmark's name, given by build_pdf

    def split(self, avail_width, avail_height):
        parts = super().split(avail_width, avail_height)
        if parts:           # the first fragment carries the bookmark
            first = parts[0]
            first.outline_title, first.outline_level = self.outline_title, self.outline_level
            first.in_toc, first.key = self.in_toc, self.key
        return parts


class TableOfContents(Flowable):
    """Where the table of contents goes; build_pdf puts a TocBlock of one
    TocLine per heading here."""

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        pass


class TocLine(Flowable):
    """One entry of the table of contents. Its page number is written when the
    document is saved (like "Sida x av y"), so the layout needs one pass only."""

    NUMBER_WIDTH = 12 * mm

    def __init__(self, heading: Heading) -> None:
        super().__init__()
        self.key, self.level = heading.key, heading.outline_level
        self.indent = 14 * self.level
        self.plain = heading.outline_title
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        """The normal style, or the compact one (smaller, closer lines)."""
        name = ("toc0" if self.level == 0 else "toc1") + ("_compact" if compact else "")
        self.style = styles()[name]
        self.para = Paragraph(text(self.plain), self.style)

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        _, self.height = self.para.wrap(avail_width - self.indent - self.NUMBER_WIDTH,
                                        avail_height)
        return avail_width, self.height

    def draw(self) -> None:
        canv = self.canv
        self.para.drawOn(canv, self.indent, 0)
        lines = len(self.para.blPara.lines)
        y = self.height - self.style.fontSize - (lines - 1) * self.style.leading
        if lines == 1:      # dot leader from the title to the number
            from reportlab.pdfbase.pdfmetrics import stringWidth

            start = self.indent + self.style.leftIndent + stringWidth(
                self.plain, self.style.fontName, self.style.fontSize) + 4
            stop = self.width - self.NUMBER_WIDTH + 4
            if stop > start:
                canv.saveState()
                canv.setLineCap(1)
                canv.setLineWidth(0.9)
                canv.setDash([0.01, 3.5])
                canv.setStrokeColor(colors.HexColor("#777777"))
                canv.line(start, y + 1, stop, y + 1)
                canv.restoreState()
        canv.saveState()
        canv.translate(self.width, y)
        canv.doForm(f"vf-toc-{self.key}")   # the page number, known when saved
        canv.restoreState()
        canv.toc_forms[self.key] = (self.style.fontName, self.style.fontSize)
        canv.linkRect("", self.key, (self.indent, 0, self.width, self.height), relative=1)


class TocBlock(Flowable):
    """The table of contents' lines as one block, so that it is tidy: in the
    normal style when it fits the rest of its page, in the compact style when
    only that makes it fit, and else (a county with many organisations) compact
    and flowing on over as many full pages as it needs, never a few stray lines
    on a page of their own that the normal style would have left."""

    def __init__(self, lines: list[TocLine], compact: bool | None = None) -> None:
        super().__init__()
        self.lines = lines
        self.fixed = compact          # None: choose by the room there is
        self.compact = bool(compact)
        self.spaceBefore = self.spaceAfter = 0

    def _set(self, compact: bool) -> None:
        self.compact = compact
        for line in self.lines:
            line.set_compact(compact)

    def _measure(self, avail_width, avail_height) -> list[float]:
        """Each line's height, the space after it included (the last one's not)."""
        heights = []
        for n, line in enumerate(self.lines):
            _, height = line.wrap(avail_width, avail_height)
            heights.append(height + (line.style.spaceAfter if n < len(self.lines) - 1 else 0))
        return heights

    def wrap(self, avail_width, avail_height):
        self._set(bool(self.fixed))
        total = sum(self._measure(avail_width, avail_height))
        if self.fixed is None and total > avail_height:
            self._set(True)
            total = sum(self._measure(avail_width, avail_height))
        self.width, self.height = avail_width, total
        return avail_width, total

    def split(self, avail_width, avail_height):
        self._set(True)             # the most lines on each page
        used, count = 0.0, 0
        for height in self._measure(avail_width, avail_height):
            if used + height > avail_height + 0.01:
                break
            used, count = used + height, count + 1
        # A heading's entry goes over with its first sub-entry, not last on the page.
        fits = count
        while 0 < count < len(self.lines) and \
                self.lines[count - 1].level < self.lines[count].level:
            count -= 1
        if count == 0 and fits > 1:      # a page of nothing but such entries: split anyway
            count = fits
        if count == 0 or count == len(self.lines):
            return []
        return [TocBlock(self.lines[:count], True), TocBlock(self.lines[count:], True)]

    def draw(self) -> None:
        y = self.height
        for line in self.lines:
            y -= line.height
            line.drawOn(self.canv, 0, y)
            y -= line.style.spaceAfter


# -- the document ----------------------------------------------------------------

@dataclass
class DocInfo:
    title: str           # "Länsrapport", "Områdesrapport", …
    scope: str           # "Norrbotten – hela länet"
    workspace: str
    created: str         # ISO date
    subject: str = "Kartläggning och förbättringsarbete i missbruks- och beroendevården"
    keywords: str = "Vårdfläta, kartläggning, nationella riktlinjer, PGSA"


class _Doc(BaseDocTemplate):
    def __init__(self, filename: str, info: DocInfo, *, progress: Progress | None,
                 cancelled: Callable[[], bool] | None, start: float, cover: bool) -> None:
        super().__init__(
            filename, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN,
            title=f"{info.title} – {info.scope}",   # as the page header says
            author="Vårdfläta", subject=f"{info.subject} – {info.scope}",
            creator="Vårdfläta", keywords=info.keywords, lang="sv-SE",
            # The canvas's first font is the embedded DejaVu, not Helvetica (which
            # ReportLab would list, unembedded, even though no text uses it).
            initialFontName=FONT, initialFontSize=9.5)
        self.info = info
        self._progress, self._cancelled = progress, cancelled
        self._start, self._total, self._reported = start, 1, start
        self._bookmarks = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        templates = [PageTemplate("cover", [frame], onPage=_footer_only),
                     PageTemplate("normal", [frame], onPage=_header_footer)]
        self.addPageTemplates(templates if cover else templates[::-1])
        self.setProgressCallBack(self._on_progress)

    def _on_progress(self, kind: str, value: int) -> None:
        if self._cancelled and self._cancelled():
            raise ReportCancelled("Rapporten avbröts.")
        if kind == "SIZE_EST":
            self._total = max(1, value)
        elif kind == "PROGRESS" and self._progress:
            fraction = self._start + (0.99 - self._start) * min(1.0, value / self._total)
            if fraction > self._reported:   # split flowables can make the count step back
                self._reported = fraction
                self._progress(fraction, "Sätter sidorna …")

    def afterFlowable(self, flowable) -> None:
        key = getattr(flowable, "key", "")
        if not isinstance(flowable, Heading) or not key:
            return
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_title, key, flowable.outline_level,
                                  closed=flowable.outline_level > 0)
        self._bookmarks += 1
        if self._bookmarks == 2:    # a document with bookmarks opens with them shown
            self.canv.showOutline()
        self.canv.toc_pages[key] = self.canv.getPageNumber()


def _header_footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    top = PAGE[1] - MARGIN + 2 * mm
    draw_line(canvas, MARGIN, top, _clip(f"{doc.info.title} – {doc.info.scope}", 70), 7.5)
    draw_line(canvas, PAGE[0] - MARGIN, top, _clip(doc.info.workspace, 50), 7.5, right=True)
    canvas.setStrokeColor(colors.HexColor("#bbbbbb"))
    canvas.line(MARGIN, top - 2 * mm, PAGE[0] - MARGIN, top - 2 * mm)
    canvas.restoreState()
    _footer_only(canvas, doc)


def _footer_only(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    y = MARGIN - 8 * mm
    canvas.drawString(MARGIN, y, f"Vårdfläta · {doc.info.created}")
    # "Sida x av y": y is a form written when the document is saved.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x = PAGE[0] - MARGIN - stringWidth("Sida 999 av 999", FONT, 7.5)
    label = f"Sida {canvas.getPageNumber()} av "
    canvas.drawString(x, y, label)
    canvas.translate(x + stringWidth(label, FONT, 7.5), y)
    canvas.doForm(TOTAL_FORM)
    canvas.restoreState()


def _clip(value: str, limit: int) -> str:
    value = visual_order(" ".join(value.split()))
    return value if len(value) <= limit else value[:limit - 1] + "…"


def draw_line(canvas, x: float, y: float, value: str, size: float, *,
              right: bool = False) -> None:
    """One line on the canvas (running header), each run in the font that has it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs, missing = [], ""
    for name, run in _Fonts.finder.runs(value, FONT):
        if name is None:
            missing += run
            name, run = FONT, MISSING * len(run)
        runs.append((name, run))
    if missing:
        from app.core.report_fonts import note_missing

        note_missing(missing)
    if right:
        x -= sum(stringWidth(run, name, size) for name, run in runs)
    for name, run in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, name, size)


class _NumberedCanvas(rl_canvas.Canvas):
    """Numbers known only at the end ("av y", the table of contents' pages) are
    form XObjects that pages use now and save() defines; pages are written as
    they come, so bookmarks and links point at the right pages."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.toc_forms: dict[str, tuple[str, float]] = {}   # heading key -> (font, size)
        self.toc_pages: dict[str, int] = {}                 # heading key -> its page
        self.pages_done = 0

    def showPage(self) -> None:
        self.pages_done += 1
        super().showPage()

    def save(self) -> None:
        self._number_form(TOTAL_FORM, str(self.pages_done), FONT, 7.5, right=False)
        for key, (font, size) in self.toc_forms.items():
            self._number_form(f"vf-toc-{key}", str(self.toc_pages.get(key, "")), font, size,
                              right=True)
        super().save()

    def _number_form(self, name: str, value: str, font: str, size: float, *,
                     right: bool) -> None:
        self.beginForm(name, lowerx=-80, lowery=-5, upperx=80, uppery=size + 5)
        self.setFont(font, size)
        self.setFillColor(colors.HexColor("#555555") if not right else colors.black)
        (self.drawRightString if right else self.drawString)(0, 0, value)
        self.endForm()


TOTAL_FORM = "vf-total-pages"


def table_of_contents() -> TableOfContents:
    return TableOfContents()


def build_pdf(path: str | Path, info: DocInfo, story: list, *, toc: bool, cover: bool = True,
              progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
              start: float = 0.5) -> Path:
    """Lay out story into path, atomically: a cancelled or failed build writes nothing."""
    register_fonts()
    from reportlab import rl_config

    rl_config.useA85 = 0   # binary image streams: ASCII85 in pure Python cost ~0.1 s a chart
    path = Path(path)
    temporary = path.with_name(f".{path.name}.tmp")
    doc = _Doc(str(temporary), info, progress=progress, cancelled=cancelled, start=start,
               cover=cover)
    from app.core.report_keep import keep_headings

    story = keep_headings(_with_toc(story, toc))
    try:
        doc.build(story, canvasmaker=_NumberedCanvas)
        replace_file(temporary, path)
    except OSError as exc:   # a full disk, a read-only USB stick: a sentence, not Errno
        from app.sync import file_error

        raise file_error(exc, path) from None
    finally:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
    if progress:
        progress(1.0, "Klart.")
    return path


def _with_toc(story: list, toc: bool) -> list:
    """Name every heading's bookmark, and put a TocLine per heading where the
    table of contents stands (or drop it); no blank pages (_one_break)."""
    headings = [f for f in _walk(story) if isinstance(f, Heading) and f.outline_title]
    for n, heading in enumerate(headings, start=1):
        heading.key = f"h{n}"
    lines = [TocLine(h) for h in headings if h.in_toc] if toc else []
    result = []
    for flowable in story:
        if isinstance(flowable, TableOfContents):
            if lines:
                result.append(TocBlock(lines))
        else:
            result.append(flowable)
    return _one_break(result)


def _one_break(story: list) -> list:
    """story without a page break straight after another (a page template's
    change between them aside): a section that starts on a new page, after the
    table of contents or a section left out, would otherwise leave a blank page."""
    result, after_break = [], False
    for flowable in story:
        if isinstance(flowable, PageBreak):
            if after_break:
                continue
            after_break = True
        elif not isinstance(flowable, NextPageTemplate):
            after_break = False
        result.append(flowable)
    return result


def _walk(flowables: list):
    for flowable in flowables:
        yield flowable
        inner = getattr(flowable, "_content", None)
        if isinstance(inner, list):
            yield from _walk(inner)
