"""Demo workspaces with clearly fictional assessments and findings.

`county` is Norrbotten as loaded into every new workspace; `national` has 290
municipalities and 21 regions' divisions, with about two improvement teams a
region, for benchmarks at Sweden's scale.
"""

from __future__ import annotations

import random
from pathlib import Path

from app.core.ids import derived_id

FICTIONAL = "(fiktivt exempel)"
SCALES = ("county", "national")

_NOTES = [
    "Används av mottagningens behandlare.",
    "Rutin finns men följs inte alltid.",
    "Införs under våren i samarbete med primärvården.",
    "Två medarbetare utbildade.",
    "Saknar gemensam rutin med regionen.",
]
_NEEDS = [
    "Utbildning för nyanställda.",
    "Gemensam rutin med hälso- och sjukvården behövs.",
    "Handledning saknas.",
    "",
]
_FINDINGS = [
    ("Utbildning i ASI för socialsekreterare", "competence", "county"),
    ("Gemensam rutin för AUDIT i mödrahälsovården", "guidelines", "intra_regional"),
    ("Samordnad individuell plan (SIP) används för sällan", "coordination", "local"),
    ("Uppföljning på gruppnivå saknas", "development", "county"),
    ("LARO: väntetider och samverkan kring intag", "coordination", "intra_regional"),
]


def national_organisations() -> dict:
    """290 fictional municipalities in 21 regions, each region with three divisions."""
    areas = [{"key": f"region-{r:02d}", "name": f"Region {r:02d} (fiktiv)"} for r in range(1, 22)]
    units = [
        {"key": f"kommun-{k:03d}", "name": f"Kommun {k:03d}", "kind": "municipality",
         "area": f"region-{(k - 1) % 21 + 1:02d}"}
        for k in range(1, 291)
    ]
    for r in range(1, 22):
        for division in ("vuxenpsykiatri", "primärvård", "medicinska specialiteter"):
            units.append({"key": f"region-{r:02d}-{division}", "kind": "region_division",
                          "name": f"Region {r:02d} – {division}", "area": None})
    return {"format": 1, "county": {"name": "Sverige (fiktiv demo)"},
            "areas": areas, "units": units}


def write_demo(path: str | Path, scale: str = "county", seed: int = 2026):
    """Create a demo workspace at path and return it (open)."""
    from app.workspace import Workspace

    if scale not in SCALES:
        raise ValueError(f"scale must be one of {SCALES}")
    organisations = national_organisations() if scale == "national" else None
    name = "Demo: Norrbotten (fiktiva uppgifter)" if scale == "county" else \
        "Demo: nationell skala (fiktiva uppgifter)"
    ws = Workspace.create(path, name=name, organisations=organisations)
    rng = random.Random(seed)
    store = ws._store  # bulk load through the store: same versioned log, one transaction
    units, items = ws.units(), ws.items()
    records = []
    for u, unit in enumerate(units):
        maturity = rng.random()
        for item in items:
            if rng.random() < 0.15:
                continue  # not yet mapped
            roll = rng.random() + maturity * 0.6
            status = ("not_used" if roll < 0.35 else "planned" if roll < 0.55 else
                      "partly" if roll < 0.95 else "systematic")
            if rng.random() < 0.04:
                status = "not_applicable"
            records.append({
                "id": derived_id(unit.id, item.id), "unit_id": unit.id, "item_id": item.id,
                "status": status,
                "note": f"{rng.choice(_NOTES)} {FICTIONAL}" if rng.random() < 0.3 else "",
                "competence": (f"{rng.randint(1, 12)} medarbetare utbildade"
                               if status in ("partly", "systematic") and rng.random() < 0.4
                               else ""),
                "need": rng.choice(_NEEDS) if status in ("not_used", "planned") else "",
                "level": rng.choice(["local", "local", "intra_regional", "county"])
                if status in ("not_used", "planned") else None,
            })
    with store.transaction():
        store.insert_new("assessments", records)
        cells = [(r.id, c.id) for r in ws.rows() for c in ws.columns()]
        for title, category, level in _FINDINGS:
            ws.add_finding(f"{title} {FICTIONAL}", category=category, level=level,
                           description="Exempel som visar hur förbättringsområden ser ut.",
                           unit_id=units[rng.randrange(len(units))].id if level == "local"
                           else None,
                           cells=rng.sample(cells, 2))
    from app.core.demo_improvement import add_improvement_demo, add_national_improvement

    if scale == "county":      # improvement work (issue 3)
        add_improvement_demo(ws, rng)
    else:                      # about two teams a region, for the benchmark's charts
        add_national_improvement(ws, rng)
    return ws
