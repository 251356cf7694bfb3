"""Presentation lists draw no row that their bottom edge cuts (at 1366 x 768
the typing warning shortened the method list and left half a line of text)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget

from app.gui.presentation_parts import WholeRowsDelegate


def _inked_rows(image, top: int, bottom: int) -> list[int]:
    """The lines y in [top, bottom) with any pixel other than the black background."""
    black = QColor("black").rgb()
    return [y for y in range(top, bottom)
            if any(image.pixel(x, y) != black for x in range(image.width()))]


def test_a_row_cut_by_the_bottom_edge_is_not_drawn(qtbot):
    methods = QListWidget()
    methods.setStyleSheet("QListWidget { background: black; color: white; border: none; "
                          "font-size: 24px; }")
    methods.setItemDelegate(WholeRowsDelegate(methods))
    for number in range(10):
        methods.addItem(f"● Används systematiskt   Metod {number}")
    qtbot.addWidget(methods)
    methods.show()
    qtbot.waitExposed(methods)
    row = methods.visualItemRect(methods.item(1)).top()     # one row's height
    methods.resize(500, int(row * 3.5))                     # three rows and a half
    qtbot.waitUntil(lambda: methods.viewport().height() < row * 4)
    image = methods.viewport().grab().toImage()
    assert _inked_rows(image, 2 * row, 3 * row)             # the third row is drawn
    assert _inked_rows(image, 3 * row, image.height()) == []  # the half row is not
    methods.scrollToBottom()                                # scrolled: the last is whole
    image = methods.viewport().grab().toImage()
    last = methods.visualItemRect(methods.item(9))
    assert last.bottom() < image.height() and _inked_rows(image, last.top(), last.bottom())
