"""The mapping matrix whole on the screens of a meeting room: a 1024 × 768
projector (a maximised window of about 1024 × 700), 1280 × 720, and 1366 × 768
at 125 %, with the organisation tree beside it, in Swedish and English.

The trial: at 1024 × 700 the fifth column and the last row were out of view
(columns of at least 120 px, rows of 64 px), and a cell's symbols were cut to
"…". Every cell must lie inside the viewport with its text whole, and the type
must stay readable (at least MatrixView.MIN_POINT)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui.layout_check import cells_cut, clipped
from app.gui.matrix_view import MatrixView

SIZES = [(1024, 700), (1024, 768), (1280, 720)]


def settle() -> None:
    """Let the posted layout requests run (no waiting on a clock)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def present_overview(window):
    """Presentation mode at 1024 x 768, on its first page (the overview)."""
    from app.gui import presentation

    presentation.enter(window)
    window.showNormal()
    window.resize(1024, 768)
    view = window.presentation
    view.position = 0
    view.render()
    settle()
    return view


def show(qtbot, window, select_unit, size, scope):
    window.resize(*size)
    if scope is not None:
        select_unit(window, scope)
    mapping = window.mapping
    mapping.select_cell(window.ws.rows()[-1].id, window.ws.columns()[-1].id)  # the far corner
    settle()
    assert window.tree_dock.isVisible()              # beside the tree, as in the trial
    assert (window.width(), window.height()) == size
    return mapping


def whole(matrix) -> list[str]:
    """What is wrong with the matrix as shown (an empty list when all is whole)."""
    found = cells_cut(matrix)
    for bar in (matrix.horizontalScrollBar(), matrix.verticalScrollBar()):
        if bar.maximum() > 0:
            found.append(f"{bar.orientation().name} scrolls by {bar.maximum()} px")
    if matrix.point_size() < MatrixView.MIN_POINT:
        found.append(f"type of {matrix.point_size()} pt")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scope", ["Kiruna", None], ids=["organisation", "county"])
@pytest.mark.parametrize("code", ["sv", "en"])
def test_the_whole_matrix_shows_beside_the_tree(qtbot, language, demo_window, select_unit,
                                                 size, scope, code):
    language(code)
    window = demo_window()
    mapping = show(qtbot, window, select_unit, size, scope)
    matrix = mapping.matrix_view
    assert whole(matrix) == []
    viewport = matrix.viewport().rect()
    for row in range(4):
        for column in range(5):
            assert viewport.contains(matrix.visualRect(matrix.model().index(row, column)))
    # The heads too: no head cut, no label cut, in either language.
    assert clipped(mapping) == []


def test_the_type_steps_down_only_as_far_as_the_room_needs(qtbot, opened, select_unit):
    """Full size where there is room; smaller, never below the minimum, where not."""
    mapping = show(qtbot, opened, select_unit, (1600, 1000), "Kiruna")
    matrix = mapping.matrix_view
    full = matrix.font().pointSizeF()
    assert matrix.point_size() == full and whole(matrix) == []
    opened.resize(1024, 700)
    settle()
    assert MatrixView.MIN_POINT <= matrix.point_size() <= full and whole(matrix) == []
    opened.resize(1600, 1000)
    settle()
    assert matrix.point_size() == full


def test_a_splitter_pulled_up_leaves_the_matrix_whole(qtbot, opened, select_unit):
    """The matrix's minimum is what its smallest type needs: dragging the methods
    up as far as the splitter goes still shows every cell whole."""
    mapping = show(qtbot, opened, select_unit, (1024, 700), "Kiruna")
    splitter = mapping.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([0, total])
    settle()
    assert whole(mapping.matrix_view) == []
    assert splitter.sizes()[1] > 0                   # the methods keep what is left


