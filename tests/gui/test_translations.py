"""Languages: a complete, current English translation; English really shown;
pseudo-localisation; numbers follow the language."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "vardflata_en.ts"
QM = ROOT / "resources" / "vardflata_en.qm"


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


def test_ts_is_up_to_date_with_the_source(translation_tool):
    """Fails when a GUI string was added or changed without rerunning
    `python tools/update_translations.py`."""
    tool = translation_tool
    for path, text in tool.generated().items():   # tr_wrapped.py, core_errors.py
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is out of date"
    fresh_dir = Path(tool.tempfile.mkdtemp())
    fresh = fresh_dir / "fresh.ts"
    tool.lupdate(fresh)
    missing = tool.source_strings(fresh) - tool.source_strings(TS)
    assert not missing, f"Not in {TS.name}: {sorted(missing)[:10]}"


def test_qm_is_compiled_from_the_ts(translation_tool, tmp_path):
    tool = translation_tool
    compiled = tmp_path / "check.qm"
    subprocess.run([tool.qt_tool("lrelease"), "-silent", str(TS), "-qm", str(compiled)],
                   check=True)
    assert QM.read_bytes() == compiled.read_bytes(), "run tools/update_translations.py"


def test_english_ui_shows_english(language, demo_window):
    from PySide6.QtCore import QLocale

    from app.gui.language import format_number

    language("en")
    window = demo_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"] and "&Help" in menus
    assert window.views.tabText(0) == "Ma&pping"
    assert window.tree_dock.windowTitle() == "Organisations"
    assert "of" in window.mapping.matrix_model.index(0, 0).data()
    assert window.mapping.legend.text().startswith("Colour:")
    assert QLocale().name() == "en_GB" and format_number(3.5) == "3.5"
    from app.gui.improvement_models import _number

    assert _number(0.8) == "0.8"          # the data grid too, not a hard-coded comma
    window.close()


def test_swedish_is_the_default_with_decimal_comma(language, demo_window):
    from app.gui.language import format_number

    language("sv")
    window = demo_window()
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


def test_pseudo_localisation_lengthens_every_string(language, demo_window):
    from PySide6.QtCore import QCoreApplication

    language("sv", pseudo=True)
    window = demo_window()
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
    assert window.statusBar().currentMessage() in ("Språket är bytt.",
                                                   "The language has been changed.")


def test_language_changes_at_once_and_keeps_the_work(qtbot, language, settings, demo_window,
                                                     monkeypatch):
    """Inställningar → Språk → English: the whole window is English at once; the
    workspace, organisation, cell, tab and undo history are as they were."""
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QToolBar

    from app.gui.items_model import COL_STATUS
    from app.gui.org_tree import SCOPE_ROLE

    language("sv")
    monkeypatch.delenv("VARDFLATA_LANGUAGE")    # the menu's choice decides
    settings.set_language("sv")
    window = demo_window()
    ws = window.ws
    model = window.tree_model
    kiruna = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, "Kiruna", 1,
                         Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    window.tree.setCurrentIndex(kiruna)
    row, column = ws.rows()[2], ws.columns()[1]
    window.mapping.select_cell(row.id, column.id)
    items = window.mapping.items_model
    items.setData(items.index(0, COL_STATUS), "planned")
    assert window.undo_stack.count() == 1
    window.mapping.select_item(items.item_at(1).id, COL_STATUS)
    method = items.item_at(1).id
    improvement = window.improvement               # built, and following the workspace
    measure = window.ws.measures()[0]
    improvement.select(measure.id)
    improvement.pages.setCurrentIndex(1)
    window.views.setCurrentIndex(1)

    english = [a for a in window.language_menu.actions() if a.data() == "en"][0]
    english.trigger()

    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"] and "&Settings" in menus
    assert window.views.tabText(0) == "Ma&pping"
    assert window.tree_dock.windowTitle() == "Organisations"
    assert window.presentation_toolbar.actions()[0].text() == "&Presentation mode"
    assert QLocale().name() == "en_GB" and settings.language == "en"
    assert window.ws is ws and ws.units()     # the same workspace, still open
    assert window.current_scope() == kiruna.data(SCOPE_ROLE)
    assert window.mapping.current_cell() == (row.id, column.id)
    assert window.views.currentIndex() == 1
    current = window.mapping.items_view.currentIndex()
    assert (window.mapping.items_model.item_at(current.row()).id, current.column()) == (
        method, COL_STATUS)
    assert window.improvement.selected()[1] == measure.id
    assert window.improvement.pages.currentIndex() == 1
    assert window.findings.title.text().startswith("Improvement areas")
    # The core's choice tables too (listed for translation by the tool).
    assert window.improvement.chart.chart_combo.itemText(0) == "Run chart"
    assert window.undo_stack.count() == 1
    # Only one set of menus and one toolbar (the old ones are gone).
    assert len([a for a in window.menuBar().actions() if a.text() == "&File"]) == 1
    qtbot.waitUntil(lambda: len(window.findChildren(QToolBar)) == 1)
    # The old views are deleted now; a change reaches only the views that exist.
    window.undo_stack.undo()
    qtbot.wait(10)
    assert ws.assessment(window.current_scope(), items.item_at(0).id).status != "planned"

    svenska = [a for a in window.language_menu.actions() if a.data() == "sv"][0]
    svenska.trigger()
    assert window.views.tabText(0) == "&Kartläggning"
    assert [a.text() for a in window.menuBar().actions()][0] == "&Arkiv"
    window.close()


def _core_progress_messages() -> set[str]:
    """Every fixed progress text the core passes to a progress callback."""
    import ast
    from pathlib import Path

    import app

    root = Path(app.__file__).parent
    found = set()
    for path in [*root.glob("core/*.py"), root / "sync.py"]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in {"progress", "_progress", "_step", "report"}:
                found |= {a.value for a in node.args
                          if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_every_core_progress_message_is_shown_in_english(language):
    """The core speaks Swedish; the dialogs translate what they list. A new
    progress message the dialogs do not list would show in Swedish."""
    from app.gui.report_dialog import progress_text
    from app.gui.sync_dialog import sync_progress_text

    messages = _core_progress_messages()
    assert {"Sätter sidorna …", "Läser och kontrollerar paketet"} <= messages
    language("en")
    untranslated = {m for m in messages
                    if progress_text(m) == m and sync_progress_text(m) == m}
    assert not untranslated, f"list these in the report or sync dialog: {untranslated}"


def test_undo_history_follows_a_change_of_language(language, demo_window, qtbot, settings,
                                                   monkeypatch):
    """The Edit menu names the last change in the language now chosen, and an
    undo after the switch still brings its record into view (the views are
    built anew on a switch; the history stays)."""
    language("sv")
    monkeypatch.delenv("VARDFLATA_LANGUAGE")    # the menu's choice decides
    settings.set_language("sv")
    window = demo_window()
    window.views.setCurrentWidget(window.improvement)
    view = window.improvement
    measure = next(m for m in window.ws.measures() if m.kind != "proportion")
    view.select(measure.id)
    qtbot.waitUntil(lambda: view.measure_id == measure.id)
    period = view.data_model.period(1)
    view.data_model.setData(view.data_model.index(1, 1), "42")
    assert window.undo_stack.undoText() == f"Mätvärde {period}"
    english = [a for a in window.language_menu.actions() if a.data() == "en"][0]
    english.trigger()
    assert window.undo_stack.undoText() == f"Data point {period}"
    window.views.setCurrentIndex(0)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: window.views.currentWidget() is window.improvement
                    and window.improvement.measure_id == measure.id)
    assert window.statusBar().currentMessage() == f"Undone: Data point {period}"
