"""Accessibility: WCAG AA contrast of every colour pair we use, keyboard access
with names for assistive technology, and no clipped text at 100/150/200 %."""

from __future__ import annotations

import re
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView, QLineEdit,
    QPlainTextEdit, QTextEdit, QWidget,
)

from app.gui import theme
from app.gui.matrix_model import _HEAT, _UNMAPPED, text_colour
from app.gui.theme import AA_LARGE, AA_TEXT, contrast_ratio


def hex_of(colour) -> str:
    return colour.name()


# -- contrast ------------------------------------------------------------------


@pytest.mark.parametrize("background", [*_HEAT, _UNMAPPED], ids=hex_of)
def test_heat_map_text_meets_aa(background):
    assert contrast_ratio(hex_of(text_colour(background)), hex_of(background)) >= AA_TEXT


@pytest.mark.parametrize("background", [*_HEAT, _UNMAPPED], ids=hex_of)
def test_matrix_focus_ring_stands_out_on_every_heat_colour(background):
    best = max(contrast_ratio(theme.FOCUS_OUTER, hex_of(background)),
               contrast_ratio(theme.FOCUS_INNER, hex_of(background)))
    assert best >= AA_LARGE
    # …and the two rings against each other, so the ring is seen as one mark.
    assert contrast_ratio(theme.FOCUS_OUTER, theme.FOCUS_INNER) >= AA_LARGE


@pytest.mark.parametrize("name", sorted(theme.LIGHT_PAIRS))
def test_light_theme_pairs(name):
    foreground, background, minimum = theme.LIGHT_PAIRS[name]
    assert contrast_ratio(foreground, background) >= minimum


def test_presentation_theme_is_high_contrast():
    t = theme.PRESENTATION
    assert contrast_ratio(t["text"], t["background"]) >= 7          # AAA
    assert contrast_ratio(t["muted"], t["background"]) >= 7
    assert contrast_ratio(t["accent"], t["background"]) >= 7
    assert contrast_ratio(t["accent_text"], t["accent"]) >= 7
    assert contrast_ratio(t["text"], t["panel"]) >= 7
    assert contrast_ratio(t["focus"], t["panel"]) >= AA_LARGE
    for status, colour in theme.PRESENTATION_STATUS.items():
        assert contrast_ratio(colour, t["background"]) >= 7, status


def test_contrast_formula_matches_wcag_examples():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_status_is_never_colour_alone():
    from app.gui.labels import status_text
    from app.workspace import STATUSES

    symbols = {status_text(s).split(" ")[0] for s in STATUSES}
    assert len(symbols) == len(STATUSES)       # a distinct symbol for each status


# -- keyboard and names --------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&(?!&)(.)", text)
    return found.group(1).lower() if found else None


def test_every_menu_is_reachable_by_alt_and_a_unique_letter(window, demo_file, tmp_path):
    import shutil

    path = tmp_path / "demo.vardflata"
    shutil.copy(demo_file, path)
    window.open_path(path)
    letters = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    assert None not in letters
    assert len(set(letters)) == len(letters), letters
    assert window.act_present.shortcut().toString() == "F11"


def test_english_top_menus_have_unique_letters():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "vardflata_en.ts"
    english = {m.findtext("source"): m.findtext("translation")
               for m in ET.parse(ts).getroot().iter("message")}
    tops = ["&Arkiv", "&Redigera", "&Organisationer", "&Visa", "&Inställningar", "&Hjälp"]
    letters = [_mnemonic(english[t]) for t in tops]
    assert None not in letters and len(set(letters)) == len(letters), letters


_INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit,
           QAbstractSpinBox)


def _unreachable_or_unnamed(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, _INPUTS):
            continue
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue           # Qt's own parts of a view or spin box
        described = widget.accessibleName() or (
            isinstance(widget, QAbstractButton) and widget.text())
        if not described:
            problems.append(f"no accessible name: {type(widget).__name__}")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            problems.append(f"not reachable by Tab: {type(widget).__name__} {described}")
    return problems


def test_mapping_and_presentation_controls_have_names_and_take_focus(qtbot, window, demo_file,
                                                                     tmp_path):
    import shutil

    from app.gui import presentation

    path = tmp_path / "demo.vardflata"
    shutil.copy(demo_file, path)
    window.open_path(path)
    assert _unreachable_or_unnamed(window.mapping) == []
    assert window.tree.accessibleName()
    presentation.enter(window)
    view = window.presentation
    assert view.accessibleName() and view.focusPolicy() & Qt.FocusPolicy.TabFocus
    for named in (view.note, view.parking, view.methods, view.timer_label):
        assert named.accessibleName(), named
    presentation.leave(window)


