"""Inställningar offers the pseudo-language (long texts, to test layouts) only to
developers, VARDFLATA_DEV=1 (workshop trial: ordinary users met it in the menu)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app.gui import language as lang

PSEUDO_ENTRY = "&Pseudospråk (långa texter, för att pröva layouten)"


@pytest.fixture()
def build(qtbot, settings):
    """build(): a main window made now, after the test has set the environment."""
    from app.gui.application import make_application
    from app.gui.main_window import MainWindow

    make_application()
    made = []

    def make():
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def settings_entries(window) -> list[str]:
    menu = window.language_menu.parentWidget()
    assert menu.title() == "&Inställningar"
    return [a.text() for a in menu.actions()]


def test_users_are_not_offered_the_pseudo_language(monkeypatch, build):
    monkeypatch.delenv("VARDFLATA_DEV", raising=False)
    window = build()
    assert settings_entries(window) == ["&Språk"]
    window.retranslate()                               # a change of language builds it again
    assert settings_entries(window) == ["&Språk"]


@pytest.mark.parametrize("value", ["0", "", "yes"])
def test_only_dev_1_counts(monkeypatch, build, value):
    monkeypatch.setenv("VARDFLATA_DEV", value)
    assert PSEUDO_ENTRY not in settings_entries(build())


def test_developers_are_offered_it_and_it_is_saved(monkeypatch, build):
    monkeypatch.setenv("VARDFLATA_DEV", "1")
    monkeypatch.setattr(lang, "_apply", lambda window: None)    # no language switch here
    window = build()
    assert settings_entries(window) == ["&Språk", PSEUDO_ENTRY]
    menu = window.language_menu.parentWidget()
    [entry] = [a for a in menu.actions() if a.text() == PSEUDO_ENTRY]
    assert entry.isCheckable() and not entry.isChecked()
    entry.trigger()
    assert window.settings.pseudo_localisation


def test_a_saved_pseudo_language_needs_developer_mode(monkeypatch, language, qapp, settings):
    """A user who switched it on before it was hidden is not left in it without
    the menu to switch it off; a developer gets it back."""
    language("sv")                           # VARDFLATA_PSEUDO=0; Swedish again after
    settings.set_pseudo_localisation(True)

    def entry() -> str:
        return QCoreApplication.translate("Language", "&Språk")

    monkeypatch.delenv("VARDFLATA_DEV", raising=False)
    lang.install(qapp, settings)
    assert entry() == "&Språk"
    monkeypatch.setenv("VARDFLATA_DEV", "1")
    lang.install(qapp, settings)
    assert entry().startswith("⟦&Språk")
