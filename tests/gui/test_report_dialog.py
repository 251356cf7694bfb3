"""The report dialog: menu entries, work off the GUI thread, cancel, privacy, CSV."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.gui.report_dialog import ReportDialog, open_pgsa_worksheet, open_report_dialog

# Screenshots for a person to look at: VARDFLATA_SHOTS=shots pytest tests/gui/...
SHOTS = Path(os.environ["VARDFLATA_SHOTS"]) if os.environ.get("VARDFLATA_SHOTS") else None
PNR = "811218-9876"


def make_dialog(window, kind, tmp_path) -> ReportDialog:
    dialog = open_report_dialog(window, kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    opened_urls = []
    dialog.open_file = opened_urls.append
    dialog.opened_urls = opened_urls
    target = tmp_path / ("ut" if kind == "csv" else f"{kind}.pdf")
    dialog.output.setText(str(target))
    return dialog


def shoot(widget, name: str) -> None:
    image = widget.grab()
    assert not image.isNull() and image.width() > 300
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        image.save(str(SHOTS / name))


def test_menu_has_the_five_entries(window, opened):
    texts = [a.text() for a in window.report_menu.actions()]
    for expected in ("&Länsrapport (PDF)…", "&Organisationsrapport (PDF)…",
                     "&Teamrapport (PDF)…", "&PGSA-blankett (PDF)…", "Exportera &CSV…"):
        assert expected in texts
    window.report_menu.aboutToShow.emit()
    assert all(a.isEnabled() for a in window.report_actions)


def test_a_pdf_no_program_can_open_is_said(qtbot, opened, tmp_path):
    """No PDF viewer on the machine (the trial's): "Klart" alone had left the
    user waiting for a PDF that never came."""
    dialog = make_dialog(opened, "cycles", tmp_path)
    dialog.open_file = lambda url: False                 # QDesktopServices found none
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert dialog.result_path.exists()
    assert "Klart" in dialog.status.text()
    assert "inget program som visar PDF-filer" in dialog.status.text()
    dialog.close()


def test_menu_entries_need_a_workspace(window):
    window.report_menu.aboutToShow.emit()
    assert not any(a.isEnabled() for a in window.report_actions)


def test_county_report_runs_off_the_gui_thread_and_opens_the_pdf(qtbot, opened, tmp_path):
    dialog = make_dialog(opened, "county", tmp_path)
    shoot(dialog, "report-dialog.png")
    seen = []
    dialog.bar.valueChanged.connect(seen.append)
    dialog.create_button.click()
    assert dialog.worker is not None          # the GUI thread returned at once
    assert not dialog.create_button.isEnabled() and dialog.bar.isVisible()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert dialog.result_path == tmp_path / "county.pdf"
    assert dialog.result_path.stat().st_size > 10000
    assert [u.toLocalFile() for u in dialog.opened_urls] == [str(tmp_path / "county.pdf")]
    assert dialog.opened_urls[0].isLocalFile()
    assert "Klart" in dialog.status.text()
    assert max(seen) >= 900                   # progress went (nearly) all the way
    assert dialog.create_button.isEnabled() and dialog.cancel_button.text() == "Stäng"
    shoot(dialog, "report-dialog-done.png")
    dialog.close()


def test_cancel_stops_the_worker_and_writes_nothing(qtbot, opened, tmp_path):
    dialog = make_dialog(opened, "county", tmp_path)
    dialog.create_button.click()
    shoot(dialog, "report-dialog-running.png")
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert "Avbröts" in dialog.status.text()
    assert not (tmp_path / "county.pdf").exists()
    assert not dialog.opened_urls
    dialog.close()


def kiruna_report_with_a_hit(qtbot, opened, tmp_path):
    """Kiruna's organisation report asked for, with a personnummer in one of its
    notes: the dialog, stopped by the privacy check."""
    ws = opened.ws
    kiruna = next(u for u in ws.units() if u.name == "Kiruna")
    ws.set_assessment(kiruna.id, ws.items()[0].id, note=f"Klient {PNR}")
    dialog = make_dialog(opened, "unit", tmp_path)
    dialog.scope.setCurrentIndex(dialog.scope.findData(kiruna.id))
    dialog.output.setText(str(tmp_path / "kiruna.pdf"))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
    return dialog


def test_privacy_hits_are_listed_then_confirmed(qtbot, opened, tmp_path):
    dialog = kiruna_report_with_a_hit(qtbot, opened, tmp_path)
    assert dialog.privacy.isVisible()
    assert dialog.hits.count() == 1
    assert "Kiruna" in dialog.hits.item(0).text() and "9876" not in dialog.hits.item(0).text()
    assert not (tmp_path / "kiruna.pdf").exists()
    shoot(dialog, "report-dialog-privacy.png")
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert (tmp_path / "kiruna.pdf").exists()
    assert not dialog.privacy.isVisible()
    dialog.close()


def test_create_anyway_allows_only_the_report_that_was_checked(qtbot, opened, tmp_path):
    """Hits shown for Kiruna's report, then the CSV export chosen (it holds every
    note): "Skapa ändå" must check the export's text first, not write it unchecked."""
    dialog = kiruna_report_with_a_hit(qtbot, opened, tmp_path)
    assert dialog.privacy.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("csv"))
    dialog.output.setText(str(tmp_path / "csv"))
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert not (tmp_path / "csv").exists()                  # checked, and stopped again
    assert dialog.privacy.isVisible() and dialog.hits.count() >= 1
    dialog.confirm_button.click()                           # now for the export's hits
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert (tmp_path / "csv" / "bedomningar.csv").exists()
    dialog.close()


