"""The PGSA worksheet: one cycle on one printable page, or a blank form.

The IHI worksheet's fields in Swedish: team, overall aim, cycle number, dates
and change idea; Planera (objective, questions with predictions, tasks, data),
Göra, Studera, Agera (anta / anpassa / avbryta, next step). A long cycle is
shrunk to fit its page; a blank form has room to write by hand.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.core.report_pdf import FONT, FRAME_WIDTH, PAGE, Heading, styles, text
from app.core.report_sections import GRID, HEAD_BG, long_cell
from app.core.report_table import RowTable, continued

PHASES = (("Planera", "#dbe7f3"), ("Göra", "#e3f0dc"), ("Studera", "#f6ecd2"),
          ("Agera", "#f0dde4"))
BOX = "☐"
CHECKED = "☒"
# Usable height of a page's frame (A4 minus margins and header).
FRAME_HEIGHT = PAGE[1] - 2 * 18 * mm - 6 * mm


def period(starts_on: str, ends_on: str) -> tuple[str, str]:
    """The header's (label, value) for a cycle's dates: "Start – slut" with both,
    only "Start" or "Slut" with one of them, so a missing date prints nothing."""
    starts_on, ends_on = (starts_on or "").strip(), (ends_on or "").strip()
    if starts_on and ends_on:
        return "Start – slut", f"{starts_on} – {ends_on}"
    if starts_on:
        return "Start", starts_on
    if ends_on:
        return "Slut", ends_on
    return "Start – slut", "–"


def _field(label: str, value: str, blank_height: float, blank: bool, after: list) -> list:
    """A field of a phase; a very long text goes on after the phase's box."""
    s = styles()
    out = [Paragraph(f"<b>{label}</b>", s["cell"])]
    if blank:
        out.append(Spacer(1, blank_height))
    else:
        cell = long_cell(text(value) or "–", label, after)
        out += cell if isinstance(cell, list) else [cell]
    return out


