"""Entering a cell's methods shows the method the number keys will change: the
list kept the last cell's scrolling, and on a 1024 × 768 projector a key set
DUDIT while ADDIS, SCID-I and MINI were on the screen (trial)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _crowded_cells(ws, count: int = 2):
    """The cells with the most methods, most first."""
    cells: dict[tuple[str, str], int] = {}
    for item in ws.items():
        cells[item.row_id, item.column_id] = cells.get((item.row_id, item.column_id), 0) + 1
    return sorted(cells, key=lambda cell: -cells[cell])[:count]


def test_entering_a_cell_shows_the_method_the_keys_change(qtbot, opened, select_unit):
    window = opened
    window.resize(1024, 700)
    window.activateWindow()
    select_unit(window, "Kiruna")
    mapping, ws = window.mapping, window.ws
    first, second = _crowded_cells(ws)
    view, model = mapping.items_view, mapping.items_model
    mapping.select_cell(*first)
    mapping.focus_items()
    for _ in range(model.rowCount()):                  # down to the last method
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.verticalScrollBar().value() > 0       # the list has scrolled
    qtbot.keyClick(view, Qt.Key.Key_Escape)            # to the matrix, another cell
    mapping.select_cell(*second)
    qtbot.keyClick(mapping.matrix_view, Qt.Key.Key_Return)   # and into its methods
    current = view.currentIndex()
    assert current.isValid() and view.hasFocus()
    assert view.viewport().rect().contains(view.visualRect(current)), \
        "the method the keys change is out of sight"
    assert view.horizontalScrollBar().value() == 0     # the Metod column shows
    item = model.item_at(current.row())
    kiruna = next(u for u in ws.units() if u.name == "Kiruna")
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert ws.assessment(kiruna.id, item.id).status == "not_used"


def test_the_current_method_is_framed_whole_while_the_list_has_the_keys(qtbot, opened,
                                                                          select_unit):
    """The row the status keys change is framed in a dark colour across the
    list, not only shaded pale blue (trial: weak from the back of a room); the
    frame goes with the keys, to the matrix and back, and after a note editor
    closed by a move elsewhere (review). What the screen shows is read, not a
    fresh grab() of the list, which would repaint it whole."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from app.gui.theme import CURRENT_ROW

    window = opened
    window.activateWindow()
    select_unit(window, "Kiruna")
    mapping = window.mapping
    view = mapping.items_view
    mapping.select_cell(*_crowded_cells(window.ws, 1)[0])
    mapping.focus_items()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Right)                 # the ring on another cell

    def frame_at(row: int) -> list[bool]:
        """Whether the frame's colour is on the screen on the row's top edge, in
        the middle of its last column, and on its left edge."""
        QApplication.processEvents()
        shot = window.screen().grabWindow(window.winId()).toImage()
        ratio = shot.devicePixelRatio()
        model = view.model()
        last = view.visualRect(model.index(row, model.columnCount() - 1))
        first = view.visualRect(model.index(row, 0))
        points = [QPoint(last.center().x(), last.top() + 1),
                  QPoint(first.left() + 1, first.center().y())]
        found = []
        for point in points:
            at = view.viewport().mapTo(window, point)
            found.append(QColor(shot.pixel(int(at.x() * ratio), int(at.y() * ratio)))
                         == QColor(CURRENT_ROW))
        return found

    assert view.currentIndex().row() == 1
    qtbot.waitUntil(lambda: frame_at(1) == [True, True])
    assert frame_at(0) == [False, False]                  # one row framed
    qtbot.keyClick(view, Qt.Key.Key_Down)                  # it moves with the row
    qtbot.waitUntil(lambda: frame_at(2) == [True, True])
    assert frame_at(1) == [False, False]
    qtbot.keyClick(view, Qt.Key.Key_Escape)                # the keys to the matrix
    assert not view.hasFocus()
    qtbot.waitUntil(lambda: frame_at(2) == [False, False])
    mapping.focus_items()                                  # back: framed again
    qtbot.waitUntil(lambda: frame_at(2) == [True, True])
    qtbot.keyClick(view, Qt.Key.Key_Return)                # a note's editor, then a
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    matrix = mapping.matrix_view                           # a click on the matrix's cell
    qtbot.mouseClick(matrix.viewport(), Qt.MouseButton.LeftButton,
                     pos=matrix.visualRect(matrix.currentIndex()).center())
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    qtbot.wait(100)
    assert frame_at(2) == [False, False]
