"""The conflicts view by keyboard, with times and names, and 'Slå ihop' (workshop trial).

The trial: Tab and Ctrl+Tab never left the table, the choices had no Alt letters,
Enter on a row silently kept the current value; no time of either edit; no way
to keep both notes; the other laptop named only "vm".
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from gui_sync_helpers import shown_conflicts
from test_mnemonics import clashes

from app.gui.conflicts_view import ConflictsDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture()
def dialog(qtbot, conflicts_view):
    """The conflicts view, active, its list with the keyboard focus."""
    view = conflicts_view
    view.activateWindow()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    return view


def note(window) -> str:
    unit, item = window.ws.units()[0], window.ws.items()[0]
    return window.ws.assessment(unit.id, item.id).note


def focused():
    return QApplication.focusWidget()


def test_tab_goes_table_then_the_conflict_then_the_buttons(qtbot, dialog):
    order = [focused()]
    for _ in range(5):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [dialog.table, dialog.details, dialog.keep_button, dialog.other_button,
                     dialog.merge_button, dialog.close_button]
    assert len(dialog.conflicts) == 1                     # nothing chosen on the way


@pytest.mark.parametrize("start", ["table", "details"])
def test_ctrl_tab_leaves_the_table_and_the_text(qtbot, dialog, start):
    widget = getattr(dialog, start)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClick(widget, Qt.Key.Key_Tab, CTRL)
    assert focused() is (dialog.details if start == "table" else dialog.keep_button)
    QTest.keyClick(focused(), Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert focused() is widget


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_a_row_chooses_nothing_but_moves_to_the_choices(qtbot, dialog, key):
    window = dialog.window_
    before = note(window)
    QTest.keyClick(dialog.table, key)
    assert len(dialog.conflicts) == 1 and note(window) == before
    assert focused() is dialog.keep_button
    said = dialog.message.text()
    assert "Alt+B behåll det nuvarande" in said and "Alt+A använd det andra värdet" in said
    assert "Alt+S slå ihop" in said
    dialog.details.setFocus()
    qtbot.waitUntil(dialog.details.hasFocus)
    QTest.keyClick(dialog.details, key)                  # the text neither
    assert len(dialog.conflicts) == 1 and focused() is dialog.keep_button
    QTest.keyClick(focused(), Qt.Key.Key_Tab)            # to "Använd det andra värdet"
    QTest.keyClick(focused(), key)                       # Enter on a button presses it
    assert dialog.conflicts == [] and note(window) == "Rutin finns men följs inte alltid."
    assert dialog.message.text().endswith("Valt: Använd det andra värdet.")


def test_every_choice_has_its_own_alt_letter(qtbot, dialog):
    buttons = (dialog.keep_button, dialog.other_button, dialog.merge_button,
               dialog.close_button)
    assert all("&" in b.text() for b in buttons)
    assert clashes(dialog) == {}
    QTest.keyClick(focused(), Qt.Key.Key_S, ALT)         # Slå ihop (a button's
    qtbot.waitUntil(lambda: dialog.conflicts == [])      # Alt letter clicks it animated)
    merged = ("Två medarbetare utbildade i AUDIT under hösten.\n\n"
              "Rutin finns men följs inte alltid.")
    assert note(dialog.window_) == merged
    assert dialog.conflicts == []
    assert dialog.message.text().endswith("Valt: Slå ihop.")
    qtbot.waitUntil(dialog.table.hasFocus)                # on to the next one


@pytest.mark.parametrize("text, letter", [
    ("&Behåll", "B"), ("Slå &ihop", "I"), ("Ta && ge", ""), ("Spara &", ""), ("A && &b", "B"),
])
def test_the_alt_letter_named_in_the_hint(text, letter):
    """A lone "&" at the end (a translation's slip) has no letter: it raised IndexError."""
    assert ConflictsDialog._letter(text) == letter


def test_alt_a_takes_the_other_value(qtbot, dialog):
    QTest.keyClick(focused(), Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: dialog.conflicts == [])
    assert dialog.conflicts == [] and note(dialog.window_) == "Rutin finns men följs inte alltid."


def test_each_value_says_when_and_on_which_copy_it_was_written(qtbot, dialog):
    window = dialog.window_
    [conflict] = dialog.conflicts
    details = dialog.details.toPlainText()
    ws = window.ws
    kept_when = conflict.kept_version[0] >> 16
    stamp = datetime.fromtimestamp(kept_when / 1000).strftime("%Y-%m-%d %H:%M")
    assert f"Värdet som gäller (skrivet på Kiruna-laptop, {stamp})" in details
    other_when = conflict.other_version[0] >> 16
    stamp = datetime.fromtimestamp(other_when / 1000).strftime("%Y-%m-%d %H:%M")
    assert f"Det andra värdet (skrivet på den här kopian ({ws.copy_name}), {stamp})" in details
    table = dialog.table
    assert table.item(0, ConflictsDialog.COPY_KEPT).text() == "Kiruna-laptop"
    assert table.item(0, ConflictsDialog.COPY_KEPT).toolTip().startswith("Kiruna-laptop, 20")
    assert table.item(0, ConflictsDialog.COPY_OTHER).toolTip().startswith("den här kopian, 20")
    assert dialog.copy_label.text() == f"Den här kopian: {ws.copy_name}"


def test_slå_ihop_is_offered_only_for_two_texts(qtbot, copies, tmp_path):
    window, b, _ = copies
    unit, item = window.ws.units()[1], window.ws.items()[0]
    window.ws.set_assessment(unit.id, item.id, status="planned")
    b.set_assessment(unit.id, item.id, status="not_used")
    window.ws.import_package(b.export_package(tmp_path / "b2.vardsync").path)
    view = shown_conflicts(qtbot, window)
    fields = [c.field for c in view.conflicts]
    view.table.selectRow(fields.index("status"))
    assert not view.merge_button.isVisible()
    view.table.selectRow(fields.index("note"))
    assert view.merge_button.isVisible() and view.merge_button.isEnabled()
    view.close()



@pytest.fixture()
def three_notes(qtbot, copies, tmp_path):
    """Three copies wrote one note: the window's, B's package and C's, imported;
    yields (window, the conflicts view, the assessment's unit and item)."""
    from app.workspace import Workspace

    window, _, package = copies
    with Workspace.join(tmp_path / "c.vardflata", tmp_path / "start.vardsync") as c:
        unit, item = c.units()[0], c.items()[0]
        c.set_assessment(unit.id, item.id, note="C: används av alla")
        third = c.export_package(tmp_path / "c.vardsync").path
    window.ws.import_package(package)
    window.ws.import_package(third)
    view = shown_conflicts(qtbot, window)
    yield window, view, unit, item
    view.close()


def test_a_third_version_of_a_merged_text_is_selected_and_said(three_notes):
    """A merge keeps two; the third was left as a row where the next key,
    "Behåll det nuvarande", dropped it (new-user trial)."""
    window, view, _, _ = three_notes
    assert [c.field for c in view.conflicts] == ["note", "note"]
    view.table.selectRow(0)
    view.merge()
    assert len(view.conflicts) == 1 and view.table.currentRow() == 0
    assert "Slå ihop igen" in view.message.text()
    view.merge()
    assert view.conflicts == []
    assert {"C: används av alla", "Rutin finns men följs inte alltid.",
            "Två medarbetare utbildade i AUDIT under hösten."} <= set(note(window).split("\n\n"))


def test_a_refused_merge_does_not_say_to_merge_again(three_notes):
    """The note changed while the list was open: the merge is refused, and only
    that is said (review: "… Slå ihop igen …" followed the refusal)."""
    window, view, unit, item = three_notes
    window.ws.set_assessment(unit.id, item.id, note="Ändrad medan listan var öppen")
    view.table.selectRow(0)
    view.merge()
    assert "redan ändrats" in view.message.text()
    assert "Slå ihop igen" not in view.message.text()
