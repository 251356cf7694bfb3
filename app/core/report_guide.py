""""Så läser du diagrammen": the words of the improvement charts explained in
plain Swedish for a steering group or a politician, only those the report uses.

Content only (no ReportLab): `reading_guide` returns (term, explanation) pairs;
`report_improvement_pdf` sets them in a box at the start of the improvement work.
The terms are those of shared/domain and of the charts (app.core.chart_words).
"""

from __future__ import annotations

GUIDE_TITLE = "Så läser du diagrammen"
SCALE_TITLE = "Så läser du framstegen"

# In the order a reader meets them: the chart, its lines, its marks, the signals.
EXPLANATIONS: tuple[tuple[str, str, str], ...] = (
    ("chart:run", "Seriediagram",
     "mätvärdena i tidsordning; den heldragna linjen är medianen (mittenvärdet)."),
    ("chart:i", "I-diagram",
     "ett styrdiagram för enskilda mätvärden; mittlinjen är medelvärdet."),
    ("chart:p", "P-diagram",
     "ett styrdiagram för andelar (till exempel andel av besöken); mittlinjen är "
     "den genomsnittliga andelen."),
    ("limits", "ÖSG och NSG",
     "övre och nedre styrgräns: så mycket varierar värdena av slumpen. En punkt "
     "utanför styrgränserna är en signal om en verklig förändring."),
    ("frozen", "Baslinje fryst",
     "mittlinjen räknas på de första värdena, före förändringarna, och förlängs "
     "streckad, så att senare värden kan jämföras med hur det var."),
    ("split", "Ändring",
     "diagrammet är delat där arbetssättet medvetet ändrades; varje del har egen "
     "mittlinje."),
    ("marks", "LS och PGSA",
     "markerar lärandeseminarierna och när en PGSA-cykel (ett test av en "
     "förändring) började."),
    ("rules:anhoej", "Signaler (Anhøjs regler)",
     "fler punkter i rad på samma sida om mittlinjen än slumpen brukar ge, eller "
     "för få korsningar av mittlinjen, tyder på en verklig förändring, inte slump."),
    ("rules:ihi", "Signaler (IHI:s regler)",
     "ett skift är 6 punkter eller fler i rad på samma sida om mittlinjen, en "
     "trend 5 punkter eller fler i rad som stiger eller sjunker; även för få "
     "eller för många serier (punkter i rad på samma sida) är en signal."),
    ("progress", "Framsteg 0,5–5",
     "teamets egen bedömning varje månad på Genombrottsmetodens skala från IHI: "
     "0,5 avsikt att delta, 2,0 aktivitet men inga förändringar, 3,0 måttlig "
     "förbättring, 4,0 betydande förbättring, 5,0 enastående hållbara resultat."),
)


def used_terms(content) -> set[str]:
    """The terms an ImprovementContent's teams show: their measures' charts and
    signals (MeasureContent.terms), and the progress scale when a team has
    progress scores."""
    terms: set[str] = set()
    for team in content.teams if content is not None else ():
        terms.update(*(mc.terms for mc in team.measures))
        if team.progress:
            terms.add("progress")
    return terms


def reading_guide(content) -> tuple[str, list[tuple[str, str]]]:
    """(title, [(term, explanation), …]) for the terms the report uses, in
    EXPLANATIONS' order; no pairs when it uses none. A report without pictures
    (charts left out) explains only what its words and tables say: the signals,
    the control limits, the progress scale (MeasureContent.terms)."""
    terms = used_terms(content)
    pairs = [(term, words) for key, term, words in EXPLANATIONS if key in terms]
    title = SCALE_TITLE if terms == {"progress"} else GUIDE_TITLE
    return title, pairs
