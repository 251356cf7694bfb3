"""Characters DejaVu lacks: printed in a font that has them (packaged Noto fonts, or
one found on the computer), and when no font has them the report is still
written and says where they stand, in the PDF and in the charts."""

from __future__ import annotations

import os
import subprocess
import types
import warnings

import pytest

pypdf = pytest.importorskip("pypdf")

from app.core import report_fonts  # noqa: E402
from app.core.reports import make_report  # noqa: E402

CHINESE = "中文笔记"
THAI = "ภาษาไทย"
EMOJI = "🙂"


def pdf_fonts(path) -> set[str]:
    names = set()
    for page in pypdf.PdfReader(str(path)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)


@pytest.fixture()
def finder(monkeypatch):
    """A fresh fallback finder that finds no font on the computer (whatever this
    machine has), so that what is missing is the same everywhere."""
    from app.core import report_pdf

    report_pdf.register_fonts()
    fresh = report_fonts.FontFinder(report_pdf._Fonts.covered)
    monkeypatch.setattr(fresh, "_system_candidates", lambda code: [])
    monkeypatch.setattr(report_pdf._Fonts, "finder", fresh)
    return fresh


def _kiruna_note(ws, note: str):
    kiruna = next(u for u in ws.units() if u.name == "Kiruna")
    item = ws.items()[0]
    ws.set_assessment(kiruna.id, item.id, status="not_used", note=note, need=note)
    return kiruna, item


def test_characters_no_font_has_are_reported_with_where_they_stand(demo_ws, tmp_path,
                                                                   finder):
    kiruna, item = _kiruna_note(demo_ws, f"Möte {CHINESE} {THAI} {EMOJI}")
    said: list[str] = []
    path = make_report(demo_ws, tmp_path / "org.pdf", "unit", kiruna.id, warn=said.append)
    assert path.exists()                                   # written all the same
    assert said and all(CHINESE in s for s in said)
    assert any("Kiruna" in s and item.title in s and "anteckning" in s for s in said)
    assert any("behov" in s for s in said)
    assert not any(THAI in s or EMOJI in s for s in said)  # those have fonts
    fonts = pdf_fonts(path)
    assert any("NotoSansThai" in f for f in fonts) and any("NotoEmoji" in f for f in fonts)
    assert THAI in pdf_text(path)


def test_no_warning_when_every_character_has_a_font(demo_ws, tmp_path, finder):
    kiruna, _ = _kiruna_note(demo_ws, f"Möte {THAI} {EMOJI} Áŋŋel")
    said: list[str] = []
    make_report(demo_ws, tmp_path / "org.pdf", "unit", kiruna.id, warn=said.append)
    assert said == []


def test_a_font_on_the_computer_covers_what_the_packaged_ones_lack(demo_ws, tmp_path,
                                                                   monkeypatch, finder):
    """As a Chinese font found by fontconfig would: here Noto Sans Thai plays the
    computer's font (the packaged list without it), found through fc-list's output."""
    thai = next(p for p in report_fonts._packaged_paths() if "Thai" in p)
    others = [p for p in report_fonts._packaged_paths() if p != thai]
    monkeypatch.setattr(report_fonts, "_packaged_paths", lambda: others)
    monkeypatch.setattr(report_fonts.sys, "platform", "linux")

    def fc_list(*args, **kwargs):
        lines = ["/nonexistent/Bold.ttf|0|Bold|e00-e7f", f"{thai}|0|Regular|20-7e e00-e7f"]
        return subprocess.CompletedProcess(args, 0, "\n".join(lines) + "\n", "")

    parse = report_fonts.fontconfig_fonts
    monkeypatch.setattr(report_fonts, "fontconfig_fonts", lambda run=None: parse(fc_list))
    # the real lookup, with fc-list's output faked
    monkeypatch.setattr(finder, "_system_candidates",
                        types.MethodType(report_fonts.FontFinder._system_candidates, finder))
    kiruna, _ = _kiruna_note(demo_ws, f"Möte {THAI}")
    said: list[str] = []
    path = make_report(demo_ws, tmp_path / "org.pdf", "unit", kiruna.id, warn=said.append)
    assert said == []
    assert any("NotoSansThai" in f for f in pdf_fonts(path))


