"""After Inställningar → Språk → English, every form of the improvement work, the
findings and the sync conflicts speaks English: labels, buttons, placeholders,
column heads, titles. Only the user's data (organisation names, the demo's
texts) stays Swedish. Also: the findings table's cells, and the report
dialog's progress messages and the errors of the facade, which come Swedish
from the Qt-free core."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

# Letters and words that English text never has (checked per word, case as written).
SWEDISH = re.compile(
    r"[åäöÅÄÖ]|\b(?:och|att|som|för|med|av|inte|ingen|inget|eller|ett|Spara|Avbryt|Namn|"
    r"Typ|Fält|Från|Post|Rubrik|Beskrivning|Rutor|Gäller|dagar|valfritt|t\.ex|kopia)\b")
ALLOWED = ("Vårdfläta",)
SHOTS = Path(__file__).resolve().parents[2] / "shots"


@pytest.fixture()
def english_window(qapp, settings, demo_window, monkeypatch):
    """The demo open in Swedish, then switched to English from the menu, as a user
    would: the translators are swapped in the running window."""
    from app.gui import language as lang
    from app.gui.application import make_application

    make_application()
    monkeypatch.delenv("VARDFLATA_LANGUAGE", raising=False)   # the menu's choice decides
    monkeypatch.setenv("VARDFLATA_PSEUDO", "0")
    settings.set_language("sv")
    lang.install(qapp)
    window = demo_window()
    english = [a for a in window.language_menu.actions() if a.data() == "en"][0]
    english.trigger()
    assert window.views.tabText(0) == "Ma&pping"
    yield window
    window.close()
    settings.set_language("sv")
    monkeypatch.setenv("VARDFLATA_LANGUAGE", "sv")
    lang.install(qapp)


def user_data(ws) -> list[str]:
    """Names and titles the user typed (Swedish data, not UI), longest first."""
    found = {ws.name, *(u.name for u in ws.units(include_retired=True)),
             *(a.name for a in ws.areas(include_retired=True)),
             *(f.title for f in ws.findings()), *(c.title for c in ws.change_ideas()),
             *ws.copy_names().values()}
    for team in ws.teams():
        found |= {team.name, *(a.title for a in ws.aims(team.id)),
                  *(m.name for m in ws.measures(team.id)),
                  *(d.title for d in ws.deviations(team.id))}
    return sorted((s for s in found if s), key=len, reverse=True)


def static_texts(dialog) -> list[tuple[str, str]]:
    """(what, text) of everything the form itself says, not what the user typed."""
    from PySide6.QtWidgets import (
        QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget,
        QPlainTextEdit, QTableView, QWidget,
    )

    texts = [("window title", dialog.windowTitle())]
    texts += [("label", w.text()) for w in dialog.findChildren(QLabel)]
    texts += [("button", w.text()) for w in dialog.findChildren(QAbstractButton)]
    texts += [("placeholder", w.placeholderText())
              for w in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit)]
    texts += [("group", w.title()) for w in dialog.findChildren(QGroupBox)]
    texts += [("choice", w.itemText(i)) for w in dialog.findChildren(QComboBox)
              for i in range(w.count())]
    texts += [("list entry", w.item(i).text()) for w in dialog.findChildren(QListWidget)
              for i in range(w.count())]
    texts += [("list tooltip", w.item(i).toolTip()) for w in dialog.findChildren(QListWidget)
              for i in range(w.count())]
    for table in dialog.findChildren(QTableView):
        model = table.model()
        texts += [("column head", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                  for c in range(model.columnCount())]
    texts += [("accessible name", w.accessibleName()) for w in dialog.findChildren(QWidget)]
    return texts


def swedish_left(dialog, data: list[str]) -> list[str]:
    problems = []
    for what, text in static_texts(dialog):
        for known in (*data, *ALLOWED):
            text = text.replace(known, "")
        if SWEDISH.search(text.replace("&", "")):
            problems.append(f"{type(dialog).__name__} {dialog.windowTitle()!r}: "
                            f"{what} {text!r}")
    return problems


def test_every_form_is_english_after_switching(english_window, qtbot, monkeypatch):
    from app.core.sync_conflicts import Conflict
    from app.gui.conflicts_view import ConflictsDialog
    from app.gui.findings_view import FindingDialog
    from app.gui.improvement_dialogs import (
        aim_dialog, deviation_dialog, idea_dialog, measure_dialog, progress_dialog,
        team_dialog,
    )

    window = english_window
    ws = window.ws
    view = window.improvement
    panel = view.follow_up
    team = next(t for t in ws.teams() if ws.aims(t.id) and ws.deviations(t.id))
    aim, measure = ws.aims(team.id)[0], ws.measures(team.id)[0]
    deviation, idea, finding = ws.deviations(team.id)[0], ws.change_ideas()[0], ws.findings()[0]
    cell = (ws.rows()[0].id, ws.columns()[0].id)
    dialogs = [
        team_dialog(ws, None, view), team_dialog(ws, team, view),
        aim_dialog(None, view), aim_dialog(aim, view),
        measure_dialog(ws, team.id, None, view), measure_dialog(ws, team.id, measure, view),
        progress_dialog("2026-03", 2.0, panel),
        idea_dialog(ws, None, view), idea_dialog(ws, idea, view),
        deviation_dialog(ws, team.id, None, panel), deviation_dialog(ws, team.id, deviation, panel),
        FindingDialog(ws, None, scope=None, cell=cell, parent=window.findings),
        FindingDialog(ws, finding, scope=None, cell=None, parent=window.findings),
        ConflictsDialog(window),                                  # none to review
    ]
    unit, item = ws.units()[0], ws.items()[0]
    other = "f" * 32
    conflicts = [
        Conflict("assessments", "a" * 32, "status", "partly", "planned", (2, other),
                 (1, ws.replica_id), f"{unit.name}: {item.title}", clock_ahead=True),
        Conflict("findings", finding.id, "deleted", 1, 0, (2, ws.replica_id), (1, other),
                 finding.title),
        Conflict("findings", finding.id, "cells", '[["r", "c"], ["r", "d"]]', "", (2, other),
                 (1, ws.replica_id), finding.title),
    ]
    monkeypatch.setattr(type(ws), "conflicts", lambda self: conflicts)
    with_conflicts = ConflictsDialog(window)
    dialogs.append(with_conflicts)

    data = user_data(ws) + [item.title]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        problems += swedish_left(dialog, data)
    assert not problems, "Swedish in the English UI:\n" + "\n".join(problems)

    # The rows of conflicts themselves: the core's names of tables, fields and values.
    table = with_conflicts.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    assert rows[0][0].startswith("Assessment: ") and rows[0][1] == "Status"
    assert rows[0][2].startswith("Partly used") and "clock" in rows[0][2]
    assert rows[0][4] == "Planned" and rows[0][5] == "this copy"
    assert rows[1][:3] == [f"Improvement area: {finding.title}", "Deleted", "Deleted"]
    assert rows[1][3] == "this copy" and rows[1][5] == "copy ffffffff"
    assert rows[2][1:3] == ["Matrix cells", "2 matrix cells"] and rows[2][4] == "(empty)"
    assert with_conflicts.count_label.text() == "3 unresolved conflicts"
    assert dialogs[-2].count_label.text() == "No unresolved conflicts"
    assert [table.horizontalHeaderItem(c).text() for c in range(6)] == [
        "Record", "Field", "The value that applies", "From", "The other value", "From"]
    for dialog in dialogs:
        dialog.close()


def test_measure_form_labels_and_date_placeholders(english_window, qtbot):
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    from app.gui.improvement_dialogs import aim_dialog, measure_dialog, progress_dialog

    window = english_window
    ws = window.ws
    team = ws.teams()[0]
    measure = measure_dialog(ws, team.id, None, window.improvement)
    qtbot.addWidget(measure)
    labels = [measure.form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text()
              for r in range(measure.form.rowCount())
              if measure.form.itemAt(r, QFormLayout.ItemRole.LabelRole) is not None]
    for expected in ("&Type of measure:", "&Value:", "&Direction:", "&Frequency:"):
        assert expected in labels
    assert measure.windowTitle() == "New measure"
    aim = aim_dialog(None, window.improvement)
    progress = progress_dialog("2026-03", 2.0, window.improvement.follow_up)
    for dialog in (aim, progress):
        qtbot.addWidget(dialog)
    placeholders = {e.placeholderText() for d in (aim, progress)
                    for e in d.findChildren(QLineEdit)}
    assert {"YYYY-MM-DD", "YYYY-MM"} <= placeholders
    assert progress.windowTitle() == "The team's progress"


def test_findings_table_names_the_cells_as_the_matrix_does(english_window):
    from app.gui.findings_view import COL_CELLS

    window = english_window
    model = window.findings.model
    model.show(None)
    assert model.rowCount() > 0
    shown = [model.index(r, COL_CELLS).data() for r in range(model.rowCount())]
    assert all(shown)
    assert not [text for text in shown if SWEDISH.search(text)], shown
    assert any("Assessment/documentation – " in text or "Follow-up/evaluation – " in text
               for text in shown), shown


def test_report_progress_is_shown_in_english(english_window, tmp_path):
    """The core's progress messages of a real report and CSV export, all translated."""
    from app.core.csv_export import export_csv
    from app.core.reports import make_report
    from app.gui.report_dialog import ReportDialog, progress_text

    ws = english_window.ws
    seen: list[str] = []
    unit = next(u for u in ws.units() if ws.teams() and any(
        u.id in t.unit_ids for t in ws.teams()))
    make_report(ws, tmp_path / "unit.pdf", "unit", unit.id,
                progress=lambda _f, text: seen.append(text))
    make_report(ws, tmp_path / "cycles.pdf", "cycles", None,
                progress=lambda _f, text: seen.append(text))
    export_csv(ws, tmp_path / "csv", progress=lambda _f, text: seen.append(text))
    assert "Sätter sidorna …" in seen and any(t.startswith("Diagram: ") for t in seen)
    untranslated = sorted({t for t in seen if progress_text(t) == t})
    assert not untranslated, f"Progress messages without English: {untranslated}"
    assert progress_text("Sätter sidorna …") == "Laying out the pages …"
    dialog = ReportDialog(english_window, "county")
    dialog._progress(0.5, "Samlar kartläggningen …")
    assert dialog.status.text() == "Gathering the mapping …"
    assert dialog.bar.value() == 500
    dialog.close()


