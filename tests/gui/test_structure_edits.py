"""Organisationer and Redigera: a new organisation is of the kind of where the
user is (and the dialog says so and lets it be chosen); retiring an area says
what becomes of its organisations first; the tree never mixes municipalities
without an area into the region's group; every structural change names what
it changed, and its undo shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QInputDialog, QLineEdit, QMessageBox, QPushButton,
)

from app.gui.org_tree import KIND_ROLE


def _groups(window) -> dict[str, list[str]]:
    """The tree's top level under the county: heading -> names under it."""
    model = window.tree_model
    county = model.index(0, 0)
    return {model.index(row, 0, county).data(): [
        model.index(sub, 0, model.index(row, 0, county)).data()
        for sub in range(model.rowCount(model.index(row, 0, county)))]
        for row in range(model.rowCount(county))}


def _answer(qtbot, fn, kind=QDialog) -> list:
    """Run fn(dialog) on the modal dialog the next action opens (in the nested
    event loop of its exec()). A dialog of another kind, or one fn fails on,
    is closed, so that the test fails instead of waiting for a user."""
    seen: list = []

    def go() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        seen.append(dialog)
        try:
            assert isinstance(dialog, kind), dialog
            fn(dialog)
        except Exception as exc:           # noqa: BLE001 - said by the test
            seen.append(exc)
            dialog.reject()
    QTimer.singleShot(0, go)
    return seen


def _fill_new_unit(name: str, kind: str | None = None, area: str | None = None):
    def fill(dialog) -> None:
        # A form of name, kind and area; not QInputDialog's single line.
        assert not isinstance(dialog, QInputDialog)
        combos = dialog.findChildren(QComboBox)
        fill.shown = {"kind": combos[0].currentData(), "area": combos[1].currentText()}
        dialog.findChild(QLineEdit).setText(name)
        if kind is not None:
            combos[0].setCurrentIndex(combos[0].findData(kind))
        if area is not None:
            combos[1].setCurrentIndex(combos[1].findText(area))
        dialog.accept()
    return fill


def _select_group(window, title: str) -> None:
    model = window.tree_model
    found = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, title, 1,
                        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert found and found[0].data(KIND_ROLE) == "group", title
    window.tree.setCurrentIndex(found[0])     # as a click does: current, not selected


def _add_unit(window, qtbot, name: str):
    """Organisationer → Lägg till organisation, the form answered with `name`;
    (the form as it was filled, the organisation made)."""
    fill = _fill_new_unit(name)
    seen = _answer(qtbot, fill)
    window.act_add_unit.trigger()
    assert len(seen) == 1, seen
    return fill, next(u for u in window.ws.units() if u.name == name)


def test_a_new_organisation_in_the_regions_group_is_one_of_its_divisions(opened, qtbot):
    opened.tree.expandAll()
    _select_group(opened, "Regionens verksamheter")
    fill, unit = _add_unit(opened, qtbot, "Region Norrbotten – beroendemottagning")
    assert fill.shown == {"kind": "region_division", "area": "(inget område)"}
    assert (unit.kind, unit.area_id) == ("region_division", None)
    groups = _groups(opened)
    assert "Utan område" not in groups
    assert unit.name in groups["Regionens verksamheter"]
    assert opened.current_scope() == unit.id          # the tree shows where it went
    assert opened.undo_stack.undoText() == \
        "Lägg till organisation Region Norrbotten – beroendemottagning"


def test_a_new_organisation_follows_the_area_or_the_organisation_selected(
        opened, qtbot, select_unit):
    ws = opened.ws
    malmfalten = next(a for a in ws.areas() if a.name == "Malmfälten")
    select_unit(opened, "Malmfälten")
    fill, unit = _add_unit(opened, qtbot, "Nykommun")
    assert fill.shown == {"kind": "municipality", "area": "Malmfälten"}
    assert (unit.kind, unit.area_id) == ("municipality", malmfalten.id)
    # A division of the region selected: another division, and the kind can be chosen.
    division = next(u for u in ws.units() if u.kind == "region_division")
    select_unit(opened, division.name)
    fill = _fill_new_unit("Kommunförbundet", kind="other")
    seen = _answer(qtbot, fill)
    opened.act_add_unit.trigger()
    assert len(seen) == 1, seen
    assert fill.shown["kind"] == "region_division"
    other = next(u for u in ws.units() if u.name == "Kommunförbundet")
    assert (other.kind, other.area_id) == ("other", None)
    assert "Kommunförbundet" in _groups(opened)["Utan område"]
    assert "Kommunförbundet" not in _groups(opened)["Regionens verksamheter"]


