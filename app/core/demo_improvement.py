"""Clearly fictional improvement work for the demos (Genombrottsmetoden).

County demo: three teams, aims, six measures with 24–26 monthly data points (one
with an obvious shift after a change), change ideas, a ramp of PGSA cycles,
monthly progress scores and deviations. National demo: one to three teams in
each of the 21 fictional regions on a few common themes. Everything goes
through the facade.
"""

from __future__ import annotations

import random

FICTIONAL = "(fiktivt)"


def _months(first: str, count: int) -> list[str]:
    year, month = map(int, first.split("-"))
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _binomial(rng: random.Random, n: int, p: float) -> int:
    return sum(rng.random() < p for _ in range(n))


def _unit(ws, *names: str) -> list[str]:
    by_name = {u.name: u.id for u in ws.units()}
    found = [by_name[n] for n in names if n in by_name]
    return found or [u.id for u in ws.units()[:2]]


def add_improvement_demo(ws, rng: random.Random) -> None:
    """Add the fictional teams and their work to a county demo workspace."""
    with ws._store.transaction():
        _sip_team(ws, rng)
        _laro_team(ws, rng)
        team = ws.add_team(f"Team Mödrahälsovård och AUDIT {FICTIONAL}",
                           unit_ids=_unit(ws, "Piteå", "Älvsbyn"),
                           description="Nystartat team; har ännu inga mätningar.",
                           sessions=[("Lärandeseminarium 1", "2026-03-11")])
        ws.add_aim(team, "Alla gravida tillfrågas om alkohol med AUDIT",
                   amount="95 % av inskrivningssamtalen", due="2027-03-31")
        for month, score in zip(_months("2026-03", 5), (0.5, 1.0, 1.0, 1.5, 1.5)):
            ws.set_progress(team, month, score)
        ws.add_deviation("AUDIT-blanketten saknas i journalmallen " + FICTIONAL, team_id=team,
                         reported="2026-05-04")


