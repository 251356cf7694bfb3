"""`vardflata report` and `vardflata export-csv`: output, scopes, refusals (exit 2)."""

from __future__ import annotations

import pytest

from app.cli import main

pypdf = pytest.importorskip("pypdf")

PNR = "811218-9876"


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("vardflata: "), err
    assert "Traceback" not in err
    return err


def test_county_report_while_the_gui_has_the_file_open(demo_ws, tmp_path, capsys):
    out = tmp_path / "län.pdf"
    assert main(["report", str(demo_ws.path), "-o", str(out)]) == 0
    assert "Skrev" in capsys.readouterr().out
    text = pdf_text(out)
    assert "Länsrapport" in text and "Kiruna" in text


def test_the_report_opens_with_the_summary_and_short_gives_it_alone(demo_file, tmp_path,
                                                                    capsys):
    full, short = tmp_path / "full.pdf", tmp_path / "kort.pdf"
    assert main(["report", str(demo_file), "-o", str(full)]) == 0
    pages = [p.extract_text() for p in pypdf.PdfReader(str(full)).pages]
    assert "Sammanfattning" in pages[2] and "Matrisen: hur metoderna används" in "".join(pages)
    assert main(["report", str(demo_file), "-o", str(short), "--short"]) == 0
    pages = [p.extract_text() for p in pypdf.PdfReader(str(short)).pages]
    assert 2 <= len(pages) <= 3 and "Sammanfattning" in pages[1]
    assert "Matrisen: hur metoderna används" not in "".join(pages)
    capsys.readouterr()
    assert main(["report", str(demo_file), "-o", str(short), "--short", "--kind", "cycles"]) == 2
    assert "--short" in one_line_error(capsys)


def test_unit_and_area_scopes(demo_file, tmp_path):
    out = tmp_path / "kiruna.pdf"
    assert main(["report", str(demo_file), "-o", str(out), "--unit", "kiruna"]) == 0
    text = pdf_text(out)
    assert "Organisationsrapport" in text and "Metoderna och anteckningarna" in text
    out = tmp_path / "malm.pdf"
    assert main(["report", str(demo_file), "-o", str(out), "--unit", "Malmfälten"]) == 0
    text = pdf_text(out)
    # An area's report is no county report: "Länsrapport" on the cover and in
    # every page header read as if it covered the whole county.
    assert "Områdesrapport" in text and "Samverkansområde Malmfälten" in text
    assert "Länsrapport" not in text
    title = pypdf.PdfReader(str(out)).metadata.title
    assert title == "Områdesrapport – Samverkansområde Malmfälten"
    assert "Luleå\n" not in text


def test_an_areas_report_is_called_omradesrapport_in_help_and_errors(demo_file, tmp_path,
                                                                   capsys):
    """The help said "länsrapporten för området" and an error "områdets länsrapport":
    an area's report is its områdesrapport, as its cover says."""
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "ett samverkansområde (områdesrapport)" in help_text
    assert "länsrapporten för området" not in help_text
    assert main(["report", str(demo_file), "-o", str(tmp_path / "x.pdf"), "--kind", "unit",
                 "--unit", "Malmfälten"]) == 2
    error = one_line_error(capsys)
    assert "--kind county för områdesrapporten" in error and "länsrapport" not in error


def test_cycles_and_blank_form(demo_file, tmp_path):
    out = tmp_path / "pgsa.pdf"
    assert main(["report", str(demo_file), "-o", str(out), "--kind", "cycles"]) == 0
    assert len(pypdf.PdfReader(str(out)).pages) >= 1
    assert "PLANERA" in pdf_text(out)
    assert main(["report", str(demo_file), "-o", str(out), "--kind", "cycles", "--blank"]) == 0
    assert "PGSA-blankett" in pdf_text(out)


def test_one_cycle_by_its_title(demo_file, tmp_path, capsys):
    from app.workspace import Workspace

    with Workspace.open(demo_file, read_only=True) as ws:
        cycles = [c for team in ws.teams() for c in ws.cycles(team.id)]
    chosen, other = cycles[0], cycles[-1]
    out = tmp_path / "one.pdf"
    assert main(["report", str(demo_file), "-o", str(out), "--cycle",
                 chosen.title.upper()]) == 0
    text = pdf_text(out)
    assert len(pypdf.PdfReader(str(out)).pages) == 1
    assert " ".join(chosen.title.split()[:3]) in " ".join(text.split())
    assert " ".join(other.title.split()[:3]) not in " ".join(text.split())


