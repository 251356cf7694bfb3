"""A drop-down of choices: the one shape every form in the app uses."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

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
