"""Tables across page breaks: a row that fits a page moves there whole; only a row
taller than a page splits, and its continuation says what it continues."""

from __future__ import annotations

import re

import pytest

pypdf = pytest.importorskip("pypdf")

from app.core.report_content import ReportOptions, mapping_content  # noqa: E402
from app.core.reports import make_report  # noqa: E402


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_texts(path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]


def test_gap_rows_never_split_across_a_page_break(demo_file, tmp_path):
    """The demo's "Brister och behov" table ran over a page break inside the row
    of Utbildning i KBT/ÅP: method, usage and first need are now on one page."""
    from app.core.report_sections import _use_line, natural
    from app.workspace import Workspace

    path = make_report_of(demo_file, tmp_path)
    pages = [squeeze(t) for t in page_texts(path)]
    with Workspace.open(demo_file, read_only=True) as ws:
        content = mapping_content(ws, "county", None, ReportOptions())
    rows = []
    for area in content.need_areas:
        for use in area.gaps:
            if use.needs:
                (need, _), _ = sorted(use.needs.items(), key=natural)[0]
                rows.append(squeeze(use.item.title + use.item.row + _use_line(use) + need))
    assert len(rows) > 50
    broken = [row for row in rows if not any(row in page for page in pages)]
    assert not broken, broken[:3]


def make_report_of(demo_file, tmp_path):
    from app.workspace import Workspace

    with Workspace.open(demo_file, read_only=True) as ws:
        return make_report(ws, tmp_path / "län.pdf", "county")


def test_a_repeated_header_is_never_followed_by_half_a_row(demo_file, tmp_path):
    """After a table's repeated header comes the start of a row: a method's name,
    never the tail of the usage text ("6, ✗ används inte: 1")."""
    path = make_report_of(demo_file, tmp_path)
    for number, text in enumerate(page_texts(path), start=1):
        lines = [line.strip() for line in text.splitlines()]
        for i, line in enumerate(lines[:-3]):
            if line == "Metod" and lines[i + 1] == "Användning" and \
                    lines[i + 2] in ("Behov", "Kompetens"):
                first = lines[i + 3]
                assert not re.match(r"^\d+, ", first), (number, first)
                assert not first.startswith(("systematiskt", "✗", "○", "●")), (number, first)


def test_a_row_taller_than_a_page_continues_under_its_name(demo_ws, tmp_path):
    unit, item = demo_ws.units()[0], demo_ws.items()[0]
    demo_ws.set_assessment(unit.id, item.id, status="not_used", need="Behov " * 900,
                           note="Anteckning " * 900)
    path = make_report(demo_ws, tmp_path / "org.pdf", "unit", unit.id)
    texts = page_texts(path)
    continued = [n for n, t in enumerate(texts) if f"{item.title} (forts.)" in t]
    assert continued, "the continuation names its method"
    for n in continued:     # and it stands at the top of its page, under the header
        body = [line.strip() for line in texts[n].splitlines() if line.strip()]
        head = body.index("Metod")
        assert f"{item.title} (forts.)" in body[head:head + 8]


def test_a_long_pgsa_phase_repeats_its_label_on_the_next_page(demo_ws, tmp_path):
    cycle = demo_ws.cycles()[0]
    demo_ws.update_cycle(cycle.id, observations="Observation " * 1600,   # < LONG_CELL
                         results="Resultat " * 1200)
    path = make_report(demo_ws, tmp_path / "pgsa.pdf", "cycles", cycle_ids=[cycle.id])
    texts = page_texts(path)
    assert len(texts) > 2
    assert any("GÖRA (forts.)" in t for t in texts[1:])
    assert any("STUDERA (forts.)" in t for t in texts[1:])
    assert "(forts.)" not in texts[0]


def test_a_long_deviation_continues_under_its_title(demo_ws, tmp_path):
    title = "Avvikelse med mycket lång beskrivning"
    demo_ws.add_deviation(title, description="Beskrivning " * 1500, reported="2026-01-01")
    path = make_report(demo_ws, tmp_path / "län.pdf", "county")
    assert any(f"{title} (forts.)" in squeeze_keep(t) for t in page_texts(path))


def squeeze_keep(text: str) -> str:
    return " ".join(text.split())


def test_row_table_moves_a_row_that_fits_and_splits_only_a_taller_one():
    from reportlab.platypus import Paragraph

    from app.core.report_pdf import styles
    from app.core.report_table import RowTable

    s = styles()["cell"]

    def row(name: str, words: int) -> list:
        return [Paragraph(name, s), Paragraph("ord " * words, s)]

    table = RowTable([row("Rubrik", 1), row("Kort", 5), row("Mellan", 400)],
                     colWidths=[100, 300], repeatRows=1, labels=[None, "Kort", "Mellan"],
                     page_height=700)
    table.wrap(400, 700)
    first, rest = table.split(400, 40 + table._rowHeights[0] + table._rowHeights[1])
    assert len(first._cellvalues) == 2 and rest.labels == [None, "Mellan"]
    rest.wrap(400, 700)
    assert rest._rowHeights[1] > 100
    assert rest.split(400, 100) == []          # the middle row fits a page: it moves
    tall = RowTable([row("Rubrik", 1), row("Lång", 6000)], colWidths=[100, 300],
                    repeatRows=1, labels=[None, "Lång"], page_height=700)
    tall.wrap(400, 700)
    assert tall._rowHeights[1] > 700
    first, rest = tall.split(400, 700)         # taller than a page: it splits
    cell = rest._cellvalues[1][0]
    assert "Lång (forts.)" in cell[0].text


def test_a_question_longer_than_a_page_continues_under_a_short_name(demo_ws, tmp_path):
    """The continuation repeated the whole question as its name: it grew with each
    page and the layout never ended. Now the name is cut at a word."""
    import signal

    from app.core.improvement import Question
    from app.core.report_table import LABEL_LIMIT, continued

    assert continued("Kort") == "Kort (forts.)"
    long = continued("Fråga " * 100)
    assert len(long) <= LABEL_LIMIT + len(" … (forts.)") and long.endswith("… (forts.)")
    cycle = demo_ws.cycles()[0]
    demo_ws.update_cycle(cycle.id, questions=[Question("Fråga " * 2500, "Svar " * 300),
                                              Question("Kort?", "Ja")])

    def too_slow(*_):
        raise TimeoutError("the worksheet's layout does not end")
    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(90)
    try:
        path = make_report(demo_ws, tmp_path / "pgsa.pdf", "cycles", cycle_ids=[cycle.id])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    texts = page_texts(path)
    assert 2 < len(texts) < 10
    assert sum(squeeze_keep(t).count("(forts.)") for t in texts) >= 2
    assert "Kort?" in squeeze_keep(" ".join(texts))