def test_retiring_an_area_says_what_becomes_of_its_organisations(opened, qtbot, select_unit):
    ws = opened.ws
    area = next(a for a in ws.areas() if a.name == "Malmfälten")
    members = [u.name for u in ws.units(area_id=area.id)]
    assert len(members) == 4

    def cancel(box) -> None:
        cancel.text = box.text()
        next(b for b in box.findChildren(QPushButton) if b.text() == "Avbryt").click()
    select_unit(opened, "Malmfälten")
    seen = _answer(qtbot, cancel, QMessageBox)
    opened.act_retire_node.trigger()
    assert len(seen) == 1, "no question asked"
    assert "4 aktiva organisationer" in cancel.text
    assert all(name in cancel.text for name in members)
    assert not next(a for a in ws.areas(include_retired=True) if a.id == area.id).retired
    assert opened.undo_stack.count() == 0

    def retire(box) -> None:
        next(b for b in box.findChildren(QPushButton) if b.text() == "Avveckla Malmfälten").click()
    seen = _answer(qtbot, retire, QMessageBox)
    opened.act_retire_node.trigger()
    assert len(seen) == 1, seen
    assert area.id not in {a.id for a in ws.areas()}
    groups = _groups(opened)
    assert sorted(groups["Utan område"]) == sorted(members)
    regional = {u.name for u in ws.units() if u.kind == "region_division"}
    assert set(groups["Regionens verksamheter"]) == regional
    assert opened.undo_stack.undoText() == "Avveckla Malmfälten"
    opened.tree.setCurrentIndex(opened.tree_model.find(None))
    opened.act_undo.trigger()
    assert "Utan område" not in _groups(opened)
    assert opened.current_scope() == area.id          # the undo shows the area back
    assert opened.statusBar().currentMessage() == "Ångrat: Avveckla Malmfälten"


def test_structural_undo_names_the_change_and_shows_the_organisation(opened, qtbot,
                                                                   select_unit, monkeypatch):
    ws = opened.ws
    kiruna = next(u for u in ws.units() if u.name == "Kiruna")
    select_unit(opened, "Kiruna")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kiruna kommun", True))
    opened.act_rename_node.trigger()
    assert opened.undo_stack.undoText() == "Byt namn: Kiruna → Kiruna kommun"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Östra Norrbotten", True))
    opened.act_move_unit.trigger()
    assert opened.undo_stack.undoText() == "Flytta Kiruna kommun till Östra Norrbotten"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("(inget område)", True))
    opened.act_move_unit.trigger()
    assert opened.undo_stack.undoText() == "Flytta Kiruna kommun ur Östra Norrbotten"
    opened.act_retire_node.trigger()
    assert opened.undo_stack.undoText() == "Avveckla Kiruna kommun"
    for said in ("Avveckla Kiruna kommun", "Flytta Kiruna kommun ur Östra Norrbotten",
                 "Flytta Kiruna kommun till Östra Norrbotten"):
        opened.tree.setCurrentIndex(opened.tree_model.find(None))     # elsewhere
        opened.act_undo.trigger()
        assert opened.statusBar().currentMessage() == f"Ångrat: {said}"
        assert opened.current_scope() == kiruna.id
    opened.tree.setCurrentIndex(opened.tree_model.find(None))
    opened.act_redo.trigger()
    assert opened.statusBar().currentMessage() == \
        "Gjort om: Flytta Kiruna kommun till Östra Norrbotten"
    assert opened.current_scope() == kiruna.id
    parent = opened.tree.currentIndex().parent()    # opened, so Kiruna is in sight
    assert parent.data() == "Östra Norrbotten" and opened.tree.isExpanded(parent)


def test_method_undo_names_the_method_and_shows_its_cell_and_row(opened, qtbot, select_unit,
                                                                 monkeypatch):
    ws = opened.ws
    audit = next(i for i in ws.items() if i.title == "AUDIT")
    select_unit(opened, "Kiruna")
    opened.mapping.select_cell(audit.row_id, audit.column_id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Testmetod", True))
    opened.act_add_item.trigger()
    assert opened.undo_stack.undoText() == "Lägg till metod Testmetod"
    opened.mapping.select_item(audit.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("AUDIT (10 frågor)", True))
    opened.act_rename_item.trigger()
    assert opened.undo_stack.undoText() == "Byt namn på metod: AUDIT → AUDIT (10 frågor)"
    opened.act_retire_item.trigger()
    assert opened.undo_stack.undoText() == "Avveckla metod AUDIT (10 frågor)"
    opened.act_undo.trigger()                         # the method is back
    other = next(i for i in ws.items()
                 if (i.row_id, i.column_id) != (audit.row_id, audit.column_id))
    opened.mapping.select_cell(other.row_id, other.column_id)    # elsewhere
    opened.views.setCurrentWidget(opened.findings)
    opened.act_undo.trigger()
    assert opened.statusBar().currentMessage() == \
        "Ångrat: Byt namn på metod: AUDIT → AUDIT (10 frågor)"
    assert opened.views.currentWidget() is opened.mapping
    assert opened.mapping.current_cell() == (audit.row_id, audit.column_id)
    row = opened.mapping.items_view.currentIndex().row()
    assert opened.mapping.items_model.item_at(row).id == audit.id
