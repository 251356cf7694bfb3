"""The improvement work's sections of a PDF report: teams with aims, progress,
measures (chart + signals in words) and PGSA cycles; the agreement's
follow-up; open deviations. Content comes from `report_improvement`.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle,
)

from app.core.report_improvement import CHART_SIZE_IN, ImprovementContent, MeasureContent
from app.core.report_keep import empty_section, lead, section_start
from app.core.report_pdf import FONT, FRAME_WIDTH, Heading, paragraphs, styles, text
from app.core.report_sections import GRID, TABLE_LOOK
from app.core.report_table import RowTable


def _labels():
    from app.core import improvement as imp

    return imp


def _table(rows: list[list], widths: list[float], padding: float = 6,
           labels: list[str] | None = None, label_column: int = 0) -> Table:
    """A table with a repeated header row; rows move whole to the next page, and a
    row taller than a page continues under its label with "(forts.)"."""
    table = RowTable(rows, colWidths=widths, repeatRows=1,
                     labels=[None, *labels] if labels else None, label_column=label_column)
    table.setStyle(TableStyle([
        *TABLE_LOOK, ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding)]))
    return table


def _cells(values: list[str], bold: bool = False) -> list[Paragraph]:
    s = styles()
    return [Paragraph(f"<b>{v}</b>" if bold else v, s["cell"]) for v in values]


def value_text(mc: MeasureContent, value: float | None) -> str:
    if value is None:
        return "–"
    if mc.measure.kind == "proportion":
        return f"{value * 100:.1f}".replace(".", ",").removesuffix(",0") + " %"
    number = f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{number} {mc.measure.unit}".strip()


def no_teams_text(scope_kind: str = "county", label: str = "") -> str:
    """Says whose teams are missing: an area or organisation report of a workspace
    with teams elsewhere must not read as if the workspace had none."""
    if scope_kind == "area":
        return f"Inga förbättringsteam är registrerade i {label}."
    if scope_kind == "unit":
        return f"Inga förbättringsteam är registrerade för {label}."
    return "Inga förbättringsteam är registrerade."


def improvement_section(content: ImprovementContent, *, charts: bool,
                        tick=lambda: None, scope_kind: str = "county",
                        scope_label: str = "") -> list:
    s = styles()
    heading = Heading("Förbättringsarbete", 0, s["h1"])
    if not content.teams:
        return empty_section(heading, Paragraph(text(no_teams_text(scope_kind, scope_label)),
                                                s["body"]))
    out: list = [section_start(), heading]
    out.append(lead(Paragraph("Förbättringsteamen arbetar enligt Genombrottsmetoden: mål, "
                              "mått över tid och förändringar som testas i liten skala i "
                              "PGSA-cykler.", s["muted"])))
    out += guide_box(content)
    for team in content.teams:
        out += _team(team, charts, tick)
    return out


GUIDE_BG = colors.HexColor("#f3f6f9")


def guide_box(content: ImprovementContent) -> list:
    """"Så läser du diagrammen": the terms of the charts and the progress scale
    that this report uses, each in a line of plain Swedish (report_guide)."""
    from app.core.report_guide import reading_guide

    title, pairs = reading_guide(content)
    if not pairs:
        return []
    s = styles()
    lines = [Paragraph(f"<b>{text(title)}</b>", s["small"])] + [
        Paragraph(f"<b>{text(term)}</b> – {text(words)}", s["small"]) for term, words in pairs]
    box = Table([[lines]], colWidths=[FRAME_WIDTH])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), GUIDE_BG), ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return [box, Spacer(1, 3 * mm)]


def _team(tc, charts: bool, tick) -> list:
    s, imp = styles(), _labels()
    team = tc.team
    out: list = [CondPageBreak(60 * mm), Heading(team.name, 1, s["h2"])]
    if team.description:
        out += paragraphs(text(team.description), s["body"])
    facts = [f"Organisationer: {text(', '.join(tc.unit_names) or '–')}"]
    if team.sessions:
        facts.append("Lärandeseminarier: " + text(", ".join(
            f"{x.title} {x.date}" for x in team.sessions)))
    out.append(Paragraph("<br/>".join(facts), s["small"]))
    if tc.aims:
        rows = [_cells(["Mål", "Hur mycket", "Till när"], bold=True)]
        rows += [_cells([text(a.title) + (f"<br/>{text(a.description)}" if a.description
                                          else ""), text(a.amount), text(a.due or "–")])
                 for a in tc.aims]
        out += [CondPageBreak(25 * mm), lead(Paragraph("<b>Mål</b>", s["h3"])),
                _table(rows, [FRAME_WIDTH - 80 * mm, 55 * mm, 25 * mm],
                       labels=[a.title for a in tc.aims])]
    if tc.progress:
        latest = tc.progress[-1]
        recent = tc.progress[-12:]
        rows = [_cells([f"<font size=6.5>{p.month}</font>" for p in recent], bold=True),
                _cells([f"{p.score:.1f}".replace(".", ",") for p in recent])]
        out += [CondPageBreak(25 * mm),
                lead(Paragraph("<b>Framsteg (IHI:s bedömningsskala 0,5–5)</b>", s["h3"])),
                lead(Paragraph(f"Senast ({latest.month}): {latest.score:.1f} – ".replace(".", ",")
                          + text(latest.label), s["small"])),
                _table(rows, [FRAME_WIDTH / len(recent)] * len(recent), padding=2)]
    for mc in tc.measures:
        out += _measure(mc, charts)
        tick()
    if tc.cycles:
        rows = [_cells(["Nr", "PGSA-cykel", "Period", "Status", "Beslut och lärdomar"],
                       bold=True)]
        for c in tc.cycles:
            decision = imp.DECISIONS.get(c.decision or "", "")
            learned = " – ".join(x for x in (decision, c.learning, c.next_step) if x)
            idea = tc.ideas.get(c.change_idea_id or "", "")
            rows.append(_cells([str(c.number), text(c.title) + (
                f"<br/><font color='#555555'>Idé: {text(idea)}</font>" if idea else ""),
                f"{c.starts_on or '–'}<br/>{c.ends_on or ''}",
                text(imp.CYCLE_STATUSES.get(c.status, c.status)), text(learned or "–")]))
        out += [CondPageBreak(30 * mm), lead(Paragraph("<b>PGSA-cykler</b>", s["h3"])),
                _table(rows, [9 * mm, 48 * mm, 22 * mm, 20 * mm, FRAME_WIDTH - 99 * mm],
                       labels=[c.title for c in tc.cycles], label_column=1)]
    return out


def _measure(mc: MeasureContent, charts: bool) -> list:
    s, imp = styles(), _labels()
    m = mc.measure
    facts = [imp.MEASURE_TYPES.get(m.type, m.type),
             imp.DIRECTIONS.get(m.direction, m.direction)]
    if m.target is not None:
        facts.append(f"målvärde {value_text(mc, m.target)}")
    if mc.latest is not None:
        facts.append(f"senast {mc.latest.period}: {value_text(mc, mc.latest.value)}")
    if m.follow_up:
        facts.append(f"uppföljning: {imp.FOLLOW_UPS.get(m.follow_up, m.follow_up).lower()}")
    head = [Heading(m.name, 2, s["h3"]), Paragraph(text(" · ".join(facts)), s["small"])]
    if m.definition:
        head.append(Paragraph(f"Definition: {text(m.definition)}", s["small"]))
    if mc.aim:
        head.append(Paragraph(f"Mål: {text(mc.aim)}", s["small"]))
    body: list = []
    if charts and mc.png:
        # Printed at one scale for every chart (the figure's inches to the frame), so
        # that the type is the same size in all of them.
        scale = FRAME_WIDTH * 0.92 / (CHART_SIZE_IN[0] * 72)
        body.append(Image(io.BytesIO(mc.png), width=mc.size_in[0] * 72 * scale,
                          height=mc.size_in[1] * 72 * scale))
    elif not mc.points:
        body.append(Paragraph("Inga mätvärden ännu.", s["small"]))
    # The words under the chart are text (searchable, sharp), not part of the picture.
    words = mc.remarks + mc.signals
    if words:
        body.append(Paragraph("<b>Vad diagrammet visar:</b> " + " ".join(
            text(w) for w in words), s["small"]))
    if mc.marks and charts and mc.png:
        body.append(Paragraph("<b>Markeringar:</b> " + " · ".join(
            text(w) for w in mc.marks), s["small"]))
    return [KeepTogether(head + body), Spacer(1, 3 * mm)]


def follow_up_section(content: ImprovementContent) -> list:
    s, imp = styles(), _labels()
    out: list = [section_start(), Heading("Uppföljning enligt överenskommelsen", 0, s["h1"]),
                 lead(Paragraph("Överenskommelsen mellan regionen och kommunerna följs upp "
                                "systematiskt i fyra delar: planering, genomförande, resultat "
                                "och utveckling. Här är teamens mått sorterade efter del.",
                                s["muted"]))]
    for key, label in imp.FOLLOW_UPS.items():
        out += [CondPageBreak(35 * mm), Heading(label, 1, s["h2"])]
        entries = content.follow_up.get(key, [])
        if not entries:
            out.append(Paragraph("Inga mått kopplade.", s["small"]))
            continue
        rows = [_cells(["Team", "Mått", "Senaste värde", "Mål", "Signal"], bold=True)]
        for team, mc in entries:
            latest = mc.latest
            rows.append(_cells([
                text(team), text(mc.measure.name),   # the unit is typed: as text too
                text(f"{value_text(mc, latest.value)} ({latest.period})") if latest else "–",
                text(value_text(mc, mc.measure.target)), text(" ".join(mc.signals) or "–")]))
        out.append(_table(rows, [30 * mm, 38 * mm, 22 * mm, 17 * mm, FRAME_WIDTH - 107 * mm],
                          labels=[mc.measure.name for _, mc in entries], label_column=1))
    return out


def deviations_section(content: ImprovementContent, unit_names: dict[str, str]) -> list:
    s, imp = styles(), _labels()
    heading = Heading("Öppna avvikelser", 0, s["h1"])
    if not content.deviations:
        return empty_section(heading, Paragraph("Inga öppna avvikelser.", s["body"]))
    out: list = [section_start(), heading]
    rows = [_cells(["Avvikelse", "Team / organisation", "Rapporterad", "Status"], bold=True)]
    for d in content.deviations:
        who = content.team_names.get(d.team_id or "", "") or unit_names.get(d.unit_id or "", "")
        body = f"<b>{text(d.title)}</b>" + (f"<br/>{text(d.description)}" if d.description
                                            else "")
        if d.correction:
            body += f"<br/>Åtgärd: {text(d.correction)}"
        rows.append(_cells([body, text(who or "–"), d.reported or "–",
                            text(imp.DEVIATION_STATUSES.get(d.status, d.status))]))
    out.append(_table(rows, [FRAME_WIDTH - 98 * mm, 50 * mm, 24 * mm, 24 * mm],
                      labels=[d.title for d in content.deviations]))
    out.append(Spacer(1, 2 * mm))
    return out
