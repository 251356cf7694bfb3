"""The Qt binding itself must be sound: PySide6 6.12.0 decremented the reference
count of None on every call of a method returning void. On Python 3.11 None is
not immortal, so a long workshop session ended in a crash ("deallocating None").
pyproject.toml excludes that release; this test catches any release like it."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_void_calls_keep_the_reference_count_of_none(qapp):
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(500):
        edit.setText("x")      # void methods: each call returns None to Python
        edit.update()
        qapp.processEvents()
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"the Qt binding lost {lost} references to None in 1500 calls"
