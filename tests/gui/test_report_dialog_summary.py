"""The report dialog's summary: Sammanfattning ticked first under Ta med, the short
version for politicians and steering groups a button (and an Alt letter) away,
and a suggested file name that follows the kind of report chosen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.gui.report_dialog import open_report_dialog

PNR = "811218-9876"
TODAY = date.today().isoformat()


def _dialog(window, kind="county"):
    dialog = open_report_dialog(window, kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.open_file = lambda url: True
    return dialog


def _ticked(dialog) -> set[str]:
    return {key for key, box in dialog.checks.items() if box.isVisible() and box.isChecked()}


def _name(dialog) -> str:
    return Path(dialog.output.text()).name


def _type(qtbot, dialog, text: str) -> None:
    """Replace the file name as a user does (textEdited, not setText)."""
    dialog.output.selectAll()
    qtbot.keyClicks(dialog.output, text)


def test_the_summary_is_ticked_first_for_county_and_organisation(opened):
    dialog = _dialog(opened)
    box = dialog.checks["summary"]
    assert box.isVisible() and box.isChecked() and box.text() == "Sammanfa&ttning"
    assert dialog.grid.indexOf(box) == 0                   # first under Ta med
    assert dialog.job().options.summary
    dialog.kind.setCurrentIndex(dialog.kind.findData("unit"))
    assert box.isVisible() and dialog.short_button.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("team"))
    assert not box.isVisible() and not dialog.short_button.isVisible()
    dialog.close()


def test_the_short_version_is_one_click_and_makes_a_short_pdf(qtbot, opened, tmp_path,
                                                              create_report):
    import pypdf

    dialog = _dialog(opened)
    dialog.short_button.click()
    assert _ticked(dialog) == {"summary"}
    assert _name(dialog) == f"lansrapport-sammanfattning-{TODAY}.pdf"
    create_report(dialog, tmp_path / "kort.pdf")
    assert dialog.result_path == tmp_path / "kort.pdf", dialog.status.text()
    pages = [p.extract_text() for p in pypdf.PdfReader(str(dialog.result_path)).pages]
    assert 2 <= len(pages) <= 3
    assert "Sammanfattning" in pages[1] and "Innehåll" not in " ".join(pages)
    assert "Matrisen: hur metoderna används" not in " ".join(pages)
    dialog.full_button.click()
    assert _ticked(dialog) == {key for key, box in dialog.checks.items() if box.isVisible()}
    dialog.close()


def test_the_short_version_has_an_alt_letter(qtbot, opened):
    from PySide6.QtWidgets import QApplication

    dialog = _dialog(opened)
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.kind.setFocus()
    qtbot.waitUntil(dialog.kind.hasFocus)
    # A button's Alt letter clicks it (animated: a moment later).
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _ticked(dialog) == {"summary"})
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "matrix" in _ticked(dialog))
    assert "summary" in _ticked(dialog)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.checks["summary"].hasFocus)       # Alt+T: Sammanfattning
    dialog.close()


def test_a_team_report_after_the_short_version_has_its_parts(opened):
    """The team report has no summary: after the short version it had nothing
    ticked, and could not be created."""
    dialog = _dialog(opened)
    dialog.short_button.click()
    dialog.kind.setCurrentIndex(dialog.kind.findData("team"))
    assert _ticked(dialog) == {"improvement", "charts", "follow_up", "deviations"}
    assert dialog.create_button.isEnabled()
    dialog.close()


def test_the_short_version_is_checked_for_personnummer(qtbot, opened, tmp_path, create_report):
    """A personnummer in an improvement area's title, printed by the summary alone
    (the section Förbättringsområden left out): the report stops for it."""
    opened.ws.add_finding(f"Klient {PNR} väntar", category="other", level="local")
    dialog = _dialog(opened)
    dialog.short_button.click()
    create_report(dialog, tmp_path / "kort.pdf")
    assert dialog.privacy.isVisible() and dialog.hits.count() == 1
    assert not (tmp_path / "kort.pdf").exists()
    dialog.close()


def test_a_name_started_as_suggested_follows_the_kind(qtbot, opened, tmp_path):
    """The trial: "lansrapport-politiker.pdf" typed, then Teamrapport chosen; the
    team report was offered the county report's name."""
    dialog = _dialog(opened)
    _type(qtbot, dialog, str(tmp_path / "lansrapport-politiker.pdf"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("team"))
    team = dialog._stems()[1]
    assert team.startswith("teamrapport-")
    assert dialog.output.text() == str(tmp_path / f"{team}-politiker.pdf")
    dialog.kind.setCurrentIndex(dialog.kind.findData("county"))
    assert dialog.output.text() == str(tmp_path / "lansrapport-politiker.pdf")
    _type(qtbot, dialog, str(tmp_path / "till-styrgruppen.pdf"))     # a name of their own
    dialog.kind.setCurrentIndex(dialog.kind.findData("team"))
    assert dialog.output.text() == str(tmp_path / "till-styrgruppen.pdf")
    dialog.close()


@pytest.mark.parametrize("typed", ["folder", "folder/", "suggested"])
def test_a_folder_or_the_suggested_name_typed_follows_the_kind(qtbot, opened, tmp_path,
                                                               typed):
    """Only the folder typed (with or without a slash), or the name suggested in
    a folder of the user's: the name follows the kind chosen, in that folder."""
    folder = tmp_path / "rapporter"
    folder.mkdir()
    dialog = _dialog(opened)
    text = {"folder": str(folder), "folder/": str(folder) + "/",
            "suggested": str(folder / _name(dialog))}[typed]
    _type(qtbot, dialog, text)
    assert dialog.job().output.parent == folder          # Skapa now: the name in it
    dialog.kind.setCurrentIndex(dialog.kind.findData("team"))
    assert Path(dialog.output.text()).parent == folder
    assert _name(dialog).startswith("teamrapport-") and _name(dialog).endswith(f"{TODAY}.pdf")
    dialog.kind.setCurrentIndex(dialog.kind.findData("unit"))
    assert _name(dialog).startswith("organisationsrapport-")
    dialog.close()