def other_name(result) -> str:
    """The sender's name (user data, may be Swedish) of an import's result."""
    return getattr(result, "sender_name", "") or ""


def test_sync_progress_is_shown_in_english(english_window, tmp_path):
    """The core's progress messages of a real import and folder sync, all translated."""
    from app.gui.sync_dialog import sync_progress_text
    from app.workspace import Workspace

    ws = english_window.ws
    other_path = tmp_path / "other.vardflata"
    package = tmp_path / "all.vardsync"
    ws.export_package(package, full=True)
    seen: list[str] = []
    with Workspace.join(other_path, package) as other:
        unit, item = other.units()[0], other.items()[0]
        other.set_assessment(unit.id, item.id, note="Från den andra datorn")
        back = tmp_path / "back.vardsync"
        other.export_package(back)
        folder = tmp_path / "folder"
        folder.mkdir()
        other.sync_folder(folder, progress=lambda text, _f: seen.append(text))
    imported = ws.import_package(back, progress=lambda text, _f: seen.append(text))
    synced = ws.sync_folder(folder, progress=lambda text, _f: seen.append(text))
    from app.gui.sync_dialog import result_summary

    for result in (imported, synced):        # and the summary afterwards
        summary = result_summary(result)
        assert summary and not SWEDISH.search(summary.replace(other_name(result), "")), summary
    assert "Letar efter konflikter" in seen and any(t.startswith("Läser ") for t in seen)
    untranslated = sorted({t for t in seen if sync_progress_text(t) == t})
    assert not untranslated, f"Progress messages without English: {untranslated}"


