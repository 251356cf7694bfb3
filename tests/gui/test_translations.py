"""Languages: a complete, current English translation; English really shown;
pseudo-localisation; numbers follow the language."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "vardflata_en.ts"
QM = ROOT / "resources" / "vardflata_en.qm"


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages():
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_string_has_a_finished_english_translation():
    problems = []
    for context, message in _messages():
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (
                translation.text or "").strip():
            problems.append(f"{context}: {message.findtext('source')!r}")
    assert not problems, "Untranslated or unfinished:\n" + "\n".join(problems)


def test_translations_keep_placeholders_and_one_mnemonic():
    for context, message in _messages():
        source, text = message.findtext("source"), message.findtext("translation")
        if (message.findtext("comment") and context == "") or not text:
            continue   # never looked up / reported by the test above
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source
        assert len(re.findall(r"&(?!&)", text)) == len(re.findall(r"&(?!&)", source)), source


def test_ts_is_up_to_date_with_the_source():
    """Fails when a GUI string was added or changed without rerunning
    `python tools/update_translations.py`."""
    tool = _tool()
    assert tool.WRAPPED.read_text(encoding="utf-8") == tool.wrapped_module(), \
        "app/gui/tr_wrapped.py is out of date"
    fresh_dir = Path(tool.tempfile.mkdtemp())
    fresh = fresh_dir / "fresh.ts"
    tool.lupdate(fresh)
    missing = tool.source_strings(fresh) - tool.source_strings(TS)
    assert not missing, f"Not in {TS.name}: {sorted(missing)[:10]}"


def test_qm_is_compiled_from_the_ts(tmp_path):
    tool = _tool()
    compiled = tmp_path / "check.qm"
    subprocess.run([tool.qt_tool("lrelease"), "-silent", str(TS), "-qm", str(compiled)],
                   check=True)
    assert QM.read_bytes() == compiled.read_bytes(), "run tools/update_translations.py"


@pytest.fixture()
def language(monkeypatch, qapp):
    """language('en') installs that language for one test, Swedish again after."""
    from app.gui import language as lang
    from app.gui.application import make_application

    make_application()

    def use(code: str, pseudo: bool = False) -> None:
        monkeypatch.setenv("VARDFLATA_LANGUAGE", code)
        monkeypatch.setenv("VARDFLATA_PSEUDO", "1" if pseudo else "0")
        lang.install(qapp)

    yield use
    monkeypatch.setenv("VARDFLATA_LANGUAGE", "sv")
    monkeypatch.setenv("VARDFLATA_PSEUDO", "0")
    lang.install(qapp)


def _open(qtbot, settings, demo_file, tmp_path):
    import shutil

    from app.gui.main_window import MainWindow

    path = tmp_path / "demo.vardflata"
    shutil.copy(demo_file, path)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_path(path)
    return window


def test_english_ui_shows_english(qtbot, language, settings, demo_file, tmp_path):
    from PySide6.QtCore import QLocale

    from app.gui.language import format_number

    language("en")
    window = _open(qtbot, settings, demo_file, tmp_path)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"] and "&Help" in menus
    assert window.views.tabText(0) == "&Mapping"
    assert window.tree_dock.windowTitle() == "Organisations"
    assert "of" in window.mapping.matrix_model.index(0, 0).data()
    assert window.mapping.legend.text().startswith("Colour:")
    assert QLocale().name() == "en_GB" and format_number(3.5) == "3.5"
    from app.gui.improvement_models import _number

    assert _number(0.8) == "0.8"          # the data grid too, not a hard-coded comma
    window.close()


def test_swedish_is_the_default_with_decimal_comma(qtbot, language, settings, demo_file,
                                                   tmp_path):
    from app.gui.language import format_number

    language("sv")
    window = _open(qtbot, settings, demo_file, tmp_path)
    assert window.views.tabText(0) == "&Kartläggning"
    assert format_number(3.5) == "3,5"
    from app.gui.improvement_models import _number

    assert _number(0.8) == "0,8"
    # Qt's own buttons too, not "Cancel" in a Swedish dialog.
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Avbryt"
    window.close()


def test_first_start_follows_the_system_locale(settings, monkeypatch):
    from app.gui import language as lang

    monkeypatch.delenv("VARDFLATA_LANGUAGE", raising=False)
    monkeypatch.setattr(lang, "system_language", lambda: "en")
    assert settings.language == ""
    assert lang.chosen_language(settings) == "en"
    assert settings.language == "en"            # remembered: the next start keeps it
    monkeypatch.setattr(lang, "system_language", lambda: "sv")
    assert lang.chosen_language(settings) == "en"
    settings.set_language("sv")
    assert lang.chosen_language(settings) == "sv"


def test_pseudo_localisation_lengthens_every_string(qtbot, language, settings, demo_file,
                                                    tmp_path):
    from PySide6.QtCore import QCoreApplication

    language("sv", pseudo=True)
    window = _open(qtbot, settings, demo_file, tmp_path)
    text = window.views.tabText(0)
    assert text.startswith("⟦&Kartläggning") and len(text) > len("&Kartläggning") * 1.3
    placeholder = QCoreApplication.translate("MatrixModel", "%1 av %2")
    assert "%1" in placeholder and "%2" in placeholder
    assert "⟦" in window.mapping.matrix_model.index(0, 0).data()
    window.close()


def test_language_menu_saves_the_choice(qtbot, window):
    actions = window.language_menu.actions()
    assert [a.text() for a in actions] == ["&Svenska", "&English"]
    english = actions[1]
    english.trigger()
    assert window.settings.language == "en"
    assert "startas om" in window.statusBar().currentMessage()
