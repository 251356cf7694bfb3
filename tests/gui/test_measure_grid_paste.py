"""Ctrl+V pastes a block of a measure's data into its grid, Ctrl+C copies cells
back out: all or nothing, one undo step, the wrong line named, a personnummer
warned about, a read-only workspace refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from app.gui.core_messages import error_text


@pytest.fixture()
def page(opened, qtbot, monkeypatch):
    """A team of its own with a count (Antal) and a proportion measure; the
    window's error messages and warnings recorded, not shown."""
    ws = opened.ws
    team = ws.add_team("Team Klistra")
    count = ws.add_measure(team, "Antal återbesök", kind="count")
    share = ws.add_measure(team, "Andel med SIP", kind="proportion")
    ws.set_data_point(count, "2025-01", value=5, note="först")
    ws.set_data_point(share, "2025-01", numerator=1, denominator=4)
    opened.views.setCurrentWidget(opened.improvement)
    view = opened.improvement
    qtbot.waitUntil(lambda: view._find(share) is not None)
    errors, warnings = [], []
    monkeypatch.setattr(opened, "show_error",
                        lambda title, error: errors.append((title, error_text(error))))
    monkeypatch.setattr(opened, "show_warning", lambda title, text, **_: warnings.append(text))
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)

    def show(measure_id):
        view.select(measure_id)
        qtbot.waitUntil(lambda: view.measure_id == measure_id)
        view.data_view.setFocus()
        return view.data_view, view.data_model

    return opened, view, show, {"count": count, "share": share}, errors, warnings


def _paste(qtbot, table, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _shown(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(len(model.points))]


def test_lines_of_period_and_value_are_pasted_and_selected(page, qtbot):
    window, view, show, m, errors, warnings = page
    table, model = show(m["count"])
    stack = window.undo_stack.count()
    _paste(qtbot, table, "2025-01\t12\n2025-02\t14,5\tNy rutin\n2025-03\t9\n")
    assert not errors
    assert _shown(model) == [["2025-01", "12", "först"],       # overwritten, note kept
                             ["2025-02", "14,5", "Ny rutin"],
                             ["2025-03", "9", ""]]
    assert window.ws.data_point(m["count"], "2025-02").value == 14.5
    assert window.undo_stack.count() == stack + 1
    selected = {(i.row(), i.column()) for i in table.selectedIndexes()}
    assert selected == {(r, c) for r in range(3) for c in range(3)}
    assert "Mätvärden inklistrade: 3 (2025-01–2025-03)" in window.statusBar().currentMessage()


def test_values_alone_fill_the_column_from_the_selected_row_on(page, qtbot):
    window, view, show, m, errors, warnings = page
    table, model = show(m["count"])
    table.setCurrentIndex(model.index(0, 1))          # 2025-01, Värde
    _paste(qtbot, table, "7\n8,25\n\n10\n")           # the empty line: March as it was
    assert not errors
    assert [(p.period, p.value) for p in window.ws.data_points(m["count"])] == [
        ("2025-01", 7), ("2025-02", 8.25), ("2025-04", 10)]
    assert window.ws.data_point(m["count"], "2025-01").note == "först"


def test_values_alone_pasted_on_the_blank_row_begin_at_its_period(page, qtbot):
    window, view, show, m, errors, warnings = page
    table, model = show(m["share"])
    table.setCurrentIndex(model.index(model.rowCount() - 1, 1))   # 2025-02, Täljare
    _paste(qtbot, table, "3\t10\n4\t10\n")
    assert not errors
    assert [(p.period, p.numerator, p.denominator) for p in window.ws.data_points(m["share"])] \
        == [("2025-01", 1, 4), ("2025-02", 3, 10), ("2025-03", 4, 10)]


def test_a_proportion_takes_numerator_and_denominator_and_shows_the_andel(page, qtbot):
    window, view, show, m, errors, warnings = page
    table, model = show(m["share"])
    _paste(qtbot, table, "Period;Täljare;Nämnare\n2025-02;7;18\n2025-03;9;20;Mall införd\n")
    assert not errors
    assert _shown(model)[1:] == [["2025-02", "7", "18", "38,9 %", ""],
                                 ["2025-03", "9", "20", "45 %", "Mall införd"]]
    assert "kolumnrubriker" in window.statusBar().currentMessage()


def test_a_bad_line_writes_nothing_and_is_named(page, qtbot):
    window, view, show, m, errors, warnings = page
    table, model = show(m["share"])
    before, shown, stack = window.ws.snapshot(), _shown(model), window.undo_stack.count()
    _paste(qtbot, table, "2025-01\t7\t18\n2025-02\t8\t20\n2025-03\t30\t20\n2025-04\t1\t2\n")
    assert len(errors) == 1
    title, text = errors[0]
    assert title == "Ändringen kunde inte sparas"
    assert text.startswith("Rad 3 i det inklistrade (2025-03): Täljaren får inte vara större "
                           "än nämnaren.")
    assert text.endswith("Inget klistrades in.")
    assert window.ws.snapshot() == before
    assert _shown(model) == shown and window.undo_stack.count() == stack


def test_a_mistyped_period_is_named_by_its_line(page, qtbot):
    window, view, show, m, errors, warnings = page
    table, model = show(m["count"])
    _paste(qtbot, table, "2025-02\t1\n2025-03\t2\nmars 2025\t3\n")
    assert len(errors) == 1
    assert errors[0][1].startswith("Rad 3 i det inklistrade: Perioden ska skrivas")
    assert "mars 2025" in errors[0][1]
    assert [p.period for p in window.ws.data_points(m["count"])] == ["2025-01"]


def test_undo_takes_the_whole_paste_back_and_redo_brings_it(page, qtbot):
    window, view, show, m, errors, warnings = page
    table, model = show(m["count"])
    _paste(qtbot, table, "2025-01\t12\tändrad\n2025-02\t14\n2025-03\t9\n")
    pasted = _shown(model)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: len(model.points) == 1)
    assert _shown(model) == [["2025-01", "5", "först"]]
    point = window.ws.data_point(m["count"], "2025-01")
    assert (point.value, point.note) == (5, "först")
    assert [p.period for p in window.ws.data_points(m["count"])] == ["2025-01"]
    assert "Ångrat: Klistra in mätvärden (2025-01–2025-03)" in \
        window.statusBar().currentMessage()
    window.act_redo.trigger()
    qtbot.waitUntil(lambda: len(model.points) == 3)
    assert _shown(model) == pasted
    assert not errors


