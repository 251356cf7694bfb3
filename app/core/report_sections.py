"""The mapping's sections of a PDF report: cover, matrix heatmaps, competences
and gaps per need area, findings, and an organisation's methods with notes.

Each function returns platypus flowables for content from `report_content`.
Status is always shown with symbols and numbers as well as colour, so the
heatmap reads in black and white and for colour-blind readers.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table,
    TableStyle,
)

from app.core.model import (FINDING_CATEGORIES, LEVELS, STATUSES, CellState, CellSummary,
                            whole_percent)
from app.core.report_content import ReportContent, ScopeMatrix
from app.core.report_keep import empty_section, lead, section_start
from app.core.report_pdf import (
    FONT, FRAME_WIDTH, Heading, paragraphs, styles, table_of_contents, text, text_cell,
)
from app.core.report_table import RowTable, continued

# Symbols in the order a cell lists them, best first.
CELL_ORDER = ("systematic", "partly", "planned", "not_used", "unknown", "not_applicable")
GRID = colors.HexColor("#9aa5b1")
HEAD_BG = colors.HexColor("#e8edf3")
GROUP_BG = colors.HexColor("#f5f7fa")   # a row naming the group below it (a unit, a team)
# Every table of the report: a grid, its head row shaded, cells read from the top.
TABLE_LOOK = (("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
              ("VALIGN", (0, 0), (-1, -1), "TOP"))
# Sequential blues (light = little in use, dark = much), readable in grey too.
SCALE = ["#f1f5fa", "#d3e2f1", "#a9c8e4", "#6fa3cf", "#3a78b3", "#1d4f86"]
DARK_FROM = 4    # buckets from this one on get white text
LIST_LIMIT = 8   # organisations named after a note before "… och N till"


# Where each colour band starts, in whole percent: 0, 17, 33, 50, 67, 83. A cell's
# band is chosen from the rounded percentage it prints, so "83 %" is never drawn
# in a band the legend calls 67–82 %.
BAND_STARTS = [round(i * 100 / len(SCALE)) for i in range(len(SCALE))]


def bucket(share: float) -> int:
    shown = whole_percent(share)
    return max(i for i, start in enumerate(BAND_STARTS) if shown >= start)


def share_colour(share: float | None) -> colors.Color:
    if share is None:
        return colors.HexColor("#ffffff")
    return colors.HexColor(SCALE[bucket(share)])


def percent(share: float | None) -> str:
    return "–" if share is None else f"{whole_percent(share)} %"


def fit_title(title: str, width: float, size: float = 7.5) -> str:
    """A catalogue heading as cell markup; too wide, it may break after a slash
    (ReportLab breaks lines only at spaces)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.core.report_pdf import FONT_BOLD

    if stringWidth(title, FONT_BOLD, size) > width - 6:
        title = title.replace("/", "/ ")
    return f"<b>{text(title)}</b>"


def natural(entry) -> list:
    """Sort key: "2 medarbetare" before "11 medarbetare"."""
    import re

    return [int(p) if p.isdigit() else p.casefold()
            for p in re.split(r"(\d+)", str(entry[0]))]


def thousands(n: int) -> str:
    """A count as Swedish writes it: "1 290", the space a no-break one."""
    return f"{n:,}".replace(",", "\u00a0")


def progress_sentence(progress) -> str:
    """How far the mapping has come, in plain Swedish (report_content.MappingProgress):
    "Kartläggningen: 2 av 17 organisationer har kartlagt minst en metod; 1 240 av
    1 290 bedömningar återstår." '' when the scope has no organisations or methods."""
    if progress is None or not progress.assessments:
        return ""
    if progress.units == 1:
        if not progress.left:
            return f"Kartläggningen: alla {thousands(progress.done)} metoder är bedömda."
        return (f"Kartläggningen: {thousands(progress.done)} av "
                f"{thousands(progress.assessments)} metoder är bedömda; "
                f"{thousands(progress.left)} återstår.")
    if not progress.left:
        return (f"Kartläggningen: alla {progress.units} organisationer har bedömt alla "
                f"metoder ({thousands(progress.done)} bedömningar).")
    return (f"Kartläggningen: {progress.units_started} av {progress.units} organisationer "
            f"har kartlagt minst en metod; {thousands(progress.left)} av "
            f"{thousands(progress.assessments)} bedömningar (en per organisation och "
            f"metod) återstår.")