def test_privacy_check_covers_only_the_chosen_report(qtbot, opened, tmp_path, create_report):
    """A number in Kiruna's note does not stop Luleå's report nor the blank form,
    but it stops the CSV export, which holds everything."""
    ws = opened.ws
    kiruna = next(u for u in ws.units() if u.name == "Kiruna")
    lulea = next(u for u in ws.units() if u.name == "Luleå")
    ws.set_assessment(kiruna.id, ws.items()[0].id, note=f"Klient {PNR}")
    dialog = make_dialog(opened, "unit", tmp_path)
    dialog.scope.setCurrentIndex(dialog.scope.findData(lulea.id))
    create_report(dialog, tmp_path / "lulea.pdf")
    assert not dialog.privacy.isVisible() and (tmp_path / "lulea.pdf").exists()
    dialog.close()
    dialog = make_dialog(opened, "cycles", tmp_path)
    dialog.blank.setChecked(True)
    dialog.output.setText(str(tmp_path / "cycles.pdf"))     # not the name suggested
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert not dialog.privacy.isVisible() and (tmp_path / "cycles.pdf").exists()
    dialog.close()
    dialog = make_dialog(opened, "csv", tmp_path)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert dialog.privacy.isVisible() and dialog.hits.count() == 1
    assert not (tmp_path / "ut").exists()
    dialog.close()


def test_characters_no_font_has_are_named_when_done(qtbot, opened, tmp_path, monkeypatch,
                                                      create_report):
    from app.core import report_fonts, report_pdf

    report_pdf.register_fonts()
    finder = report_fonts.FontFinder(report_pdf._Fonts.covered)
    monkeypatch.setattr(finder, "_system_candidates", lambda code: [])   # none on this computer
    monkeypatch.setattr(report_pdf._Fonts, "finder", finder)
    ws = opened.ws
    kiruna = next(u for u in ws.units() if u.name == "Kiruna")
    ws.set_assessment(kiruna.id, ws.items()[0].id, note="Möte 中文")
    dialog = make_dialog(opened, "unit", tmp_path)
    dialog.scope.setCurrentIndex(dialog.scope.findData(kiruna.id))
    create_report(dialog, tmp_path / "kiruna.pdf")
    assert (tmp_path / "kiruna.pdf").exists()
    status = dialog.status.text()
    assert status.startswith("Klart") and "中文" in status and "Kiruna" in status
    assert "typsnitt" in status and len(dialog.warnings) == 1
    shoot(dialog, "report-dialog-missing-glyphs.png")
    dialog.close()


