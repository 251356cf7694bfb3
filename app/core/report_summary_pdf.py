"""The summary's section of a PDF report (Sammanfattning): plain Swedish for a
steering group or politicians, one page (two at most), first after the cover
and the table of contents. Content from `report_summary`; the table style,
headings and keeping of headings with what follows as in the other sections.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, TableStyle

from app.core.model import LEVELS
from app.core.report_improvement_pdf import no_teams_text, value_text
from app.core.report_keep import lead
from app.core.report_pdf import FONT, FRAME_WIDTH, Heading, styles, text
from app.core.report_sections import GROUP_BG, TABLE_LOOK, thousands
from app.core.report_summary import (
    MEASURES_SHOWN, TEAMS_SHOWN, TITLES_SHOWN, CellShare, Summary, Tally,
)
from app.core.report_table import RowTable

# What a measure's chart shows (report_improvement.chart_verdict), in words.
VERDICT_WORDS = {
    "better": "<b>Signal om förbättring</b>",
    "worse": "<b>Signal om försämring</b>",
    "signal": "Signal, men ingen tydlig riktning",
    "none": "Ingen signal: variationen ser slumpmässig ut",
    "too_few": "För få mätvärden för att bedöma (minst 10 behövs)",
    "empty": "Inga mätvärden ännu",
}


def bullet(markup: str) -> Paragraph:
    """A line of a list, its bullet in the embedded font (not Helvetica)."""
    style = ParagraphStyle("summary_bullet", styles()["body"], leftIndent=10, bulletIndent=1,
                           bulletFontName=FONT)
    return Paragraph(markup, style, bulletText="•")


def summary_section(summary: Summary) -> list:
    """The summary, then a page break: the pages a steering group reads stand
    on their own (and print on their own)."""
    s = styles()
    out: list = [Heading("Sammanfattning", 0, s["h1"]),
                 lead(Paragraph(
                     f"Det viktigaste i korthet, från arbetsytans uppgifter "
                     f"{summary.created.isoformat()}. Andelarna är räknade på det som är "
                     "kartlagt; det som ännu inte är kartlagt står för sig.", s["muted"]))]
    out += _mapping(summary)
    out += _findings(summary)
    out += _improvement(summary)
    out.append(PageBreak())
    return out


# -- the mapping -------------------------------------------------------------------------

def progress_words(summary: Summary) -> str:
    """How far the mapping has come, for a reader who has not seen the matrix."""
    p = summary.progress
    if not p.units:
        return "Omfattningen har inga organisationer ännu."
    if not p.assessments:
        return "Katalogen har inga metoder ännu."
    one = p.units == 1
    if summary.nothing_mapped:
        if one:
            return (f"Organisationen har inte kartlagt ännu: alla {thousands(p.assessments)} "
                    "metoder återstår att bedöma.")
        return (f"Ingen organisation har kartlagt ännu: alla {thousands(p.assessments)} "
                f"bedömningar (en per organisation och metod, {p.units} organisationer) "
                "återstår.")
    if one:
        if not p.left:
            return f"Organisationen har bedömt alla {thousands(p.done)} metoder."
        return (f"Organisationen har bedömt {thousands(p.done)} av "
                f"{thousands(p.assessments)} metoder; {thousands(p.left)} återstår.")
    if not p.left:
        return (f"Alla {p.units} organisationer har bedömt alla metoder "
                f"({thousands(p.done)} bedömningar).")
    started = (f"Alla {p.units} organisationer" if p.units_started == p.units else
               f"{p.units_started} av {p.units} organisationer")
    return (f"{started} har kartlagt minst en metod. {thousands(p.done)} av "
            f"{thousands(p.assessments)} bedömningar (en per organisation och metod) är "
            f"gjorda; {thousands(p.left)} återstår.")


def share_words(tally: Tally, *, one: bool) -> str:
    if tally.share_in_use is None:
        return ("Det som är kartlagt är bedömt som ej aktuellt; någon andel i bruk går "
                "inte att räkna ännu.")
    what = "metoder" if one else "bedömningar"
    return (f"Av de kartlagda metoderna används <b>{tally.percent} %</b> delvis eller "
            f"systematiskt ({thousands(tally.in_use)} av {thousands(tally.mapped)} kartlagda "
            f"{what} där metoden är aktuell).")


def _mapping(summary: Summary) -> list:
    s = styles()
    one = summary.progress.units == 1
    out: list = [Heading("Kartläggningen", 1, s["h2"]),
                 Paragraph(text(progress_words(summary)), s["body"])]
    if summary.nothing_mapped:
        return out
    share = share_words(summary.share, one=one)
    p = summary.progress
    if summary.share.share_in_use is not None and p.done * 2 < p.assessments:
        share += (f" Andelen bygger på {thousands(p.done)} av {thousands(p.assessments)} "
                  "bedömningar och kan ändras mycket när fler har kartlagt." if not one else
                  f" Andelen bygger på {thousands(p.done)} av {thousands(p.assessments)} "
                  "metoder och kan ändras när fler är bedömda.")
    out.append(Paragraph(share, s["body"]))
    out += _parts_table(summary)
    out += _cells(summary)
    return out


def _parts_table(summary: Summary) -> list:
    if not summary.parts:
        return []
    s = styles()
    area = summary.parts_kind == "area"
    intro = ("Per samverkansområde, högst andel i bruk först:" if area else
             "Per organisation, högst andel i bruk först:")
    head = ["Samverkansområde" if area else "Organisation", "Andel i bruk",
            "I bruk av kartlagda", "Organisationer som har kartlagt" if area else
            "Bedömda metoder"]
    rows = [[Paragraph(f"<b>{h}</b>", s["cell"]) for h in head]]
    for part in summary.parts:
        tally = part.tally
        share = "–" if tally.percent is None else f"{tally.percent} %"
        used = (f"{thousands(tally.in_use)} av {thousands(tally.mapped)}"
                if tally.share_in_use is not None else
                "inget kartlagt" if not part.started else "bara ej aktuellt")
        name = part.name + (f" ({part.units} organisationer)" if area and part.units != 1
                            else " (1 organisation)" if area else "")
        mapped = (f"{part.started} av {part.units}" if area else
                  f"{thousands(tally.total - tally.unmapped)} av {thousands(tally.total)}")
        rows.append([Paragraph(text(name), s["cell"]),
                     Paragraph(f"<b>{share}</b>", s["cell"]),
                     Paragraph(used, s["cell"]), Paragraph(mapped, s["cell"])])
    table = RowTable(rows, colWidths=[FRAME_WIDTH - 105 * mm, 25 * mm, 35 * mm, 45 * mm],
                     repeatRows=1, labels=[None] + [p.name for p in summary.parts])
    table.setStyle(TableStyle([*TABLE_LOOK, ("ALIGN", (1, 1), (1, -1), "RIGHT")]))
    out: list = [Spacer(1, 1 * mm), lead(Paragraph(intro, s["body"])), table]
    if summary.parts_left:
        out.append(Paragraph(f"… och {summary.parts_left} till; alla står i matrisen.",
                             s["small"]))
    return out + [Spacer(1, 2 * mm)]


def cell_line(cell: CellShare) -> str:
    c = cell.cell
    return (f"{text(cell.row)} – {text(cell.column)}: <b>{cell.percent} %</b> i bruk "
            f"({thousands(c.in_use)} av {thousands(c.mapped)} kartlagda)")


def _mapped(summary: Summary) -> str:
    """What a cell's mapped count counts: one organisation's methods, or
    assessments (one per organisation and method)."""
    return "kartlagda metoder" if summary.scope_kind == "unit" else "kartlagda bedömningar"


def _cells(summary: Summary) -> list:
    s = styles()
    floor = summary.cell_floor
    out: list = [lead(Paragraph("<b>Starkast och svagast i matrisen</b>", s["h3"]))]
    if not summary.strongest:
        if summary.cells_enough >= 2:
            out.append(Paragraph(
                f"De {summary.cells_enough} rutor i matrisen som har minst {floor} "
                f"{_mapped(summary)} har samma andel i bruk; ingen är starkare eller svagare "
                "än någon annan.", s["body"]))
        else:
            have = ("ingen ruta har det ännu" if not summary.cells_enough else
                    "bara en ruta har det ännu")
            out.append(Paragraph(
                "För lite är kartlagt för att säga vilka av matrisens rutor (en rad i ett "
                "behovsområde) som är starkast och svagast: en ruta behöver "
                f"minst {floor} {_mapped(summary)} där metoden är aktuell, och {have}.",
                s["body"]))
        return out
    out.append(Paragraph(
        f"Matrisens rutor (en rad i ett behovsområde) med högst och lägst andel i bruk, av "
        f"de {summary.cells_enough} rutor som har minst {floor} {_mapped(summary)}:",
        s["body"]))
    for title, cells in (("Starkast", summary.strongest), ("Svagast", summary.weakest)):
        out.append(Paragraph(f"<b>{title}:</b>", s["body"]))
        out += [bullet(cell_line(c)) for c in cells]
    return out


# -- improvement areas ---------------------------------------------------------------------

FINDING_STATUS_WORDS = (("open", "öppna", "öppen"), ("in_progress", "pågår", "pågår"),
                        ("done", "åtgärdade", "åtgärdad"))


def findings_words(summary: Summary) -> str:
    n = summary.finding_count
    found = [f for group in summary.findings.values() for f in group]
    counts = {key: sum(f.status == key for f in found) for key, _, _ in FINDING_STATUS_WORDS}
    if n == 1:
        word = next((one for key, _, one in FINDING_STATUS_WORDS if counts[key]), "")
        return f"1 förbättringsområde är registrerat ({word})." if word else \
            "1 förbättringsområde är registrerat."
    if any(counts[key] == n for key in counts):
        word = next(many for key, many, _ in FINDING_STATUS_WORDS if counts[key] == n)
        return f"{n} förbättringsområden är registrerade, alla {word}."
    parts = [f"{counts[key]} {'pågår' if key == 'in_progress' else many}"
             for key, many, _ in FINDING_STATUS_WORDS if counts[key]]
    other = n - sum(counts.values())
    if other:
        parts.append(f"{other} med annan status")
    return f"{n} förbättringsområden är registrerade: {_and(parts)}."


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " och " + parts[-1]


def _findings(summary: Summary) -> list:
    s = styles()
    out: list = [Heading("Förbättringsområden", 1, s["h2"])]
    if not summary.findings:
        return out + [Paragraph("Inga förbättringsområden är registrerade ännu.", s["body"])]
    out.append(Paragraph(text(findings_words(summary)) + " Per nivå:", s["body"]))
    for level, label in LEVELS.items():
        found = summary.findings.get(level, [])
        if not found:
            continue
        titles = "; ".join(text(f.title.strip()) for f in found[:TITLES_SHOWN])
        more = f"; och {len(found) - TITLES_SHOWN} till" if len(found) > TITLES_SHOWN else ""
        out.append(bullet(f"<b>{label} ({len(found)}):</b> {titles}{more}."))
    return out


# -- improvement work ----------------------------------------------------------------------

def improvement_words(summary: Summary) -> str:
    teams = summary.improvement.teams
    measures = [mc for t in teams for mc in t.measures]
    cycles = [c for t in teams for c in t.cycles]
    better = sum(mc.verdict == "better" for mc in measures)
    worse = sum(mc.verdict == "worse" for mc in measures)
    done = sum(c.status == "done" for c in cycles)
    words = [f"{len(teams)} förbättringsteam arbetar med {len(measures)} mått."]
    if measures and not better:
        words.append("Inget av måttens diagram visar ännu en signal om förbättring" + (
            f"; {worse} visar en signal om försämring." if worse else "."))
    elif measures:
        words.append(f"Diagrammen visar en signal om förbättring för {better} av "
                     f"{len(measures)} mått" + (f" och om försämring för {worse}." if worse
                                                else "."))
    who = "Teamet" if len(teams) == 1 else "Teamen"
    if not cycles:
        words.append(f"{who} har inte registrerat någon PGSA-cykel (Planera – Göra – "
                     "Studera – Agera) ännu.")
    elif len(cycles) == 1:
        words.append(f"{who} har registrerat 1 PGSA-cykel (Planera – Göra – Studera – "
                     "Agera); den är " + ("avslutad." if done else "inte avslutad ännu."))
    else:
        finished = "ingen av dem avslutad" if not done else \
            "alla avslutade" if done == len(cycles) else f"{done} av dem avslutade"
        words.append(f"{who} har registrerat {len(cycles)} PGSA-cykler (Planera – Göra – "
                     f"Studera – Agera), {finished}.")
    return " ".join(words)


def _improvement(summary: Summary) -> list:
    """The improvement work, kept whole on a page when it fits one: on the next
    page rather than its table split over two."""
    s = styles()
    out: list = [Heading("Förbättringsarbete", 1, s["h2"])]
    content = summary.improvement
    if content is None or not content.teams:
        return out + [Paragraph(text(no_teams_text(summary.scope_kind, summary.scope_label)),
                                s["body"])]
    out.append(Paragraph(text(improvement_words(summary)), s["body"]))
    out += _teams_table(summary)
    return [KeepTogether(out)]


def _team_line(tc) -> str:
    aims = "; ".join(text(a.title) for a in tc.aims)
    done = sum(c.status == "done" for c in tc.cycles)
    parts = [f"<b>{text(tc.team.name)}</b>"]
    if aims:
        parts.append(f"Mål: {aims}")
    if tc.cycles:
        parts.append(cycles_words(len(tc.cycles), done))
    return " · ".join(parts)


def cycles_words(count: int, done: int) -> str:
    """"5 PGSA-cykler, 4 avslutade", "1 PGSA-cykel, pågår"."""
    if count == 1:
        return "1 PGSA-cykel, " + ("avslutad" if done else "pågår")
    return f"{count} PGSA-cykler, {done} " + ("avslutad" if done == 1 else "avslutade")


def _latest(mc) -> str:
    latest = mc.latest
    shown = text(f"{value_text(mc, latest.value)} ({latest.period})") if latest else "–"
    if mc.measure.target is not None:
        shown += "<br/><font color='#555555'>målvärde " \
                 f"{text(value_text(mc, mc.measure.target))}</font>"
    return shown


def verdict_words(mc) -> str:
    words = VERDICT_WORDS.get(mc.verdict, "–")
    if mc.verdict == "signal" and mc.measure.direction not in ("up", "down"):
        words = "Signal (måttet anger inte om högre eller lägre är bättre)"
    return words


def _teams_table(summary: Summary) -> list:
    s = styles()
    head = [Paragraph(f"<b>{h}</b>", s["cell"]) for h in
            ("Mått", "Senaste värde", "Vad diagrammet visar")]
    rows, labels, style = [head], [None], list(TABLE_LOOK)
    teams = summary.improvement.teams
    shown, cut = 0, 0           # teams in the table; measures of theirs left out
    for tc in teams:
        room = MEASURES_SHOWN - sum(len(t.measures) for t in teams[:shown])
        # Whole teams, as many as there is room for (the first one at least).
        if shown >= TEAMS_SHOWN or (shown and len(tc.measures) > room):
            break
        shown += 1
        r = len(rows)
        rows.append([Paragraph(_team_line(tc), s["cell"]), "", ""])
        labels.append(tc.team.name)
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GROUP_BG)]
        if not tc.measures:
            rows.append([Paragraph("<i>Inga mått ännu.</i>", s["cell"]), "", ""])
            labels.append(None)
            style.append(("SPAN", (0, r + 1), (-1, r + 1)))
        for mc in tc.measures[:max(room, 1)]:
            rows.append([Paragraph(text(mc.measure.name), s["cell"]),
                         Paragraph(_latest(mc), s["cell"]),
                         Paragraph(verdict_words(mc), s["cell"])])
            labels.append(mc.measure.name)
        cut = max(0, len(tc.measures) - max(room, 1))
        if cut:
            rows.append([Paragraph(f"<i>… och {cut} mått till.</i>", s["cell"]), "", ""])
            labels.append(None)
            style.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        style.append(("NOSPLIT", (0, r), (-1, len(rows) - 1)))   # a team with its measures
    table = RowTable(rows, colWidths=[FRAME_WIDTH - 106 * mm, 34 * mm, 72 * mm],
                     repeatRows=1, labels=labels)
    table.setStyle(TableStyle(style))
    out: list = [Spacer(1, 1 * mm), table]
    left = teams[shown:]
    if left:
        measures = sum(len(t.measures) for t in left)
        out.append(Paragraph(
            f"Ytterligare {len(left)} team med {measures} mått står i rapportens avsnitt "
            "Förbättringsarbete och i teamrapporterna.", s["small"]))
    elif cut:
        out.append(Paragraph("Alla mått står i rapportens avsnitt Förbättringsarbete och "
                             "i teamrapporten.", s["small"]))
    return out
