"""The words of a chart in the user interface's language (Qt-free).

Swedish is the source text, as in the Qt translations: `say("Mål", "en")` is
"Target". Sentences with numbers or periods in them are templates with named
fields, filled in after the lookup, so word order may differ between the
languages. A Swedish text missing here stays Swedish in English (a test
checks that every text charts.py asks for is in the table).
"""

from __future__ import annotations

LANGUAGES = ("sv", "en")

EN = {
    # the centre line as the signal sentences name it
    "medianen": "the median",
    "medelvärdet": "the mean",
    "centrumlinjen": "the centre line",
    # signal sentences
    "punkt {number}": "point {number}",
    " (del {number})": " (part {number})",
    " – en förbättring": " – an improvement",
    " – en försämring": " – a deterioration",
    " – på den bättre sidan": " – on the better side",
    " – på den sämre sidan": " – on the worse side",
    "över": "above",
    "under": "below",
    "övre": "upper",
    "nedre": "lower",
    "stigande": "rising",
    "sjunkande": "falling",
    "{count} punkter i rad {side} {centre}{part}, {span}: ett skift{verdict}.":
        "{count} points in a row {side} {centre}{part}, {span}: a shift{verdict}.",
    "För få korsningar av {centre}{part}: {count}, minst {limit} väntas av slumpen ({span}).":
        "Too few crossings of {centre}{part}: {count}, at least {limit} expected by chance "
        "({span}).",
    "För få serier kring {centre}{part}: {count}, minst {limit} väntas av slumpen ({span}).":
        "Too few runs around {centre}{part}: {count}, at least {limit} expected by chance "
        "({span}).",
    "För många serier kring {centre}{part}: {count}, högst {limit} väntas av slumpen ({span}).":
        "Too many runs around {centre}{part}: {count}, at most {limit} expected by chance "
        "({span}).",
    "{count} punkter i rad {way}{part}, {span}: en trend{verdict}.":
        "{count} points in a row {way}{part}, {span}: a trend{verdict}.",
    "Punkt utanför styrgränsen: {where} ligger {side} den {limit} styrgränsen{verdict}.":
        "Point outside the control limits: {where} is {side} the {limit} control "
        "limit{verdict}.",
    "{count} punkter utanför styrgränsen, {side} den {limit}: {points}{verdict}.":
        "{count} points outside the control limits, {side} the {limit} limit: "
        "{points}{verdict}.",
    "För få punkter för att bedöma variationen (minst 10 behövs).":
        "Too few points to judge the variation (at least 10 are needed).",
    "Ingen signal: variationen ser slumpmässig ut.": "No signal: the variation looks random.",
    "… och {count} till.": "… and {count} more.",
    # options the chart does not follow
    "P-diagram kräver täljare och nämnare: visas som seriediagram.":
        "A P chart needs numerators and denominators: shown as a run chart.",
    "P-diagram passar bara andelar (täljare/nämnare): visas som seriediagram.":
        "A P chart suits proportions only (numerator/denominator): shown as a run chart.",
    "Baslinjen ({count} punkter) används inte när diagrammet är delat: varje del har egen "
    "centrumlinje.":
        "The baseline ({count} points) is not used while the chart is split: each part has "
        "its own centre line.",
    # on the figure
    "Seriediagram": "Run chart",
    "I-diagram": "I chart",
    "P-diagram": "P chart",
    "Inga mätvärden ännu": "No data yet",
    "Baslinje fryst": "Baseline frozen",
    "Ändring": "Change",
    "Median": "Median",
    "Medel": "Mean",
    "ÖSG": "UCL",
    "NSG": "LCL",
    "Mål": "Target",
    "Andel": "Proportion",
    "Värde": "Value",
    # annotations on the time axis
    "PGSA {number}": "PDSA {number}",
    "PGSA {number}: {title}": "PDSA {number}: {title}",
    "{cycle} – start {date}, före första värdet ({period})":
        "{cycle} – start {date}, before the first value ({period})",
    "{cycle} – start {date}, efter sista värdet ({period})":
        "{cycle} – start {date}, after the last value ({period})",
}


def say(text: str, language: str = "sv", **fields) -> str:
    """`text` (Swedish) in the language, its {fields} filled in."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown chart language {language!r}")
    if language == "en":
        text = EN.get(text, text)
    return text.format(**fields) if fields else text
