"""The team report (kind "team"): one improvement team's work in a PDF, read back
with pypdf; only that team's text, and the privacy check sees exactly that."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

pypdf = pytest.importorskip("pypdf")

from report_helpers import flat, outline_titles, pdf_pages, team_named  # noqa: E402
from test_report_scope import FREE, mark, printed, selected  # noqa: E402

from app.core.privacy import scan_export  # noqa: E402
from app.core.report_scope import report_selection  # noqa: E402
from app.core.reports import ReportError, ReportOptions, make_report  # noqa: E402
from app.workspace import Workspace  # noqa: E402

PNR = "811218-9876"


@pytest.fixture(scope="module")
def sip_report(demo_file, tmp_path_factory):
    """The demo's SIP team, with a deviation of one of its organisations that
    names no team, and one of an organisation it does not work with."""
    folder = tmp_path_factory.mktemp("team")
    path = folder / "demo.vardflata"
    shutil.copy(demo_file, path)
    ws = Workspace.open(path)
    sip = team_named(ws, "Team SIP")
    names = {u.id: u.name for u in ws.units()}
    own = next(u for u in sip.unit_ids)
    other = next(u for u in names if u not in sip.unit_ids)
    ws.add_deviation("Avvikelse i egen organisation", unit_id=own)
    ws.add_deviation("Avvikelse någon annanstans", unit_id=other)
    seen: list[tuple[float, str]] = []
    pdf = make_report(ws, folder / "team.pdf", "team", sip.id,
                      progress=lambda f, t: seen.append((f, t)))
    yield ws, sip, pdf, seen
    ws.close()


def test_the_team_report_is_the_teams_work_alone(sip_report):
    ws, sip, pdf, _ = sip_report
    pages = pdf_pages(pdf)
    text = flat("\n".join(pages))
    assert pages[0].count("Teamrapport") and flat(sip.name) in flat(pages[0])
    assert "Luleå, Boden" in flat(pages[0])                     # its organisations
    assert "metoder i katalogen" not in text                   # no mapping in it
    for heading in ("Innehåll", "Förbättringsarbete", "Mål", "Framsteg", "PGSA-cykler",
                    "Uppföljning enligt överenskommelsen", "Öppna avvikelser"):
        assert heading in text, heading
    for measure in ws.measures(sip.id):
        assert flat(measure.name) in text
    assert text.count("Vad diagrammet visar:") == len(ws.measures(sip.id))
    for cycle in ws.cycles(sip.id):
        assert flat(cycle.title)[:30] in text
    for aim in ws.aims(sip.id):
        assert flat(aim.title) in text
    others = [t for t in ws.teams() if t.id != sip.id]
    for team in others:
        assert flat(team.name) not in text
        for measure in ws.measures(team.id):
            assert flat(measure.name) not in text
    # Its own deviation and its organisation's, not another team's or organisation's.
    assert "Samordnare saknas under semesterperioden" in text
    assert "Avvikelse i egen organisation" in text
    assert "Avvikelse någon annanstans" not in text and "AUDIT-blanketten" not in text


def test_every_measure_has_its_chart_and_no_page_is_blank(sip_report):
    ws, sip, pdf, seen = sip_report
    reader = pypdf.PdfReader(str(pdf))
    images = sum(len(page.images) for page in reader.pages)
    assert images == len([m for m in ws.measures(sip.id) if ws.data_points(m.id)])
    header = "Teamrapport – "
    for number, page in enumerate(pdf_pages(pdf)[1:], start=2):
        body = [line for line in page.splitlines() if line.strip() and header not in line
                and "Vårdfläta ·" not in line and "Sida" not in line and line.strip()
                not in (ws.name, str(len(reader.pages)))]
        assert body, f"page {number} is blank"
    assert seen[-1] == (1.0, "Klart.")
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)


def test_outline_names_the_team_and_its_measures(sip_report):
    ws, sip, pdf, _ = sip_report
    reader = pypdf.PdfReader(str(pdf))
    found = outline_titles(reader.outline)
    assert sip.name in found
    assert all(m.name in found for m in ws.measures(sip.id))
    assert reader.metadata.title == f"Teamrapport – {sip.name}"


def test_options_leave_parts_out(sip_report, tmp_path):
    ws, sip, _, _ = sip_report
    pdf = make_report(ws, tmp_path / "t.pdf", "team", sip.id, options=ReportOptions(
        improvement=False, deviations=False))
    text = flat("\n".join(pdf_pages(pdf)))
    assert "Uppföljning enligt överenskommelsen" in text
    assert "Beslut och lärdomar" not in text and "Öppna avvikelser" not in text
    pdf = make_report(ws, tmp_path / "u.pdf", "team", sip.id, options=ReportOptions(
        charts=False, follow_up=False))
    reader = pypdf.PdfReader(str(pdf))
    assert not any(page.images for page in reader.pages)
    assert "Vad diagrammet visar:" in flat("\n".join(pdf_pages(pdf)))


def test_a_team_without_measures_or_cycles(demo_ws, tmp_path):
    team = demo_ws.add_team("Tomt team")
    text = flat("\n".join(pdf_pages(make_report(demo_ws, tmp_path / "t.pdf", "team",
                                                team))))
    assert "Tomt team" in text and "Omfattning: ett förbättringsteam" in text
    assert "Inga öppna avvikelser." in text


def test_a_team_report_needs_a_team(demo_ws, tmp_path):
    with pytest.raises(ReportError, match="förbättringsteam"):
        make_report(demo_ws, tmp_path / "x.pdf", "team")
    with pytest.raises(ReportError, match="finns inte"):
        make_report(demo_ws, tmp_path / "x.pdf", "team", demo_ws.units()[0].id)
    assert not list(tmp_path.glob("*.pdf"))


def test_privacy_check_looks_at_this_teams_text_only(demo_ws):
    sip, laro = team_named(demo_ws, "Team SIP"), team_named(demo_ws, "Team LARO")
    demo_ws.update_aim(demo_ws.aims(laro.id)[0].id, description=f"Patient {PNR}")
    assert scan_export(demo_ws, "team", sip.id) == []
    assert scan_export(demo_ws, "team", laro.id)
    cycle = demo_ws.cycles(sip.id)[0]
    demo_ws.update_cycle(cycle.id, observations=f"Ringde {PNR}")
    hits = scan_export(demo_ws, "team", sip.id)
    assert [h.record_id for h in hits] == [cycle.id]


def test_a_character_no_font_has_is_said_where_it_stands(demo_ws, tmp_path, monkeypatch):
    from app.core import report_fonts, report_pdf

    report_pdf.register_fonts()
    finder = report_fonts.FontFinder(report_pdf._Fonts.covered)
    monkeypatch.setattr(finder, "_system_candidates", lambda code: [])
    monkeypatch.setattr(report_pdf._Fonts, "finder", finder)
    sip = team_named(demo_ws, "Team SIP")
    demo_ws.update_team(sip.id, description="Möte 中文笔记")
    said: list[str] = []
    assert make_report(demo_ws, tmp_path / "t.pdf", "team", sip.id, warn=said.append).exists()
    assert said and all("中文笔记" in s for s in said)
    assert any(sip.name in s for s in said)


def test_the_selection_holds_everything_the_team_report_prints(demo_file, tmp_path):
    """Every free text marked (as tests/core/test_report_scope.py does for the other
    kinds): each mark printed belongs to a text the privacy check reads, and no
    other team's text is among them."""
    path = tmp_path / "marked.vardflata"
    shutil.copy(demo_file, path)
    from app.core.schema import RECORD_TABLES

    conn = sqlite3.connect(path)
    where: dict[str, tuple[str, str, str]] = {}
    for table, fields in RECORD_TABLES.items():
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for field in sorted(FREE & set(fields) & columns):
            for (record_id,) in conn.execute(f"SELECT id FROM {table} WHERE deleted = 0 "
                                             f"AND {field} IS NOT NULL").fetchall():
                tag = mark(len(where))
                where[tag] = (table, record_id, field)
                conn.execute(f"UPDATE {table} SET {field} = {field} || ' ' || ? "
                             "WHERE id = ?", (tag, record_id))
    conn.commit()
    conn.close()
    with Workspace.open(path, read_only=True) as ws:
        sip = team_named(ws, "Team SIP")
        shown = printed(make_report(ws, tmp_path / "t.pdf", "team", sip.id))
        chosen = selected(ws, report_selection(ws, "team", sip.id), where)
        others = {t.id for t in ws.teams() if t.id != sip.id}
    assert shown, "the marks reach the report"
    missing = sorted(where[tag] for tag in shown - chosen)
    assert not missing, missing[:5]
    assert not [where[tag] for tag in chosen if where[tag][1] in others]


def test_a_team_deleted_before_the_report_is_a_sentence(demo_ws, tmp_path):
    """The dialog offers the teams it read when it opened; one deleted since is
    refused with a sentence by the privacy check's and the report's turn alike."""
    team = demo_ws.add_team("Kortlivat team")
    demo_ws.delete_record("teams", team)
    assert scan_export(demo_ws, "team", team) == []
    with pytest.raises(ReportError, match="Teamet finns inte"):
        make_report(demo_ws, tmp_path / "x.pdf", "team", team)