def test_tab_moves_focus_between_tree_matrix_and_methods(qtbot, window, demo_file, tmp_path):
    import shutil

    path = tmp_path / "demo.vardflata"
    shutil.copy(demo_file, path)
    window.open_path(path)
    window.tree.setFocus()
    seen = set()
    for _ in range(12):
        from PySide6.QtWidgets import QApplication

        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    assert {window.tree, window.mapping.matrix_view, window.mapping.items_view} <= seen


def test_start_page_buttons_work_by_keyboard(qtbot, window):
    from PySide6.QtWidgets import QPushButton

    buttons = window.start_page.findChildren(QPushButton)
    assert buttons and all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert all(b.text() for b in buttons)


def _focus_pixels(widget) -> int:
    """How many pixels of the focus frame's colour the widget shows."""
    image = widget.grab().toImage()
    return sum(image.pixelColor(x, y).name() == theme.FOCUS
               for y in range(image.height()) for x in range(image.width()))


@pytest.mark.parametrize("kind", ["button", "line edit", "cell editor", "text edit",
                                  "spin box", "check box", "table item", "tree item",
                                  "list item", "empty table"])
def test_keyboard_focus_is_a_thick_dark_orange_frame(qtbot, kind):
    """The focused button, text field and item show a frame of theme.FOCUS
    (app.gui.style), 2-3 px thick all round; unfocused, none."""
    from PySide6.QtGui import QStandardItemModel, QStandardItem
    from PySide6.QtWidgets import (
        QCheckBox, QListView, QPushButton, QSpinBox, QTableView, QTreeView, QVBoxLayout,
    )

    from app.gui.application import make_application

    make_application()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    other = QPushButton("Annan")
    if kind == "button":
        widget = QPushButton("Öppna")
    elif kind == "line edit":
        widget = QLineEdit("Luleå")
    elif kind == "cell editor":          # what a table opens to type in: no frame
        widget = QLineEdit("12")
        widget.setFrame(False)
    elif kind == "text edit":
        widget = QPlainTextEdit("Anteckning")
    elif kind == "spin box":
        widget = QSpinBox()
    elif kind == "check box":
        widget = QCheckBox("Bara den valda rutan")
    elif kind == "empty table":        # no cell to frame: the table's frame shows it
        widget = QTableView()
        widget.setModel(QStandardItemModel(0, 2, widget))
    else:
        widget = {"table item": QTableView, "tree item": QTreeView,
                  "list item": QListView}[kind]()
        model = QStandardItemModel(2, 1, widget)
        for row in range(2):
            model.setItem(row, 0, QStandardItem(f"Metod {row}"))
        widget.setModel(model)
        widget.setCurrentIndex(model.index(0, 0))
    layout.addWidget(widget)
    layout.addWidget(other)
    qtbot.addWidget(holder)
    holder.resize(300, 200)
    holder.show()
    qtbot.waitExposed(holder)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    assert _focus_pixels(widget) == 0
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    # A frame round a 60 × 14 px field or more, at least 2 px thick.
    assert _focus_pixels(widget) >= 2 * 2 * (60 + 14)


