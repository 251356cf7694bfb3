"""What people type is shown as typed, and checked for personnummer wherever typed.

A name or note that looks like markup ('<b>x</b>') must not be rendered as rich
text in a heading or a tooltip; and the 'Personuppgifter?' warning that follows
saving a note follows creating a team, aim, measure or PGSA cycle too, and looks
into a cycle's questions and a team's sessions (lists of text)."""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from app.gui.items_model import COL_NOTE
from app.gui.labels import plain_tooltip

MARKUP = "<b>x</b>"
PNR = "Kontakt 19121212-1212"


def _literal(tooltip) -> bool:
    """The tooltip shows MARKUP literally: escaped in rich text, never raw."""
    return isinstance(tooltip, str) and MARKUP not in tooltip and "&lt;b&gt;x&lt;/b&gt;" in tooltip


def test_plain_tooltip_escapes_markup_and_leaves_ordinary_text_as_it_was():
    assert plain_tooltip("Ring samordnaren\nvarje måndag") == "Ring samordnaren\nvarje måndag"
    assert plain_tooltip("") == "" and plain_tooltip(None) == ""
    tip = plain_tooltip(f"Not {MARKUP}\nrad två & mer")
    assert _literal(tip) and QtGui.Qt.mightBeRichText(tip)
    assert "white-space:pre" in tip and "rad två &amp; mer" in tip      # the line break kept
    assert "pre-wrap" in plain_tooltip(f"{MARKUP} " + "lång text " * 20)  # a long line wraps


def test_headings_show_a_name_with_markup_as_typed(opened, qtbot, select_unit):
    ws = opened.ws
    unit = ws.units()[0]
    ws.update_unit(unit.id, name=f"Kiruna {MARKUP}")
    opened.rebuild_tree()
    select_unit(opened, f"Kiruna {MARKUP}")
    scope = opened.mapping.scope_label
    assert MARKUP in scope.text() and scope.textFormat() == Qt.TextFormat.PlainText
    opened.views.setCurrentWidget(opened.findings)
    qtbot.waitUntil(lambda: MARKUP in opened.findings.title.text())
    assert opened.findings.title.textFormat() == Qt.TextFormat.PlainText
    team = ws.teams()[0]
    ws.update_team(team.id, name=f"Team {MARKUP}")
    opened.views.setCurrentWidget(opened.improvement)
    view = opened.improvement
    view.select(team.id)
    heading = view.team_view.heading
    qtbot.waitUntil(lambda: heading.text() == f"Team {MARKUP}")
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert _literal(view._find(team.id).data(Qt.ItemDataRole.ToolTipRole))


def test_tooltips_show_notes_findings_and_cycles_with_markup_as_typed(opened, qtbot,
                                                                     select_unit):
    ws = opened.ws
    select_unit(opened, "Pajala")
    model = opened.mapping.items_model
    model.setData(model.index(0, COL_NOTE), f"Not {MARKUP}")
    assert _literal(model.index(0, COL_NOTE).data(Qt.ItemDataRole.ToolTipRole))
    ws.update_item(model.item_at(0).id, title=f"Metod {MARKUP}")
    model.refresh()
    assert _literal(model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))

    finding_id = ws.add_finding(f"Fynd {MARKUP}", description="mer",
                             unit_id=model.assessment_at(0).unit_id)
    opened.views.setCurrentWidget(opened.findings)
    opened.findings.refresh()
    findings = opened.findings.model
    qtbot.waitUntil(lambda: any(findings.finding_at(r).id == finding_id
                                for r in range(findings.rowCount())))
    row = next(r for r in range(findings.rowCount()) if findings.finding_at(r).id == finding_id)
    assert _literal(findings.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))

    cycle = ws.cycles()[0]
    ws.update_cycle(cycle.id, title=f"Cykel {MARKUP}")
    cycles = opened.improvement.cycles_model
    cycles.refresh()
    row = next(r for r in range(cycles.rowCount()) if cycles.cycles[r].id == cycle.id)
    column = next(c for c in range(cycles.columnCount())
                  if MARKUP in str(cycles.index(row, c).data()))
    assert _literal(cycles.index(row, column).data(Qt.ItemDataRole.ToolTipRole))


@pytest.fixture()
def warned(opened, monkeypatch):
    """The titles of the warnings the window shows (its dialog, patched)."""
    shown: list[str] = []
    monkeypatch.setattr(opened, "show_warning", lambda title, text, **_: shown.append(title))
    opened.views.setCurrentWidget(opened.improvement)
    return shown


def test_creating_a_team_aim_measure_or_cycle_warns_of_a_personnummer(opened, qtbot, warned):
    view = opened.improvement
    dialog = view.ask_team()
    dialog.required[0].setText(PNR)
    dialog.accept()
    assert warned == ["Personuppgifter?"]
    assert "personnummer" in opened.statusBar().currentMessage()
    team = next(t for t in opened.ws.teams() if t.name == PNR)       # saved: nothing lost
    qtbot.waitUntil(lambda: view.team_id == team.id)
    for ask in (view.ask_aim, view.ask_measure):
        warned.clear()
        dialog = ask()
        dialog.required[0].setText(PNR)
        dialog.accept()
        assert warned == ["Personuppgifter?"], ask.__name__
    warned.clear()
    quick = view.ask_quick_cycle()
    quick.objective.setText("Pröva en påminnelse")
    quick.prediction.setPlainText(f"Färre uteblir. {PNR}")
    quick.accept()
    assert warned == ["Personuppgifter?"]
    warned.clear()
    dialog = view.ask_team()
    dialog.required[0].setText("Team utan personuppgifter")
    dialog.accept()
    assert warned == []


def test_a_personnummer_in_a_cycles_questions_or_a_teams_sessions_is_warned_about(
        opened, qtbot, warned):
    view = opened.improvement
    cycle = opened.ws.cycles()[0]
    form = view.open_cycle(cycle.id)
    questions = form.widget("questionsTable")
    questions.setItem(0, 0, QTableWidgetItem(f"Vem ringer? {PNR}"))
    form.accept()
    assert warned == ["Personuppgifter?"]
    assert PNR in opened.ws.cycle(cycle.id).questions[0].question
    warned.clear()
    opened._warn_if_personal_data({"sessions": [(f"Seminarium {PNR}", "2026-05-01")]})
    assert warned == ["Personuppgifter?"]
    warned.clear()                  # ids and matrix cells are not typed text
    opened._warn_if_personal_data({"unit_ids": ["19121212-1212"], "cells": [("191212121212",
                                                                             "x")]})
    assert warned == []
    QApplication.processEvents()
