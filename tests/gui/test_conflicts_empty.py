"""The conflicts list once every conflict is resolved (workshop trial: the empty
list shrank the record, field and copy columns to their headings, which looked
broken, and said nothing inside the list)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture()
def dialog(qtbot, conflicts_view):
    qtbot.waitExposed(conflicts_view)
    return conflicts_view


def widths(table) -> list[int]:
    header = table.horizontalHeader()
    return [header.sectionSize(c) for c in range(table.columnCount())]


def assert_sensible(table) -> None:
    sizes, room = widths(table), table.viewport().width()
    assert sum(sizes) <= room + 2                      # nothing cut off at the right
    assert min(sizes) >= room // 10, sizes             # no column a sliver
    assert sizes[0] >= max(sizes[2], sizes[4]), sizes  # the record keeps its share
    header = table.horizontalHeader()
    for column in range(table.columnCount()):         # every heading readable
        title = table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)


def test_the_empty_list_keeps_its_columns(qtbot, dialog):
    assert dialog.table.rowCount() == 1
    dialog.keep_button.click()
    assert dialog.table.rowCount() == 0
    assert_sensible(dialog.table)
    dialog.resize(800, 600)                            # and when the window is resized
    qtbot.waitUntil(lambda: dialog.table.viewport().width() < 800)
    assert_sensible(dialog.table)


def test_the_empty_list_says_there_is_nothing_left(qtbot, dialog):
    assert not dialog.empty_label.isVisible()
    dialog.other_button.click()
    label = dialog.empty_label
    assert label.isVisible() and label.text() == "Alla konflikter är lösta. Esc stänger fönstret."
    assert dialog.count_label.text() == "Inga olösta konflikter"     # not the same twice
    assert label.geometry() == dialog.table.viewport().rect()     # centred in the list
    dialog.reload()                                    # stays said, and nothing else
    assert label.isVisible() and dialog.table.rowCount() == 0
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)   # as it says
    assert not dialog.isVisible()


def test_a_copys_long_name_takes_room_a_short_value_does_not_need(qtbot, window, tmp_path):
    """New-user trial: "Piteå – Lenas bär…" was cut beside values with room to spare."""
    from gui_sync_helpers import shown_conflicts

    from app.workspace import Workspace

    with Workspace.create(tmp_path / "a.vardflata", name="Norrbotten") as a:
        a.export_package(tmp_path / "start.vardsync", full=True)
    name = "Piteå – samordnarens bärbara"
    with Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync") as b:
        b.set_copy_name(name)
        assert window.open_path(tmp_path / "a.vardflata")
        unit, item = window.ws.units()[0], window.ws.items()[0]
        window.ws.set_assessment(unit.id, item.id, note="Ja")
        b.set_assessment(unit.id, item.id, note="Nej")
        window.ws.import_package(b.export_package(tmp_path / "b.vardsync").path)
    view = shown_conflicts(qtbot, window, (1024, 600))
    table, column = view.table, view.COPY_KEPT
    assert table.item(0, column).text() == name
    assert table.horizontalHeader().sectionSize(column) >= \
        table.fontMetrics().horizontalAdvance(name)
    assert sum(widths(table)) <= table.viewport().width() + 2     # nothing cut at the right
    view.close()
