"""Presentation mode, driven by the keyboard alone, as a facilitator would."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import Qt

from app.gui import presentation
from app.gui.presentation_parts import parked_remarks
from app.gui.theme import PRESENTATION, contrast_ratio


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the user presses it: to whatever widget has the focus."""
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def test_f11_enters_and_esc_leaves_with_the_window_as_before(qtbot, window, kiruna):
    dock_before = window.tree_dock.isVisible()
    size_before = window.size()
    cell_before = window.mapping.current_cell()
    assert window.act_present.isEnabled()
    press(qtbot, window, Qt.Key.Key_F11)
    view = window.presentation
    assert view is not None and window.stack.currentWidget() is view
    assert window.isFullScreen()
    assert not window.tree_dock.isVisible() and not window.menuBar().isVisible()
    assert not window.presentation_toolbar.isVisible()
    assert view.hasFocus()
    # It starts on the cell that was selected in the matrix.
    assert view.slide.kind == "cell" and view.slide.cell == cell_before

    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.presentation is None
    assert not window.isFullScreen()
    assert window.tree_dock.isVisible() == dock_before
    assert window.menuBar().isVisible() and window.presentation_toolbar.isVisible()
    assert window.stack.currentWidget() is window.views
    qtbot.waitUntil(lambda: window.size() == size_before)
    assert window.mapping.current_cell() == cell_before

    press(qtbot, window, Qt.Key.Key_F11)          # F11 toggles, too
    assert window.presentation is not None
    press(qtbot, window, Qt.Key.Key_F11)
    assert window.presentation is None


def first_method(qtbot, window):
    """Presentation mode by F11, on the first method of the first cell."""
    press(qtbot, window, Qt.Key.Key_F11)
    for key in (Qt.Key.Key_Home, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown):
        press(qtbot, window, key)
    return window.presentation


def test_page_keys_walk_through_cells_and_methods(qtbot, window, kiruna):
    press(qtbot, window, Qt.Key.Key_F11)
    view = window.presentation
    ws = window.ws
    press(qtbot, window, Qt.Key.Key_Home)
    assert view.slide.kind == "overview"
    assert view.title_label.text() == "Kartläggningsmatrisen"
    press(qtbot, window, Qt.Key.Key_PageDown)
    first_cell = (ws.rows()[0].id, ws.columns()[0].id)
    assert view.slide.kind == "cell" and view.slide.cell == first_cell
    assert ws.rows()[0].title in view.title_label.text()
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert view.slide.kind == "item" and view.slide.item_index == 0
    first_item = ws.items(*first_cell)[0]
    assert view.current_item().id == first_item.id
    assert first_item.title in view.methods.currentItem().text()
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert view.slide.kind == "cell"
    press(qtbot, window, Qt.Key.Key_Right)            # next cell, skipping its methods
    assert view.slide.cell == (ws.rows()[0].id, ws.columns()[1].id)
    press(qtbot, window, Qt.Key.Key_Left)
    assert view.slide.cell == first_cell and view.slide.kind == "cell"
    press(qtbot, window, Qt.Key.Key_End)
    assert view.slide.kind == "parking"


def test_number_key_sets_status_saved_and_undoable(qtbot, window, kiruna):
    view = first_method(qtbot, window)
    item = view.current_item()
    before = window.ws.assessment(kiruna.id, item.id).status
    target, key = ("not_used", Qt.Key.Key_1) if before != "not_used" else ("planned",
                                                                           Qt.Key.Key_2)
    press(qtbot, window, key)
    assert window.ws.assessment(kiruna.id, item.id).status == target      # saved at once
    assert "✗" in view.methods.currentItem().text() or "○" in view.methods.currentItem().text()
    assert view.slide.kind == "item" and view.current_item().id == item.id  # place kept
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.assessment(kiruna.id, item.id).status == before


def test_enter_writes_the_note_without_leaving_the_mode(qtbot, window, kiruna):
    view = first_method(qtbot, window)
    item = view.current_item()
    press(qtbot, window, Qt.Key.Key_Return)
    assert view.note.hasFocus() and not view.note.isReadOnly()
    view.note.selectAll()
    qtbot.keyClicks(view.note, "Start <2027> ")
    view.note.insertPlainText("hösten 🚀")   # QTest types ASCII only
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.ws.assessment(kiruna.id, item.id).note == "Start <2027> hösten 🚀"
    assert view.hasFocus() and view.note.isReadOnly()
    assert window.presentation is view
    # Esc while writing cancels the edit only; a second Esc leaves the mode.
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.keyClicks(view.note, " mer")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.ws.assessment(kiruna.id, item.id).note == "Start <2027> hösten 🚀"
    assert window.presentation is view
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.presentation is None