def test_go_fix_shows_the_organisation(qtbot, opened, tmp_path):
    ws = opened.ws
    pajala = next(u for u in ws.units() if u.name == "Pajala")
    ws.add_finding("Ärende", description=f"Se {PNR}", unit_id=pajala.id)
    dialog = make_dialog(opened, "county", tmp_path)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
    assert dialog.hits.count() == 1
    dialog.fix_button.click()
    assert not dialog.isVisible()
    assert opened.current_scope() == pajala.id
    assert not (tmp_path / "county.pdf").exists()


def test_csv_export_to_a_folder(qtbot, opened, tmp_path):
    dialog = make_dialog(opened, "csv", tmp_path)
    assert not dialog.include.isVisible() and not dialog.open_when_done.isVisible()
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
    assert sorted(p.name for p in (tmp_path / "ut").iterdir()) == [
        "bedomningar.csv", "forbattringsomraden.csv", "matt_och_matvarden.csv",
        "pgsa_cykler.csv"]
    assert not dialog.opened_urls
    dialog.close()


def test_kind_changes_scope_and_options(opened, tmp_path):
    dialog = make_dialog(opened, "county", tmp_path)
    assert dialog.scope.itemText(0) == "Hela länet"
    assert dialog.checks["organisations"].isVisible()
    assert not dialog.checks["notes"].isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("unit"))
    assert dialog.scope.count() == len(opened.ws.units())
    assert dialog.checks["notes"].isVisible() and not dialog.checks["organisations"].isVisible()
    assert dialog.output.text().endswith(".pdf") and "organisationsrapport" in dialog.output.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("cycles"))
    assert dialog.blank.isVisible() and not dialog.include.isVisible()
    dialog.blank.setChecked(True)
    assert not dialog.scope.isEnabled()
    dialog.close()


def test_missing_folder_is_a_sentence_not_a_crash(opened, tmp_path):
    dialog = make_dialog(opened, "county", tmp_path)
    dialog.output.setText(str(tmp_path / "saknas" / "x.pdf"))
    dialog.create_button.click()
    assert dialog.worker is None
    assert "Mappen finns inte" in dialog.status.text()
    dialog.close()


def test_closing_the_dialog_while_working_stops_the_worker(qtbot, opened, tmp_path):
    from app.gui import report_worker

    dialog = make_dialog(opened, "county", tmp_path)
    dialog.create_button.click()
    worker = dialog.worker
    dialog.close()
    assert worker.isFinished()
    qtbot.waitUntil(lambda: worker not in report_worker._RUNNING)
    assert not (tmp_path / "county.pdf").exists()


def test_one_pgsa_cycle_on_its_own_page(qtbot, opened, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    dialog = make_dialog(opened, "cycles", tmp_path)
    cycle = opened.ws.cycles()[1]
    assert dialog.cycle.isVisible() and dialog.cycle.count() == len(opened.ws.cycles()) + 1
    dialog.cycle.setCurrentIndex(dialog.cycle.findData(cycle.id))
    assert not dialog.scope.isEnabled()
    dialog.output.setText(str(tmp_path / "cycles.pdf"))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
    reader = pypdf.PdfReader(str(tmp_path / "cycles.pdf"))
    assert len(reader.pages) == 1
    assert cycle.title.split()[0] in reader.pages[0].extract_text()
    shoot(dialog, "report-dialog-pgsa.png")
    dialog.close()


def test_open_pgsa_worksheet_preselects_the_cycle(opened):
    cycle = opened.ws.cycles()[0]
    dialog = open_pgsa_worksheet(opened, cycle.id)
    assert dialog.current_kind() == "cycles" and dialog.cycle.currentData() == cycle.id
    dialog.close()


def test_typing_a_personnummer_anywhere_warns_at_once(qtbot, window):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    line, notes = QLineEdit(window), QPlainTextEdit(window)
    for editor in (line, notes):
        editor.show()
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "Ring 811218-98")
    assert "personnummer" not in window.statusBar().currentMessage()
    qtbot.keyClicks(line, "76")
    message = window.statusBar().currentMessage()
    assert "personnummer" in message and "811218-****" in message and "9876" not in message
    window.statusBar().clearMessage()
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClicks(notes, "Anteckning 19121212-1212")
    assert "personnummer" in window.statusBar().currentMessage()