# -- the core's error messages -----------------------------------------------------

def _no_swedish(text: str, parts: list[str]) -> str:
    for known in (*parts, *ALLOWED):
        text = text.replace(known, "")
    return text if SWEDISH.search(text) else ""


def test_core_errors_are_said_in_english(english_window, tmp_path):
    """Real errors of the core, raised through the facade: its Swedish sentences,
    and the Swedish labels filled into them, in English; names as they are."""
    from app.gui.core_messages import error_text
    from app.workspace import Workspace, WorkspaceError

    ws = english_window.ws
    team = ws.teams()[0]
    measure = next(m for m in ws.measures() if m.kind == "proportion")
    not_a_package = tmp_path / "protokoll-möte.vardsync"
    not_a_package.write_text("Protokoll från mötet", encoding="utf-8")
    notes = tmp_path / "anteckningar.txt"
    notes.write_text("inte ett paket", encoding="utf-8")
    missing = tmp_path / "saknas.vardflata"
    attempts = {   # what to do: (what the English must mention)
        lambda: ws.add_team("  "): ["The team's name must not be empty."],
        lambda: ws.set_data_point(measure.id, "2031-01", numerator=1, denominator=0):
            ["The denominator must be greater than 0."],
        lambda: ws.set_data_point(measure.id, "2031-01", denominator="abc"):
            ["The denominator must be a number", "abc"],
        lambda: ws.set_data_point(measure.id, "mars 2031", value=1): ["YYYY-MM", "mars 2031"],
        lambda: ws.update_measure(measure.id, chart="pie"): ["Chart: unknown value", "pie"],
        lambda: ws.update_team(team.id, sessions=[("Vår", "i maj")]):
            ["The learning session's date must be written YYYY-MM-DD", "i maj"],
        lambda: ws.import_package(not_a_package): [not_a_package.name, "not a"],
        lambda: ws.export_package(notes): [notes.name, "already exists"],
        lambda: ws.set_copy_name(""): ["The copy's name must not be empty."],
        lambda: Workspace.open(missing): [str(missing), "does not exist"],
    }
    problems = []
    for attempt, expected in attempts.items():
        with pytest.raises(WorkspaceError) as raised:
            attempt()
        shown = error_text(raised.value)
        if shown == str(raised.value) or not all(part in shown for part in expected) \
                or _no_swedish(shown, expected):
            problems.append(f"{str(raised.value)!r} -> {shown!r}")
    assert not problems, "Core errors not in English:\n" + "\n".join(problems)