def test_personnummer_in_a_note_is_warned_about(qtbot, window, kiruna):
    view = first_method(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.keyClicks(view.note, "Klient 19811218-9876")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "⚠" in window.statusBar().currentMessage())
    # The warning is read from the back of the room, as the slide behind it.
    from PySide6.QtWidgets import QLabel, QMessageBox

    box = window.findChild(QMessageBox, "warningBox")
    qtbot.waitUntil(box.isVisible)
    text = next(label for label in box.findChildren(QLabel) if "personnummer" in label.text())
    assert text.fontInfo().pixelSize() >= 0.6 * view.base_px()
    assert text.fontInfo().pixelSize() > 1.5 * window.fontInfo().pixelSize()
    box.close()


def test_a_personnummer_is_never_projected_and_never_lost(qtbot, window, kiruna):
    view = first_method(qtbot, window)
    item = view.current_item()
    note = "Kontakt: Anna 19121212-1212, ring i maj"
    window.ws.set_assessment(kiruna.id, item.id, note=note)
    view.render()
    assert view.note.toPlainText() == "Kontakt: Anna 19121212-****, ring i maj"
    press(qtbot, window, Qt.Key.Key_Return)           # writing: the real text, to edit
    assert view.note.toPlainText() == note
    assert "personnummer" in view.message_label.text()  # said, as it shows
    qtbot.keyClicks(view.note, ".")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.ws.assessment(kiruna.id, item.id).note == note + "."
    assert "1212-1212" not in view.note.toPlainText()
    press(qtbot, window, Qt.Key.Key_Return)           # Esc after Enter: nothing changes
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.ws.assessment(kiruna.id, item.id).note == note + "."
    assert view.note.isReadOnly() and "1212-1212" not in view.note.toPlainText()
    from PySide6.QtWidgets import QMessageBox

    warning = window.findChild(QMessageBox, "warningBox")   # the save was warned of
    assert warning is not None and warning.isVisible()
    warning.close()


def test_parking_lot_in_two_keystrokes_keeps_the_place(qtbot, window, kiruna):
    press(qtbot, window, Qt.Key.Key_F11)
    view = window.presentation
    press(qtbot, window, Qt.Key.Key_Right)
    place = view.position
    count = len(parked_remarks(window.ws))
    press(qtbot, window, Qt.Key.Key_P)                       # keystroke 1
    assert view.parking.isVisible() and view.parking.hasFocus()
    view.parking.insert("Fråga regionen om ")               # QTest types ASCII only
    qtbot.keyClicks(view.parking, "<LARO>-queue")
    press(qtbot, window, Qt.Key.Key_Return)                  # keystroke 2
    remarks = parked_remarks(window.ws)
    assert len(remarks) == count + 1
    remark = next(r for r in remarks if r.title == "Fråga regionen om <LARO>-queue")
    assert remark.category == "other" and remark.unit_id == kiruna.id
    assert remark.cells == (view.slide.cell,)
    assert view.position == place and view.hasFocus() and not view.parking.isVisible()
    assert "LARO" in view.parked_label.text()
    press(qtbot, window, Qt.Key.Key_End)
    assert any("LARO" in view.parked_list.item(i).text()
               for i in range(view.parked_list.count()))
    # A long remark is named in the undo menu by whole words.
    press(qtbot, window, Qt.Key.Key_Home)
    press(qtbot, window, Qt.Key.Key_P)
    view.parking.insert("Behöver vi en gemensam rutin med socialtjänsten för "
                        "uppföljning efter utskrivning")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.undo_stack.undoText() == "Parkera: Behöver vi en gemensam rutin med …"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(parked_remarks(window.ws)) == count
    # Esc in the parking field cancels it and stays in the mode.
    press(qtbot, window, Qt.Key.Key_P)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not view.parking.isVisible() and window.presentation is view


