""""Ej aktuellt" is an answer: a method an organisation marked not applicable
has been assessed (kartlagd), as the matrix counts it. The new-user trial's
county report listed mm-MAST / CAGE, which Kiruna had set to Ej aktuellt,
among the methods that "ingen organisation har bedömt ännu"."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pypdf")

from report_helpers import flat, pdf_pages  # noqa: E402

from app.core.model import Item  # noqa: E402
from app.core.report_content import MethodUse, ReportOptions, mapping_content  # noqa: E402
from app.core.reports import make_report  # noqa: E402

NOBODY = "har ingen organisation bedömt ännu; de räknas varken som i bruk eller som brister: "


@pytest.fixture()
def kiruna_said_not_applicable(ws):
    """A new workspace where only Kiruna has answered anything: mm-MAST / CAGE
    is Ej aktuellt there."""
    kiruna = next(u for u in ws.units() if u.name == "Kiruna")
    item = next(i for i in ws.items() if i.title == "mm-MAST / CAGE")
    ws.set_assessment(kiruna.id, item.id, status="not_applicable")
    return ws, item


def _nobody_list(text: str) -> list[str]:
    """The methods each "Ännu inte kartlagda" paragraph says nobody has assessed."""
    return re.findall(re.escape(NOBODY) + r"(.*?)\.(?: |$)", text)


def test_a_method_said_not_applicable_is_not_one_nobody_assessed(kiruna_said_not_applicable):
    ws, item = kiruna_said_not_applicable
    content = mapping_content(ws, "county", None, ReportOptions())
    area = next(a for a in content.need_areas if a.column.id == item.column_id)
    assert item.id not in {u.item.id for u in area.unmapped}
    use = next(u for u in area.only_not_applicable if u.item.id == item.id)
    assert use.not_applicable_by == ["Kiruna"] and use.unmapped == len(ws.units()) - 1
    # The others of the area, answered by nobody, are still listed as such.
    assert area.unmapped and all(u.nobody_assessed for u in area.unmapped)


def test_the_county_report_does_not_call_it_unassessed(kiruna_said_not_applicable, tmp_path):
    ws, item = kiruna_said_not_applicable
    text = flat(" ".join(pdf_pages(make_report(ws, tmp_path / "län.pdf", "county"))))
    listed = _nobody_list(text)
    assert listed, "the methods nobody has assessed are still named"
    assert not any(item.title in names for names in listed)
    # Said for what it is: assessed only as not applicable, by Kiruna; the others
    # have not mapped it yet.
    assert ("Den här metoden har hittills bara bedömts som ej aktuell; övriga "
            "organisationer har inte kartlagt den ännu: mm-MAST / CAGE (ej aktuell för "
            "Kiruna; ej kartlagt: 16).") in text


def test_the_area_report_says_the_same(kiruna_said_not_applicable, tmp_path):
    ws, item = kiruna_said_not_applicable
    malm = next(a for a in ws.areas() if a.name == "Malmfälten")
    text = flat(" ".join(pdf_pages(make_report(ws, tmp_path / "m.pdf", "county", malm.id))))
    assert not any(item.title in names for names in _nobody_list(text))
    assert "mm-MAST / CAGE (ej aktuell för Kiruna; ej kartlagt: 3)" in text


def test_the_organisation_report_lists_it_nowhere_as_unmapped(kiruna_said_not_applicable,
                                                             tmp_path):
    ws, item = kiruna_said_not_applicable
    kiruna = next(u for u in ws.units() if u.name == "Kiruna")
    text = flat(" ".join(pdf_pages(make_report(ws, tmp_path / "k.pdf", "unit", kiruna.id))))
    unmapped = re.findall(r"har organisationen inte bedömt ännu; (?:den|de) räknas varken "
                          r"som i bruk eller som brister: (.*?)\.(?: |$)", text)
    assert unmapped and not any(item.title in names for names in unmapped)
    assert "bara bedömts som ej aktuell" not in text


def test_the_usage_line_does_not_say_nobody_mapped_it():
    """A need noted for a method only said to be not applicable puts it among the
    gaps: its line must not say "ingen har kartlagt den"."""
    from app.core.report_sections import _use_line

    item = Item("i", "Rad", "Kolumn", "Metod", "r", "c")
    only_na = MethodUse(item, counts={"not_applicable": 1}, units=17)
    assert not only_na.nobody_assessed
    line = _use_line(only_na).replace("\u00a0", " ")
    assert "ingen har kartlagt" not in line
    assert line.startswith("bara bedömd som ej aktuell")
    assert "ej kartlagt 16" in line and "ej aktuellt 1" in line
    nobody = MethodUse(item, units=17)
    assert nobody.nobody_assessed
    assert _use_line(nobody).startswith("ingen har kartlagt den")
    answered = MethodUse(item, counts={"unknown": 2}, units=17)   # "Ej kartlagt" set
    assert answered.nobody_assessed


def test_gaps_explained_names_the_not_applicable_so_far():
    from app.core.report_sections import gaps_explained

    assert "bara har bedömts som ej aktuella" in gaps_explained(17)
    assert "ej aktuella" not in gaps_explained(1)


def test_several_methods_said_not_applicable_are_named_with_who_said_so():
    from app.core.report_content import NeedArea
    from app.core.report_sections import _not_mapped

    def use(title, *units):
        item = Item(title, "Rad", "Kolumn", title, "r", "c")
        return MethodUse(item, counts={"not_applicable": len(units)}, units=17,
                         not_applicable_by=list(units))

    area = NeedArea(None, [], [], [], [use("A", "Kiruna"), use("B", "Kiruna", "Boden")])
    words = flat(" ".join(getattr(f, "text", "") for f in _not_mapped(area, 17)))
    assert "ingen organisation" not in words
    assert ("Dessa 2 metoder har hittills bara bedömts som ej aktuella; övriga organisationer "
            "har inte kartlagt dem ännu: A (ej aktuell för Kiruna; ej kartlagt: 16), "
            "B (ej aktuell för Kiruna, Boden; ej kartlagt: 15).") in words
