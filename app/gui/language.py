"""The user interface's language: Swedish first, English second, and a
pseudo-language that lengthens every string to check that layouts hold.

The choice is a setting; on the first start it follows the system locale.
VARDFLATA_LANGUAGE=sv|en overrides it for one run (screenshots, tests) and
VARDFLATA_PSEUDO=1 switches pseudo-localisation on.
"""

from __future__ import annotations

import math
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup

LANGUAGES = {"sv": "Svenska", "en": "English"}   # each in its own language
_MENU_NAMES = {"sv": "&Svenska", "en": "&English"}
DEFAULT = "sv"
_installed: list[QTranslator] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def system_language() -> str:
    """English for an English or other foreign locale; Swedish for Swedish, the
    Nordic languages and an unset ("C") locale."""
    locale = QLocale.system()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return DEFAULT
    code = locale.name().split("_")[0]
    if code in LANGUAGES:
        return code
    return DEFAULT if code in ("nb", "nn", "no", "da", "fi", "se", "smj", "sma") else "en"


def chosen_language(settings) -> str:
    """The override, else the setting, else (first start) the system's, remembered."""
    override = os.environ.get("VARDFLATA_LANGUAGE", "")
    if override in LANGUAGES:
        return override
    language = settings.language if settings is not None else ""
    if language not in LANGUAGES:
        language = system_language()
        if settings is not None:
            settings.set_language(language)
    return language


def locale_for(language: str) -> QLocale:
    return QLocale("en_GB" if language == "en" else "sv_SE")


class PseudoTranslator(QTranslator):
    """Makes every string ~40 % longer (and bracketed, to spot unwrapped
    strings), keeping %1 placeholders and & mnemonics working."""

    def __init__(self, inner: QTranslator | None, parent=None) -> None:
        super().__init__(parent)
        self._inner = inner

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        text = ""
        if self._inner is not None:
            text = self._inner.translate(context, source, disambiguation, n) or ""
        return pseudo(text or source)

    def isEmpty(self) -> bool:
        return False


def pseudo(text: str) -> str:
    if not text:
        return text
    padding = "·" * max(2, math.ceil(len(text) * 0.4))
    return f"⟦{text} {padding}⟧"


def install(app, settings=None) -> str:
    """Install the translators for the chosen language; returns it."""
    from app.core.resources import resource_dir

    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = chosen_language(settings)
    QLocale.setDefault(locale_for(language))
    own = None
    if language != "sv":
        own = QTranslator(app)
        if not own.load(str(resource_dir() / f"vardflata_{language}.qm")):
            own = None
    qt_own = QTranslator(app)   # Qt's own dialogs: "Avbryt", "Öppna", …
    if qt_own.load(f"qt_{language}", QLibraryInfo.path(
            QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    pseudo_on = os.environ.get("VARDFLATA_PSEUDO", "") not in ("", "0") or (
        settings is not None and settings.pseudo_localisation)
    if pseudo_on:
        own = PseudoTranslator(own, app)
    if own is not None:
        app.installTranslator(own)
        _installed.append(own)
    return language


def format_number(value: float, decimals: int = 1) -> str:
    """Decimal comma in Swedish, point in English (the chosen QLocale)."""
    return QLocale().toString(float(value), "f", decimals)


def install_menu(window) -> None:
    """Inställningar → Språk (restart to apply) and the pseudo-language switch."""
    from PySide6.QtWidgets import QMenu

    menu = QMenu(_tr("&Inställningar"), window)
    bar_actions = window.menuBar().actions()
    if bar_actions:   # before Hjälp, which is last by convention
        window.menuBar().insertMenu(bar_actions[-1], menu)
    else:
        window.menuBar().addMenu(menu)
    language_menu = menu.addMenu(_tr("&Språk"))
    group = QActionGroup(window)
    current = window.settings.language or DEFAULT
    for code in LANGUAGES:
        action = QAction(_MENU_NAMES[code], window)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(lambda _=False, c=code: _choose(window, c))
        group.addAction(action)
        language_menu.addAction(action)
    pseudo_action = QAction(_tr("&Pseudospråk (långa texter, för att pröva layouten)"), window)
    pseudo_action.setCheckable(True)
    pseudo_action.setChecked(window.settings.pseudo_localisation)
    pseudo_action.toggled.connect(lambda on: _set_pseudo(window, on))
    menu.addAction(pseudo_action)
    window.language_menu = language_menu


def _choose(window, language: str) -> None:
    if language == window.settings.language:
        return
    window.settings.set_language(language)
    _restart_notice(window)


def _set_pseudo(window, on: bool) -> None:
    window.settings.set_pseudo_localisation(on)
    _restart_notice(window)


def _restart_notice(window) -> None:
    window.statusBar().showMessage(_tr(
        "Ändringen gäller när Vårdfläta startas om."),
        15000)
