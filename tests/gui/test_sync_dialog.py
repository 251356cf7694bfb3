"""The sync dialog (preview, progress, summary), export dialog and conflicts view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.gui.conflicts_view import ConflictsDialog, display_value
from app.gui.sync_dialog import open_conflicts, open_export, open_sync

SHOTS = Path(__file__).resolve().parents[2] / "shots"


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_menu_has_the_six_entries(window, copies):
    texts = [a.text() for a in window.sync_menu.actions() if not a.isSeparator()]
    assert texts == ["&Exportera synkpaket…", "&Importera synkpaket…",
                     "Synkronisera med &mapp…", "&Välj synkmapp…", "&Konflikter…",
                     "Starta en &ny kopia från ett synkpaket…"]
    window.sync_menu.aboutToShow.emit()
    assert all(a.isEnabled() for a in window.sync_actions.values())


def test_entries_need_a_workspace_but_starting_a_copy(window):
    window.sync_menu.aboutToShow.emit()
    assert [k for k, a in window.sync_actions.items() if a.isEnabled()] == ["join"]


def test_import_preview_progress_summary_and_refresh(qtbot, copies, select_unit):
    window, _, package = copies
    old_ws = window.ws
    select_unit(window, "Kiruna")                  # where the user is, kept
    scope = window.current_scope()
    window.views.setCurrentIndex(1)
    dialog = open_sync(window, package=package)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10000)
    text = dialog.preview_text.text()
    assert "Från Kiruna-laptop" in text and "nya ändringar" in text
    assert "(bedömning): status, anteckning – konflikt" in text     # by name, see
    assert "(förbättringsområde): ny" in text                      # test_sync_preview_names
    assert window.ws.findings() == []                       # nothing applied yet
    shoot(dialog, "sync-preview.png")
    seen = []
    dialog.progress_bar.valueChanged.connect(seen.append)
    dialog.apply_button.click()
    dialog.reject()                                          # Esc while applying: ignored
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    summary = dialog.summary_text.text()
    assert "Nya ändringar från Kiruna-laptop" in summary
    assert "Konflikter att granska: 1." in summary
    assert "Säkerhetskopia" in summary
    assert dialog.conflicts_button.isVisible()
    # The keyboard is on the next step, shown as such (it was on the hidden
    # Importera: trial), and Alt+K reaches it too.
    assert dialog.focusWidget() is dialog.conflicts_button and dialog.conflicts_button.isDefault()
    assert dialog.conflicts_button.text() == "Granska &konflikter…"
    assert seen and max(seen) >= 20                         # progress was shown
    shoot(dialog, "sync-summary.png")
    # The views were built again over the same workspace: they show the merged
    # content, where the user was; the undo history starts anew.
    assert window.ws is old_ws
    assert [f.title for f in window.ws.findings()] == [
        "Gemensam rutin för AUDIT i mödrahälsovården"]
    assert window.mapping is not None
    assert window.current_scope() == scope and window.views.currentIndex() == 1
    assert window.undo_stack.count() == 0
    dialog.close()


def test_refused_package_says_why_and_changes_nothing(qtbot, copies, tmp_path):
    window, _, _ = copies
    bad = tmp_path / "trasig.vardsync"
    bad.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    before = window.ws.snapshot()
    dialog = open_sync(window, package=bad)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert "Inget ändrades" in dialog.summary_text.text()
    assert "skadat" in dialog.summary_text.text()
    assert not dialog.apply_button.isVisible()
    assert window.ws.snapshot() == before
    dialog.close()


def test_conflicts_view_resolves_with_the_other_value(qtbot, copies):
    window, _, package = copies
    window.ws.import_package(package)
    window.sync_menu.aboutToShow.emit()
    assert window.sync_actions["conflicts"].text() == "&Konflikter (1)…"
    dialog = open_conflicts(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    assert isinstance(dialog, ConflictsDialog)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(6)]
    assert row[1] == "Anteckning"
    assert row[2:] == ["Två medarbetare utbildade i AUDIT under hösten.", "Kiruna-laptop",
                       "Rutin finns men följs inte alltid.", "den här kopian"]
    assert dialog.count_label.text() == "1 olöst konflikt"
    shoot(dialog, "sync-conflicts.png")
    dialog.other_button.click()
    assert dialog.table.rowCount() == 0
    assert dialog.count_label.text() == "Inga olösta konflikter"
    unit, item = window.ws.units()[0], window.ws.items()[0]
    assert window.ws.assessment(unit.id, item.id).note == "Rutin finns men följs inte alltid."
    dialog.close()


def test_export_dialog_writes_a_package(qtbot, copies, tmp_path):
    window, b, _ = copies
    dialog = open_export(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    target = tmp_path / "till-kiruna.vardsync"
    dialog.name_edit.setText("Länssamordnaren")
    dialog.path_edit.setText(str(target))
    assert dialog.recipient.currentText() == "En annan eller ny dator (allt)"
    assert dialog.recipient.count() == 1                     # no copy known yet
    shoot(dialog, "sync-export.png")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Klart"), timeout=10000)
    assert "fullständigt" in dialog.result_label.text()
    report = b.import_package(target)
    assert report.new > 0 and report.sender_name == "Länssamordnaren"
    dialog.close()


def test_export_to_a_known_copy_is_the_difference(qtbot, copies, tmp_path):
    window, b, package = copies
    window.ws.import_package(package)                      # Kiruna-laptop is heard from
    window.ws.add_area("Malmfälten")
    dialog = open_export(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    items = [dialog.recipient.itemText(i) for i in range(dialog.recipient.count())]
    assert items[0] == "En annan eller ny dator (allt)"
    assert items[1].startswith("Kiruna-laptop – senast hörd 20")
    assert "allt" in dialog.recipient_hint.text()
    dialog.recipient.setCurrentIndex(1)
    assert "bara det som Kiruna-laptop saknar" in dialog.recipient_hint.text()
    target = tmp_path / "till-kiruna.vardsync"
    dialog.path_edit.setText(str(target))
    shoot(dialog, "sync-export-to.png")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Klart"), timeout=10000)
    assert "det mottagaren saknar" in dialog.result_label.text()
    report = b.import_package(target)
    assert "areas" in report.records
    assert report.rows < 20                                  # a difference, not everything
    dialog.close()


def test_folder_sync_dialog(qtbot, copies, tmp_path):
    window, b, _ = copies
    folder = tmp_path / "delad"
    folder.mkdir()
    b.sync_folder(folder)
    dialog = open_sync(window, folder=folder)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(lambda: "Kiruna-laptop" in dialog.preview_text.text(), timeout=10000)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert "Paket med nytt: 1" in dialog.summary_text.text()
    assert (folder / window.ws.outgoing_name()).exists()
    assert window.ws.sync_folder_path == folder.resolve()
    dialog.close()


def test_a_folders_preview_counts_the_conflicts_the_sync_makes(qtbot, copies, tmp_path):
    """B's package conflicts with this copy's note; C's changes the status that B
    changed too: alone it would conflict with nothing here, after B's it does."""
    from app.workspace import Workspace

    window, b, _ = copies
    unit, item = window.ws.units()[0], window.ws.items()[0]
    folder = tmp_path / "delad"
    folder.mkdir()
    b.export_package(folder / "1-b.vardsync")
    with Workspace.join(tmp_path / "c.vardflata", tmp_path / "start.vardsync") as c:
        c.set_assessment(unit.id, item.id, status="systematic")
        c.export_package(folder / "2-c.vardsync")
    dialog = open_sync(window, folder=folder)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
    text = dialog.preview_text.text()
    assert text.count("Importen ger 1 konflikt att granska") == 2, text
    assert "inga konflikter" not in text
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert "Konflikter att granska: 2." in dialog.summary_text.text()
    dialog.close()