def test_fontconfig_listing_puts_plain_truetype_first():
    def run(*args, **kwargs):
        out = ("/f/Noto-Bold.ttc|1|Bold|4e00-9fff\n"
               "/f/Cff.otf|0|Regular|4e00-9fff\n"
               "/f/Plain.ttc|2|Regular|20-7e 4e00-9fff\n"
               "/f/bitmap.pcf.gz|0|Regular|4e00-9fff\n"
               "/f/Latin.ttf|0|Book|20-7e a0-ff\n")
        return subprocess.CompletedProcess(args, 0, out, "")

    fonts = report_fonts.fontconfig_fonts(run)
    chinese = [(f.path, f.index) for f in fonts if f.has(0x4E2D)]
    assert chinese == [("/f/Plain.ttc", 2), ("/f/Cff.otf", 0), ("/f/Noto-Bold.ttc", 1)]
    assert not any(f.has(0x4E2D) for f in fonts if f.path == "/f/Latin.ttf")

    def broken(*args, **kwargs):
        raise FileNotFoundError("fc-list")
    assert report_fonts.fontconfig_fonts(broken) == []


def test_known_windows_and_mac_fonts_are_asked(monkeypatch, tmp_path):
    finder = report_fonts.FontFinder(frozenset())
    (tmp_path / "Fonts").mkdir()
    (tmp_path / "Fonts" / "msyh.ttc").write_bytes(b"")
    monkeypatch.setattr(report_fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    assert finder._system_candidates(0x4E2D) == [(str(tmp_path / "Fonts" / "msyh.ttc"), 0)]
    assert "YuGothM.ttc" in report_fonts.WINDOWS_FONTS and "malgun.ttf" in \
        report_fonts.WINDOWS_FONTS
    assert any("PingFang" in f for f in report_fonts.MAC_FONTS)


def test_chart_labels_fall_back_too_and_say_what_is_missing(finder):
    with report_fonts.collect_missing() as missing:
        families = report_fonts.chart_families(finder, [f"Mått {THAI} {EMOJI}", CHINESE])
    assert families[0] == "DejaVu Sans"
    assert any("Thai" in f for f in families) and any("Emoji" in f for f in families)
    assert missing == set(CHINESE)


def test_cli_warns_in_one_line_per_place_and_no_python_warning(demo_ws, tmp_path, capfd,
                                                                monkeypatch):
    from app.cli import main
    from app.core import report_pdf

    report_pdf.register_fonts()
    fresh = report_fonts.FontFinder(report_pdf._Fonts.covered)
    monkeypatch.setattr(fresh, "_system_candidates", lambda code: [])
    monkeypatch.setattr(report_pdf._Fonts, "finder", fresh)
    team = demo_ws.teams()[0]
    measure = demo_ws.measures(team.id)[0]
    demo_ws.update_measure(measure.id, name=f"{measure.name} {THAI} {EMOJI}")
    measure = demo_ws.measure(measure.id)     # a title in bold: fallbacks have no bold
    point = demo_ws.data_points(measure.id)[2]
    demo_ws.set_data_point(measure.id, point.period, numerator=point.numerator,
                           denominator=point.denominator, note=f"Möte {CHINESE}")
    out = tmp_path / "län.pdf"
    with warnings.catch_warnings():
        warnings.simplefilter("default")         # a Python warning would reach stderr
        assert main(["report", str(demo_ws.path), "-o", str(out)]) == 0
    err = capfd.readouterr().err
    lines = [line for line in err.splitlines() if line]
    assert lines and all(line.startswith("vardflata: varning: ") for line in lines), err
    assert any(CHINESE in line and "Mätvärde" in line and measure.name in line
               for line in lines)
    assert "UserWarning" not in err and "Glyph" not in err and "findfont" not in err
    assert out.exists() and os.path.getsize(out) > 10000