def test_timer_starts_stops_and_resets_by_key(qtbot, window, kiruna):
    press(qtbot, window, Qt.Key.Key_F11)
    view = window.presentation
    assert view.timer_label.text().endswith("00:00")
    press(qtbot, window, Qt.Key.Key_T)
    assert view.timer.running
    qtbot.waitUntil(lambda: view.timer_label.text().endswith("00:01"), timeout=3000)
    press(qtbot, window, Qt.Key.Key_T)
    assert not view.timer.running
    stopped = view.timer.elapsed_ms()
    assert stopped >= 1000 and view.timer.elapsed_ms() == stopped
    press(qtbot, window, Qt.Key.Key_R)
    assert view.timer.elapsed_ms() == 0 and view.timer_label.text().endswith("00:00")


def test_countdown_in_whole_minutes_says_when_time_is_up(qtbot, window, kiruna):
    press(qtbot, window, Qt.Key.Key_F11)
    view = window.presentation
    zoom = view.zoom_index
    for _ in range(5):
        press(qtbot, window, Qt.Key.Key_Plus)               # five minutes to discuss
    assert view.timer.limit_ms == 5 * 60_000
    assert view.timer_label.text().endswith("05:00") and "Kvar" in view.timer_label.text()
    press(qtbot, window, Qt.Key.Key_Minus)
    assert view.timer_label.text().endswith("04:00")
    view.timer.limit_ms = 1                                  # as if four minutes had passed
    press(qtbot, window, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: view.timer_label.text() == "Tiden är ute")
    assert view.timer_label.property("up") is True
    press(qtbot, window, Qt.Key.Key_T)
    view.timer.limit_ms = 60_000
    press(qtbot, window, Qt.Key.Key_Minus)                   # back to a stopwatch
    assert view.timer.limit_ms is None and view.timer_label.text().startswith("Tid ")
    assert view.zoom_index == zoom                           # +/− alone never zooms