def test_values_are_shown_with_their_labels():
    assert display_value("status", "partly") == "Används delvis"
    assert display_value("deleted", 1) == "Borttagen"
    assert display_value("note", "") == "(tomt)"
    assert display_value("level", "county") == "Länsövergripande"


def test_missing_sync_folder_is_said_plainly(qtbot, copies, tmp_path):
    window, _, _ = copies
    dialog = open_sync(window, folder=tmp_path / "urkopplat-usb")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert "Synkmappen finns inte" in dialog.summary_text.text()
    dialog.close()


def test_conflicts_opened_twice_is_one_window(qtbot, copies):
    window, _, package = copies
    window.ws.import_package(package)
    first = open_conflicts(window)
    assert open_conflicts(window) is first
    assert len([d for d in window.findChildren(ConflictsDialog) if d.isVisible()]) == 1
    first.close()


def test_export_says_when_a_personnummer_goes_with_the_package(qtbot, copies, tmp_path):
    """Typing warned already; the package goes by e-mail and USB stick, so the
    export says so too, and where the first one is."""
    window, _, _ = copies
    unit, item = window.ws.units()[0], window.ws.items()[0]
    window.ws.set_assessment(unit.id, item.id, note="Ring 19121212-1212")
    dialog = open_export(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.path_edit.setText(str(tmp_path / "allt.vardsync"))
    dialog.name_edit.setText("Länssamordnaren")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Klart"), timeout=10000)
    said = dialog.result_label.text()
    assert "1 text(er) ser ut att innehålla personnummer" in said
    assert unit.name in said and "19121212-1212" not in said       # where, masked
    dialog.close()


def test_the_export_name_is_plain_ascii_and_follows_the_recipient(qtbot, copies, tmp_path):
    """The trial's suggestion "workshop-Dator A – processledare.vardsync" had
    spaces and a dash mail programs mangle, and stayed when the recipient
    changed, so a package for one copy wrote over the full one."""
    from datetime import date

    window, b, package = copies
    window.ws.import_package(package)                      # Kiruna-laptop is heard from
    window.ws.set_copy_name("Dator A – processledare")
    dialog = open_export(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    today = date.today().isoformat()
    full = Path(dialog.path_edit.text())
    assert full.name == f"a-dator-a-processledare-allt-{today}.vardsync"
    assert full.name.isascii() and " " not in full.name
    dialog.recipient.setCurrentIndex(1)
    to_kiruna = Path(dialog.path_edit.text())
    assert to_kiruna.name == f"a-dator-a-processledare-till-kiruna-laptop-{today}.vardsync"
    assert to_kiruna.parent == full.parent
    dialog.name_edit.setText("Luleå – samordnaren")           # typed here, on first export
    assert Path(dialog.path_edit.text()).name == (
        f"a-lulea-samordnaren-till-kiruna-laptop-{today}.vardsync")
    own = str(tmp_path / "min-egen.vardsync")               # a name typed is kept
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, own)
    dialog.recipient.setCurrentIndex(0)
    assert dialog.path_edit.text() == own
    dialog.close()


def test_the_longest_recipient_is_shown_whole(qtbot, copies, monkeypatch):
    """'Luleå – samordnarens dator – senast hörd 2026-11·' was cut (re-trial)."""
    from PySide6.QtCore import QRect

    from app.gui import screen_fit

    monkeypatch.setattr(screen_fit, "available_geometry", lambda _w: QRect(0, 0, 1366, 728))
    window, b, package = copies
    window.ws.import_package(package)                      # Kiruna-laptop is heard from
    b.set_copy_name("Luleå – samordnarens dator på mottagningen")
    window.ws.import_package(b.export_package(package.with_name("igen.vardsync")).path)
    dialog = open_export(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitExposed(dialog)
    combo = dialog.recipient
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                 for i in range(combo.count()))
    assert combo.width() >= widest + 20                    # the text, the arrow's room
    dialog.close()


def test_f5_syncs_with_the_folder_as_soon_as_a_workspace_is_open(qtbot, window, demo_copy,
                                                                  tmp_path, monkeypatch):
    from PySide6.QtTest import QTest

    from app.gui import sync_dialog

    opened = []
    monkeypatch.setattr(sync_dialog, "open_sync",
                        lambda _window, folder=None, package=None: opened.append(folder))
    QTest.keyClick(window, Qt.Key.Key_F5)           # no workspace: nothing to sync
    assert opened == []
    assert window.open_path(demo_copy)             # the menu never opened: F5 still works
    folder = tmp_path / "delad"
    folder.mkdir()
    window.ws.sync_folder(folder)
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert opened == [folder.resolve()]
    assert "F5" in window.sync_actions["folder"].shortcut().toString()
