"""The improvement tab: create a measure, type data, see the chart, log a full cycle."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableWidgetItem

from app.core.improvement import Question, Task
from app.gui.improvement_models import CyclesModel, DataPointsModel, next_period
from app.gui.improvement_pgsa import CycleForm, QuickCycleDialog


@pytest.fixture()
def opened(opened):
    """The demo open, on the improvement tab."""
    opened.views.setCurrentWidget(opened.improvement)
    return opened


def _type(qtbot, view, text: str) -> None:
    """Type into the current cell as a person would: the first key opens the editor."""
    qtbot.keyClick(view, text[0])
    editors = [e for e in view.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "typing did not open an editor"
    editor = editors[0]
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_models_pass_qt_model_tester(qtmodeltester, demo_ws):
    points = DataPointsModel(demo_ws, lambda period, fields: None)
    for measure in demo_ws.measures()[:2]:
        points.show(measure.id)
        assert points.rowCount() == len(demo_ws.data_points(measure.id)) + 1
        qtmodeltester.check(points)
    # the model stays consistent (checked by the tester) as values arrive
    measure = demo_ws.measures()[0]
    points.show(measure.id)
    qtmodeltester.check(points)
    rows = points.rowCount()
    demo_ws.set_data_point(measure.id, points.period(rows - 1), numerator=1, denominator=2)
    points.refresh()
    assert points.rowCount() == rows + 1
    demo_ws.delete_data_point(measure.id, points.period(0))
    points.refresh()
    assert points.rowCount() == rows
    cycles = CyclesModel(demo_ws)
    cycles.refresh()
    assert cycles.rowCount() == len(demo_ws.cycles()) >= 5
    qtmodeltester.check(cycles)


@pytest.mark.parametrize("last, frequency, expected", [
    ("2026-12", "month", "2027-01"), ("2026-11", "quarter", "2027-02"),
    ("2026-03-02", "week", "2026-03-09"), ("2026-03-02", "month", "2026-04-01")])
def test_next_period(last, frequency, expected):
    assert next_period(last, frequency) == expected


def test_tab_sits_beside_the_matrix(opened):
    titles = [opened.views.tabText(i) for i in range(opened.views.count())]
    assert titles[0] == "&Kartläggning" and "&Förbättringsarbete" in titles
    view = opened.improvement
    assert view.tree_model.rowCount() == len(opened.ws.teams())


def test_create_a_measure_type_data_and_see_the_chart_update(opened, qtbot):
    view = opened.improvement
    team = opened.ws.teams()[1]
    view.select(team.id)
    dialog = view.ask_measure()
    dialog.findChildren(type(dialog.required[0]))[0].setText("Dagar till bedömning")
    kind = next(c for c in dialog.findChildren(QComboBox) if c.findData("time") >= 0)
    kind.setCurrentIndex(kind.findData("time"))
    dialog.accept()
    measure = next(m for m in opened.ws.measures(team.id) if m.name == "Dagar till bedömning")
    assert measure.kind == "time"
    qtbot.waitUntil(lambda: view.measure_id == measure.id)
    qtbot.waitUntil(lambda: view.chart.canvas is not None)
    grid = view.data_view
    assert view.data_model.rowCount() == 1            # only the row for a new period
    first_period = view.data_model.period(0)
    opened.activateWindow()                           # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    grid.setFocus()
    grid.setCurrentIndex(view.data_model.index(0, 1))
    draws = view.chart.draw_count
    _type(qtbot, grid, "12,5")
    qtbot.waitUntil(lambda: grid.currentIndex().row() == 1)     # Enter moved down
    _type(qtbot, grid, "9")
    qtbot.waitUntil(lambda: len(opened.ws.data_points(measure.id)) == 2)
    points = opened.ws.data_points(measure.id)
    assert [p.value for p in points] == [12.5, 9.0]
    assert points[0].period == first_period
    assert points[1].period == next_period(first_period, "month")
    qtbot.waitUntil(lambda: view.chart.draw_count > draws
                    and list(view.chart.figure.axes[0].lines[0].get_ydata()) == [12.5, 9.0])
    assert view.data_model.rowCount() == 3
    # undo removes the last value, and the chart follows
    opened.undo_stack.undo()
    qtbot.waitUntil(lambda: view.data_model.rowCount() == 2)
    qtbot.waitUntil(lambda: list(view.chart.figure.axes[0].lines[0].get_ydata()) == [12.5])
    # Delete removes a value; undo brings it back
    grid.setCurrentIndex(view.data_model.index(0, 1))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.data_model.rowCount() == 1)
    assert opened.ws.data_points(measure.id) == []
    opened.undo_stack.undo()
    qtbot.waitUntil(lambda: view.data_model.rowCount() == 2)
    assert opened.ws.data_points(measure.id)[0].value == 12.5


def test_proportion_grid_takes_numerator_and_denominator(opened, qtbot):
    view = opened.improvement
    measure = next(m for m in opened.ws.measures() if m.kind == "proportion")
    view.select(measure.id)
    qtbot.waitUntil(lambda: view.measure_id == measure.id)
    model = view.data_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Period", "Täljare", "Nämnare", "Andel", "Anteckning"]
    row = model.rowCount() - 1
    period = model.period(row)
    assert model.setData(model.index(row, 1), "3")
    assert model.setData(model.index(row, 2), "4")
    qtbot.waitUntil(lambda: model.rowCount() == row + 2)
    assert opened.ws.data_point(measure.id, period).value == 0.75
    assert model.data(model.index(row, 3)) == "75 %"
    assert not model.flags(model.index(row, 3)) & Qt.ItemFlag.ItemIsEditable


def test_tab_from_numerator_to_denominator_keeps_the_editor(opened, qtbot):
    view = opened.improvement
    measure = next(m for m in opened.ws.measures() if m.kind == "proportion")
    view.select(measure.id)
    qtbot.waitUntil(lambda: view.measure_id == measure.id)
    grid, model = view.data_view, view.data_model
    row = model.rowCount() - 1
    period = model.period(row)
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(grid, "3")
    editor = next(e for e in grid.findChildren(QLineEdit) if e.isVisible())
    qtbot.keyClick(editor, Qt.Key.Key_Tab)            # saves, and edits the denominator
    qtbot.waitUntil(lambda: model.rowCount() == row + 2)
    assert grid.currentIndex().column() == 2
    editors = [e for e in grid.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1                          # still open after the refresh
    qtbot.keyClicks(editors[0], "4")
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened.ws.data_point(measure.id, period).denominator == 4)
    assert opened.ws.data_point(measure.id, period).value == 0.75


def test_chart_options_change_the_measure_and_undo(opened, qtbot):
    view = opened.improvement
    measure = next(m for m in opened.ws.measures() if m.chart == "run")
    view.select(measure.id)
    qtbot.waitUntil(lambda: view.chart.canvas is not None and view.chart.draw_count > 0)
    combo = view.chart.chart_combo
    combo.setCurrentIndex(combo.findData("i"))
    combo.activated.emit(combo.currentIndex())
    assert opened.ws.measure(measure.id).chart == "i"
    qtbot.waitUntil(lambda: view.chart.figure.axes[0].get_title(loc="left").endswith(
        "I-diagram"))
    view.chart.ihi_check.click()
    assert opened.ws.measure(measure.id).rules == "ihi"
    view.data_view.setCurrentIndex(view.data_model.index(12, 0))
    view.split_at_current_period()
    assert opened.ws.measure(measure.id).splits == (view.data_model.period(12),)
    for _ in range(3):
        opened.undo_stack.undo()
    restored = opened.ws.measure(measure.id)
    assert (restored.chart, restored.rules, restored.splits) == ("run", "anhoej", ())


def test_quick_capture_and_a_full_worksheet(opened, qtbot):
    view = opened.improvement
    team = opened.ws.teams()[0]
    view.select(team.id)
    view.pages.setCurrentIndex(1)
    before = len(opened.ws.cycles(team.id))
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QuickCycleDialog))
    quick = QApplication.activeModalWidget()
    assert quick.previous.currentData() == opened.ws.cycles(team.id)[-1].id  # the ramp goes on
    qtbot.keyClicks(quick.objective, "Samordnare ringer dagen innan")  # QTest: ASCII only
    quick.prediction.setPlainText("Färre uteblir")
    quick.accept()
    cycles = opened.ws.cycles(team.id)
    assert len(cycles) == before + 1
    new = cycles[-1]
    assert new.previous_id == cycles[-2].id and new.questions[0].prediction == "Färre uteblir"
    qtbot.waitUntil(lambda: view.cycles_model.rowCount() == len(opened.ws.cycles()))

    form = view.open_cycle(new.id)
    assert isinstance(form, CycleForm)
    w = form.widget
    w("titleEdit").setText("Påminnelse dagen före")
    w("statusCombo").setCurrentIndex(w("statusCombo").findData("done"))
    w("startsEdit").setText("2026-03-02")
    w("endsEdit").setText("2026-03-13")
    w("objectiveEdit").setPlainText("Pröva om en påminnelse minskar uteblivna möten.")
    questions = w("questionsTable")
    questions.setItem(0, 1, QTableWidgetItem("Färre än 1 av 10 uteblir"))
    w("addQuestionButton").click()
    questions.setItem(1, 0, QTableWidgetItem("Hinner samordnaren ringa?"))
    questions.setItem(1, 1, QTableWidgetItem("Ja, 5 minuter per samtal"))
    tasks = w("tasksTable")
    for column, text in enumerate(("Ringa", "Samordnare", "Dagen före", "Mottagningen")):
        tasks.setItem(0, column, QTableWidgetItem(text))
    w("dataPlanEdit").setPlainText("Räkna uteblivna möten per vecka.")
    measures = w("measuresList")
    for i in range(measures.count()):
        measures.item(i).setCheckState(Qt.CheckState.Checked if i == 0
                                       else Qt.CheckState.Unchecked)
    w("asPlannedCombo").setCurrentIndex(w("asPlannedCombo").findData(True))
    w("observationsEdit").setPlainText("Två nummer var fel.")
    w("problemsEdit").setPlainText("Sjukdom en dag.")
    w("resultsEdit").setPlainText("1 av 14 uteblev; förutsägelsen höll.")
    w("learningEdit").setPlainText("Påminnelsen fungerar.")
    w("decisionCombo").setCurrentIndex(w("decisionCombo").findData("adopt"))
    w("nextStepEdit").setPlainText("Sprid till Boden.")
    form.accept()
    c = opened.ws.cycle(new.id)
    assert c.title == "Påminnelse dagen före" and c.status == "done"
    assert (c.starts_on, c.ends_on) == ("2026-03-02", "2026-03-13")
    assert c.questions == (Question("Vad händer när vi testar?", "Färre än 1 av 10 uteblir"),
                           Question("Hinner samordnaren ringa?", "Ja, 5 minuter per samtal"))
    assert c.tasks == (Task("Ringa", "Samordnare", "Dagen före", "Mottagningen"),)
    assert c.measure_ids == (measures.item(0).data(Qt.ItemDataRole.UserRole),)
    assert (c.as_planned, c.decision, c.learning) == (True, "adopt", "Påminnelsen fungerar.")
    assert c.previous_id == cycles[-2].id          # unchanged fields stay as they were
    # the whole worksheet is one undo step
    opened.undo_stack.undo()
    back = opened.ws.cycle(new.id)
    assert (back.title, back.status, back.decision, back.tasks) == (new.title, "plan", None, ())


def test_log_filters_by_status_and_change_idea(opened, qtbot):
    view = opened.improvement
    view.status_filter.setCurrentIndex(view.status_filter.findData("done"))
    view.status_filter.activated.emit(0)
    assert view.cycles_model.rowCount() == len(opened.ws.cycles(status="done")) > 0
    idea = opened.ws.change_ideas()[0]
    view.idea_filter.setCurrentIndex(view.idea_filter.findData(idea.id))
    view.idea_filter.activated.emit(0)
    assert view.cycles_model.rowCount() == len(
        [c for c in opened.ws.cycles(status="done") if c.change_idea_id == idea.id])


def test_new_team_and_delete_with_undo(opened, qtbot):
    view = opened.improvement
    dialog = view.ask_team()
    dialog.required[0].setText("Team Kalix (test)")
    dialog.accept()
    team = next(t for t in opened.ws.teams() if t.name == "Team Kalix (test)")
    qtbot.waitUntil(lambda: view.team_id == team.id)
    view.delete_selected()
    qtbot.waitUntil(lambda: view._find(team.id) is None)
    opened.undo_stack.undo()
    qtbot.waitUntil(lambda: view._find(team.id) is not None)
    opened.undo_stack.undo()          # the creation itself
    assert all(t.id != team.id for t in opened.ws.teams())


def test_progress_and_deviation_are_recorded(opened, qtbot):
    view = opened.improvement
    team = opened.ws.teams()[0]
    view.select(team.id)
    panel = view.follow_up
    dialog = panel.ask_progress()
    dialog.required[0].setText("2026-10")
    dialog.accept()
    assert opened.ws.progress_scores(team.id)[-1].month == "2026-10"
    dialog = panel.ask_deviation(edit=False)
    dialog.required[0].setText("Fel blankett (test)")
    dialog.accept()
    assert any(d.title == "Fel blankett (test)" for d in opened.ws.deviations(team.id))
    qtbot.waitUntil(lambda: panel.deviations.rowCount() == len(opened.ws.deviations(team.id)))
    opened.undo_stack.undo()
    opened.undo_stack.undo()
    assert all(s.month != "2026-10" for s in opened.ws.progress_scores(team.id))


@pytest.mark.parametrize("module", ["app.gui.improvement_view", "app.gui.improvement_chart"])
def test_improvement_view_keeps_matplotlib_off_the_import_path(module):
    """Until a chart is shown: the chart's canvas class is made on first use."""
    code = (f"import sys, {module}; "
            "print(any(m.startswith('matplotlib') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_change_idea_linked_to_cells_and_finding(opened, qtbot):
    from PySide6.QtWidgets import QListWidget

    view = opened.improvement
    team = opened.ws.teams()[1]
    view.select(team.id)
    dialog = view.ask_change_idea()
    dialog.required[0].setText("Gemensam bedömningsmall <LARO>")
    cells = dialog.findChild(QListWidget, "ideaCells")
    assert cells.count() == len(opened.ws.rows()) * len(opened.ws.columns())
    for row in (3, 7):                                   # two cells of the matrix
        cells.item(row).setCheckState(Qt.CheckState.Checked)
    findings = dialog.findChild(QListWidget, "ideaFindings")
    for row in (0, 2):                                   # and two findings
        findings.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    idea = next(i for i in opened.ws.change_ideas(team.id) if i.title.endswith("<LARO>"))
    expected = [tuple(cells.item(r).data(Qt.ItemDataRole.UserRole)) for r in (3, 7)]
    assert sorted(map(tuple, idea.cells)) == sorted(expected)
    assert idea.finding_ids == tuple(opened.ws.findings()[r].id for r in (0, 2))
    qtbot.waitUntil(lambda: view.idea_filter.findData(idea.id) >= 0)
    view.idea_filter.setCurrentIndex(view.idea_filter.findData(idea.id))
    edit = view.edit_change_idea()
    shown = edit.findChild(QListWidget, "ideaCells")
    assert [r for r in range(shown.count())                # the linked cells are shown
            if shown.item(r).checkState() == Qt.CheckState.Checked] == [3, 7]
    edit.required[0].setText("Gemensam bedömningsmall")
    edit.accept()
    assert opened.ws.change_idea(idea.id).title == "Gemensam bedömningsmall"
    assert opened.ws.change_idea(idea.id).cells == idea.cells
    opened.undo_stack.undo()
    assert opened.ws.change_idea(idea.id).title.endswith("<LARO>")
    opened.undo_stack.undo()
    assert all(i.id != idea.id for i in opened.ws.change_ideas())


def test_read_only_copy_shows_but_offers_no_changes(window, demo_file, tmp_path):
    path = tmp_path / "demo.vardflata"
    shutil.copy(demo_file, path)
    assert window.open_path(path, read_only=True)
    view = window.improvement
    measure = window.ws.measures()[0]
    view.select(measure.id)
    assert view.data_model.rowCount() > 1
    index = view.data_model.index(0, 1)
    assert not view.data_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not view.act_quick_cycle.isEnabled()


@pytest.mark.parametrize("code", ["sv", "en"])
def test_every_page_fits_beside_the_tree_at_1280_pixels(opened, qtbot, monkeypatch, code):
    """No sideways scrolling on a 1280- or 1366-pixel laptop, in either language, on
    every page, with a measure (a long definition) and its chart shown, and after
    the window was wide and narrow again: the PDSA log's filters are sized by a few
    characters, not by the longest name, and the chart takes the room it is given
    (a modest minimum) instead of keeping the width it once had."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    from app.gui import language
    from app.gui.layout_check import clipped

    monkeypatch.setenv("VARDFLATA_LANGUAGE", code)
    language.install(QApplication.instance())
    try:
        measure = next(m for m in opened.ws.measures() if m.chart == "p")
        opened.ws.update_measure(measure.id, definition=" ".join(
            ["Täljare: nya patienter med samsjuklighet som har en SIP inom 30 dagar."] * 6))
        opened.retranslate()                  # the views again, in that language
        view = opened.improvement
        opened.views.setCurrentWidget(view)
        view.select(measure.id)
        scroll = view.findChildren(QScrollArea)[0]
        chart = view.chart

        def fits(where: str) -> None:
            for page in range(view.pages.count()):
                view.pages.setCurrentIndex(page)
                qtbot.wait(20)
                if page == 0:                 # the chart drawn for the pane's size
                    qtbot.waitUntil(chart.is_current, timeout=20_000)
                    assert chart.canvas.width() <= chart.width()
                    pixmap = chart.canvas.pixmap()
                    assert pixmap.width() / pixmap.devicePixelRatio() == chart.canvas.width()
                    assert clipped(view.pages.currentWidget()) == [], where
                name = f"{where}, {view.pages.tabText(page)}"
                assert not scroll.horizontalScrollBar().isVisible(), name
                assert view.splitter.minimumSizeHint().width() <= scroll.viewport().width(), \
                    name

        fits("1280 × 800")
        minimum = view.splitter.minimumSizeHint().width()
        for width, height in ((1700, 900), (1280, 800), (1366, 768)):
            opened.resize(width, height)
            qtbot.waitUntil(lambda: opened.width() == width)
            fits(f"{width} × {height}")
            assert view.splitter.minimumSizeHint().width() <= minimum    # never raised
        view.pages.setCurrentIndex(0)
        assert 200 <= chart.canvas.minimumWidth() <= 320              # real but modest
    finally:
        monkeypatch.setenv("VARDFLATA_LANGUAGE", "sv")
        language.install(QApplication.instance())


def test_baseline_spin_box_has_a_label_of_its_own(opened, qtbot):
    """With no baseline the spin box says only "ingen": the label beside it says
    what it is (a prefix would be hidden by the special value)."""
    chart = opened.improvement.chart
    measure = next(m for m in opened.ws.measures() if not m.freeze)
    opened.improvement.select(measure.id)
    qtbot.waitUntil(lambda: chart.figure is not None)
    assert chart.freeze_spin.text() == "ingen"
    assert chart.freeze_label.isVisible() and chart.freeze_label.text() == "Baslinje:"
    assert chart.freeze_label.buddy() is chart.freeze_spin
    assert chart.freeze_label.x() < chart.freeze_spin.x()
    assert chart.freeze_spin.prefix() == ""
    chart.freeze_spin.setValue(6)
    assert chart.freeze_spin.text() == "6 punkter"


def test_no_form_cuts_its_labels(opened, qtbot):
    """Each small form is at least as wide as its longest label needs (a fixed
    minimum width once cut "Förbättringsområde:" on a small screen)."""
    from app.gui import improvement_dialogs as dialogs
    from app.gui.layout_check import clipped

    ws = opened.ws
    team = ws.teams()[0]
    for dialog in (dialogs.team_dialog(ws, team, opened), dialogs.aim_dialog(None, opened),
                   dialogs.measure_dialog(ws, team.id, None, opened),
                   dialogs.progress_dialog("2026-01", 2.5, opened),
                   dialogs.idea_dialog(ws, ws.change_ideas()[0], opened),
                   dialogs.deviation_dialog(ws, team.id, None, opened)):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert clipped(dialog) == [], dialog.windowTitle()
        dialog.reject()


def test_tab_leaves_the_worksheet_tables(opened, qtbot):
    """Arrows move inside the questions and tasks tables; Tab goes on to the
    next field, so the keyboard is never trapped in the form."""
    from PySide6.QtWidgets import QApplication

    view = opened.improvement
    cycle = opened.ws.cycles()[0]
    form = view.open_cycle(cycle.id)
    for name in ("questionsTable", "tasksTable"):
        table = form.widget(name)
        tabs = form.widget("phaseTabs")
        tabs.setCurrentIndex(next(i for i in range(tabs.count())
                                  if tabs.widget(i).isAncestorOf(table)))
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not table, name
    form.reject()


def test_the_target_reads_as_the_chart_shows_it(opened):
    """A proportion's target in per cent above the chart too (the chart says
    Mål 80 %; the header said 0,8)."""
    view = opened.improvement
    measure = next(m for m in opened.ws.measures()
                   if m.kind == "proportion" and m.target is not None)
    view.select(measure.id)
    shown = view.measure_info.text()
    assert f"Målvärde: {measure.target * 100:g} %" in shown


def test_a_long_note_never_widens_the_data_grid(opened, qtbot):
    """Period and numbers fit; the note takes the rest of the pane, elided
    (whole in its tooltip), so a long note does not widen the grid."""
    view = opened.improvement
    measure = next(m for m in opened.ws.measures() if m.kind == "proportion")
    point = opened.ws.data_points(measure.id)[0]
    long_note = " ".join(["Ny rutin för uppföljning efter utskrivning infördes."] * 3)
    opened.ws.set_data_point(measure.id, point.period, note=long_note)
    view.select(measure.id)
    qtbot.wait(50)
    grid = view.data_view
    header = grid.horizontalHeader()
    last = grid.model().columnCount() - 1
    assert header.sectionResizeMode(last) == header.ResizeMode.Stretch
    # Not as wide as the note's text: at most the pane, or the section's least size.
    assert grid.columnWidth(last) <= max(header.defaultSectionSize(), grid.viewport().width())
    assert grid.fontMetrics().horizontalAdvance(long_note) > 2 * grid.viewport().width()
    row = next(r for r in range(grid.model().rowCount())
               if grid.model().index(r, last).data() == long_note)
    assert grid.model().index(row, last).data(Qt.ItemDataRole.ToolTipRole) == long_note


def test_a_new_measure_starts_on_the_run_chart_and_p_goes_with_its_proportion(opened, qtbot):
    from PySide6.QtWidgets import QComboBox

    from app.gui.improvement_dialogs import measure_dialog

    dialog = measure_dialog(opened.ws, opened.ws.teams()[0].id)
    qtbot.addWidget(dialog)
    combos = {c.itemData(i): c for c in dialog.findChildren(QComboBox)
              for i in range(c.count())}
    kind, chart = combos["proportion"], combos["p"]
    kind.setCurrentIndex(kind.findData("proportion"))
    assert dialog.read()["chart"] == "run"          # a proportion is no reason for P
    chart.setCurrentIndex(chart.findData("p"))      # P by choice
    kind.setCurrentIndex(kind.findData("count"))
    assert dialog.read()["chart"] == "run"          # and it goes with the proportion


def test_undo_brings_the_changed_data_point_and_cycle_into_view(opened, qtbot):
    """An undo never changes something out of sight: the tab, the measure and
    the period's row (or the cycle in the log) come into view, as the mapping
    tab brings back its organisation and method."""
    view = opened.improvement
    first, other = [m for m in opened.ws.measures() if m.kind != "proportion"][:2]
    view.select(first.id)
    qtbot.waitUntil(lambda: view.measure_id == first.id)
    view.data_view.setCurrentIndex(view.data_model.index(2, 1))
    period = view.data_model.period(2)
    before = opened.ws.data_point(first.id, period).value
    view.data_model.setData(view.data_model.index(2, 1), "77")
    assert opened.ws.data_point(first.id, period).value == 77
    view.select(other.id)                          # elsewhere in the tab ...
    qtbot.waitUntil(lambda: view.measure_id == other.id)
    opened.views.setCurrentWidget(opened.mapping)  # ... and on another tab
    opened.undo_stack.undo()
    assert opened.ws.data_point(first.id, period).value == before
    qtbot.waitUntil(lambda: opened.views.currentWidget() is view
                    and view.measure_id == first.id
                    and view.data_view.currentIndex().row() == 2)
    assert view.data_model.period(view.data_view.currentIndex().row()) == period

    cycle = opened.ws.cycles()[0]
    view.pages.setCurrentIndex(0)
    view.delete(view.tr("Ta bort PGSA-cykel"), "pgsa_cycles", cycle.id)
    view.status_filter.setCurrentIndex(view.status_filter.count() - 1)   # hides most
    opened.views.setCurrentWidget(opened.mapping)
    opened.undo_stack.undo()
    qtbot.waitUntil(lambda: opened.views.currentWidget() is view
                    and view.pages.currentIndex() == 1
                    and view.selected_cycle_id() == cycle.id)


def test_ctrl_enter_creates_the_quick_cycle_from_the_prediction(opened, qtbot):
    """Enter in the prediction is a new line; Ctrl+Enter creates the cycle."""
    view = opened.improvement
    before = len(opened.ws.cycles())
    dialog = view.ask_quick_cycle()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.objective, "Ring upp dagen innan")
    dialog.prediction.setFocus()
    qtbot.keyClicks(dialog.prediction, "Farre uteblivna")
    qtbot.keyClick(dialog.prediction, Qt.Key.Key_Return)
    assert dialog.isVisible() and len(opened.ws.cycles()) == before
    qtbot.keyClick(dialog.prediction, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(opened.ws.cycles()) == before + 1)
    assert any(c.objective == "Ring upp dagen innan" for c in opened.ws.cycles())


def test_a_new_cycle_is_current_in_the_log_and_enter_opens_it(opened, qtbot, monkeypatch):
    view = opened.improvement
    view.pages.setCurrentWidget(view.log_page)
    view.cycles_view.setCurrentIndex(view.cycles_model.index(0, 0))
    dialog = view.ask_quick_cycle()
    dialog.objective.setText("Sms-påminnelse (test)")
    dialog.accept()
    new = next(c for c in opened.ws.cycles() if c.objective == "Sms-påminnelse (test)")
    qtbot.waitUntil(lambda: view.selected_cycle_id() == new.id)
    opened_forms = []
    monkeypatch.setattr(view, "open_cycle", lambda cycle_id: opened_forms.append(cycle_id))
    opened.activateWindow()                       # back from the dialog
    qtbot.waitUntil(opened.isActiveWindow)
    view.cycles_view.setFocus()
    qtbot.keyClick(view.cycles_view, Qt.Key.Key_Return)
    assert opened_forms == [new.id]


def test_undoing_a_new_cycle_leaves_the_log_filters_alone(opened, qtbot):
    """The undone cycle is gone from the log: nothing to find, so the filters
    the user chose stay (they used to be reset to show every cycle)."""
    view = opened.improvement
    view.pages.setCurrentWidget(view.log_page)
    dialog = view.ask_quick_cycle()
    dialog.objective.setText("Ångras strax (test)")
    dialog.accept()
    new = next(c for c in opened.ws.cycles() if c.objective == "Ångras strax (test)")
    qtbot.waitUntil(lambda: view.selected_cycle_id() == new.id)
    view.status_filter.setCurrentIndex(view.status_filter.count() - 1)
    view._filters_changed()
    chosen = view.status_filter.currentIndex()
    opened.undo_stack.undo()
    qtbot.wait(50)
    assert view.status_filter.currentIndex() == chosen
    assert view.pages.currentWidget() is view.log_page
