"""A scroll area's viewport made in Python, for the views built at start-up.

The first time Python is handed a widget whose most-derived type is plain
QWidget (as Qt's own viewport is), PySide creates every QWidget subclass it
knows to find the type: about 7 ms, once. A viewport made here is already
known, so viewport() costs nothing; see tests/benchmarks/bench_startup.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def own_viewport(view: QAbstractScrollArea) -> None:
    """Give view a viewport made in Python; call it first in __init__, before
    anything sets up the viewport (mouse tracking, attributes)."""
    view.setViewport(QWidget())