def _phase(title: str, colour: str, body: list) -> Table:
    """A phase's box. A long phase that runs onto the next page repeats its
    heading there as "STUDERA (forts.)"."""
    s = styles()
    table = RowTable([[Paragraph(f"<b>{title.upper()}</b>", s["cell"])], [body]],
                     colWidths=[FRAME_WIDTH], repeatRows=1,
                     continued_head=[[Paragraph(f"<b>{text(continued(title.upper()))}</b>",
                                                s["cell"])]])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, GRID), ("BACKGROUND", (0, 0), (-1, 0),
                                                colors.HexColor(colour)),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _grid(head: list[str], rows: list[list[str]], widths: list[float], blank_rows: int,
          after: list) -> Table:
    s = styles()
    data = [[Paragraph(f"<b>{h}</b>", s["cell"]) for h in head]]
    data += [[long_cell(text(v), h, after) for h, v in zip(head, r)] for r in rows]
    data += [[Spacer(1, 7 * mm) for _ in head] for _ in range(blank_rows)]
    labels = [None] + [str(r[0]) for r in rows] + [None] * blank_rows
    table = RowTable(data, colWidths=widths, repeatRows=1, labels=labels)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID),
                               ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def worksheet(data: dict | None, *, level: int = 0) -> list:
    """One page: the cycle in data (from report_improvement.cycle_content) or blank."""
    s = styles()
    blank = data is None
    c = None if blank else data["cycle"]
    title = "PGSA-blankett" if blank else f"PGSA {c.number}: {c.title}"
    w = FRAME_WIDTH - 8

    # What a very long field or grid cell continues with, after its phase's box.
    after: dict[str, list] = {name: [] for name, _ in PHASES}

    def f(label, value, height=14 * mm, phase="Planera"):
        return _field(label, value, height, blank, after[phase])

    dates = ("Start – slut", "") if blank else period(c.starts_on, c.ends_on)
    header = Table([
        [Paragraph("<b>Team</b>", s["cell"]), Paragraph(text("" if blank else data["team"]),
                                                        s["cell"]),
         Paragraph("<b>Cykel nr</b>", s["cell"]), Paragraph("" if blank else str(c.number),
                                                            s["cell"])],
        [Paragraph("<b>Övergripande mål</b>", s["cell"]),
         Paragraph(text("" if blank else data["aim"]), s["cell"]),
         Paragraph(f"<b>{dates[0]}</b>", s["cell"]), Paragraph(text(dates[1]), s["cell"])],
        [Paragraph("<b>Förändringsidé</b>", s["cell"]),
         Paragraph(text("" if blank else data["idea"]), s["cell"]), "", ""],
    ], colWidths=[32 * mm, FRAME_WIDTH - 82 * mm, 22 * mm, 28 * mm],
        rowHeights=[9 * mm] * 3 if blank else None)
    header.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID),
                                ("FONTNAME", (0, 0), (-1, -1), FONT),
                                ("SPAN", (1, 2), (3, 2)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    questions = [] if blank else [[q.question, q.prediction] for q in c.questions]
    tasks = [] if blank else [[t.what, t.who, t.when, t.where] for t in c.tasks]
    measures = "" if blank else ", ".join(data["measures"])
    plan = f("Syfte med testet", "" if blank else c.objective, 10 * mm) + [
        Spacer(1, 1.5 * mm),
        _grid(["Frågor", "Förutsägelse"], questions, [w / 2, w / 2], 3 if blank else 0,
              after["Planera"]),
        Spacer(1, 1.5 * mm),
        _grid(["Uppgift (vad)", "Vem", "När", "Var"], tasks,
              [w * 0.46, w * 0.18, w * 0.18, w * 0.18], 3 if blank else 0, after["Planera"]),
    ] + f("Data att samla in, och hur", "" if blank else c.data_plan, 10 * mm) + \
        f("Mått som visar om förutsägelsen håller", measures, 8 * mm)
    planned = "" if blank else {True: "Ja", False: "Nej", None: "–"}[c.as_planned]
    do = [Paragraph(f"<b>Genomfört som planerat?</b> {BOX} Ja {BOX} Nej" if blank
                    else f"<b>Genomfört som planerat?</b> {planned}", s["cell"])] + \
        f("Observationer, problem och oväntade händelser",
          "" if blank else "\n".join(x for x in (c.observations, c.problems) if x), 17 * mm,
          "Göra")
    study = f("Resultat jämfört med förutsägelserna", "" if blank else c.results, 16 * mm,
              "Studera") + f("Vad vi lärde oss", "" if blank else c.learning, 12 * mm, "Studera")
    choices = []
    for key, label in (("adopt", "Anta"), ("adapt", "Anpassa"), ("abandon", "Avbryta")):
        mark = CHECKED if not blank and c.decision == key else BOX
        choices.append(f"{mark} {label}")
    act = [Paragraph("<b>Beslut:</b> " + "   ".join(choices), s["cell"])] + \
        f("Nästa cykel", "" if blank else c.next_step, 12 * mm, "Agera")
    # The bookmark names the team too: a file of many teams' cycles has several "PGSA 1".
    outline = None if blank or not data.get("team") else f"{data['team']} – {title}"
    heading = Heading(title, level, s["h2"], toc=not blank, outline=outline)
    body = [header, Spacer(1, 2 * mm)]
    for (name, colour), part in zip(PHASES, (plan, do, study, act)):
        body += [_phase(name, colour, part), *after[name], Spacer(1, 1.5 * mm)]
    if blank:
        body.append(Paragraph("PGSA = Planera – Göra – Studera – Agera. Fyll i en blankett "
                              "per test; små tester, snabba cykler.", s["muted"]))
    # The heading stays outside the frame: only top-level flowables become bookmarks.
    room = FRAME_HEIGHT - 14 * mm
    needed = sum(f.wrap(FRAME_WIDTH, room)[1] for f in body)
    if needed > room * 1.5:   # shrunk this much it would be unreadable: let it flow on
        return [heading, *body, PageBreak()]
    return [heading, KeepInFrame(FRAME_WIDTH, room, body, mode="shrink"), PageBreak()]