def _find_hits(qtbot, window, tmp_path, kind="county", scope=None):
    dialog = make_dialog(window, kind, tmp_path)
    if scope is not None:
        dialog.scope.setCurrentIndex(dialog.scope.findData(scope))
        dialog.output.setText(str(tmp_path / f"{kind}.pdf"))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    return dialog


def test_go_fix_lands_on_the_method_and_the_note(qtbot, opened, tmp_path):
    from app.gui.items_model import COL_NOTE

    ws = opened.ws
    kiruna = next(u for u in ws.units() if u.name == "Kiruna")
    laro = next(i for i in ws.items() if "LARO" in i.title)
    ws.set_assessment(kiruna.id, laro.id, note="Ring 19121212-1212")
    dialog = _find_hits(qtbot, opened, tmp_path, "unit", kiruna.id)
    assert dialog.hits.count() == 1
    dialog.fix_button.click()
    assert opened.current_scope() == kiruna.id
    assert opened.views.currentWidget() is opened.mapping
    assert opened.mapping.current_cell() == (laro.row_id, laro.column_id)
    index = opened.mapping.items_view.currentIndex()
    assert opened.mapping.items_model.item_at(index.row()).id == laro.id
    assert index.column() == COL_NOTE


def test_go_fix_opens_the_cycle_in_the_pgsa_log(qtbot, opened, tmp_path):
    from app.gui.improvement_models import ID_ROLE

    ws = opened.ws
    cycle = ws.cycles()[-1]
    ws.update_cycle(cycle.id, learning="Klienten 19121212-1212 kom inte")
    dialog = _find_hits(qtbot, opened, tmp_path)
    assert dialog.hits.count() == 1
    dialog.fix_button.click()
    view = opened.improvement
    assert opened.views.currentWidget() is opened.improvement
    assert view.pages.currentWidget() is view.log_page
    assert view.cycles_view.currentIndex().data(ID_ROLE) == cycle.id


def test_go_fix_shows_the_finding(qtbot, opened, tmp_path):
    ws = opened.ws
    pajala = next(u for u in ws.units() if u.name == "Pajala")
    finding_id = ws.add_finding("Ärende", description=f"Se {PNR}", unit_id=pajala.id)
    dialog = _find_hits(qtbot, opened, tmp_path)
    dialog.fix_button.click()
    view = opened.findings
    assert opened.views.currentWidget() is opened.findings
    assert view.current() is not None and view.current().id == finding_id


def test_the_scope_chosen_stays_and_a_hidden_tree_chooses_none(qtbot, opened, tmp_path,
                                                              select_unit):
    """Trial C: the county report opened at the area last picked in a tree out of
    sight, and changing the kind of report threw the chosen scope away."""
    select_unit(opened, "Kiruna")
    area = next(a for a in opened.ws.areas() if a.name == "Malmfälten")
    opened.tree.setCurrentIndex(opened.tree_model.find(area.id))
    opened.tree_dock.hide()                                  # as on Förbättringsarbete
    dialog = make_dialog(opened, "county", tmp_path)
    assert dialog.scope.currentData() is None                # the whole county
    opened.tree_dock.show()
    shown = make_dialog(opened, "county", tmp_path)
    assert shown.scope.currentData() == area.id              # what the window shows
    shown.scope.setCurrentIndex(shown.scope.findData(None))
    shown.scope.activated.emit(shown.scope.currentIndex())   # the user's choice …
    shown.kind.setCurrentIndex(shown.kind.findData("cycles"))
    assert shown.scope.currentData() is None                 # … kept across kinds
    dialog.close()
    shown.close()