@pytest.mark.parametrize("size", [(1024, 700), (960, 540)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_another_scope_refits_the_matrix_at_once(qtbot, opened, select_unit, size):
    """The county's cells say less than an organisation's: each is fitted anew,
    and a matrix that now needs more height takes it from the methods at once
    (200 % on 1920 x 1080: the last row was out of view until the splitter
    next laid itself out)."""
    mapping = show(qtbot, opened, select_unit, size, None)
    assert whole(mapping.matrix_view) == []
    select_unit(opened, "Kiruna")                     # no settling: at once
    assert whole(mapping.matrix_view) == []
    opened.tree.setCurrentIndex(opened.tree_model.index(0, 0))
    assert whole(mapping.matrix_view) == []


def test_the_focus_ring_never_covers_a_cells_text(qtbot, opened, select_unit):
    """The ring is drawn inside the cell's edge: every cell's text, laid out
    inside the ring, fits there (it used to run under the ring's yellow)."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    mapping = show(qtbot, opened, select_unit, (1024, 700), "Kiruna")
    matrix = mapping.matrix_view
    delegate = matrix.itemDelegate()
    ring = delegate.RING
    assert ring >= 6                               # the ring's two pens are 7 px wide
    for row in range(4):
        for column in range(5):
            index = matrix.model().index(row, column)
            inner = QStyleOptionViewItem()
            matrix.initViewItemOption(inner)
            inner.rect = matrix.visualRect(index).adjusted(ring, ring, -ring, -ring)
            text = QStyledItemDelegate.sizeHint(delegate, inner, index)
            assert text.width() <= inner.rect.width(), index.data()
            assert text.height() <= inner.rect.height(), index.data()


_SCALED = """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from app.gui.layout_check import cells_cut, clipped
    model = w.tree_model
    w.tree.setCurrentIndex(model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole,
                                       "Kiruna", 1, Qt.MatchFlag.MatchExactly
                                       | Qt.MatchFlag.MatchRecursive)[0])
    w.mapping.select_cell(w.ws.rows()[-1].id, w.ws.columns()[-1].id)
    w.resize(width, height)
    QTest.qWait(50)
    m = w.mapping.matrix_view
    print(json.dumps({"cut": cells_cut(m), "clipped": clipped(w.mapping),
                      "tree": w.tree_dock.isVisible(), "point": m.point_size(),
                      "scrolls": [m.horizontalScrollBar().maximum(),
                                  m.verticalScrollBar().maximum()]}))
"""


@pytest.mark.parametrize("code", ["sv", "en"])
def test_the_whole_matrix_shows_at_125_percent(window_process, code):
    """1366 × 768 at 125 %: 1093 × 614 logical pixels for the window."""
    found = window_process(_SCALED, 1093, 614, scale="1.25", language=code)
    assert found["tree"]
    assert found["cut"] == [] and found["clipped"] == []
    assert found["scrolls"] == [0, 0]
    assert found["point"] >= MatrixView.MIN_POINT


@pytest.mark.parametrize("code", ["sv", "en"])
def test_the_presentation_overview_is_whole_on_a_1024_projector(qtbot, language, demo_window,
                                                                 select_unit, code):
    from app.gui import presentation

    language(code)
    window = demo_window()
    for scope in ("Kiruna", None):
        if scope:
            select_unit(window, scope)
        else:
            window.tree.setCurrentIndex(window.tree_model.index(0, 0))
        view = present_overview(window)
        assert view.pages.currentWidget() is view.overview
        assert cells_cut(view.overview) == []
        assert clipped(view) == []
        presentation.leave(window)
        settle()


@pytest.mark.parametrize("code", ["sv", "en"])
def test_the_zoomed_presentation_overview_stays_whole(qtbot, language, demo_window,
                                                      select_unit, code):
    """Ctrl + makes the type larger for the back of the room; at 1024 x 768 the
    overview's cells were cut to "…" and its heads cut from 1.15 on. Now its
    type follows the zoom as far as the matrix stays whole."""
    from app.gui import presentation

    language(code)
    window = demo_window()
    select_unit(window, "Kiruna")
    view = present_overview(window)
    full = view.overview.font().pixelSize()
    for _ in range(4):                                 # up to 1.5
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        settle()
        assert cells_cut(view.overview) == [] and clipped(view) == []
        assert view.overview.font().pixelSize() >= 12     # never below readable
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert view.overview.font().pixelSize() == full    # back to the unzoomed size
    presentation.leave(window)


def test_typing_a_key_still_reaches_the_matrix(qtbot, opened, select_unit):
    """Fitting changes sizes only: the arrows still move through all 20 cells."""
    mapping = show(qtbot, opened, select_unit, (1024, 700), "Kiruna")
    matrix = mapping.matrix_view
    matrix.setFocus()
    matrix.setCurrentIndex(matrix.model().index(0, 0))
    for _ in range(4):
        qtbot.keyClick(matrix, Qt.Key.Key_Right)
    for _ in range(3):
        qtbot.keyClick(matrix, Qt.Key.Key_Down)
    assert (matrix.currentIndex().row(), matrix.currentIndex().column()) == (3, 4)
    assert whole(matrix) == []


def test_the_fit_measures_cells_as_the_delegate_does(demo_window, select_unit):
    """The fit asks the style for each cell's size straight from its text (a few
    hundred cells at start-up); that must be exactly the delegate's sizeHint,
    or a cell could be drawn cut. Checked for the county and an organisation,
    narrow and wide columns, full-size and smallest type."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = demo_window()
    view = window.mapping.matrix_view
    model, ring = view.model(), view._ring
    checked = 0
    for scope in (None, "Kiruna"):
        if scope:
            select_unit(window, scope)
        for width in (60, 120, 220):
            for point in (view.font().pointSizeF(), view.MIN_POINT):
                option = QStyleOptionViewItem()
                view.initViewItemOption(option)
                option.rect = QRect(0, 0, width, 1000)
                font = QFont(option.font)
                font.setPointSizeF(point)
                metrics = QFontMetrics(font)
                was, ring.point_size = ring.point_size, point
                try:
                    for r in range(model.rowCount()):
                        for c in range(model.columnCount()):
                            index = model.index(r, c)
                            assert "\n" in index.data()       # the line break counts too
                            assert ring.text_size(option, index.data(), point, metrics) == \
                                ring.sizeHint(option, index), (width, point, index.data())
                            checked += 1
                finally:
                    ring.point_size = was
    assert checked == 2 * 3 * 2 * 20
