"""The import preview names what changes and warns of conflicts; every copy can be
given a name the others recognise at its first sync (workshop trial: "2 nya
ändringar … bedömning: 2", and two laptops both called "vm")."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import Qt

from app.gui.join_dialog import open_join
from app.gui.sync_dialog import open_export, open_sync
from app.workspace import Workspace

SHOTS = Path(__file__).resolve().parents[2] / "shots"


def preview(qtbot, window, package):
    dialog = open_sync(window, package=package)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
    return dialog


def test_the_preview_names_each_change_and_the_conflicts_to_come(qtbot, copies):
    window, _, package = copies
    unit, item = window.ws.units()[0], window.ws.items()[0]
    dialog = preview(qtbot, window, package)
    lines = dialog.preview_text.text().splitlines()
    assert lines[2:] == [
        "Det här ändras:",
        f"• {unit.name} – {item.title} (bedömning): status, anteckning – konflikt",
        "• Gemensam rutin för AUDIT i mödrahälsovården (förbättringsområde): ny",
        "Importen ger 1 konflikt att granska efteråt (Arkiv → Synkronisering → Konflikter)."]
    assert window.ws.conflicts() == [] and window.ws.findings() == []   # nothing applied
    dialog.resize(1024, 768)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "sync-preview-names.png"))
    dialog.close()


def test_a_long_preview_names_ten_and_counts_the_rest(qtbot, copies, tmp_path):
    window, b, _ = copies
    items = b.items()
    for k in range(13):
        b.set_assessment(b.units()[1].id, items[k].id, status="planned")
    package = b.export_package(tmp_path / "many.vardsync").path
    dialog = preview(qtbot, window, package)
    lines = dialog.preview_text.text().splitlines()
    assert sum(line.startswith("• ") for line in lines) == 10
    assert "och 5 till." in lines            # 13 + the note's + the finding's, 10 named
    assert lines[lines.index("Det här ändras:") + 1].endswith("– konflikt")   # first
    dialog.close()


def test_the_first_sync_asks_for_a_name_the_others_will_see(qtbot, copies):
    window, _, package = copies
    ws = window.ws
    assert not ws.copy_name_chosen                  # named by its computer so far
    dialog = preview(qtbot, window, package)
    assert dialog.name_edit.text() == "" and dialog.name_edit.placeholderText() == ws.copy_name
    assert "som datorn" in dialog.name_hint.text()
    dialog.name_edit.setText("  Luleå – Annas dator ")
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert window.ws.copy_name == "Luleå – Annas dator" and window.ws.copy_name_chosen
    dialog.close()
    again = open_sync(window, package=package)       # named: shown as it is
    qtbot.waitUntil(lambda: "Inget nytt" in again.preview_text.text(), timeout=10000)
    assert again.name_edit.text() == "Luleå – Annas dator"
    again.close()


def test_the_export_dialog_asks_for_a_name_too(qtbot, copies, tmp_path):
    window, _, _ = copies
    dialog = open_export(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    assert dialog.name_edit.text() == ""
    assert dialog.name_edit.placeholderText() == window.ws.copy_name
    labels = [w for w in dialog.findChildren(type(dialog.recipient_hint))
              if w.buddy() is dialog.name_edit]
    assert [w.text() for w in labels] == ["Den här kopians &namn (visas för mottagarna):"]
    hint = next(w for w in dialog.findChildren(type(dialog.recipient_hint))
                if w.text().startswith("Ge kopian ett namn"))
    assert hint.isVisible()
    assert any(w.buddy() is dialog.path_edit for w in dialog.findChildren(type(hint)))
    place = dialog.path_edit.mapTo(dialog, dialog.path_edit.rect().topLeft())
    dialog.name_edit.setText("Luleå – Annas dator")
    assert not hint.isVisible()                  # said until a name is typed (re-trial)
    qtbot.wait(10)                               # a layout would move the fields now
    assert dialog.path_edit.mapTo(dialog, dialog.path_edit.rect().topLeft()) == place
    dialog.path_edit.setText(str(tmp_path / "ut.vardsync"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10000)
    assert window.ws.copy_name == "Luleå – Annas dator"
    dialog.close()


def test_a_new_copy_gets_the_name_typed_when_it_starts(qtbot, window, tmp_path, monkeypatch):
    a_path = tmp_path / "a.vardflata"
    with Workspace.create(a_path, name="Norrbotten") as a:
        a.export_package(tmp_path / "start.vardsync")
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    dialog = open_join(window, tmp_path / "start.vardsync")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=10000)
    assert dialog.name_edit.placeholderText() == socket.gethostname()
    dialog.name_edit.setText("Piteå – bärbar 2")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: window.ws is not None, timeout=10000)
    assert window.ws.copy_name == "Piteå – bärbar 2"
    dialog.close()


def test_the_computers_name_typed_as_it_stands_greyed_is_chosen(qtbot, copies, tmp_path):
    """Typing the placeholder's name (the computer's) names the copy so; it was
    taken for "unchanged" and the copy stayed unnamed."""
    window, _, package = copies
    ws = window.ws
    computer = ws.copy_name
    dialog = preview(qtbot, window, package)
    dialog.name_edit.setText(computer)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert window.ws.copy_name_chosen and window.ws.chosen_copy_name == computer
    dialog.close()


def test_the_export_dialog_keeps_the_computers_name_typed_too(qtbot, copies, tmp_path):
    window, _, _ = copies
    dialog = open_export(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.name_edit.setText(window.ws.copy_name)
    dialog.path_edit.setText(str(tmp_path / "ut.vardsync"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10000)
    assert window.ws.copy_name_chosen
    dialog.close()


def test_a_name_refused_in_the_export_dialog_is_said_and_nothing_is_exported(
        qtbot, copies, tmp_path, monkeypatch):
    from app.workspace import WorkspaceError

    def refuse(self, name):
        raise WorkspaceError("Disken är full. Ändringen sparades inte; frigör utrymme och "
                             "försök igen.")

    window, _, _ = copies
    monkeypatch.setattr(Workspace, "set_copy_name", refuse)
    dialog = open_export(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.name_edit.setText("Luleå – Annas dator")
    target = tmp_path / "ut.vardsync"
    dialog.path_edit.setText(str(target))
    dialog.export()                         # raised the StoreError to the user
    assert dialog.result_label.text().startswith("Namnet sparades inte: Disken är full.")
    assert dialog.export_button.isEnabled() and not target.exists()
    dialog.close()


def test_a_name_refused_after_a_join_says_the_copy_was_made(qtbot, window, tmp_path,
                                                            monkeypatch):
    from app.workspace import WorkspaceError

    def refuse(self, name):
        raise WorkspaceError("Disken är full. Ändringen sparades inte; frigör utrymme och "
                             "försök igen.")

    with Workspace.create(tmp_path / "a.vardflata", name="Norrbotten") as a:
        a.export_package(tmp_path / "start.vardsync")
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    monkeypatch.setattr(Workspace, "set_copy_name", refuse)
    dialog = open_join(window, tmp_path / "start.vardsync")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=10000)
    dialog.name_edit.setText("Piteå – bärbar 2")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    text = dialog.message.text()
    assert "Ingen ny kopia" not in text
    assert text.startswith("Kopian skapades och är öppnad, men namnet sparades inte: Disken")
    assert window.ws is not None and window.ws.name == "Norrbotten"
    assert not window.ws.copy_name_chosen
    assert dialog.cancel_button.isEnabled() and dialog.cancel_button.text() == "Stäng"
    dialog.close()


def test_a_change_line_names_who_wrote_what_the_sender_passes_on():
    from app.core.sync_exchange import PreviewChange
    from app.gui.sync_dialog import change_line

    change = PreviewChange("findings", "f1", "Samordning saknas", new=True,
                           writers=("0193c1d2aaaa", "0193c1d2bbbb"))
    assert change_line(change, {"0193c1d2aaaa": "Piteå – kansliet"}) == (
        "• Samordning saknas (förbättringsområde): ny – skrivet på Piteå – kansliet, "
        "kopia 0193c1d2")
    assert change_line(PreviewChange("findings", "f1", "Samordning saknas", new=True)) == (
        "• Samordning saknas (förbättringsområde): ny")