def names_list(names: list[str], limit: int = LIST_LIMIT) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" och {len(names) - limit} till" if len(names) > limit else "")


# -- cover -------------------------------------------------------------------------

def cover(content: ReportContent, toc: bool, short: bool = False) -> list:
    """The cover page (and the table of contents' page when toc); short: the
    report is its summary alone, and the cover says so under the title."""
    s = styles()
    organisations = 'organisation' if content.unit_count == 1 else 'organisationer'
    if content.kind == "team":      # one improvement team: its organisations by name
        scope = "Omfattning: ett förbättringsteam" + (
            f" – {content.unit_count} {organisations}: "
            f"{text(', '.join(content.team_units))}" if content.team_units else "")
        about = ("Förbättringsarbete enligt Genombrottsmetoden: mål, mått över tid och "
                 "förändringar som testas i PGSA-cykler (Planera – Göra – Studera – Agera).")
    else:
        scope = (f"Omfattning: {text(content.scope_label)} – {content.unit_count} "
                 f"{organisations}, {content.item_count} metoder i katalogen")
        about = ("Kartläggning enligt Socialstyrelsens nationella riktlinjer för vård "
                 "och stöd vid missbruk och beroende, och förbättringsarbete enligt "
                 "Genombrottsmetoden (PGSA: Planera – Göra – Studera – Agera).")
    progress = progress_sentence(content.progress) if content.kind != "team" else ""
    parts = [Spacer(1, 45 * mm), Paragraph(text(content.title), s["title"]),
             Paragraph(text(content.scope_label), s["subtitle"]),
             *([Paragraph("Sammanfattning – kort version för styrgrupp och politiker",
                          s["subtitle"])] if short else []),
             Spacer(1, 6 * mm),
             Paragraph(f"Arbetsyta: {text(content.workspace)}", s["body"]),
             Paragraph(f"Datum: {content.created.isoformat()}", s["body"]),
             Paragraph(scope, s["body"]),
             *([Paragraph(text(progress), s["body"])] if progress else []),
             Spacer(1, 10 * mm),
             Paragraph(about, s["muted"]),
             Paragraph("Rapporten innehåller uppgifter på organisationsnivå, inga "
                       "personuppgifter.", s["muted"]),
             NextPageTemplate("normal"), PageBreak()]
    if toc:
        parts += [Paragraph("Innehåll", s["h1"]), table_of_contents(), PageBreak()]
    return parts


# -- the matrix as a heatmap ---------------------------------------------------------

def status_count(key: str, count: int) -> str:
    """A status and its count as cell markup, joined by a no-break space: "● 3".
    Not applicable is said in words, "ej aktuellt 1": its sign "–" before a
    number reads as "minus one"."""
    if key == "not_applicable":
        return f"ej\u00a0aktuellt\u00a0{count}"   # wraps as one
    return f"{STATUSES[key][1]}\u00a0{count}"


def _cell_markup(cell: CellSummary, single_unit: bool) -> str:
    """A heatmap cell: the share in use of what is mapped ("62 %", "31 av 50
    kartlagda"), the mapped statuses' counts, and what is not mapped yet
    ("ej kartlagt: 17"), as the matrix on screen says it (CellSummary)."""
    state = cell.state
    if state == CellState.NO_METHODS:
        return "<i>inga metoder</i>"
    if state == CellState.SHARE:
        lines = [f"<b>{percent(cell.share_in_use)}</b> i bruk",
                 f"{cell.in_use} av {cell.mapped} kartlagda"]
    else:
        lines = [f"ej kartlagt: {cell.unmapped}" if state == CellState.UNMAPPED
                 else "ej aktuellt"]
    symbols = " ".join(status_count(k, cell.counts[k]) for k in CELL_ORDER
                       if k != "unknown" and cell.counts.get(k))
    if symbols and state != CellState.NOT_APPLICABLE:   # not "ej aktuellt" twice
        lines.append(symbols)
    if state == CellState.SHARE and cell.unmapped:
        lines.append(f"ej kartlagt: {cell.unmapped}")
    if not single_unit:
        lines.append(f"<font size=6.5>{cell.items} metoder × {cell.units} org.</font>")
    return "<br/>".join(lines)


