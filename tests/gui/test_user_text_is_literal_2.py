"""What people type, and what another machine's sync package says, is shown as
written wherever else it appears: the new-copy dialog, presentation mode, the
PGSA worksheet, the matrix's tooltips, the export, report, backup and conflicts
dialogs. A name such as '<u>M</u><span style="font-size:40pt">BIG</span>' must
show those characters, never a huge underlined word."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.gui import presentation
from app.gui.backup_dialog import BackupDialog
from app.gui.conflicts_view import ConflictsDialog
from app.gui.join_dialog import open_join
from app.gui.matrix_model import MatrixModel
from app.gui.report_dialog import open_report_dialog
from app.gui.sync_dialog import open_export
from app.workspace import Workspace

MARKUP = '<u>M</u><span style="font-size:40pt">BIG</span>'
ESCAPED = "&lt;u&gt;M&lt;/u&gt;&lt;span"
PLAIN = Qt.TextFormat.PlainText


def literal_label(label: QLabel, text: str = MARKUP) -> bool:
    """The label holds `text` and shows it as plain text."""
    return text in label.text() and label.textFormat() == PLAIN


def literal_tooltip(tooltip) -> bool:
    return isinstance(tooltip, str) and MARKUP not in tooltip and ESCAPED in tooltip


def test_a_new_copy_shows_the_packages_names_as_written(qtbot, window, tmp_path):
    with Workspace.create(tmp_path / "a.vardflata", name=f"Norrbotten {MARKUP}") as a:
        a.set_copy_name(f"Samordnaren {MARKUP}")
        package = a.export_package(tmp_path / "start.vardsync").path
    dialog = open_join(window, package)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=10000)
    assert literal_label(dialog.workspace_label)
    assert literal_label(dialog.sender_label)
    assert dialog.package_label.textFormat() == PLAIN
    assert dialog.message.textFormat() == PLAIN
    dialog.reject()


@pytest.fixture()
def markup_unit(opened, select_unit):
    """Kiruna renamed to a name with markup, and selected."""
    ws = opened.ws
    unit = next(u for u in ws.units() if u.name == "Kiruna")
    ws.update_unit(unit.id, name=f"Kiruna {MARKUP}")
    opened.rebuild_tree()
    select_unit(opened, f"Kiruna {MARKUP}")
    return unit


def test_presentation_shows_the_organisation_as_written(qtbot, opened, markup_unit):
    presentation.enter(opened)
    view = opened.presentation
    try:
        assert literal_label(view.scope_label)
        for label in (view.title_label, view.summary_label, view.parked_label):
            assert label.textFormat() == PLAIN
    finally:
        presentation.leave(opened)


def test_chart_presentation_shows_team_aim_and_measure_as_written(qtbot, opened):
    from app.gui.presentation_chart import ChartPresentation

    ws = opened.ws
    measure = next(m for t in ws.teams() for m in ws.measures(t.id))
    ws.update_team(measure.team_id, name=f"Team {MARKUP}")
    ws.update_measure(measure.id, name=f"Mått {MARKUP}")
    view = ChartPresentation(opened, measure.id)
    qtbot.addWidget(view)
    try:
        assert literal_label(view.scope_label, f"Team {MARKUP}")
        assert literal_label(view.title_label, f"Mått {MARKUP}")
    finally:
        view.detach()


def test_the_worksheet_shows_the_team_as_written(qtbot, opened):
    ws = opened.ws
    cycle = ws.cycles()[0]
    ws.update_team(cycle.team_id, name=f"Team {MARKUP}")
    opened.views.setCurrentWidget(opened.improvement)
    form = opened.improvement.open_cycle(cycle.id)
    try:
        assert literal_label(form.widget("teamLabel"), f"Team {MARKUP}")
    finally:
        form.reject()


def test_matrix_tooltips_show_catalogue_titles_as_written(opened):
    ws = opened.ws
    rows, columns = ws.rows(), ws.columns()
    # The catalogue is the workspace's own: its titles can be anything typed.
    ws._rows = [rows[0]._replace(title=f"Rad {MARKUP}"), *rows[1:]]
    ws._columns = [columns[0]._replace(title=f"Kolumn {MARKUP}"), *columns[1:]]
    model = MatrixModel(ws)
    tip = Qt.ItemDataRole.ToolTipRole
    assert literal_tooltip(model.headerData(0, Qt.Orientation.Vertical, tip))
    assert literal_tooltip(model.headerData(0, Qt.Orientation.Horizontal, tip))
    assert literal_tooltip(model.index(0, 0).data(tip))
    # What a screen reader says is the text itself, not markup for a tooltip.
    spoken = model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(f"Rad {MARKUP} – Kolumn {MARKUP}")
    # Ordinary titles look as they always did.
    assert model.headerData(1, Qt.Orientation.Vertical, tip) == rows[1].title


def test_export_names_the_recipient_copy_as_written(qtbot, window, tmp_path):
    a_path = tmp_path / "a.vardflata"
    with Workspace.create(a_path, name="Norrbotten") as a:
        a.export_package(tmp_path / "start.vardsync", full=True)
    with Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync") as b:
        b.set_copy_name(f"Kiruna {MARKUP}")
        package = b.export_package(tmp_path / "b.vardsync").path
    assert window.open_path(a_path)
    window.ws.import_package(package)
    dialog = open_export(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.recipient.setCurrentIndex(1)
    assert literal_label(dialog.recipient_hint, f"Kiruna {MARKUP}")
    assert dialog.result_label.textFormat() == PLAIN
    dialog.close()


def test_report_backup_and_conflict_messages_are_plain_text(qtbot, opened, tmp_path):
    report = open_report_dialog(opened, "county")
    report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    assert report.status.textFormat() == PLAIN
    report._show_hits([f"Anteckning {MARKUP} 19121212-1212"])
    assert literal_tooltip(report.hits.item(0).toolTip())
    report.close()
    file_name = "<u>M<big>BIG"                             # a file's name has no '/'
    backup = BackupDialog(tmp_path / f"{file_name}.vardflata", [])
    qtbot.addWidget(backup)
    assert any(literal_label(label, file_name) for label in backup.findChildren(QLabel))
    conflicts = ConflictsDialog(opened)
    qtbot.addWidget(conflicts)
    assert conflicts.message.textFormat() == PLAIN


def test_the_join_dialog_shows_a_packages_sender_name_cleaned(qtbot, window, tmp_path):
    """A name written by another program (a reversing override, a terminal escape,
    a page of text) is shown as a copy's name is stored (clean_copy_name)."""
    with Workspace.create(tmp_path / "a.vardflata", name="Norrbotten") as a:
        package = a.export_package(tmp_path / "start.vardsync").path
    dialog = open_join(window, package)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=10000)
    manifest = dict(dialog.manifest, sender_name="\u202eKiruna\x9b" + "x" * 500)
    dialog._read(manifest)
    shown = dialog.sender_label.text()
    assert shown.startswith("Kirunax") and shown.endswith("…") and len(shown) == 100
    dialog.reject()