def test_zoom_with_ctrl_plus_and_minus(qtbot, window, kiruna):
    press(qtbot, window, Qt.Key.Key_F11)
    view = window.presentation
    base = view.base_px()
    press(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.base_px() > base
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.base_px() < base
    press(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.base_px() == base


def test_large_type_at_projector_sizes(qtbot, window, kiruna):
    presentation.enter(window)
    view = window.presentation
    window.showNormal()
    for width, height, minimum in ((1280, 720, 30), (1920, 1080, 45)):
        window.resize(width, height)
        qtbot.waitUntil(lambda: view.height() >= height - 2)
        assert view.base_px() >= minimum
        assert view.title_label.font().pixelSize() >= minimum
    assert contrast_ratio(PRESENTATION["text"], PRESENTATION["background"]) >= 7


def test_county_scope_shows_spread_and_does_not_edit(qtbot, window, kiruna):
    window.tree.setCurrentIndex(window.tree_model.index(0, 0))     # the whole county
    press(qtbot, window, Qt.Key.Key_F11)
    view = window.presentation
    assert not view.single_unit
    press(qtbot, window, Qt.Key.Key_Home)
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, Qt.Key.Key_PageDown)
    changes = window.undo_stack.count()
    press(qtbot, window, Qt.Key.Key_3)
    assert window.undo_stack.count() == changes
    assert "organisation" in view.message_label.text()              # says why, on screen
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert not view.message_label.text()


def test_improvement_charts_full_screen_stepping_through_measures(qtbot, window, kiruna):
    improvement = getattr(window, "improvement", None)
    if improvement is None:
        pytest.skip("no improvement view in this window")
    measures = [m for t in window.ws.teams() for m in window.ws.measures(t.id)]
    assert len(measures) >= 2
    window.views.setCurrentWidget(improvement)
    improvement.select(measures[1].id)
    press(qtbot, window, Qt.Key.Key_F11)
    view = window.presentation
    assert type(view).__name__ == "ChartPresentation"
    assert view.measure.id == measures[1].id                  # starts where we were
    assert view.title_label.text() == measures[1].name
    qtbot.waitUntil(lambda: view.draw_count >= 1)
    pixmap = view.chart_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= view.chart_label.width() * 0.9
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert view.title_label.text() == measures[min(2, len(measures) - 1)].name
    drawn = view.draw_count
    qtbot.waitUntil(lambda: view.draw_count > drawn)
    press(qtbot, window, Qt.Key.Key_PageUp)
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert view.measure.id == measures[0].id
    # A line under the chart (the typing guard's warning) takes room from it:
    # the chart is drawn again to fit, not cut at the top and bottom.
    qtbot.waitUntil(view.is_current)
    tall = view.chart_label.pixmap().deviceIndependentSize().height()
    view.show_message("Ingen textruta är öppen\nP: parkera", warning=True)
    qtbot.waitUntil(lambda: view.is_current() and view.chart_label.pixmap()
                    .deviceIndependentSize().height() <= view.chart_label.height())
    assert view.chart_label.pixmap().deviceIndependentSize().height() < tall
    view.show_message("")
    press(qtbot, window, Qt.Key.Key_T)                        # the same timer…
    assert view.timer.running
    count = len(parked_remarks(window.ws))
    press(qtbot, window, Qt.Key.Key_P)                        # …and parking lot
    qtbot.keyClicks(view.parking, "Check the baseline")
    press(qtbot, window, Qt.Key.Key_Return)
    assert len(parked_remarks(window.ws)) == count + 1
    parked = next(r for r in parked_remarks(window.ws) if r.title == "Check the baseline")
    assert measures[0].name in parked.description
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.presentation is None
    assert window.views.currentWidget() is improvement


def test_read_only_workspace_says_so_and_changes_nothing(qtbot, window, demo_file, tmp_path,
                                                         select_unit):
    path = tmp_path / "ro.vardflata"
    shutil.copy(demo_file, path)
    assert window.open_path(path, read_only=True)
    select_unit(window, "Kiruna")
    view = first_method(qtbot, window)
    item = view.current_item()
    before = window.ws.assessment(view.scope, item.id).status
    press(qtbot, window, Qt.Key.Key_4 if before != "systematic" else Qt.Key.Key_1)
    assert window.ws.assessment(view.scope, item.id).status == before
    assert view.message_label.isVisible() and view.message_label.text()
    press(qtbot, window, Qt.Key.Key_P)
    assert not view.parking.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.presentation is None


def test_parking_a_remark_on_a_method_does_not_open_its_note(qtbot, window, kiruna):
    """Enter in the parking field belongs to the field alone (found in a trial)."""
    press(qtbot, window, Qt.Key.Key_F11)
    view = window.presentation
    press(qtbot, window, Qt.Key.Key_PageDown)       # the first cell
    press(qtbot, window, Qt.Key.Key_PageDown)       # its first method
    assert view.slide.kind == "item"
    item = view.current_item()
    note_before = window.ws.assessment(kiruna.id, item.id).note
    press(qtbot, window, Qt.Key.Key_P)
    qtbot.keyClicks(view.parking, "abc")
    press(qtbot, window, Qt.Key.Key_Return)
    assert view.note.isReadOnly() and view.hasFocus()
    press(qtbot, window, Qt.Key.Key_T)               # the timer, not a letter in the note
    assert window.ws.assessment(kiruna.id, item.id).note == note_before
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.presentation is None


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_overview_heads_are_whole_on_a_projector(qtbot, window, kiruna, size):
    """Every column and row head of the matrix overview fits its section at the
    common projector sizes (at 1024 x 768 one-line row heads used to take a
    third of the width and cut 'Upptäckt/förebyggande' and 'Samsjuklighet')."""
    from PySide6.QtGui import QFont, QFontMetrics

    presentation.enter(window)
    view = window.presentation
    window.showNormal()
    window.resize(*size)
    qtbot.waitUntil(lambda: view.height() >= size[1] - 2)
    press(qtbot, window, Qt.Key.Key_Home)
    table = view.overview
    qtbot.waitUntil(lambda: table.isVisible())
    model = table.model()
    # The heads' type as the style sheet sets it: the overview's zoomed size,
    # or a step smaller where the cells need it (three lines in a cell of a
    # partly mapped organisation at 1024 x 768).
    head_px = re.search(r"QHeaderView::section \{ font-size: (\d+)px", table.styleSheet())
    assert head_px and int(head_px[1]) >= 12
    font = QFont(table.font())
    font.setPixelSize(int(head_px[1]))
    font.setBold(True)
    metrics = QFontMetrics(font)
    padding = 2 * 4 + 2                     # the sections' padding and border

    def widest(orientation, section):
        text = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        return max(metrics.horizontalAdvance(line) for line in text.split("\n"))

    columns = table.horizontalHeader()
    for section in range(model.columnCount()):
        assert widest(Qt.Orientation.Horizontal, section) + padding <= \
            columns.sectionSize(section)
    rows = table.verticalHeader()
    for section in range(model.rowCount()):
        assert widest(Qt.Orientation.Vertical, section) + padding <= rows.width()