@pytest.mark.parametrize("args, needle", [
    (["--cycle", "finns inte alls"], "Ingen PGSA-cykel"),
    (["--cycle", "SIP"], "passar"),
    (["--cycle", "SIP", "--kind", "county"], "--kind cycles"),
    (["--unit", "Atlantis"], "Okänd organisation"),
    (["--kind", "unit"], "--unit"),
    (["--kind", "unit", "--unit", "Malmfälten"], "samverkansområde"),
    (["--kind", "county", "--unit", "Kiruna"], "är en organisation"),
])
def test_user_errors_are_one_line(demo_file, tmp_path, capsys, args, needle):
    assert main(["report", str(demo_file), "-o", str(tmp_path / "x.pdf"), *args]) == 2
    assert needle in one_line_error(capsys)
    assert not (tmp_path / "x.pdf").exists()


def test_missing_workspace_and_folder(tmp_path, demo_file, capsys):
    assert main(["report", str(tmp_path / "nej.vardflata"), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "finns inte" in one_line_error(capsys)
    assert main(["report", str(demo_file), "-o", str(tmp_path / "saknas" / "x.pdf")]) == 2
    assert "Mappen finns inte" in one_line_error(capsys)


def test_personnummer_refuses_both_exports_unless_allowed(demo_ws, tmp_path, capsys):
    unit = next(u for u in demo_ws.units() if u.name == "Kiruna")
    item = demo_ws.items()[0]
    demo_ws.set_assessment(unit.id, item.id, note=f"Ring {PNR}")
    path = str(demo_ws.path)

    assert main(["report", path, "-o", str(tmp_path / "x.pdf"), "--unit", "Kiruna"]) == 2
    err = one_line_error(capsys)
    assert "personnummer" in err and "Kiruna" in err and item.title in err
    assert "anteckning" in err and "--allow-personal-data" in err
    assert "9876" not in err                       # the number itself is not repeated
    assert not (tmp_path / "x.pdf").exists()
    # Reports that do not print Kiruna's notes are written: the county report,
    # Luleå's report, the blank form.
    for args in ([], ["--unit", "Luleå"], ["--kind", "cycles", "--blank"]):
        assert main(["report", path, "-o", str(tmp_path / "ok.pdf"), *args]) == 0, args
        assert "personnummer" not in capsys.readouterr().err

    assert main(["export-csv", path, str(tmp_path / "csv")]) == 2
    assert "Kiruna" in one_line_error(capsys)
    assert not (tmp_path / "csv").exists()

    assert main(["report", path, "-o", str(tmp_path / "x.pdf"), "--unit", "Kiruna",
                 "--allow-personal-data"]) == 0
    assert "varning" in capsys.readouterr().err
    assert (tmp_path / "x.pdf").exists()


def test_export_csv(demo_file, tmp_path, capsys):
    assert main(["export-csv", str(demo_file), str(tmp_path / "ut")]) == 0
    assert "Skrev 4 CSV-filer" in capsys.readouterr().out
    names = sorted(p.name for p in (tmp_path / "ut").iterdir())
    assert names == ["bedomningar.csv", "forbattringsomraden.csv", "matt_och_matvarden.csv",
                     "pgsa_cykler.csv"]
    (tmp_path / "fil").write_text("x")
    assert main(["export-csv", str(demo_file), str(tmp_path / "fil")]) == 2
    one_line_error(capsys)


def test_unit_names_match_whatever_dash_case_or_spacing_is_typed(demo_file, tmp_path):
    out = tmp_path / "region.pdf"
    for typed in ("region norrbotten - vuxenpsykiatri", "REGION NORRBOTTEN-vuxenpsykiatri",
                  "Region  Norrbotten — vuxenpsykiatri"):
        assert main(["report", str(demo_file), "-o", str(out), "--unit", typed]) == 0, typed
        text = " ".join(pdf_text(out).split())
        assert "Organisationsrapport" in text
        assert "Region Norrbotten – vuxenpsykiatri" in text
    out = tmp_path / "area.pdf"
    assert main(["report", str(demo_file), "-o", str(out), "--unit", "lulea-boden"]) == 2
    assert main(["report", str(demo_file), "-o", str(out), "--unit", "luleå-boden"]) == 0
    assert "Samverkansområde Luleå–Boden" in pdf_text(out)


def test_a_name_that_matches_two_is_refused_naming_both(demo_ws, tmp_path, capsys):
    demo_ws.add_unit("Luleå-Boden", "other", demo_ws.areas()[0].id)
    path, out = str(demo_ws.path), str(tmp_path / "x.pdf")
    assert main(["report", path, "-o", out, "--unit", "LULEÅ - BODEN"]) == 2
    err = one_line_error(capsys)
    assert "Luleå-Boden" in err and "Luleå–Boden" in err
    assert main(["report", path, "-o", out, "--unit", "Luleå-Boden"]) == 0   # as written
    assert "Organisationsrapport" in pdf_text(out)


def _same_title_in_two_teams(ws) -> tuple:
    """The demo's SIP cycle #1 and a copy of its title in another team (quick
    capture titles a cycle by its objective)."""
    sip = next(t for t in ws.teams() if "SIP" in t.name)
    other = next(t for t in ws.teams() if t.id != sip.id)
    first = next(c for c in ws.cycles(sip.id) if c.title == "Testa SIP-mallen med en behandlare")
    copy = ws.add_cycle(other.id, first.title)
    return sip, other, first.id, copy


def test_identical_titles_are_told_apart_by_team_or_number(demo_ws, tmp_path, capsys):
    sip, other, first, copy = _same_title_in_two_teams(demo_ws)
    number = next(c.number for c in demo_ws.cycles(other.id) if c.id == copy)
    path, out = str(demo_ws.path), str(tmp_path / "x.pdf")
    title = "Testa SIP-mallen med en behandlare"

    assert main(["report", path, "-o", out, "--cycle", title]) == 2
    err = one_line_error(capsys)
    assert "--team" in err and sip.name in err and other.name in err
    assert "#1" in err and f"#{number}" in err and "skriv mer" not in err

    # --team matches as --unit does: case, spacing and the kind of dash ignored.
    typed = sip.name.replace("–", " - ").upper()
    assert main(["report", path, "-o", out, "--cycle", title, "--team", typed]) == 0
    assert "Luleå" in pdf_text(out) or "SIP" in pdf_text(out)
    assert len(pypdf.PdfReader(out).pages) == 1
    assert main(["report", path, "-o", out, "--cycle", f"{title} #{number}"]) == 0
    assert len(pypdf.PdfReader(out).pages) == 1
    assert main(["report", path, "-o", out, "--cycle", title, "--team", "Atlantis"]) == 2
    assert "Inget team" in one_line_error(capsys)


def test_find_cycle_narrows_by_team_number_and_unit(demo_ws):
    from app.cli_report import find_cycle, find_team

    sip, other, first, copy = _same_title_in_two_teams(demo_ws)
    title = "testa sip-mallen  med en behandlare"
    assert find_cycle(demo_ws, title, team=find_team(demo_ws, sip.name.lower())) == first
    assert find_cycle(demo_ws, title, team=other) == copy
    assert find_cycle(demo_ws, title + " #1") == first
    lulea = next(u for u in demo_ws.units() if u.id in sip.unit_ids)
    if not set(other.unit_ids) & set(sip.unit_ids):
        assert find_cycle(demo_ws, title, scope=lulea.id) == first


def test_a_team_report_by_the_teams_name(demo_file, tmp_path, capsys):
    out = tmp_path / "team.pdf"
    assert main(["report", str(demo_file), "-o", str(out), "--kind", "team", "--team",
                 "team laro"]) == 0
    assert "Skrev" in capsys.readouterr().out
    text = " ".join(pdf_text(out).split())
    assert "Teamrapport" in text and "Team LARO Kiruna–Gällivare (fiktivt)" in text
    assert "Team SIP" not in text


@pytest.mark.parametrize("args, needle", [
    (["--kind", "team"], "--team NAMN"),
    (["--kind", "team", "--team", "Atlantis"], "Inget team heter"),
    (["--kind", "team", "--team", "team"], "kan avse flera team"),
    (["--kind", "team", "--team", "SIP", "--unit", "Luleå"], "--unit hör inte till"),
    (["--kind", "team", "--team", "SIP", "--cycle", "x"], "--kind cycles"),
    (["--kind", "county", "--team", "SIP"], "--kind team"),
])
def test_team_report_errors_are_one_line(demo_file, tmp_path, capsys, args, needle):
    assert main(["report", str(demo_file), "-o", str(tmp_path / "x.pdf"), *args]) == 2
    assert needle in one_line_error(capsys)
    assert not (tmp_path / "x.pdf").exists()


def test_a_team_report_refuses_a_personnummer_in_the_teams_text(demo_ws, tmp_path, capsys):
    laro = next(t for t in demo_ws.teams() if t.name.startswith("Team LARO"))
    sip = next(t for t in demo_ws.teams() if t.name.startswith("Team SIP"))
    demo_ws.update_team(laro.id, description=f"Kontakt {PNR}")
    out = tmp_path / "t.pdf"
    assert main(["report", str(demo_ws.path), "-o", str(out), "--kind", "team", "--team",
                 sip.name]) == 0            # another team's text is not in this report
    capsys.readouterr()
    assert main(["report", str(demo_ws.path), "-o", str(out), "--kind", "team", "--team",
                 laro.name]) == 2
    assert "personnummer" in one_line_error(capsys)
    assert main(["report", str(demo_ws.path), "-o", str(out), "--kind", "team", "--team",
                 laro.name, "--allow-personal-data"]) == 0
