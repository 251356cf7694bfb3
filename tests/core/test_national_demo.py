"""The national demo (290 municipalities, 21 regions) has improvement work at
national scale, so that its county report draws charts; its scope is the whole
country ("hela landet"), not a county."""

from __future__ import annotations

import pytest

pypdf = pytest.importorskip("pypdf")

from app.core.reports import ReportOptions, make_report  # noqa: E402


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    from app.core.demo import write_demo

    ws = write_demo(tmp_path_factory.mktemp("national") / "national.vardflata", "national")
    yield ws
    ws.close()


def test_every_region_has_fictional_teams_with_measured_work(national):
    teams = national.teams()
    assert 30 <= len(teams) <= 90
    area_of = {u.id: u.area_id for u in national.units()}
    regions = {area_of[u] for t in teams for u in t.unit_ids if area_of.get(u)}
    assert regions == {a.id for a in national.areas()}
    for team in teams:
        assert "fiktiv" in team.name
        measures = national.measures(team.id)
        assert measures and national.aims(team.id) and national.cycles(team.id)
        for m in measures:
            points = [p for p in national.data_points(m.id)]
            assert len(points) >= 20
    # a shift after the change shows as a signal in words on several charts
    from app.core.report_improvement import measure_chart

    signals = [measure_chart(national, m.id, draw=False).signals
               for t in teams[:6] for m in national.measures(t.id)]
    assert sum("skift" in " ".join(s) for s in signals) >= 2


def test_the_national_scope_is_the_whole_country(national, tmp_path):
    from app.core.report_content import scope_description

    assert scope_description(national, None)[1] == "Sverige (fiktiv demo) – hela landet"
    nothing = ReportOptions(matrix=False, organisations=False, need_areas=False,
                            findings=False, improvement=False, charts=False,
                            follow_up=False, deviations=False, notes=False)
    path = make_report(national, tmp_path / "land.pdf", "county", options=nothing)
    cover = pypdf.PdfReader(str(path)).pages[0].extract_text()
    assert "hela landet" in cover and "hela länet" not in cover


def test_a_county_keeps_its_word(demo_ws):
    from app.core.report_content import scope_description

    assert scope_description(demo_ws, None)[1].endswith("– hela länet")
