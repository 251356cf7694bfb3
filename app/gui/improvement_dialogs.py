"""Small forms of the improvement view: team, aim, measure, progress, deviation.

Each returns the typed values as a dict for the facade (which cleans and
checks them); nothing is written here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit,
)

from app.core.improvement import (
    CHARTS, DEVIATION_STATUSES, DIRECTIONS, FOLLOW_UPS, FREQUENCIES, MEASURE_TYPES,
    PROGRESS_SCALE, VALUE_KINDS,
)
from app.gui.choices import check_list, checked_keys, choice_combo, matrix_cells
from app.gui.labels import tr_label
from app.gui.language import localise_decimal


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormDialog", text)


def _text(text: str = "", height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


class FormDialog(QDialog):
    """A titled QFormLayout with Spara/Avbryt; `read()` gives the values."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.readers: dict[str, object] = {}
        self.required: list[QLineEdit] = []

    def add(self, key: str, label: str, widget, reader) -> None:
        self.form.addRow(label, widget)
        self.readers[key] = reader

    def line(self, key: str, label: str, text: str = "", required: bool = False,
             placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        self.add(key, label, edit, edit.text)
        if required:
            self.required.append(edit)
        return edit

    def finish(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        # Roomy for long texts, and never narrower than the labels need: the
        # layout keeps the minimum itself (a fixed minimum width would replace
        # it, and a long label was cut on a small screen).
        hint = self.sizeHint()
        self.resize(max(560, hint.width()), hint.height())

    def accept(self) -> None:
        empty = [e for e in self.required if not e.text().strip()]
        if empty:
            empty[0].setFocus()
            return
        super().accept()

    def read(self) -> dict:
        return {key: reader() for key, reader in self.readers.items()}


def team_dialog(ws, team=None, parent=None) -> FormDialog:
    d = FormDialog(_tr("Nytt förbättringsteam") if team is None else _tr("Ändra team"), parent)
    d.line("name", d.tr("&Namn:"), team.name if team else "", required=True)
    units = check_list([(unit.name, unit.id) for unit in ws.units()],
                       team.unit_ids if team else (), d.tr("Organisationer"))
    units.setMaximumHeight(150)
    d.add("unit_ids", d.tr("&Organisationer:"), units, lambda: checked_keys(units))
    sessions = QLineEdit(", ".join(s.date for s in team.sessions) if team else "")
    sessions.setPlaceholderText(d.tr("Datum för lärandeseminarierna, t.ex. 2026-02-10, "
                                     "2026-05-12"))
    d.add("sessions", d.tr("&Lärandeseminarier:"), sessions, lambda: [
        (d.tr("Lärandeseminarium %1").replace("%1", str(k + 1)), day.strip())
        for k, day in enumerate(x for x in sessions.text().replace(";", ",").split(",")
                                if x.strip())])
    description = _text(team.description if team else "")
    d.add("description", d.tr("&Beskrivning:"), description, description.toPlainText)
    d.finish()
    return d


def aim_dialog(aim=None, parent=None) -> FormDialog:
    d = FormDialog(_tr("Nytt mål") if aim is None else _tr("Ändra mål"), parent)
    d.line("title", d.tr("&Vad vill vi åstadkomma?"), aim.title if aim else "", required=True)
    d.line("amount", d.tr("&Hur mycket?"), aim.amount if aim else "",
           placeholder=d.tr("t.ex. 80 % inom 30 dagar"))
    d.line("due", d.tr("&Till när?"), aim.due if aim else "", placeholder=d.tr("ÅÅÅÅ-MM-DD"))
    description = _text(aim.description if aim else "")
    d.add("description", d.tr("&Beskrivning:"), description, description.toPlainText)
    d.finish()
    return d


def measure_dialog(ws, team_id: str, measure=None, parent=None) -> FormDialog:
    m = measure
    d = FormDialog(_tr("Nytt mått") if m is None else _tr("Ändra mått"), parent)
    d.line("name", d.tr("&Namn:"), m.name if m else "", required=True)
    aims = QComboBox()
    aims.addItem(d.tr("(inget mål)"), None)
    for aim in ws.aims(team_id):
        aims.addItem(aim.title, aim.id)
    aims.setCurrentIndex(max(aims.findData(m.aim_id if m else None), 0))
    d.add("aim_id", d.tr("&Mål:"), aims, aims.currentData)
    combos: dict[str, QComboBox] = {}
    for key, label, choices, default in (
            ("type", QT_TRANSLATE_NOOP("FormDialog", "&Typ av mått:"), MEASURE_TYPES, "process"),
            ("kind", QT_TRANSLATE_NOOP("FormDialog", "&Värde:"), VALUE_KINDS, "count"),
            ("direction", QT_TRANSLATE_NOOP("FormDialog", "&Riktning:"), DIRECTIONS, "up"),
            ("frequency", QT_TRANSLATE_NOOP("FormDialog", "&Frekvens:"), FREQUENCIES, "month")):
        combo = combos[key] = choice_combo(choices, getattr(m, key) if m else default)
        d.add(key, d.tr(label), combo, combo.currentData)
    follow = choice_combo(FOLLOW_UPS, m.follow_up if m else None, none=d.tr("(ingen)"))
    d.add("follow_up", d.tr("&Uppföljning i överenskommelsen:"), follow, follow.currentData)
    d.line("unit", d.tr("&Enhet:"), m.unit if m else "", placeholder=d.tr("t.ex. dagar"))
    target = "" if m is None or m.target is None else localise_decimal(str(m.target))
    d.line("target", d.tr("Mål&värde:"), target,
           placeholder=d.tr("valfritt; andel som 0,8"))
    if m is None:
        chart = choice_combo(CHARTS, "run")
        d.add("chart", d.tr("&Diagram:"), chart, chart.currentData)
        kind = combos["kind"]
        kind.currentIndexChanged.connect(lambda _: chart.setCurrentIndex(chart.findData(
            "p" if kind.currentData() == "proportion" else "run")))  # proportions: P chart
    definition = _text(m.definition if m else "", 80)
    definition.setPlaceholderText(d.tr("Operationell definition: vad räknas, hur, var ifrån?"))
    d.add("definition", d.tr("Definiti&on:"), definition, definition.toPlainText)
    d.finish()
    return d


def progress_dialog(month: str, score: float | None, parent=None) -> FormDialog:
    d = FormDialog(_tr("Teamets framsteg"), parent)
    d.line("month", d.tr("&Månad:"), month, required=True, placeholder=d.tr("ÅÅÅÅ-MM"))
    combo = choice_combo({k: localise_decimal(f"{k:.1f}") + " – " + tr_label(v)
                    for k, v in PROGRESS_SCALE.items()}, score)
    d.add("score", d.tr("&Poäng (IHI-skalan):"), combo, combo.currentData)
    d.line("note", d.tr("&Kommentar:"))
    d.finish()
    return d


def idea_dialog(ws, idea=None, parent=None) -> FormDialog:
    """A change idea, linkable to cells of the matrix (row × column) and a finding."""
    d = FormDialog(_tr("Ny förändringsidé") if idea is None else _tr("Ändra förändringsidé"),
                   parent)
    d.line("title", d.tr("&Idé:"), idea.title if idea else "", required=True)
    description = _text(idea.description if idea else "")
    d.add("description", d.tr("&Beskrivning:"), description, description.toPlainText)
    chosen = {tuple(c) for c in idea.cells} if idea else set()
    cells = check_list(matrix_cells(ws), chosen, d.tr("Rutor i matrisen"))
    cells.setMinimumHeight(200)
    d.add("cells", d.tr("&Rutor i matrisen:"), cells, lambda: checked_keys(cells))
    finding = QComboBox()
    finding.addItem(d.tr("(inget)"), None)
    for f in ws.findings():
        finding.addItem(f.title, f.id)
    finding.setCurrentIndex(max(finding.findData(idea.finding_id if idea else None), 0))
    d.add("finding_id", d.tr("&Förbättringsområde:"), finding, finding.currentData)
    d.finish()
    return d


def deviation_dialog(ws, team_id: str | None, deviation=None, parent=None) -> FormDialog:
    v = deviation
    d = FormDialog(_tr("Ny avvikelse") if v is None else _tr("Ändra avvikelse"), parent)
    d.line("title", d.tr("&Avvikelse:"), v.title if v else "", required=True)
    description = _text(v.description if v else "")
    d.add("description", d.tr("&Beskrivning:"), description, description.toPlainText)
    units = QComboBox()
    units.addItem(d.tr("(ingen)"), None)
    for unit in ws.units():
        units.addItem(unit.name, unit.id)
    units.setCurrentIndex(max(units.findData(v.unit_id if v else None), 0))
    d.add("unit_id", d.tr("&Organisation:"), units, units.currentData)
    if v is not None:
        d.line("reported", d.tr("&Rapporterad:"), v.reported, placeholder=d.tr("ÅÅÅÅ-MM-DD"))
        status = choice_combo(DEVIATION_STATUSES, v.status)
        d.add("status", d.tr("&Status:"), status, status.currentData)
        correction = _text(v.correction)
        d.add("correction", d.tr("Å&tgärd:"), correction, correction.toPlainText)
    d.finish()
    return d
