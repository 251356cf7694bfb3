"""The shapes every form in the app uses for choices: a drop-down for one, a
list of check boxes for several (organisations of a team, cells of the matrix)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

from app.gui.labels import tr_label


def choice_combo(choices: dict, current=None, none: str | None = None) -> QComboBox:
    """{key: Swedish label} as a combo box (labels through the translator), with
    the current key selected, and an optional first entry `none` for None.

    Keys are matched in Python, so tuples work too (Qt's findData cannot compare them).
    """
    combo = QComboBox()
    keys: list = []
    if none is not None:
        combo.addItem(none, None)
        keys.append(None)
    for key, label in choices.items():
        combo.addItem(tr_label(label) if isinstance(label, str) else str(label), key)
        keys.append(key)
    combo.setCurrentIndex(keys.index(current) if current in keys else 0)
    return combo


def check_list(entries, chosen, accessible_name: str) -> QListWidget:
    """A list of check boxes: entries are (text, key) or (text, key, tooltip);
    those whose key is in `chosen` start checked. Read it with checked_keys()."""
    widget = QListWidget()
    widget.setAccessibleName(accessible_name)
    chosen = set(chosen)
    for text, key, *tooltip in entries:
        entry = QListWidgetItem(text)
        entry.setData(Qt.ItemDataRole.UserRole, key)
        if tooltip:
            entry.setToolTip(tooltip[0])
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        widget.addItem(entry)
    SpaceChecks(widget)
    return widget


class SpaceChecks(QObject):
    """Space in a list of check boxes checks or unchecks the current entry, also
    right after typing the start of a name to get there ("Lu", Space, "Bo",
    Space checks Luleå and Boden). Qt toggled it but kept the typed letters, so
    "Bo" searched for "LuBo", stayed on Luleå, and the next Space unchecked it:
    nothing was checked. The typed search starts afresh after each Space."""

    def __init__(self, widget: QListWidget) -> None:
        super().__init__(widget)
        self._list = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self._list and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Space \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            item = self._list.currentItem()
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable \
                    and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked
                                   else Qt.CheckState.Checked)
            current = self._list.currentRow()
            self._list.keyboardSearch("")          # the typed letters forgotten …
            self._list.setCurrentRow(current)      # … where the user is
            return True
        return super().eventFilter(watched, event)


def checked_keys(widget: QListWidget) -> list:
    """The keys of the checked entries, in list order (tuples stay tuples)."""
    keys = []
    for i in range(widget.count()):
        if widget.item(i).checkState() == Qt.CheckState.Checked:
            key = widget.item(i).data(Qt.ItemDataRole.UserRole)
            keys.append(tuple(key) if isinstance(key, list) else key)
    return keys


def matrix_cells(ws) -> list[tuple[str, tuple[str, str], str]]:
    """Every cell of the matrix as a check_list entry: short text, (row, column)
    ids, the full headings as tooltip."""
    return [(f"{tr_label(row.title)} – {tr_label(column.short or column.title)}",
             (row.id, column.id), f"{tr_label(row.title)} – {tr_label(column.title)}")
            for row in ws.rows() for column in ws.columns()]
