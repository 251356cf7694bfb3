"""Long user text in PDF reports: laid out in time that grows with its length, not
its square (ReportLab wraps one paragraph, and a table row split over pages, anew
on every page: a 240,000-character note took 42 s), and printed whole."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("reportlab")
pypdf = pytest.importorskip("pypdf")


def test_short_text_stays_one_paragraph_long_text_is_cut_between_words():
    from app.core.report_pdf import CHUNK, paragraphs, styles, text, text_cell

    style = styles()["cell"]
    short = text("Anteckning <b>& så vidare</b>\nny rad")
    assert [p.text for p in paragraphs(short, style)] == [short]
    assert text_cell(short, style).text == short
    words = [f"ord{n}&amp;" for n in range(3000)]
    long = " ".join(words[:1500]) + "<br/><br/>" + " ".join(words[1500:])
    parts = [p.text for p in paragraphs(long, style)]
    assert len(parts) > 1 and all(len(p) <= CHUNK for p in parts)
    joined = " ".join(parts).replace("<br/>", " ").split()
    assert joined == words                   # no word cut, none lost, none doubled
    assert parts[0].startswith("ord0&amp; ord1&amp;")
    unbroken = "x" * (3 * CHUNK)
    assert "".join(p.text for p in paragraphs(unbroken, style)) == unbroken


def test_a_book_long_note_prints_whole_and_quickly(demo_ws, tmp_path):
    from app.core.reports import make_report

    unit, item = demo_ws.units()[0], demo_ws.items()[3]
    note = " ".join(f"ord{n}" for n in range(40_000))       # ~270,000 characters
    demo_ws.set_assessment(unit.id, item.id, note=note + "\nSLUT", status="partly")
    out = tmp_path / "r.pdf"
    start = time.perf_counter()
    make_report(demo_ws, out, "unit", unit.id)
    took = time.perf_counter() - start
    assert took < 20, took                   # was minutes; about 1 s here
    printed = "".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    for word in ("ord0", "ord19999", "ord39999", "SLUT", "(forts.)"):
        assert word in printed
