"""Long user text in PDF reports: laid out in time that grows with its length, not
its square (ReportLab wraps one paragraph, and a table row split over pages, anew
on every page: a 240,000-character note took 42 s), and printed whole."""

from __future__ import annotations

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
    make_report(demo_ws, out, "unit", unit.id)   # was minutes; about 1 s (not a timed test)
    printed = "".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    # "(forts.)": the note went on below its table, as paragraphs of the page.
    for word in ("ord0", "ord19999", "ord39999", "SLUT", "(forts.)"):
        assert word in printed


def test_a_book_long_worksheet_field_goes_on_after_its_phase(demo_ws, tmp_path):
    """The PGSA worksheet too: a long observation continues after the GÖRA box
    (inside it, every page re-laid out the whole row: 100,000 characters of
    short lines took 40 s, now 1.5 s)."""
    from app.core.reports import make_report

    cycle = demo_ws.cycles()[0]
    lines = "\n".join(f"rad {n}" for n in range(20_000)) + "\nSLUT"
    demo_ws.update_cycle(cycle.id, observations=lines, learning="Kort lärdom")
    out = tmp_path / "cycle.pdf"
    make_report(demo_ws, out, "cycles", None, cycle_ids=[cycle.id])
    printed = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "Observationer, problem och oväntade händelser (forts.)" in printed
    for word in ("rad 0", "rad 19999", "SLUT", "STUDERA", "Kort lärdom"):
        assert word in printed
    assert printed.index("SLUT") < printed.index("STUDERA")   # in its phase's order