def test_copy_gives_the_cells_as_tab_separated_text_with_decimal_comma(page, qtbot):
    window, view, show, m, errors, warnings = page
    window.ws.set_data_point(m["share"], "2025-02", numerator=7, denominator=18,
                             note='Mall "A"\tny')
    table, model = show(m["share"])
    qtbot.waitUntil(lambda: len(model.points) == 2)
    selection = QItemSelection(model.index(0, 0), model.index(1, 4))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == (
        "2025-01\t1\t4\t25 %\t\n"
        '2025-02\t7\t18\t38,9 %\t"Mall ""A""\tny"\n')
    # ... and pasted back, whole rows are read as the grid's own columns.
    table, count_model = show(m["count"])
    window.ws.set_data_point(m["count"], "2025-01", value=1.5)
    qtbot.waitUntil(lambda: count_model.data(count_model.index(0, 1)) == "1,5")
    table.selectionModel().select(QItemSelection(count_model.index(0, 1),
                                                 count_model.index(0, 1)),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "1,5\n"


def test_copied_rows_of_a_proportion_paste_back_into_another(page, qtbot):
    window, view, show, m, errors, warnings = page
    team = window.ws.add_team("Team Kopia")
    other = window.ws.add_measure(team, "Andel kopia", kind="proportion")
    qtbot.waitUntil(lambda: view._find(other) is not None)
    window.ws.set_data_point(m["share"], "2025-02", numerator=7, denominator=18, note="\"A\" b")
    table, model = show(m["share"])
    qtbot.waitUntil(lambda: len(model.points) == 2)
    table.selectAll()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    table, other_model = show(other)
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert not errors
    assert _shown(other_model) == _shown(model)


@pytest.mark.parametrize("text, words", [
    ("7\n" * 100_000, ["för stort", "100 000 rader"]),
    ("x" * 5_000_000, ["för stort", "5 000 000 tecken"]),
    ("2025-01\t1\n\x00\x01PK\x03\x04\x00\n", ["Rad 2", "styrtecken"]),
    ("<html><body><table><tr><td>2025-01</td><td>4</td></tr></table></body></html>",
     ["HTML"]),
])
def test_a_huge_or_garbage_paste_is_refused_with_a_message(page, qtbot, text, words):
    window, view, show, m, errors, warnings = page
    table, model = show(m["count"])
    before, stack = window.ws.snapshot(), window.undo_stack.count()
    _paste(qtbot, table, text)
    assert len(errors) == 1
    for word in words:
        assert word in errors[0][1].replace("\u00a0", " ")
    assert window.ws.snapshot() == before and window.undo_stack.count() == stack


def test_a_personnummer_in_a_pasted_note_is_warned_about(page, qtbot):
    window, view, show, m, errors, warnings = page
    table, model = show(m["count"])
    _paste(qtbot, table, "2025-02\t3\tRing 19121212-1212 om detta\n")
    assert not errors
    assert window.ws.data_point(m["count"], "2025-02").value == 3    # saved, as typed text is
    assert len(warnings) == 1 and "personnummer" in warnings[0]
    assert "personnummer" in window.statusBar().currentMessage()


def test_a_paste_without_a_period_on_the_period_column_says_where_to_paste(page, qtbot):
    window, view, show, m, errors, warnings = page
    table, model = show(m["count"])
    table.setCurrentIndex(model.index(0, 0))
    _paste(qtbot, table, "12\n13\n")
    assert len(errors) == 1 and "börjar inte med en period" in errors[0][1]
    assert [p.value for p in window.ws.data_points(m["count"])] == [5]


def test_a_read_only_workspace_refuses_a_paste_as_any_edit(window, demo_file, tmp_path, qtbot,
                                                           monkeypatch):
    import shutil

    path = tmp_path / "ro.vardflata"
    shutil.copy(demo_file, path)
    assert window.open_path(path, read_only=True)
    errors = []
    monkeypatch.setattr(window, "show_error",
                        lambda title, error: errors.append((title, error_text(error))))
    window.views.setCurrentWidget(window.improvement)
    view = window.improvement
    measure = next(m for m in window.ws.measures() if m.kind == "proportion")
    view.select(measure.id)
    qtbot.waitUntil(lambda: view.measure_id == measure.id)
    before = window.ws.data_points(measure.id)
    assert view.data_view.paste_text("2030-01\t1\t2\n") is False
    assert errors == [("Ändringen kunde inte sparas", "Arbetsytan är öppnad skrivskyddad.")]
    assert window.ws.data_points(measure.id) == before


def test_the_undo_message_stays_with_its_measure_until_the_user_moves_on(page, qtbot):
    """"Ångrat: …" is said of the measure undone, which is shown again, and goes
    when the user moves on to another measure (re-trial: it stood over the
    next measure as if said of that one)."""
    window, view, show, m, errors, warnings = page
    table, model = show(m["count"])
    _paste(qtbot, table, "2025-02\t7\n")
    show(m["share"])                                  # the undo goes back to the count
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: view.measure_id == m["count"] and len(model.points) == 1)
    said = "Ångrat: Klistra in mätvärden (2025-02)"
    assert said in window.statusBar().currentMessage()
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)        # the user, to the next measure
    assert view.measure_id == m["share"]
    assert said not in window.statusBar().currentMessage()


def test_undoing_a_new_measure_keeps_its_undo_message(opened, qtbot):
    """The tree rebuilt after the undo chooses another node itself: that is not
    the user moving on, and "Ångrat: Nytt mått" stays (review)."""
    window = opened
    view = window.improvement
    window.views.setCurrentWidget(window.improvement_tab)
    qtbot.waitUntil(lambda: view.tree.model().rowCount() > 0)
    team = window.ws.teams()[0]
    view.create(lambda: "Nytt mått", "measures",
                lambda: window.ws.add_measure(team.id, name="Provmått", type="outcome"),
                select=True)
    qtbot.waitUntil(lambda: view.measure_id is not None
                    and window.ws.measure(view.measure_id).name == "Provmått")
    created = view.measure_id
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: view.selected()[1] != created)    # the tree rebuilt without it
    qtbot.wait(50)
    assert window.statusBar().currentMessage() == "Ångrat: Nytt mått"