def test_team_report_for_the_team_chosen_on_the_improvement_tab(qtbot, opened, tmp_path):
    """A steering group's own team: the team selected under Förbättringsarbete is
    the one offered, the scope gives way to it, and the PDF is that team's."""
    pypdf = pytest.importorskip("pypdf")
    ws = opened.ws
    laro = next(t for t in ws.teams() if t.name.startswith("Team LARO"))
    opened.views.setCurrentWidget(opened.improvement)
    opened.improvement.select(ws.measures(laro.id)[0].id)       # a measure of the team
    dialog = make_dialog(opened, "team", tmp_path)
    assert dialog.team.currentData() == laro.id and dialog.team.isVisible()
    assert dialog.team_label.isVisible() and dialog.team_label.buddy() is dialog.team
    assert not dialog.scope.isVisible() and not dialog.scope_label.isVisible()
    shown = {key for key, box in dialog.checks.items() if box.isVisible()}
    assert shown == {"improvement", "charts", "follow_up", "deviations"}
    job = dialog.job()
    assert (job.kind, job.scope) == ("team", laro.id)
    shoot(dialog, "report-dialog-team.png")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert dialog.result_path == tmp_path / "team.pdf"
    text = " ".join(" ".join(p.extract_text() for p in
                             pypdf.PdfReader(str(dialog.result_path)).pages).split())
    assert "Teamrapport" in text and laro.name in text and "Team SIP" not in text
    dialog.kind.setCurrentIndex(dialog.kind.findData("county"))
    assert dialog.scope.isVisible() and not dialog.team.isVisible()
    dialog.close()


def test_team_report_without_a_chosen_team_offers_the_first(opened, tmp_path):
    assert opened.improvement_tab.built is None              # never built for the dialog
    dialog = open_report_dialog(opened, "team")
    assert opened.improvement_tab.built is None
    assert dialog.team.currentData() == opened.ws.teams()[0].id
    assert dialog.team.count() == len(opened.ws.teams())
    assert "teamrapport-" in dialog.output.text() and dialog.output.text().endswith(".pdf")
    dialog.team.setCurrentIndex(1)
    assert "kiruna" in dialog.output.text()                  # named after the team
    dialog.close()


def test_team_report_without_teams_cannot_be_created(window, tmp_path):
    from app.workspace import Workspace

    Workspace.create(tmp_path / "tom.vardflata").close()
    assert window.open_path(tmp_path / "tom.vardflata")
    dialog = make_dialog(window, "team", tmp_path)
    assert dialog.team.count() == 0 and not dialog.create_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("county"))
    assert dialog.create_button.isEnabled()
    dialog.close()


def test_team_report_privacy_check_is_the_teams_own_text(qtbot, opened, tmp_path, create_report):
    ws = opened.ws
    sip = next(t for t in ws.teams() if t.name.startswith("Team SIP"))
    laro = next(t for t in ws.teams() if t.name.startswith("Team LARO"))
    ws.update_team(laro.id, description=f"Kontakt {PNR}")
    dialog = make_dialog(opened, "team", tmp_path)
    dialog.team.setCurrentIndex(dialog.team.findData(sip.id))
    create_report(dialog, tmp_path / "sip.pdf")
    assert not dialog.privacy.isVisible() and (tmp_path / "sip.pdf").exists()
    dialog.team.setCurrentIndex(dialog.team.findData(laro.id))
    create_report(dialog, tmp_path / "laro.pdf")
    assert dialog.privacy.isVisible() and dialog.hits.count() == 1
    assert not (tmp_path / "laro.pdf").exists()
    dialog.close()


