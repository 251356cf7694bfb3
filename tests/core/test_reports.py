"""PDF reports, read back with pypdf: headings, every organisation, hostile text."""

from __future__ import annotations

import re
import shutil
import unicodedata

import pytest

pypdf = pytest.importorskip("pypdf")

from report_helpers import outline_titles, pdf_text  # noqa: E402

from app.core.reports import ReportError, ReportOptions, make_report  # noqa: E402
from app.workspace import Workspace  # noqa: E402

LONG_WORD = "Långt" + "ord" * 98 + "slut"          # 300+ characters, no spaces
MARKUP = "<b>&amp; \"x\" 'y'"
ARABIC = "مرحبا"
SAMI = "Sámi: Áŋŋel čađaid ŧ ž"
EMOJI = "🙂"
HOSTILE = f"{MARKUP} {LONG_WORD} {EMOJI} {ARABIC} {SAMI}\nAndra raden"
HOSTILE_UNIT = f"Kommun {MARKUP}"
HEADINGS = ["Innehåll", "Matrisen: hur metoderna används", "hela länet (",
            "Kompetenser och brister per behovsområde", "Kompetens som finns",
            "Brister och behov", "Förbättringsområden", "Lokalt", "Inomregionalt",
            "Länsövergripande", "Förbättringsarbete", "Uppföljning enligt överenskommelsen",
            "Planering", "Genomförande", "Resultat", "Utveckling", "Öppna avvikelser"]


