"""The main window, restored from a larger screen, fits the screen it opens on
(the trial: 1919 × 1200 kept on a 1366 × 768 screen at 150 %, two matrix
columns and the methods' foot off the edges)."""

from __future__ import annotations

from PySide6.QtCore import QRect

from app.gui import screen_fit


def test_a_window_saved_on_a_big_screen_shrinks_onto_a_small_one(qtbot, settings, monkeypatch):
    from app.gui.main_window import MainWindow

    big = MainWindow(settings)
    qtbot.addWidget(big)
    big.setGeometry(300, 200, 1900, 1150)
    settings.set_geometry("geometry", big.saveGeometry())
    small = QRect(0, 0, 1366 * 2 // 3, 768 * 2 // 3)       # 1366 × 768 at 150 %
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: small)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.width() <= small.width() - screen_fit.FRAME_WIDTH
    assert window.height() <= small.height() - screen_fit.FRAME_HEIGHT
    assert small.contains(window.geometry().topLeft())
    assert window.geometry().right() <= small.right()
    assert window.geometry().bottom() <= small.bottom()


def test_a_window_that_fits_is_left_where_it_was(qtbot, settings, monkeypatch):
    from app.gui.main_window import MainWindow

    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.setGeometry(20, 30, 700, 500)   # within the offscreen 800 × 600
    settings.set_geometry("geometry", first.saveGeometry())
    monkeypatch.setattr(screen_fit, "available_geometry",
                        lambda _widget: QRect(0, 0, 1920, 1040))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (700, 500)
    assert (window.x(), window.y()) == (first.x(), first.y())


def test_a_first_start_on_a_laptop_screen_fits_it(qtbot, settings, monkeypatch):
    """No saved layout yet, a 1366 x 768 laptop: the default 1280 x 800 ran
    below the screen's edge (seen on a real X desktop), its status bar unseen."""
    from app.gui.main_window import MainWindow

    assert settings.geometry("geometry") is None
    laptop = QRect(0, 0, 1366, 768)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: laptop)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.height() <= laptop.height() - screen_fit.FRAME_HEIGHT
    assert window.width() == 1280                        # the default width fits
    roomy = QRect(0, 0, 1920, 1040)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: roomy)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1280, 800)


def test_a_first_start_on_a_small_screen_is_maximized(qtbot, settings, monkeypatch):
    """1280 × 800 shrunk onto a 1366 × 768 projector left a strip of desktop
    beside the window and cut the method list's Nivå column (trial): a first
    start there is maximized; on a roomy screen, and once the user has a
    layout of their own, the window is as it was."""
    from PySide6.QtCore import Qt

    from app.gui.main_window import MainWindow

    for area, maximized in ((QRect(0, 0, 1366, 728), True), (QRect(0, 0, 1280, 680), True),
                            (QRect(0, 0, 1920, 1040), False)):
        monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget, a=area: a)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        assert window.first_start
        assert screen_fit.maximize_on_small_screen(window) == maximized
        assert bool(window.windowState() & Qt.WindowState.WindowMaximized) == maximized
    settings.set_geometry("geometry", window.saveGeometry())
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert not again.first_start


def test_the_status_bar_is_there_before_the_first_message(window):
    """Made by the first message, the status bar took the method list's last
    pixels and pushed its Nivå column out of sight (re-trial: the first Ctrl+Z
    after a start showed a tip about room instead of "Inget att ångra.")."""
    from PySide6.QtWidgets import QStatusBar

    bar = window.findChild(QStatusBar)
    assert bar is not None and bar.isVisible()