def _sip_team(ws, rng: random.Random) -> None:
    team = ws.add_team(
        f"Team SIP Luleå–Boden {FICTIONAL}", unit_ids=_unit(ws, "Luleå", "Boden"),
        description="Samordnad individuell plan för personer med samsjuklighet.",
        sessions=[("Lärandeseminarium 1", "2025-04-09"), ("Lärandeseminarium 2", "2025-09-03"),
                  ("Lärandeseminarium 3", "2026-02-11")])
    aim = ws.add_aim(team, "Personer med samsjuklighet får en SIP i tid",
                     amount="80 % har SIP inom 30 dagar från inskrivning", due="2026-12-31")
    months = _months("2024-09", 24)
    sip = ws.add_measure(
        team, "Andel nya patienter med SIP inom 30 dagar", aim_id=aim, type="outcome",
        kind="proportion", direction="up", target=0.8, follow_up="results", chart="p",
        definition="Täljare: nya patienter med samsjuklighet som har en SIP inom 30 dagar. "
                   "Nämnare: alla nya patienter med samsjuklighet under månaden.")
    for i, month in enumerate(months):
        n = rng.randint(18, 30)
        p = 0.34 if i < 12 else 0.71                 # the shift after the ramp of cycles
        ws.set_data_point(sip, month, numerator=_binomial(rng, n, p), denominator=n,
                          note={12: "SIP-samordnare börjar"}.get(i, ""))
    wait = ws.add_measure(
        team, "Dagar till första SIP-mötet", aim_id=aim, type="process", kind="time",
        unit="dagar", direction="down", target=21, follow_up="implementation", chart="run",
        definition="Median antal dagar från inskrivning till första SIP-mötet, per månad.")
    for i, month in enumerate(months):
        base = 44 if i < 12 else 24
        ws.set_data_point(wait, month, value=round(base + rng.gauss(0, 5)))
    readmit = ws.add_measure(
        team, "Antal återinskrivningar inom 30 dagar", aim_id=aim, type="balancing",
        kind="count", unit="personer", direction="down", follow_up="results")
    for month in months:
        ws.set_data_point(readmit, month, value=max(0, round(rng.gauss(6, 2))))
    audit = ws.add_measure(
        team, "Andel med AUDIT vid inskrivning", type="process", kind="proportion",
        direction="up", target=0.9, follow_up="planning", chart="p", freeze=12,
        definition="Andel nyinskrivna som fyllt i AUDIT vid första besöket.")
    for i, month in enumerate(months):
        n = rng.randint(20, 32)
        ws.set_data_point(audit, month, numerator=_binomial(rng, n, 0.62 + 0.01 * i),
                          denominator=n)

    finding = next((f.id for f in ws.findings() if "SIP" in f.title), None)
    cells = [(r.id, c.id) for r in ws.rows()[:1] for c in ws.columns()[:1]]
    template = ws.add_change_idea(team, "Gemensam SIP-mall i båda journalsystemen",
                                  description="Kommun och region fyller i samma mall.",
                                  cells=cells, finding_id=finding)
    coordinator = ws.add_change_idea(team, "SIP-samordnare bokar mötet direkt",
                                     description="En namngiven samordnare per mottagning.",
                                     finding_id=finding)
    ramp = [
        ("Testa SIP-mallen med en behandlare", template, "2025-05-05", "adapt",
         "Mallen tar för lång tid; fältet om boende behövs inte.",
         "Ta reda på om att testa SIP-mallen med en behandlare fungerar i vardagen."),
        ("Kortare mall hos tre behandlare", template, "2025-06-02", "adapt",
         "Fungerar, men mötestiderna är svåra att boka.",
         "Ta reda på om en kortare mall fungerar i vardagen hos tre behandlare."),
        ("Mallen på hela mottagningen i Luleå", template, "2025-08-18", "adopt",
         "Alla behandlare använder mallen.",
         "Ta reda på om mallen fungerar i vardagen på hela mottagningen i Luleå."),
        ("Samordnare bokar SIP-mötet vid inskrivningen", coordinator, "2025-09-01", "adopt",
         "Väntetiden till mötet halverades under testveckorna.",
         "Ta reda på om det fungerar i vardagen att samordnaren bokar SIP-mötet vid "
         "inskrivningen."),
        ("Samordnare även i Boden", coordinator, "2025-11-03", None, "",
         "Ta reda på om det fungerar i vardagen med en samordnare även i Boden."),
    ]
    previous = None
    for k, (title, idea, start, decision, learning, objective) in enumerate(ramp):
        done = decision is not None
        cycle = ws.add_cycle(
            team, title, aim_id=aim, change_idea_id=idea, previous_id=previous,
            status="done" if done else "study", starts_on=start, objective=objective,
            questions=[("Hur lång tid tar det?", "Under 20 minuter per patient."),
                       ("Blir det fler SIP inom 30 dagar?", "Ja, fler än hälften.")],
            tasks=[("Informera behandlarna", "Enhetschef", "Veckan före start", "APT"),
                   ("Räkna SIP inom 30 dagar", "Samordnare", "Varje fredag", "Journalen")],
            data_plan="Räkna nya patienter och SIP inom 30 dagar varje vecka.",
            measure_ids=[sip, wait], as_planned=True if done else None,
            observations="Några patienter tackade nej till SIP." if done else "",
            results="Förutsägelsen höll delvis." if done else "",
            learning=learning, decision=decision,
            next_step=f"Cykel {k + 2}" if done and k + 1 < len(ramp) else "")
        previous = cycle
    for month, score in zip(_months("2025-04", 17), (
            1.0, 1.5, 2.0, 2.0, 2.5, 3.0, 3.0, 3.5, 3.5, 3.5, 4.0, 4.0, 4.0, 4.0, 4.5, 4.5, 4.5)):
        ws.set_progress(team, month, score)
    ws.add_deviation("SIP-kallelse skickad till fel adress " + FICTIONAL, team_id=team,
                     reported="2025-10-14", status="corrected", corrected="2025-10-20",
                     correction="Adressfältet kontrolleras nu vid inskrivningen.")
    ws.add_deviation("Samordnare saknas under semesterperioden " + FICTIONAL, team_id=team,
                     reported="2026-06-22", status="in_progress",
                     correction="Vikarie planeras inför nästa sommar.")