def test_the_menu_bar_shows_where_the_keyboard_is_after_esc_out_of_a_menu(qtbot, window):
    """Alt+A opens Arkiv; Esc closes it and leaves the keyboard in the menu bar
    (a second Esc gives it back). Seen on a real X desktop: the platform style
    marked nothing then, so the focus was nowhere to be seen."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    bar = window.menuBar()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    assert _focus_pixels(bar) == 0                   # open: the menu shows where it is
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    qtbot.waitUntil(bar.hasFocus)
    arkiv = bar.actionGeometry(bar.activeAction())
    image = bar.grab().toImage()
    ring = sum(image.pixelColor(x, y).name() == theme.FOCUS
               for y in range(arkiv.top(), arkiv.bottom() + 1)
               for x in range(arkiv.left(), arkiv.right() + 1))
    assert ring >= 2 * 2 * arkiv.width()             # a frame round "Arkiv"
    QTest.keyClick(bar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not bar.hasFocus())
    assert _focus_pixels(bar) == 0


def test_a_disabled_button_looks_unlike_one_to_press_and_buttons_fit_their_label(qtbot):
    """Its border is lighter than an enabled button's; a short label makes a short
    button (the padding of app.gui.style, no minimum width)."""
    from PySide6.QtWidgets import QPushButton

    from app.gui.application import make_application

    make_application()
    enabled, disabled = QPushButton("Spara"), QPushButton("Spara")
    disabled.setEnabled(False)
    for button in (enabled, disabled):
        qtbot.addWidget(button)
        button.show()
        qtbot.waitExposed(button)

    def border_pixels(button) -> int:
        image = button.grab().toImage()
        return sum(image.pixelColor(x, y).name() == theme.BUTTON_BORDER
                   for y in range(image.height()) for x in range(image.width()))

    assert border_pixels(enabled) > 40 and border_pixels(disabled) == 0
    label = enabled.fontMetrics().horizontalAdvance("Spara")
    assert enabled.sizeHint().width() == label + 2 * (theme.BUTTON_PADDING[1] + 1)


# -- scaling -------------------------------------------------------------------------

_LAYOUT_SCRIPT = textwrap.dedent("""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from app.gui.layout_check import clipped
    from app.gui import presentation
    found = {"mapping_min_width": w.mapping.minimumSizeHint().width(), "clipped": []}
    model = w.tree_model
    for name in (None, "Kiruna"):
        index = model.index(0, 0) if name is None else model.match(
            model.index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
        w.tree.setCurrentIndex(index)
        w.mapping.select_cell(w.ws.rows()[1].id, w.ws.columns()[1].id)
        w.mapping.focus_items()
        QTest.qWait(30)
        for _ in range(50):     # a loaded machine: the window's relayout may take a while
            if not clipped(w.mapping):
                break
            QTest.qWait(20)
        found["clipped"] += [f"{name}: {c}" for c in clipped(w.mapping)]
    presentation.enter(w); w.showNormal(); w.resize(width, height)
    view = w.presentation
    for step in range(3):
        QTest.qWait(30)
        for _ in range(50):     # as above: the room's type is applied on the resize
            if not clipped(view):
                break
            QTest.qWait(20)
        found["clipped"] += [f"presentation {step}: {c}" for c in clipped(view)]
        view.step(1)
    found["presentation_size"] = [view.width(), view.height()]
    print(json.dumps(found))
    presentation.leave(w); w.close()
""")


@pytest.mark.parametrize("scale, width, height", [
    ("1", 1280, 800),       # 100 %
    ("1.5", 1280, 720),     # 150 % on a 1920 × 1080 screen
    ("2", 960, 540),        # 200 % on a 1920 × 1080 screen
], ids=["100%", "150%", "200%"])
@pytest.mark.parametrize("language", ["sv", "en", "pseudo"])
def test_no_clipped_text_when_scaled(window_process, scale, width, height, language):
    """"pseudo" is Swedish with every string ~40 % longer (pseudo-localisation)."""
    found = window_process(_LAYOUT_SCRIPT, width, height, scale=scale,
                           language=language.replace("pseudo", "sv"),
                           pseudo=language == "pseudo")
    assert found["clipped"] == []
    assert found["mapping_min_width"] <= width     # the mapping fits the screen
    assert found["presentation_size"] == [width, height]


def test_cells_that_print_the_same_per_cent_have_the_same_shade():
    """The shade follows the whole per cent the cell prints: 0.666 and 0.672 both
    say "67 %" and were two shades apart; every per cent has one shade, the
    shades rise with it, and 0 % and 100 % take the ends of the scale."""
    from app.gui.matrix_model import heat_colour

    for shown in range(101):
        shares = [s for s in ((shown - 0.49) / 100, shown / 100, (shown + 0.49) / 100)
                  if 0 <= s <= 1]
        assert len({heat_colour(s).name() for s in shares}) == 1, shown
    order = [_HEAT.index(heat_colour(p / 100)) for p in range(101)]
    assert order == sorted(order) and order[0] == 0 and order[-1] == len(_HEAT) - 1
    assert heat_colour(0.666).name() == heat_colour(0.672).name()


def test_titles_are_large_and_bold_and_views_read_at_eleven_points(qtbot, window, demo_copy):
    """app.gui.style, without a style sheet: the titles' type, 11 pt in the
    views, and their heads in the ordinary type (as the style sheet had it)."""
    from PySide6.QtWidgets import QApplication

    assert window.open_path(demo_copy)
    window.show()
    qtbot.waitExposed(window)
    mapping = window.mapping
    ordinary = QApplication.font().pointSizeF()
    for label, point in ((mapping.scope_label, 15), (mapping.cell_label, 12)):
        assert label.font().bold() and label.font().pointSizeF() == point
    for view in (mapping.matrix_view, mapping.items_view, window.tree):
        assert view.font().pointSizeF() == 11
    for head in (mapping.items_view.horizontalHeader(), mapping.matrix_view.verticalHeader(),
                 window.tree.header()):
        assert head.font().pointSizeF() == ordinary < 11
    assert QApplication.instance().styleSheet() == ""
