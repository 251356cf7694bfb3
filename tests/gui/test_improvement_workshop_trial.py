"""What a workshop trial of the improvement work found, driven from the keyboard:

- Enter on a list of the PGSA worksheet saved and closed the whole worksheet;
  it opens the list to choose in.
- Space in the worksheet's tasks typed a space into the cell (" Ringa in
  klient"); it edits the cell with its text kept, and spaces around a cell's
  text are not saved.
- Ny PGSA-cykel dated every cycle today (its chart marker at the wrong month);
  it has a start date, today by default, written as elsewhere.
- Nytt mått and Ny PGSA-cykel left a team's only aim unchosen: measures ended
  up unlinked.
- Alt+P showed the PGSA log but left the keyboard on the tabs (11 Tabs to the
  log); a page's Alt letter goes into the page, and Esc back to the tree.
- In the team's organisations, "Lu", Space, "Bo", Space checked nothing.
- The chart's lines and marks were not explained on the screen; a run chart's
  "för få korsningar" was only words.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QTableWidgetItem

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture()
def view(opened, qtbot):
    """The improvement tab, its window active."""
    view = opened.improvement
    opened.views.setCurrentWidget(view)
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    return view


def _worksheet(view, qtbot):
    cycle = view.ws.cycles()[0]
    form = view.open_cycle(cycle.id)
    qtbot.waitUntil(form.isVisible)
    form.activateWindow()
    return form


def _editor(table) -> QLineEdit | None:
    editors = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    return editors[0] if len(editors) == 1 else None


# -- the PGSA worksheet ---------------------------------------------------------------

def test_enter_on_a_worksheet_list_opens_it_and_never_closes_the_worksheet(view, qtbot):
    form = _worksheet(view, qtbot)
    for name in ("aimCombo", "statusCombo", "asPlannedCombo", "decisionCombo"):
        combo = form.widget(name)
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        assert form.isVisible(), name                  # not saved and closed
        assert combo.view().isVisible(), name          # the list is open to choose in
        combo.hidePopup()
    title = form.widget("titleEdit")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Return)           # Enter in a text line still saves
    qtbot.waitUntil(lambda: not form.isVisible())


def test_space_edits_a_task_with_its_text_and_no_space_is_saved(view, qtbot):
    form = _worksheet(view, qtbot)
    table = form.widget("tasksTable")
    before = table.item(0, 0).text()
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    editor = _editor(table)
    assert editor is not None and editor.text() == before    # kept, not a blank
    assert editor.selectedText() == before                    # selected, as F2
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, " nu")
    qtbot.keyClick(editor, Qt.Key.Key_Return)            # saves the cell (queued) …
    qtbot.waitUntil(lambda: table.item(0, 0).text() == before + " nu")
    assert form.isVisible()                              # … and not the worksheet
    # A new task: Space on its blank cell starts editing, and no space goes in.
    form.widget("addTaskButton").click()
    editor = _editor(table)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert _editor(table) is None and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    editor = _editor(table)
    assert editor is not None and editor.text() == ""
    qtbot.keyClicks(editor, "Ringa in klient")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _editor(table) is None)
    assert form.isVisible()
    # Spaces around a text typed or pasted another way are not saved either.
    table.setItem(table.rowCount() - 1, 1, QTableWidgetItem("  Samordnare "))
    tasks = form.values()["tasks"]
    assert tasks[-1].what == "Ringa in klient" and tasks[-1].who == "Samordnare"
    assert tasks[0].what == before + " nu"


# -- Ny PGSA-cykel --------------------------------------------------------------------

def _quick(view, qtbot):
    dialog = view.ask_quick_cycle()
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_a_quick_cycle_has_a_start_date_today_by_default(view, qtbot, monkeypatch):
    ws = view.ws
    team = ws.teams()[0].id
    view.select(team)
    dialog = _quick(view, qtbot)
    assert dialog.starts.text() == date.today().isoformat()
    dialog.objective.setText("Påminnelse per sms")
    dialog.starts.setText("2026-03-02")
    before = {c.id for c in ws.cycles(team)}
    dialog.accept()
    assert not dialog.isVisible()
    made = [c for c in ws.cycles(team) if c.id not in before]
    assert [c.starts_on for c in made] == ["2026-03-02"]
    # Written wrong: said, and nothing is made; the dialog keeps what was typed.
    errors = []
    monkeypatch.setattr(view.window_, "show_error", lambda title, error: errors.append(error))
    dialog = _quick(view, qtbot)
    dialog.objective.setText("Fel datum")
    dialog.starts.setText("2/3 2026")
    count = len(ws.cycles(team))
    dialog.accept()
    assert errors and "ÅÅÅÅ-MM-DD" in str(errors[0])
    assert dialog.isVisible() and dialog.starts.text() == "2/3 2026"
    assert len(ws.cycles(team)) == count
    dialog.starts.setText("")              # no date written: today, as README and F1 say
    dialog.accept()
    assert not dialog.isVisible()
    assert [c.starts_on for c in ws.cycles(team) if c.title == "Fel datum"] == [
        date.today().isoformat()]
    view.window_.undo_stack.undo()         # one undo takes the whole capture away
    assert len(ws.cycles(team)) == count


def test_the_teams_only_aim_is_chosen_for_a_new_cycle_and_measure(view, qtbot):
    ws = view.ws
    team = ws.add_team("Team med ett mål")
    aim = ws.add_aim(team, "Det enda målet")
    qtbot.waitUntil(lambda: view._find(aim) is not None)
    view.select(team)
    dialog = _quick(view, qtbot)
    assert dialog.aim.currentData() == aim
    assert dialog.values()["aim_id"] == aim
    assert dialog.values()["measure_ids"] == []           # no measure yet
    dialog.reject()
    measure = view.ask_measure()
    assert measure.read()["aim_id"] == aim
    measure.reject()
    only = ws.add_measure(team, "Det enda måttet", aim_id=aim)
    qtbot.waitUntil(lambda: view._find(only) is not None)
    view.select(team)
    dialog = _quick(view, qtbot)                          # the only measure too (re-trial)
    assert dialog.values()["measure_ids"] == [only]
    dialog.reject()
    other = ws.add_aim(team, "Ett andra mål")
    qtbot.waitUntil(lambda: view._find(other) is not None)
    view.select(team)
    dialog = _quick(view, qtbot)             # two aims: which is not guessed …
    assert dialog.aim.currentData() is None
    dialog.reject()
    view.select(other)                        # … unless one is selected
    dialog = _quick(view, qtbot)
    assert dialog.aim.currentData() == other
    dialog.reject()
    measure = view.ask_measure()
    assert measure.read()["aim_id"] == other
    measure.reject()


# -- keys to the pages ----------------------------------------------------------------

def test_a_pages_alt_letter_takes_the_keyboard_into_it_and_esc_back(view, qtbot):
    measure = view.ws.measures()[0]
    view.select(measure.id)
    qtbot.waitUntil(lambda: view.measure_id == measure.id)
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    for letter, target in ((Qt.Key.Key_P, view.cycles_view), (Qt.Key.Key_G, view.data_view),
                           (Qt.Key.Key_S, view.ideas.table),
                           (Qt.Key.Key_C, view.follow_up.progress)):
        qtbot.keyClick(QApplication.focusWidget(), letter, ALT)
        assert view.pages.currentWidget().isAncestorOf(target)
        assert QApplication.focusWidget() is target, letter
        qtbot.keyClick(target, Qt.Key.Key_Escape)      # back to the team tree
        assert QApplication.focusWidget() is view.tree
    qtbot.keyClick(view.tree, Qt.Key.Key_P, ALT)
    assert view.cycles_view.currentIndex().isValid()   # on a cycle: Enter opens it
    # From the tab already shown too, and in a grid cell being edited Esc only
    # leaves the editor.
    qtbot.keyClick(view.cycles_view, Qt.Key.Key_G, ALT)
    grid = view.data_view
    assert QApplication.focusWidget() is grid and grid.currentIndex().isValid()
    grid.setCurrentIndex(view.data_model.index(0, 1))
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = _editor(grid)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert _editor(grid) is None and QApplication.focusWidget() is grid


# -- the team's organisations -----------------------------------------------------------

def test_space_checks_an_organisation_right_after_typing_its_name(view, qtbot):
    dialog = view.ask_team()
    qtbot.waitUntil(dialog.isVisible)
    units = dialog.widgets["unit_ids"]
    assert isinstance(units, QListWidget)
    units.setFocus()
    units.setCurrentRow(0)

    def checked() -> list[str]:
        return [units.item(i).text() for i in range(units.count())
                if units.item(i).checkState() == Qt.CheckState.Checked]

    qtbot.keyClicks(units, "Lu")
    assert units.currentItem().text() == "Luleå"
    qtbot.keyClick(units, Qt.Key.Key_Space)
    qtbot.keyClicks(units, "Bo")
    assert units.currentItem().text() == "Boden"      # not a search for "Lu Bo"
    qtbot.keyClick(units, Qt.Key.Key_Space)
    assert sorted(checked()) == ["Boden", "Luleå"]
    qtbot.keyClick(units, Qt.Key.Key_Space)            # Space again: unchecked
    assert checked() == ["Luleå"]
    ids = {u.name: u.id for u in view.ws.units()}
    assert dialog.read()["unit_ids"] == [ids["Luleå"]]
    dialog.reject()


# -- the chart explained -------------------------------------------------------------

def test_the_chart_says_what_its_lines_and_marks_mean(view, qtbot):
    ws = view.ws
    measure = next(m for m in ws.measures() if m.kind == "proportion")
    view.select(measure.id)
    qtbot.waitUntil(lambda: view.chart.measure_id == measure.id and view.chart.is_current())
    legend = view.chart.legend
    assert legend.isVisible()
    text = legend.text()
    if measure.chart in ("i", "p"):
        assert "ÖSG/NSG" in text and "styrgränserna" in text
    view.change_measure_option("chart", "run")
    qtbot.waitUntil(lambda: view.chart.is_current() and "Median" in legend.text())
    assert "ÖSG/NSG" not in legend.text()              # a run chart has no limits
    assert "signal" in legend.toolTip()


def test_a_run_chart_shades_a_stretch_with_too_few_crossings(view, qtbot):
    from app.core import charts

    ws = view.ws
    team = ws.add_team("Team korsningar")
    measure = ws.add_measure(team, "Väntetid", chart="run")
    # Up and down by turns, then high for good: too few crossings, no long run.
    values = [1, 9, 1, 9, 1, 9, 9, 9, 9, 9, 9, 1, 1, 1, 1, 1, 1, 9, 9, 9]
    for month, value in enumerate(values):
        ws.set_data_point(measure, f"20{25 + month // 12}-{month % 12 + 1:02d}", value=value)
    mc = charts.measure_chart(ws, measure)
    spans = charts.signal_spans(mc.result)
    assert [kind for _, _, kind in spans] == ["crossings"]
    qtbot.waitUntil(lambda: view._find(measure) is not None)
    view.select(measure)
    qtbot.waitUntil(lambda: view.chart.measure_id == measure and view.chart.is_current())
    shaded = [p for p in view.chart.figure.axes[0].patches if p.get_gid() == "signal-span"]
    assert len(shaded) == 1
    assert "span" in view.chart.legend_terms and "korsningar" in view.chart.legend.text()
    # The reports' figure is as it was: nothing shaded unless asked.
    figure = charts.draw(mc)
    assert not [p for p in figure.axes[0].patches if p.get_gid() == "signal-span"]
    assert charts.mark_signal_spans(figure, mc) == 1


def test_the_new_keys_are_in_the_shortcuts_help(qapp):
    from app.gui.shortcuts_help import sections

    improvement = dict(sections())["Förbättringsarbete"]
    keys = [keys for keys, _ in improvement]
    assert "Alt+G / Alt+P / Alt+S / Alt+C" in keys
    words = " ".join(what for _, what in improvement)
    assert "tillbaka till listan med team, mål och mått" in words
    assert "startdatum" in words and "kryssa i eller ur" in words
