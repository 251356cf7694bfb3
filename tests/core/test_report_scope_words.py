"""A report's words about its scope: an area or organisation without teams says
so about itself, not about the workspace; a retired organisation or area is
called retired, not unknown."""

from __future__ import annotations

import pytest

pypdf = pytest.importorskip("pypdf")

from app.cli import main  # noqa: E402
from app.core.reports import ReportOptions, make_report  # noqa: E402

ONLY_IMPROVEMENT = ReportOptions(matrix=False, need_areas=False, findings=False,
                                 follow_up=False, deviations=False, charts=False)


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("vardflata: "), err
    return err


def area_and_unit_without_teams(ws):
    with_teams = {u for t in ws.teams() for u in t.unit_ids}
    assert with_teams, "the demo has teams"
    area = next(a for a in ws.areas()
                if not {u.id for u in ws.units(area_id=a.id)} & with_teams)
    unit = next(u for u in ws.units() if u.id not in with_teams)
    return area, unit


def test_area_without_teams_says_so_about_the_area(demo_ws, tmp_path):
    area, _ = area_and_unit_without_teams(demo_ws)
    text = " ".join(pdf_text(make_report(demo_ws, tmp_path / "a.pdf", "county", area.id,
                                         options=ONLY_IMPROVEMENT)).split())
    assert (f"Inga förbättringsteam är registrerade i Samverkansområde {area.name}."
            in text), text


def test_organisation_without_teams_says_so_about_it(demo_ws, tmp_path):
    _, unit = area_and_unit_without_teams(demo_ws)
    text = " ".join(pdf_text(make_report(demo_ws, tmp_path / "u.pdf", "unit", unit.id,
                                         options=ONLY_IMPROVEMENT)).split())
    assert f"Inga förbättringsteam är registrerade för {unit.name}." in text, text


def test_county_without_teams_keeps_the_plain_sentence(ws, tmp_path):
    text = " ".join(pdf_text(make_report(ws, tmp_path / "c.pdf", "county",
                                         options=ONLY_IMPROVEMENT)).split())
    assert "Inga förbättringsteam är registrerade." in text


def test_retired_organisation_is_called_retired(demo_ws, tmp_path, capsys):
    unit = next(u for u in demo_ws.units() if u.name == "Pajala")
    demo_ws.retire_unit(unit.id)
    args = ["report", str(demo_ws.path), "-o", str(tmp_path / "x.pdf")]
    assert main([*args, "--kind", "unit", "--unit", "pajala"]) == 2
    err = one_line_error(capsys)
    assert "Pajala är avvecklad" in err and "Okänd" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_retired_area_is_called_retired(demo_ws, tmp_path, capsys):
    area = demo_ws.areas()[0]
    demo_ws.retire_area(area.id)
    args = ["report", str(demo_ws.path), "-o", str(tmp_path / "x.pdf")]
    assert main([*args, "--unit", area.name]) == 2
    err = one_line_error(capsys)
    assert f"Samverkansområde {area.name} är avvecklat" in err and "Okänd" not in err