def squeeze(text: str) -> str:
    """Text without any whitespace (lines wrap anywhere in a long word)."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def hostile_ws(demo_file, tmp_path_factory):
    target = tmp_path_factory.mktemp("reports") / "demo.vardflata"
    shutil.copy(demo_file, target)
    ws = Workspace.open(target)
    unit = ws.add_unit(HOSTILE_UNIT, "municipality", ws.areas()[0].id)
    item = ws.items()[0]
    ws.set_assessment(unit, item.id, status="partly", note=HOSTILE, competence=MARKUP,
                      need=f"Behov {LONG_WORD}", level="local")
    ws.add_finding(f"Fynd {MARKUP}", description=HOSTILE, category="guidelines",
                   level="local", unit_id=unit)
    yield ws, unit
    ws.close()


@pytest.fixture(scope="module")
def county_pdf(hostile_ws, tmp_path_factory):
    ws, _ = hostile_ws
    seen: list[tuple[float, str]] = []
    out = make_report(ws, tmp_path_factory.mktemp("out") / "län.pdf", "county",
                      progress=lambda f, t: seen.append((f, t)))
    return out, seen


def test_county_report_has_headings_and_every_organisation(hostile_ws, county_pdf):
    ws, _ = hostile_ws
    path, _ = county_pdf
    text = pdf_text(path)
    assert "Länsrapport" in text
    for heading in HEADINGS:
        assert heading in text, heading
    for unit in ws.units():
        assert squeeze(unit.name) in squeeze(text), unit.name
    for area in ws.areas():
        assert f"Samverkansområde {area.name}" in text
    for team in ws.teams():
        assert squeeze(team.name) in squeeze(text)
    assert ws.name in text
    pages = len(pypdf.PdfReader(str(path)).pages)
    assert re.search(rf"Sida 1 av\s*{pages}\b", text)
    assert re.search(rf"Sida {pages} av\s*{pages}\b", text)


def test_hostile_user_text_prints_literally(county_pdf):
    path, _ = county_pdf
    text = pdf_text(path)
    flat = squeeze(text)
    assert MARKUP in text                      # escaped, not interpreted
    assert squeeze(f"Fynd {MARKUP}") in flat
    assert LONG_WORD in flat                   # broken over lines, nothing lost
    assert squeeze(SAMI) in flat
    # Shaped (joined presentation forms) and drawn right to left.
    joined = unicodedata.normalize("NFKC", text)
    assert ARABIC[::-1] in joined or ARABIC in joined
    # Emoji print with the embedded Noto Emoji, never as a stand-in. (ReportLab's
    # text layer cannot map characters beyond U+FFFF back, so look at the fonts.)
    assert "\ufffd" not in text
    embedded = {str(font.get_object()["/BaseFont"])
                for page in pypdf.PdfReader(str(path)).pages
                for font in page["/Resources"]["/Font"].values()}
    assert any("NotoEmoji" in name for name in embedded)
    assert "&amp;amp;" not in text and "<br/>" not in text


def test_long_words_stay_inside_the_page(county_pdf):
    path, _ = county_pdf
    reader = pypdf.PdfReader(str(path))
    width = float(reader.pages[0].mediabox.width)
    for page in reader.pages:
        xs = []

        def visit(text, cm, tm, font, size, xs=xs):
            # Page numbers drawn from forms report form-relative positions: skip them.
            if text.strip() and not text.strip().isdigit():
                xs.append(cm[4] + tm[4])
        page.extract_text(visitor_text=visit)
        assert all(0 <= x < width for x in xs)


def test_metadata_outline_and_embedded_fonts(county_pdf):
    path, _ = county_pdf
    reader = pypdf.PdfReader(str(path))
    meta = reader.metadata
    # The title names the scope, as the page header does.
    assert meta.title.startswith("Länsrapport – ") and meta.title.endswith("hela länet")
    assert meta.author == "Vårdfläta"
    assert "hela länet" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Matrisen: hur metoderna används" in titles and "Förbättringsområden" in titles
    fonts = set()
    for page in reader.pages[:5]:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if descriptor is not None:
                fonts.add((str(font["/BaseFont"]), "/FontFile2" in descriptor.get_object()))
    assert fonts and all(embedded for _, embedded in fonts)
    assert all("Helvetica" not in name for name, _ in fonts)


def test_bookmarks_and_table_of_contents_point_at_the_right_pages(county_pdf):
    path, _ = county_pdf
    reader = pypdf.PdfReader(str(path))
    top = [o for o in reader.outline if not isinstance(o, list)]
    assert len(top) >= 6
    toc = squeeze(reader.pages[1].extract_text() + reader.pages[2].extract_text())
    for entry in top:
        page = reader.get_destination_page_number(entry)
        assert entry.title in reader.pages[page].extract_text(), entry.title
        assert squeeze(entry.title) + str(page + 1) in toc, entry.title


def test_charts_are_sharp_enough_to_print(county_pdf):
    path, _ = county_pdf
    reader = pypdf.PdfReader(str(path))
    widths = [img.image.width for page in reader.pages for img in page.images]
    assert widths, "the measures' charts are in the report"
    # Charts are drawn at 300 dpi and printed about 6.2 in wide: 300 dpi on paper.
    assert min(widths) >= 1800


def test_the_words_under_a_chart_are_text_not_picture(hostile_ws, county_pdf):
    """The signals, the chart's remarks and what its marks mean are PDF text
    (searchable, sharp), and the picture no longer carries them."""
    from app.core import charts
    from app.core.report_improvement import chart_figure, measure_chart

    ws, _ = hostile_ws
    path, _ = county_pdf
    flat = squeeze(pdf_text(path))
    measures = [m for t in ws.teams() for m in ws.measures(t.id) if ws.data_points(m.id)]
    assert measures
    for m in measures:
        picture = measure_chart(ws, m.id, draw=False)
        assert picture.signals
        for sentence in picture.remarks + picture.signals + picture.marks:
            assert squeeze(sentence) in flat, sentence
        figure, _ = chart_figure(charts, charts.measure_chart(ws, m.id))
        below = min(ax.get_position().y0 for ax in figure.axes)
        assert not [t for t in figure.texts if t.get_position()[1] < below]
    assert "Markeringar:" in pdf_text(path) and squeeze("PGSA 1: Testa SIP-mallen") in flat


def test_progress_rises_to_one(county_pdf):
    _, seen = county_pdf
    fractions = [f for f, _ in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(isinstance(t, str) and t for _, t in seen)


def test_organisation_report_has_the_notes(hostile_ws, tmp_path):
    ws, unit = hostile_ws
    path = make_report(ws, tmp_path / "org.pdf", "unit", unit)
    text = pdf_text(path)
    flat = squeeze(text)
    assert "Organisationsrapport" in text and "Metoderna och anteckningarna" in text
    assert squeeze(HOSTILE_UNIT) in flat
    assert squeeze("Anteckning: " + MARKUP) in flat
    assert squeeze(f"Behov {LONG_WORD}") in flat
    assert squeeze(f"Fynd {MARKUP}") in flat
    assert "Matrisen per organisation" not in text   # only this organisation's matrix


def test_area_scope_and_options(hostile_ws, tmp_path):
    ws, _ = hostile_ws
    area = ws.areas()[1]
    options = ReportOptions(need_areas=False, improvement=False, follow_up=False,
                            deviations=False)
    path = make_report(ws, tmp_path / "area.pdf", "county", area.id, options=options)
    text = pdf_text(path)
    assert f"Samverkansområde {area.name}" in text
    for unit in ws.units(area_id=area.id):
        assert squeeze(unit.name) in squeeze(text)
    outside = [u for u in ws.units() if u.area_id != area.id]
    assert not any(f"\n{u.name}\n" in text for u in outside)
    assert "Kompetenser och brister" not in text and "Förbättringsarbete" not in text


def test_pgsa_worksheets_one_page_per_cycle_and_blank(hostile_ws, tmp_path):
    ws, _ = hostile_ws
    cycles = ws.cycles()
    assert cycles
    path = make_report(ws, tmp_path / "pgsa.pdf", "cycles")
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == len(cycles)
    first = reader.pages[0].extract_text()
    for word in ("PLANERA", "GÖRA", "STUDERA", "AGERA", "Förutsägelse", "Anta", "Anpassa",
                 "Avbryta"):
        assert word in first, word
    assert squeeze(cycles[0].title) in squeeze(first)
    blank = make_report(ws, tmp_path / "blank.pdf", "cycles", blank=True)
    reader = pypdf.PdfReader(str(blank))
    assert len(reader.pages) == 1
    assert "PGSA-blankett" in reader.pages[0].extract_text()


def test_cancel_writes_nothing(hostile_ws, tmp_path):
    from app.core.report_pdf import ReportCancelled

    ws, _ = hostile_ws
    calls = []

    def cancel_later():
        calls.append(1)
        return len(calls) > 30

    with pytest.raises(ReportCancelled):
        make_report(ws, tmp_path / "x.pdf", "county", cancelled=cancel_later)
    assert list(tmp_path.iterdir()) == []


def test_unit_report_needs_a_unit(hostile_ws, tmp_path):
    ws, _ = hostile_ws
    with pytest.raises(ReportError):
        make_report(ws, tmp_path / "x.pdf", "unit")
    with pytest.raises(ReportError):
        make_report(ws, tmp_path / "x.pdf", "unit", ws.areas()[0].id)


def test_text_longer_than_a_page_flows_on_instead_of_failing(demo_ws, tmp_path):
    unit, item = demo_ws.units()[0], demo_ws.items()[0]
    demo_ws.set_assessment(unit.id, item.id, note="Mycket lång anteckning. " * 600,
                           need="Behov " * 900)
    cycle = demo_ws.cycles()[0]
    demo_ws.update_cycle(cycle.id, observations="Observation " * 2500)
    unit_pdf = make_report(demo_ws, tmp_path / "org.pdf", "unit", unit.id)
    assert "Mycket lång anteckning." in pdf_text(unit_pdf)
    cycles_pdf = make_report(demo_ws, tmp_path / "pgsa.pdf", "cycles")
    reader = pypdf.PdfReader(str(cycles_pdf))
    assert len(reader.pages) > len(demo_ws.cycles())   # the long one takes several pages
    assert pdf_text(cycles_pdf).count("Observation") >= 2500


def test_right_to_left_runs_are_shaped_and_drawn_in_visual_order():
    from app.core.report_script import shape_arabic, visual_order

    assert visual_order("AUDIT i Kiruna") == "AUDIT i Kiruna"
    shaped = visual_order("مرحبا")
    assert shaped == "\ufe8e\ufe92\ufea3\ufeae\ufee3"      # final alef … initial meem
    assert unicodedata.normalize("NFKC", shaped) == "مرحبا"[::-1]
    assert shape_arabic("لا") == "\ufefb"                       # the lam-alef ligature
    mixed = visual_order("Möte med مرحبا بكم i Kiruna 2026")
    assert mixed.startswith("Möte med ") and mixed.endswith(" i Kiruna 2026")
    assert unicodedata.normalize("NFKC", mixed) == "Möte med " + "مرحبا بكم"[::-1] + \
        " i Kiruna 2026"
    assert visual_order("عام 2026 (نعم)").startswith("(") and "2026" in visual_order("عام 2026")
    assert visual_order("שלום") == "םולש"
    assert visual_order("rad ett\nمرحبا").split("\n")[0] == "rad ett"


def test_a_new_empty_workspace_reports_without_errors(ws, tmp_path):
    path = make_report(ws, tmp_path / "tom.pdf", "county")
    text = pdf_text(path)
    assert "Inga förbättringsområden är registrerade." in text
    assert "Inga förbättringsteam är registrerade." in text
    assert "Inga öppna avvikelser." in text
    assert "ej kartlagt" in text
    blank = make_report(ws, tmp_path / "pgsa.pdf", "cycles")
    assert "PGSA-blankett" in pdf_text(blank)


def test_names_in_any_script_reach_the_outline(ws, tmp_path):
    name = f"Enhet 🙂 {ARABIC} {SAMI} {MARKUP}"
    unit = ws.add_unit(name, "other")
    ws.set_assessment(unit, ws.items()[0].id, status="planned")   # mapped: has a matrix
    path = make_report(ws, tmp_path / "namn.pdf", "county")
    reader = pypdf.PdfReader(str(path))
    assert name in set(outline_titles(reader.outline))   # bookmarks keep the text as typed
    assert squeeze(SAMI) in squeeze(pdf_text(path))


def test_no_blank_page_when_the_first_section_is_left_out(hostile_ws, tmp_path):
    """Each section starts on a new page; after the table of contents, with the
    matrix left out, that left a page with nothing but its header."""
    ws, _ = hostile_ws
    options = ReportOptions(matrix=False, need_areas=False, improvement=False,
                            follow_up=False, deviations=False)
    path = make_report(ws, tmp_path / "r.pdf", "county", ws.areas()[0].id, options=options)
    pages = [p.extract_text() for p in pypdf.PdfReader(str(path)).pages]
    assert "Innehåll" in pages[1]
    assert "Vad kartläggningen visar att vi behöver utveckla" in pages[2]
