"""Domain types of the improvement work (Genombrottsmetoden): teams, aims,
measures, data points, change ideas, PGSA cycles, progress and deviations.

Vocabularies map a stored key to its Swedish label (the first UI language);
the GUI passes labels through Qt's translator. Reads return frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass

MEASURE_TYPES: dict[str, str] = {
    "outcome": "Resultatmått",
    "process": "Processmått",
    "balancing": "Balansmått",
}

# Kind of value: how a data point is entered and which control chart fits.
VALUE_KINDS: dict[str, str] = {
    "count": "Antal",
    "proportion": "Andel (täljare/nämnare)",
    "mean": "Medelvärde",
    "time": "Tid",
}

DIRECTIONS: dict[str, str] = {
    "up": "Högre är bättre",
    "down": "Lägre är bättre",
}

FREQUENCIES: dict[str, str] = {
    "week": "Varje vecka",
    "month": "Varje månad",
    "quarter": "Varje kvartal",
}

# Which follow-up of the county agreement the measure serves (domain §7).
FOLLOW_UPS: dict[str, str] = {
    "planning": "Planering",
    "implementation": "Genomförande",
    "results": "Resultat",
    "development": "Utveckling",
}

CHARTS: dict[str, str] = {
    "run": "Seriediagram",
    "i": "I-diagram (styrdiagram)",
    "p": "P-diagram (andelar)",
}

RULES: dict[str, str] = {
    "anhoej": "Anhøjs regler",
    "ihi": "IHI:s regler",
}

CYCLE_STATUSES: dict[str, str] = {
    "plan": "Planera",
    "do": "Göra",
    "study": "Studera",
    "act": "Agera",
    "done": "Avslutad",
}

DECISIONS: dict[str, str] = {
    "adopt": "Anta",
    "adapt": "Anpassa",
    "abandon": "Avbryta",
}

# IHI assessment scale for collaboratives, scored monthly per team.
PROGRESS_SCALE: dict[float, str] = {
    0.5: "Avsikt att delta",
    1.0: "Team bildat",
    1.5: "Planering påbörjad",
    2.0: "Aktivitet, inga förändringar",
    2.5: "Förändringar testade, ingen förbättring",
    3.0: "Måttlig förbättring",
    3.5: "Förbättring",
    4.0: "Betydande förbättring",
    4.5: "Hållbar förbättring",
    5.0: "Enastående hållbara resultat",
}

DEVIATION_STATUSES: dict[str, str] = {
    "reported": "Rapporterad",
    "in_progress": "Åtgärdas",
    "corrected": "Åtgärdad",
}


@dataclass(frozen=True)
class Session:
    """A learning session (lärandeseminarium) of the Breakthrough timeline."""
    title: str
    date: str          # ISO date


@dataclass(frozen=True)
class Team:
    id: str
    name: str
    description: str
    unit_ids: tuple[str, ...]
    sessions: tuple[Session, ...]
    position: int

    def action_periods(self) -> list[tuple[str, str]]:
        """(from, to) of each arbetsperiod: the time between two sessions."""
        dates = sorted(s.date for s in self.sessions)
        return list(zip(dates, dates[1:]))

    def timeline(self, today: str) -> list[TimelineStep]:
        """The Breakthrough timeline: each learning session and the action
        period after it (up to the next session), in date order, the step that
        `today` (an ISO date) falls in marked current. Before the first session
        and after the last one no step is current (see `phase`)."""
        sessions = sorted(self.sessions, key=lambda s: s.date)
        steps: list[TimelineStep] = []
        for k, session in enumerate(sessions):
            steps.append(TimelineStep("session", k + 1, session.title, session.date,
                                      session.date, today == session.date))
            if k + 1 < len(sessions):
                end = sessions[k + 1].date
                steps.append(TimelineStep("period", k + 1, "", session.date, end,
                                          session.date < today < end))
        return steps

    def phase(self, today: str) -> str:
        """Where `today` falls: "none" (no sessions), "before" the first session,
        "during" the sessions and periods, or "after" the last session."""
        dates = sorted(s.date for s in self.sessions)
        if not dates:
            return "none"
        if today < dates[0]:
            return "before"
        return "after" if today > dates[-1] else "during"


@dataclass(frozen=True)
class TimelineStep:
    """A learning session or the action period (arbetsperiod) after session
    `number`: dates from `start` to `end` (equal for a session)."""
    kind: str          # "session" or "period"
    number: int        # 1-based, among the sessions or among the periods
    title: str         # a session's own name ("" for a period)
    start: str
    end: str
    current: bool


@dataclass(frozen=True)
class Aim:
    id: str
    team_id: str
    title: str         # what
    amount: str        # how much
    due: str           # by when (ISO date or empty)
    description: str
    position: int


@dataclass(frozen=True)
class Measure:
    id: str
    team_id: str
    aim_id: str | None
    name: str
    type: str
    definition: str
    kind: str
    unit: str
    direction: str
    target: float | None
    frequency: str
    follow_up: str | None
    chart: str         # preferred chart: run, i, p
    rules: str         # anhoej or ihi
    freeze: int | None  # baseline: the first n points
    splits: tuple[str, ...]  # periods where a new part starts after a change
    position: int


@dataclass(frozen=True)
class DataPoint:
    id: str
    measure_id: str
    period: str        # ISO date of the period's start, e.g. 2026-03-01
    value: float | None
    numerator: float | None
    denominator: float | None
    note: str


@dataclass(frozen=True)
class ChangeIdea:
    id: str
    team_id: str
    title: str
    description: str
    cells: tuple[tuple[str, str], ...]   # (row_id, column_id) of the matrix
    finding_ids: tuple[str, ...]         # the findings (förbättringsområden) it answers
    removed: bool = False                # deleted; cycles that tested it keep it

    @property
    def finding_id(self) -> str | None:
        """The first linked finding (a change idea once had only one)."""
        return self.finding_ids[0] if self.finding_ids else None


@dataclass(frozen=True)
class Question:
    question: str
    prediction: str


@dataclass(frozen=True)
class Task:
    what: str
    who: str
    when: str
    where: str


@dataclass(frozen=True)
class Cycle:
    """One PGSA cycle: the whole IHI worksheet."""
    id: str
    team_id: str
    aim_id: str | None
    change_idea_id: str | None
    previous_id: str | None   # the cycle this one builds on (a ramp)
    number: int
    title: str
    status: str
    starts_on: str
    ends_on: str
    # Planera
    objective: str
    questions: tuple[Question, ...]
    tasks: tuple[Task, ...]
    data_plan: str
    measure_ids: tuple[str, ...]
    # Göra
    as_planned: bool | None
    observations: str
    problems: str
    # Studera
    results: str
    learning: str
    # Agera
    decision: str | None
    next_step: str


@dataclass(frozen=True)
class ProgressScore:
    id: str
    team_id: str
    month: str         # YYYY-MM
    score: float
    note: str

    @property
    def label(self) -> str:
        return PROGRESS_SCALE.get(self.score, "")


@dataclass(frozen=True)
class Deviation:
    id: str
    team_id: str | None
    unit_id: str | None
    title: str
    description: str
    reported: str      # ISO date
    status: str
    correction: str    # what was done
    corrected: str     # ISO date, when corrected
