"""The start page: shown without a workspace, built only then (a start on a
workspace, the usual one, spends nothing on it)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def test_a_window_without_a_workspace_shows_the_start_page(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.start_page
    assert len(window.start_page.findChildren(QPushButton)) == 4


def test_a_new_laptop_starts_its_copy_from_a_package_on_the_start_page(qtbot, window,
                                                                        monkeypatch):
    from app.gui import join_dialog

    asked = []
    monkeypatch.setattr(join_dialog, "choose_and_join", lambda w: asked.append(w))
    window.show()
    qtbot.waitExposed(window)
    button = next(b for b in window.start_page.findChildren(QPushButton)
                  if "synkpaket" in b.text())
    button.click()
    assert asked == [window]


def test_a_start_on_a_workspace_builds_no_start_page_until_it_is_closed(qtbot, settings,
                                                                         demo_copy):
    from app.gui.main_window import MainWindow

    window = MainWindow(settings)        # as run_gui starts: the workspace, then show
    qtbot.addWidget(window)
    assert window.open_path(demo_copy)
    window.show()
    qtbot.waitExposed(window)
    assert window._start_page is None
    assert window.stack.currentWidget() is window.views
    window.close_workspace()
    assert window.stack.currentWidget() is window.start_page
    assert window.start_page.isVisible()
    window.close()


def test_a_change_of_language_builds_the_start_page_anew_in_it(qtbot, window, monkeypatch):
    window.show()
    qtbot.waitExposed(window)
    old = window.start_page
    old_texts = [b.text() for b in old.findChildren(QPushButton)]
    monkeypatch.setattr(window, "tr", lambda text: "EN " + text)
    window.retranslate()
    assert window.start_page is not old
    assert window.stack.currentWidget() is window.start_page
    assert [b.text() for b in window.start_page.findChildren(QPushButton)] == [
        "EN " + text for text in old_texts]
