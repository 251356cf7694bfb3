"""The divider between the matrix and its methods moves by keyboard as by mouse:
on a 1024 × 768 projector the list showed 3–4 methods and only a drag gave it
more (trial). Ctrl+Shift+Up/Down work where the mapping has the keys, never in
another tab's table (the data grid keeps its Ctrl+Shift+arrows)."""

from __future__ import annotations

from PySide6.QtCore import Qt

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_ctrl_shift_arrows_move_the_divider_within_what_each_side_needs(
        qtbot, opened, select_unit):
    window = opened
    window.resize(1024, 700)
    window.activateWindow()
    select_unit(window, "Kiruna")
    mapping = window.mapping
    splitter, view = mapping.splitter, mapping.items_view
    mapping.focus_items()
    qtbot.waitUntil(view.hasFocus)
    before = splitter.sizes()
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL_SHIFT)
    moved = splitter.sizes()
    assert moved[0] < before[0] and moved[1] > before[1]      # more room for the methods
    assert sum(moved) == sum(before)
    for _ in range(20):                                        # on to the matrix's least
        qtbot.keyClick(view, Qt.Key.Key_Up, CTRL_SHIFT)
    least = splitter.sizes()
    assert least[0] == splitter.widget(0).minimumSizeHint().height()
    assert window.statusBar().currentMessage() == "Matrisen kan inte bli mindre här."
    qtbot.keyClick(view, Qt.Key.Key_Escape)                    # to the matrix
    qtbot.waitUntil(mapping.matrix_view.hasFocus)
    qtbot.keyClick(mapping.matrix_view, Qt.Key.Key_Down, CTRL_SHIFT)   # from there too
    assert splitter.sizes()[0] > least[0]
    assert mapping.matrix_view.hasFocus()                       # the keys stay where they were


def test_the_keys_are_the_mappings_alone_and_the_menu_reaches_it_from_any_tab(
        qtbot, opened):
    window = opened
    window.activateWindow()
    splitter = window.mapping.splitter
    before = splitter.sizes()
    window.views.setCurrentWidget(window.improvement)
    table = window.improvement.tree
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Up, CTRL_SHIFT)
    assert window.views.currentWidget() is window.improvement    # not taken from the table
    assert splitter.sizes() == before
    window.act_more_methods.trigger()                           # Visa → Fler metoder …
    assert window.views.currentWidget() is window.mapping
    assert splitter.sizes()[0] < before[0]
