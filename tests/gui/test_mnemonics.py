"""Alt+letter reaches one thing: no two visible menus, tabs, buttons or labelled
fields of a window (or a dialog) share their underlined letter, in either
language. A clash makes Alt+O open a menu instead of the tab the user meant."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar

_LETTER = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    found = _LETTER.search(text or "")
    return found.group(1).lower() if found else None


def clashes(root, menu_bar=None) -> dict[str, list[str]]:
    """The letters more than one visible thing under `root` uses."""
    used = defaultdict(list)
    texts = [a.text() for a in menu_bar.actions()] if menu_bar is not None else []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QGroupBox) \
            + root.findChildren(QLabel):
        if not widget.isVisible() or isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        texts.append(widget.title() if isinstance(widget, QGroupBox) else widget.text())
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count())]
    for text in texts:
        if _letter(text):
            used[_letter(text)].append(text)
    return {letter: found for letter, found in used.items() if len(found) > 1}


def _records(ws) -> dict[str, str]:
    """A team, an aim and a measure: what the improvement tab shows differs by the
    kind selected (a measure: its grid, chart options and split buttons)."""
    return {"team": ws.teams()[0].id, "aim": ws.aims()[0].id, "measure": ws.measures()[0].id}


@pytest.mark.parametrize("code", ["sv", "en"])
def test_no_two_things_share_an_alt_letter(language, demo_window, qtbot, code):
    """The window's menu bar and top-level tabs together with what each page
    shows: with a measure selected too, whose page has the chart options and
    "Dela här" (missed while only a team's page was looked at: Alt+H opened
    Hjälp, Alt+D the tab Förbättringsområden)."""
    language(code)
    window = demo_window()
    bar = window.menuBar()
    places = []
    for tab in range(window.views.count()):
        window.views.setCurrentIndex(tab)
        if window.views.currentWidget() is window.improvement:
            view, seen = window.improvement, False
            for kind, record_id in _records(window.ws).items():
                view.select(record_id)
                titles = [view.pages.tabText(i) for i in range(view.pages.count())]
                assert all(map(_letter, titles)), f"an inner tab without a letter: {titles}"
                for page in range(view.pages.count()):
                    view.pages.setCurrentIndex(page)
                    qtbot.wait(10)
                    places.append((f"tab {tab}, {kind}, page {page}", clashes(window, bar)))
                    seen = seen or view.chart.split_button.isVisible()
            assert seen, "the measure's page was never shown"
        else:
            qtbot.wait(10)
            places.append((f"tab {tab}", clashes(window, bar)))
    view = window.improvement
    view.select(window.ws.teams()[0].id)
    for name, open_dialog in (("new team", view.ask_team), ("new aim", view.ask_aim),
                              ("new measure", view.ask_measure),
                              ("quick cycle", view.ask_quick_cycle),
                              ("worksheet", lambda: view.open_cycle(window.ws.cycles()[0].id))):
        dialog = open_dialog()
        qtbot.waitUntil(dialog.isVisible)
        for page, _tabs in enumerate(_pages(dialog)):
            places.append((f"{name}, page {page}", clashes(dialog)))
        dialog.reject()
    found = [(where, found) for where, found in places if found]
    assert not found, found


def unlettered(root, skip=()) -> list[str]:
    """Visible check boxes, buttons and labelled fields under `root` that have no
    Alt letter (buttons whose text is in skip aside: Cancel has Esc)."""
    from PySide6.QtWidgets import QCheckBox, QPushButton

    found = []
    for widget in root.findChildren(QCheckBox) + root.findChildren(QPushButton) + \
            root.findChildren(QLabel):
        if not widget.isVisible() or widget.text() in skip or (
                isinstance(widget, QLabel) and (widget.buddy() is None or not widget.text())):
            continue
        if not _letter(widget.text()):
            found.append(widget.text())
    return found


@pytest.mark.parametrize("code", ["sv", "en"])
def test_the_report_dialog_gives_each_field_a_letter_of_its_own(language, demo_window,
                                                                 qtbot, code):
    """Every field and option of each kind of report has an Alt letter, none
    shared with another thing the kind shows, the privacy panel's buttons
    included (it may appear with any kind). Keyboard users missed them."""
    from app.gui.report_dialog import KINDS, open_report_dialog

    language(code)
    window = demo_window()
    dialog = open_report_dialog(window, "county")
    qtbot.waitUntil(dialog.isVisible)
    dialog.privacy.show()
    cancel = (dialog.cancel_button.text(),)       # Esc
    found, missing = [], []
    for kind in KINDS:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        QApplication.processEvents()
        if clashes(dialog):
            found.append((kind, clashes(dialog)))
        if unlettered(dialog, cancel):
            missing.append((kind, unlettered(dialog, cancel)))
    dialog.close()
    assert not found, found
    assert not missing, missing


def test_the_letter_checks_see_a_clash_and_a_missing_letter(demo_window, qtbot):
    """The checks above fail when two share a letter or one has none."""
    from app.gui.report_dialog import open_report_dialog

    window = demo_window()
    dialog = open_report_dialog(window, "county")
    qtbot.waitUntil(dialog.isVisible)
    assert not clashes(dialog) and not unlettered(dialog, (dialog.cancel_button.text(),))
    dialog.checks["charts"].setText("&Rapport i diagram")       # as "&Rapport:"
    assert "r" in clashes(dialog)
    dialog.checks["findings"].setText("Förbättringsområden")
    assert unlettered(dialog, (dialog.cancel_button.text(),)) == ["Förbättringsområden"]
    view = window.improvement
    view.pages.setTabText(3, "Fram&steg och avvikelser")         # as Förändring&sidéer
    window.views.setCurrentWidget(view)
    qtbot.wait(10)
    assert "s" in clashes(window, window.menuBar())
    dialog.close()


def _pages(dialog):
    """Each page of the dialog's tabs shown in turn (one turn without tabs).
    Only what is visible counts, so a dialog looked at on its first page only
    hides its other pages' clashes: the worksheet's Planera was, and in English
    Alt+U, Alt+P and Alt+C reached two things each on Göra and Agera."""
    from PySide6.QtWidgets import QTabWidget

    tab_widgets = [t for t in dialog.findChildren(QTabWidget) if t.isVisible()]
    if not tab_widgets:
        yield None
    for tabs in tab_widgets:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield tabs
        tabs.setCurrentIndex(0)


def test_the_worksheet_is_checked_on_every_page(demo_window, qtbot):
    """The check above sees the worksheet's four pages, not only the first."""
    window = demo_window()
    dialog = window.improvement.open_cycle(window.ws.cycles()[0].id)
    qtbot.waitUntil(dialog.isVisible)
    seen = [dialog.phase_tabs.currentWidget().objectName() for _ in _pages(dialog)]
    assert seen == ["planPage", "doPage", "studyPage", "actPage"]
    dialog.reject()


