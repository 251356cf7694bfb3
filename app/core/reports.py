"""PDF reports: the entry point the CLI and the GUI call.

    from app.core.reports import make_report
    make_report(ws, "län.pdf", "county", progress=print)

Kinds: "county" (länsrapport: the county; with one area as scope, that area's
områdesrapport, report_title), "unit" (organisationsrapport, scope = a unit
id), "cycles" (PGSA worksheets, one page each, or a blank form), "team"
(teamrapport, scope = a team id: the improvement sections of the county and
unit reports, for that team alone). The county and unit reports open with a
summary in plain Swedish when options.summary (report_summary); with nothing
else ticked it is the short version for politicians: the cover and the
summary, no table of contents. Generation reports progress(fraction, text)
and stops when cancelled() turns true (ReportCancelled; no file is left behind).

Light to import: ReportLab and matplotlib load only inside `make_report`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.report_content import (
    KIND_TITLES, ReportOptions, report_title, scope_description,
)
from app.core.store import StoreError

if TYPE_CHECKING:
    from app.workspace import Workspace

KINDS = tuple(KIND_TITLES)
__all__ = ["KINDS", "ReportOptions", "ReportError", "make_report", "is_cancel"]


class ReportError(StoreError):
    """A report that cannot be made as asked (in Swedish)."""


def is_cancel(exc: BaseException) -> bool:
    """Whether exc means the user cancelled (without importing ReportLab)."""
    return type(exc).__name__ in ("ReportCancelled", "ExportCancelled")


def make_report(ws: "Workspace", out: str | Path, kind: str = "county",
                scope: str | None = None, *, options: ReportOptions | None = None,
                progress: Callable[[float, str], None] | None = None,
                cancelled: Callable[[], bool] | None = None, blank: bool = False,
                cycle_ids: list[str] | None = None, today: date | None = None,
                warn: Callable[[str], None] | None = None) -> Path:
    """Write a PDF report to out and return its path.

    For "cycles": every cycle of the teams working in the scope, or only
    cycle_ids, one worksheet page each; blank (or no cycles) gives the blank form.
    warn(sentence) hears of what the report could not print as typed: characters
    no font on the computer has (printed as "�"), each with where it stands.
    """
    from app.core.report_fonts import collect_missing

    check_output(ws, Path(out))
    with collect_missing() as missing:
        path = _make(ws, out, kind, scope, options=options, progress=progress,
                     cancelled=cancelled, blank=blank, cycle_ids=cycle_ids, today=today)
    if missing and warn is not None:
        from app.core.report_scope import report_selection, where_chars_stand

        selection = report_selection(ws, kind, scope, options, blank=blank,
                                     cycle_ids=cycle_ids)
        for sentence in where_chars_stand(ws, selection, missing):
            warn(sentence)
    return path


def _make(ws, out, kind, scope, *, options, progress, cancelled, blank, cycle_ids,
          today) -> Path:
    from app.core.report_pdf import DocInfo, ReportCancelled, build_pdf

    if kind not in KINDS:
        raise ReportError(f"Okänd rapporttyp: {kind}.")
    if kind == "unit" and (scope is None or scope_description(ws, scope)[0] != "unit"):
        raise ReportError("En organisationsrapport gäller en organisation: ange vilken.")
    if kind == "team":
        _check_team(ws, scope)
    elif kind == "county" and scope is not None and scope_description(ws, scope)[0] == "unit":
        raise ReportError("En länsrapport gäller länet eller ett samverkansområde, inte en "
                          "organisation: välj organisationsrapport.")
    options = options or ReportOptions()
    report = progress or (lambda fraction, what: None)
    stop = cancelled or (lambda: False)

    def check() -> None:
        if stop():
            raise ReportCancelled("Rapporten avbröts.")

    today = today or date.today()
    title = report_title(kind, scope_description(ws, scope)[0] if kind == "county" else kind)
    if kind == "team":
        report(0.0, "Samlar förbättringsarbetet …")
        story, label = _team_story(ws, scope, options, report, check, today)
        toc, cover = True, True
    elif kind == "cycles":
        report(0.0, "Samlar kartläggningen …")
        story, label = _cycles_story(ws, scope, blank, check, cycle_ids)
        toc, cover = False, False
    else:
        report(0.0, "Samlar kartläggningen …")
        story, label = _report_story(ws, kind, scope, options, report, check, today)
        toc, cover = True, True
    check()
    info = DocInfo(title, label, header_name(ws, label), today.isoformat())
    return build_pdf(out, info, story, toc=toc, cover=cover, progress=report,
                     cancelled=stop, start=0.45)


def _report_story(ws, kind, scope, options, report, check, today) -> tuple[list, str]:
    from app.core.report_content import mapping_content, scope_description
    from app.core.report_sections import (
        cover, findings_section, matrix_section, need_area_section, unit_methods_section,
    )

    units = ws.scope_units(scope)
    done = [0]
    total = max(1, len(units))

    def tick() -> None:
        done[0] += 1
        check()
        if done[0] % 10 == 0 or done[0] == total:
            report(0.2 * min(1.0, done[0] / total), "Samlar kartläggningen …")

    content = mapping_content(ws, kind, scope, options, today=today, tick=tick)
    check()
    improvement = None
    if options.improvement or options.follow_up or options.deviations or options.summary:
        improvement = _improvement(ws, units, options, report, check, start=0.2,
                                   whole_county=scope is None and kind == "county")
    check()
    report(0.4, "Bygger rapporten …")
    # The summary alone (the short version for politicians) needs no table of
    # contents: the cover and the summary's page or two.
    more = _more_than_summary(options, content, improvement)
    story = cover(content, toc=more, short=not more)
    if options.summary:
        from app.core.report_summary import summary_content
        from app.core.report_summary_pdf import summary_section

        story += summary_section(summary_content(ws, content, scope, improvement))
    if options.matrix:
        story += matrix_section(content)
    if options.need_areas:
        story += need_area_section(content)
    if options.findings:
        story += findings_section(content)
    if content.unit_methods:
        story += unit_methods_section(content)
    if improvement is not None:
        story += _improvement_story(improvement, options, content.unit_names,
                                    scope_kind=scope_description(ws, scope)[0],
                                    scope_label=content.scope_label)
    return story, content.scope_label


def _more_than_summary(options: ReportOptions, content, improvement) -> bool:
    """Whether the report has a section besides the summary (or no summary)."""
    return not options.summary or bool(
        options.matrix or options.need_areas or options.findings or content.unit_methods
        or improvement is not None and (options.improvement or options.follow_up
                                        or options.deviations))


def _improvement(ws, units, options, report, check, *, start: float,
                 whole_county: bool = False, team_id: str | None = None):
    """The improvement work of the report (report_improvement), its charts drawn
    while the progress runs from start to 0.4; None when the workspace has none."""
    from app.core.report_improvement import improvement_content

    report(start, "Ritar diagrammen …")
    return improvement_content(
        ws, units, whole_county=whole_county, team_id=team_id,
        charts=options.charts and options.improvement,
        tick=lambda what, share: (check(), report(start + (0.4 - start) * share, what)),
        cancelled=stop_of(check))


def _improvement_story(improvement, options, unit_names: dict[str, str],
                       **scope) -> list:
    """The improvement sections the options ask for, in the county, area, unit and
    team reports alike: the teams (aims, progress, measures with their charts and
    signals, PGSA cycles), the agreement's follow-up, the open deviations.
    scope: scope_kind and scope_label, for who has no teams."""
    from app.core.report_improvement_pdf import (
        deviations_section, follow_up_section, improvement_section,
    )

    story: list = []
    if options.improvement:
        story += improvement_section(improvement, charts=options.charts, **scope)
    if options.follow_up:
        story += follow_up_section(improvement)
    if options.deviations:
        story += deviations_section(improvement, unit_names)
    return story


def _check_team(ws, team_id: str | None) -> None:
    from app.core.csv_export import has_improvement

    if team_id is None:
        raise ReportError("En teamrapport gäller ett förbättringsteam: ange vilket.")
    if not has_improvement(ws) or team_id not in {t.id for t in ws.teams()}:
        raise ReportError("Teamet finns inte i arbetsytan (det kan ha tagits bort).")


def _team_story(ws, team_id, options, report, check, today) -> tuple[list, str]:
    """One team: a cover naming it and its organisations, then the improvement
    sections of the county report (the team, its aims, progress, measures with
    their charts and signals, PGSA cycles; the follow-up; open deviations)."""
    from app.core.report_content import team_report_content
    from app.core.report_sections import cover

    content = team_report_content(ws, team_id, options, today=today)
    improvement = _improvement(ws, [], options, report, check, start=0.05, team_id=team_id)
    check()
    report(0.4, "Bygger rapporten …")
    story = cover(content, toc=True)
    story += _improvement_story(improvement, options, content.unit_names)
    return story, content.scope_label


def header_name(ws, scope_label: str) -> str:
    """What the page header names on its right, beside the title and the scope:
    the workspace's name when it was given one (the demo's "Demo: Norrbotten
    (fiktiva uppgifter)"), never its file's name ("lulea", which a workspace
    made in the program is named after); else the county, unless the scope on
    the left already says it."""
    if ws.name.strip() and ws.name != Path(ws.path).stem:
        return ws.name
    county = ws.county_name
    return "" if county.casefold() in scope_label.casefold() else county


def check_output(ws, out: Path) -> None:
    """Refuse to write the report over the workspace itself (or the files beside
    it), a folder, or an existing file that is not a PDF (a sync package, …)."""
    from app.core.csv_export import file_head, is_workspace_file

    if is_workspace_file(ws.path, out):
        raise ReportError(f"{out.name} är arbetsytans egen fil och skrivs inte över. "
                          "Välj ett annat namn för rapporten.")
    if out.is_dir():
        raise ReportError(f"{out} är en mapp; ange ett filnamn för rapporten.")
    head = file_head(out) if out.exists() else None
    if head and not head.startswith(b"%PDF"):
        raise ReportError(f"Det finns redan en fil {out.name} som inte är en PDF; "
                          "den skrivs inte över. Välj ett annat namn för rapporten.")


def stop_of(check: Callable[[], None]) -> Callable[[], bool]:
    """check() raises when cancelled; this asks without raising."""
    def asked() -> bool:
        check()
        return False
    return asked


def _cycles_story(ws, scope, blank, check, cycle_ids=None) -> tuple[list, str]:
    from app.core.csv_export import has_improvement
    from app.core.report_improvement import cycle_content
    from app.core.report_pgsa import worksheet

    story: list = []
    label = "Tom blankett"
    if has_improvement(ws) and not blank:
        units = {u.id for u in ws.scope_units(scope)}
        teams = [t for t in ws.teams() if scope is None or units & set(t.unit_ids)]
        for team in teams:
            for cycle in ws.cycles(team.id):
                if cycle_ids is not None and cycle.id not in cycle_ids:
                    continue
                check()
                story += worksheet(cycle_content(ws, cycle.id))
        label = scope_description(ws, scope)[1]
    if not story:
        story = worksheet(None)
    return story, label