def _laro_team(ws, rng: random.Random) -> None:
    team = ws.add_team(
        f"Team LARO Kiruna–Gällivare {FICTIONAL}", unit_ids=_unit(ws, "Kiruna", "Gällivare"),
        description="Kortare väg från remiss till bedömning för läkemedelsassisterad "
                    "rehabilitering.",
        sessions=[("Lärandeseminarium 1", "2025-04-09"), ("Lärandeseminarium 2", "2025-09-03")])
    aim = ws.add_aim(team, "Snabbare bedömning för LARO", amount="högst 14 dagar i median",
                     due="2026-09-30")
    months = _months("2024-07", 26)
    days = ws.add_measure(
        team, "Dagar från remiss till LARO-bedömning", aim_id=aim, type="outcome", kind="time",
        unit="dagar", direction="down", target=14, follow_up="results", chart="i",
        splits=["2025-09"], definition="Dagar från mottagen remiss till bedömningsbesök, "
                                       "medelvärde per månad.")
    for i, month in enumerate(months):
        base = 38 if i < 14 else 19
        ws.set_data_point(days, month, value=round(base + rng.gauss(0, 4), 1),
                          note={14: "Ny bedömningsrutin"}.get(i, ""))
    missed = ws.add_measure(
        team, "Andel som uteblir från bedömningen", aim_id=aim, type="balancing",
        kind="proportion", direction="down", follow_up="implementation", chart="p")
    for month in months:
        n = rng.randint(8, 16)
        ws.set_data_point(missed, month, numerator=_binomial(rng, n, 0.15), denominator=n)
    idea = ws.add_change_idea(team, "Bedömningstider reserveras varje vecka")
    first = ws.add_cycle(team, "Två reserverade tider i veckan", aim_id=aim,
                         change_idea_id=idea, status="done", starts_on="2025-06-09",
                         objective="Pröva om reserverade tider kortar väntan.",
                         questions=[("Räcker två tider?", "Ja, de flesta veckor.")],
                         measure_ids=[days], as_planned=False,
                         problems="Semestern gjorde att tiderna inte bemannades.",
                         learning="Behöver bemanning även under semestern.", decision="adapt")
    ws.add_cycle(team, "Reserverade tider med ersättare", aim_id=aim, change_idea_id=idea,
                 previous_id=first, status="do", starts_on="2025-09-01",
                 objective="Samma test med en namngiven ersättare.", measure_ids=[days])
    for month, score in zip(_months("2025-04", 12), (
            1.0, 1.5, 1.5, 2.0, 2.0, 2.5, 3.0, 3.0, 3.5, 3.5, 3.5, 4.0)):
        ws.set_progress(team, month, score)


# -- the national demo: a few teams in every region ------------------------------------

# (theme, aim, amount, measures); a measure: (name, kind, unit, direction, target,
# chart, follow_up, before, after) – the level before and after the change that works.
NATIONAL_THEMES = (
    ("SIP vid samsjuklighet", "Personer med samsjuklighet får en SIP i tid",
     "80 % har SIP inom 30 dagar", (
         ("Andel nya patienter med SIP inom 30 dagar", "proportion", "", "up", 0.8, "p",
          "results", 0.38, 0.7),
         ("Dagar till första SIP-mötet", "time", "dagar", "down", 21, "run",
          "implementation", 42, 25))),
    ("LARO", "Snabbare bedömning för LARO", "högst 14 dagar i median", (
        ("Dagar från remiss till LARO-bedömning", "time", "dagar", "down", 14, "i",
         "results", 36, 18),
        ("Andel som uteblir från bedömningen", "proportion", "", "down", None, "p",
         "implementation", 0.16, 0.15))),
    ("AUDIT i mödrahälsovården", "Alla gravida tillfrågas om alkohol med AUDIT",
     "95 % av inskrivningssamtalen", (
         ("Andel inskrivningssamtal med AUDIT", "proportion", "", "up", 0.95, "p",
          "planning", 0.55, 0.85),)),
    ("Uppföljning med ASI", "Alla med insats följs upp med ASI", "90 % följs upp inom ett år", (
        ("Andel uppföljda med ASI inom ett år", "proportion", "", "up", 0.9, "p", "results",
         0.45, 0.72),
        ("Antal återinskrivningar inom 30 dagar", "count", "personer", "down", None, "run",
         "results", 7, 5))),
)
NATIONAL_MONTHS = 24


