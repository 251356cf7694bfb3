"""Small forms of the improvement view: team, aim, measure, progress, deviation.

Each returns the typed values as a dict for the facade (which cleans and
checks them); nothing is written here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit,
    QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
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


def save_then_close(dialog: QDialog) -> None:
    """Accept a form whose caller saves on `accepted`: the save runs while the form
    is still open, so that a value the program refuses (a date written 31/12/2026)
    leaves everything typed in place to be corrected, not gone with the form.
    The main window counts refused changes (MainWindow.run_change)."""
    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else None
    refused = getattr(window, "refused_changes", 0)
    dialog.accepted.emit()
    if getattr(window, "refused_changes", 0) != refused:
        return                        # the error was shown; the form stays
    dialog.blockSignals(True)         # closed as QDialog does, without saving twice
    try:
        QDialog.accept(dialog)
    finally:
        dialog.blockSignals(False)
    dialog.finished.emit(QDialog.DialogCode.Accepted.value)


class FormDialog(QDialog):
    """A titled QFormLayout with Spara/Avbryt; `read()` gives the values."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.readers: dict[str, object] = {}
        self.widgets: dict[str, QWidget] = {}     # a field's widget, to preset it
        self.required: list[QLineEdit] = []

    def add(self, key: str, label: str, widget, reader) -> None:
        self.form.addRow(label, widget)
        self.readers[key] = reader
        self.widgets[key] = widget

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
        save_then_close(self)

    def read(self) -> dict:
        return {key: reader() for key, reader in self.readers.items()}


def team_dialog(ws, team=None, parent=None) -> FormDialog:
    d = FormDialog(_tr("Nytt förbättringsteam") if team is None else _tr("Ändra team"), parent)
    d.line("name", d.tr("&Namn:"), team.name if team else "", required=True)
    units = check_list([(unit.name, unit.id) for unit in ws.units()],
                       team.unit_ids if team else (), d.tr("Organisationer"))
    units.setMaximumHeight(150)
    d.add("unit_ids", d.tr("&Organisationer:"), units, lambda: checked_keys(units))
    sessions = SessionsEditor(team.sessions if team else ())
    d.add("sessions", d.tr("&Lärandeseminarier:"), sessions, sessions.sessions)
    description = _text(team.description if team else "")
    d.add("description", d.tr("&Beskrivning:"), description, description.toPlainText)
    d.finish()
    return d


class SessionsEditor(QWidget):
    """The team's learning sessions: a name and a date each, one row per session
    (a new row's name, left empty, becomes Lärandeseminarium k in date order)."""

    def __init__(self, sessions, parent=None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("sessionsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Namn"), self.tr("Datum (ÅÅÅÅ-MM-DD)")])
        self.table.setAccessibleName(self.tr("Lärandeseminarier"))
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)    # Tab goes on to the next field
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(170)
        for session in sessions:
            self.add_row(session.title, session.date)
        add = QPushButton(self.tr("Lägg &till seminarium"))
        add.clicked.connect(lambda: self.add_row("", "", edit=True))
        remove = QPushButton(self.tr("Ta bort seminariet"))
        remove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, title: str, day: str, *, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(title))
        self.table.setItem(row, 1, QTableWidgetItem(day))
        if edit:
            self.table.setFocus()
            self.table.setCurrentCell(row, 1 if title else 0)
            self.table.editItem(self.table.item(row, 1 if title else 0))

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def sessions(self) -> list[tuple[str, str]]:
        """(name, date) of each row with a date or a name, in date order; an
        unnamed session is Lärandeseminarium k."""
        rows = []
        for r in range(self.table.rowCount()):
            title, day = (self.table.item(r, c).text().strip() if self.table.item(r, c)
                          else "" for c in (0, 1))
            if title or day:
                rows.append((title, day))
        rows.sort(key=lambda x: x[1])
        return [(title or self.tr("Lärandeseminarium %1").replace("%1", str(k + 1)), day)
                for k, (title, day) in enumerate(rows)]


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
    d.line("target", d.tr("Må&lvärde:"), target,
           placeholder=d.tr("valfritt; andel som 0,8"))
    if m is None:
        chart = choice_combo(CHARTS, "run")
        d.add("chart", d.tr("&Diagram:"), chart, chart.currentData)
        kind = combos["kind"]

        def drop_p_chart(_index: int) -> None:
            """The run chart by default; a P chart chosen for a proportion goes with it."""
            if kind.currentData() != "proportion" and chart.currentData() == "p":
                chart.setCurrentIndex(chart.findData("run"))

        kind.currentIndexChanged.connect(drop_p_chart)
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
    """A change idea, linkable to cells of the matrix (row × column) and findings."""
    d = FormDialog(_tr("Ny förändringsidé") if idea is None else _tr("Ändra förändringsidé"),
                   parent)
    d.line("title", d.tr("&Idé:"), idea.title if idea else "", required=True)
    description = _text(idea.description if idea else "")
    d.add("description", d.tr("&Beskrivning:"), description, description.toPlainText)
    chosen = {tuple(c) for c in idea.cells} if idea else set()
    cells = check_list(matrix_cells(ws), chosen, d.tr("Rutor i matrisen"))
    cells.setObjectName("ideaCells")
    cells.setMinimumHeight(200)
    d.add("cells", d.tr("&Rutor i matrisen:"), cells, lambda: checked_keys(cells))
    linked = list(idea.finding_ids) if idea else []
    live = {f.id: f.title for f in ws.findings()}
    entries = [(title, key, title) for key, title in live.items()]
    # A linked finding that was removed since stays in the list (and linked).
    entries += [(d.tr("(borttaget förbättringsområde)"), key) for key in linked
                if key not in live]
    findings = check_list(entries, linked, d.tr("Förbättringsområden"))
    findings.setObjectName("ideaFindings")
    findings.setWordWrap(True)            # a long title wraps, never scrolls sideways
    findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    findings.setMinimumHeight(90)
    findings.setMaximumHeight(140)
    d.add("finding_ids", d.tr("&Förbättringsområden:"), findings,
          lambda: checked_keys(findings))
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
