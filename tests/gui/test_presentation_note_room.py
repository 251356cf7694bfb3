"""The note of a method's slide on a projector (a trial at 1366 x 768): it shows
at least four whole lines of its type, more where the slide has room; no line
is cut in half, nor is the rest of the slide, when the typing warning takes
room; and the method discussed stays in view."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui import presentation
from app.gui.layout_check import clipped

NOTE_LINES = 4            # at least, of the note's type

SIZES = [(1366, 768), (1280, 720), (1920, 1080)]
NOTE = ("C: bara vid misstanke\nB: används nu fullt ut\nGruppen: delvis, följs upp i maj\n"
        "Ansvarig: enhetschefen\nUppföljning: nästa styrgruppsmöte\nKälla: journalgranskning")


def _lines(editor) -> tuple[int, int]:
    """(lines wholly in the note's text area, lines partly in it), from where
    the editor lays its text out (a pixel of a line's top counts as nothing)."""
    height = editor.viewport().height()
    offset = editor.contentOffset()
    whole = cut = 0
    block = editor.firstVisibleBlock()
    while block.isValid():
        top = editor.blockBoundingGeometry(block).translated(offset).top()
        if top >= height:
            break
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            start, end = top + line.y(), top + line.y() + line.height()
            shown = min(end, height) - max(start, 0)
            if shown >= line.height() - 0.5:
                whole += 1
            elif shown > 1:
                cut += 1
        block = block.next()
    return whole, cut


def _on_method(qtbot, window, size, row: int, column: int, last: bool, note: str = NOTE):
    """The presentation at `size`, on the first (or last) method of a cell,
    with the note given (NOTE: six lines)."""
    presentation.enter(window)
    view = window.presentation
    window.showNormal()
    window.resize(*size)
    qtbot.waitUntil(lambda: view.height() >= size[1] - 2 and view.width() >= size[0] - 2)
    cell = (window.ws.rows()[row].id, window.ws.columns()[column].id)
    view.go_to_cell(cell)
    view.position += len(window.ws.items(*cell)) if last else 1
    item = view.current_item()
    assert item is not None
    window.apply_assessment(view.scope, item.id, {"note": note})
    view.render()
    qtbot.wait(50)                                  # laid out
    return view


def _check(view, what: str) -> None:
    whole, cut = _lines(view.note)
    assert whole >= NOTE_LINES, f"{what}: {whole} whole lines of the note"
    assert cut == 0, f"{what}: a line of the note cut"
    assert clipped(view) == [], what
    methods = view.methods
    row = methods.visualItemRect(methods.currentItem())
    assert methods.viewport().rect().contains(row), f"{what}: the current method out of view"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("row, column, last", [(0, 0, False), (1, 1, True)],
                         ids=["few-methods", "many-methods-last"])
def test_the_note_shows_four_whole_lines_with_and_without_the_warning(
        qtbot, window, kiruna, size, row, column, last):
    view = _on_method(qtbot, window, size, row, column, last)
    _check(view, "shown")
    qtbot.keyClick(view, "x")                       # typing with no text field open
    assert view._warned() and view.message_label.isVisible()
    qtbot.wait(50)
    _check(view, "with the typing warning")
    qtbot.keyClick(view, Qt.Key.Key_Escape)         # the warning goes
    qtbot.keyClick(view, Qt.Key.Key_Return)         # writing: the end of the note in view
    assert QApplication.focusWidget() is view.note and not view.note.isReadOnly()
    qtbot.wait(50)
    whole, cut = _lines(view.note)
    assert whole >= NOTE_LINES and cut == 0
    cursor = view.note.cursorRect()
    assert cursor.top() >= 0 and cursor.bottom() <= view.note.viewport().height()
    qtbot.keyClick(view.note, Qt.Key.Key_Escape)
    presentation.leave(window)


def test_a_few_methods_leave_the_room_to_the_note(qtbot, window, kiruna):
    """The trial's slide (four methods): the note takes what the list does not
    need, instead of a fixed quarter under empty space."""
    long_note = "\n".join(f"Rad {n}" for n in range(1, 13))
    view = _on_method(qtbot, window, (1366, 768), 0, 0, False, long_note)
    methods = view.methods
    last = methods.visualItemRect(methods.item(methods.count() - 1))
    assert methods.viewport().rect().contains(last)          # every method shows…
    assert methods.viewport().height() - last.bottom() < last.height()   # …and no gap
    whole, cut = _lines(view.note)
    assert whole >= NOTE_LINES + 2 and cut == 0
    presentation.leave(window)