@pytest.mark.parametrize("code", ["sv", "en"])
def test_f1_lists_the_keys_and_every_listed_window_shortcut_exists(language, demo_window,
                                                                    qtbot, code):
    """Hjälp → Kortkommandon (F1): the page names the window's own shortcuts,
    and each of them is one a menu or the window really has (no drift)."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QDialog, QTextBrowser

    language(code)
    window = demo_window()
    window.act_shortcuts.trigger()
    dialog = next(d for d in window.findChildren(QDialog) if d.isVisible())
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "Ctrl+Shift+N" in text or "Ctrl+Skift+N" in text
    assert "F11" in text and "PgDn" in text
    have = {QKeySequence(k).toString() for a in window.findChildren(QAction)
            for k in a.shortcuts()}
    shift = "Skift" if code == "sv" else "Shift"
    for key in ("Ctrl+N", "Ctrl+O", "Ctrl+Z", "Ctrl+Y", "Ctrl+1", "Ctrl+2", "Ctrl+3",
                "Ctrl+Shift+1", "F1", "F2", "F11"):
        assert key.replace("Shift", shift) in text or key == "F1", key
        assert key in have, f"the page lists {key}, which no action has"
    dialog.close()


def menu_letter_faults(menu, where: str = "") -> list[str]:
    """Entries of a menu (and its submenus) without an Alt letter, or sharing one."""
    menu.aboutToShow.emit()                   # menus that fill or rename their entries
    faults, used = [], defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible() or not action.isEnabled():
            continue                          # a placeholder such as "(inga)"
        place = f"{where} → {action.text()}"
        if action.menu() is not None:
            faults += menu_letter_faults(action.menu(), place)
        letter = _letter(action.text())
        if letter is None:
            faults.append(f"no letter: {place}")
        else:
            used[letter].append(action.text())
    faults += [f"{where}: {texts} share &{letter}" for letter, texts in used.items()
               if len(texts) > 1]
    return faults


@pytest.mark.parametrize("code", ["sv", "en"])
def test_every_menu_entry_has_a_letter_of_its_own(language, demo_window, code):
    """A keyboard user opens Arkiv → Rapporter och export → Teamrapport with Alt+A, R, T.
    (Entries that list the user's own things, such as recent files, are numbered.)"""
    language(code)
    window = demo_window()
    faults = []
    for action in window.menuBar().actions():
        faults += menu_letter_faults(action.menu(), action.text())
    assert not faults, faults


def test_the_menu_check_sees_a_missing_letter_and_a_clash(demo_window):
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    for text in ("&Ett", "&Ena", "Inget"):
        menu.addAction(text)
    faults = menu_letter_faults(menu, "test")
    assert any("no letter" in f and "Inget" in f for f in faults)
    assert any("share &e" in f for f in faults)


def test_recent_files_are_numbered_and_show_an_ampersand(window, tmp_path):
    from app.workspace import Workspace

    path = tmp_path / "Vård & omsorg" / "plan.vardflata"
    path.parent.mkdir()
    Workspace.create(path).close()
    assert window.open_path(path)
    window.recent_menu.aboutToShow.emit()
    first = window.recent_menu.actions()[0]
    assert first.text() == f"&1 {str(path.resolve()).replace('&', '&&')}"
    assert first.data() == str(path.resolve())