@pytest.mark.parametrize("code", ["sv", "en"])
def test_english_users_are_told_the_pdf_is_in_swedish(language, opened, tmp_path, code):
    language(code)
    dialog = make_dialog(opened, "county", tmp_path)
    note = dialog.language_note
    for kind in ("county", "unit", "team", "cycles", "csv"):
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        assert note.isVisible() == (code == "en" and kind != "csv"), (code, kind)
    if code == "en":
        dialog.kind.setCurrentIndex(dialog.kind.findData("team"))
        assert "Swedish" in note.text() or "svenska" in note.text()   # before translation
        assert note.geometry().bottom() < dialog.team.geometry().top()      # under the kind
        shoot(dialog, "report-dialog-english.png")
    dialog.close()


# -- a secretary making several reports in a row (the tester's findings) ---------

def _name(dialog) -> str:
    return Path(dialog.output.text()).name


def test_the_suggested_name_follows_what_is_chosen(qtbot, opened, tmp_path):
    """Länsrapport for Malmfälten, then for the whole county, got the same name, and
    the second silently replaced the first; so did the blank PGSA form."""
    from datetime import date

    today = date.today().isoformat()
    ws = opened.ws
    malmfalten = next(a for a in ws.areas() if a.name == "Malmfälten")
    kiruna = next(u for u in ws.units() if u.name == "Kiruna")
    dialog = open_report_dialog(opened, "county")
    dialog.scope.setCurrentIndex(dialog.scope.findData(malmfalten.id))
    assert _name(dialog) == f"omradesrapport-malmfalten-{today}.pdf"   # the area's, in ASCII
    dialog.scope.setCurrentIndex(dialog.scope.findData(None))
    assert _name(dialog) == f"lansrapport-{today}.pdf"
    dialog.kind.setCurrentIndex(dialog.kind.findData("unit"))
    dialog.scope.setCurrentIndex(dialog.scope.findData(kiruna.id))
    assert _name(dialog) == f"organisationsrapport-kiruna-{today}.pdf"
    dialog.kind.setCurrentIndex(dialog.kind.findData("team"))
    assert _name(dialog) == f"teamrapport-{_slug_of(dialog.team.currentText())}-{today}.pdf"
    dialog.kind.setCurrentIndex(dialog.kind.findData("cycles"))
    dialog.scope.setCurrentIndex(dialog.scope.findData(None))
    assert _name(dialog) == f"pgsa-{today}.pdf"
    dialog.blank.setChecked(True)
    assert _name(dialog) == f"pgsa-tom-blankett-{today}.pdf"
    dialog.blank.setChecked(False)
    cycle = ws.cycles()[1]
    team = next(t for t in ws.teams() if t.id == cycle.team_id)
    dialog.cycle.setCurrentIndex(dialog.cycle.findData(cycle.id))
    assert _name(dialog) == f"pgsa-{_slug_of(team.name)}-cykel-{cycle.number}-{today}.pdf"
    dialog.kind.setCurrentIndex(dialog.kind.findData("csv"))
    assert _name(dialog) == f"csv-export-{today}"
    assert Path(dialog.output.text()).parent == opened.ws.path.parent   # the workspace's
    dialog.close()


def test_the_county_kind_is_named_for_an_areas_report(opened, tmp_path):
    """With an area chosen the choice still said "Länsrapport (PDF)", though the
    report it made is titled Områdesrapport on its cover and in every header."""
    ws = opened.ws
    malmfalten = next(a for a in ws.areas() if a.name == "Malmfälten")
    dialog = make_dialog(opened, "county", tmp_path)
    county = dialog.kind.findData("county")
    assert dialog.kind.itemText(county) == "Länsrapport (PDF)"
    dialog.scope.setCurrentIndex(dialog.scope.findData(malmfalten.id))
    assert dialog.kind.itemText(county) == "Områdesrapport (PDF)"
    assert dialog.kind.currentText() == "Områdesrapport (PDF)"
    dialog.scope.setCurrentIndex(dialog.scope.findData(None))
    assert dialog.kind.itemText(county) == "Länsrapport (PDF)"
    dialog.close()