def _answer_message_box(qtbot, shot: str, seen: list) -> None:
    """Read, photograph and close the message box the next modal call opens."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, look)
            return
        box = boxes[0]
        seen.append((box.windowTitle(), box.text()))
        SHOTS.mkdir(exist_ok=True)
        box.grab().save(str(SHOTS / shot))
        box.accept()

    QTimer.singleShot(0, look)


def test_a_rejected_value_is_explained_in_english(english_window, qtbot):
    """Typing 0 into a proportion's denominator: the window's error dialog speaks English."""
    window = english_window
    view = window.improvement
    window.views.setCurrentWidget(view)
    measure = next(m for m in window.ws.measures() if m.kind == "proportion")
    view.select(measure.id)
    qtbot.waitUntil(lambda: view.measure_id == measure.id)
    model = view.data_model
    row = model.rowCount() - 1
    seen: list = []
    _answer_message_box(qtbot, "err-denominator-en.png", seen)
    model.setData(model.index(row, 2), "0")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("The change could not be saved", "The denominator must be greater than 0.")]
    assert window.ws.data_point(measure.id, model.period(row)) is None
    assert window.undo_stack.count() == 0


def test_the_sync_dialog_refuses_a_foreign_file_in_english(english_window, qtbot, tmp_path):
    from app.gui.sync_dialog import open_sync

    window = english_window
    foreign = tmp_path / "protokoll.vardsync"
    foreign.write_text("Protokoll från mötet", encoding="utf-8")
    dialog = open_sync(window, package=foreign)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert dialog.summary_text.text() == (
        "Nothing was changed. The file protokoll.vardsync is not a Vårdfläta sync package.")
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "err-sync-foreign-file-en.png"))
    dialog.close()
