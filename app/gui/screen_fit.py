"""Dialogs that fit the screen they open on.

A dialog asks for the size it would like; on a small screen or at a large
scaling (1366 × 768 at 150 % leaves about 512 pixels of height, at 200 % 384)
it gets no more than the screen's free area (without the task bar) minus room
for the window frame, so its buttons are never below the screen. Its content
must be able to shrink to that (a scroll area, small minimums).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window frame the system draws around the dialog (title bar,
# borders), in device-independent pixels: it scales with the screen as they do.
FRAME_WIDTH, FRAME_HEIGHT = 16, 48
# A first start on a screen no larger than this (a 1366 × 768 laptop or
# projector, 1920 × 1080 at 150 %) is maximized: the default 1280 × 800,
# shrunk to fit, left a strip of desktop beside it and cut the method list's
# last column (new-user trial).
SMALL_SCREEN = (1440, 900)


def available_geometry(widget: QWidget) -> QRect:
    """The free area of the screen the widget opens on: its parent's, else its own."""
    parent = widget.parentWidget()
    screen = ((parent.window().screen() if parent is not None else None) or widget.screen()
              or QGuiApplication.primaryScreen())
    return screen.availableGeometry()


def fit_to_screen(dialog: QWidget, width: int, height: int,
                  available: QRect | None = None) -> tuple[int, int]:
    """Resize `dialog` to width × height, or smaller where the screen is smaller;
    returns the size given."""
    area = available if available is not None else available_geometry(dialog)
    size = (min(width, max(200, area.width() - FRAME_WIDTH)),
            min(height, max(150, area.height() - FRAME_HEIGHT)))
    dialog.resize(*size)
    return size


def keep_on_screen(window: QWidget) -> None:
    """A window restored from a larger screen (a laptop at 1920 × 1080 last
    time, a projector at 1366 × 768 at 150 % now) shrinks to this screen's free
    area and moves onto it, instead of running off its edges."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_geometry(window)
    wanted = (window.width(), window.height())
    width, height = fit_to_screen(window, *wanted, area)
    x = min(max(window.x(), area.left()), area.right() + 1 - width - FRAME_WIDTH)
    y = min(max(window.y(), area.top()), area.bottom() + 1 - height - FRAME_HEIGHT)
    # Shrunk to the screen, it is placed too: a window manager's own placement
    # (cascaded, below the panel) would still put its foot off the edge.
    if (width, height) != wanted or (x, y) != (window.x(), window.y()):
        window.move(max(x, area.left()), max(y, area.top()))


def maximize_on_small_screen(window: QWidget) -> bool:
    """Maximize `window` (before it is shown) when its screen is small;
    returns whether it did."""
    area = available_geometry(window)
    if area.width() > SMALL_SCREEN[0] and area.height() > SMALL_SCREEN[1]:
        return False
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True