def _slug_of(name: str) -> str:
    from app.core.files import file_slug

    return file_slug(name)


def test_a_name_of_the_users_own_stays(qtbot, opened, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    dialog = open_report_dialog(opened, "county")
    dialog.output.selectAll()
    qtbot.keyClicks(dialog.output, str(tmp_path / "styrgruppen.pdf"))
    dialog.scope.setCurrentIndex(dialog.scope.count() - 1)
    dialog.kind.setCurrentIndex(dialog.kind.findData("unit"))
    assert dialog.output.text() == str(tmp_path / "styrgruppen.pdf")
    dialog.kind.setCurrentIndex(dialog.kind.findData("csv"))       # a folder, not a file
    assert _name(dialog).startswith("csv-export-")
    assert Path(dialog.output.text()).parent == tmp_path
    dialog.kind.setCurrentIndex(dialog.kind.findData("unit"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "vald.pdf"), "PDF (*.pdf)"))
    dialog.browse.click()
    dialog.scope.setCurrentIndex(0)
    assert dialog.output.text() == str(tmp_path / "vald.pdf")
    dialog.close()


@pytest.fixture()
def answer(monkeypatch):
    """answer(text): QMessageBox.exec clicks the button of that text; the questions
    asked are listed in answer.asked."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def exec_(box):
        box.show()
        QApplication.processEvents()
        answer.asked.append(box.text())
        if SHOTS is not None:
            SHOTS.mkdir(parents=True, exist_ok=True)
            box.grab().save(str(SHOTS / f"report-dialog-replace-{len(answer.asked)}.png"))
        assert box.defaultButton().text() == "Avbryt"
        next(b for b in box.buttons() if b.text() == answer.button).click()
        return 0

    def answer(button):
        answer.button = button

    answer.asked = []
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return answer


def test_an_earlier_report_is_replaced_only_when_the_user_says_so(qtbot, opened, tmp_path,
                                                                  answer, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "pgsa.pdf"
    target.write_bytes(b"%PDF-1.4 den tidigare rapporten")
    dialog = make_dialog(opened, "cycles", tmp_path)
    dialog.blank.setChecked(True)
    dialog.output.setText(str(target))
    answer("Avbryt")
    shoot(dialog, "report-dialog-before-replace.png")
    dialog.create_button.click()
    assert dialog.worker is None and answer.asked == [
        f"Filen finns redan: {target}. Vill du ersätta den?"]
    assert target.read_bytes() == b"%PDF-1.4 den tidigare rapporten"
    assert "Inget har skrivits" in dialog.status.text()
    answer("&Ersätt")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert len(answer.asked) == 2 and dialog.result_path == target
    assert target.stat().st_size > 1000 and "Klart" in dialog.status.text()
    # Bläddra…: the file dialog has asked already.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PDF (*.pdf)"))
    dialog.browse.click()
    target.write_bytes(b"%PDF-1.4 igen")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert len(answer.asked) == 2 and target.stat().st_size > 1000
    dialog.close()


def test_earlier_csv_files_are_replaced_only_when_the_user_says_so(qtbot, opened, tmp_path,
                                                                   answer):
    dialog = make_dialog(opened, "csv", tmp_path)
    folder = tmp_path / "ut"
    dialog.create_button.click()                       # a new folder: nothing to ask
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert not answer.asked and (folder / "bedomningar.csv").exists()
    (folder / "bedomningar.csv").write_text("tidigare", encoding="utf-8")
    answer("Avbryt")
    dialog.create_button.click()
    assert dialog.worker is None
    assert answer.asked == [f"Mappen har redan CSV-filer från en tidigare export: {folder}. "
                            "Vill du ersätta dem?"]
    assert (folder / "bedomningar.csv").read_text(encoding="utf-8") == "tidigare"
    answer("&Ersätt")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert len(answer.asked) == 2
    assert (folder / "bedomningar.csv").read_text(encoding="utf-8-sig") != "tidigare"
    dialog.close()


def test_nothing_ticked_cannot_be_created(opened, tmp_path):
    """A county report with nothing under Ta med wrote a PDF of its cover alone."""
    dialog = make_dialog(opened, "county", tmp_path)
    ticked = [box for box in dialog.checks.values() if box.isVisible()]
    for box in ticked:
        box.setChecked(False)
    assert not dialog.create_button.isEnabled()
    assert dialog.nothing_note.isVisible() and "Ta med" in dialog.nothing_note.text()
    assert dialog.create_button.toolTip() == dialog.nothing_note.text()
    shoot(dialog, "report-dialog-nothing-ticked.png")
    dialog.start()
    assert dialog.worker is None and not (tmp_path / "county.pdf").exists()
    dialog.kind.setCurrentIndex(dialog.kind.findData("unit"))      # its notes are ticked
    assert dialog.create_button.isEnabled() and not dialog.nothing_note.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("county"))
    assert not dialog.create_button.isEnabled()
    ticked[0].setChecked(True)
    assert dialog.create_button.isEnabled() and not dialog.create_button.toolTip()
    dialog.close()


def test_the_done_line_goes_when_the_choice_changes(qtbot, opened, tmp_path):
    dialog = make_dialog(opened, "cycles", tmp_path)
    dialog.blank.setChecked(True)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert dialog.status.text().startswith("Klart")
    dialog.blank.setChecked(False)
    dialog.scope.setCurrentIndex(1)
    assert dialog.status.text() == ""
    dialog.blank.setChecked(True)
    dialog.output.setText(str(tmp_path / "andra.pdf"))    # no question about replacing
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert dialog.status.text().startswith("Klart")
    dialog.kind.setCurrentIndex(dialog.kind.findData("county"))
    assert dialog.status.text() == ""
    dialog.close()


def test_the_folder_and_open_when_done_are_remembered(qtbot, opened, tmp_path):
    import shutil

    folder = tmp_path / "rapporter"
    folder.mkdir()
    dialog = make_dialog(opened, "cycles", tmp_path)
    dialog.blank.setChecked(True)
    dialog.output.setText(str(folder / "blankett.pdf"))
    dialog.open_when_done.click()
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)
    assert (folder / "blankett.pdf").exists() and not dialog.opened_urls
    dialog.close()
    again = open_report_dialog(opened, "county")
    assert Path(again.output.text()).parent == folder
    assert not again.open_when_done.isChecked()
    again.open_when_done.click()
    again.close()
    shutil.rmtree(folder)                  # gone: the workspace's folder instead
    third = open_report_dialog(opened, "county")
    assert Path(third.output.text()).parent == opened.ws.path.parent
    assert third.open_when_done.isChecked()
    third.close()


def test_the_demo_s_files_are_offered_in_a_folder_the_user_can_find(qtbot, window, tmp_path):
    """The demo workspace lives in Vårdfläta's data folder (out of sight, e.g.
    ~/.local/share/Vardflata/Vardflata): its report, its sync package and a
    copy for a colleague are offered in Documents, or the home folder. A
    workspace of one's own keeps its files beside it."""
    from app.gui.settings import data_dir, files_folder

    home = Path.home()
    assert files_folder(tmp_path / "län.vardflata") == tmp_path
    assert files_folder(None) in (home / "Documents", home)
    window.open_demo()
    hidden = data_dir().resolve()
    assert window.ws.path.parent.resolve() == hidden
    assert files_folder(window.ws.path) == files_folder(None)
    dialog = open_report_dialog(window, "county")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    suggested = Path(dialog.output.text())
    assert suggested.parent == files_folder(None) and suggested.parent.resolve() != hidden
    assert suggested.name.startswith("lansrapport-")
    dialog.close()
