"""The user interface's language: Swedish first, English second, and a
pseudo-language that lengthens every string to check that layouts hold.

The choice is a setting; on the first start it follows the system locale.
VARDFLATA_LANGUAGE=sv|en overrides it for one run (screenshots, tests) and
VARDFLATA_PSEUDO=1 switches pseudo-localisation on.

The pseudo-language is a developer's tool: Inställningar offers it only when
VARDFLATA_DEV=1 is set (workshop trial: users met it in the menu), and only
then is its saved setting honoured, so nobody is left in it without the menu
to switch it off. VARDFLATA_PSEUDO=1 works either way.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

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


def developer_mode() -> bool:
    """VARDFLATA_DEV=1: the developers' tools (the pseudo-language) are offered."""
    return os.environ.get("VARDFLATA_DEV", "") == "1"


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
    pseudo_on = os.environ.get("VARDFLATA_PSEUDO", "") not in ("", "0") or (
        settings is not None and settings.pseudo_localisation and developer_mode())
    qm = pseudo_qm(language) if pseudo_on else resource_dir() / f"vardflata_{language}.qm"
    if language != "sv" or pseudo_on:
        own = QTranslator(app)
        if qm is None or not own.load(str(qm)):
            own = None
    # Qt's own dialogs ("Avbryt", "Öppna", …): qtbase_xx holds them; the wheel's
    # qt_sv.qm is only an empty umbrella for modules it does not ship.
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(
            QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if own is not None:
        app.installTranslator(own)
        _installed.append(own)
    return language


def pseudo_qm(language: str) -> Path | None:
    """A .qm in which every string of the .ts is lengthened, compiled with lrelease
    into the temp folder (strings missing from the .ts stay short, which shows
    them up too). A plain .qm: no Python code runs inside Qt's lookups."""
    import subprocess
    import tempfile
    import xml.etree.ElementTree as ET

    import PySide6

    from app.core.resources import resource_dir

    ts = resource_dir() / "vardflata_en.ts"
    target = Path(tempfile.gettempdir()) / f"vardflata-pseudo-{language}.qm"
    if target.exists() and target.stat().st_mtime >= ts.stat().st_mtime:
        return target
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        text = translation.text if language == "en" and translation.text else \
            message.findtext("source")
        translation.text = pseudo(text or "")
        translation.attrib.pop("type", None)
    source = target.with_suffix(".ts")
    tree.write(source, encoding="utf-8", xml_declaration=True)
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    try:
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)],
                       check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return target


def current_language() -> str:
    """The language the user interface runs in ("sv" or "en"), as `install` set
    the default QLocale: for words drawn outside Qt, such as a chart's."""
    return "en" if QLocale().language() == QLocale.Language.English else DEFAULT


def format_number(value: float, decimals: int = 1) -> str:
    """Decimal comma in Swedish, point in English (the chosen QLocale)."""
    return QLocale().toString(float(value), "f", decimals)


def with_percent(number: str) -> str:
    """A per cent figure as the language writes it: "80 %" in Swedish, "80%"
    in English (as the charts do)."""
    return number + ("%" if current_language() == "en" else " %")


def localise_decimal(text: str) -> str:
    """A number written with a point, with the chosen language's decimal sign."""
    return text.replace(".", QLocale().decimalPoint())


def install_menu(window) -> None:
    """Inställningar → Språk (applies at once) and, for developers only
    (VARDFLATA_DEV=1), the pseudo-language switch."""
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
    window.language_menu = language_menu
    if not developer_mode():
        return
    pseudo_action = QAction(_tr("&Pseudospråk (långa texter, för att pröva layouten)"), window)
    pseudo_action.setCheckable(True)
    pseudo_action.setChecked(window.settings.pseudo_localisation)
    pseudo_action.toggled.connect(lambda on: _set_pseudo(window, on))
    menu.addAction(pseudo_action)


def _choose(window, language: str) -> None:
    if language == window.settings.language:
        return
    window.settings.set_language(language)
    _apply(window)


def _set_pseudo(window, on: bool) -> None:
    window.settings.set_pseudo_localisation(on)
    _apply(window)


def _apply(window) -> None:
    """The new language at once: translators and locale swapped, the window's
    texts rebuilt (MainWindow.retranslate), nothing else touched."""
    from PySide6.QtWidgets import QApplication

    install(QApplication.instance(), window.settings)
    window.retranslate()
    window.statusBar().showMessage(_tr("Språket är bytt."), 5000)
