"""Findings (förbättringsområden) in the GUI: scoped list, add, edit, delete, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.findings_view import COL_CELLS, COL_WHERE, FindingDialog, FindingsModel


def test_model_passes_qt_model_tester(qtmodeltester, demo_ws):
    model = FindingsModel(demo_ws)
    model.show(None)
    assert model.rowCount() == len(demo_ws.findings()) > 0
    qtmodeltester.check(model)


def test_findings_follow_the_scope(opened, select_unit):
    view = opened.findings
    everything = view.model.rowCount()
    assert everything == len(opened.ws.findings())
    select_unit(opened, "Kiruna")
    kiruna = next(u for u in opened.ws.units() if u.name == "Kiruna")
    assert view.model.rowCount() == len(opened.ws.findings(unit_id=kiruna.id))
    assert "Kiruna" in view.title.text()


def test_dialog_starts_from_the_selected_organisation_and_cell(opened, select_unit):
    select_unit(opened, "Boden")
    opened.mapping.select_cell(opened.ws.rows()[2].id, opened.ws.columns()[3].id)
    dialog = FindingDialog(opened.ws, None, scope=opened.current_scope(),
                           cell=opened.mapping.current_cell())
    dialog.title.setText("Gemensam uppföljning av gravida")
    values = dialog.values()
    boden = next(u for u in opened.ws.units() if u.name == "Boden")
    assert values["unit_id"] == boden.id and values["area_id"] is None
    assert values["cells"] == [(opened.ws.rows()[2].id, opened.ws.columns()[3].id)]
    dialog.title.clear()
    dialog._accept()
    assert dialog.result() == 0 and dialog.error.text()   # no empty title


def test_a_new_findings_level_follows_where_it_applies_until_chosen(opened, qtbot):
    """A finding for the whole county started at Nivå "Lokalt" (re-trial)."""
    from PySide6.QtTest import QTest

    ws = opened.ws
    area = ws.areas()[0]
    dialog = FindingDialog(ws, None, scope=None, cell=None)
    qtbot.addWidget(dialog)
    assert dialog.values()["level"] == "county"               # Hela länet

    def place(key) -> int:                   # (Qt's findData cannot compare tuples)
        return next(i for i in range(dialog.place.count()) if dialog.place.itemData(i) == key)

    dialog.place.setCurrentIndex(place(("area", area.id)))
    assert dialog.values()["level"] == "intra_regional"
    dialog.place.setCurrentIndex(place(("unit", ws.units()[0].id)))
    assert dialog.values()["level"] == "local"
    dialog.show()
    dialog.level.setFocus()
    qtbot.waitUntil(dialog.level.hasFocus)
    QTest.keyClick(dialog.level, Qt.Key.Key_Down)             # the user's own choice …
    chosen = dialog.values()["level"]
    assert chosen != "local"
    dialog.place.setCurrentIndex(0)                           # … stays
    assert dialog.values()["level"] == chosen
    kept = FindingDialog(ws, ws.findings()[0], scope=None, cell=None)   # an existing one
    qtbot.addWidget(kept)
    assert kept.values()["level"] == ws.findings()[0].level


def test_add_edit_delete_are_saved_and_undoable(opened, select_unit, qtbot):
    select_unit(opened, "Haparanda")
    view = opened.findings
    haparanda = next(u for u in opened.ws.units() if u.name == "Haparanda")
    cell = (opened.ws.rows()[0].id, opened.ws.columns()[0].id)
    before = view.model.rowCount()
    finding_id = view.create({"title": "Rutin för <AUDIT> & DUDIT", "description": "",
                              "category": "guidelines", "level": "intra_regional",
                              "unit_id": haparanda.id, "area_id": None, "cells": [cell],
                              "status": "in_progress"})
    assert view.model.rowCount() == before + 1
    row = view.model.row_of(finding_id)
    assert view.model.index(row, COL_WHERE).data() == "Haparanda"
    assert "Bedömning/dokumentation" in view.model.index(row, COL_CELLS).data()
    assert opened.ws.finding(finding_id).title == "Rutin för <AUDIT> & DUDIT"
    assert opened.ws.finding(finding_id).status == "in_progress"   # as chosen in the dialog

    view.update(opened.ws.finding(finding_id), {"status": "done", "level": "county"})
    assert opened.ws.finding(finding_id).status == "done"
    qtbot.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert opened.ws.finding(finding_id).status == "in_progress"

    view.table.setCurrentIndex(view.model.index(view.model.row_of(finding_id), 0))
    view.delete_current()
    assert finding_id not in {f.id for f in opened.ws.findings()}
    qtbot.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert finding_id in {f.id for f in opened.ws.findings()}
    opened.undo_stack.undo()          # the edit's undo was replaced by the delete
    assert opened.undo_stack.index() == 0
    assert finding_id not in {f.id for f in opened.ws.findings()}
    opened.undo_stack.redo()
    assert finding_id in {f.id for f in opened.ws.findings()}


def test_every_check_list_checks_with_space_right_after_typing(qtbot):
    """check_list, as the finding's cells use it: 'Lu', Space, 'Bo', Space
    checks both (Qt kept 'Lu' as the search, so 'Bo' stayed on Luleå)."""
    from app.gui.choices import check_list, checked_keys

    widget = check_list([("Arjeplog", 1), ("Boden", 2), ("Luleå", 3)], (), "Orter")
    qtbot.addWidget(widget)
    widget.show()
    widget.setCurrentRow(0)
    for keys in ("Lu", " ", "Bo", " "):
        qtbot.keyClicks(widget, keys)
    assert checked_keys(widget) == [2, 3]


def test_a_new_finding_has_the_keyboard_on_its_row(opened, select_unit, qtbot, monkeypatch):
    """After Spara in the new-finding dialog the keyboard had stayed on the
    check box (trial): it is on the new row, where Enter edits it."""
    from PySide6.QtWidgets import QApplication, QDialog

    from app.gui import findings_view

    select_unit(opened, "Haparanda")
    haparanda = next(u for u in opened.ws.units() if u.name == "Haparanda")

    class Saved:
        def __init__(self, *args, **kwargs) -> None:
            pass

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

        def values(self) -> dict:
            return {"title": "Gemensam rutin", "description": "", "category": "guidelines",
                    "level": "local", "unit_id": haparanda.id, "area_id": None,
                    "cells": [], "status": "open"}

    monkeypatch.setattr(findings_view, "FindingDialog", Saved)
    opened.views.setCurrentWidget(opened.findings)
    view = opened.findings
    view.only_cell.setFocus()
    view.add()
    new = next(f for f in opened.ws.findings() if f.title == "Gemensam rutin")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    assert view.model.finding_at(view.table.currentIndex().row()).id == new.id


def test_enter_on_a_row_edits_it_and_the_row_stays_on_it(opened, qtbot, monkeypatch):
    """Enter on a finding opens it, as Enter opens a cycle in the PGSA log (the
    trial pressed it and nothing happened); after Spara the row is still on it
    (it had jumped to the first row)."""
    from PySide6.QtWidgets import QApplication, QDialog

    from app.gui import findings_view

    opened.views.setCurrentWidget(opened.findings)
    view = opened.findings
    last = view.model.rowCount() - 1
    finding = view.model.finding_at(last)
    opened_for = []

    class Edited:
        def __init__(self, ws, finding, **kwargs) -> None:
            opened_for.append(finding.id)

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

        def values(self) -> dict:
            return {"status": "done"}

    monkeypatch.setattr(findings_view, "FindingDialog", Edited)
    view.table.setCurrentIndex(view.model.index(last, 0))
    view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened_for == [finding.id]
    assert opened.ws.finding(finding.id).status == "done"
    assert view.model.finding_at(view.table.currentIndex().row()).id == finding.id
    qtbot.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # undo too
    assert view.model.finding_at(view.table.currentIndex().row()).id == finding.id


def test_no_word_of_the_findings_is_cut_at_1366(opened, qtbot):
    """Three stretched columns shared alike cut "mödrahälsovården" to
    "mödrahälsovård…" (re-trial): the shared columns are each at least as wide
    as their longest word, and the list still fits without scrolling sideways."""
    from app.gui.findings_view import SHARES

    opened.resize(1366, 768)
    opened.views.setCurrentWidget(opened.findings)
    table = opened.findings.table
    model, metrics = table.model(), table.fontMetrics()

    def cut() -> list[str]:
        return [word for column in SHARES for row in range(model.rowCount())
                for word in str(model.index(row, column).data() or "").split()
                if metrics.horizontalAdvance(word) + 12 > table.columnWidth(column)]

    qtbot.waitUntil(lambda: cut() == [])
    total = sum(table.columnWidth(c) for c in range(model.columnCount()))
    assert total <= table.viewport().width()


def test_enter_on_a_finding_in_a_read_only_workspace_says_why_and_changes_nothing(
        window, demo_copy, qtbot, monkeypatch):
    """Enter opens nothing where nothing can be changed, and says so rather than
    doing nothing at all (review); the finding is as it was."""
    from PySide6.QtWidgets import QApplication

    from app.gui import findings_view

    assert window.open_path(demo_copy, read_only=True)
    opened_for = []
    monkeypatch.setattr(findings_view, "FindingDialog",
                        lambda *args, **kwargs: opened_for.append(args))
    window.views.setCurrentWidget(window.findings)
    view = window.findings
    finding = view.model.finding_at(0)
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened_for == []
    assert window.statusBar().currentMessage() == "Arbetsytan är öppnad skrivskyddad."
    assert window.ws.finding(finding.id) == finding