def matrix_table(content: ReportContent, matrix: ScopeMatrix, *, compact: bool = False) -> Table:
    s = styles()
    cell_style = s["cell"]
    first = 34 * mm
    rest = (FRAME_WIDTH - first) / len(content.columns)
    head = [Paragraph("", cell_style)] + [Paragraph(fit_title(c.short or c.title, rest),
                                                    cell_style) for c in content.columns]
    data, style = [head], [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("BACKGROUND", (0, 1), (0, -1), HEAD_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    single = matrix.kind == "unit"
    labels: list[str | None] = [None]
    for r, row in enumerate(content.rows, start=1):
        labels.append(row.title)
        line = [Paragraph(fit_title(row.title, first), cell_style)]
        for c, column in enumerate(content.columns, start=1):
            cell = matrix.cells[(row.id, column.id)]
            share = cell.share_in_use
            dark = share is not None and bucket(share) >= DARK_FROM
            markup = _cell_markup(cell, single or compact)
            if dark:
                markup = f'<font color="#ffffff">{markup}</font>'
            line.append(Paragraph(markup, cell_style))
            style.append(("BACKGROUND", (c, r), (c, r), share_colour(share)))
        data.append(line)
    table = RowTable(data, colWidths=[first] + [rest] * len(content.columns), repeatRows=1,
                     labels=labels)
    table.setStyle(TableStyle(style))
    return table


def legend() -> list:
    """What the signs and the colours mean (a table: colour alone says nothing)."""
    s = styles()
    symbols = " · ".join(f"{STATUSES[k][1]}\u00a0{STATUSES[k][0].lower()}" for k in CELL_ORDER
                         if k not in ("not_applicable", "unknown"))
    intro = Paragraph(
        "Andel i bruk av de kartlagda metoderna = de som används delvis eller "
        "systematiskt, av de gjorda bedömningarna (en per organisation och metod) där "
        "metoden är aktuell (”31 av 50 kartlagda”). Det som ännu inte är kartlagt räknas "
        "inte som ”används inte” utan står för sig (”ej kartlagt: 17”); en ruta där "
        f"inget är kartlagt är vit. Tecknen följs av antal: {symbols}; "
        "ej aktuellt skrivs ut i ord (”ej aktuellt 2”) och räknas inte med.", s["muted"])
    ends = [start - 1 for start in BAND_STARTS[1:]] + [100]
    labels = [f"{start}–{end} %" for start, end in zip(BAND_STARTS, ends)]
    cells = [Paragraph("Färgskala:", s["cell"])] + [
        Paragraph(f'<font color="{"#ffffff" if i >= DARK_FROM else "#000000"}">{label}</font>',
                  s["cell"]) for i, label in enumerate(labels)]
    table = Table([cells], colWidths=[20 * mm] + [18 * mm] * len(SCALE), hAlign="LEFT")
    table.setStyle(TableStyle(
        [("BACKGROUND", (i + 1, 0), (i + 1, 0), colors.HexColor(c)) for i, c in enumerate(SCALE)]
        + [("BOX", (1, 0), (-1, 0), 0.4, GRID), ("ALIGN", (1, 0), (-1, 0), "CENTER"),
           ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return [intro, Spacer(1, 1.5 * mm), table]


def matrix_section(content: ReportContent, progress_tick=lambda: None) -> list:
    """The scope's matrix, then (the county) its areas' and its organisations'. An
    area or organisation with nothing mapped has no matrix; they are named in a
    line instead ("Ännu inte kartlagda: Arjeplog, …")."""
    s = styles()
    many = sum(1 for m in content.matrices if m.kind == "unit") > 40
    progress = progress_sentence(content.progress)
    out: list = [Heading("Matrisen: hur metoderna används", 0, s["h1"]), *legend(),
                 *([Spacer(1, 1.5 * mm), Paragraph(text(progress), s["body"])]
                   if progress else []),
                 Spacer(1, 3 * mm)]
    by_unit = content.kind == "county"
    per_unit = [m for n, m in enumerate(content.matrices) if n and m.kind == "unit"]
    for n, matrix in enumerate(content.matrices):
        if by_unit and n and matrix is (per_unit or [None])[0]:
            out += _unmapped_areas(content)
            out += _per_unit_start(content)
        level = 1 if matrix.kind != "unit" or content.kind == "unit" else 2
        style = s["h2"] if level == 1 else s["h3"]
        title = matrix.title
        units = "" if matrix.kind == "unit" else f" ({matrix.units} organisationer)"
        heading = Heading(title + units, level, style, toc=not (many and level == 2))
        out.append(KeepTogether([heading, matrix_table(content, matrix,
                                                       compact=matrix.kind == "unit"),
                                 Spacer(1, 3 * mm)]))
        progress_tick()
    if by_unit and not per_unit:
        out += _unmapped_areas(content)
        if content.unmapped_units:
            out += _per_unit_start(content)
    return out


def _unmapped_areas(content: ReportContent) -> list:
    if not content.unmapped_areas:
        return []
    names = ", ".join(content.unmapped_areas)
    return [Paragraph(text(f"Samverkansområden som ännu inte har kartlagt något (ingen "
                           f"matris): {names}."), styles()["body"]), Spacer(1, 3 * mm)]


def _per_unit_start(content: ReportContent) -> list:
    """The heading of the organisations' matrices, and the one line naming those
    with nothing mapped (they have no matrix of their own)."""
    s = styles()
    out: list = [CondPageBreak(60 * mm), Heading("Matrisen per organisation", 1, s["h2"])]
    if content.unmapped_units:
        out.append(lead(Paragraph(text(
            f"Ännu inte kartlagda: {', '.join(content.unmapped_units)}. "
            "De har inte bedömt någon metod och har därför ingen egen matris."),
            s["body"])))
        out.append(Spacer(1, 2 * mm))
    return out


# -- competences and gaps per need area --------------------------------------------

def _unbroken(text: str) -> str:
    """A status's words held on one line ("används\u00a0inte", never "används /
    inte 1")."""
    return text.replace(" ", "\u00a0")


def _use_line(use) -> str:
    """How a method is used over the scope, every status the legend names with its
    count (those with none left out): "i bruk i 14 av 17: ● används systematiskt 8,
    ◑ används delvis 6, ✗ används inte 2, ? ej kartlagt 1; ej aktuellt 1"."""
    counts = use.breakdown()
    if use.units == 1:
        key = next((k for k in CELL_ORDER if counts.get(k)), "unknown")
        return STATUSES[key][0] if key == "not_applicable" else \
            f"{STATUSES[key][1]}\u00a0{STATUSES[key][0]}"
    # No-break spaces keep a symbol with its word and a count with its status:
    # "kartlagda: ●" ending a line, "används systematiskt" on the next (trial).
    shown = ", ".join(f"{STATUSES[key][1]}\u00a0{_unbroken(STATUSES[key][0].lower())}"
                      f"\u00a0{counts[key]}"
                      for key in CELL_ORDER
                      if key not in ("not_applicable", "unknown") and counts[key])
    # Of those who mapped it, as the matrix counts; the rest said apart. With no
    # share, "Ej aktuellt" is still an answer: not "ingen har kartlagt den".
    if use.state == CellState.SHARE:
        line = f"i bruk i {use.in_use} av {use.mapped} kartlagda"
    elif use.nobody_assessed:
        line = "ingen har kartlagt den"
    else:
        line = "bara bedömd som ej aktuell"
    if shown:
        line += f": {shown}"
    if counts["unknown"]:
        line += f"; {STATUSES['unknown'][1]}\u00a0{_unbroken(STATUSES['unknown'][0].lower())}" \
                f"\u00a0{counts['unknown']}"
    if counts["not_applicable"]:
        line += f"; ej\u00a0aktuellt\u00a0{counts['not_applicable']}"
    return line


def gaps_explained(unit_count: int) -> str:
    """What the section counts as a gap, in words that fit the report's scope:
    "fewer than half of the organisations" says nothing about one organisation."""
    if unit_count == 1:
        gaps = ("metoder som organisationen inte använder (delvis eller systematiskt) "
                "av dem den har kartlagt, eller där ett behov är antecknat")
        used = "metoderna som organisationen använder och den kompetens som finns"
        unmapped = "Metoder som organisationen ännu inte har kartlagt"
    else:
        gaps = ("metoder som används i mindre än hälften av de organisationer som har "
                "kartlagt dem, eller där ett behov är antecknat")
        used = "metoderna som används och den kompetens som finns"
        unmapped = ("Metoder som ingen ännu har kartlagt, eller som hittills bara har "
                    "bedömts som ej aktuella,")
    return (f"Per behovsområde: {used}, och därefter bristerna – {gaps}. {unmapped} "
            "räknas inte som brister; de står för sig under Ännu inte kartlagda.")


def need_area_section(content: ReportContent) -> list:
    s = styles()
    out: list = [section_start(), Heading("Kompetenser och brister per behovsområde", 0, s["h1"]),
                 lead(Paragraph(gaps_explained(content.unit_count), s["muted"]))]
    for area in content.need_areas:
        out += [CondPageBreak(45 * mm), Heading(area.column.title, 1, s["h2"])]
        out += _method_table("Kompetens som finns", area.strengths, competences=True)
        out += _method_table("Brister och behov", area.gaps, competences=False)
        out += _not_mapped(area, content.unit_count)
    return out


def _not_mapped(area, unit_count: int) -> list:
    """The need area's methods with nothing applicable mapped: not gaps. One
    paragraph names those nobody has assessed, another those only said to be
    "Ej aktuellt" so far: that is an answer (the matrix counts it as mapped),
    so they are never among what "ingen organisation har bedömt"."""
    nobody, only_na = area.unmapped, area.only_not_applicable
    if not nobody and not only_na:
        return []
    s = styles()
    out: list = [CondPageBreak(20 * mm), lead(Paragraph("<b>Ännu inte kartlagda</b>", s["h3"]))]
    if nobody:
        n = len(nobody)
        which = "Den här metoden" if n == 1 else f"Dessa {n} metoder"
        who = "organisationen inte" if unit_count == 1 else "ingen organisation"
        they = "den" if n == 1 else "de"
        names = ", ".join(use.item.title for use in nobody)
        out.append(Paragraph(text(f"{which} har {who} bedömt ännu; {they} räknas varken som "
                                  f"i bruk eller som brister: {names}."), s["body"]))
    if only_na:
        n = len(only_na)
        which, adjective, them = (("Den här metoden", "ej aktuell", "den") if n == 1 else
                                  (f"Dessa {n} metoder", "ej aktuella", "dem"))
        names = ", ".join(f"{use.item.title} (ej aktuell för "
                          f"{names_list(use.not_applicable_by)}; ej kartlagt: {use.unmapped})"
                          for use in only_na)
        out.append(Paragraph(text(f"{which} har hittills bara bedömts som {adjective}; övriga "
                                  f"organisationer har inte kartlagt {them} ännu: {names}."),
                             s["body"]))
    return out


def _method_table(title: str, uses: list, *, competences: bool) -> list:
    s = styles()
    head = lead(Paragraph(f"<b>{title}</b>", s["h3"]))
    if not uses:
        return [CondPageBreak(15 * mm), head, Paragraph("Inga.", s["small"])]
    rows = [[Paragraph("<b>Metod</b>", s["cell"]), Paragraph("<b>Användning</b>", s["cell"]),
             Paragraph("<b>Kompetens</b>" if competences else "<b>Behov</b>", s["cell"])]]
    labels: list[str | None] = [None] + [use.item.title for use in uses]
    after: list = []
    for use in uses:
        if competences:
            notes = [f"{text(t)} <font color='#555555'>({text(names_list(names))})</font>"
                     for t, names in sorted(use.competences.items(), key=natural)]
        else:
            notes = [f"{text(t)}{' – ' + LEVELS[lvl] if lvl in LEVELS else ''} "
                     f"<font color='#555555'>({text(names_list(names))})</font>"
                     for (t, lvl), names in sorted(use.needs.items(), key=natural)]
        if len(notes) > 12:
            notes = notes[:12] + [f"… och {len(notes) - 12} anteckningar till"]
        rows.append([Paragraph(f"{text(use.item.title)}<br/><font size=6.5 color='#555555'>"
                               f"{text(use.item.row)}</font>", s["cell"]),
                     Paragraph(text(_use_line(use)), s["cell"]),
                     long_cell("<br/>".join(notes) or "–", use.item.title, after)])
    # A row moves whole to the next page; only one taller than a page (a very long
    # note) splits, its continuation named "Metod (forts.)".
    table = RowTable(rows, colWidths=[48 * mm, 44 * mm, FRAME_WIDTH - 92 * mm], repeatRows=1,
                     labels=labels)
    table.setStyle(TableStyle(TABLE_LOOK))
    return [CondPageBreak(30 * mm), head, table, *after]


# -- findings -------------------------------------------------------------------------

def findings_section(content: ReportContent) -> list:
    s = styles()
    head = [Heading("Förbättringsområden", 0, s["h1"]),
            lead(Paragraph("Vad kartläggningen visar att vi behöver utveckla, "
                           "grupperat efter nivå och kategori.", s["muted"]))]
    if not content.findings:
        return empty_section(*head, Paragraph("Inga förbättringsområden är registrerade.",
                                              s["body"]))
    out: list = [section_start(), *head]
    rows = {r.id: r.title for r in content.rows}
    columns = {c.id: c.short or c.title for c in content.columns}
    for level, categories in content.findings.items():
        out += [CondPageBreak(35 * mm), Heading(LEVELS[level], 1, s["h2"])]
        for category, findings in categories.items():
            out += [CondPageBreak(25 * mm),
                    lead(Paragraph(f"<b>{text(FINDING_CATEGORIES[category])}</b>", s["h3"]))]
            for f in findings:
                where = [content.unit_names.get(f.unit_id or "", ""),
                         content.area_names.get(f.area_id or "", "")]
                cells = ", ".join(f"{rows.get(r, '?')} / {columns.get(c, '?')}"
                                  for r, c in f.cells)
                meta = " · ".join(x for x in (*where, cells,
                                              "öppen" if f.status == "open" else f.status) if x)
                out.append(KeepTogether([
                    Paragraph(f"<b>{text(f.title)}</b>", s["body"]),
                    Paragraph(text(meta), s["muted"]),
                    *(paragraphs(text(f.description), s["body"]) if f.description
                      else [Spacer(1, 1)]),
                    Spacer(1, 2 * mm)]))
    return out


# -- an organisation's methods with notes ----------------------------------------------

def unit_methods_section(content: ReportContent) -> list:
    """Every method of the organisation with its status and notes: one table per
    row of the matrix, whose heads repeat on the next page (never an orphan)."""
    s = styles()
    out: list = [section_start(), Heading("Metoderna och anteckningarna", 0, s["h1"])]
    for block in content.unit_methods:
        out += [CondPageBreak(45 * mm), Heading(block.column.title, 1, s["h2"])]
        for row, methods in block.rows:
            rows = [[Paragraph("<b>Metod</b>", s["cell"]), Paragraph("<b>Status</b>", s["cell"]),
                     Paragraph("<b>Anteckningar</b>", s["cell"])],
                    [Paragraph(f"<b>{text(row.title)}</b>", s["cell"]), "", ""]]
            labels: list[str | None] = [None, None] + [item.title for item, _ in methods]
            after: list = []
            for item, a in methods:
                notes = [f"{label}: {text(value)}" for label, value in (
                    ("Anteckning", a.note), ("Kompetens", a.competence),
                    ("Utbildad personal", a.staff_trained), ("Behov", a.need),
                    ("Nivå", LEVELS.get(a.level or "", ""))) if value]
                rows.append([Paragraph(text(item.title), s["cell"]),
                             Paragraph(f"{a.symbol} {text(a.status_label)}", s["cell"]),
                             long_cell("<br/>".join(notes) or "–", item.title, after)])
            table = RowTable(rows, colWidths=[50 * mm, 34 * mm, FRAME_WIDTH - 84 * mm],
                             repeatRows=2, labels=labels)
            table.setStyle(TableStyle([*TABLE_LOOK, ("SPAN", (0, 1), (-1, 1)),
                                       ("BACKGROUND", (0, 1), (-1, 1), GROUP_BG)]))
            out += [table, Spacer(1, 2 * mm), *after]
    return out


LONG_CELL = 20_000   # characters of notes kept in a table cell (2–3 pages of it)


def long_cell(markup: str, label: str, after: list):
    """A cell's text. Text longer than LONG_CELL continues below the table, as
    paragraphs of the page ("Metod (forts.)"): a table re-lays out the whole of a
    row on every page it splits, which for a book-long note took minutes. Used
    for the method tables and the PGSA worksheet's fields and grids alike."""
    s = styles()
    if len(markup) <= LONG_CELL:
        return text_cell(markup, s["cell"])
    first, *rest = paragraphs(markup, s["cell"])
    after += [Paragraph(f"<b>{text(continued(label))}</b>", s["cell"]), *rest,
              Spacer(1, 2 * mm)]
    return [first, Paragraph("<i>Fortsätter under tabellen.</i>", s["cell"])]
