"""Audit 4: a new laptop starts its copy in the GUI (item 2); the conflicts view is
compact at any width, with the selected conflict in full below (item 3), and
shows a record deleted while another copy changed it (item 4); clock warnings in
days (item 6)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from gui_sync_helpers import tick

from app.core.hlc import pack
from app.gui.conflicts_view import ConflictsDialog
from app.gui.join_dialog import open_join
from app.gui.sync_dialog import clock_warning, open_conflicts, result_summary
from app.workspace import Workspace

SHOTS = Path(__file__).resolve().parents[2] / "shots"
LONG_NOTE = ("Rutinen för samordnad individuell plan (SIP) är beslutad men följs inte i "
             "praktiken; personalen efterfrågar utbildning och en gemensam mall med "
             "regionens psykiatri. ") * 3
LONG_COPY = "Socialtjänsten Övertorneå – bärbar dator 2 (Anna-Karin Johansson)"


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


@pytest.fixture()
def package(tmp_path):
    with Workspace.create(tmp_path / "a.vardflata", name="Norrbotten") as a:
        a.set_copy_name("Länssamordnaren")
        a.add_finding("Gemensam rutin")
        return a.export_package(tmp_path / "start.vardsync").path


# -- item 2: a new copy from a package ----------------------------------------------


def test_a_new_copy_starts_from_a_package_with_no_workspace_open(qtbot, window, package,
                                                                 tmp_path, monkeypatch):
    assert window.ws is None
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    dialog = open_join(window, package)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=10000)
    assert dialog.workspace_label.text().startswith("Norrbotten")
    assert dialog.sender_label.text() == "Länssamordnaren"
    assert dialog.date_label.text().startswith("20")
    assert Path(dialog.path_edit.text()) == tmp_path / "Norrbotten.vardflata"
    shoot(dialog, "sync-join.png")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: window.ws is not None, timeout=10000)
    assert window.ws.path == tmp_path / "Norrbotten.vardflata"
    assert window.ws.name == "Norrbotten"
    assert [f.title for f in window.ws.findings()] == ["Gemensam rutin"]
    assert not dialog.isVisible()


def test_a_difference_package_cannot_start_a_copy_and_says_so(qtbot, window, tmp_path):
    with Workspace.create(tmp_path / "a.vardflata") as a:
        a.export_package(tmp_path / "start.vardsync")
        with Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync") as b:
            a.import_package(b.export_package(tmp_path / "b.vardsync").path)
            a.add_finding("Ny")
            diff = a.export_package(tmp_path / "diff.vardsync", peer=b.replica_id).path
    dialog = open_join(window, diff)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(lambda: "kan inte starta" in dialog.message.text(), timeout=10000)
    assert not dialog.start_button.isEnabled()
    dialog.close()


def test_a_broken_package_is_a_clear_message(qtbot, window, tmp_path):
    bad = tmp_path / "trasig.vardsync"
    bad.write_bytes(b"PK\x03\x04" + b"\0" * 50)
    dialog = open_join(window, bad)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(lambda: "skadat" in dialog.message.text(), timeout=10000)
    assert not dialog.start_button.isEnabled()
    dialog.close()


def test_a_failed_join_leaves_nothing_half_written(qtbot, window, package, tmp_path,
                                                  monkeypatch):
    from app.sync import PackageError

    def full_disk(self, *args, **kwargs):
        raise PackageError("Importen avbröts och inget ändrades: disken är full.")

    monkeypatch.setattr(Workspace, "import_package", full_disk)
    dialog = open_join(window, package)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=10000)
    target = tmp_path / "ny" / "kopia.vardflata"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: "Ingen ny kopia skapades" in dialog.message.text(), timeout=10000)
    assert "disken är full" in dialog.message.text()
    assert list(target.parent.iterdir()) == []
    assert window.ws is None and dialog.start_button.isEnabled()
    existing = tmp_path / "finns.vardflata"
    existing.write_text("viktigt")
    dialog.path_edit.setText(str(existing))
    dialog.start_button.click()
    assert "finns redan" in dialog.message.text() and existing.read_text() == "viktigt"
    dialog.close()


# -- items 3 and 4: the conflicts view ------------------------------------------------


@pytest.fixture()
def conflicted(window, tmp_path):
    """The window's copy has conflicts with a long note and a copy with a long name,
    and a record deleted here while the other copy changed it."""
    a_path = tmp_path / "a.vardflata"
    with Workspace.create(a_path, name="Norrbotten") as a:
        finding = a.add_finding("Gemensam rutin")
        a.export_package(tmp_path / "start.vardsync")
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    b.set_copy_name(LONG_COPY)
    assert window.open_path(a_path)
    ws = window.ws
    units, items = ws.units(), ws.items()
    for k in range(3):
        ws.set_assessment(units[k].id, items[0].id, note=f"A: {LONG_NOTE}", status="planned")
    ws.delete_finding(finding)
    tick()
    for k in range(3):
        b.set_assessment(units[k].id, items[0].id, note=f"B: {LONG_NOTE}", status="partly")
    b.update_finding(finding, title="Gemensam rutin för hela länet")
    ws.import_package(b.export_package(tmp_path / "b.vardsync").path)
    yield window, b
    b.close()


@pytest.mark.parametrize("width", [800, 1280, 1920])
def test_conflicts_are_one_line_each_with_the_whole_below(qtbot, conflicted, width):
    window, b = conflicted
    dialog = open_conflicts(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.resize(width, 600)
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() == 7                 # 3 notes, 3 statuses, 1 deleted record
    line = table.fontMetrics().height()
    assert all(table.rowHeight(r) < 2 * line + 12 for r in range(table.rowCount()))
    header = table.horizontalHeader()
    visible = sum(header.sectionSize(c) for c in range(table.columnCount()))
    assert visible <= table.viewport().width() + 2        # nothing cut off at the right
    for column in range(table.columnCount()):            # every heading readable
        title = table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)
    copy_column = ConflictsDialog.COPY_KEPT
    row = next(r for r in range(table.rowCount())
               if table.item(r, copy_column).text() == LONG_COPY)
    assert header.sectionSize(copy_column) <= 12 * table.fontMetrics().horizontalAdvance("M")
    assert table.item(row, copy_column).toolTip().startswith(f"{LONG_COPY}, 20")  # and when
    table.selectRow(row)
    text = dialog.details.toPlainText()
    assert f"B: {LONG_NOTE}".strip() in text and f"A: {LONG_NOTE}".strip() in text
    assert LONG_COPY in text
    shoot(dialog, f"sync-conflicts-{width}.png")
    dialog.close()


def test_a_deleted_record_changed_elsewhere_can_be_restored(qtbot, conflicted):
    window, b = conflicted
    dialog = open_conflicts(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    table = dialog.table
    row = next(r for r, c in enumerate(dialog.conflicts) if c.kind == "deleted")
    texts = [table.item(row, c).text() for c in range(table.columnCount())]
    assert texts[1:4] == ["Rubrik", "Borttagen", "den här kopian"]
    assert texts[4] == "Ändrad: Rubrik: Gemensam rutin för hela länet"
    assert texts[5] == LONG_COPY
    table.selectRow(row)
    details = dialog.details.toPlainText()
    name = re.escape(window.ws.copy_name)                 # this copy, by name too, and when
    assert re.search(f"Borttagen på den här kopian \\({name}\\) den "
                     r"20\d\d-\d\d-\d\d \d\d:\d\d "
                     f"medan {re.escape(LONG_COPY)} ändrade den", details)
    assert dialog.keep_button.text() == "&Behåll borttagen"
    assert dialog.other_button.text() == "Åte&rställ posten med ändringen"
    dialog.other_button.click()
    assert [f.title for f in window.ws.findings()] == ["Gemensam rutin för hela länet"]
    assert not any(c.kind == "deleted" for c in dialog.conflicts)
    dialog.close()


# -- item 6: clock warnings ------------------------------------------------------------


def test_clock_warnings_say_days_beyond_48_hours():
    assert "400 dagar" in clock_warning(9600.0)
    assert "30 timmar" in clock_warning(30.0)


def test_folder_summary_in_the_gui_warns_of_a_clock_ahead(tmp_path):
    from app.core.sync_exchange import FolderReport
    from app.core.sync_exchange import ImportReport

    imported = ImportReport(tmp_path / "x.vardsync", "f" * 32, "Kiruna", "", new=3,
                            clock_ahead={"f" * 32: 240.0})
    text = result_summary(FolderReport(tmp_path, imported=[imported]))
    assert "10 dagar före" in text


def test_preview_says_days(qtbot, window, tmp_path):
    from app.gui.sync_dialog import open_sync

    a_path = tmp_path / "a.vardflata"
    with Workspace.create(a_path) as a:
        a.export_package(tmp_path / "start.vardsync")
    with Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync") as b:
        ahead = time.time_ns() // 1_000_000 + 400 * 3_600_000
        b._store.clock._wall_ms = lambda: ahead
        b.add_finding("Från framtiden")
        package = b.export_package(tmp_path / "b.vardsync").path
    assert pack(ahead) > 0
    assert window.open_path(a_path)
    dialog = open_sync(window, package=package)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10000)
    assert "17 dagar före" in dialog.preview_text.text()
    dialog.close()


@pytest.mark.parametrize("name, stem", [
    ("Demo: Norrbotten (fiktiva uppgifter)", "Demo Norrbotten (fiktiva uppgifter)"),
    ("Luleå/Boden", "Luleå-Boden"),
    ('Team: "SIP" | Kiruna ..', "Team SIP-Kiruna"),
    ("a<b>c?*", "a b c"),
    ("CON", "CON arbetsyta"),
    ("nul.txt", "nul arbetsyta.txt"),
    (" ... ", "arbetsyta"),
])
def test_suggested_file_name_is_graceful_and_safe_on_windows(tmp_path, name, stem):
    from app.gui.join_dialog import default_target

    target = default_target(name, tmp_path)
    assert target == tmp_path / f"{stem}.vardflata"
    assert not set('<>:"/\\|?*') & set(target.stem) and target.stem == target.stem.strip(" .")


def test_conflict_values_are_written_as_the_language_writes_numbers(language):
    from app.gui.conflicts_view import display_value

    language("sv")
    assert display_value("value", 0.2) == "0,2" and display_value("value", 12.0) == "12"
    language("en")
    assert display_value("value", 0.2) == "0.2"