def add_national_improvement(ws, rng: random.Random) -> None:
    """Fictional teams for the national demo: one to three in every region (about
    two on average), each with an aim, one or two measures with 24 months of data
    (most with a shift after the change that worked), change ideas, a ramp of PGSA
    cycles, progress scores and now and then a deviation."""
    from collections import defaultdict

    by_area: dict[str, list] = defaultdict(list)
    for unit in ws.units():
        by_area[unit.area_id].append(unit)
    divisions = [u for u in ws.units() if u.area_id is None]
    with ws._store.transaction():
        for r, area in enumerate(ws.areas()):
            members = by_area.get(area.id, [])
            region = [d for d in divisions if d.name.startswith(area.name.split(" (")[0])]
            for k in range(1 + (r % 3)):
                theme = NATIONAL_THEMES[(r + k) % len(NATIONAL_THEMES)]
                units = rng.sample(members, min(2, len(members))) + region[k % 3:k % 3 + 1]
                _national_team(ws, rng, area.name.split(" (")[0], theme, units)


def _national_team(ws, rng: random.Random, region: str, theme, units) -> None:
    title, aim_title, amount, measures = theme
    team = ws.add_team(f"Team {title}, {region} {FICTIONAL}", unit_ids=[u.id for u in units],
                       description="Exempel på förbättringsarbete i den nationella demon.",
                       sessions=[("Lärandeseminarium 1", "2025-03-12"),
                                 ("Lärandeseminarium 2", "2025-10-08")])
    aim = ws.add_aim(team, aim_title, amount=amount, due="2026-12-31")
    first = f"{2024 + rng.randint(0, 1)}-{rng.choice(['01', '03', '05', '07', '09'])}"
    months = _months(first, NATIONAL_MONTHS)
    shift = rng.randint(9, 15)
    ids = []
    for name, kind, unit, direction, target, chart, follow_up, before, after in measures:
        measure = ws.add_measure(team, name, aim_id=aim, type="outcome", kind=kind, unit=unit,
                                 direction=direction, target=target, chart=chart,
                                 follow_up=follow_up, definition=f"{name}, per månad.")
        ids.append(measure)
        worked = rng.random() < 0.7
        for i, month in enumerate(months):
            level = after if worked and i >= shift else before
            note = "Förändringen infördes" if worked and i == shift else ""
            if kind == "proportion":
                n = rng.randint(12, 40)
                ws.set_data_point(measure, month, numerator=_binomial(rng, n, level),
                                  denominator=n, note=note)
            else:
                ws.set_data_point(measure, month, note=note,
                                  value=max(0, round(level + rng.gauss(0, level * 0.15))))
    idea = ws.add_change_idea(team, f"Ny rutin för {title[0].lower() + title[1:]}")
    previous = None
    for c in range(rng.randint(2, 4)):
        done = c < 2
        previous = ws.add_cycle(
            team, f"Test {c + 1} av den nya rutinen", aim_id=aim, change_idea_id=idea,
            previous_id=previous, status="done" if done else "do",
            starts_on=months[min(len(months) - 1, shift - 4 + 2 * c)] + "-01",
            objective="Pröva rutinen i liten skala.", measure_ids=ids[:1],
            as_planned=True if done else None, learning="Rutinen fungerar." if done else "",
            decision=("adapt", "adopt")[c] if done else None)
    for month, score in zip(_months("2025-03", 12), (1.0, 1.0, 1.5, 1.5, 2.0, 2.0, 2.5, 2.5,
                                                      3.0, 3.0, 3.5, 3.5)):
        ws.set_progress(team, month, score)
    if rng.random() < 0.3:
        ws.add_deviation(f"Rutinen följdes inte under semestern {FICTIONAL}", team_id=team,
                         reported="2025-07-14")
